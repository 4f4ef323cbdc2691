"""Trigger words in a parsed sentence: lexicon phrases (longest first, left to right) and verb-noun pairs.

One pass over the tokens with a dictionary lookup per token, so the cost is linear in the
sentence. Tokens inside names and dates ("Free Syrian Army", "in March") trigger nothing,
except diplomatic bodies ("Security Council").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsledger.events.lexicon import Lexicon, Phrase, lexicon

MUTE_ENTITIES = frozenset({
    "PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "WORK_OF_ART", "LAW",
})  # fmt: skip
NAME_ENTITIES = frozenset({"ORG", "NORP", "GPE", "FAC", "EVENT", "PRODUCT"})
NAMES_ALLOWED = frozenset({"Diplomacy", "Natural disaster"})  # "Security Council", "Hurricane Ian", "Cholera"
PARTICLES = frozenset({"out", "back", "off", "away"})
PAIR_SPAN = 4  # at most this many tokens between verb and noun for one trigger span


@dataclass(frozen=True, slots=True)
class Match:
    """A trigger: tokens [start, end) of the doc, the sub-type it points to and its weight."""

    sub_type: str
    weight: float
    start: int
    end: int
    head: int  # the token that carries the trigger in the parse
    pair: bool = False
    support: bool = False  # adds its votes to a clause's event but makes none alone (see readings)


def forms(token: Token) -> tuple[str, ...]:
    lower = token.lower_
    lemma = token.lemma_.lower()
    return (lower,) if lemma == lower else (lower, lemma)


def _muted(token: Token) -> bool:
    return token.ent_type_ in MUTE_ENTITIES


def _in_name(token: Token) -> bool:
    """A proper noun inside a name ("Free Syrian Army"): its words name, they do not report."""
    return token.ent_type_ in NAME_ENTITIES and token.ent_iob_ != "O" and token.pos_ == "PROPN"


def _phrase_end(tokens: list[Token], i: int, phrase: Phrase) -> int | None:
    """Index past the last token of `phrase` starting at tokens[i], hyphens skipped; None if no match."""
    j = i
    for n, word in enumerate(phrase.words):
        while n and j < len(tokens) and tokens[j].text == "-":
            j += 1
        if n == 1 and len(phrase.words) == 2 and _particle(tokens[i], word):
            return i + 1  # "take the peninsula back": the verb carries the particle
        if j >= len(tokens) or word not in forms(tokens[j]):
            return None
        j += 1
    return j


def _particle(verb: Token, word: str) -> bool:
    return any(
        (c.dep_ in ("prt", "advmod", "oprd") or (c.dep_ == "prep" and c.lower_ in PARTICLES))
        and c.lower_ == word
        and c.i > verb.i
        for c in verb.children
    )  # "pushed the militants out of", parsed as a preposition; "burned them alive"


# a pair's noun may sit behind one of these: "took into custody", "transported by trucks"
HOP_PREPS = frozenset({"into", "in", "under", "of", "to", "on", "onto", "at", "upon", "by"})
WORKERS = frozenset({
    "worker", "teacher", "doctor", "nurse", "pilot", "miner", "driver", "employee", "staff", "union",
    "docker", "farmer", "trucker", "student", "lawyer", "journalist", "crew", "railway", "rail", "dock",
    "postal", "transport", "port",
})  # fmt: skip
LABOUR_STRIKE = Phrase(("strike",), "Peaceful protest", 3.0)
QUOTES = frozenset({"'", "‘", "’", '"', "“", "”"})


def _scare_quoted(tokens: list[Token], start: int, end: int) -> bool:
    """The phrase alone between quotation marks: a word the text holds at a distance."""
    return start > 0 and end < len(tokens) and tokens[start - 1].text in QUOTES and tokens[end].text in QUOTES


def _labour_strike(token: Token) -> bool:
    """ "teachers' strike", "a dock workers' strike": a strike its workers hold."""
    if token.lemma_.lower() != "strike" or token.pos_ != "NOUN":
        return False
    return any(c.dep_ in ("poss", "compound", "nmod") and c.lemma_.lower() in WORKERS for c in token.children)


def _verb_like(token: Token) -> bool:
    """A verb, or a word the tagger took for a noun right after a plural subject ("National Guard
    soldiers fire at Russian positions")."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    return before is not None and before.tag_ in ("NNS", "NNPS", "PRP") and token.tag_ in ("NN", "VBP")


def _syntactic_head(tokens: list[Token], start: int, end: int) -> Token:
    inside = {t.i for t in tokens[start:end]}
    for token in tokens[start:end]:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[start]


def phrase_matches(sentence: SpacySpan, lex: Lexicon | None = None) -> list[Match]:
    """Longest lexicon phrases, left to right; all sub-types of the same phrase are kept."""
    lex = lex or lexicon()
    tokens = list(sentence)
    found: list[Match] = []
    i = 0
    while i < len(tokens):
        best_end: int | None = None
        best: list[Phrase] = []
        for form in forms(tokens[i]):
            for phrase in lex.phrases.get(form, ()):
                end = _phrase_end(tokens, i, phrase)
                if end is None or (best_end is not None and end < best_end):
                    continue
                if best_end is None or end > best_end:
                    best_end, best = end, []
                best.append(phrase)
        if best_end is None:
            i += 1
            continue
        head = _syntactic_head(tokens, i, best_end)
        if _labour_strike(head):
            best = [LABOUR_STRIKE]  # "the teachers' strike entered its third week": a protest, no missile
        if _scare_quoted(tokens, i, best_end):
            i = best_end
            continue  # "what the coach called a 'massacre'": someone's word for it, no event
        for phrase in dict.fromkeys(best):
            if phrase.sub_type is None or _muted(head):
                continue
            verb = _verb_like(head)
            if (phrase.nominal and verb) or (phrase.verbal and not verb):
                continue  # "gunmen stormed the village": no weather; "Fire at the substation": no shooting
            if _in_name(head) and phrase.sub_type not in NAMES_ALLOWED:
                continue
            found.append(
                Match(phrase.sub_type, phrase.weight, tokens[i].i, tokens[best_end - 1].i + 1, head.i)
            )
        i = best_end
    return found


def _governor(noun: Token) -> Token | None:
    """The verb that governs a noun directly or through one preposition ("took into custody"),
    also through a quantity or part of it ("seized large quantities of weapons", "a train
    carrying components of an artillery unit")."""
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    head = noun.head
    if head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.dep_ in ("dobj", "obj", "nsubjpass"):
        noun, head = head.head, head.head.head
    if head.pos_ == "ADP" and head.lower_ not in HOP_PREPS:
        return None  # "took him from his home", "take cover behind a vehicle": not what is taken
    if head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    return head if head.i != noun.i and head.pos_ in ("VERB", "AUX") else None


def pair_matches(sentence: SpacySpan, lex: Lexicon | None = None) -> list[Match]:
    """Verb-noun pairs: "seized nine pistols", "explosive devices were found", "set up two bases"."""
    lex = lex or lexicon()
    found: list[Match] = []
    for noun in sentence:
        if noun.lower_ not in lex.pair_nouns and noun.lemma_.lower() not in lex.pair_nouns:
            continue
        if noun.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue  # "announced ..., according to a statement": "according" is no accord
        verb = _governor(noun)
        if verb is None or _muted(noun) or noun.dep_ == "nsubj":  # the subject acts; the pair is verb-object
            continue
        verb_forms = forms(verb)
        for rule in lex.pairs:
            if not any(f in rule.nouns for f in forms(noun)) or not any(f in rule.verbs for f in verb_forms):
                continue
            lo, hi = sorted((verb.i, noun.i))
            if hi - lo > PAIR_SPAN:
                lo, hi = verb.i, verb.i
            found.append(Match(rule.sub_type, rule.weight, lo, hi + 1, verb.i, pair=True))
    return found


def find_triggers(sentence: SpacySpan) -> list[Match]:
    return phrase_matches(sentence) + pair_matches(sentence)
