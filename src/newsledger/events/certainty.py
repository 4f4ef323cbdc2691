"""How sure the report is that an event happened: the ACLED-style provenance of `Event.certainty`.

Read from the trigger's own clause first, then from the quote that holds it:

1. denied: the trigger or its clause is negated ("did not attack", "no air strikes") or sits in
   the complement of a denial ("denied its planes bombed ...").
2. conditional: an if/unless clause, or would/could with a condition ("would see Russia give up").
3. proposed: the future (will, shall, going to) or the object of a plan, offer, threat, demand
   or proposal ("plans to take the peninsula back", "offered to withdraw").
4. hedged: may/might, evidential passives and adverbs ("is thought to have", "reportedly").
5. from the quote around it: a denial -> denied, a claim or insistence -> claimed, an estimate
   or belief -> hedged, a hedged source ("who claims to have connections") -> claimed, a
   content hedge -> hedged; a neutral report stays reported.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.model import Certainty, Quote

DENY_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebut"})
PROPOSE_GOVERNORS = frozenset({
    "plan", "propose", "offer", "threaten", "vow", "pledge", "promise", "intend", "want", "seek", "demand",
    "call", "urge", "aim", "expect", "prepare", "consider", "hope", "agree", "ask", "insist", "order",
    "try", "attempt", "wish", "plot", "set", "ready", "willing", "prepared", "poised", "likely", "able",
    "proposal", "terms", "deal", "threat", "condition", "bid",
})  # fmt: skip
HEDGE_GOVERNORS = frozenset({
    "think", "believe", "appear", "seem", "suspect", "understand", "report", "allege", "rumour", "rumor",
    "say", "fear", "estimate",
})  # fmt: skip
HEDGE_ADVERBS = frozenset({
    "reportedly", "allegedly", "apparently", "possibly", "probably", "likely", "perhaps", "purportedly",
    "supposedly", "seemingly",
})  # fmt: skip
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "must", "should"})
CONDITIONAL_AUX = frozenset({"would", "could", "'d"})
HEDGE_AUX = frozenset({"may", "might", "could"})
COMPLEMENTS = frozenset({"xcomp", "ccomp", "acl", "relcl"})
STANCE_CERTAINTY: dict[str, Certainty] = {
    "deny": "denied",
    "claim": "claimed",
    "insist": "claimed",
    "estimate": "hedged",
    "belief": "hedged",
}


def _chain(token: Token, clause: Token) -> list[Token]:
    """The trigger, the tokens up to its clause head, and the clause head's governors."""
    out = [token]
    current = token
    while current.head.i != current.i and len(out) < 12:
        current = current.head
        out.append(current)
    if clause not in out:
        out.append(clause)
    return out


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in token.children)


def _modal(tokens: list[Token]) -> Certainty | None:
    """The certainty the grammar around the trigger gives, nearest first."""
    seen_clause = False
    for i, token in enumerate(tokens):
        lemma = token.lemma_.lower()
        if i and (lemma in DENY_VERBS) and token.pos_ == "VERB":
            return "denied"
        if _negated(token) and not seen_clause:
            return "denied"
        marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
        aux = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
        if marks & {"if", "unless"}:
            return "conditional"
        if aux & CONDITIONAL_AUX and _has_condition(token):
            return "conditional"
        if aux & FUTURE_AUX or aux & {"would"}:
            return "proposed"
        if i and lemma in PROPOSE_GOVERNORS and tokens[i - 1].dep_ in COMPLEMENTS:
            return "proposed"  # "plans to take ... back", "terms that would see ..."
        if aux & HEDGE_AUX:
            return "hedged"
        if any(c.lower_ in HEDGE_ADVERBS for c in token.children):
            return "hedged"
        if i and lemma in HEDGE_GOVERNORS and token.tag_ == "VBN" and _is_passive(token):
            return "hedged"  # "is thought to have taken up positions"
        if token.dep_ in ("ROOT", "ccomp", "parataxis") and token.pos_ in ("VERB", "AUX"):
            seen_clause = True
            if token.dep_ == "ROOT":
                break
    return None


def _has_condition(token: Token) -> bool:
    sentence = token.sent
    return any(t.lower_ in ("if", "unless") for t in sentence) or token.lemma_.lower() in ("see", "mean")


def _is_passive(token: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in token.children)


def _from_quote(quote: Quote, hedged_source: bool) -> Certainty:
    stance = quote.cue.stance if quote.cue else "neutral"
    if stance in STANCE_CERTAINTY:
        return STANCE_CERTAINTY[stance]
    if hedged_source or any(h.kind == "source" for h in quote.hedges):
        return "claimed"
    if any(h.kind == "content" for h in quote.hedges):
        return "hedged"
    return "reported"


def certainty_of(
    trigger: Token, clause: Token, quote: Quote | None, *, hedged_source: bool = False
) -> Certainty:
    """The certainty of the event at `trigger` (see the module docstring for the order).

    `hedged_source`: the speaker is hedged somewhere in the article ("who claims to have
    connections in the Kremlin"), which weakens all they say.
    """
    modal = _modal(_chain(trigger, clause))
    if modal in ("denied", "conditional", "proposed"):
        return modal
    quoted = _from_quote(quote, hedged_source) if quote is not None else "reported"
    if quoted != "reported":
        return quoted
    return modal or "reported"
