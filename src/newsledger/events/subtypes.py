"""From trigger matches to typed event candidates: one candidate a clause, typed by weighted votes.

Matches are grouped by the clause they sit in (the nearest governing verb; an infinitive
complement belongs to its governor: "were forced to withdraw"). Inside a clause each sub-type
gets the sum of its matches' weights (the strongest in full, the others at half), then the
context rules of the sub-type's family move the votes where ACLED's definitions say:
see `context` for the rules.

A clause whose best sub-type scores under `MIN_SCORE` makes no event: one weak word ("talks",
"damage") is not enough.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsledger.events.armed import NEEDS_ARMED, has_armed
from newsledger.events.aside import backgrounds, causes, conduct
from newsledger.events.context import PROTEST_FAMILY, PROTESTERS, refine
from newsledger.events.readings import read
from newsledger.events.roles import agent_and_patient
from newsledger.events.stance import stances, unstated
from newsledger.events.territory import forced_out
from newsledger.events.triggers import Match, find_triggers

MIN_SCORE = 2.0
DECISIVE_WEIGHT = 3.0  # a word that reports its event in any sentence ("heavy fighting")
CAUSE_PROMINENCE = 0.5  # an event told as what a protest is about
GENERIC = frozenset({"Attack", "Armed clash"})
GENERIC_WORDS = frozenset({
    "kill", "die", "dead", "death", "wound", "injure", "attack", "shoot", "murder", "hit",
})  # fmt: skip
SPECIFIC_VIOLENCE = frozenset({
    "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED", "Grenade", "Excessive force against protesters",
    "Violent demonstration", "Mob violence", "Sexual violence", "Abduction/forced disappearance",
    "Natural disaster", "Man-made disaster",
})  # fmt: skip
CHEMICAL_CARRIERS = frozenset({
    "Shelling/artillery/missile attack", "Air/drone strike", "Attack", "Armed clash",
    "Remote explosive/landmine/IED",
})  # fmt: skip
REMOTE_VIOLENCE = frozenset({
    "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED", "Grenade",
})  # fmt: skip
DESTRUCTION = "Looting/property destruction"
DISASTERS = frozenset({"Natural disaster", "Man-made disaster"})
VIOLENCE = GENERIC | SPECIFIC_VIOLENCE - DISASTERS
ATTRIBUTION = "Attribution of responsibility"
RIOTS = frozenset({"Violent demonstration", "Mob violence"})  # rioters' looting and killing is the riot
DAMAGE_WORDS = frozenset({"damage", "destroy", "destruction", "damaged", "destroyed", "hit", "raze"})
AGENT_DEFINED = frozenset({"Organized crime"})  # smugglers, traffickers, gangs: their trade is the event
SUBORDINATE = frozenset({"advcl", "relcl", "acl", "pcomp", "csubj"})
BACKGROUND_MARKERS = frozenset({
    "after", "before", "since", "amid", "following", "despite", "until", "as", "when",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Candidate:
    """A typed event of one clause: its sub-type, its strongest trigger, its votes and prominence."""

    sub_type: str
    trigger: Match
    score: float
    prominence: float
    clause: int  # token index of the clause head

    @property
    def confidence(self) -> float:
        return round(min(0.99, self.score / (self.score + 2.0)) * self.prominence, 4)


def clause_head(token: Token) -> Token:
    """The verb of the clause a token belongs to; an xcomp's clause is its governor's."""
    current = token
    while True:
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in (
            "xcomp",
            "aux",
            "auxpass",
            "amod",
            "prep",
        ):
            return current
        if current.head.i == current.i:
            return current
        current = current.head


def prominence(token: Token) -> float:
    """1.0 in the main clause, less in subordinate clauses and after 'after', 'amid', ..."""
    factor = 1.0
    current = token
    while current.head.i != current.i:
        if current.dep_ in SUBORDINATE:
            factor *= 0.75
        if current.dep_ in ("prep", "mark") and current.lower_ in BACKGROUND_MARKERS:
            factor *= 0.7
        current = current.head
    return max(factor, 0.3)


def _dedupe(matches: Iterable[Match]) -> list[Match]:
    best: dict[tuple[int, int, str], Match] = {}
    for m in matches:
        key = (m.start, m.end, m.sub_type)
        if key not in best or best[key].weight < m.weight:
            best[key] = m
    return sorted(best.values(), key=lambda m: (m.start, -m.weight))


def _votes(matches: list[Match]) -> dict[str, float]:
    """Each sub-type's votes; one that only supporting words vote for stands only as a weapon.

    "Gunships killed 46 civilians": the gunships say how the killing was done (an air strike);
    "American diplomats view the slow-down of fighting as an opportunity": no diplomatic event;
    crime is what its agents do ("police intercepted 20 smugglers": organized crime).
    """
    by_type: dict[str, list[float]] = defaultdict(list)
    for m in matches:
        by_type[m.sub_type].append(m.weight)
    reported = {m.sub_type for m in matches if not m.support and m.weight >= 1}
    violent = bool(reported & GENERIC)
    return {
        k: max(v) + 0.5 * (sum(v) - max(v))
        for k, v in by_type.items()
        if k in reported or k in AGENT_DEFINED or (violent and k in SPECIFIC_VIOLENCE)
    }


def _lemmas(sentence: SpacySpan) -> frozenset[str]:
    return frozenset(w for t in sentence for w in (t.lemma_.lower(), t.lower_))


def type_sentence(
    sentence: SpacySpan,
    matches: list[Match] | None = None,
    source: Callable[[Candidate], object] = lambda _: None,
) -> list[Candidate]:
    """Typed candidates of a sentence, one a clause, strongest first; none under `MIN_SCORE`. A
    sub-type counts once a sentence for each `source` (who tells it): "Russia claimed it had completed
    the retreat ..., but Ukrainians painted a picture of a chaotic retreat" is two claims."""
    found = _dedupe(
        stances(read(find_triggers(sentence), sentence.doc), sentence.doc) if matches is None else matches
    )
    if not found:
        return []
    doc = sentence.doc
    protests = [m.head for m in found if m.sub_type in PROTEST_FAMILY]
    cause = causes(sentence, protests)  # "demonstrations over the drought": the drought is no part of it
    setting = backgrounds(sentence)  # "took over the post after a fierce battle": the battle is its own
    clauses: dict[tuple[int, int, int], list[Match]] = defaultdict(list)
    for m in found:
        clauses[(clause_head(doc[m.head]).i, cause.get(m.head, -1), setting.get(m.head, -1))].append(m)
    lemmas = _lemmas(sentence)
    how = conduct(sentence, cause) if protests else lemmas
    out: list[Candidate] = []
    for (clause, aside, _), group in clauses.items():
        if all(m.support for m in group):
            continue  # "Sappers were going into the areas": who took part, no event
        votes = refine(_votes(group), lemmas, _targets(group, doc), _agents(group, doc), conduct=how)
        sub_type, score = max(votes.items(), key=lambda kv: (kv[1], kv[0]), default=("", 0.0))
        if score < MIN_SCORE:
            continue
        trigger = _trigger_for(sub_type, group, doc)
        if unstated(trigger, doc):
            continue  # "drivers who refused to pay were threatened": no state, no diplomacy
        weak = trigger.weight < DECISIVE_WEIGHT or trigger.pair  # "launched an offensive against rivals"
        if sub_type in NEEDS_ARMED and weak and not has_armed(sentence):
            continue  # "battling injuries", "withdrawing its filing": no armed men, no battle or movement
        weight = prominence(doc[trigger.head]) * (CAUSE_PROMINENCE if aside >= 0 else 1.0)
        out.append(Candidate(sub_type, trigger, score, weight, clause))
    if any(c.sub_type in SPECIFIC_VIOLENCE for c in out):  # "killed in air strikes": the strikes
        out = [
            c
            for c in out
            if not (c.sub_type in GENERIC and doc[c.trigger.head].lemma_.lower() in GENERIC_WORDS)
        ]
    if any(c.sub_type in RIOTS for c in out):  # "demonstrators torched a station and ransacked offices"
        out = [c for c in out if c.sub_type not in (DESTRUCTION, "Attack")]
    if any(c.sub_type in REMOTE_VIOLENCE for c in out):  # "a building damaged by shelling": the shelling
        out = [c for c in out if not (c.sub_type == DESTRUCTION and _lemma(doc, c) in DAMAGE_WORDS)]
    out = _chemical(out)
    out = _protesters_arrested(out, doc)
    if any(c.sub_type in DISASTERS for c in out) and not any(c.sub_type in VIOLENCE for c in out):
        out = [
            c for c in out if c.sub_type != ATTRIBUTION
        ]  # "officials blamed faulty wiring": a cause, no attack
    best: dict[tuple[str, object, bool], Candidate] = {}
    for candidate in sorted(out, key=lambda c: -c.confidence):
        lost = forced_out(doc[candidate.trigger.head])  # "forced to retreat from Kyiv" is ground lost, apart
        best.setdefault((candidate.sub_type, source(candidate), lost), candidate)  # one a sub-type and source
    return list(best.values())


def _protesters_arrested(found: list[Candidate], doc: Doc) -> list[Candidate]:
    """Arrests of those who protest are the intervention in their protest ("fired tear gas and
    detained 20 students who had gathered to protest"); not of those near one ("journalists were
    taken into custody while covering the demonstration")."""
    protests = {c.trigger.head for c in found if c.sub_type in PROTEST_FAMILY}
    if not protests:
        return found
    out = []
    for c in found:
        _, patient = agent_and_patient(doc[c.trigger.head]) if c.sub_type == "Arrests" else (None, None)
        held = patient is not None and (
            any(t.i in protests for t in patient.subtree) or patient.lower_ in PROTESTERS
        )
        out.append(replace(c, sub_type="Protest with intervention") if held else c)
    return out


def _lemma(doc: Doc, candidate: Candidate) -> str:
    return str(doc[candidate.trigger.head].lemma_.lower())


def _chemical(found: list[Candidate]) -> list[Candidate]:
    """An attack delivering a chemical ("mortar rounds containing poisonous gases") is a Chemical weapon."""
    chemical = [c for c in found if c.sub_type == "Chemical weapon"]
    carriers = [c for c in found if c.sub_type in CHEMICAL_CARRIERS]
    if not chemical or not carriers:
        return found
    lead = max(chemical, key=lambda c: c.score)
    merged = replace(lead, prominence=max(c.prominence for c in [lead, *carriers]))
    return [merged] + [c for c in found if c not in carriers and c is not lead]


def _agents(group: list[Match], doc: Doc) -> frozenset[str]:
    """The words of who acts in the clause, from its strongest trigger."""
    strongest = max(group, key=lambda m: m.weight)
    agent, _ = agent_and_patient(doc[strongest.head])
    if agent is None:
        return frozenset()
    return frozenset(w for t in agent.subtree for w in (t.lemma_.lower(), t.lower_))


def _targets(group: list[Match], doc: Doc) -> frozenset[str] | None:
    """The words of what an attack in the clause hits ("shot dead two Palestinians"), if parsed."""
    attack = next((m for m in group if m.sub_type in GENERIC), None)
    if attack is None:
        return None
    agent, patient = agent_and_patient(doc[attack.head])
    if patient is not None:
        return frozenset(w for t in patient.subtree for w in (t.lemma_.lower(), t.lower_))
    if agent is None:
        return None
    sentence = doc[attack.head].sent
    skip = {t.i for t in agent.subtree}
    return frozenset(w for t in sentence if t.i not in skip for w in (t.lemma_.lower(), t.lower_))


def _trigger_for(sub_type: str, group: list[Match], doc: Doc) -> Match:
    """The strongest match of the chosen sub-type (a verb before an instrument: "planes bombed").

    A word that only supports ("gunships", "diplomats") is the trigger only when none reports.
    """
    own = [m for m in group if m.sub_type == sub_type]
    return max(
        own or group,
        key=lambda m: (not m.support, doc[m.head].pos_ == "VERB" and m.weight >= 1, m.weight, -m.start),
    )
