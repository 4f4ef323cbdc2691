"""Battles and troop movements need armed men: everyday uses of their words report nothing.

Sentences written for this check; the fire sentences follow the CIR incident captions' style.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_texts import main_of, text_record


@pytest.mark.parametrize(
    "text",
    [
        "Buffalo is on a 1-6-2 skid and battling injuries at the forward position.",
        "The company announced on Monday that it was withdrawing its filing for an initial public offering.",
        "The victim's mother told the jury about the fight that left her daughter in hospital.",
        "Hurricanes 4, Blackhawks 2: Nino Niederreiter had a goal and an assist for Carolina.",
    ],
)
def test_everyday_uses_of_battle_and_movement_words_report_no_event(nlp: Any, text: str) -> None:
    assert text_record(nlp, text).events == ()


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Ukrainian National Guard soldiers fire at Russian positions in the Kharkiv region", "Armed clash"),
        ("Fire at the Burshtyn power plant in Ivano-Frankivsk Oblast", "Man-made disaster"),
        ("Russia withdrew its forces from the island on Thursday.", "Change to group/activity"),
        ("Heavy fighting raged through the night on the outskirts of the town.", "Armed clash"),
    ],
)
def test_armed_men_a_state_or_a_decisive_word_make_the_event(nlp: Any, text: str, sub_type: str) -> None:
    event = main_of(nlp, text)
    assert event is not None and event.sub_type == sub_type
