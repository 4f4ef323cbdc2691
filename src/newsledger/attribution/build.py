"""One section's attributions as drafts: direct, indirect and mixed, before speakers are resolved.

Order of work:

1. Quoted regions are bound to the reporting clause written right against them:
   `'...,' said Solovey`, `'...,' he said`, `Zelensky added: '...'`, a paragraph ending
   "Caddell continued:" before a quoted paragraph, or a dash and a name after the quote.
   One clause can take a region on each side: the quote split by its attribution. A
   quoted sentence that follows a bound one in the same paragraph joins it.
2. Every other cue reads its content from the parse (see `content`). Quoted regions inside
   that content make it mixed, or direct when they are nearly all of it; scare quotes and
   titles outside any content are no quotes at all.
3. A quoted paragraph with no cue, right after an attribution, continues it (same speaker,
   `resolution="continuation"`). So does a sentence without a cue that keeps up the
   conditional of the reported speech before it ("Crimea would remain ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from newsledger.attribution.content import content, frame
from newsledger.attribution.continuation import conditional_continuations, quoted_continuations
from newsledger.attribution.cues import CueMatch, clause_bounds, find_cues, text_of
from newsledger.attribution.draft import Draft, token_chars
from newsledger.attribution.labels import labelled, signed
from newsledger.attribution.lexicon import Lexicon
from newsledger.attribution.marks import Quoted, quoted_regions
from newsledger.attribution.overlaps import resolve_overlaps
from newsledger.attribution.speakers import Mention, speaker_mention
from newsledger.model import QuoteKind, Span

BETWEEN_BEFORE = re.compile(r"^[\s,:;—–-]*$")
MIN_DIRECT_SHARE = 0.9
CONTENT_WORDS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM", "PRON", "ADV"})
BLOCK_COLON = re.compile(r"[ \t\u00a0]*:[ \t\u00a0]*\n\s*")
QUOTE_MARKS = "\"'“”‘’«»„‚‹›"


@dataclass(frozen=True, slots=True)
class _Clause:
    cue: CueMatch
    who: Mention | None
    tokens: tuple[int, int]

    def chars(self, doc: Doc) -> Span:
        first, last = doc[self.tokens[0]], doc[self.tokens[1] - 1]
        return Span(first.idx, last.idx + len(last.text))


def section_drafts(doc: Doc, lex: Lexicon) -> list[Draft]:
    """Every attribution of one parsed section, in text order."""
    text = text_of(doc)
    regions = quoted_regions(text)
    clauses = [_clause(cue, lex) for cue in find_cues(doc, lex, regions)]
    drafts, bound = _direct(doc, regions, clauses, lex)
    drafts += _block_quotes(doc, clauses, {id(d.cue) for d in drafts if d.cue is not None})
    used = {id(d.cue) for d in drafts if d.cue is not None}
    for clause in clauses:
        if id(clause.cue) in used:
            continue
        draft = _indirect(doc, clause, regions, lex)
        if draft is not None:
            drafts.append(draft)
    for draft in labelled(doc, regions):
        draft.regions = [r for r in regions if r.start < draft.end and draft.start < r.end]
        drafts.append(draft)
    drafts = resolve_overlaps(doc, drafts, lex)
    inside = {id(r) for d in drafts for r in d.regions}
    drafts.sort(key=lambda d: d.start)
    drafts += quoted_continuations(
        text, [r for r in regions if id(r) not in inside and id(r) not in bound], drafts
    )
    drafts += conditional_continuations(doc, drafts)
    drafts.sort(key=lambda d: d.start)
    return drafts


def _clause(cue: CueMatch, lex: Lexicon) -> _Clause:
    who = speaker_mention(cue, lex)
    return _Clause(cue, who, frame(cue, who))


def _direct(
    doc: Doc, regions: Sequence[Quoted], clauses: list[_Clause], lex: Lexicon
) -> tuple[list[Draft], set[int]]:
    """Quoted regions bound to the clause against them; ids of every region so taken."""
    text = text_of(doc)
    drafts: dict[int, Draft] = {}
    bound: set[int] = set()
    last: Draft | None = None
    verbs = [c for c in clauses if c.cue.form in ("verb", "phrase")]
    for region in regions:
        clause = _clause_after(doc, region, verbs) or _clause_before(doc, region, verbs, lex)
        if clause is not None:
            draft = drafts.setdefault(id(clause.cue), _direct_draft(doc, clause))
            draft.pieces += list(region.pieces)
            draft.regions.append(region)
        elif (found := signed(text, region)) is not None:
            draft = drafts[id(region)] = found
        elif last is not None and _follows_in_line(text, last, region):
            draft = last
            draft.pieces += list(region.pieces)
            draft.regions.append(region)
        else:
            last = None
            continue
        bound.add(id(region))
        last = draft
    return list(drafts.values()), bound


def _block_quotes(doc: Doc, clauses: list[_Clause], used: set[int]) -> list[Draft]:
    """ "The governor added:" ending a paragraph, and the next paragraph, unquoted, is what he said."""
    text = text_of(doc)
    out = []
    for clause in clauses:
        if id(clause.cue) in used or clause.cue.form not in ("verb", "phrase"):
            continue
        end = clause.chars(doc).end
        colon = BLOCK_COLON.match(text, end)
        if colon is None:
            continue
        start = colon.end()
        stop = text.find("\n", start)
        stop = len(text) if stop < 0 else stop
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if stop > start and text[start] not in QUOTE_MARKS:
            out.append(Draft(pieces=[Span(start, stop)], kind="direct", cue=clause.cue, who=clause.who,
                             frame=clause.chars(doc)))  # fmt: skip
    return out


def _direct_draft(doc: Doc, clause: _Clause) -> Draft:
    return Draft(pieces=[], kind="direct", cue=clause.cue, who=clause.who, frame=clause.chars(doc))


def _clause_after(doc: Doc, region: Quoted, verbs: list[_Clause]) -> _Clause | None:
    """`'...,' said Barry` / `'...,' he said`: a clause starting right after the closing mark."""
    text = text_of(doc)
    pos = region.end
    while pos < len(text) and text[pos] in " \t\u00a0,;:—–-":
        pos += 1
    closed_sentence = text[region.start : region.end].rstrip(QUOTE_MARKS).endswith(".")
    if "\n" in text[region.end : pos] or (closed_sentence and not text[pos : pos + 1].islower()):
        return None  # '... escapades." The Agency said': a new sentence, not this quote's clause
    return next((c for c in verbs if c.chars(doc).start == pos), None)


def _clause_before(doc: Doc, region: Quoted, verbs: list[_Clause], lex: Lexicon) -> _Clause | None:
    """`Zelensky added: '...'`, and a paragraph ending `Caddell continued:` before a quoted one."""
    text = text_of(doc)
    for clause in reversed(verbs):
        span = clause.chars(doc)
        if span.end > region.start:
            continue
        gap = text[span.end : region.start]
        adjacent = BETWEEN_BEFORE.match(gap) and ("\n" not in gap or gap.strip() == ":")
        if not gap.strip() and clause.cue.head.lemma_.lower() in lex.non_speech:
            return None  # "he sees 'no desire'": a thought's object in scare quotes, not a quotation
        return clause if adjacent and _takes_quote(doc, clause, region) else None
    return None


def _takes_quote(doc: Doc, clause: _Clause, region: Quoted) -> bool:
    """The clause has nothing else said: its complement, if any, lies in the quote."""
    verb = clause.cue.head
    comps = [c for c in verb.rights if c.dep_ in ("ccomp", "dobj", "xcomp")]
    return all(c.idx >= region.start for c in comps)


def _follows_in_line(text: str, last: Draft, region: Quoted) -> bool:
    """A quoted sentence after a bound quote in the same paragraph: `'...,' he said. '...'`."""
    if not last.regions:
        return False
    gap = text[last.end : region.start]
    if "\n" in gap:
        return False
    if last.frame is not None and last.frame.start >= last.end:
        gap = text[last.frame.end : region.start]
        return not gap.strip(" \t\u00a0.,;:'’\"”")
    return not gap.strip(" \t\u00a0.'’\"”")


def _indirect(doc: Doc, clause: _Clause, regions: Sequence[Quoted], lex: Lexicon) -> Draft | None:
    ranges = content(clause.cue, clause.tokens, lex)
    if not any(doc[i].pos_ in CONTENT_WORDS for lo, hi in ranges for i in range(lo, hi)):
        return None  # "you don't want to": nothing was said
    pieces = [token_chars(doc, lo, hi) for lo, hi in ranges]
    chars = clause.chars(doc)
    if len(pieces) == 1 and pieces[0].end <= chars.start:
        pieces += _quoted_tail(doc, clause, regions)
    pieces = [_cover_regions(p, regions) for p in pieces]
    inner = [r for r in regions if any(p.start <= r.start and r.end <= p.end for p in pieces)]
    kind: QuoteKind = "indirect"
    if inner:
        quoted = sum(len(r.inner) for r in inner)
        total = sum(len(p) for p in pieces)
        kind = "direct" if quoted >= MIN_DIRECT_SHARE * total else "mixed"
        if kind == "mixed" and clause.who is None:
            kind = "indirect"  # a scare quote in a sourceless report quotes no one
        if kind == "direct":
            pieces = [p for r in inner for p in r.pieces]
    return Draft(pieces=pieces, kind=kind, cue=clause.cue, who=clause.who, frame=chars, regions=inner)


def _quoted_tail(doc: Doc, clause: _Clause, regions: Sequence[Quoted]) -> list[Span]:
    """Content before the cue carried on by a quotation after it: "..., Zelenskiy said, including
    in places where ... and 'where the enemy will add landmines ...'"."""
    hi = clause_bounds(clause.cue.head)[1]
    start = clause.tokens[1]
    while start < hi and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if start >= hi:
        return []
    first, end = doc[start].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
    if any(first <= r.start and r.end <= end + 1 for r in regions):
        return [Span(first, max(r.end for r in regions if first <= r.start and r.end <= end + 1))]
    return []


def _cover_regions(piece: Span, regions: Sequence[Quoted]) -> Span:
    """Widen a content piece that cuts a quotation so it holds the whole of it."""
    start, end = piece.start, piece.end
    for r in regions:
        if r.start < end and start < r.end:
            start, end = min(start, r.start), max(end, r.end)
    return Span(start, end)
