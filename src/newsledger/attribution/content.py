"""What was said: the content of a cue, as token ranges of its sentence.

Three readings, tried in order:

1. Content first, cue after: "Ukrainian forces have liberated 41 settlements, Zelenskiy
   said." When the reporting clause (speaker, cue and their adverbials: the *frame*)
   follows a comma or dash and the words before it make a clause of their own, they are
   the content, plus the words after the frame when it interrupts that clause ("Climate
   change, Mr. Obama often says, is ...").
2. The complement in the parse: a that-clause (`ccomp`), an infinitive for verbs that
   take one ("vowed never to negotiate"), an object for verbs whose object is what was
   said ("denied the report"), object and predicate for verbs of naming ("called the
   senator a nasty guy"), the object of the last word of a phrase ("calling for a
   return"), or the clause or of-phrase of a cue noun ("suggestions that ...").
3. Cue first, no complement found: the rest of the sentence when it is a clause of its
   own ("saying winter will provide ...").

"according to X" reads the clause it is attached to: the words after it when it leads
the sentence, the words before it when it ends it. A sentence is cut at line breaks, so
content never runs into the next paragraph or caption.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.attribution.cues import CueMatch, clause_bounds
from newsledger.attribution.lexicon import Lexicon
from newsledger.attribution.speakers import Mention

Range = tuple[int, int]  # token indices [start, end)
FRAME_RIGHT = frozenset({"advmod", "npadvmod", "prep", "agent", "dative", "prt", "neg"})
FRAME_LEFT = frozenset({"aux", "auxpass", "neg", "advmod"})
HEARERS = frozenset(
    {
        "reporter",
        "journalist",
        "audience",
        "crowd",
        "viewer",
        "reader",
        "supporter",
        "he",
        "she",
        "they",
        "him",
        "her",
        "them",
        "us",
        "me",
        "we",
    }
)
SEPARATORS = frozenset({",", "—", "–", "-", ":", ";", "--", "―"})
LEADERS = frozenset({"that", ",", ":", "-", "—", "–", "--", "―"})
OBJECT_TAILS = frozenset({"as", "of", "for", "to"})  # "accused the GOP of stoking", "likened RT to the BBC"
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "parataxis"})
SPEAKER_CIRCUMSTANCES = frozenset(
    {"speak", "address", "visit", "appear", "write", "talk", "refer", "respond", "stand", "sit", "arrive",
     "cite", "point", "reply", "answer", "quote", "return", "travel", "meet", "attend", "hold", "wear"}
)  # fmt: skip


def frame(cue: CueMatch, who: Mention | None) -> Range:
    """Token range of the reporting clause: the speaker, the cue and their adverbials."""
    verb = cue.head
    doc = verb.doc
    lo_bound, hi_bound = clause_bounds(verb)
    lo = verb.i
    while lo > lo_bound and doc[lo - 1].head == verb and doc[lo - 1].dep_ in FRAME_LEFT:
        lo -= 1
    hi = cue.last.i
    if who is not None and who.extent is not None:
        first, last = who.extent[0], who.extent[1] - 1
        if first < lo <= last:  # the phrase's own clause runs into the cue ("an expert revealed")
            last = lo - 1
        if (
            lo_bound <= first
            and last < hi_bound
            and ((last < lo and _bridge(verb, who, last, lo)) or first == hi + 1)
        ):
            lo, hi = min(lo, first), max(hi, last)
    for child in verb.rights:
        if child.i <= hi or child.left_edge.i != hi + 1:
            continue
        hearer = child.dep_ in ("dobj", "dative") and child.lemma_.lower() in HEARERS
        if (child.dep_ in FRAME_RIGHT and not _clausal(child)) or hearer:
            hi = max(hi, _last_word(child))
    return lo, hi + 1


def content(cue: CueMatch, fr: Range, lex: Lexicon) -> list[Range]:
    """The content of `cue` with frame `fr`, as token ranges (empty when there is none)."""
    if cue.form == "according":
        return _according(cue)
    verb = cue.head
    lemma = verb.lemma_.lower()
    bounds = clause_bounds(verb)
    if lemma in lex.direct_only and cue.form == "verb":
        return []
    if lemma in lex.evidence and cue.form == "verb":
        shown = next((c for c in verb.rights if c.dep_ in ("ccomp", "dobj")), None)
        found = _subtree(shown, fr[1]) if shown is not None else None
        return [r for r in (found and _clip(found, bounds),) if r]
    first = _content_first(cue, fr, bounds)
    if first:
        return first
    found = _complement(cue, fr, lex)
    if found is None and cue.form == "noun":
        found = _clause_split_off(verb)
        return [found] if found is not None else []
    if found is not None:
        found = _with_absolute(verb, _with_trailing_participle(verb, found, lex))
        return [r for r in (_clip(_with_own_conj(verb, found, bounds, lex), bounds),) if r is not None]
    return _rest_of_clause(cue, fr, bounds)


def _rest_of_clause(cue: CueMatch, fr: Range, bounds: Range) -> list[Range]:
    """No complement in the parse: a clause right after the cue ("saying winter will provide ...")."""
    verb = cue.head
    doc = verb.doc
    if cue.form not in ("verb", "phrase") or verb.dep_ == "acl" or _has(verb, "dobj") or _has(verb, "oprd"):
        return []
    if verb.dep_ == "advcl" and verb.head.i >= fr[1]:
        return []  # "Speaking at the museum, Mr. Obama said ...": what follows is the main clause
    after = _trim(doc, fr[1], bounds[1])
    if after is None or doc[after[0]].pos_ in ("VERB", "AUX") or not _is_clause(doc, after):
        return []
    return [after]


def _speech(verb: Token, lex: Lexicon) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in lex.verbs and lemma not in lex.non_speech


def _with_own_conj(verb: Token, found: Range, bounds: Range, lex: Lexicon) -> Range:
    """ "said the onus is on Russia and he sees no desire ...": a second clause whose subject is a
    pronoun, joined to the cue verb, carries on what was said."""
    for child in verb.rights:
        if child.dep_ != "conj" or child.i < found[1] or child.i >= bounds[1] or _speech(child, lex):
            continue
        subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "PRON" and subject.lower_ in ("he", "she", "they", "it"):
            return found[0], _last_word(child) + 1
    return found


def _content_first(cue: CueMatch, fr: Range, bounds: Range) -> list[Range]:
    doc = cue.head.doc
    lo, hi = fr
    if lo <= bounds[0] or doc[lo - 1].text not in SEPARATORS or cue.form == "noun" or cue.head.tag_ == "VBG":
        return []
    if hi < bounds[1] and not (doc[hi].is_punct or doc[hi].is_space):
        return []  # words follow the clause: the content comes after ("..., Mr. Clarke said the deal ...")
    before = _trim(doc, bounds[0], lo)
    if before is None:
        return []
    after = _trim(doc, hi, bounds[1]) if hi < bounds[1] and doc[hi].text in SEPARATORS else None
    if not _is_clause(doc, before):
        nominal = doc[before[0]].pos_ in ("NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM")
        if after is None and nominal and hi >= bounds[1] - 1 and cue.head.dep_ in ("ROOT", "parataxis"):
            return [before]  # a phrase as the whole of what was said: "People like Scott, he said."
        # the clause interrupted after its subject: "Climate change, Mr. Obama often says, is ..."
        predicate = after is not None and (
            doc[after[0]].pos_ in ("VERB", "AUX") or not _is_clause(doc, after)
        )
        if after is not None and predicate and _is_clause(doc, (before[0], after[1])):
            return [before, after]
        return []
    head = cue.head.head
    if (
        after is not None
        and after[0] <= head.i < after[1]
        and cue.head.dep_ in ("parataxis", "advcl", "ccomp")
    ):
        return [before, after]
    return [before]


def _complement(cue: CueMatch, fr: Range, lex: Lexicon) -> Range | None:
    verb = cue.head
    lemma = verb.lemma_.lower()
    if cue.form == "noun":
        return _noun_content(verb)
    if cue.form == "phrase":
        obj = next((c for c in cue.last.children if c.dep_ in ("pobj", "pcomp")), None)
        target = obj or next((c for c in verb.children if c.dep_ == "ccomp"), None)
        return _subtree(target, fr[1]) if target is not None else None
    for child in verb.rights:
        if child.dep_ == "ccomp":
            return _subtree(child, fr[1])
    infinitive = lemma in lex.infinitive or cue.form == "impersonal"
    for child in verb.rights:
        if child.dep_ == "xcomp" and infinitive:
            return _subtree(child, fr[1])
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    if lemma in lex.naming and (_has(verb, "oprd") or _has(obj, "appos") or _has(obj, "acomp")):
        end = max([_last_word(obj), *(_last_word(c) for c in verb.rights if c.dep_ == "oprd")])
        return obj.left_edge.i, end + 1
    end = _last_word(obj)
    tail = next((c for c in verb.rights if c.dep_ == "prep" and c.i > end and c.lower_ in OBJECT_TAILS), None)
    if lemma in lex.as_object and tail is not None and tail.lower_ == "as":
        return obj.left_edge.i, _last_word(tail) + 1
    if lemma in lex.object_content:
        return obj.left_edge.i, (_last_word(tail) if tail is not None else end) + 1
    return None


def _with_trailing_participle(verb: Token, found: Range, lex: Lexicon) -> Range:
    """ "said Russia wanted to turn Kherson into a 'city of death', mining everything ...": the
    parser hangs a participle after the content on the cue verb, but it goes on the content's
    clause. Not a participle of speech or of the speaker's own circumstances ("..., adding",
    "..., speaking in Kyiv"), and only when the content is a clause with its own subject."""
    doc = verb.doc
    head = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    if head is None or not _has(head, "nsubj") or found[1] <= head.i:
        return found
    for child in verb.rights:
        if child.dep_ != "advcl" or child.tag_ != "VBG" or child.i < found[1] or child.i < 1:
            continue
        lemma = child.lemma_.lower()
        if doc[child.i - 1].text != "," or lemma in lex.verbs or lemma in SPEAKER_CIRCUMSTANCES:
            continue
        if doc[found[1] : child.i - 1].text.strip(" '’\"”"):
            continue  # something else stands between the content and the participle
        return found[0], child.right_edge.i + 1
    return found


def _with_absolute(verb: Token, found: Range) -> Range:
    """ "painted a picture of a chaotic retreat, with soldiers ditching their uniforms": an absolute
    with-clause right after the content (its own subject and an -ing or -ed verb) says more of
    what was said; the parser hangs it on the cue verb."""
    doc = verb.doc
    comma = found[1]
    if comma + 1 >= len(doc) or doc[comma].text != "," or doc[comma + 1].lower_ != "with":
        return found
    prep = doc[comma + 1]
    if prep.head != verb and prep.head.i >= found[0]:
        return found  # the content's own with-phrase is already inside it
    for child in prep.children:
        clause = child if child.pos_ == "VERB" else next((c for c in child.children if c.dep_ == "acl"), None)
        if (
            clause is not None
            and clause.tag_ in ("VBG", "VBN")
            and (clause is not child or _has(clause, "nsubj"))
        ):
            return found[0], prep.right_edge.i + 1
    return found


def _noun_content(noun: Token) -> Range | None:
    for child in noun.rights:
        if child.dep_ in ("acl", "ccomp", "appos", "relcl") and _own_clause(child):
            return _subtree(child, noun.i + 1)
        if child.dep_ == "prep" and child.lower_ in ("of", "about", "that"):
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return _subtree(obj, child.i + 1)
    return None


def _clause_split_off(noun: Token) -> Range | None:
    """A cue noun the parser ended a sentence on, though the line runs on into a clause with its own
    subject ("... evacuated by Russia amid fears Moscow's men may be laying a trap for them, ..."):
    that clause, up to its first comma, is the content."""
    doc = noun.doc
    nxt = noun.i + 1
    if nxt >= len(doc) or not doc[nxt].is_sent_start or noun.whitespace_ != " " or doc[nxt].is_punct:
        return None
    root = doc[nxt].sent.root
    if root.pos_ not in ("VERB", "AUX") or not _own_clause(root):
        return None
    commas = [c.i for c in root.rights if c.text in (",", ";", "-", "–")]
    return _trim(doc, nxt, min([root.right_edge.i + 1, *commas]))


def _own_clause(verb: Token) -> bool:
    """A clause with its own subject, not a relative clause ("fears Moscow may ...", "claims that ...")."""
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(s.tag_ not in ("WDT", "WP") and s.lower_ != "that" for s in subjects)


def _according(cue: CueMatch) -> list[Range]:
    doc = cue.head.doc
    lo_bound, hi_bound = clause_bounds(cue.head)
    pp_lo, pp_hi = cue.head.i, _last_word(cue.head) + 1
    lead = _trim(doc, lo_bound, pp_lo)
    tail = _trim(doc, pp_hi, hi_bound)
    if lead is None or tail is None:
        return [r for r in (lead or tail,) if r is not None]
    if doc[pp_hi].lower_ in ("and", "but") or doc[pp_hi + 1 : pp_hi + 2].text in ("and", "but"):
        return [lead]
    return [tail]


def _subtree(tok: Token, start: int) -> Range | None:
    """The words of `tok`'s subtree from `start` on, cut before a second clause that is not part
    of it: one with its own subject, or a finite verb of another tense with none ("warned that
    Russia could be laying a trap, but pressed ahead": the pressing is not what was warned; "said
    Putin has done nothing - and shows no sign of changing": both are what was said). The cut
    falls before the conjunctions and punctuation that join the second clause, not at an earlier
    "but" inside the first ("nothing but issue ultimatums")."""
    doc = tok.doc
    end = tok.right_edge.i + 1
    for child in tok.rights:
        if child.dep_ != "conj" or child.pos_ != "VERB" or child.i <= start:
            continue
        own = _has(child, "nsubj") or (
            child.tag_ in FINITE and child.tag_ != _tense(tok) and not _has(child, "nsubjpass")
        )
        if own:
            lo = child.left_edge.i
            while lo - 1 > tok.i and doc[lo - 1].dep_ in ("cc", "punct") and doc[lo - 1].head == tok:
                lo -= 1
            end = min(end, lo)
    return _trim(doc, max(start, tok.left_edge.i), end)


def _tense(verb: Token) -> str:
    """The tag of the finite word of `verb`'s clause: its own, or its first finite auxiliary's
    ("has done" is VBZ like "shows")."""
    if verb.tag_ in FINITE:
        return verb.tag_
    aux = (c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE)
    return next(aux, verb.tag_)


def _clip(rng: Range, bounds: Range) -> Range | None:
    lo, hi = max(rng[0], bounds[0]), min(rng[1], bounds[1])
    return (lo, hi) if hi > lo else None


def _trim(doc: Doc, lo: int, hi: int) -> Range | None:
    """Drop edge punctuation, a leading "that" and leading conjunctions."""
    while lo < hi and ((doc[lo].is_punct and doc[lo].text not in "“‘\"'([") or doc[lo].lower_ in LEADERS):
        lo += 1
    while lo < hi and ((doc[lo].lower_ in ("and", "but", "so") and doc[lo].dep_ == "cc") or doc[lo].is_space):
        lo += 1
    while hi > lo and (_loose_end(doc[hi - 1]) or doc[hi - 1].is_space):
        hi -= 1
    return (lo, hi) if hi > lo else None


def _loose_end(tok: Token) -> bool:
    """Punctuation that does not end the content: commas, dashes, a dangling "and", the full stop
    of the reporting sentence (a question or exclamation mark belongs to what was said)."""
    if tok.is_punct:
        return tok.text not in "”’\"')]?!"
    return tok.dep_ == "cc"


def _is_clause(doc: Doc, rng: Range) -> bool:
    """Does the range hold a clause of its own: a subject and its verb inside, or (where the parse
    lost the subject across a line) a finite verb after some noun?"""
    lo, hi = rng
    for i in range(lo, hi):
        tok = doc[i]
        if tok.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and lo <= tok.head.i < hi:
            return True
    nouns = [i for i in range(lo, hi) if doc[i].pos_ in ("NOUN", "PROPN", "PRON")]
    return bool(nouns) and any(doc[i].tag_ in FINITE for i in range(nouns[0] + 1, hi))


def _clausal(tok: Token) -> bool:
    return any(t.dep_ in ("ccomp", "xcomp", "advcl", "relcl") for t in tok.subtree)


def _bridge(verb: Token, who: Mention, last: int, lo: int) -> bool:
    """Only the speaker's phrase, the verb's adverbials and punctuation between speaker and verb."""
    doc = verb.doc
    for i in range(last + 1, lo):
        tok = doc[i]
        if tok.is_punct or tok.dep_ in FRAME_LEFT or who.head in tok.ancestors:
            continue
        path = [tok, *tok.ancestors]
        child = next((t for t in path if t.head == verb), None)
        if child is None or child.dep_ in CONTENT_DEPS:
            return False
    return True


def _has(tok: Token, dep: str) -> bool:
    return any(c.dep_ == dep for c in tok.children)


def _last_word(tok: Token) -> int:
    i = tok.right_edge.i
    while i > tok.i and tok.doc[i].is_punct and tok.doc[i].text not in ")]":
        i -= 1
    return i
