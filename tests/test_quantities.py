"""The quantities stage on real sentences: values, bounds, units, what is counted, and the traps."""

from __future__ import annotations

from typing import Any

import pytest

from newsledger.analysis import analyze
from newsledger.model import Article, Quantity
from newsledger.stages.quantities import extract_quantities


def quantities(nlp: Any, text: str) -> list[Quantity]:
    return list(extract_quantities(analyze(nlp, Article(text=text, published="2022-11-11"))))


def only(nlp: Any, text: str) -> Quantity:
    found = quantities(nlp, text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


COUNTS = [
    # (sentence, text, value, bound, approx, counts)
    ("The war has displaced 170,000 people.", "170,000 people", 170_000, None, False, "displaced"),
    ("Some 1.5 million refugees crossed the border.", "Some 1.5 million refugees", 1_500_000, None, True, "displaced"),
    ("The war has killed or wounded some 100,000 Russian soldiers.", "some 100,000 Russian soldiers", 100_000,
     None, True, "killed_or_wounded"),
    ("An expert warned of up to 20,000 men surrounded in Kherson.", "up to 20,000 men", 20_000, "max", True, "troops"),
    ("Reports spoke of more than 300 marines killed.", "more than 300 marines", 300, "min", False, "killed"),
    ("It ended amid reports of more than 300 marines killed.", "more than 300 marines", 300, "min", False, "killed"),
    ("Twenty-five soldiers were wounded in the attack.", "Twenty-five soldiers", 25, None, False, "wounded"),
    ("At least 12 people are missing after the strike.", "At least 12 people", 12, "min", False, "missing"),
    ("Ukrainian forces captured 500 prisoners.", "500 prisoners", 500, None, False, "captured"),
    ("Ukrainian forces have liberated 41 settlements.", "41 settlements", 41, None, False, "settlements"),
    ("Artillery destroyed 40 tanks near Izium.", "40 tanks", 40, None, False, "vehicles"),
    ("Russia launched 12 drones and six missiles overnight.", "12 drones", 12, None, False, "drones"),
    ("Russia fired six cruise missiles at Kyiv.", "six cruise missiles", 6, None, False, "missiles"),
    ("Six countries have agreed to provide guarantees.", "Six countries", 6, None, False, "countries"),
    ("One man was weeping with joy.", "One man", 1, None, False, "persons"),
    ("Seven civilians died when the shell hit.", "Seven civilians", 7, None, False, "killed"),
    ("Villagers fought back, killing nine armed bandits.", "nine armed bandits", 9, None, False, "killed"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "text", "value", "bound", "approx", "counts"), COUNTS)
def test_counts_of_people_and_things(
    nlp: Any, sentence: str, text: str, value: float, bound: str | None, approx: bool, counts: str
) -> None:
    found = [q for q in quantities(nlp, sentence) if q.text == text]
    assert found, [q.text for q in quantities(nlp, sentence)]
    q = found[0]
    assert (q.value, q.bound, q.approx, q.counts) == (value, bound, approx, counts)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The blast hit the site, killing nine people and injuring 14.", [("nine people", "killed"), ("14", "wounded")]),
        ("Six people were killed and 11 wounded when the bomb exploded.", [("Six people", "killed"), ("11", "wounded")]),
        ("The attack has killed five and wounded nine other people.", [("five", "killed"), ("nine other people", "wounded")]),
        ("The death toll in Peshawar has risen to 52.", [("52", "killed")]),
        ("Some 1,000 armed men killed or wounded dozens of people.", [("Some 1,000 armed men", "persons"),
                                                                     ("dozens of people", "killed_or_wounded")]),
    ],
)  # fmt: skip
def test_each_number_counts_what_its_own_verb_did(
    nlp: Any, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(q.text, q.counts) for q in quantities(nlp, sentence)] == expected


def test_vague_amounts_have_no_value_but_bounds(nlp: Any) -> None:
    dozens = only(nlp, "Footage showed dozens of Ukrainians cheering.")
    assert (dozens.value, dozens.low, dozens.bound, dozens.approx) == (None, 24, "min", True)
    assert (dozens.counts, dozens.of) == ("persons", "Ukrainians")
    hundreds = only(nlp, "The strikes damaged hundreds of homes.")
    assert (hundreds.value, hundreds.low, hundreds.counts) == (None, 200, "homes")
    several = only(nlp, "He welcomed several hundred guests.")
    assert (several.value, several.low, several.bound) == (None, 300, "min")
    few = only(nlp, "A few kilometres away, the guns fell silent.")
    assert (few.value, few.unit, few.counts, few.approx, few.low, few.high) == (
        None,
        "km",
        "distance",
        True,
        2,
        6,
    )


def test_ranges_keep_low_and_high(nlp: Any) -> None:
    q = only(nlp, "Between 20 and 30 civilians were evacuated.")
    assert (q.value, q.low, q.high) == (None, 20, 30)


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "counts", "normalized"),
    [
        ("A 60mile-wide demilitarized zone would be created.", 60, "mile", "distance", (96.56064, "km")),
        ("The region covers 66,000 square miles.", 66_000, "mi2", "area", (170_939.216, "km2")),
        ("About 170,000 square kilometres remain to be de-mined.", 170_000, "km2", "area", (170_000, "km2")),
        ("The village lies around 55 km north of the city.", 55, "km", "distance", (55, "km")),
        ("The convoy stretched for 40 miles.", 40, "mile", "distance", (64.37376, "km")),
        ("Fighting raged along a 100-meter section of the border.", 100, "m", "distance", (0.1, "km")),
        ("The plant produces 500 tonnes of steel.", 500, "t", "mass", (500_000, "kg")),
    ],
)
def test_measures_are_normalised_to_si_and_keep_their_unit(
    nlp: Any, sentence: str, value: float, unit: str, counts: str, normalized: tuple[float, str]
) -> None:
    q = only(nlp, sentence)
    assert (q.value, q.unit, q.counts) == (value, unit, counts)
    assert q.normalized is not None
    assert q.normalized.value == pytest.approx(normalized[0], rel=1e-6)
    assert q.normalized.unit == normalized[1]


def test_a_conversion_in_brackets_stays_with_its_amount(nlp: Any) -> None:
    q = only(nlp, "About 170,000 square kilometres (66,000 square miles) remained to be de-mined.")
    assert q.text == "About 170,000 square kilometres (66,000 square miles)"
    assert (q.value, q.unit, q.approx) == (170_000, "km2", True)


@pytest.mark.parametrize(
    ("sentence", "value", "currency"),
    [
        ("The US pledged $1.5bn in military aid.", 1.5e9, "USD"),
        ("Britain will send £3 million in aid.", 3e6, "GBP"),
        ("The fine was €20,000.", 20_000, "EUR"),
        ("Families pay 8,000 Egyptian pounds a year.", 8_000, "EGP"),
        ("The damage is estimated at 5 million dollars.", 5e6, "USD"),
        ("It had more than $12M of unspent donations.", 12e6, "USD"),
    ],
)
def test_money_keeps_its_currency(nlp: Any, sentence: str, value: float, currency: str) -> None:
    q = only(nlp, sentence)
    assert (q.value, q.currency, q.counts) == (value, currency, "money")
    assert q.normalized is not None and (q.normalized.value, q.normalized.unit) == (value, currency)


def test_percentages(nlp: Any) -> None:
    assert [(q.value, q.unit) for q in quantities(nlp, "Turnout was 45% and support 20 per cent.")] == [
        (45, "%"),
        (20, "%"),
    ]


def test_durations_carry_an_iso_8601_length(nlp: Any) -> None:
    q = only(nlp, "Kherson was occupied for eight months.")
    assert (q.value, q.unit, q.counts, q.duration) == (8, "month", "duration", "P8M")
    least = only(nlp, "Ukraine would pledge not to join NATO for at least seven years.")
    assert (least.value, least.bound, least.duration) == (7, "min", "P7Y")
    war = only(nlp, "It is a clear shift in the nine-month-old war.")
    assert (war.value, war.counts, war.duration, war.of) == (9, "duration", "P9M", "war")


def test_ages(nlp: Any) -> None:
    assert [
        (q.text, q.value, q.counts, q.of) for q in quantities(nlp, "'We hope,' said Nadiia Nizarenko, 85.")
    ] == [("85", 85, "age", "Nadiia Nizarenko")]
    larysa = only(nlp, "In Zaporizhzhia, 54-year-old Larysa said she could not reach family.")
    assert (larysa.value, larysa.unit, larysa.counts, larysa.of) == (54, "year", "age", "Larysa")
    aged = only(nlp, "The victim, aged 19, was taken to hospital.")
    assert (aged.value, aged.counts) == (19, "age")


def test_number_words_are_read(nlp: Any) -> None:
    q = only(nlp, "One hundred and twenty soldiers surrendered.")
    assert (q.value, q.counts) == (120, "captured")
    assert only(nlp, "They fired two dozen rockets.").value == 24
    assert only(nlp, "Half a million people fled.").value == 500_000


def test_a_single_soldier_lost_is_a_claim_of_zero_killed(nlp: Any) -> None:
    q = only(nlp, "Russia claimed it completed the retreat without losing a single soldier.")
    assert (q.text, q.value, q.counts, q.unit) == ("without losing a single soldier", 0, "killed", "person")
    assert only(nlp, "Officials said there were no casualties.").value == 0
    nobody = only(nlp, "Fortunately, no one was killed when the cylinder exploded.")
    assert (nobody.value, nobody.counts) == (0, "killed")
    assert quantities(nlp, "No one knows what happened.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers from the 63 brigade train for trench warfare.",  # a unit's name, not 63 brigades
        "Soldiers of the 93rd Mechanised Brigade advanced.",  # an ordinal
        "Crimea was seized in 2014.",  # a year is a time
        "Its status would not be discussed again until 2029.",
        "The city fell on 11 November 2022.",  # a date is a time
        "Putin proclaimed the region annexed a month ago.",  # a relative time, not an amount
        "Call the hotline on 020 7946 0958 for help.",  # a phone number
        "Chelsea won 3-1 at Stamford Bridge.",  # a score
        "It was one of the largest retreats of the war.",  # "one of the"
        "It was the first time the city had fallen.",
        "First of all, the power stations must be protected.",
        "Fighting between the two sides slowed.",  # the belligerents, not a count
        "The convoy drove along Route 66.",  # a name
        "One option would be a ceasefire.",  # not a count
        "Pilots flew F-16 fighters over the border.",  # a model name
        "Kyiv said its forces shot down Su-25 jets.",
    ],
)
def test_traps_are_not_quantities(nlp: Any, sentence: str) -> None:
    assert quantities(nlp, sentence) == []


def test_a_numbered_unit_and_a_counted_unit_differ(nlp: Any) -> None:
    assert quantities(nlp, "The 63 brigade advanced.") == []
    two = only(nlp, "Two brigades advanced on the city.")
    assert (two.value, two.counts) == (2, "brigades")
