"""The speaker mention of a cue, split into the name as written and its description.

The subject of the cue verb is the speaker ("Peskov said", inverted "said Ben Barry");
a participle ("..., saying", "insisting that") and a second verb ("said ... and added")
share the subject of the verb they hang on; "with Kyiv's military intelligence saying"
gives the noun the participle hangs on; "according to X" gives X. Where the parse found
no subject in the same sentence and line, the noun phrase written right before the cue
(past its own relative clause: "Larysa, who had fled Kherson, said"), or right after it
when it ends the clause ("..., said Barry."), stands in.

A mention keeps titles with the name ("President Zelensky", "Professor Valery Solovey")
and splits role words and appositions off as the description ("Kremlin spokesman Dmitry
Peskov" -> "Dmitry Peskov" + "Kremlin spokesman"). A source noun speaks for the body
attached to it: "a report in the New York Times", "a U.S. estimate". Plain nouns with no
name ("Western officials", "an expert", "residents") are kept, as unnamed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Token

from newsledger.attribution.cues import CueMatch, clause_bounds, noun_chunks
from newsledger.attribution.lexicon import Lexicon
from newsledger.model import Span

MentionKind = Literal["person", "body", "group", "unnamed", "pronoun", "relative"]
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"})
RELATIVES = frozenset({"who", "which", "that", "whom"})
SUBJECTS = ("nsubj", "nsubjpass")
SHARED_SUBJECT = frozenset({"advcl", "xcomp", "conj", "amod", "acl", "npadvmod", "dep", "pcomp", "prep"})
ADVERBIAL_PARTICIPLE = frozenset({"advcl", "amod", "npadvmod", "dep", "conj", "xcomp"})
NP_LEFT = frozenset(
    {"det", "amod", "compound", "poss", "case", "nummod", "nmod", "quantmod", "punct", "advmod"}
)
NP_RIGHT = frozenset({"appos", "prep", "relcl", "acl", "amod", "compound", "nummod", "punct", "cc", "conj"})
OBJECTS = frozenset({"pobj", "dobj", "poss", "attr"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
BRIDGE_DEPS = frozenset({"aux", "auxpass", "neg", "advmod", "npadvmod", "prep"})
AUTHOR_LABELS = frozenset({"PERSON", "ORG"})
SOURCE_PREPS = frozenset({"in", "by", "from", "of", "on"})
Range = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Mention:
    head: Token
    text: Span  # the name as written here ("he", "President Zelensky", "Western officials")
    kind: MentionKind
    named_tokens: Range | None  # token range of the name (entity plus titles)
    description: Span | None = None
    extent: Range | None = None  # tokens of the whole phrase, description included

    @property
    def named(self) -> bool:
        return self.kind in ("person", "body")


def speaker_mention(cue: CueMatch, lex: Lexicon) -> Mention | None:
    """The mention of who speaks through `cue`: from the parse, else from what stands next to it."""
    subject = subject_token(cue)
    if subject is not None:
        return mention(subject, lex, before=cue.head.i)
    if cue.form not in ("verb", "phrase"):
        return None
    found = adjacent_mention(cue.head, cue.last, lex)
    if found is None and cue.head.tag_ == "VBG" and cue.head.dep_ in ADVERBIAL_PARTICIPLE:
        lo, hi = clause_bounds(cue.head)
        root = cue.head.doc[lo:hi].root
        if root.i < cue.head.i and root.pos_ in ("VERB", "AUX"):
            found = adjacent_mention(root, root, lex)
    return found


def subject_token(cue: CueMatch) -> Token | None:
    """The head word of the speaker's noun phrase, from the parse, in the cue's sentence and line."""
    head = cue.head
    if cue.form == "according":
        return next((c for c in cue.last.children if c.dep_ == "pobj"), None)
    if cue.form == "noun":
        return _noun_source(head)
    if cue.form == "impersonal":
        return None
    lo, hi = clause_bounds(head)
    agent = next((c for c in head.children if c.dep_ == "agent"), None)
    found = (
        _verb_subject(head) if agent is None else next((c for c in agent.children if c.dep_ == "pobj"), None)
    )
    if found is None and head.tag_ == "VBG":
        if head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
            found = head.head  # "with Kyiv's military intelligence saying ..."
        elif head.dep_ in ADVERBIAL_PARTICIPLE:
            root = head.doc[lo:hi].root if hi > lo else head
            found = next((c for c in root.children if c.dep_ in SUBJECTS), None)
    return found if found is not None and lo <= found.i < hi else None


def _verb_subject(verb: Token) -> Token | None:
    """The subject of `verb` (or of its auxiliary), or of the verb a participle or a second verb hangs on."""
    head = verb
    for _ in range(4):
        for holder in (head, *(c for c in head.children if c.dep_ in ("aux", "auxpass"))):
            subjects = [c for c in holder.children if c.dep_ in SUBJECTS]
            if subjects:  # the nearest: a quote before '"...," Rep. Cummings said' may hold another
                return min(subjects, key=lambda c: abs(c.i - holder.i))
        if head.dep_ not in SHARED_SUBJECT or head.head == head:
            return None
        head = head.head
    return None


def adjacent_mention(verb: Token, last: Token, lex: Lexicon) -> Mention | None:
    """The noun phrase written right before `verb`, or right after `last` when it ends the clause."""
    doc = verb.doc
    lo, hi = clause_bounds(verb)
    for ent in reversed([e for e in doc.ents if lo <= e.start and e.end <= verb.i]):
        if ent.label_ not in SPEAKER_LABELS or (ent.root.dep_ in OBJECTS and ent.start > lo):
            continue  # "Larysa, who had fled Kherson, said": not the object of her clause
        if all(_bridges(t, ent.root, verb) for t in doc[ent.end : verb.i]):
            return mention(ent.root, lex, before=verb.i)
    loose = {
        t for t in doc[lo : verb.i] if t.pos_ in NOMINAL and not lo <= t.head.i < verb.i and t.head != verb
    }
    chunks = [doc[a:b].root for a, b in noun_chunks(doc) if lo <= a and b <= verb.i]
    roots = sorted(loose | set(chunks), key=lambda t: t.i)
    for root in reversed(roots):  # noun phrases before the verb, nearest first
        bridged = all(_bridges(t, root, verb) for t in doc[root.i + 1 : verb.i])
        if root.dep_ == "appos" and lo <= root.head.i < root.i and root.head.ent_type_ == "PERSON":
            continue  # "Mark Milley, chief of staff, backed": the apposition describes the speaker
        if bridged and (root.dep_ not in OBJECTS or root == roots[0]):
            return mention(root, lex, before=verb.i)
    after = last.i + 1
    for a, b in noun_chunks(doc):
        root = doc[a:b].root
        if a == after and b <= hi and _speakerlike(root) and (b == hi or doc[b].is_punct):
            return mention(root, lex)
    return None


def _bridges(tok: Token, subject: Token, verb: Token) -> bool:
    """Can `tok` stand between a subject and its verb: punctuation, the subject's own clauses,
    the verb's auxiliaries and adverbials ("officials briefing journalists last week said")?"""
    if tok.is_punct or subject in tok.ancestors:
        return True
    child = next((t for t in (tok, *tok.ancestors) if t.head == verb and t != verb), None)
    return child is not None and child.dep_ in BRIDGE_DEPS and child.left_edge.i > subject.i


def _speakerlike(tok: Token) -> bool:
    return tok.ent_type_ in SPEAKER_LABELS or (tok.pos_ == "PRON" and tok.lower_ in ("he", "she", "they"))


def _noun_source(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.ent_type_ in NAME_LABELS):
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def mention(head: Token, lex: Lexicon, *, before: int | None = None) -> Mention:
    """The mention whose head word is `head`, its name and description told apart; it ends
    before token `before` (the cue) and within the line."""
    lower = head.lower_
    if lower in RELATIVES and head.tag_ in ("WP", "WDT"):
        return Mention(head, _span(head, head), "relative", None, extent=(head.i, head.i + 1))
    if lower in PRONOUNS and head.pos_ == "PRON":
        return Mention(head, _span(head, head), "pronoun", None, extent=(head.i, head.i + 1))
    lo, hi = clause_bounds(head)
    limit = min(hi, before if before is not None and before > head.i else hi) - 1
    left = max(_left_edge(head), lo)
    end = min(_right_edge(head), limit)
    while end > head.i and head.doc[end].is_punct:
        end -= 1
    appos = next((c for c in head.children if c.dep_ == "appos" and c.i <= end), None)
    name = _name_range(head, left, lex)
    if name is None and appos is not None and appos.ent_type_ == "PERSON":
        inner = _name_range(appos, _left_edge(appos), lex)
        if inner is not None:  # "The region's governor, Yaroslav Yanushevych"
            named = _span(head.doc[inner[0]], head.doc[inner[1] - 1])
            return Mention(appos, named, "person", inner, _span(head.doc[left], head), (left, end + 1))
    if name is not None:
        return _named(head, left, name, end)
    text = _span(head.doc[left], _np_end(head, end))
    if head.lemma_.lower() in lex.source_nouns:
        source = _source_entity(head)
        if source is not None:
            return Mention(head, text, "body", source, None, (left, _np_end(head, end).i + 1))
    if head.pos_ == "PROPN" and head.ent_type_ == "":
        return Mention(head, text, "body", (left, head.i + 1), None, (left, end + 1))  # "Kyiv", untagged
    kind: MentionKind = (
        "group" if head.ent_type_ == "NORP" and head.tag_ in ("NNPS", "NNP", "NNS") else "unnamed"
    )
    return Mention(head, text, kind, None, None, (left, end + 1))


def _named(head: Token, left: int, name: Range, end: int) -> Mention:
    doc = head.doc
    first, last = doc[name[0]], doc[name[1] - 1]
    kind: MentionKind = "person" if last.ent_type_ == "PERSON" or head.ent_type_ == "PERSON" else "body"
    description = None
    if name[0] > left and doc[left : name[0]].text.strip(" ,"):
        description = _describe(doc, left, name[0] - 1)
    after = [c for c in head.rights if c.dep_ in ("appos", "prep", "acl", "amod") and c.i <= end]
    if after and description is None and kind == "person":
        description = _describe(doc, after[0].left_edge.i, min(_trim_right(after[0]), end))
    return Mention(head, _span(first, last), kind, name, description, (left, end + 1))


def _describe(doc: Doc, first: int, last: int) -> Span | None:
    """A description from `first` to `last`, without dangling conjunctions; an age alone is none."""
    while last > first and (doc[last].is_punct or doc[last].dep_ == "cc"):
        last -= 1
    if all(t.like_num or t.is_punct for t in doc[first : last + 1]):
        return None
    return _span(doc[first], doc[last])


def _name_range(head: Token, left: int, lex: Lexicon) -> Range | None:
    """Token range of the named entity ending at `head`, with any titles right before it."""
    if head.ent_type_ not in NAME_LABELS or (head.ent_type_ == "NORP" and head.tag_ not in ("NNP", "NNPS")):
        return None
    doc = head.doc
    start = head.i
    while start - 1 >= left and doc[start - 1].ent_iob_ != "O" and doc[start - 1].ent_type_ == head.ent_type_:
        start -= 1
        if doc[start].ent_iob_ == "B":
            break
    while start - 1 >= left and doc[start - 1].lower_.rstrip(".") in lex.titles:
        start -= 1
    if head.ent_type_ != "PERSON" and start > left and doc[start - 1].lower_ == "the":
        start -= 1
    return start, head.i + 1


def _source_entity(noun: Token) -> Range | None:
    """The body a source noun speaks for: "a report in the New York Times", "a U.S. estimate"."""
    candidates = [c for c in noun.children if c.dep_ in ("compound", "poss") and c.ent_type_ in NAME_LABELS]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in SOURCE_PREPS):
        # "a report in the Times", "a study by Oxford"; not "video from Kherson", the place it shows
        labels = NAME_LABELS if prep.lower_ == "by" else AUTHOR_LABELS
        candidates += [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in labels]
    if not candidates:
        return None
    tok = candidates[0]
    ent = next((e for e in noun.doc.ents if e.start <= tok.i < e.end), None)
    return (ent.start, ent.end) if ent is not None else (tok.i, tok.i + 1)


def _left_edge(head: Token) -> int:
    start = head.i
    for child in head.lefts:
        if child.dep_ in NP_LEFT or child.dep_ == "prep":
            start = min(start, child.left_edge.i)
    doc = head.doc
    while start < head.i and (doc[start].is_punct or doc[start].lower_ in ("and", "but", "however")):
        start += 1
    return start


def _np_end(head: Token, limit: int) -> Token:
    """Last word of the plain noun phrase: "of"-phrases and "in the X" kept, clauses left out."""
    end = head
    for child in head.rights:
        if child.i > limit:
            continue
        if child.i == end.i + 1 and child.dep_ == "prep" and child.lower_ in SOURCE_PREPS:
            end = head.doc[min(_trim_right(child), limit)]
        elif child.i == end.i + 1 and child.dep_ in ("compound", "nummod", "case"):
            end = child
        elif child.dep_ == "conj" and head.doc[end.i + 1].dep_ == "cc" and child.left_edge.i == end.i + 2:
            end = _np_end(child, limit)  # "Russian state media and pro-Kremlin war hawks"
    return end


def _right_edge(head: Token) -> int:
    """Last word of the whole phrase, appositions and relative clauses included."""
    end = head.i
    for child in head.rights:
        if child.dep_ in NP_RIGHT:
            end = max(end, _trim_right(child))
    return end


def _trim_right(tok: Token) -> int:
    i = tok.right_edge.i
    doc = tok.doc
    while i > tok.i and (doc[i].is_punct and doc[i].text not in ")]"):
        i -= 1
    return i


def _span(first: Token, last: Token) -> Span:
    return Span(first.idx, last.idx + len(last.text))
