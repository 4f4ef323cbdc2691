"""Protests typed by how they went, not by what they are about (sentences written for this check).

ACLED's protest sub-types say whether a protest was peaceful, met with intervention, met with
lethal force, or violent itself. Its cause ("against violence in schools", "over the drought"),
its background ("following the acquittal") and a rally still to come ("ahead of Saturday's rally")
say nothing about that.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_texts import main_sub_type

PEACEFUL = "Peaceful protest"
FORCE = "Excessive force against protesters"
INTERVENTION = "Protest with intervention"
VIOLENT = "Violent demonstration"

WRITTEN = [
    (
        PEACEFUL,
        "Thousands of teachers rallied outside parliament on Tuesday to protest against violence in schools.",
    ),
    (
        PEACEFUL,
        "Students marched through the capital demanding justice for a classmate killed in a bus crash.",
    ),
    (PEACEFUL, "Farmers held demonstrations over the government's handling of the drought."),
    (PEACEFUL, "Residents staged a sit-in against the planned airport expansion."),
    (PEACEFUL, "Nurses went on strike over unpaid wages, and the health minister condemned the walkout."),
    (
        PEACEFUL,
        "Hundreds marched through the city following the acquittal of a police officer in the killing of a teenager.",
    ),
    (FORCE, "Soldiers opened fire on peaceful protesters in Khartoum, killing at least nine people."),
    (FORCE, "Three demonstrators were shot dead when police fired live rounds at the march."),
    (
        FORCE,
        "Security forces attacked a peaceful sit-in with batons and guns, killing two people and wounding dozens.",
    ),
    (FORCE, "The army's brutal crackdown on unarmed demonstrators left 40 people dead."),
    (FORCE, "Gunmen attacked peaceful protesters outside the ministry, killing four."),
    (
        INTERVENTION,
        "Police fired tear gas to disperse hundreds of protesters outside the election commission.",
    ),
    (INTERVENTION, "Riot police broke up a rally of opposition supporters and detained 30 people."),
    (VIOLENT, "Protesters threw stones at police and set fire to tyres in the city centre."),
    (VIOLENT, "Rioters looted shops and torched cars after the verdict was announced."),
    (VIOLENT, "Demonstrators clashed with police and burned a police station."),
    ("Arrests", "Police arrested the opposition leader ahead of Saturday's rally."),
    ("Arrests", "Five activists were detained before the planned march on the presidential palace."),
    ("Mob violence", "A mob of villagers beat a suspected thief to death."),
]


@pytest.mark.parametrize(("sub_type", "text"), WRITTEN)
def test_protests_are_typed_by_how_they_went(nlp: Any, sub_type: str, text: str) -> None:
    assert main_sub_type(nlp, text) == sub_type


@pytest.mark.xfail(
    strict=True, reason="a background told as an 'after' clause still reads as the protest's conduct"
)
def test_a_killing_told_as_a_vigils_background_is_not_force_against_it(nlp: Any) -> None:
    text = "Hundreds gathered for a candlelight vigil after police shot dead a teenager last week."
    assert main_sub_type(nlp, text) == PEACEFUL
