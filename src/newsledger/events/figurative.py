"""Where the words of violence and disaster are about something else: markets, fiction, idioms.

General news borrows the vocabulary of war and disaster: shares "crashed 18 percent", harvests
"flooded global markets", oil futures "rally", a retailer reports "a flood of holiday orders";
a thriller is "about a journalist kidnapped by smugglers", a drama "follows detectives hunting
an arms dealer who smuggles rifles", a painting depicts "a naval battle"; a comedian "killed it".
A trigger word reports nothing when

- what does it, suffers it or fills its of-phrase is a market quantity (shares, prices, markets,
  orders, exports, a currency), or it rises or falls by a percent or to a sum ("crashed 18
  percent", "sinking to $1.3 billion");
- it sits inside what a work of fiction or art is about: under the noun of the work ("the thriller
  ..., about ...", "a painting depicting ...") or under a verb whose subject is one ("Season two
  ... follows detectives hunting ...", "the game lets players call in airstrikes");
- it is an idiom: "killed it", a crowd that "spilled onto the pitch", a word in a hyphenated
  modifier ("fraud-detection software").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.events.actors import kind_of

MARKET = frozenset({
    "share", "stock", "price", "market", "index", "future", "currency", "bond", "sale", "order",
    "booking", "revenue", "profit", "earning", "valuation", "yield", "export", "import", "dollar",
    "euro", "yen", "rouble", "ruble", "rupee", "peso", "inflation", "output", "commodity", "equity",
    "nasdaq", "dow", "ftse", "nikkei", "bitcoin",
})  # fmt: skip
WORKS = frozenset({
    "film", "movie", "thriller", "drama", "documentary", "novel", "book", "memoir", "episode", "play",
    "musical", "opera", "game", "sequel", "album", "song", "exhibition", "painting",
    "sculpture", "comedy", "sitcom", "miniseries", "trilogy",
})  # fmt: skip
CROWD_VERBS = frozenset({"spill", "flood", "pour", "stream", "surge"})  # "fans spilled onto the pitch"
CROWD_NOUNS = frozenset(
    {"fan", "supporter", "tourist", "shopper", "spectator", "visitor", "crowd", "reveller"}
)
MARKET_KINDS = frozenset(
    {"stock", "global", "world", "financial", "bond", "oil", "housing", "equity", "currency"}
)
ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "obj"})
MEASURES = frozenset({"PERCENT", "MONEY"})


def figurative(trigger: Token) -> bool:
    """Whether the trigger word is about markets, inside a work's story, or an idiom."""
    return _market(trigger) or _in_a_work(trigger) or _idiom(trigger)


def _market(trigger: Token) -> bool:
    holders = [trigger, trigger.head] if trigger.dep_ in ROLES else [trigger]
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ROLES and _quantity(child):
                return True  # "shares crashed", "harvests flooded global markets"
            of_market = any(_quantity(o) for o in child.children if o.dep_ == "pobj")
            if child.dep_ == "prep" and child.lower_ == "of" and of_market:
                return True  # "a flood of holiday orders"
    return _measured(trigger)


def _quantity(noun: Token) -> bool:
    """A market quantity; "a market" alone is a place people shop in ("Warplanes pounded a market")."""
    lemma = noun.lemma_.lower()
    if lemma == "market":
        return noun.tag_ == "NNS" or any(c.lower_ in MARKET_KINDS for c in noun.children)
    return lemma in MARKET


def _measured(trigger: Token) -> bool:
    """ "crashed 18 percent", "sinking to $1.3 billion", "rallied by 2%": a rise or fall, not an event."""
    for child in trigger.children:
        if child.dep_ != "prep" and (child.ent_type_ == "PERCENT" or child.lower_ in ("percent", "%")):
            return True
        sums = any(o.ent_type_ in MEASURES for o in child.subtree if o.i != child.i)
        if child.dep_ == "prep" and child.lower_ in ("to", "by") and sums:
            return True
    return False


def _in_a_work(trigger: Token) -> bool:
    start = trigger.sent.start
    doc = trigger.doc
    if start + 1 < len(doc) and doc[start].lemma_.lower() == "review" and doc[start + 1].text == ":":
        return True  # "Review: Iron Dominion 4 lets players call in airstrikes"
    for ancestor in trigger.ancestors:
        if ancestor.lemma_.lower() in WORKS and ancestor.pos_ in ("NOUN", "PROPN"):
            return True  # "the thriller ..., about a journalist kidnapped by smugglers"
        subject = next((c for c in ancestor.children if c.dep_ == "nsubj"), None)
        if subject is not None and any(t.lemma_.lower() in WORKS for t in subject.subtree):
            return True  # "Season two of the hit drama ... follows detectives hunting an arms dealer"
    return False


def _idiom(trigger: Token) -> bool:
    """ "absolutely killed it at the festival", "fans spilled onto the pitch", "fraud-detection software"."""
    lemma = trigger.lemma_.lower()
    if lemma == "kill" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in trigger.children):
        return True
    if lemma in CROWD_VERBS and any(c.dep_ == "nsubj" and _people(c) for c in trigger.children):
        return True
    doc = trigger.doc
    return trigger.dep_ == "compound" and trigger.i + 1 < len(doc) and doc[trigger.i + 1].text == "-"


def _people(token: Token) -> bool:
    return kind_of(token) in ("civilians", "protesters", "rioters") or token.lemma_.lower() in CROWD_NOUNS
