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
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from newsledger.attribution.content import content, frame
from newsledger.attribution.cues import CueMatch, clause_bounds, find_cues
from newsledger.attribution.lexicon import Lexicon
from newsledger.attribution.marks import Quoted, quoted_regions
from newsledger.attribution.speakers import Mention, speaker_mention
from newsledger.model import QuoteKind, Span

DASH_NAME = re.compile(
    r"[ \t\u00a0]*[―—–]+[ \t\u00a0]*([A-Z][\w.'’-]*(?:[ \t\u00a0]+[A-Z][\w.'’-]*){0,4})[ \t\u00a0.]*$"
)
BETWEEN_BEFORE = re.compile(r"^[\s,:;—–-]*$")
MIN_DIRECT_SHARE = 0.9
QUOTE_MARKS = "\"'“”‘’«»„‚‹›"


@dataclass(slots=True)
class Draft:
    """An attribution found in one section, its speaker not yet resolved."""

    pieces: list[Span]
    kind: QuoteKind
    cue: CueMatch | None = None
    who: Mention | None = None
    frame: Span | None = None  # characters of the reporting clause
    dash: Span | None = None  # "― Name" cue of a quote signed with a dash
    regions: list[Quoted] = field(default_factory=list)
    continuation: bool = False

    @property
    def start(self) -> int:
        return min(p.start for p in self.pieces)

    @property
    def end(self) -> int:
        return max(p.end for p in self.pieces)


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
    text = doc.text
    regions = quoted_regions(text)
    clauses = [_clause(cue, lex) for cue in find_cues(doc, lex, regions)]
    drafts, bound = _direct(doc, regions, clauses)
    used = {id(d.cue) for d in drafts if d.cue is not None}
    for clause in clauses:
        if id(clause.cue) in used:
            continue
        draft = _indirect(doc, clause, regions, lex)
        if draft is not None:
            drafts.append(draft)
    _untangle(text, drafts)
    _trailing_participles(doc, drafts)
    drafts = [d for d in drafts if not _thought_inside(d, drafts, lex)]
    inside = {id(r) for d in drafts for r in d.regions}
    drafts.sort(key=lambda d: d.start)
    drafts += _continuations(text, [r for r in regions if id(r) not in inside and id(r) not in bound], drafts)
    drafts += _conditional_continuations(doc, drafts)
    drafts.sort(key=lambda d: d.start)
    return drafts


def _untangle(text: str, drafts: list[Draft]) -> None:
    """Two attributions whose contents hold each other's cue: the one whose reporting clause lies
    inside the other's content is the outer one ("X called for Y, sources said"), so the inner
    content stops before that clause."""
    for inner in drafts:
        for outer in drafts:
            if outer is inner or outer.cue is None or inner.cue is None or outer.frame is None:
                continue
            if not any(p.contains(inner.cue.span) for p in outer.pieces):
                continue
            cut = outer.frame.start
            pieces = [_cut(text, p, cut) if p.start < cut < p.end else p for p in inner.pieces]
            inner.pieces = [p for p in pieces if len(p)] or inner.pieces


def _trailing_participles(doc: Doc, drafts: list[Draft]) -> None:
    """ "X said Y, citing Z" / "..., arguing that Z": a participle closing another's content is
    said by the same speaker, and ends that content."""
    text = doc.text
    for draft in drafts:
        cue = draft.cue
        if cue is None or cue.form != "verb" or cue.head.tag_ != "VBG" or cue.head.i == 0:
            continue
        comma = doc[cue.head.i - 1]
        if comma.text not in (",", "—", "–", "-"):
            continue
        for outer in drafts:
            if outer is draft or outer.cue is None or not any(p.contains(cue.span) for p in outer.pieces):
                continue
            outer.pieces = [
                _cut(text, p, comma.idx) if p.start < comma.idx < p.end else p for p in outer.pieces
            ]
            outer.pieces = [p for p in outer.pieces if len(p)] or outer.pieces
            if outer.who is not None and (draft.who is None or _within(draft.who, outer.pieces, doc)):
                draft.who = outer.who
            break


def _within(who: Mention, pieces: list[Span], doc: Doc) -> bool:
    """Was the mention taken from inside the content pieces (the participle's subject guessed wrong)?"""
    return any(p.start <= who.text.start < p.end for p in pieces) or who.head.idx >= min(
        p.start for p in pieces
    )


def _cut(text: str, piece: Span, at: int) -> Span:
    end = at
    while end > piece.start and text[end - 1] in " \t\u00a0,;:-–—":
        end -= 1
    return Span(piece.start, end)


def _thought_inside(draft: Draft, drafts: list[Draft], lex: Lexicon) -> bool:
    """A thought, intent or finding inside what someone else said is their words, not a new source."""
    cue = draft.cue
    if cue is None or (cue.head.lemma_.lower() not in lex.non_speech and cue.form != "impersonal"):
        return False
    if any(o is not draft and any(p.contains(cue.span) for p in o.pieces) for o in drafts):
        return True
    heads = {o.cue.head.i for o in drafts if o is not draft and o.cue is not None}
    return _borrowed_subject(cue.head, heads)


def _borrowed_subject(verb: Token, cue_heads: set[int]) -> bool:
    """ "said Russia wanted ..., mining everything and planning to shell ...": a thought or intent
    with no subject of its own, hanging on a reporting verb, is part of the report."""
    tok = verb
    for _ in range(4):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or tok.dep_ not in (
            "conj",
            "advcl",
            "xcomp",
        ):
            return False
        tok = tok.head
        if tok.i in cue_heads:
            return True
    return False


def _clause(cue: CueMatch, lex: Lexicon) -> _Clause:
    who = speaker_mention(cue, lex)
    return _Clause(cue, who, frame(cue, who))


def _direct(doc: Doc, regions: Sequence[Quoted], clauses: list[_Clause]) -> tuple[list[Draft], set[int]]:
    """Quoted regions bound to the clause against them; ids of every region so taken."""
    text = doc.text
    drafts: dict[int, Draft] = {}
    bound: set[int] = set()
    last: Draft | None = None
    verbs = [c for c in clauses if c.cue.form in ("verb", "phrase")]
    for region in regions:
        clause = _clause_after(doc, region, verbs) or _clause_before(doc, region, verbs)
        if clause is not None:
            draft = drafts.setdefault(id(clause.cue), _direct_draft(doc, clause))
            draft.pieces += list(region.pieces)
            draft.regions.append(region)
        elif (dash := DASH_NAME.match(text, region.end, _line_end(text, region.end))) is not None:
            draft = Draft(
                pieces=list(region.pieces), kind="direct", dash=Span(*dash.span(1)), regions=[region]
            )
            drafts[id(region)] = draft
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


def _direct_draft(doc: Doc, clause: _Clause) -> Draft:
    return Draft(pieces=[], kind="direct", cue=clause.cue, who=clause.who, frame=clause.chars(doc))


def _clause_after(doc: Doc, region: Quoted, verbs: list[_Clause]) -> _Clause | None:
    """`'...,' said Barry` / `'...,' he said`: a clause starting right after the closing mark."""
    text = doc.text
    pos = region.end
    while pos < len(text) and text[pos] in " \t\u00a0,;:—–-":
        pos += 1
    closed_sentence = text[region.start : region.end].rstrip(QUOTE_MARKS).endswith(".")
    if "\n" in text[region.end : pos] or (closed_sentence and not text[pos : pos + 1].islower()):
        return None  # '... escapades." The Agency said': a new sentence, not this quote's clause
    return next((c for c in verbs if c.chars(doc).start == pos), None)


def _clause_before(doc: Doc, region: Quoted, verbs: list[_Clause]) -> _Clause | None:
    """`Zelensky added: '...'`, and a paragraph ending `Caddell continued:` before a quoted one."""
    text = doc.text
    for clause in reversed(verbs):
        span = clause.chars(doc)
        if span.end > region.start:
            continue
        gap = text[span.end : region.start]
        adjacent = BETWEEN_BEFORE.match(gap) and ("\n" not in gap or gap.strip() == ":")
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


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _indirect(doc: Doc, clause: _Clause, regions: Sequence[Quoted], lex: Lexicon) -> Draft | None:
    ranges = content(clause.cue, clause.tokens, lex)
    if not ranges:
        return None
    pieces = [_chars(doc, lo, hi) for lo, hi in ranges]
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


def _chars(doc: Doc, lo: int, hi: int) -> Span:
    last = doc[hi - 1]
    return Span(doc[lo].idx, last.idx + len(last.text))


def _continuations(text: str, loose: list[Quoted], drafts: list[Draft]) -> list[Draft]:
    """A quoted paragraph with no cue right after an attribution carries it on."""
    out: list[Draft] = []
    for region in loose:
        if (
            text[_line_start(text, region.start) : region.start].strip()
            or len(text[region.inner.start : region.inner.end].split()) < 3
        ):
            continue
        before = [d for d in drafts + out if d.end <= region.start]
        if not before:
            continue
        prev = max(before, key=lambda d: d.end)
        if _paragraph_gap(text, prev.end, region.start) <= 1:
            out.append(Draft(pieces=list(region.pieces), kind="direct", regions=[region], continuation=True))
    return out


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _paragraph_gap(text: str, end: int, start: int) -> int:
    """How many non-empty lines lie between two offsets (0: same line, 1: the next paragraph)."""
    between = text[end:start]
    if "\n" not in between:
        return 0
    return 1 + sum(1 for line in between.split("\n")[1:-1] if line.strip())


def _conditional_continuations(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Sentences with no cue that keep up the conditional "would" of reported speech."""
    out: list[Draft] = []
    for sent in _sentences_after_would(doc, sorted(drafts, key=lambda d: d.start)):
        lo, hi = sent.start, sent.end
        while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
            hi -= 1
        out.append(Draft(pieces=[_chars(doc, lo, hi)], kind="indirect", continuation=True))
    return out


def _sentences_after_would(doc: Doc, drafts: list[Draft]) -> list[TokenSpan]:
    """Sentences without attribution that follow, paragraph by paragraph, an indirect quote in
    the conditional, or another attribution by the same speaker while such a chain is open."""
    out: list[TokenSpan] = []
    active: Draft | None = None
    last_end = 0
    for sent in doc.sents:
        if active is not None and _paragraph_gap(doc.text, last_end, sent.start_char) > 1:
            active = None
        own = [d for d in drafts if d.start < sent.end_char and sent.start_char < d.end]
        if own:
            spoken = [d for d in own if d.cue is not None and d.kind == "indirect"]
            if spoken and _would(doc, spoken[-1].pieces[0]):
                active = spoken[-1]
            elif active is not None and not _same_speaker(active, own[-1]):
                active = None
        elif active is not None and _would_root(sent.root):
            out.append(sent)
        else:
            active = None
        last_end = sent.end_char
    return out


def _same_speaker(a: Draft, b: Draft) -> bool:
    """Does `b` (by its mention) carry on the speaker of `a`? Pronouns are taken to."""
    if a.who is None or b.who is None:
        return False
    if b.who.kind in ("pronoun", "relative"):
        return True
    return a.who.head.lower_ == b.who.head.lower_


def _would(doc: Doc, piece: Span) -> bool:
    span = doc.char_span(piece.start, piece.end, alignment_mode="expand")
    return span is not None and any(t.lower_ == "would" for t in span)


def _would_root(root: Token) -> bool:
    verbs = [root, *(c for c in root.children if c.dep_ == "conj")]
    return any(any(c.lower_ == "would" and c.dep_ in ("aux", "auxpass") for c in v.children) for v in verbs)
