"""Drafts to `Quote`s: speakers resolved across the document, cues and hedges attached.

Names are clustered once per document (`names`), over the body and every caption, so
"Zelenskiy" in one paragraph and "Zelensky" in a caption get one canonical name. Each
section then resolves its drafts in text order (`coref`): a named mention gives its
canonical name, a pronoun the referent it points back to, a relative "who" the noun it
hangs on, a quote with no cue the speaker of the attribution before it.
"""

from __future__ import annotations

import dataclasses
from typing import Literal

from spacy.tokens import Doc

from newsledger.analysis import Analysis, Section
from newsledger.attribution.build import section_drafts
from newsledger.attribution.coref import Referent, Referents, entity_referents, gender_of
from newsledger.attribution.cues import sentence_bounds, text_of
from newsledger.attribution.draft import Draft, paragraph_gap
from newsledger.attribution.hedges import hedges
from newsledger.attribution.lexicon import Lexicon
from newsledger.attribution.names import NameIndex, build_index
from newsledger.attribution.speakers import Mention, mention
from newsledger.model import Cue, Quote, Span, Speaker

EXPERTS = frozenset(
    {
        "expert",
        "analyst",
        "scholar",
        "academic",
        "professor",
        "specialist",
        "scientist",
        "historian",
        "researcher",
        "economist",
        "observer",
        "commentator",
        "insider",
    }
)
NO_SPEAKER = Speaker(name=None, named=False, resolution="none")


def document_index(analysis: Analysis, lex: Lexicon) -> NameIndex:
    """The name clusters of every section of one document."""
    ents = [e for s in analysis.sections for e in s.doc.ents]
    people = [e.text for e in ents if e.label_ == "PERSON"]
    bodies = [e.text for e in ents if e.label_ in ("ORG", "GPE", "NORP")]
    places = [e.text for e in ents if e.label_ in ("GPE", "LOC")]
    return build_index(people, bodies, lex, places)


def extract(analysis: Analysis, lex: Lexicon) -> tuple[Quote, ...]:
    index = document_index(analysis, lex)
    quotes: list[Quote] = []
    for section in analysis.sections:
        quotes += section_quotes(section, index, lex)
    return tuple(quotes)


def section_quotes(section: Section, index: NameIndex, lex: Lexicon) -> list[Quote]:
    doc = section.doc
    refs = _referents(doc, index)
    drafts = section_drafts(doc, lex)
    speakers: list[Speaker] = []
    for draft in drafts:
        speaker = _speaker(doc, draft, speakers[-1] if speakers else None, refs, index, lex)
        speakers.append(speaker)
        if speaker.named and speaker.name and speaker.span is not None and draft.who is not None:
            refs.add(Referent(speaker.span.start, speaker.name, _referent_kind(draft.who), True))
    speakers = _cataphora(doc, drafts, speakers)
    return [_quote(doc, d, s, section.caption, lex) for d, s in zip(drafts, speakers, strict=True)]


def _referent_kind(who: Mention) -> Literal["person", "body", "group"]:
    if who.kind == "person":
        return "person"
    return "body" if who.kind == "body" else "group"


def _referents(doc: Doc, index: NameIndex) -> Referents:
    refs = Referents(items=entity_referents(doc, index.person, index.body))
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.start > 0 and gender_of(doc[ent.start - 1].text):
            refs.note_title(index.person(ent.text), doc[ent.start - 1].text)
    return refs


def _speaker(
    doc: Doc, draft: Draft, prev: Speaker | None, refs: Referents, index: NameIndex, lex: Lexicon
) -> Speaker:
    if draft.continuation:
        if prev is None or prev.name is None:
            return NO_SPEAKER
        return Speaker(name=prev.name, named=prev.named, resolution="continuation")
    if draft.label is not None:
        return _label_speaker(doc, draft.label, index)
    who = draft.who
    if who is None:
        return NO_SPEAKER
    return _from_mention(who, refs, index, lex)


def _label_speaker(doc: Doc, label: Span, index: NameIndex) -> Speaker:
    """A name written as a label: "PENCE:" (a transcript), "Politifact:", "― Sonya Herridge"."""
    written = label.of(text_of(doc))
    span = doc.char_span(label.start, label.end, alignment_mode="expand")
    body = (
        span is not None and span[0].ent_type_ in ("ORG", "GPE", "NORP") and not index.knows_person(written)
    )
    name = (
        index.speaker_body(written)
        if body
        else index.person(written.title() if written.isupper() else written)
    )
    return Speaker(name=name, text=written, span=label, resolution="name")


def _from_mention(who: Mention, refs: Referents, index: NameIndex, lex: Lexicon) -> Speaker:
    doc = who.head.doc
    text = who.text.of(text_of(doc))
    description = who.description.of(text_of(doc)).strip(" ,") if who.description else None
    phrase = _phrase(doc, who)
    if who.kind == "pronoun":
        name = refs.resolve(text, who.text.start)
        return Speaker(
            name=name or text, text=text, span=who.text, named=name is not None, resolution="coreference",
            phrase=phrase,
        )  # fmt: skip
    if who.kind == "relative":
        antecedent = who.head.head.head if who.head.head.dep_ == "relcl" else who.head.head
        inner = _from_mention(mention(antecedent, lex), refs, index, lex)
        return dataclasses.replace(
            inner, text=text, span=who.text, description=None, resolution="coreference", phrase=phrase
        )
    name = text
    if who.kind in ("person", "body") and who.named_tokens is not None:
        written = doc[who.named_tokens[0] : who.named_tokens[1]].text
        person = who.kind == "person" or index.knows_person(written)
        name = index.person(written) if person else index.speaker_body(written)
    return Speaker(
        name=name,
        text=text,
        span=who.text,
        description=description,
        named=who.kind in ("person", "body", "group"),
        resolution="name",
        phrase=phrase,
    )


def _phrase(doc: Doc, who: Mention) -> Span | None:
    """The whole noun phrase of the mention, description and apposition included."""
    if who.extent is None:
        return None
    first, last = doc[who.extent[0]], doc[who.extent[1] - 1]
    phrase = Span(min(first.idx, who.text.start), max(last.idx + len(last.text), who.text.end))
    return phrase if phrase != who.text else None


def _cataphora(doc: Doc, drafts: list[Draft], speakers: list[Speaker]) -> list[Speaker]:
    """An indefinite expert takes the name of the person who speaks next, within two sentences."""
    out = list(speakers)
    for i, (draft, speaker) in enumerate(zip(drafts, speakers, strict=True)):
        who = draft.who
        if who is None or speaker.named or who.kind != "unnamed" or who.head.lemma_.lower() not in EXPERTS:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in who.head.children):
            continue
        for later, later_speaker in zip(drafts[i + 1 :], speakers[i + 1 :], strict=False):
            if (
                _sentences_between(doc, draft.end, later.start) > 2
                or paragraph_gap(text_of(doc), draft.end, later.start) > 1
            ):
                break
            if later_speaker.named and later.who is not None and later.who.kind == "person":
                out[i] = dataclasses.replace(
                    speaker, name=later_speaker.name, named=True, resolution="coreference"
                )
                break
    return out


def _sentences_between(doc: Doc, start: int, end: int) -> int:
    first = doc.char_span(start, max(start, end - 1), alignment_mode="expand")
    if first is None or not len(first):
        return 0
    lo, hi = first.start, first.end
    starts = {sentence_bounds(doc[i])[0] for i in range(lo, hi)}
    return len(starts - {sentence_bounds(doc[lo])[0]})


def _quote(doc: Doc, draft: Draft, speaker: Speaker, caption: int | None, lex: Lexicon) -> Quote:
    text = text_of(doc)
    pieces = sorted(draft.pieces)
    content = Span(pieces[0].start, max(p.end for p in pieces))
    cue = None
    if draft.cue is not None:
        cue = Cue(text=draft.cue.span.of(text), span=draft.cue.span, stance=draft.cue.stance)
    elif draft.mark is not None:
        cue = Cue(text=draft.mark.of(text), span=draft.mark, stance="neutral")
    bounds = [content, *(s for s in (draft.frame, draft.label, draft.mark, speaker.span) if s is not None)]
    head = draft.who.head if draft.who is not None else None
    return Quote(
        span=Span(min(b.start for b in bounds), max(b.end for b in bounds)),
        content_span=content,
        text=content.of(text),
        kind=draft.kind,
        speaker=speaker,
        cue=cue,
        hedges=hedges(doc, draft.cue, head, pieces, lex),
        content_spans=tuple(pieces) if len(pieces) > 1 else (),
        caption=caption,
    )
