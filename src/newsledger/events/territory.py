"""Who gains territory: the sub-type and the sides of a territorial event.

- Retaking is the government's; taking by a non-state group or by a foreign force (a state's
  forces outside their own country) is "Non-state actor overtakes territory" (ACLED codes
  foreign state forces taking ground under that sub-type).
- A side that withdraws and so hands ground over ("Russia's troops today withdrew from
  Kherson": Non-violent transfer of territory) is actor2, as ACLED codes the side that held the
  ground; actor1 is the side that takes it over: the forces of the country where the ground lies
  when that is not the withdrawing side's own (else nobody named).
- A side forced or driven out ("were forced to retreat from Kyiv", "its forces were driven back
  from the outskirts of Kyiv") lost ground to the other side in fighting: "Government regains
  territory" with the retreating side as actor2 and, as actor1, the forces of the country where
  the ground lies when that is not the retreating side's own (else nobody named).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.events.actors import Actor, name_for

RETAKE = frozenset({
    "recapture", "retake", "regain", "liberate", "free", "reclaim", "recover", "reconquer", "liberation",
    "back",
})  # fmt: skip
TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")
RETREATS = frozenset({"retreat", "withdraw", "withdrawal", "pull", "flee", "leave", "abandon", "evacuate"})
FORCING = frozenset({"force", "compel", "oblige", "drive", "push"})
PUSHED_OUT = frozenset({"back", "out"})  # "driven back", "pushed out"
REGAINS = "Government regains territory"
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def sub_type_of(
    sub_type: str,
    trigger: Token,
    actor1: Actor | None,
    place_country: str | None,
    actor2: Actor | None = None,
) -> str:
    """Retaking is the government's; taking by a non-state or a foreign force is the other sub-type.
    State forces that take ground from a non-state group ("wrested control of the village from
    FARC dissidents") regain it."""
    if sub_type not in TERRITORY:
        return sub_type
    if actor1 is None:  # "the town was wrested back from militants": who lost it says who won it
        return REGAINS if actor2 is not None and _non_state(actor2) else sub_type
    if _non_state(actor1):
        return "Non-state actor overtakes territory"
    if actor1.kind not in ("military", "police", "government"):
        return sub_type
    words = {trigger.lemma_.lower(), *(c.lower_ for c in trigger.children)}
    if words & RETAKE or (actor2 is not None and _non_state(actor2)):
        return REGAINS
    foreign = place_country is not None and actor1.country not in (None, place_country)
    return "Non-state actor overtakes territory" if foreign else REGAINS


def _non_state(actor: Actor) -> bool:
    return actor.kind in ("group", "militia", "rebels") and actor.inter in (2, 3, 4)


def taken_from(trigger: Token) -> Token | None:
    """The side ground is taken from: the object of the verb's "from" ("seized the town from rebels")."""
    particles = [c for c in trigger.children if c.dep_ in ("prt", "advmod") and c.lower_ in PUSHED_OUT]
    for child in [*trigger.children, *(c for p in particles for c in p.children)]:  # "wrested back from"
        if child.dep_ == "prep" and child.lower_ == "from":
            side = next((c for c in child.children if c.dep_ == "pobj"), None)
            return None if side is None or side.ent_type_ in PLACE_ENTITIES else side  # not "from Kyiv"
    return None


def forced_out(trigger: Token) -> bool:
    """ "were forced to retreat", "having been forced to withdraw", "were driven back from"."""
    lemma = trigger.lemma_.lower()
    if lemma in FORCING and any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children):
        return any(c.dep_ in ("prt", "advmod") and c.lower_ in PUSHED_OUT for c in trigger.children)
    if lemma not in RETREATS or trigger.dep_ != "xcomp":
        return False
    governor = trigger.head
    return governor.lemma_.lower() in FORCING and any(c.dep_ == "auxpass" for c in governor.children)


def handed_over(
    trigger: Token, actor1: Actor | None, actor2: Actor | None, place_country: str | None
) -> tuple[Actor | None, Actor | None] | None:
    """(taker, holder) of ground a side withdraws from without a fight, or None when the trigger
    is no withdrawal or a receiving side is already named ("handed the town over to the army")."""
    if trigger.lemma_.lower() not in RETREATS or actor2 is not None:
        return None
    own = actor1.country if actor1 is not None else None
    taker = name_for("military", place_country) if place_country not in (None, own) else None
    return taker, actor1


def regained(
    trigger: Token, actor1: Actor | None, actor2: Actor | None, place_country: str | None
) -> tuple[Actor | None, Actor | None] | None:
    """(actor1, actor2) of a side forced out of ground, or None when the trigger is no such event."""
    if not forced_out(trigger):
        return None
    loser = (
        actor1
        if actor1 is not None and actor1.kind in ("military", "government", "rebels", "group", "militia")
        else None
    )
    own = loser.country if loser is not None else None
    winner = name_for("military", place_country) if place_country not in (None, own) else None
    return winner, loser or actor2
