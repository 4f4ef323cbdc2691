"""Context rules: move a clause's votes inside a family of sub-types as ACLED's definitions say.

- protests: killing, lethal force or serious injuries (hospitalised, fractured) by state forces
  against protesters -> Excessive force against protesters; violence by the protesters
  (clashes, stones, arson) -> Violent demonstration; police dispersing, blocking or detaining
  them -> Protest with intervention (arrests of protesters are that intervention); else
  Peaceful protest.
- territory: ground taken "without a fight" or "without a shot being fired" changed hands
  without violence: Non-violent transfer of territory.
- riots: rioters who loot, burn or kill make a riot, not looting or an attack; villagers or a
  crowd who kill or beat together are mob violence.
- killings and shootings ("killed", "attacked", "opened fire"): an event once a side is named
  (troops, gunmen, civilians, a base); an attack repelled, or against armed targets only ->
  Armed clash, else Attack.
  The target is the phrase that suffers it where the parse has one ("troops shot dead two
  Palestinians": civilians), else the sentence without the attackers.
"""

from __future__ import annotations

PROTEST_FAMILY = (
    "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
    "Violent demonstration",
)  # fmt: skip
LETHAL = frozenset({
    "kill", "killed", "dead", "death", "shot", "shoot", "fatally", "fatal", "lethal", "deadly", "live",
    "excessive", "die", "died",
})  # fmt: skip
STATE_FORCE = frozenset({
    "police", "policeman", "security", "troop", "soldier", "army", "military", "force", "forces",
    "gendarme", "excessive", "crackdown",
})  # fmt: skip
SERIOUS = frozenset({  # ACLED: lethal force "or violence resulting in serious injuries"
    "hospitalised", "hospitalized", "hospitalise", "hospitalize", "fractured", "fracture", "critically",
    "seriously", "maimed", "maim", "blinded", "blind",
})  # fmt: skip
HANDOVER = "Non-violent transfer of territory"
TAKEN = ("Government regains territory", "Non-state actor overtakes territory")
UNCONTESTED = 3.0  # "without a fight", "without a shot": the taking was a handover
PEACEFUL = frozenset(
    {"peaceful", "peacefully", "unarmed", "nonviolent", "non-violent"}
)  # said of the protest
REPELLED = frozenset({"repel", "repelled", "repulse", "repulsed", "fend", "thwart", "beat", "counterattack"})
PROTESTERS = frozenset({
    "protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "rioter",
    "rioters", "marcher", "marchers", "crowd", "crowds", "mob", "youths",
})  # fmt: skip
VIOLENT = frozenset({
    "clash", "clashes", "stone", "stones", "rock", "rocks", "torch", "burn", "burned", "burnt",
    "vandalize", "vandalise", "loot", "molotov", "petrol", "violent", "violence", "tyre", "tire", "pelt",
    "smash", "firework", "fireworks", "confront", "confronted", "block", "blocked", "shut",
})  # fmt: skip
INTERVENTION = frozenset({
    "tear", "teargas", "cannon", "rubber", "disperse", "detain", "arrest", "baton", "pepper", "stun",
    "smoke", "prevent", "break", "scuffle", "beat", "charge", "kettle", "detained", "arrested",
})  # fmt: skip
ARMED_TARGETS = frozenset({
    "soldier", "troop", "army", "military", "police", "policeman", "officer", "base", "checkpoint",
    "convoy", "position", "post", "patrol", "militant", "fighter", "rebel", "insurgent", "guard", "force",
    "jihadist", "terrorist", "camp", "outpost", "barracks", "garrison", "personnel", "marine", "battalion",
    "unit", "commander", "combatant", "combatants",
})  # fmt: skip
CIVILIAN_TARGETS = frozenset({
    "civilian", "resident", "villager", "people", "woman", "child", "worshipper", "student", "journalist",
    "farmer", "worker", "passenger", "family", "shopper", "pedestrian", "teacher", "doctor", "patient",
    "refugee", "migrant", "mosque", "church", "market", "school", "village", "ngo", "vehicle", "bus",
    "girl", "boy", "man", "men", "person", "household", "home", "house", "nurse", "pilgrim", "aid",
    "ranger", "cleric", "activist",
})  # fmt: skip
CROWDS = frozenset({"villager", "villagers", "resident", "residents", "crowd", "crowds", "locals", "mob"})
ARMED_ACTORS = frozenset({
    "gunman", "gunmen", "militant", "fighter", "rebel", "insurgent", "jihadist", "terrorist", "attacker",
    "assailant", "troop", "soldier", "militia", "bandit",
})  # fmt: skip


def refine(
    votes: dict[str, float],
    lemmas: frozenset[str],
    targets: frozenset[str] | None = None,
    agents: frozenset[str] = frozenset(),
    *,
    conduct: frozenset[str] | None = None,
) -> dict[str, float]:
    """The clause's votes after the family rules (see the module docstring).

    `lemmas`: the words of the sentence; `targets`: the words of the phrase that suffers the
    killing or attack where the parse has one (else the sentence decides armed or civilian);
    `agents`: the words of the phrase that acts ("demonstrators torched ...": a riot);
    `conduct`: the words that tell how a protest went, without its cause and background
    (`aside.conduct`; default `lemmas`).
    """
    votes = dict(votes)
    if votes.get(HANDOVER, 0.0) >= UNCONTESTED:  # "took over the town without a shot being fired"
        votes[HANDOVER] += votes.pop(TAKEN[0], 0.0) + votes.pop(TAKEN[1], 0.0)
    _protests(votes, lemmas if conduct is None else conduct, agents)
    riot = max(("Violent demonstration", "Mob violence"), key=lambda k: votes.get(k, 0.0))
    if votes.get(riot, 0.0) > 0:
        votes[riot] += votes.pop("Looting/property destruction", 0.0) + votes.pop("Attack", 0.0)
    if votes.get("Attack", 0.0) and agents & CROWDS and not agents & ARMED_ACTORS:
        # "villagers beat two men to death": civilians who kill together are a mob
        votes["Mob violence"] = votes.get("Mob violence", 0.0) + 2 * votes.pop("Attack")
    if votes.get("Attack", 0.0) and targets is not None and targets & PROTESTERS:
        # "Israeli attacks against peaceful protesters": lethal violence on a protest is the force used
        force = "Excessive force against protesters"
        votes[force] = votes.get(force, 0.0) + votes.pop("Attack") + votes.pop("Peaceful protest", 0.0)
    attack = votes.get("Attack", 0.0)
    if attack and lemmas & (ARMED_TARGETS | CIVILIAN_TARGETS | ARMED_ACTORS):
        votes["Attack"] = attack = 2 * attack
    scope, armed = (lemmas, ARMED_TARGETS) if targets is None else (targets, ARMED_TARGETS | ARMED_ACTORS)
    fought_back = bool(lemmas & REPELLED)  # "forces repelled an attack"
    if attack and (fought_back or (scope & armed and not scope & CIVILIAN_TARGETS)):
        votes["Armed clash"] = votes.get("Armed clash", 0.0) + votes.pop("Attack")
    return votes


def _protests(votes: dict[str, float], lemmas: frozenset[str], agents: frozenset[str]) -> None:
    protest = sum(votes.pop(k, 0.0) for k in PROTEST_FAMILY)
    if protest < 2:  # "activists" alone is no protest
        if protest:
            votes["Peaceful protest"] = protest
        return
    if agents & PROTESTERS and lemmas & VIOLENT:
        target = "Violent demonstration"  # the protesters do the violence
    elif lemmas & (LETHAL | SERIOUS) and lemmas & STATE_FORCE and not lemmas & {"rubber"}:
        target = "Excessive force against protesters"
    elif (lemmas & VIOLENT and not lemmas & PEACEFUL) or votes.get("Mob violence", 0) > 0:
        target = "Violent demonstration"  # not "a violent crackdown on peaceful demonstrators"
    elif lemmas & INTERVENTION:
        target = "Protest with intervention"
    else:
        target = "Peaceful protest"
    votes[target] = votes.get(target, 0.0) + protest + votes.pop("Arrests", 0.0)
    if target == "Excessive force against protesters":  # the killing is the force used on them
        votes[target] += votes.pop("Attack", 0.0)
