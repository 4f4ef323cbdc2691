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
defendant inmate athlete player fan professional survivor soldier terrorist jihadist gunman gunmen attacker
assailant bomber militiaman militiamen guard member other"""
MILITARY = frozenset(_MILITARY.split())
PEOPLE = MILITARY | frozenset(_CIVILIAN.split())
# Nouns that say what happened to the people they count.
NOUN_COUNTS = {
    "casualty": "killed_or_wounded", "death": "killed", "fatality": "killed", "dead": "killed",
    "body": "killed", "life": "killed", "injury": "wounded", "injured": "wounded", "wounded": "wounded",
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
policy programme program system institution rule dynasty rivalry insurgency revolt file case investigation
probe lawsuit scandal mystery marriage relationship friendship partnership alliance organisation
organization"""
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
    harmed = [VERB_COUNTS[v] for v in governing_verbs(noun) if VERB_COUNTS.get(v) in {"killed", "wounded"}]
    if harmed:  # "killing nine armed bandits": only the living are killed or wounded
        return _combine(harmed), word
    own = noun.lower_ if noun.tag_ in {"NNS", "NNPS"} else plural(word)  # "grandchildren", not "grandchilds"
    return own.replace(" ", "_"), word


def _combine(found: list[str]) -> str:
    kinds = set(found)
    if {"killed", "wounded"} <= kinds:
        return "killed_or_wounded"
    return found[0]


def governing_verbs(noun: Token) -> list[str]:
    """Lemmas of the verbs that say what happened to `noun`.

    Its head verb (unless the noun is the one who acts: "1,000 armed men killed dozens"), the
    participles that follow it ("300 marines killed"), an adjective the verb leaves it in ("left
    36 people dead"), and verbs conjoined to these when they share the noun ("killed or wounded
    100,000 soldiers", but not "killing nine people and injuring 14").
    """
    verbs: list[Token] = []
    amount = noun.head.head
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and (amount.like_num or amount.lower_ in _QUANTIFIERS)
    ):
        noun = amount  # "wounded dozens of people": the verb governs "dozens"
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        head = head.head  # "without losing a single soldier", "killed in ..."
    acts = noun.dep_ == "nsubj" and lemma(head) in _TRANSITIVE
    if noun.dep_ in _ARGUMENTS and head.pos_ in {"VERB", "AUX"} and not acts:
        verbs.append(head)
        verbs += [c for c in head.children if c.pos_ == "ADJ" and lemma(c) in VERB_COUNTS and c.i > noun.i]
    verbs += [
        c
        for c in noun.children
        if c.dep_ in {"acl", "relcl", "amod"} and c.pos_ in {"VERB", "ADJ"} and not _acts_on_others(c)
    ]
    role = _OBJECTS if noun.dep_ in _OBJECTS else _SUBJECTS
    shared = [
        c for v in verbs for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB" and _bare(c, role)
    ]
    shared += [
        v.head for v in verbs if v.dep_ == "conj" and v.head.pos_ == "VERB" and _bare(v.head, role, noun)
    ]
    return [lemma(v) for v in [*verbs, *shared]]


_QUANTIFIERS = frozenset(
    {"dozens", "hundreds", "thousands", "millions", "billions", "scores", "tens", "several", "few", "handful",
     "couple", "dozen", "hundred", "thousand", "million", "billion"}
)  # fmt: skip
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})
_OBJECTS = frozenset({"dobj", "pobj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Verbs whose active subject does the deed: their subject is not what is counted as killed.
_TRANSITIVE = frozenset(
    {"kill", "wound", "injure", "hurt", "capture", "detain", "abduct", "kidnap", "arrest", "displace",
     "evacuate", "execute", "massacre", "murder", "slay", "surround", "encircle", "maim", "lose"}
)  # fmt: skip


def bare_count(number: Token) -> str | None:
    """What a number without a noun counts, from its verb: "killing nine people and injuring 14"
    (wounded), "six were killed and 11 wounded", "the death toll rose to 52" (killed)."""
    head = number.head
    if number.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if head.pos_ not in {"VERB", "AUX"}:
        return None
    toll = next((c for c in head.children if c.dep_ == "nsubj" and lemma(c) == "toll"), None)
    if toll is not None and number.dep_ in {"pobj", "dobj", "attr"}:
        kind = {lemma(c) for c in toll.children}
        return "killed_or_wounded" if kind & {"casualty", "injury"} else "killed"
    found = VERB_COUNTS.get(lemma(head))
    if found is None or found == "troops":
        return None
    auxes = {c.lower_ for c in head.children if c.dep_ in {"aux", "auxpass"}}
    passive = number.dep_ == "nsubjpass" or (number.dep_ == "nsubj" and head.tag_ == "VBN" and not auxes)
    active_object = number.dep_ == "dobj"
    intransitive = number.dep_ == "nsubj" and lemma(head) not in _TRANSITIVE
    return found if passive or active_object or intransitive else None


def _acts_on_others(participle: Token) -> bool:
    """ "men ... killed or wounded dozens": a participle with an object of its own is done by the noun."""
    chain = [participle, *(c for c in participle.children if c.dep_ == "conj")]
    return any(c.dep_ == "dobj" for v in chain for c in v.children)


def _bare(verb: Token, role: frozenset[str], allowed: Token | None = None) -> bool:
    """A verb with no word of its own in the noun's role (object or subject), so it shares the noun."""
    return not any(c.dep_ in role and c is not allowed for c in verb.children)


def plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es" if not word.endswith("s") else word
    if word.endswith("y") and word[-2:-1] not in set("aeiou"):
        return word[:-1] + "ies"
    return word + "s"
