"""Lookup cost, for `make bench`: cold (SQLite) and warm (cached) lookups of news place names."""

from __future__ import annotations

import time

from newsledger.geo.gazetteer import open_gazetteer

NAMES = (
    "Kherson", "Kyiv", "Kiev", "Mykolaiv", "Nikolaev", "Zaporizhzhia", "Zaporozhye", "Severodonetsk",
    "Kharkov", "Washington", "Paris", "Springfield", "Georgia", "London", "Moscow", "Donbas", "Crimea",
    "Snihurivka", "Pavlivka", "Gainesville", "Alexandria", "Dnipro", "Lagos", "Nowhereville",
)  # fmt: skip


def bench_lookups(rounds: int = 200) -> dict[str, float]:
    """Microseconds a lookup, cold and warm, and the open (and first-use build) time in seconds."""
    start = time.perf_counter()
    gazetteer = open_gazetteer()
    opened = time.perf_counter() - start
    gazetteer.lookup.cache_clear()
    start = time.perf_counter()
    for name in NAMES:
        gazetteer.lookup(name)
    cold = (time.perf_counter() - start) / len(NAMES)
    start = time.perf_counter()
    for _ in range(rounds):
        for name in NAMES:
            gazetteer.lookup(name)
    warm = (time.perf_counter() - start) / (rounds * len(NAMES))
    return {"open_s": round(opened, 3), "cold_us": round(cold * 1e6, 1), "warm_us": round(warm * 1e6, 2)}
