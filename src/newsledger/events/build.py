"""Assemble `Event`s: each sentence's typed candidates with actors, place, date, toll and provenance."""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsledger.analysis import Analysis, Section
from newsledger.events.actors import (
    STATE_KINDS,
    Actor,
    actor_table,
    kind_of,
    modifier_actor_at,
    name_for,
    phrase_tokens,
    resolve,
)
from newsledger.events.arguments import attached_places, choose_place, fatalities_of
from newsledger.events.certainty import certainty_of
from newsledger.events.dates import choose_time, date_of
from newsledger.events.merge import merge_repeats
from newsledger.events.people import Affiliation, affiliation_of, affiliations
from newsledger.events.roles import agent_and_patient, antecedents, party_in
from newsledger.events.sides import with_opponents
from newsledger.events.subtypes import Candidate, clause_head, type_sentence
from newsledger.events.taxonomy import taxonomy
from newsledger.events.territory import REGAINS, handed_over, regained, sub_type_of, taken_from
from newsledger.facts import Facts, quote_at
from newsledger.model import OUTLET, Event, Place, Quantity, Quote, Span, TimeRef

T = TypeVar("T", Place, TimeRef, Quantity)
HANDOVER = "Non-violent transfer of territory"
TAKING = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
OWN_MEANS = frozenset({"group", "base"})  # what these families' verbs take is the actor's own
STATE_KIND = {
    "battle": "military", "territory": "military", "remote": "military", "civilians": "military",
    "weapons": "military", "base": "military", "property": "military", "group": "military",
    "agreement": "government", "diplomacy": "government", "other": "government", "attribution": "government",
    "arrest": "police", "protest": "protesters", "mob": "rioters", "crime": "government",
    "disaster": "government",
}  # fmt: skip
UNSURE = frozenset({"proposed", "conditional"})
# families whose sufferers named by a demonym are civilians ("Palestinians were killed"); in the
# others they are the other side's forces ("firing at Russians")
VICTIMS = frozenset({"civilians", "remote", "property", "mob", "crime", "disaster", "arrest", "protest"})
ARMED_ONLY = frozenset({"territory"})  # territory changes hands between armed sides
# where civilians live, work, pray or get treated: a strike on them targets civilians
CIVILIAN_SITES = frozenset({
    "home", "house", "apartment", "flat", "residential", "school", "kindergarten", "hospital", "clinic",
    "market", "shop", "church", "mosque", "synagogue", "theatre", "theater", "shelter", "bus", "train",
    "station", "mall", "cafe", "restaurant", "hotel", "dormitory", "neighbourhood", "neighborhood",
})  # fmt: skip
# strategic developments that only armed forces carry out: a country doing them means its military
ARMED_OTHER = frozenset({
    "mine", "mining", "booby-trap", "retreat", "withdraw", "regroup", "fortify", "position", "dig",
    "entrench",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Sorted(Generic[T]):
    """Items of one section sorted by start, to take a sentence's items by bisection."""

    items: tuple[tuple[int, T], ...]  # (index in the record's list, item)
    starts: tuple[int, ...]

    @classmethod
    def of(cls, items: Sequence[T], caption: int | None) -> Sorted[T]:
        mine = sorted(
            ((i, x) for i, x in enumerate(items) if x.caption == caption), key=lambda p: p[1].span.start
        )
        return cls(tuple(mine), tuple(x.span.start for _, x in mine))

    def within(self, span: Span) -> list[tuple[int, T]]:
        lo = bisect.bisect_left(self.starts, span.start)
        hi = bisect.bisect_left(self.starts, span.end)
        return [p for p in self.items[lo:hi] if p[1].span.end <= span.end]


def focus_country(facts: Facts) -> str | None:
    """The country most literal places of the article lie in: the default for unnamed actors."""
    counts = Counter(p.country_code for p in facts.places if p.country_code and p.role == "literal")
    if not counts:
        return None
    country = actor_table().by_code(counts.most_common(1)[0][0])
    return country.name if country else None


def sentence_span(sentence: SpacySpan) -> Span:
    text = sentence.text
    start = sentence.start_char + (len(text) - len(text.lstrip()))
    return Span(start, max(start, sentence.start_char + len(text.rstrip())))


def events_of(analysis: Analysis, facts: Facts) -> tuple[Event, ...]:
    focus = focus_country(facts)
    published = analysis.article.published
    people = affiliations(s.doc for s in analysis.sections)  # "Russian President Vladimir Putin"
    found: list[Event] = []
    for section in analysis.sections:
        found.extend(_section_events(section, facts, focus, published, people))
    return tuple(with_opponents(found))  # a battle's other side: the article's other armed side


def _section_events(
    section: Section, facts: Facts, focus: str | None, published: str | None, people: dict[str, Affiliation]
) -> list[Event]:
    hedged = frozenset(q.speaker.name for q in facts.quotes if any(h.kind == "source" for h in q.hedges))
    places = Sorted.of(facts.places, section.caption)
    times = Sorted.of(facts.times, section.caption)
    quantities = Sorted.of(facts.quantities, section.caption)
    speakers = [
        q.speaker.phrase or q.speaker.span for q in facts.quotes if q.caption == section.caption
    ]  # "Western military and diplomatic sources said": the source names no event
    told_by = functools.partial(_teller, section, facts.quotes)
    out: list[Event] = []
    for sentence in section.doc.sents:
        candidates = [
            c for c in type_sentence(sentence, source=told_by) if not _in_speaker(section, c, speakers)
        ]
        if not candidates:
            continue
        span = sentence_span(sentence)
        context = _Sentence(
            section, sentence, span, places.within(span), [t for _, t in times.within(span)],
            [q for _, q in quantities.within(span)], facts.quotes, focus, published, hedged, people,
        )  # fmt: skip
        events = [
            context.event(c, taken) for c, taken in zip(candidates, _taken(context, candidates), strict=True)
        ]
        out.extend(merge_repeats(events, section.doc))
    return out


@dataclass(frozen=True, slots=True)
class _Sentence:
    section: Section
    sentence: SpacySpan
    span: Span
    places: list[tuple[int, Place]]
    times: list[TimeRef]
    quantities: list[Quantity]
    quotes: tuple[Quote, ...]
    focus: str | None
    published: str | None
    hedged_sources: frozenset[str | None]
    people: dict[str, Affiliation]  # whom the people the article titles act for

    @property
    def doc(self) -> Doc:
        return self.section.doc

    def event(self, candidate: Candidate, taken: frozenset[int] = frozenset()) -> Event:
        doc, match = self.doc, candidate.trigger
        trigger, clause = doc[match.head], doc[candidate.clause]
        chars = doc[match.start : match.end]
        trigger_span = Span(chars.start_char, chars.end_char)
        quote = quote_at(self.quotes, trigger_span, self.section.caption)
        sub = taxonomy().sub_types[candidate.sub_type]
        agent, patient = agent_and_patient(trigger)
        excluded = _agent_tokens(agent)
        place = choose_place(self.places, doc, trigger, clause, excluded, taken)
        country = self._country(place) or self.focus
        state_kind = STATE_KIND[sub.family]
        if trigger.lemma_.lower() in ARMED_OTHER:
            state_kind = "military"  # "Russia is mining everything": its forces, not its government
        actor1, named_by = _own_words(
            trigger, state_kind, country, self._actor(agent, state_kind, country, quote, patient=False)
        )
        words1 = named_by if named_by is not None else agent  # the words that name each actor
        victims = sub.family in VICTIMS
        if sub.family in OWN_MEANS and _taken_by(patient, trigger):
            patient = None  # "sent troops to Ukraine", "set up two bases": the actor's own means, no party
        actor2 = self._actor(patient, state_kind, country, None, patient=True, victims=victims)
        words2 = patient
        addressed = sub.family in ("diplomacy", "agreement")
        party = party_in(patient, addressed=addressed) if actor2 is None and patient is not None else None
        if party is not None:  # "rejected Saddam Hussein's proposal", "relations with Congo"
            actor2 = self._actor(party, state_kind, country, None, patient=True, victims=victims)
            words2 = party
        if actor2 is not None and actor2.kind == "civilians" and sub.family in ARMED_ONLY:
            actor2 = None  # "liberating the village of Snihurivka": a place taken, not its people
        if actor2 is None and _civilian_site(patient) and sub.family in ("remote", "civilians"):
            actor2 = name_for("civilians", country)  # "a residential building damaged by a missile attack"
        partner = _partner(agent)
        if actor2 is None and partner is not None:  # "Jordan and Britain have agreed ...": both sides
            actor2, words2 = self._actor(partner, state_kind, country, quote, patient=False), partner
        if actor2 is not None and actor1 is not None and actor2.name == actor1.name:
            actor2 = None
        loser = taken_from(trigger) if actor2 is None and candidate.sub_type in TAKING else None
        if loser is not None:  # "wrested control of the village from FARC dissidents"
            actor2 = self._actor(loser, state_kind, country, None, patient=True, victims=False)
            words2 = loser
        sub_type = sub_type_of(candidate.sub_type, trigger, actor1, self._country(place), actor2)
        sides = regained(trigger, actor1, actor2, self._country(place))
        handed = handed_over(trigger, actor1, actor2, self._country(place)) if sub_type == HANDOVER else None
        if sides is None and handed is not None:  # "Russia's troops withdrew from Kherson": Ukraine takes it
            (actor1, words1), (actor2, words2) = (handed[0], None), (handed[1], words1)
        if sides is not None and sub.family in ("territory", "group"):  # "were forced to retreat from"
            before = ((actor1, words1), (actor2, words2))
            sub_type, (actor1, actor2) = REGAINS, sides
            words1, words2 = (
                next((w for a, w in before if a is not None and a is new), None) for new in sides
            )
        hedged = quote is not None and quote.speaker.name in self.hedged_sources
        certainty = certainty_of(
            trigger, clause, quote, hedged_source=hedged, denial_is_event=sub.family == "attribution"
        )
        time, background = choose_time(self.times, doc, trigger, clause, own_only=certainty in UNSURE)
        when, precision = date_of(time, None if certainty in UNSURE or background else self.published)
        asserter = quote.speaker.name if quote and quote.speaker.name else OUTLET
        deaths, bound = fatalities_of(
            [q for q in self.quantities if q.asserted_by == asserter]
        )  # its teller's
        a1, a2 = _defaults(sub_type, actor1, actor2, country)
        span1 = _words_span(words1) if actor1 is not None and a1 == actor1.name else None
        span2 = _words_span(words2) if actor2 is not None and a2 == actor2.name else None
        return Event(
            type=taxonomy().type_of(sub_type), sub_type=sub_type, trigger=chars.text,
            trigger_span=trigger_span,
            sentence_span=self.span, actor1=a1, actor2=a2, actor1_span=span1, actor2_span=span2,
            place=place, date=when, time_precision=precision,
            fatalities=deaths, fatalities_bound=bound,
            asserted_by=asserter,
            certainty=certainty, confidence=candidate.confidence, caption=self.section.caption,
        )  # fmt: skip

    def _country(self, place: int | None) -> str | None:
        if place is None:
            return None
        found = next((p for i, p in self.places if i == place), None)
        country = actor_table().by_code(found.country_code) if found else None
        return country.name if country else None

    def _actor(
        self,
        head: Token | None,
        state_kind: str,
        country: str | None,
        quote: Quote | None,
        *,
        patient: bool,
        victims: bool = True,
    ) -> Actor | None:
        if head is None:
            return None
        speaker = quote.speaker.name if quote is not None else None
        if head.pos_ == "PRON" and speaker and head.lower_ in ("it", "they", "we"):
            return _named(speaker, state_kind)  # "Russia claimed it had completed the retreat"
        own = actor_table().country(speaker) if speaker and not patient else None  # "its planes"
        default = own.name if own else country
        if head.pos_ == "PRON":  # "Ukraine continues advancing ... where it is now bearing down on ..."
            return _referred(head, state_kind, default)
        served = self._served(head, state_kind)
        if served is not None:
            return served
        actor = resolve(head, state_kind=state_kind, default_country=default, patient=patient and victims)
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if actor is not None and owner is not None and not own:  # "since its forces were driven back"
            found = _referred(owner, state_kind, default)
            return name_for(actor.kind, found.country) or actor if found and found.country else actor
        return actor

    def _served(self, head: Token, state_kind: str) -> Actor | None:
        """Whom a person the article titles elsewhere acts for ("Putin has been offered": the Government
        of Russia), or the forces they own ("Putin's army": the Military Forces of Russia)."""
        person = affiliation_of(head, self.people)
        if person is not None:
            kind = "military" if person.kind == "military" or state_kind == "military" else "government"
            return name_for(kind, person.country)
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        owned = affiliation_of(owner, self.people) if owner is not None else None
        owned_kind = kind_of(head)
        if owned is None or owned_kind not in STATE_KINDS:
            return None
        return name_for(owned_kind, owned.country)


def _referred(pronoun: Token, state_kind: str, default: str | None) -> Actor | None:
    """The actor a pronoun stands for: the first of its antecedents that names one."""
    for noun in antecedents(pronoun):
        actor = resolve(noun, state_kind=state_kind, default_country=default)
        if actor is not None:
            return actor
    return None


def _own_words(
    trigger: Token, state_kind: str, country: str | None, actor1: Actor | None
) -> tuple[Actor | None, Token | None]:
    """A trigger noun's own words name its actor ("a Russian missile attack") over the parse's: the
    actor, and the modifier that names it (None when the parse's actor stays)."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return actor1, None
    named = modifier_actor_at(trigger, state_kind=state_kind, default_country=None)
    if named is not None and named[0].country is None and named[0].kind not in ("group", "external"):
        named = None  # "its military presence": no one named, the possessor decides
    if named is None and actor1 is None:  # "a police crackdown": the police where it happened
        named = modifier_actor_at(trigger, state_kind=state_kind, default_country=country)
    return named if named is not None else (actor1, None)


def _words_span(head: Token | None) -> Span | None:
    """The characters of the noun phrase that names an actor ("Sudanese rebels", "Russia's troops")."""
    if head is None:
        return None
    tokens = phrase_tokens(head) if head.pos_ in ("NOUN", "PROPN", "PRON") else [head]
    return Span(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


def _trigger_span(section: Section, candidate: Candidate) -> Span:
    chars = section.doc[candidate.trigger.start : candidate.trigger.end]
    return Span(chars.start_char, chars.end_char)


def _teller(section: Section, quotes: tuple[Quote, ...], candidate: Candidate) -> str | None:
    """Who tells of the candidate: the speaker of the quote its trigger is in, else the outlet (None)."""
    quote = quote_at(quotes, _trigger_span(section, candidate), section.caption)
    return quote.speaker.name if quote is not None else None


def _in_speaker(section: Section, candidate: Candidate, speakers: list[Span | None]) -> bool:
    span = _trigger_span(section, candidate)
    return any(s is not None and s.contains(span) for s in speakers)


def _taken(context: _Sentence, candidates: list[Candidate]) -> list[frozenset[int]]:
    """For each candidate, the places attached to the sentence's other candidates."""
    doc = context.doc
    attached = [attached_places(context.places, doc, doc[c.trigger.head], doc[c.clause]) for c in candidates]
    return [frozenset().union(*(a for j, a in enumerate(attached) if j != i)) for i in range(len(candidates))]


def _agent_tokens(agent: Token | None) -> set[int]:
    """The actor's own phrase, its coordinated names too ("warplanes of the U.S. and Britain")."""
    if agent is None:
        return set()
    tokens = phrase_tokens(agent)
    found = {t.i for t in tokens}
    for token in tokens:
        found.update(t.i for c in token.children if c.dep_ == "conj" for t in c.subtree)
    return found


def _civilian_site(patient: Token | None) -> bool:
    """The patient is a place civilians use: "a residential building", "homes", "a school"."""
    if patient is None:
        return False
    words = [patient, *(c for c in patient.children if c.dep_ in ("amod", "compound"))]
    return any(w.lemma_.lower() in CIVILIAN_SITES for w in words)  # "a residential building"


def _partner(agent: Token | None) -> Token | None:
    return next((c for c in agent.children if c.dep_ == "conj"), None) if agent is not None else None


def _named(name: str, state_kind: str) -> Actor | None:
    table = actor_table()
    country = table.country(name)
    if country is not None:
        return name_for(
            state_kind if state_kind in ("military", "government", "police") else "government", country.name
        )
    if name.lower() in table.metonyms:
        found, kind = table.metonyms[name.lower()]
        return name_for(state_kind if state_kind == "military" else kind, found)
    return None


def _defaults(
    sub_type: str, actor1: Actor | None, actor2: Actor | None, country: str | None
) -> tuple[str | None, str | None]:
    """Actors the sub-type implies when the sentence leaves them out (ACLED's conventions)."""
    a1 = actor1.name if actor1 else None
    a2 = actor2.name if actor2 else None

    def named(kind: str) -> str | None:
        actor = name_for(kind, country)
        return actor.name if actor else None

    if sub_type in ("Peaceful protest", "Protest with intervention"):
        if actor1 is not None and actor1.kind in ("police", "military"):  # "police prevented the protest"
            a1, a2 = None, a2 if actor2 is not None and actor2.kind == "protesters" else a1
            a2 = a2 if sub_type == "Protest with intervention" else None
        a1 = a1 or named("protesters")
        if sub_type == "Protest with intervention":
            a2 = a2 or named("police")
    elif sub_type == "Excessive force against protesters":
        a1, a2 = (a1 if actor1 and actor1.kind != "protesters" else named("police")), named("protesters")
    elif sub_type in ("Violent demonstration", "Mob violence"):
        a1 = a1 or named("rioters")
    elif sub_type == "Attack":
        a1 = a1 or named("militia")
        a2 = a2 or named("civilians")
    elif sub_type == "Arrests":
        a1 = a1 or named("police")
    return a1, a2


def place_for(
    analysis: Analysis, places: tuple[Place, ...], span: Span, caption: int | None = None
) -> int | None:
    """Where the event whose trigger is at `span` happened: an index into `places`, or None."""
    section = analysis.sections[0 if caption is None else caption + 1]
    chars = section.doc.char_span(span.start, span.end, alignment_mode="expand")
    if chars is None or not len(chars):
        return None
    trigger = chars.root
    agent, _ = agent_and_patient(trigger)
    excluded = _agent_tokens(agent)
    within = Sorted.of(places, caption).within(sentence_span(trigger.sent))
    return choose_place(within, section.doc, trigger, clause_head(trigger), excluded)


def _taken_by(phrase: Token | None, trigger: Token) -> bool:
    """The object of the trigger verb (or of the verb a trigger noun is paired with)."""
    return phrase is not None and phrase.dep_ in ("dobj", "obj") and phrase.head.i == trigger.i
