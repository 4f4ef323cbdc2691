"""Every place mention of an article: model entities first, then gazetteer names the model missed."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from newsledger.analysis import Analysis
from newsledger.geo.gazetteer import Gazetteer
from newsledger.geo.mentions import Mention, is_name, locative, make, ner_mentions, proper_runs, strong

BLOCKING_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})


def find_mentions(analysis: Analysis, gazetteer: Gazetteer) -> list[Mention]:
    """Place mentions of all sections, in section and text order, without overlaps."""
    found = [m for i, s in enumerate(analysis.sections) for m in ner_mentions(i, s.doc, gazetteer)]
    known = {m.text for m in found if gazetteer.lookup(m.text)}
    for i, section in enumerate(analysis.sections):
        taken = {t for m in found if m.section == i for t in range(m.start, m.end)}
        found += [
            m for m in missed(i, section.doc, gazetteer, known) if not taken & set(range(m.start, m.end))
        ]
    return sorted(found, key=lambda m: (m.section, m.start))


def missed(section: int, doc: Doc, gazetteer: Gazetteer, known: set[str]) -> Iterator[Mention]:
    """Proper names the model did not tag as places, kept when the document or the syntax vouches."""
    ent_of = {t.i: ent for ent in doc.ents for t in ent}
    for run in proper_runs(doc):
        ent = ent_of.get(run.start)
        if ent is not None and (ent.start < run.start or ent.end > run.end) and ent.label_ in BLOCKING_LABELS:
            continue  # a piece of a longer name: "Ray Nelson", "Gainesville Police Department"
        if ent is not None and ent.label_ not in BLOCKING_LABELS:
            continue  # a place already, or a date, number or amount ("in March")
        if not is_name(run, gazetteer):
            continue
        candidates = tuple(c for c in gazetteer.lookup(run.text) if c.main or c.feature != "district")
        if not candidates:
            continue
        if run.text in known:
            yield make(section, run, "propagated")
        elif any(c.actor for c in candidates) or vouched(run, ent, strong(candidates)):
            yield make(section, run, "gazetteer")


def vouched(run: Span, ent: Span | None, is_strong: bool) -> bool:
    label = ent.label_ if ent is not None else ""
    if label == "PERSON":
        return False
    if label in {"ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}:
        return is_strong and locative(run[0])
    return is_strong or locative(run[0]) or after_comma_place(run)


def after_comma_place(run: Span) -> bool:
    """ "Jackson, Miss.": a name right after "<Name>," is the containing state or country."""
    doc = run.doc
    return run.start >= 2 and doc[run.start - 1].text == "," and doc[run.start - 2].pos_ == "PROPN"
