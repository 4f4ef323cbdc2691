"""The parse around an amount: the token at a character, and the noun phrase an amount counts.

Offsets are characters of the section text; callers pass that text once (`Doc.text` rebuilds the
string from every token on each access, so it is read once per section, never per lookup).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from newsledger.numbers.counts import lemma

NOUNISH = frozenset({"NOUN", "PROPN"})
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "dozen"})
_TIME_WORDS = frozenset(
    {"day", "night", "week", "month", "year", "weekend", "morning", "evening", "afternoon"}
)
_INVARIANT_PLURALS = frozenset({"personnel", "aircraft", "people", "police", "staff", "cattle", "ordnance"})


def token_at(doc: Doc, char: int) -> Token | None:
    """The token covering character `char`, or None on whitespace."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def token_from(doc: Doc, text: str, char: int) -> Token | None:
    """The token at `char`, or the first one after the spaces there."""
    while char < len(text) and text[char].isspace():
        char += 1
    return token_at(doc, char) if char < len(text) else None


def following(doc: Doc, start: int, limit: int) -> Iterator[Token]:
    for i in range(start, min(len(doc), start + limit)):
        yield doc[i]


def is_modifier(token: Token) -> bool:
    """Words that may stand between a number and its noun: "partially occupied", "Russian"."""
    return token.pos_ in {"ADJ", "ADV"} or (token.pos_ == "VERB" and token.tag_ in {"VBN", "VBG"})


def counted_phrase(doc: Doc, numeral_end: int, *, vague: bool) -> tuple[Token, int] | None:
    """The noun an amount ending at `numeral_end` counts, and where its phrase ends.

    "four partially occupied regions", "dozens of Ukrainians", "thousands of landmines and
    ordnance"; None for "one of the", a bare number, or a number followed by a verb.
    """
    last = token_at(doc, numeral_end - 1)
    if last is None:
        return None
    vague = vague or last.lower_ in _SCALE_WORDS
    noun: Token | None = None
    for token in following(doc, last.i + 1, 6):
        if token.lower_ == "of" and token.i == last.i + 1:
            if lemma(last) == "one" or not vague:
                return None  # "one of the", "two of them"
            continue
        if token.pos_ in NOUNISH:
            noun = token
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if nxt is not None and nxt.pos_ in NOUNISH and nxt.dep_ != "appos":
                continue  # a compound goes on: "artillery shells"
            if nxt is not None and nxt.text == "-" and not nxt.whitespace_:
                continue  # "coal-fired power plants"
            break
        if token.text == "-" and noun is not None:
            noun = None
            continue
        if noun is not None or not is_modifier(token):
            return None
    if noun is None:
        return None
    return noun, phrase_end(doc, noun)


def phrase_end(doc: Doc, noun: Token) -> int:
    """End of the noun, or of a bare noun joined to it: "landmines and ordnance", not "men and a woman"."""
    end = noun.idx + len(noun.text)
    if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ in {"and", "or"}:
        joined = doc[noun.i + 2]
        bare = not any(c.dep_ in {"det", "nummod", "poss"} for c in joined.children)
        if joined.pos_ == "NOUN" and joined.dep_ == "conj" and joined.head.i == noun.i and bare:
            end = joined.idx + len(joined.text)
    return end


def label_before(doc: Doc, text: str, start: int) -> bool:
    """Whether a name runs straight into the number: "Route 66", "Apollo 11", "SiriusXM Patriot 125"."""
    if start == 0 or not text[start - 1].isspace() or text[start - 2 : start - 1] in {",", "(", ""}:
        return False
    before = token_at(doc, start - 2)
    return before is not None and before.pos_ == "PROPN" and before.text[:1].isupper()


def is_plural(noun: Token) -> bool:
    return noun.tag_ in {"NNS", "NNPS"} or noun.lower_ != lemma(noun) or noun.lower_ in _INVARIANT_PLURALS


def noun_after(doc: Doc, text: str, char: int) -> Token | None:
    """The noun right after `char` (skipping adjectives, ending at the head of a compound: "court
    file"), or None at punctuation, a verb, or a time word ("killed a 13-year-old last week")."""
    token = token_from(doc, text, char)
    if token is None:
        return None
    noun: Token | None = None
    for candidate in following(doc, token.i if token.idx >= char else token.i + 1, 5):
        if candidate.pos_ in NOUNISH:
            noun = candidate
            continue
        if noun is not None or (not is_modifier(candidate) and candidate.text != "-"):
            break
    if noun is not None and noun.lemma_.lower() in _TIME_WORDS:
        return None
    return noun


def phrase_after(doc: Doc, text: str, char: int) -> str | None:
    """ "demilitarized zone" after "60mile-wide": the words from `char` to the next noun."""
    noun = noun_after(doc, text, char)
    if noun is None:
        return None
    first = token_from(doc, text, char)
    start = first.i if first is not None and first.idx >= char else noun.i
    return doc[start : noun.i + 1].text.strip(" -") or None


def entity_text(token: Token) -> str:
    """The named entity holding `token` ("Nadiia Nizarenko"), or the token itself."""
    if not token.ent_type_:
        return token.text
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    span: Span = token.doc[start:end]
    return span.text
