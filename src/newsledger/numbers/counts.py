"""What a number counts, from its noun and the verb that governs the noun.

"300 marines killed" counts `killed`; "killed or wounded some 100,000 soldiers" counts
`killed_or_wounded`; "20,000 men surrounded" counts `troops`; "41 settlements" counts `settlements`.
Nouns outside the tables count themselves, pluralised ("six countries" -> `countries`).
"""

from __future__ import annotations

from spacy.tokens import Token

_MILITARY = """soldier troop troops serviceman servicemen servicemember marine sailor airman fighter militant
rebel insurgent combatant paratrooper conscript reservist recruit mercenary personnel commando sapper gunner
infantryman guardsman"""
_CIVILIAN = """people person man men woman women child children kid boy girl baby infant civilian resident
inhabitant villager local citizen refugee evacuee migrant worker journalist doctor nurse patient victim
protester demonstrator student prisoner hostage detainee captive casualty death fatality adult teenager
pensioner voter officer policeman official diplomat volunteer family ukrainian russian american israeli
palestinian syrian afghan iraqi sudanese son daughter mother father wife husband brother sister parent
sibling cousin grandchild grandson granddaughter grandmother grandfather relative friend neighbour neighbor
schoolgirl schoolboy pupil teen youngster toddler employee owner driver passenger pedestrian motorist suspect
defendant inmate athlete player fan professional survivor soldier"""
MILITARY = frozenset(_MILITARY.split())
PEOPLE = MILITARY | frozenset(_CIVILIAN.split())
# Nouns that say what happened to the people they count.
NOUN_COUNTS = {
    "casualty": "killed_or_wounded", "death": "killed", "fatality": "killed", "dead": "killed",
    "body": "killed", "injury": "wounded", "injured": "wounded", "wounded": "wounded",
    "prisoner": "captured", "pow": "captured", "captive": "captured", "hostage": "captured",
    "detainee": "captured", "refugee": "displaced", "evacuee": "displaced", "displaced": "displaced",
    "missing": "missing",
}  # fmt: skip
VERB_COUNTS = {
    "kill": "killed", "die": "killed", "slay": "killed", "execute": "killed", "massacre": "killed",
    "murder": "killed", "perish": "killed", "lose": "killed", "wound": "wounded", "injure": "wounded",
    "hurt": "wounded", "maim": "wounded", "capture": "captured", "detain": "captured", "abduct": "captured",
    "kidnap": "captured", "surrender": "captured", "arrest": "captured", "displace": "displaced",
    "flee": "displaced", "evacuate": "displaced", "uproot": "displaced", "miss": "missing",
    "disappear": "missing", "surround": "troops", "encircle": "troops", "trap": "troops",
    "deploy": "troops", "mobilize": "troops", "mobilise": "troops", "station": "troops", "mass": "troops",
    "amass": "troops", "send": "troops", "dispatch": "troops", "draft": "troops", "conscript": "troops",
    "dead": "killed", "injured": "wounded", "wounded": "wounded", "missing": "missing",
}  # fmt: skip
OBJECT_COUNTS = {
    "settlement": "settlements", "village": "settlements", "hamlet": "settlements",
    "locality": "settlements", "town": "settlements", "city": "cities",
    "tank": "vehicles", "vehicle": "vehicles", "apc": "vehicles", "truck": "vehicles", "lorry": "vehicles",
    "missile": "missiles", "rocket": "missiles", "drone": "drones", "uav": "drones",
    "aircraft": "aircraft", "plane": "aircraft", "jet": "aircraft", "helicopter": "aircraft",
    "warplane": "aircraft", "ship": "vessels", "vessel": "vessels", "warship": "vessels", "boat": "vessels",
    "landmine": "munitions", "mine": "munitions", "ordnance": "munitions", "shell": "munitions",
    "bomb": "munitions", "round": "munitions", "grenade": "munitions", "munition": "munitions",
}  # fmt: skip
DIMENSION_COUNTS = {
    "length": "distance", "area": "area", "time": "duration", "currency": "money", "percent": "percent",
    "mass": "mass", "volume": "volume", "speed": "speed", "power": "power",
}  # fmt: skip


def lemma(token: Token) -> str:
    return str(token.lemma_ or token.text).lower()


def is_person(token: Token) -> bool:
    return lemma(token) in PEOPLE or token.text.lower() in PEOPLE or token.ent_type_ in {"PERSON", "NORP"}


# Things that have an age of their own but are no one: "the nine-month-old war" is a duration.
_THINGS = """war conflict invasion occupation campaign ban law dispute feud crisis regime government company
building house tree bridge tradition ceasefire truce siege blockade offensive record treaty deal agreement
policy programme program system institution rule dynasty rivalry insurgency revolt"""
THINGS_WITH_AGES = frozenset(_THINGS.split())


def is_age_of(noun: Token | None, unit: str) -> bool:
    """Whether "N-unit-old <noun>" gives a person's age, not how long a thing has lasted.

    A person is an age at any unit ("a nine-month-old baby"); a known thing is a duration ("the
    nine-month-old war"); otherwise years mean an age ("a 23-year-old marketing professional"),
    shorter units a duration.
    """
    if noun is None or is_person(noun) or noun.pos_ == "PROPN":
        return True
    if lemma(noun) in THINGS_WITH_AGES:
        return False
    return unit == "year"


def counted(noun: Token) -> tuple[str, str]:
    """(`counts`, `unit`) for a count of `noun`s."""
    word = lemma(noun)
    if word in NOUN_COUNTS:
        return NOUN_COUNTS[word], "person"
    if is_person(noun):
        verbs = governing_verbs(noun)
        happened = [VERB_COUNTS[v] for v in verbs if VERB_COUNTS.get(v, "troops") != "troops"]
        if happened:
            return _combine(happened), "person"
        if word in MILITARY or any(v in VERB_COUNTS for v in verbs):
            return "troops", "person"
        return "persons", "person"
    if word in OBJECT_COUNTS:
        return OBJECT_COUNTS[word], word
    own = noun.lower_ if noun.tag_ in {"NNS", "NNPS"} else plural(word)  # "grandchildren", not "grandchilds"
    return own.replace(" ", "_"), word


def _combine(found: list[str]) -> str:
    kinds = set(found)
    if {"killed", "wounded"} <= kinds:
        return "killed_or_wounded"
    return found[0]


def governing_verbs(noun: Token) -> list[str]:
    """Lemmas of the verbs that say what happened to `noun`: its head verb, participles, conjuncts."""
    verbs: list[Token] = []
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        head = head.head  # "without losing a single soldier", "killed in ..."
    if noun.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"} and head.pos_ in {"VERB", "AUX"}:
        verbs.append(head)
    verbs += [c for c in noun.children if c.dep_ in {"acl", "relcl", "amod"} and c.pos_ in {"VERB", "ADJ"}]
    verbs += [c for v in list(verbs) for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    verbs += [v.head for v in list(verbs) if v.dep_ == "conj" and v.head.pos_ == "VERB"]
    return [lemma(v) for v in verbs]


def plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es" if not word.endswith("s") else word
    if word.endswith("y") and word[-2:-1] not in set("aeiou"):
        return word[:-1] + "ies"
    return word + "s"
