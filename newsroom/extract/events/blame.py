"""A statement that lays blame or passes judgement: "X said Y was behind the attack", "X stated that Y was
responsible for the kidnappings" is X accusing Y (CAMEO 112); "X said Y was corrupt / a disgrace" is X criticising
Y (111). Not a bare statement, when Y is an actor. "X said the verdict was a mockery / it is unacceptable that …"
judges what someone did with no one named as its subject: X criticising (111), whoever the target resolves to.
"""

from __future__ import annotations

from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.parties import ACTOR_ENTS, patient_noun, person_like, raw_actor_like
from newsroom.extract.events.sense_clues import negative_words
from newsroom.extract.events.syntax import has_neg, is_passive, lemma_of, pobj_of, prep_children

# Words that judge conduct in what a statement reports, and negative words that only describe a state of things.
_CENSURE = word_set("censure_extra")
_SITUATION = word_set("situation_words")
_FEELINGS = word_set("censure_feelings")
_THINGS = frozenset({"it", "this", "that"})  # "it is unacceptable that …": no one is the subject

# Wrongs one is blamed for: "behind the attack", "responsible for the deaths".
_WRONGS = word_set("blamed_wrongs")
# Deeds that are wrongs in themselves ("had manipulated"), the words that make one part of a wrong ("involved in",
# "guilty of") and the wrongs one is part of ("bribes", "corruption").
_WRONGDOING = word_set("wrongdoing_verbs")
_COMPLICITY = word_set("complicity_words")
_WRONG_DEEDS = _WRONGS | word_set("wrongdoing_nouns")


def _wrong(noun) -> bool:
    return noun is not None and (
        lemma_of(noun) in _WRONGS or any(c.dep_ == "conj" and lemma_of(c) in _WRONGS for c in noun.children)
    )


def _copulas(speech_verb):
    """(clause, subject) of each affirmed "Y is/was ..." clause the speech verb reports."""
    if has_neg(speech_verb):
        return
    for clause in speech_verb.children:
        if clause.dep_ != "ccomp" or lemma_of(clause) != "be" or has_neg(clause):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None and _names_actor(subj):
            yield clause, subj


def _names_actor(subj) -> bool:
    """Y names someone ("Hamas", "the group, the Aisha Battalion,", "he") or what someone did ("the diplomat's
    words were surprising"), not a deed done to its owner ("Nabil's murder is unacceptable": not Nabil)."""
    return (
        subj.pos_ in ("PROPN", "PRON")
        or subj.ent_type_ in ACTOR_ENTS
        or person_like(subj)
        or any(c.dep_ == "appos" and raw_actor_like(c) for c in subj.children)
        or (any(c.dep_ == "poss" for c in subj.children) and not patient_noun(subj))
    )


def statement_codes(speech_verb) -> list[tuple[str, object]]:
    """(code, the one it is said of) a statement's reported clause makes of it, most telling first: 112 blame,
    111 judgement."""
    codes = []
    accused = blamed(speech_verb) or wrongdoer(speech_verb)
    if accused is not None:
        codes.append(("112", accused))
    negative = negative_words() | _CENSURE
    codes += [("111", subj) for clause, subj in _copulas(speech_verb) if _judged(clause, negative)][:1]
    return codes


def _judged(clause, negative) -> bool:
    """ "Y was corrupt", "Y is a disgrace", "Y was a dangerous man": one of the ``negative`` words as what Y is."""
    for c in clause.children:
        if c.dep_ not in ("acomp", "attr"):
            continue
        words = [c, *(a for a in c.children if a.dep_ in ("amod", "conj"))]
        if any(lemma_of(w) in negative or w.lower_ in negative for w in words):
            return True
    return False


def blamed(speech_verb):
    """The subject of the reported clause that is "behind" or "responsible for" a wrong, else None."""
    for clause, subj in _copulas(speech_verb):
        holders = [clause, *(c for c in clause.children if c.dep_ == "acomp" and c.lower_ == "responsible")]
        for holder in holders:
            for p in prep_children(holder):
                wanted = "behind" if holder is clause else "for"
                if p.lower_ == wanted and _wrong(pobj_of(p)):
                    return subj
    return None


def wrongdoer(speech_verb):
    """The actor an affirmed reported clause says did a wrong: "X said Y had manipulated the vote" (a deed that is a
    wrong in itself, done by Y), "X said Y were involved in the payment of bribes / guilty of fraud"; else None.
    Not "said Y was manipulated" (done to Y) nor "said Y had not lied"."""
    for clause in _reported_clauses(speech_verb):
        subj = reported_subject(clause, "nsubjpass" if clause.lower_ in _COMPLICITY else "nsubj")
        if subj is None or not _names_actor(subj):
            continue
        if lemma_of(_carried_on(clause)) in _WRONGDOING or _part_of_wrong(clause) or _did_wrong(clause):
            return subj
    return None


# Verbs that say their subject is doing or attempting the deed of their infinitive ("are trying to destabilise",
# "continue to harass"), not wanting or planning it.
_DOING_ON = frozenset({"try", "attempt", "continue", "keep"})


def _carried_on(clause):
    """The deed of "Y are trying / continue to <deed>", else the clause itself."""
    if lemma_of(clause) not in _DOING_ON:
        return clause
    return next((c for c in clause.children if c.dep_ == "xcomp" and not has_neg(c)), clause)


# Verbs whose object is a deed their subject did: "committed fraud", "took bribes".
_DOING_VERBS = frozenset({"commit", "perpetrate", "orchestrate", "mastermind", "take", "accept", "pay"})


def _did_wrong(clause) -> bool:
    """ "had committed war crimes", "took bribes": a doing verb whose object is a wrong."""
    return lemma_of(clause) in _DOING_VERBS and any(
        c.dep_ == "dobj" and (lemma_of(c) in _WRONG_DEEDS or c.lower_ in _WRONG_DEEDS)
        for c in clause.children
    )


def reported_subject(clause, dep: str = "nsubj"):
    """The (active, or with ``dep`` passive) subject of a reported clause; the parser sometimes takes the
    complementiser "that" for a second one ("that minister X and Y were involved")."""
    return next((c for c in clause.children if c.dep_ == dep and c.lower_ not in ("that", "which")), None)


def _part_of_wrong(clause) -> bool:
    """ "were involved in the payment of bribes", "is guilty of fraud": a complicity word with a wrong after it."""
    holders = [clause, *(c for c in clause.children if c.dep_ == "acomp")]
    for holder in holders:
        if holder.lower_ not in _COMPLICITY:
            continue
        for p in prep_children(holder):
            if p.lower_ in ("in", "of") and any(
                lemma_of(t) in _WRONG_DEEDS or t.lower_ in _WRONG_DEEDS or lemma_of(t) in _WRONGDOING
                for t in p.subtree
            ):
                return True
    return False


def censured(speech_verb):
    """ "X said the sentence was a mockery of justice / it was unacceptable that …/ they were appalled at the
    decision": the affirmed reported clause that judges conduct though its subject names no one, else None. Not
    "said the situation was dangerous" (a state of things, ``situation_words``)."""
    if has_neg(speech_verb):
        return None
    words = (negative_words() | _CENSURE) - _SITUATION
    for clause in _reported_clauses(speech_verb):
        subj = _subject(clause)
        of_someone = subj is not None and subj.lower_ not in _THINGS and _names_actor(subj)
        if lemma_of(clause) == "be" and not of_someone and _judged(clause, words):
            return clause  # one named as the subject is judged by statement_codes, or judges himself
        if is_passive(clause) and not of_someone and (clause.lower_ in words or lemma_of(clause) in words):
            return clause  # "claimed that the voting was rigged": a wrong done, whoever did it
        if _felt(clause):
            return clause  # "they were appalled at", "UNAMA was outraged by"
    return None


def sufferer(clause):
    """Who suffered the deed the clause judges ("Nabil's murder is unacceptable": Nabil), who is not its target."""
    subj = _subject(clause)
    if subj is None or not patient_noun(subj):
        return None
    return next((c for c in subj.children if c.dep_ == "poss"), None)


def _subject(clause):
    return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)


def _reported_clauses(speech_verb):
    """The affirmed clauses a speech verb reports: "said that …, and that …" gives both."""
    for clause in speech_verb.children:
        if clause.dep_ != "ccomp":
            continue
        for c in (clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))):
            if not has_neg(c):
                yield c


def _felt(clause) -> bool:
    """The clause says its subject feels a censure: "were appalled" (the participle as head) or "'m disappointed"."""
    return clause.lower_ in _FEELINGS or (
        lemma_of(clause) == "be" and any(c.dep_ == "acomp" and c.lower_ in _FEELINGS for c in clause.children)
    )
