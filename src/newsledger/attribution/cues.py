"""Cue words found in the parse: verbs, phrases and nouns of the lexicon, and "according to".

A cue inside a quoted region is the quoted speaker's own words, not an attribution, and is
skipped. The cue text of a verb takes the auxiliaries written right before it ("has
warned", "is said"), so it reads as in the article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from spacy.tokens import Doc, Token

from newsledger.attribution.lexicon import Lexicon
from newsledger.attribution.marks import Quoted
from newsledger.model import Span, Stance

Bounds = tuple[int, int]
CueForm = Literal["verb", "phrase", "noun", "according", "impersonal"]
AUX_DEPS = frozenset({"aux", "auxpass", "neg"})
GROUP_ADVERBS = (
    "ly",
    "also",
    "often",
    "still",
    "now",
    "already",
    "again",
    "long",
    "once",
    "just",
    "even",
    "later",
)
MODALS = frozenset({"would", "could", "might", "may", "should", "can", "must", "'d", "ca"})


@dataclass(frozen=True, slots=True)
class CueMatch:
    head: Token  # the word the clause hangs on: the verb, the noun, or "according"
    span: Span  # characters of the cue as written
    stance: Stance
    form: CueForm
    last: Token  # last word of the cue: the preposition of "call for", "to" of "according to"


def find_cues(doc: Doc, lex: Lexicon, regions: Sequence[Quoted]) -> list[CueMatch]:
    """Every cue of `doc` outside quoted regions, in text order."""
    inside = _inside(doc, regions)
    starts = lex.phrase_heads
    cues: list[CueMatch] = []
    taken: set[int] = set()
    for tok in doc:
        if inside[tok.i] or tok.i in taken:
            continue
        lemma = tok.lemma_.lower()
        cue = None
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            to = doc[tok.i + 1]
            cue = CueMatch(tok, Span(tok.idx, _end(to)), _according_stance(to, lex), "according", to)
        elif lemma in starts and tok.pos_ in ("VERB", "AUX"):
            cue = _phrase(doc, tok, lex)
        if cue is None and tok.pos_ == "VERB" and lemma in lex.verbs and _reports(tok, lex):
            impersonal = _impersonal(tok, lex)
            stance = lex.impersonal[lemma] if impersonal else lex.verbs[lemma]
            form: CueForm = "impersonal" if impersonal else "verb"
            cue = CueMatch(tok, Span(_aux_start(tok), _end(tok)), stance, form, tok)
        if cue is None and tok.pos_ == "NOUN" and lemma in lex.nouns:
            cue = CueMatch(tok, Span(tok.idx, _end(tok)), lex.nouns[lemma], "noun", tok)
        if cue is not None:
            cues.append(cue)
            taken.update(range(cue.head.i, cue.last.i + 1))
    return cues


def clause_bounds(tok: Token) -> Bounds:
    """Token range of the sentence of `tok` cut at line breaks: content never crosses a paragraph."""
    return _cached(tok.doc).clauses[tok.i]


def sentence_bounds(tok: Token) -> Bounds:
    """Token range of the sentence of `tok`, line breaks or not."""
    return _cached(tok.doc).sentences[tok.i]


def noun_chunks(doc: Doc) -> list[Bounds]:
    """Token ranges of the document's noun chunks, found once per document."""
    tables = _cached(doc)
    if tables.chunks is None:
        tables.chunks = [(c.start, c.end) for c in doc.noun_chunks]
    return tables.chunks


def text_of(doc: Doc) -> str:
    """`doc.text`, built once per document: spaCy joins every token on each access."""
    return _cached(doc).text


@dataclass(slots=True)
class _DocTables:
    """Per-token tables of the document being read (spaCy computes them anew on each access)."""

    doc: Doc | None = None
    text: str = ""
    sentences: list[Bounds] = field(default_factory=list)
    clauses: list[Bounds] = field(default_factory=list)
    chunks: list[Bounds] | None = None


_TABLES = _DocTables()


def _cached(doc: Doc) -> _DocTables:
    if _TABLES.doc is not doc:
        sents = [(sent.start, sent.end) for sent in doc.sents]
        _TABLES.doc, _TABLES.text = doc, doc.text
        _TABLES.sentences = [b for b in sents for _ in range(b[0], b[1])]
        _TABLES.clauses = _clause_table(doc, sents)
        _TABLES.chunks = None
    return _TABLES


def _clause_table(doc: Doc, sents: list[Bounds]) -> list[Bounds]:
    bounds: list[Bounds] = []
    for lo, hi in sents:
        start = lo
        for i in range(lo, hi):
            tok = doc[i]
            if "\n" in tok.text:
                bounds += [(start, i)] * (i - start) + [(i, i)]
                start = i + 1
            elif "\n" in tok.whitespace_:
                bounds += [(start, i + 1)] * (i + 1 - start)
                start = i + 1
        bounds += [(start, hi)] * (hi - start)
    return bounds


def _phrase(doc: Doc, tok: Token, lex: Lexicon) -> CueMatch | None:
    for words, stance in lex.phrases.items():
        n = len(words)
        if tok.i + n > len(doc):
            continue
        window = doc[tok.i : tok.i + n]
        if all(t.lemma_.lower() == w or t.lower_ == w for t, w in zip(window, words, strict=True)):
            last = window[-1]
            return CueMatch(tok, Span(_aux_start(tok), _end(last)), stance, "phrase", last)
    return None


def _according_stance(to: Token, lex: Lexicon) -> Stance:
    """ "according to a U.S. estimate" estimates; "according to X" by itself reports."""
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is not None and source.lemma_.lower() in lex.nouns:
        return lex.nouns[source.lemma_.lower()]
    return "report"


def _reports(verb: Token, lex: Lexicon) -> bool:
    """Is this use of a cue verb an attribution? Not under a modal ("would pledge"), not a bare
    passive ("all was said and done"), and for evidence verbs not with a person for subject."""
    deps = {c.dep_ for c in verb.children}
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return False
    if verb.tag_ == "VBN" and verb.dep_ == "acl":
        return False  # "a film called 'The Return'", "a town called Pavlivka"
    if ("auxpass" in deps or "nsubjpass" in deps) and "agent" not in deps and not _impersonal(verb, lex):
        return False
    if verb.lemma_.lower() in lex.evidence:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.ent_type_ != "PERSON" and subject.pos_ != "PRON"
    return True


def _impersonal(verb: Token, lex: Lexicon) -> bool:
    """`Russia is thought to have ...`, `it is believed that ...`: a passive with no agent."""
    if verb.lemma_.lower() not in lex.impersonal:
        return False
    deps = {c.dep_ for c in verb.children}
    passive = "auxpass" in deps or "nsubjpass" in deps
    return passive and "agent" not in deps and ("xcomp" in deps or "ccomp" in deps)


def _aux_start(verb: Token) -> int:
    """Start of the verb group written right before `verb`: auxiliaries and adverbs ("has also
    warned", "often says"), else of the verb itself."""
    start = verb
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].head == verb and _in_group(doc[i]):
        start = doc[i]
        i -= 1
    while start.i < verb.i and start.dep_ == "advmod" and start.lower_ in ("not", "n't", "never"):
        start = doc[start.i + 1]
    return start.idx


def _in_group(tok: Token) -> bool:
    return tok.dep_ in AUX_DEPS or (
        tok.dep_ == "advmod" and tok.pos_ == "ADV" and tok.lower_.endswith(GROUP_ADVERBS)
    )


def _end(tok: Token) -> int:
    return tok.idx + len(tok.text)


def _inside(doc: Doc, regions: Sequence[Quoted]) -> list[bool]:
    flags = [False] * len(doc)
    for region in regions:
        span = doc.char_span(region.start, region.end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            if region.start < tok.idx < region.end:  # the marks themselves stay outside
                flags[tok.i] = True
    return flags
