"""How sure the report is that an event happened: the ACLED-style provenance of `Event.certainty`.

The grammar around the trigger is read first, walking up the parse from the trigger through its
own clause and the clauses that govern it by complement (xcomp, ccomp, an infinitive under a
noun). The walk stops at a relative, participial or adverbial clause: "areas occupied since
2014" and "since its forces were driven back" keep their own modality, not the sentence's. A
participle hung on a verb of saying after what was said continues the report and takes its
modality, except that the means of an aim the speaker imputes is an allegation ("said Russia wanted
to turn Kherson into a 'city of death', mining everything": claimed).

1. denied: the trigger or a verb of its clause is negated ("did not attack", "no air strikes"),
   or it is the complement of a denial ("denied its planes bombed ...").
2. conditional: an if/unless/provided clause, or would/could with a condition ("would see
   Russia give up").
3. proposed: the future (will, shall, must, should), would, can, an imperative ("Stop the war,
   withdraw from our territory"), the complement of a plan, offer, threat, demand or proposal
   ("plans to take the peninsula back", "the possibility of peace negotiations") or a trigger
   noun qualified as potential, possible, planned ("a potential Russian surrender").
4. hedged: may/might/could, evidential verbs ("is thought to have", "appears to have been
   destroyed", "believe that"), adverbs ("reportedly") and qualifiers ("alleged").
5. Else the quote around it: a denial -> denied, a claim or insistence -> claimed, an estimate
   or belief -> hedged, a hedged source ("who claims to have connections") -> claimed, a
   content hedge -> hedged; a neutral report stays reported.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.events.roles import continued_report
from newsledger.model import Certainty, Quote

DENY_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebut"})
PROPOSE_GOVERNORS = frozenset({
    "plan", "propose", "offer", "threaten", "vow", "pledge", "promise", "intend", "want", "seek", "demand",
    "call", "urge", "aim", "expect", "prepare", "consider", "hope", "agree", "ask", "insist", "order",
    "try", "attempt", "wish", "plot", "set", "ready", "willing", "prepared", "poised", "likely", "able",
    "capable",
    "proposal", "terms", "deal", "threat", "condition", "bid", "possibility", "prospect", "idea", "chance",
    "readiness", "willingness", "intention", "decision", "ultimatum", "push", "need",
    "going", "about", "due",
})  # fmt: skip
CLAUSE_PROPOSERS = frozenset({  # "demanded that troops withdraw": a proposal across a that-clause
    "propose", "demand", "urge", "ask", "order", "recommend", "plan", "want", "hope", "wish", "threaten",
    "vow", "pledge", "promise", "proposal", "call", "expect", "anticipate", "predict", "forecast",
})  # fmt: skip
UNDONE_GOVERNORS = frozenset({"refuse", "fail", "unable"})  # "refused to withdraw": it did not happen
HEDGE_GOVERNORS = frozenset({
    "think", "believe", "appear", "seem", "suspect", "understand", "allege", "rumour", "rumor", "fear",
    "estimate", "suggest", "assume", "presume",
})  # fmt: skip
HEDGE_NOUNS = frozenset({"fear", "allegation", "rumour", "rumor", "suspicion", "speculation", "claim"})
HEDGE_ADVERBS = frozenset({
    "reportedly", "allegedly", "apparently", "possibly", "probably", "likely", "perhaps", "purportedly",
    "supposedly", "seemingly", "presumably",
})  # fmt: skip
PROPOSED_QUALIFIERS = frozenset({
    "potential", "possible", "planned", "proposed", "expected", "imminent", "future", "prospective",
    "threatened", "hypothetical", "likely", "looming", "feared",
})  # fmt: skip
ENDINGS = frozenset({"stop", "cease", "halt", "end", "quit"})  # "not stopped shelling": still going on
LONG_SAID = frozenset({"long", "much", "oft", "often"})  # "long-threatened", "much-feared"
HEDGED_QUALIFIERS = frozenset({"alleged", "suspected", "apparent", "purported", "presumed", "unconfirmed"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "must", "should", "can", "ca", "would", "'d"})
CONDITIONAL_AUX = frozenset({"would", "could", "'d"})
HEDGE_AUX = frozenset({"may", "might", "could"})
CONDITION_MARKS = frozenset({"if", "unless", "provided", "providing", "whether"})
CONSEQUENCE = frozenset({"see", "mean", "involve", "require", "include", "entail", "leave", "force"})
STOPS = frozenset({"relcl", "advcl", "appos", "parataxis", "csubj", "amod"})  # a clause of its own
STANCE_CERTAINTY: dict[str, Certainty] = {
    "deny": "denied",
    "claim": "claimed",
    "insist": "claimed",
    "estimate": "hedged",
    "belief": "hedged",
}


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in token.children)


def _words(token: Token, deps: tuple[str, ...]) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in deps}


def _is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def _imperative(token: Token) -> bool:
    """ "Stop the war, withdraw from our territory": a bare verb that opens its sentence, no subject."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.tag_ != "VB" or token.dep_ != "ROOT":
        return False
    deps = {c.dep_ for c in token.children}
    if deps & {"nsubj", "nsubjpass", "aux", "auxpass", "expl"} or not deps & {"dobj", "xcomp", "conj"}:
        return False  # "Strike on a substation in Lviv" is a caption's noun phrase, not an order
    first = next((t for t in token.sent if not t.is_punct and not t.is_space), token)
    return first.i == token.i


def _conditioned(token: Token) -> bool:
    """ "Russia withdraws if the talks succeed": an if-clause hangs on this word."""
    return any(c.dep_ == "advcl" and _words(c, ("mark",)) & CONDITION_MARKS for c in token.children)


def _local(token: Token, came_from: Token | None, denial_is_event: bool = False) -> Certainty | None:
    """What this token of the walk says about the event (None: nothing, walk on)."""
    lemma = token.lemma_.lower()
    verb = _is_verb(token)
    if came_from is not None and lemma in DENY_VERBS and verb and not denial_is_event:
        return "denied"
    if _negated(token) and came_from is not None and lemma in ENDINGS:
        return None  # "has not stopped shelling Kharkiv": the shelling goes on
    if _negated(token) and (came_from is None or verb):
        return "denied"
    if _words(token, ("mark", "advmod")) & CONDITION_MARKS or _conditioned(token):
        return "conditional"
    aux = _words(token, ("aux", "auxpass"))
    if aux & CONDITIONAL_AUX and _has_condition(token):
        return "conditional"
    if aux & FUTURE_AUX or (verb and _imperative(token)):
        return "proposed"
    modifiers = _words(token, ("amod", "advmod")) - _long_said(token)
    if came_from is not None and _governs(token, came_from):
        if lemma in UNDONE_GOVERNORS:
            return "denied"
        if lemma in PROPOSE_GOVERNORS:
            return "proposed"  # "plans to take ... back", "the possibility of peace negotiations"
        if lemma == "remain" and (_words(came_from, ("auxpass",)) or came_from.lemma_ == "be"):
            return "proposed"  # "170,000 square kilometres remained to be de-mined": still to be done
    if modifiers & PROPOSED_QUALIFIERS and not verb:
        return "proposed"
    if aux & HEDGE_AUX or modifiers & (HEDGE_ADVERBS | HEDGED_QUALIFIERS):
        return "hedged"
    if came_from is not None and came_from.dep_ in ("xcomp", "ccomp") and lemma in HEDGE_GOVERNORS:
        return "hedged"  # "is thought to have taken up positions", "appears to have been destroyed"
    if came_from is not None and not verb and lemma in HEDGE_NOUNS:
        return "hedged"  # "amid fears the retreat is a trap"
    return None


def _long_said(token: Token) -> set[str]:
    """ "its long-threatened invasion", "the much-expected offensive": how long it was in the air,
    not that it is still to come."""
    doc = token.doc
    return {
        c.lower_
        for c in token.children
        if c.dep_ == "amod" and c.i > 1 and doc[c.i - 1].text == "-" and doc[c.i - 2].lower_ in LONG_SAID
    }


def _governs(token: Token, came_from: Token) -> bool:
    """Whether the walk came up through a complement: "plans to ...", "calls for ...", "offer of ..."."""
    if came_from.dep_ in ("xcomp", "ccomp", "acl", "acomp"):
        return True
    return came_from.dep_ == "prep" and (not _is_verb(token) or came_from.lower_ == "for")


def _modal(trigger: Token, denial_is_event: bool = False) -> Certainty | None:
    """The certainty the grammar around the trigger gives, nearest first (see the docstring)."""
    current, came_from = trigger, None
    for _ in range(12):
        found = _local(current, came_from, denial_is_event)
        if found is not None:
            return found
        said = continued_report(current)
        if said is not None:  # "said Russia wanted to turn Kherson into ..., mining everything"
            if said.lemma_.lower() in PROPOSE_GOVERNORS:
                return "claimed"  # the means of an aim the speaker imputes: told as done, an allegation
            return _modal(said, denial_is_event)
        if current.head.i == current.i or current.dep_ in STOPS:
            return None
        if current.dep_ == "conj" and _own_tense(current):
            return None  # "would leave Moscow ... and has killed some 100,000": a tense of its own
        if current.dep_ == "acl" and not any(c.dep_ == "aux" for c in current.children):
            return None  # a participle describing a noun: "areas occupied since 2014"
        if current.dep_ == "ccomp" or current.dep_ == "acl":
            return _governor(current.head, current, denial_is_event)
        current, came_from = current.head, current
    return None


def _own_tense(verb: Token) -> bool:
    """A coordinated verb with an auxiliary of its own ("has killed"), not "to" or a shared one."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children)


def _governor(head: Token, came_from: Token, denial_is_event: bool = False) -> Certainty | None:
    """Across a complement clause only the governing word counts ("denied that", "fears that")."""
    lemma = head.lemma_.lower()
    if denial_is_event and lemma in DENY_VERBS:
        return None
    if lemma in CONSEQUENCE and (_local(head, None) in ("conditional", "proposed")):
        return _local(head, None)  # "the deal would see Russia withdraw ..."
    if lemma in DENY_VERBS or lemma in UNDONE_GOVERNORS:
        return "denied"
    if lemma in CLAUSE_PROPOSERS:
        return "proposed"
    if lemma in HEDGE_GOVERNORS or lemma in HEDGE_NOUNS:
        return "hedged"
    return None


def _has_condition(token: Token) -> bool:
    sentence = token.sent
    return any(t.lower_ in CONDITION_MARKS for t in sentence) or token.lemma_.lower() in ("see", "mean")


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
    trigger: Token,
    clause: Token,
    quote: Quote | None,
    *,
    hedged_source: bool = False,
    denial_is_event: bool = False,
) -> Certainty:
    """The certainty of the event at `trigger` (see the module docstring for the order).

    `clause` is the trigger's clause head (kept for callers; the walk finds it itself).
    `hedged_source`: the speaker is hedged somewhere in the article ("who claims to have
    connections in the Kremlin"), which weakens all they say. `denial_is_event`: a denial of
    responsibility is itself the event ("Russia denied its planes were responsible").
    """
    del clause
    modal = _modal(trigger, denial_is_event)
    if modal in ("denied", "conditional", "proposed"):
        return modal
    quoted = _from_quote(quote, hedged_source) if quote is not None else "reported"
    if quoted != "reported":
        return quoted
    return modal or "reported"
