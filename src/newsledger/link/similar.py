"""Near-duplicate grouping shared by story and statement clustering: MinHash LSH + exact Jaccard."""

from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH

_WORD = re.compile(r"\w+")
NUM_PERM = 64


def shingles(text: str, n: int = 3) -> set[str]:
    """Lower-cased word n-grams (the whole text when it is shorter than n words)."""
    words = _WORD.findall(text.lower())
    if len(words) < n:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def similar_groups(sets: list[set[str]], *, threshold: float, min_size: int = 1) -> list[list[int]]:
    """Connected components of pairs with Jaccard >= threshold, as index lists in first-seen order.

    LSH proposes candidates at a lower threshold so that few true pairs are missed; the
    exact Jaccard decides. Sets smaller than `min_size` join no group.
    """
    lsh = MinHashLSH(threshold=threshold * 0.8, num_perm=NUM_PERM)
    parent = list(range(len(sets)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, words in enumerate(sets):
        if len(words) < min_size:
            continue
        sketch = MinHash(num_perm=NUM_PERM, seed=1)
        sketch.update_batch([w.encode() for w in words])
        for j in lsh.query(sketch):
            if jaccard(words, sets[j]) >= threshold:
                parent[find(i)] = find(j)
        lsh.insert(i, sketch)
    groups: dict[int, list[int]] = {}
    for i in range(len(sets)):
        groups.setdefault(find(i), []).append(i)
    return sorted((g for g in groups.values() if len(g) > 1), key=min)
