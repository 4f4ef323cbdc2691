"""Where and how many dead: an event's place and fatalities from the places and quantities stages.

- Place: a place of the places stage in the event's sentence and section, never one in the
  role "actor" ("Moscow said"). A place whose phrase attaches to the trigger's clause through a
  preposition ("in", "near", "outside", "of") or as its object wins; among those the finest
  (village before city before region before country), then the nearest. A place in another
  clause (the capital that announces a strike, the visit's destination) is not where the
  event happened: the event gets no place.
- Date: see `dates` (the same attachment through the parse decides which time is the event's).
- Fatalities: quantities counting the killed in the sentence, summed; a lower or upper bound
  ("at least", "up to") is kept.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsledger.events.actors import actor_table
from newsledger.events.roles import REPORTING
from newsledger.model import Bound, Place, Quantity, Span

LOCATIVE_PREPS = frozenset({
    "in", "at", "near", "outside", "inside", "on", "into", "across", "around", "from", "of", "to",
    "towards", "toward", "throughout", "along", "within", "over", "between", "through", "off", "by",
    "beyond", "behind", "north", "south", "east", "west", "close", "onto", "past", "among", "amid",
})  # fmt: skip
FEATURE_RANK = {
    "building": 0, "landmark": 0, "facility": 0, "bridge": 0, "square": 0, "street": 0, "hospital": 0,
    "dam": 0, "power plant": 0, "airport": 1, "area": 1,
    "neighbourhood": 1, "neighborhood": 1, "district": 2, "village": 1, "town": 1, "city": 2,
    "island": 3, "river": 3, "admin2": 3, "county": 3, "region": 4, "admin1": 4, "province": 4,
    "state": 4, "country": 6, "continent": 7,
}  # fmt: skip
MAX_PATH = 10
OBJECT_DEPS = frozenset({"dobj", "pobj", "npadvmod", "appos", "compound", "nsubjpass"})
PLACE_NOUNS = frozenset({
    "city", "town", "village", "province", "region", "district", "capital", "area", "state", "county",
    "neighbourhood", "neighborhood", "border", "north", "south", "east", "west", "hamlet", "governorate",
    "oblast", "outskirts", "centre", "center", "countryside", "suburb", "suburbs", "part", "heart",
    "vicinity", "municipality", "settlement", "locality", "valley", "island", "port", "camp",
})  # fmt: skip
DIRECTIONS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northeastern",
    "north-east", "north-west", "south-east", "south-west",
})  # fmt: skip
DISTANCE_UNITS = frozenset({
    "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters", "kms",
})  # fmt: skip
SPEECH = REPORTING | frozenset({"ask", "add", "quote", "want", "seek", "accuse", "condemn", "urge", "warn"})
ARMED_KINDS = frozenset({"military", "police", "government", "rebels", "militia"})
LOCAL_OFFICIALS = frozenset({
    "governor", "mayor", "administration", "head", "chief", "police", "authority", "council", "official",
    "prosecutor", "governorate",
})  # fmt: skip
SITES = frozenset({"base", "position", "garrison", "camp", "outpost", "checkpoint"})  # where forces are
REGIONS = frozenset({"region", "admin1", "province", "state", "admin2", "county"})
CLAUSES = frozenset({"relcl", "ccomp", "advcl", "parataxis", "acl"})
LATER = frozenset({"before", "until", "till"})  # not "after": "died after being shot in X" is there
REFERENCE_PENALTY = 100  # a reference point is where it happened only when no other place is attached
CONTAINER_PENALTY = 100  # "Bakhmut, Donetsk": the place after the comma contains the one before
MODIFIER_PENALTY = 15  # "the Dniprovska substation in Vasylivka": a name of a thing, placed elsewhere


def head_of(doc: Doc, span: Span) -> Token | None:
    """The syntactic head of a character span of the doc (its token whose head lies outside)."""
    chars = doc.char_span(span.start, span.end, alignment_mode="expand")
    return chars.root if chars is not None and len(chars) else None


def _step_cost(token: Token) -> int:
    """What the hop from `token` to its head costs: nothing into a place word ("the city of X")."""
    head = token.head
    if token.dep_ in ("compound", "amod", "nmod") and _wrapper(head):
        return 0  # "the Karni area"
    if token.dep_ == "prep" and _wrapper(head) and not _named_wrapper(head, token):
        return 0  # "the city of Kherson" (but "the East Ghouta region of rural Damascus" costs)
    if (
        token.dep_ == "pobj"
        and head.lower_ == "of"
        and _wrapper(head.head)
        and not _named_wrapper(head.head, head)
    ):
        return 0
    if _naming(head) or _naming(token):
        return 0  # "a town called Pavlivka"
    return 1


def _wrapper(token: Token) -> bool:
    return token.lemma_.lower() in PLACE_NOUNS


def _named_wrapper(wrapper: Token, came_from: Token) -> bool:
    """'the East Ghouta region': the place word has a name of its own."""
    return any(
        c.pos_ == "PROPN" and c.i != came_from.i
        for c in wrapper.children
        if c.dep_ in ("compound", "amod", "nmod")
    )


def _path_to(token: Token, targets: set[int]) -> tuple[int, bool, bool] | None:
    """(cost, through a locative preposition, as a reference point) from a place to the trigger's clause.

    A reference point is a place others are measured from: "30 miles north of Kherson", "25 km
    from Algiers". A place in another clause (relative, complement, adverbial, participial) is
    not attached; "a town called Pavlivka" is.
    """
    cost, steps, locative, reference = 0, 0, False, False
    current = token
    while steps < MAX_PATH:
        if current.i in targets:
            return cost, locative, reference
        if current.dep_ == "prep" and current.lower_ in LOCATIVE_PREPS:
            locative = True
            reference = reference or _reference(current)
        if current.dep_ in CLAUSES and steps and not _naming(current):
            return None  # the place sits in another clause
        if current.head.i == current.i:
            return None
        cost += _step_cost(current)
        current = current.head
        steps += 1
    return None


def _reference(prep: Token) -> bool:
    """'north of', '30 miles from', '15 km east of', 'an area near' (not 'in the north of')."""
    head = prep.head
    if prep.lower_ in ("near", "outside") and head.pos_ == "NOUN" and head.lemma_.lower() in PLACE_NOUNS:
        return True  # "in the Sur area near Farah city": the area is the place, Farah where it lies
    if prep.lower_ not in ("of", "from"):
        return False
    if head.lower_ in DISTANCE_UNITS or any(c.lower_ in DISTANCE_UNITS | DIRECTIONS for c in prep.children):
        return True  # "60 km from Gusau" parsed with 'km' under 'from'
    return head.lower_ in DIRECTIONS and not any(c.dep_ == "det" for c in head.children)


def _naming(token: Token) -> bool:
    """'a town called Pavlivka', 'a village known as X': a name, not another clause."""
    return token.dep_ == "acl" and token.lemma_.lower() in ("call", "name", "know", "dub")


def _reporting(token: Token, trigger: Token) -> bool:
    """A place in the source of the report: "according to a source in Damascus", "police in X said".

    A place inside the event's own phrase is the event's, even when that phrase is what a
    reporting verb reports ("Strike on buildings in Zaporizhzhia, reported 17 dead"); a place in
    a clause below the trigger ("fighting and where the enemy will add landmines, as in
    Kherson") is not part of that phrase.
    """
    own = _path_to(token, {trigger.i}) is not None
    current = token
    while current.head.i != current.i and not (own and current.i == trigger.i):
        head = current.head
        if current.lower_ == "according" or head.lower_ == "according":
            return True
        if head.lemma_.lower() in REPORTING and current.dep_ in ("nsubj", "dobj", "dative", "prep", "agent"):
            return True
        if current.dep_ == "poss" and head.pos_ != "PROPN" and head.lemma_.lower() not in PLACE_NOUNS:
            return True  # "Iran's foreign minister", "Kabul's police chief"
        current = head
    return False


def choose_place(
    places: Sequence[tuple[int, Place]],
    doc: Doc,
    trigger: Token,
    clause: Token,
    excluded: set[int],
    taken: frozenset[int] = frozenset(),
) -> int | None:
    """The index (into the record's places) of where the event happened, or None.

    A place attached to the trigger's clause wins: the nearest in the parse ("in the East Ghouta
    region of rural Damascus": East Ghouta), then the finest; reference points ("30 miles north
    of Kherson") and containers after a comma ("Bakhmut, Donetsk") only when nothing else is.
    Else the finest place of the sentence that is not the source of the report, an actor's
    possessor, the actor itself, or `taken` (attached to another event of the sentence), unless the
    sentence is a verbless caption with one place ("Shop on fire ... following strikes in
    Avdiivka"). The place a 'where' clause describes is its event's ("Gnjilane where ... based").
    """
    where = _where_clause(places, doc, clause)
    if where is not None:
        return where  # "Gnjilane, where U.S. forces are based"
    targets = _targets(trigger, clause)
    borrow = _participle_adjunct(clause) and len(places) == 1  # the sentence's one place, a parse away
    scene = len(places) == 1 and _verbless(trigger)  # a caption's one place is all it shows
    scored: list[tuple[float, int, Place, bool]] = []
    named = {p.gazetteer_id for _, p in places if p.role == "literal" and p.gazetteer_id}
    for index, place in places:
        head = head_of(doc, place.span)
        if place.role == "actor" or head is None or head.i in excluded:
            continue
        if place.role == "reference" and place.gazetteer_id in named:
            continue  # "in Fallujah and clashes in and around the city": the sentence names it
        if _reporting(head, trigger) or _whose(head):
            continue
        path = _path_to(head, targets)
        shared = path is None and borrow  # "stormed a village in X, killing five": in X too
        if shared:
            path = _path_to(head, {clause.head.i})
        attached = path is not None and (path[1] or _object_like(head))
        elsewhere = (index in taken and not scene) or _speech(trigger) or _affiliation(head)
        elsewhere = elsewhere or _acting(place, head)
        elsewhere = elsewhere or _later(head, trigger)
        if not attached and elsewhere:
            continue
        key = _key(place, places, path if attached else None, head, trigger) + (
            SHARED_PENALTY if shared else 0
        )
        scored.append((key, index, place, attached))
    inner = [p for _, _, p, attached in scored if attached]
    ranked = [(key + (CONTAINER_PENALTY if a and _holds(p, inner) else 0), i) for key, i, p, a in scored]
    return min(ranked)[1] if ranked else _jurisdiction(places, doc, excluded)


def _jurisdiction(places: Sequence[tuple[int, Place]], doc: Doc, excluded: set[int]) -> int | None:
    """Where a local official whose words report the event governs, when the sentence names no other
    place: "The region's governor ... said Russian troops had taken away public equipment" happened in
    the region, "Kabul's police chief said" in Kabul. A country's officials speak for all of it."""
    for index, place in places:
        head = head_of(doc, place.span)
        if head is None or head.i in excluded or place.role == "actor" or place.feature in ("country", None):
            continue
        if head.dep_ in ("poss", "compound") and head.head.lemma_.lower() in LOCAL_OFFICIALS:
            return index
    return None


def _where_clause(places: Sequence[tuple[int, Place]], doc: Doc, clause: Token) -> int | None:
    """The place a 'where' clause describes is where its event happened ("16 km northeast of Gnjilane
    where U.S. forces are based")."""
    if clause.dep_ != "relcl" or not any(c.lower_ == "where" for c in clause.children):
        return None
    for index, place in places:
        head = head_of(doc, place.span)
        if head is not None and head.i == clause.head.i and place.role != "actor":
            return index
    return None


def _object_like(head: Token) -> bool:
    """A place phrase that is an argument of the clause or names a thing in it.

    The tagger reads a town's name before a common noun as a modifier as often as a compound
    ("Beryslav medical college dormitory damaged", "Kherson regional hospital"): the thing is
    in that town. Before a person's name it is whose ("Pakistan great Wasim Akram").
    """
    if head.dep_ in OBJECT_DEPS:
        return True
    return head.dep_ in ("amod", "nmod") and head.head.pos_ == "NOUN"


def _later(head: Token, trigger: Token) -> bool:
    """A place in a clause of what came later ("slain days before he planned to travel to talks in
    Peru", "was shot before reaching Kabul"): where the event was not. An 'after' clause often
    gives its cause ("died after being shot in Kandahar"), so it keeps its places."""
    current = head
    while current.head.i != current.i and current.i != trigger.i:
        marks = {c.lower_ for c in current.children if c.dep_ == "mark"}
        if current.dep_ == "advcl" and marks & LATER and trigger not in current.subtree:
            return True
        current = current.head
    return False


def _holds(place: Place, others: Sequence[Place]) -> bool:
    """A country or region that holds another attached place ("around Irbil ... in northern Iraq")."""
    for other in others:
        if other is place or other.country_code != place.country_code or not place.country_code:
            continue
        if place.feature == "country" and other.feature != "country":
            return True
        if place.feature in REGIONS and other.feature not in REGIONS and other.admin1 == place.name:
            return True
    return False


def _acting(place: Place, head: Token) -> bool:
    """A country as the subject of a verb acts ("two cities that Russia spent months capturing")."""
    subject = head.dep_ in ("nsubj", "csubj") and head.head.pos_ in ("VERB", "AUX")
    return subject and place.feature == "country"


def _whose(head: Token) -> bool:
    """A place naming whose forces or officials ("handed over to U.S. forces"): never where."""
    if head.dep_ not in ("compound", "amod", "nmod"):
        return False
    noun = head.head.lemma_.lower()
    kind = actor_table().kinds.get(noun) or actor_table().kinds.get(head.head.lower_)
    return kind in ARMED_KINDS and noun not in SITES and noun not in PLACE_NOUNS


def _affiliation(head: Token) -> bool:
    """'the US State Department', 'U.S. forces', 'Pakistan great Wasim Akram': whose, not where."""
    return head.dep_ in ("compound", "amod", "nmod", "poss") and not _wrapper(head.head)


def _speech(trigger: Token) -> bool:
    """A saying or asking: a place elsewhere in its sentence belongs to what was said, not to it."""
    return trigger.pos_ in ("VERB", "AUX") and trigger.lemma_.lower() in SPEECH


def attachment(head: Token, targets: set[int]) -> tuple[int, bool, bool] | None:
    """How a phrase's head attaches to the tokens of a trigger's clause (see `_path_to`), or None."""
    return _path_to(head, targets)


def targets_of(trigger: Token, clause: Token) -> set[int]:
    """The trigger and the tokens up to its clause head: where a place or time can attach."""
    return _targets(trigger, clause)


def _targets(trigger: Token, clause: Token) -> set[int]:
    targets = {trigger.i, clause.i}
    current = trigger
    while current.i != clause.i and current.head.i != current.i:
        current = current.head
        targets.add(current.i)
    return targets


SHARED_PENALTY = 100  # a place of the governing clause ranks after the -ing clause's own places


def _verbless(trigger: Token) -> bool:
    """A caption or headline with no finite verb ("Shop on fire next to residential buildings following
    strikes in Avdiivka"): one scene, so one place for what it shows."""
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in trigger.sent)


def _participle_adjunct(clause: Token) -> bool:
    """An -ing clause hung on another clause with no subject or conjunction of its own: it shares the
    other clause's setting ("clashed with activists in Azerbaijan, accusing them of ...")."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and clause.head.i != clause.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children)
    )


def _key(
    place: Place,
    places: Sequence[tuple[int, Place]],
    path: tuple[int, bool, bool] | None,
    head: Token,
    trigger: Token,
) -> float:
    """Smaller is likelier: attached first, then penalties, nearness in the parse, fineness."""
    rank = _rank(place, head)
    distance = abs(head.i - trigger.i) / 100
    if path is None:
        return 1000 + rank * 3 + distance + (REFERENCE_PENALTY if _measured_from(head) else 0)
    penalty = REFERENCE_PENALTY if path[2] else 0
    if _after_comma(place, places, head.doc.text):
        penalty += CONTAINER_PENALTY
    if head.dep_ in ("compound", "nmod", "amod") and head.head.lemma_.lower() not in PLACE_NOUNS:
        penalty += MODIFIER_PENALTY
    return penalty + path[0] * 10 + rank + distance


def _rank(place: Place, head: Token) -> int:
    """How coarse a place is; an unresolved name by the place word it names ("Adil neighborhood",
    "the village of Zangang"), else as a small place (unresolved names mostly are)."""
    if place.feature:
        return FEATURE_RANK.get(place.feature, 2)
    wrapper = head.head
    if head.dep_ == "pobj" and wrapper.lower_ == "of":
        wrapper = wrapper.head
    if head.dep_ in ("compound", "pobj") and _wrapper(wrapper):
        return FEATURE_RANK.get(wrapper.lemma_.lower(), 2)
    return 2


def _measured_from(head: Token) -> bool:
    """A reference point outside the trigger's clause: "driving on a road south of the capital Algiers"."""
    current = head
    while current.dep_ in ("appos", "compound") and current.head.i != current.i:
        current = current.head
    return current.dep_ == "pobj" and current.head.dep_ == "prep" and _reference(current.head)


def _after_comma(place: Place, places: Sequence[tuple[int, Place]], text: str) -> bool:
    """'Bakhmut, Donetsk': this place follows another place and a comma, so it contains it."""
    before = text[: place.span.start].rstrip()
    for _ in range(2):  # "Pavlivka, in Donetsk", "Bakhmut, in the Donetsk region"
        words = before.rsplit(None, 1)
        if len(words) == 2 and words[1].lower() in ("in", "the"):
            before = words[0]
    if not before.endswith(","):
        return False
    end = len(before) - 1
    return any(
        p.span.end == end or text[p.span.end : end].strip() == "" for _, p in places if p.span.end <= end
    )


def attached_places(places: Sequence[tuple[int, Place]], doc: Doc, trigger: Token, clause: Token) -> set[int]:
    """The places whose phrase attaches to this trigger's clause."""
    targets = {trigger.i, clause.i} | {t.i for t in trigger.ancestors if clause in t.subtree}
    found = set()
    for index, place in places:
        head = head_of(doc, place.span)
        path = _path_to(head, targets) if head is not None else None
        if head is not None and path is not None and (path[1] or _object_like(head)):
            found.add(index)
    return found


def fatalities_of(quantities: Sequence[Quantity]) -> tuple[int | None, Bound | None]:
    """Sum of the killed counted in the sentence, with the bound if any count has one."""
    total, bound, found = 0, None, False
    for q in quantities:
        if q.counts != "killed":
            continue
        value = q.value if q.value is not None else q.low
        if value is None:
            continue
        total += int(value)
        found = True
        bound = bound or q.bound or ("min" if q.value is None else None)
    return (total, bound) if found else (None, None)
