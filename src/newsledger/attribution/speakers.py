"""The speaker mention of a cue, split into the name as written and its description.

The subject of the cue verb is the speaker ("Peskov said", inverted "said Ben Barry");
a participle ("..., saying", "insisting that") and a second verb ("said ... and added")
share the subject of the verb they hang on; "according to X" gives X. Where the parse
found no subject, the noun phrase written right before the cue (or right after it, for
the inverted order) stands in.

A mention keeps titles with the name ("President Zelensky", "Professor Valery Solovey")
and splits role words and appositions off as the description ("Kremlin spokesman Dmitry
Peskov" -> "Dmitry Peskov" + "Kremlin spokesman"). A source noun speaks for the body
attached to it: "a report in the New York Times", "a U.S. estimate". Plain nouns with no
name ("Western officials", "an expert", "residents") are kept, as unnamed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Token

from newsledger.attribution.cues import CueMatch
from newsledger.attribution.lexicon import Lexicon
from newsledger.model import Span

MentionKind = Literal["person", "body", "group", "unnamed", "pronoun", "relative"]
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"})
RELATIVES = frozenset({"who", "which", "that", "whom"})
SUBJECTS = ("nsubj", "nsubjpass")
SHARED_SUBJECT = frozenset({"advcl", "xcomp", "conj", "amod", "acl", "npadvmod", "dep", "pcomp", "prep"})
NP_LEFT = frozenset(
    {"det", "amod", "compound", "poss", "case", "nummod", "nmod", "quantmod", "punct", "advmod"}
)
SOURCE_PREPS = frozenset({"in", "by", "from", "of", "on"})


@dataclass(frozen=True, slots=True)
class Mention:
    head: Token
    text: Span  # the name as written here ("he", "President Zelensky", "Western officials")
    kind: MentionKind
    named_tokens: tuple[int, int] | None  # token range of the name (entity plus titles)
    description: Span | None = None
    extent: tuple[int, int] | None = None  # tokens of the whole phrase, description included

    @property
    def named(self) -> bool:
        return self.kind in ("person", "body")


def subject_token(cue: CueMatch) -> Token | None:
    """The head word of the speaker's noun phrase, from the parse."""
    head = cue.head
    if cue.form == "according":
        return next((c for c in cue.last.children if c.dep_ == "pobj"), None)
    if cue.form == "noun":
        return _noun_source(head)
    if cue.form == "impersonal":
        return None
    seen = 0
    while seen < 4:
        subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return subject
        if head.dep_ not in SHARED_SUBJECT or head.head == head:
            return None
        head = head.head
        seen += 1
    return None


def _noun_source(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.ent_type_ in NAME_LABELS):
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def mention(head: Token, lex: Lexicon) -> Mention:
    """The mention whose head word is `head`, with its name and description told apart."""
    lower = head.lower_
    if lower in RELATIVES and head.tag_ in ("WP", "WDT"):
        return Mention(head, _span(head, head), "relative", None, extent=(head.i, head.i + 1))
    if lower in PRONOUNS and head.pos_ == "PRON":
        return Mention(head, _span(head, head), "pronoun", None, extent=(head.i, head.i + 1))
    left = _left_edge(head)
    appos = next((c for c in head.children if c.dep_ == "appos"), None)
    extent_end = _right_edge(head)
    name = _name_range(head, left, lex)
    if name is None and appos is not None and _person(appos):
        inner = _name_range(appos, _left_edge(appos), lex)
        if inner is not None:  # "The region's governor, Yaroslav Yanushevych"
            desc = _span(head.doc[left], head)
            named = _span(head.doc[inner[0]], head.doc[inner[1] - 1])
            return Mention(appos, named, "person", inner, desc, (left, extent_end + 1))
    if name is not None:
        return _named(head, left, name, extent_end)
    kind: MentionKind = "unnamed"
    if head.ent_type_ == "NORP" and head.tag_ in ("NNPS", "NNP", "NNS"):
        kind = "group"
    text = _span(head.doc[left], _np_end(head))
    if head.lemma_.lower() in lex.source_nouns:
        source = _source_entity(head)
        if source is not None:
            return Mention(head, text, "body", source, None, (left, _np_end(head).i + 1))
    return Mention(head, text, kind, None, None, (left, extent_end + 1))


def _named(head: Token, left: int, name: tuple[int, int], extent_end: int) -> Mention:
    doc = head.doc
    first, last = doc[name[0]], doc[name[1] - 1]
    kind: MentionKind = "person" if last.ent_type_ == "PERSON" or head.ent_type_ == "PERSON" else "body"
    description = None
    if name[0] > left and doc[left : name[0]].text.strip(" ,"):
        description = _span(doc[left], doc[name[0] - 1])
    after = [c for c in head.children if c.i > head.i and c.dep_ in ("appos", "prep", "acl", "amod")]
    if after and description is None and kind == "person":
        tail = after[0]
        description = _span(doc[tail.left_edge.i], doc[_trim_right(tail)])
    return Mention(head, _span(first, last), kind, name, description, (left, extent_end + 1))


def _name_range(head: Token, left: int, lex: Lexicon) -> tuple[int, int] | None:
    """Token range of the named entity ending at `head`, with any titles right before it."""
    if head.ent_type_ not in NAME_LABELS or (head.ent_type_ == "NORP" and head.tag_ not in ("NNP", "NNPS")):
        return None
    doc = head.doc
    start = head.i
    while start - 1 >= left and doc[start - 1].ent_iob_ != "O" and doc[start - 1].ent_type_ == head.ent_type_:
        start -= 1
        if doc[start].ent_iob_ == "B":
            break
    while start - 1 >= left and doc[start - 1].lower_.rstrip(".") in lex.titles:
        start -= 1
    if head.ent_type_ != "PERSON" and start > left and doc[start - 1].lower_ == "the":
        start -= 1
    return start, head.i + 1


def _source_entity(noun: Token) -> tuple[int, int] | None:
    """The body a source noun speaks for: "a report in the New York Times", "a U.S. estimate"."""
    candidates = [c for c in noun.children if c.dep_ in ("compound", "poss") and c.ent_type_ in NAME_LABELS]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in SOURCE_PREPS):
        candidates += [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in NAME_LABELS]
    if not candidates:
        return None
    tok = candidates[0]
    ent = next((e for e in noun.doc.ents if e.start <= tok.i < e.end), None)
    return (ent.start, ent.end) if ent is not None else (tok.i, tok.i + 1)


def _person(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON"


def _left_edge(head: Token) -> int:
    start = head.i
    for child in head.lefts:
        if child.dep_ in NP_LEFT or child.dep_ == "prep":
            start = min(start, child.left_edge.i)
    doc = head.doc
    while start < head.i and (doc[start].is_punct or doc[start].lower_ in ("and", "but", "however")):
        start += 1
    return start


def _np_end(head: Token) -> Token:
    """Last word of the plain noun phrase: "of"-phrases and "in the X" kept, clauses left out."""
    end = head
    for child in head.rights:
        if child.dep_ in ("prep",) and child.lower_ in SOURCE_PREPS and child.i == end.i + 1:
            end = head.doc[_trim_right(child)]
        elif child.dep_ in ("compound", "nummod", "case") and child.i == end.i + 1:
            end = child
    return end


def _right_edge(head: Token) -> int:
    """Last word of the whole phrase, appositions and relative clauses included."""
    end = head.i
    for child in head.rights:
        if child.dep_ in (
            "appos",
            "prep",
            "relcl",
            "acl",
            "amod",
            "compound",
            "nummod",
            "punct",
            "cc",
            "conj",
        ):
            end = max(end, _trim_right(child))
    return end


def _trim_right(tok: Token) -> int:
    i = tok.right_edge.i
    doc = tok.doc
    while i > tok.i and (doc[i].is_punct and doc[i].text not in ")]"):
        i -= 1
    return i


def _span(first: Token, last: Token) -> Span:
    return Span(first.idx, last.idx + len(last.text))
