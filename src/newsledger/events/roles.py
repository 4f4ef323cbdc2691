"""Who did it and to whom: the agent and patient phrases of a trigger in the dependency parse.

Verbs: the subject (or the by-phrase of a passive) acts; the object, the passive subject or an
on/against/at/with/from phrase suffers. Nouns ("shelling", "airstrikes", "protest"): a
possessor ("Russia's shelling"), a by-phrase, the noun phrase itself when it names its actor
("Russian missile attack", "gunmen", "protesters"), else the verb that governs it ("carried out
air strikes", "staged rallies"). A subject missing from an infinitive or a coordinated verb is
borrowed from the governing verb ("were forced to withdraw", "recaptured X and seized Y").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.events.actors import kind_of

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
PATIENT_PREPS = frozenset({"on", "against", "at", "with", "from", "upon", "targeting", "into"})
NOUN_PATIENT_PREPS = frozenset({"on", "against", "of", "upon", "targeting"})
PARTY_PREPS = frozenset({"with", "to", "from", "against", "toward", "towards"})
LIGHT_VERBS = frozenset({
    "agree", "sign", "reach", "accept", "propose", "offer", "announce", "order", "approve", "carry",
    "launch", "stage", "conduct", "mount", "open", "hold", "make", "unleash", "commit", "perpetrate",
    "claim", "use", "fire", "lead", "begin", "start", "continue", "step", "intensify", "resume", "take",
    "complete", "join", "suffer",
})  # fmt: skip


FINITE = frozenset({"VBD", "VBZ", "VBP"})
REPORTING = frozenset({
    "say", "tell", "report", "announce", "quote", "confirm", "state", "add", "claim", "accord",
})  # fmt: skip
FALL_VERBS = frozenset({"fall"})
HARM_VERBS = frozenset({
    "kill", "wound", "injure", "hurt", "hit", "destroy", "damage", "target", "strike", "attack", "murder",
})  # fmt: skip
# verbs that never go without an object: with a subject and none, a headline's reduced passive
OBJECT_VERBS = frozenset({
    "kill", "wound", "injure", "destroy", "damage", "murder", "shell", "loot", "torch", "behead",
    "abduct", "kidnap", "capture", "seize", "arrest", "detain",
})  # fmt: skip
NOT_REDUCED = frozenset({"dobj", "obj", "aux", "auxpass", "ccomp", "xcomp", "attr", "dative"})
DEMANDING = frozenset({"demand", "insist", "urge", "ask", "request"})  # of whom, in a that-clause
LIGHT_OBJECTS = frozenset({"fire"})  # "opened fire on militants": the militants suffer it


def _child(token: Token, deps: frozenset[str] | set[str]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _caption_participle(verb: Token) -> bool:
    """'Two armoured vehicles destroyed near Svatove': a caption that is one noun phrase, its
    participle describing what suffered it. Inside a sentence the tagger also reads a relative
    clause without 'that' as such a participle ("the officer the gunmen killed"), so only there."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ == "ROOT" and verb.head.pos_ == "NOUN"


def _passive_participle(verb: Token) -> bool:
    """ "a residential building heavily damaged by a Russian missile attack": a participle with a
    by-agent describes what suffered it, wherever its noun stands."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and _child(verb, {"agent"}) is not None


def _by_agent(token: Token) -> Token | None:
    for c in token.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            obj = _child(c, {"pobj"})
            if obj is not None:
                return obj
    return None


def _is_passive(verb: Token) -> bool:
    """Passive by its auxiliary or subject, by its agent phrase ("Bridge destroyed by Ukrainian
    forces": the parse labels only a passive's by-phrase 'agent'), or as a headline's reduced passive."""
    return any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children) or _reduced_passive(verb)


def _reduced_passive(verb: Token) -> bool:
    """'Three Russian tanks destroyed near Bakhmut', 'Hospital damaged': a headline drops 'were'.

    The tagger reads such a participle as a finite verb with a subject; a verb that always takes
    an object, with a subject, no object and no auxiliary, outside a relative clause ("the man
    they killed" has its object before it), is passive: its subject suffers it.
    """
    if verb.lemma_.lower() not in OBJECT_VERBS or verb.tag_ not in ("VBD", "VBN") or verb.dep_ == "relcl":
        return False
    deps = {c.dep_ for c in verb.children}
    return "nsubj" in deps and not deps & NOT_REDUCED


def _relative_head(token: Token) -> Token:
    """'militants who attacked': the subject 'who' stands for the noun the clause describes."""
    if token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl":
        return token.head.head
    return token


def verb_subject(verb: Token) -> Token | None:
    """The acting subject of a verb, borrowed through xcomp and conj chains."""
    current, via = verb, ""
    for _ in range(4):
        if _is_passive(current):
            agent = _by_agent(current)
            if agent is not None:
                return agent
            if current is not verb and via == "xcomp":
                subj = _child(current, {"nsubjpass"})  # "troops were forced to withdraw"
                if subj is not None:
                    return _relative_head(subj)
            if via == "conj" or current is verb:
                return None  # "22 villagers were shot or hacked to death": who suffered it, not who did
        else:
            subj = _child(current, {"nsubj"})
            if subj is not None:
                return _relative_head(subj)
        if current.dep_ in ("xcomp", "conj", "acomp") and current.head.i != current.i:  # "is willing to"
            if current.dep_ == "xcomp" and _is_passive(current) and _by_agent(current) is None:
                return None  # "the bridge appears to have been destroyed": the raised subject suffers it
            via = current.dep_
            current = _coordinated_with(current)
            continue
        if current.dep_ == "relcl":
            return current.head
        if current.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            current = current.head  # "soldiers arrived to take back the city": a purpose, its doer's
            continue
        gerund = _gerund_governor(current)
        if gerund is not None:  # "soldiers move their weapon after firing at Russians"
            current = gerund
            continue
        return _left_subject(current)
    return None


def _coordinated_with(verb: Token) -> Token:
    """The verb this one is coordinated with or complements; a finite verb the parse joined to a
    non-finite one inside a complement belongs with that complement's governor ("Ukraine had
    warned that Russia could be laying a trap, but pressed ahead with an attack")."""
    head = verb.head
    if (
        verb.dep_ == "conj"
        and verb.tag_ in FINITE
        and head.tag_ not in FINITE
        and head.dep_ in ("ccomp", "advcl")
    ):
        return head.head
    return head


def _gerund_governor(verb: Token) -> Token | None:
    """The verb whose subject a subjectless participle adjunct shares.

    "after firing", "while retreating", "Having been forced to retreat from Kyiv, the troops ...". One
    hung on a verb of saying after what was said continues the report, not the speaker's act ("said
    Russia wanted to turn Kherson into a 'city of death', mining everything": Russia mines), unless it
    says something itself ("said ..., adding that").
    """
    if verb.tag_ not in ("VBG", "VBN") or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "pcomp" and head.pos_ == "ADP":
        head = head.head
    elif verb.dep_ != "advcl":
        return None
    said = continued_report(verb)
    if said is not None:
        return said
    return head if head.pos_ in ("VERB", "AUX") and head.i != verb.i else None


def continued_report(verb: Token) -> Token | None:
    """The reported clause's verb, for a participle adjunct hung on a verb of saying after what was said
    ("said Russia wanted to turn Kherson into a 'city of death', mining everything": 'wanted')."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.lemma_.lower() not in REPORTING:
        return None
    if verb.lemma_.lower() in REPORTING:
        return None  # "said ..., adding that": the speaker's own act
    said = [c for c in head.children if c.dep_ == "ccomp" and c.i < verb.i]
    return said[-1] if said else None


def _left_subject(verb: Token) -> Token | None:
    """A subject the parse hung elsewhere, right before a finite verb that has none.

    "as Ukraine today liberated Kherson" (Ukraine under 'as'), "Having been forced to retreat
    from Kyiv and Kharkiv, Russia's troops today withdrew" (troops as an apposition of Kharkiv).
    """
    i = verb.i - 1
    while i >= verb.sent.start and (verb.doc[i].pos_ == "ADV" or verb.doc[i].ent_type_ in ("DATE", "TIME")):
        i -= 1
    if i < verb.sent.start:
        return None
    token = verb.doc[i]
    if token.pos_ not in ("PROPN", "NOUN"):
        return None
    if token.dep_ == "pobj" and token.head.lower_ in ("as", "while", "when"):
        return token
    hung = token.dep_ in ("appos", "conj", "npadvmod") and token.head.i < token.i
    if hung and verb.tag_ in FINITE and _outside_own_phrases(token, verb):
        return token
    return None


def _outside_own_phrases(token: Token, verb: Token) -> bool:
    """Not one of the verb's own phrases: outside its subtree, or inside a clause before it."""
    current = token
    while current.i != verb.i:
        if current.dep_ in ("advcl", "ccomp", "relcl", "acl") or current.head.i == current.i:
            return True
        current = current.head
    return False


def recipient_agent(verb: Token) -> Token | None:
    """ "Kherson fell to Russia's troops": whoever it falls to took it (the subject is the place)."""
    if verb.lemma_.lower() not in FALL_VERBS:
        return None
    to = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
    return _child(to, {"pobj"}) if to is not None else None


def antecedents(pronoun: Token) -> list[Token]:
    """Nouns a pronoun ("it", "they", "its", "their") may stand for, likeliest first.

    The subjects before it in its sentence, nearest first ("Ukraine continues advancing in
    northern Luhansk where it is now bearing down on ..."), then the subject of the sentence
    before. The caller takes the first that names an actor.
    """
    number = {"it": "one", "its": "one", "they": "many", "their": "many"}.get(pronoun.lower_)
    if number is None:
        return []
    sentence = pronoun.sent
    before = [t for t in pronoun.doc[sentence.start : pronoun.i] if t.dep_ in ("nsubj", "nsubjpass")]
    if sentence.start > 0:
        root = pronoun.doc[sentence.start - 1].sent.root
        before = [c for c in root.children if c.dep_ == "nsubj"] + before
    return [
        t
        for t in reversed(before)
        if t.pos_ in ("PROPN", "NOUN") and (number == "many" or t.tag_ not in ("NNS", "NNPS"))
    ]


def verb_patient(verb: Token) -> Token | None:
    obj = _child(verb, {"dobj", "obj"})
    recipient = _child(verb, {"nsubjpass"}) if obj is not None else None
    if recipient is not None and _is_passive(verb):
        return _relative_head(recipient)  # "Putin has been offered surrender terms": to whom
    if obj is not None and obj.lemma_.lower() not in LIGHT_OBJECTS:
        return obj
    if _caption_participle(verb) or _passive_participle(verb):
        return verb.head
    if _is_passive(verb):
        subj = _child(verb, {"nsubjpass"}) or (_child(verb, {"nsubj"}) if _reduced_passive(verb) else None)
        if subj is None and verb.dep_ == "xcomp":  # "the bridge appears to have been destroyed"
            subj = _child(verb.head, {"nsubj"})
        if subj is not None:
            return _relative_head(subj)
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in PATIENT_PREPS:
            obj = _child(c, {"pobj"})
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):  # not "threatened on Tuesday"
                return obj
    complement = _child(verb, {"xcomp"})
    if complement is not None and complement.pos_ in ("VERB", "AUX") and complement.i > verb.i:
        return verb_patient(complement)  # "threatened to cut off electricity to Nakhichevan"
    clause = _child(verb, {"ccomp"})
    if clause is not None and verb.lemma_.lower() in DEMANDING:
        subj = _child(clause, {"nsubj", "nsubjpass"})
        if subj is not None and subj.pos_ != "PRON":
            return _relative_head(subj)  # "demanded that Hamas renounce its armed struggle": of Hamas
    return None


def party_in(phrase: Token, *, addressed: bool = False) -> Token | None:
    """The party inside a patient phrase that names none itself: its possessor ("rejected Saddam Hussein's
    proposal") or the object of its "with", "to" or "from" ("break off relations with Congo").

    `addressed` (acts between parties: diplomacy, agreements): also the object of such a
    preposition on the verb that takes the phrase ("threatened to cut off electricity to
    Nakhichevan", "to deliver devastating blows to the United States").
    """
    owner = _child(phrase, {"poss"})
    if owner is not None and owner.pos_ != "PRON":
        return owner
    holders = [phrase]
    if addressed and phrase.dep_ in ("dobj", "obj") and phrase.head.pos_ in ("VERB", "AUX"):
        holders.append(phrase.head)
    for holder in holders:
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ in PARTY_PREPS:
                obj = _child(c, {"pobj"})
                if obj is not None:
                    return obj
    return None


def _noun_governor(noun: Token) -> Token | None:
    head = noun.head
    if head.pos_ == "ADP" or head.dep_ == "prep":  # "despite" is tagged a conjunction
        head = head.head
    if head.i == noun.i or head.pos_ not in ("VERB", "AUX"):
        return None
    return head


def noun_agent(noun: Token) -> Token | None:
    poss = _child(noun, {"poss"})
    if poss is not None:
        return poss
    by = _by_agent(noun)
    if by is not None:
        return by
    governor = _noun_governor(noun)
    if governor is None:
        return None
    if noun.dep_ in ("dobj", "obj", "attr"):
        return verb_subject(governor)  # "staged rallies", "undertake military exercises"
    if noun.dep_ == "pobj" and noun.head.lower_ in ("to", "in", "into", "on"):
        lemma = governor.lemma_.lower()
        harm = lemma in HARM_VERBS and not _is_passive(governor)  # "wounded two soldiers in a bomb attack"
        return verb_subject(governor) if lemma in LIGHT_VERBS or harm else None
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and not _is_passive(governor):
        return verb_subject(governor)  # "pressed ahead rapidly with an attack", "responded with airstrikes"
    if noun.dep_ == "pobj" and noun.head.lower_ in ("despite", "amid", "during"):
        return _armed(verb_subject(governor))  # "Moscow's troops are struggling despite heavy fighting"
    return None


ARMED = frozenset({"military", "police", "rebels", "militia"})


def _armed(subject: Token | None) -> Token | None:
    """The subject when it names armed men (troops, forces, rebels): they are in the fighting around
    them; civilians who fled amid it are not."""
    return subject if subject is not None and kind_of(subject) in ARMED else None


def _prep_patient(noun: Token) -> Token | None:
    """The object of the noun's own on/against/of phrase ("the invasion of Taiwan")."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in NOUN_PATIENT_PREPS:
            obj = _child(c, {"pobj"})
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):  # not "an attack on Thursday"
                return obj
    return None


def noun_patient(noun: Token) -> Token | None:
    own = _prep_patient(noun)
    if own is not None:
        return own
    governor = _noun_governor(noun)
    if governor is not None and noun.dep_ in ("nsubj", "dobj", "obj"):
        return verb_patient(governor) if noun.dep_ == "nsubj" else _prep_object(governor)
    if governor is not None and noun.dep_ == "pobj" and governor.lemma_.lower() in HARM_VERBS:
        return verb_patient(governor)  # "wounded two soldiers in a bomb attack", "killed in an airstrike"
    return None


def _prep_object(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in PATIENT_PREPS:
            return _child(c, {"pobj"})
    return None


def _subject_phrase(noun: Token) -> Token | None:
    """The subject of a verb whose phrase holds this noun as its head or a modifier of it."""
    current = noun
    for _ in range(4):
        if current.dep_ in SUBJECTS and current.head.pos_ in ("VERB", "AUX"):
            return current
        if current.dep_ in ("compound", "amod", "nmod", "conj"):
            current = current.head
        elif current.dep_ == "pobj" and current.head.lower_ in ("including", "with", "and"):
            current = current.head.head
        else:
            return None
    return None


def agent_and_patient(trigger: Token) -> tuple[Token | None, Token | None]:
    """The heads of the acting and the suffering phrase of a trigger, where the parse has them."""
    if trigger.pos_ in ("VERB", "AUX"):
        taker = recipient_agent(trigger)
        if taker is not None:
            return taker, verb_subject(trigger)
        return verb_subject(trigger), verb_patient(trigger)
    subject = _subject_phrase(trigger)
    own = _prep_patient(trigger) if subject is not None and subject.i == trigger.i else None
    if own is not None:  # "the invasion of Taiwan would be costly": Taiwan suffers it
        return noun_agent(trigger), own
    if subject is not None:
        # "Ukrainian rocket artillery unloads on Russian positions", "Russian aircraft including
        # helicopter gunships killed ...": the subject phrase the trigger sits in acts
        return subject, verb_patient(subject.head)
    return noun_agent(trigger), noun_patient(trigger)
