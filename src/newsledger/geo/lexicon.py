"""Words English knows: the lemma index the installed spaCy pipeline's lemmatizer ships (WordNet's
nouns, verbs, adjectives and adverbs, with the best-known proper names such as "Paris" or "Jackson").

A small place whose name is such a word ("Story", "Shell", "College") needs more evidence to be a
place than a place whose name English does not know ("Komyshuvakha", "Solonka").
"""

from __future__ import annotations

import functools


@functools.cache
def english_words() -> frozenset[str]:
    """Lower-case words of the lemmatizer's index; empty when the pipeline ships no such table."""
    from newsledger.analysis import load_nlp

    nlp = load_nlp()
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    words: set[str] = set()
    for entries in lookups.get_table("lemma_index").values():
        words.update(str(w).lower() for w in entries)
    return frozenset(words)


def english_word(text: str) -> bool:
    """Every word of `text` is a word English knows ("Story", "Shady Grove"; not "Komyshuvakha")."""
    words = english_words()
    return all(w.lower() in words for w in text.replace("-", " ").split())
