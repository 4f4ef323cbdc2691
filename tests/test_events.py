"""The events stage on real sentences: ACLED typing, actors, place, date, fatalities, who asserts, how sure."""

from __future__ import annotations

from typing import Any

import pytest

from newsledger.analysis import analyze
from newsledger.events.build import place_for
from newsledger.events.taxonomy import taxonomy
from newsledger.facts import Facts
from newsledger.ingest import raw_from_bytes
from newsledger.model import Article, Caption, Event, Place, Record, Span
from newsledger.pipeline import run_stages
from newsledger.stages.events import extract_events


def record_of(
    nlp: Any, text: str, *, captions: tuple[str, ...] = (), published: str = "2022-11-11"
) -> Record:
    """The whole pipeline's record of a plain text (all stages, as `newsledger process` runs them)."""
    article = Article(text=text, published=published, captions=tuple(Caption(text=c) for c in captions))
    return run_stages(raw_from_bytes(text.encode(), "test:text", plain=True), analyze(nlp, article), ())


def main(record: Record) -> Event:
    assert record.events, "no event found"
    return max(record.events, key=lambda e: e.confidence)


def place(text: str, name: str, *, feature: str, country: str, role: str = "literal", at: int = 0) -> Place:
    start = text.index(name, at)
    return Place(
        span=Span(start, start + len(name)), text=name, name=name, lat=1.0, lon=2.0,
        country_code=country, feature=feature, role=role,  # type: ignore[arg-type]
    )  # fmt: skip


def test_taxonomy_has_acled_names_and_the_five_other_news_classes() -> None:
    tax = taxonomy()
    assert len(tax.event_types) == 7
    assert sum(s.type != "Other news events" for s in tax.sub_types.values()) == 25
    assert {s.name for s in tax.sub_types.values() if s.type == "Other news events"} == {
        "Diplomacy", "Organized crime", "Natural disaster", "Man-made disaster", "Attribution of responsibility",
    }  # fmt: skip
    assert tax.sub_types["Shelling/artillery/missile attack"].case == "ART_MISS_ATTACK"


TYPED = [
    ("Saudi warplanes bombed the town, killing 19 people.", "Air/drone strike"),
    ("A suicide bomber blew himself up at a police checkpoint.", "Suicide bomb"),
    ("Artillery shells hit residential areas of the city overnight.", "Shelling/artillery/missile attack"),
    ("A roadside bomb exploded near an army convoy.", "Remote explosive/landmine/IED"),
    ("Militants hurled a grenade at a security patrol.", "Grenade"),
    ("Police fired tear gas to disperse hundreds of protesters.", "Protest with intervention"),
    ("Thousands of people rallied in the capital to demand reforms.", "Peaceful protest"),
    (
        "Security forces shot dead four protesters during the demonstration.",
        "Excessive force against protesters",
    ),
    ("Rioters torched cars and threw stones at the police.", "Violent demonstration"),
    ("A mob lynched two men accused of theft.", "Mob violence"),
    ("Gunmen opened fire on a minibus carrying villagers, killing six.", "Attack"),
    ("Armed men abducted three aid workers on Monday.", "Abduction/forced disappearance"),
    ("Soldiers raped women in the village, a rights group said.", "Sexual violence"),
    ("Government troops fought rebels for hours near the border.", "Armed clash"),
    ("Government troops recaptured the town from the rebels.", "Government regains territory"),
    (
        "Somali government forces pushed al-Shabab militants out of several areas.",
        "Government regains territory",
    ),
    ("Hundreds of soldiers were dispatched to the western province last week.", "Change to group/activity"),
    ("Islamic State fighters seized control of the village.", "Non-state actor overtakes territory"),
    ("Police arrested 12 opposition activists on Tuesday.", "Arrests"),
    ("The two sides agreed a ceasefire after talks.", "Agreement"),
    ("The militants fired mortar rounds containing poisonous gas on the soldiers.", "Chemical weapon"),
    ("The Kremlin said Russian forces had repelled an attack near the town.", "Armed clash"),
    ("The rebels launched an offensive on the city at dawn.", "Armed clash"),
    (
        "Demonstrators torched a police station and ransacked government offices after a man died in custody.",
        "Violent demonstration",
    ),
    ("Malian soldiers and jihadists exchanged gunfire for several hours near the town.", "Armed clash"),
    (
        "Clashes erupted between army troops and guerrillas in the mountains, leaving four fighters dead.",
        "Armed clash",
    ),
    ("Tens of thousands of people fled their homes after fighting intensified in the region.", "Other"),
    (
        "The army retook control of the strategic hill after two days of fighting.",
        "Government regains territory",
    ),
    ("Fighting between the army and rebels near the city killed dozens of combatants.", "Armed clash"),
    ("Customs officers seized 40 rifles and ammunition at the border.", "Disrupted weapons use"),
    ("The army set up a new military base near the town.", "Headquarters or base established"),
    ("Looters ransacked shops in the city centre.", "Looting/property destruction"),
    ("The army deployed thousands of troops to the region.", "Change to group/activity"),
    ("A strong earthquake struck the province, destroying houses.", "Natural disaster"),
    ("A bus collided with a truck on the highway, killing nine.", "Man-made disaster"),
    ("Police dismantled a drug smuggling ring operating at the port.", "Organized crime"),
    ("The government expelled two diplomats over spying allegations.", "Diplomacy"),
    ("The group claimed responsibility for the bombing.", "Attribution of responsibility"),
]


@pytest.mark.parametrize(("sentence", "sub_type"), TYPED)
def test_events_are_typed_with_acled_sub_types(nlp: Any, sentence: str, sub_type: str) -> None:
    event = main(record_of(nlp, sentence))
    assert event.sub_type == sub_type
    assert event.type == taxonomy().type_of(sub_type)


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said the economy grew last year.",
        "He had a heart attack on Monday.",
        "Talks are useful.",
    ],
)
def test_sentences_without_an_event_give_none(nlp: Any, sentence: str) -> None:
    assert record_of(nlp, sentence).events == ()


@pytest.mark.parametrize(
    ("sentence", "actor1"),
    [
        ("Moscow's troops shelled the city on Monday.", "Military Forces of Russia"),
        ("Kyiv's men are shown liberating the village.", "Military Forces of Ukraine"),
        ("Ukraine today liberated the city after eight months.", "Military Forces of Ukraine"),
        ("Russian forces shelled the town overnight.", "Military Forces of Russia"),
        ("Al-Shabaab fighters attacked an army base.", "Al Shabaab"),
        ("The Kremlin agreed to a prisoner exchange.", "Government of Russia"),
        ("The news emerged as Ukraine today liberated Kherson.", "Military Forces of Ukraine"),
        ("American diplomats urged restraint on both sides.", "Government of United States"),
        ("Indian troops clashed with Chinese soldiers on the border.", "Military Forces of India"),
    ],
)
def test_actors_are_normalized_to_the_acled_style_list(nlp: Any, sentence: str, actor1: str) -> None:
    assert main(record_of(nlp, sentence)).actor1 == actor1


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        ("Ukrainian soldiers moved their gun after firing at Russians.", ("Military Forces of Ukraine",
                                                                         "Military Forces of Russia")),
        ("Israeli troops shot dead two Palestinians in Jenin.", ("Military Forces of Israel",
                                                                "Civilians (Palestine)")),
        ("Kyiv's men are shown liberating the village of Snihurivka.", ("Military Forces of Ukraine", None)),
    ],
)  # fmt: skip
def test_a_people_named_as_target_is_civilian_only_where_civilians_are_targeted(
    nlp: Any, sentence: str, actors: tuple[str | None, str | None]
) -> None:
    event = main(record_of(nlp, sentence))
    assert (event.actor1, event.actor2) == actors


def test_unnamed_victims_are_civilians_of_the_country_where_it_happened(nlp: Any) -> None:
    text = "Gunmen killed five villagers in Baidoa."
    analysis = analyze(nlp, Article(text=text, published="2022-11-11"))
    facts = Facts(places=(place(text, "Baidoa", feature="city", country="SO"),))
    event = extract_events(analysis, facts)[0]
    assert (event.actor1, event.actor2, event.place) == (
        "Unidentified Armed Group (Somalia)",
        "Civilians (Somalia)",
        0,
    )


def test_the_capital_that_announces_a_strike_is_not_where_it_happened(nlp: Any) -> None:
    text = "Moscow said its forces shelled Kharkiv on Monday."
    analysis = analyze(nlp, Article(text=text, published="2022-11-11"))
    places = (
        place(text, "Moscow", feature="city", country="RU", role="actor"),
        place(text, "Kharkiv", feature="city", country="UA"),
    )
    event = extract_events(analysis, Facts(places=places))[0]
    assert event.place == 1


def test_an_event_gets_no_place_when_the_sentence_names_none(nlp: Any) -> None:
    text = "Kyiv said that its troops had shelled enemy positions."
    analysis = analyze(nlp, Article(text=text, published="2022-11-11"))
    facts = Facts(places=(place(text, "Kyiv", feature="city", country="UA", role="actor"),))
    assert [e.place for e in extract_events(analysis, facts)] == [None]


def test_the_finest_attached_place_wins(nlp: Any) -> None:
    text = "A car bomb exploded in the Pakistani city of Peshawar, in Pakistan's north."
    analysis = analyze(nlp, Article(text=text, published="2022-11-11"))
    places = (
        place(text, "Peshawar", feature="city", country="PK"),
        place(text, "Pakistan", feature="country", country="PK"),
    )
    assert extract_events(analysis, Facts(places=places))[0].place == 0


@pytest.mark.parametrize(
    ("text", "places", "where"),
    [
        ("Rebels clashed with troops in the East Ghouta region of rural Damascus on Friday.",
         (("East Ghouta", "region"), ("Damascus", "city")), "East Ghouta"),
        ("A shell damaged a hospital in Bakhmut, Donetsk.", (("Bakhmut", "city"), ("Donetsk", "city")), "Bakhmut"),
        ("Ukrainian troops liberated the village of Snihurivka, around 30 miles north of Kherson.",
         (("Snihurivka", "village"), ("Kherson", "city")), "Snihurivka"),
        ("Missiles damaged the Dniprovska substation in Vasylivka.",
         (("Dniprovska", "building"), ("Vasylivka", "town")), "Vasylivka"),
        ("Gunmen killed nine villagers in Zamfara state, about 60 km from Gusau, police said.",
         (("Zamfara", "region"), ("Gusau", "city")), "Zamfara"),
        ("Russian forces repelled an attack near Bakhmut, in the Donetsk region.",
         (("Bakhmut", "city"), ("Donetsk", "region")), "Bakhmut"),
        ("Russian troops clashed with Ukrainian forces near a town called Pavlivka, in Donetsk, last week.",
         (("Pavlivka", "village"), ("Donetsk", "city")), "Pavlivka"),
        ("Dozens of activists protested in front of the Al-Quds Hospital in Aleppo on Sunday.",
         (("Al-Quds Hospital", "hospital"), ("Aleppo", "city")), "Al-Quds Hospital"),
    ],
)  # fmt: skip
def test_the_place_nearest_the_event_in_the_parse_wins_over_containers_and_reference_points(
    nlp: Any, text: str, places: tuple[tuple[str, str], ...], where: str
) -> None:
    analysis = analyze(nlp, Article(text=text, published="2022-11-11"))
    found = tuple(place(text, name, feature=feature, country="UA") for name, feature in places)
    events = extract_events(analysis, Facts(places=found))
    assert events
    assert found[events[0].place].text == where if events[0].place is not None else where is None


def test_a_place_said_about_belongs_to_what_was_said_not_to_the_saying(nlp: Any) -> None:
    text = "The army said it shot at demonstrators' feet in Tulkarm."
    analysis = analyze(nlp, Article(text=text, published="2022-11-11"))
    places = (place(text, "Tulkarm", feature="city", country="PS"),)
    said, shot = text.index("said"), text.index("shot")
    assert place_for(analysis, places, Span(said, said + 4)) is None
    assert place_for(analysis, places, Span(shot, shot + 4)) == 0


@pytest.mark.parametrize(
    ("text", "places", "trigger", "where"),
    [
        ("The accident near Dmorovce, 16 kilometers northeast of Gnjilane where U.S. forces are based, "
         "occurred Sunday.", (("Dmorovce", "village"), ("Gnjilane", "city")), "based", "Gnjilane"),
        ("Armed men attacked a vehicle in the Sur area near Farah city and five people who were in the "
         "vehicle killed as a result.", (("Sur", "region"), ("Farah", "city")), "killed", "Sur"),
    ],
)  # fmt: skip
def test_a_where_clause_names_its_place_and_a_town_an_area_is_near_only_locates_the_area(
    nlp: Any, text: str, places: tuple[tuple[str, str], ...], trigger: str, where: str
) -> None:
    analysis = analyze(nlp, Article(text=text, published="2022-11-11"))
    found = tuple(place(text, name, feature=feature, country="XK") for name, feature in places)
    start = text.index(trigger)
    index = place_for(analysis, found, Span(start, start + len(trigger)))
    assert index is not None and found[index].text == where


def test_what_a_verbless_caption_shows_is_at_its_one_place(nlp: Any) -> None:
    record = record_of(nlp, "Shop on fire next to residential buildings following strikes in Avdiivka")
    assert {e.trigger for e in record.events} >= {"on fire", "strikes"}
    assert all(e.place is not None and record.places[e.place].text == "Avdiivka" for e in record.events)


def test_a_country_naming_an_affiliation_is_not_where_it_happened(nlp: Any) -> None:
    text = "The US State Department said two employees were killed in the blast."
    analysis = analyze(nlp, Article(text=text, published="2022-11-11"))
    places = (place(text, "US", feature="country", country="US"),)
    killed = text.index("killed")
    assert place_for(analysis, places, Span(killed, killed + 6)) is None


def test_date_comes_from_the_times_stage_else_the_publication_date_coarser(nlp: Any) -> None:
    dated = main(record_of(nlp, "Russian troops shelled the village on Monday."))
    assert (dated.date, dated.time_precision) == ("2022-11-07", 1)
    undated = main(record_of(nlp, "Russian troops shelled the village."))
    assert (undated.date, undated.time_precision) == ("2022-11-11", 2)


def test_fatalities_come_from_killed_counts_with_their_bound(nlp: Any) -> None:
    event = main(record_of(nlp, "At least 12 people were killed in the air strike on the market."))
    assert (event.fatalities, event.fatalities_bound) == (12, "min")
    assert main(record_of(nlp, "Warplanes bombed the market.")).fatalities is None


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("Ukrainian troops recaptured the village on Monday.", "reported"),
        ("Russia claimed it had completed the retreat across the river.", "claimed"),
        ("Russia is now thought to have taken up defensive positions on the bank.", "hedged"),
        ("Russia denied that its planes bombed the hospital.", "denied"),
        ("The army did not shell the town, the ministry said.", "denied"),
        ("Ukraine plans to take the peninsula back.", "proposed"),
        ("The rebels will sign a ceasefire next week.", "proposed"),
        ("The deal would see Russia withdraw its troops if the talks succeed.", "conditional"),
    ],
)
def test_certainty_reads_modality_and_the_quote_stance(nlp: Any, text: str, certainty: str) -> None:
    assert main(record_of(nlp, text)).certainty == certainty


@pytest.mark.parametrize(
    ("text", "trigger", "certainty"),
    [
        ("News of a potential Russian surrender comes as the army faces defeat.", "surrender", "proposed"),
        ("Moscow has opened up the possibility of peace negotiations with Kyiv.", "negotiations", "proposed"),
        ("Ukraine can now strike parts of Crimea with long-range artillery.", "strike", "proposed"),
        ("Stop the war, withdraw from our territory, stop killing people.", "withdraw from", "proposed"),
        ("The Antonovskiy Bridge appears to have been completely destroyed overnight.", "destroyed", "hedged"),
        ("Lupan could not find words after he learned of the recapture of Snihurivka.", "recapture of", "reported"),
        ("If Russia completes its withdrawal, it would be its biggest retreat since its forces were "
         "driven back from Kyiv.", "retreat", "conditional"),
        ("The retreat would leave Moscow with little to show for an operation that has killed some "
         "100,000 soldiers.", "killed", "reported"),
        ("Strike on a substation in Lviv", "Strike", "reported"),
        ("Officials said they do not expect Ukraine to begin an offensive across the Dnipro any time soon.",
         "begin an offensive", "proposed"),
        ("Russia was still capable of a new offensive or counterattacks.", "counterattacks", "proposed"),
        ("Two villages remain to be liberated, the governor said.", "liberated", "proposed"),
        ("Ukrainian troops remained in Kherson after they liberated it.", "liberated", "reported"),
    ],
)  # fmt: skip
def test_modality_stays_inside_the_clause_of_the_trigger(
    nlp: Any, text: str, trigger: str, certainty: str
) -> None:
    events = [e for e in record_of(nlp, text).events if e.trigger == trigger]
    assert events, f"no event at {trigger!r}"
    assert events[0].certainty == certainty


def test_no_regrets_about_an_event_is_no_denial_of_it(nlp: Any) -> None:
    text = "Peskov said there cannot be changes, insisting that Putin had no regrets about annexing it."
    assert all(e.certainty != "denied" for e in record_of(nlp, text).events if e.trigger == "annexing")


def test_damage_done_by_shelling_is_the_shelling_not_a_second_event(nlp: Any) -> None:
    record = record_of(
        nlp, "Civilian casualties and damage to shops after Ukrainian shelling in Donetsk city"
    )
    assert [e.sub_type for e in record.events] == ["Shelling/artillery/missile attack"]


def test_a_denial_of_responsibility_is_itself_a_reported_event(nlp: Any) -> None:
    text = "Russia on Thursday denied its planes were responsible for air strikes that destroyed a hospital."
    found = [e for e in record_of(nlp, text).events if e.sub_type == "Attribution of responsibility"]
    assert found and found[0].certainty == "reported"


def test_proposed_events_carry_no_publication_date(nlp: Any) -> None:
    event = main(record_of(nlp, "Ukraine plans to take the peninsula back."))
    assert event.date is None


def test_an_event_inside_a_quote_is_asserted_by_the_speaker(nlp: Any) -> None:
    text = "Governor Oleh Synehubov said Russian troops had looted shops across the city."
    event = main(record_of(nlp, text))
    assert event.asserted_by == "Oleh Synehubov"
    assert main(record_of(nlp, "Russian troops looted shops across the city.")).asserted_by == "outlet"


def test_events_in_captions_index_the_caption(nlp: Any) -> None:
    caption = "Rescuers work at a building damaged by night shelling in Mykolaiv"
    record = record_of(nlp, "The war goes on.", captions=(caption,))
    event = main(record)
    assert event.caption == 0
    assert event.trigger_span.of(caption) == event.trigger
    assert event.sub_type == "Shelling/artillery/missile attack"


def test_spans_index_their_section(nlp: Any) -> None:
    text = "Police arrested 12 activists.\n\nLater, warplanes bombed the border town and gunmen kidnapped two men."
    record = record_of(nlp, text)
    assert len(record.events) >= 3
    for event in record.events:
        assert event.trigger_span.of(text) == event.trigger
        assert event.sentence_span.contains(event.trigger_span)
        assert event.sentence_span.of(text).strip() == event.sentence_span.of(text)


def test_one_retreat_told_by_two_sources_is_two_claims_each_with_its_asserter(nlp: Any) -> None:
    text = (
        "Russia claimed it had completed the retreat across the Dnipro River without losing a single "
        "soldier, but Ukrainians painted a picture of a chaotic retreat, with soldiers ditching their "
        "uniforms or drowning while trying to escape."
    )
    retreats = {e.asserted_by: e for e in record_of(nlp, text).events if e.trigger == "retreat"}
    assert set(retreats) == {"Russia", "Ukrainians"}
    assert retreats["Russia"].fatalities == 0  # "without losing a single soldier" is Russia's number
    assert retreats["Ukrainians"].fatalities is None  # not the Ukrainians'
    record = record_of(nlp, text)
    ukrainian = next(e for e in record.events if e.trigger == "retreat" and e.asserted_by == "Ukrainians")
    assert ukrainian.certainty == "claimed"  # two accounts set against each other: the outlet takes neither
    assert ukrainian.actor1 == "Military Forces of Russia"  # the one withdrawal's who and where
    assert ukrainian.place is not None and record.places[ukrainian.place].name == "Dnipro River"


def test_a_participle_after_what_was_said_continues_the_report(nlp: Any) -> None:
    text = (
        "Mykhailo Podolyak, an adviser to Zelenskiy, said Russia wanted to turn Kherson into a 'city of "
        "death', mining everything from apartments to sewers."
    )
    mining = next(e for e in record_of(nlp, text).events if e.trigger.startswith("mining"))
    assert mining.sub_type == "Other"  # mine-laying, no explosion
    assert mining.actor1 is not None and "Russia" in mining.actor1  # Russia mines, not the adviser
    assert mining.certainty == "claimed"  # the means of an aim Podolyak imputes to Russia: an allegation
    assert mining.actor1 == "Military Forces of Russia"  # mine-laying is its forces' work
    assert mining.asserted_by == "Mykhailo Podolyak"


def test_armed_men_are_in_the_fighting_their_clause_goes_on_despite(nlp: Any) -> None:
    text = "Moscow's troops are struggling to make any progress in Donbas despite heavy fighting in recent weeks."
    fighting = next(e for e in record_of(nlp, text).events if "fighting" in e.trigger)
    assert fighting.actor1 == "Military Forces of Russia"
    text = "Thousands of civilians fled the town amid heavy fighting on Sunday."
    fighting = next(e for e in record_of(nlp, text).events if "fighting" in e.trigger)
    assert fighting.actor1 is None or "Civilians" not in fighting.actor1  # who fled did not fight


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Rebel fighters have dug in around the airport, residents said.", "Unidentified Armed Group"),
        (
            "Russian troops took up defensive positions on the eastern bank of the river.",
            "Military Forces of Russia",
        ),
    ],
)
def test_a_defensive_posture_is_a_strategic_development_of_the_armed_side(
    nlp: Any, text: str, actor1: str
) -> None:
    event = main(record_of(nlp, text))  # ACLED's Other: no movement, no base, no change of the group
    assert (event.sub_type, event.actor1) == ("Other", actor1)


@pytest.mark.parametrize(
    ("text", "trigger", "certainty"),
    [
        ("Russia will not withdraw and has not stopped shelling Kharkiv.", "shelling", "reported"),
        ("Russia will not withdraw and has not stopped shelling Kharkiv.", "withdraw", "denied"),
        (
            "The retreat would leave Moscow with only limited gains to show for a 'special military operation' "
            "that made it a pariah in the West and, according to a U.S. estimate, has killed or wounded some "
            "100,000 Russian soldiers.",
            "killed",
            "hedged",  # an estimate's figure, and not what the retreat would do
        ),
    ],
)
def test_a_verb_with_its_own_tense_or_a_stop_that_did_not_happen_keeps_its_event(
    nlp: Any, text: str, trigger: str, certainty: str
) -> None:
    event = next(e for e in record_of(nlp, text).events if e.trigger == trigger)
    assert event.certainty == certainty


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("The army bombarded the city for a third day.", "Shelling/artillery/missile attack"),
        ("Warplanes bombarded rebel positions overnight.", "Air/drone strike"),
    ],
)
def test_a_bombardment_is_shelling_unless_aircraft_drop_it(nlp: Any, text: str, sub_type: str) -> None:
    assert main(record_of(nlp, text)).sub_type == sub_type


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        ("Moscow's troops withdrew from the city on Monday.", (None, "Military Forces of Russia")),
        (
            "Russia's troops today withdrew from Kherson in the south of Ukraine.",
            ("Military Forces of Ukraine", "Military Forces of Russia"),
        ),
        (  # the parse hangs the subject on an earlier noun as an apposition
            "Having been forced to retreat from Izium and Balakliia, Russia's troops today withdrew from Lyman.",
            ("Military Forces of Ukraine", "Military Forces of Russia"),
        ),
    ],
)
def test_a_side_that_withdraws_hands_the_ground_to_the_side_whose_ground_it_is(
    nlp: Any, sentence: str, actors: tuple[str | None, str]
) -> None:
    event = main(record_of(nlp, sentence))  # ACLED: actor1 takes the ground over, actor2 held it
    assert (event.sub_type, event.actor1, event.actor2) == ("Non-violent transfer of territory", *actors)
