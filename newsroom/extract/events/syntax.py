"""Small questions about the dependency parse shared by every stage: lemmas, prepositions and their objects,
negation, auxiliaries, passives, entity text, trigger text.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from functools import lru_cache

from spacy.attrs import LEMMA, ORTH, POS

from newsroom.extract.events.codebook import control_classes, lexicon, light_verbs, word_set
from newsroom.extract.findings import document_finding
from newsroom.extract.scan import kids

# lemma_of is asked several times for every token: its answers by the string ids it depends on (lemma, word,
# part of speech), emptied when full so a long-running worker stays bounded.
_LEMMAS: dict[tuple[int, int, int], str] = {}
_MAX_LEMMAS = 1 << 16


def lemma_of(tok) -> str:
    """The token's lemma; for a verb the lemmatiser got wrong ("staged" -> "stag") the lexicon's own form."""
    key = (tok.lemma, tok.orth, tok.pos)
    found = _LEMMAS.get(key)
    if found is None:
        if len(_LEMMAS) >= _MAX_LEMMAS:
            _LEMMAS.clear()
        found = _LEMMAS[key] = _repaired_lemma(tok)
    return found


def doc_lemmas(doc) -> list[str]:
    """lemma_of of every token of ``doc`` by index, from one array read: the sentence passes ask it of every
    word, and a Token per word and three attribute reads cost more than the answer."""
    keys = list(zip(*doc.to_array([LEMMA, ORTH, POS]).T.tolist(), strict=True))
    out = list(map(_LEMMAS.get, keys))
    for i, found in enumerate(out):
        if found is None:
            if len(_LEMMAS) >= _MAX_LEMMAS:
                _LEMMAS.clear()
            out[i] = _LEMMAS[keys[i]] = _repaired_lemma(doc[i])
    return out


def _repaired_lemma(tok) -> str:
    lemma = (tok.lemma_ or tok.text).lower()
    if tok.pos_ not in ("VERB", "AUX") or lemma in _known_verbs():
        return lemma
    word = tok.lower_
    stems = []
    if word.endswith("ed"):
        stems += [word[:-1], word[:-2], word[:-3] if len(word) > 4 and word[-3] == word[-4] else ""]
    elif word.endswith("ing"):
        stems += [word[:-3], word[:-3] + "e", word[:-4] if len(word) > 5 and word[-4] == word[-5] else ""]
    elif word.endswith("s"):
        stems += [word[:-1], word[:-2]]
    return next((stem for stem in stems if stem and stem in _known_verbs()), lemma)


@lru_cache(maxsize=1)
def _known_verbs() -> frozenset[str]:
    return frozenset(
        {lemma for lemma, pos in lexicon() if pos == "V"} | set(control_classes()) | set(light_verbs())
    )


DOC_TEXT = "newsroom_event_doc_text"


def sentence_text(sent) -> str:
    """``sent.text``, cut from the article's text when code_events was given it: spaCy joins a new Token per
    word on every ``Span.text``, and a sentence's text is asked for each of its triggers and events."""
    text = sent.doc.user_data.get(DOC_TEXT)
    return sent.text if text is None else text[sent.start_char : sent.end_char]


def base_lemma(tok) -> str:
    """The parser's lemma, lower-cased, as the sense and unreal checks use it (lemma_of also repairs verbs)."""
    return (tok.lemma_ or tok.text).lower()


_NON_ACTOR_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def is_date(tok) -> bool:
    return tok.ent_type_ in _NON_ACTOR_ENTS


# doc.user_data key: prep_children's answers by token index, kept per article (the target, modality and argument
# passes ask them of the same verbs and nouns, and each ask made a Token of every child)
_PREPS = "newsroom_event_preps"


def prep_children(tok) -> Iterable:
    doc = tok.doc
    known = doc.user_data.get(_PREPS)
    if known is None:
        known = doc.user_data[_PREPS] = {}
    found = known.get(tok.i)
    if found is None:
        found = known[tok.i] = tuple(
            i
            for i, dep, _ in kids(tok)
            if dep in ("prep", "agent", "prt") and doc[i].pos_ in ("ADP", "ADV", "PART", "SCONJ")
        )
    return (doc[i] for i in found)


def pobj_of(prep):
    found = kids(prep)
    for i, dep, _ in found:
        if dep in ("pobj", "pcomp"):
            return prep.doc[i]
    # "flights to and from X", "in and out of X": coordinated prepositions share the last one's object
    for i, dep, _ in found:
        if dep == "conj" and (c := prep.doc[i]).pos_ in ("ADP", "ADV"):
            return next((o for p in [c, *c.children] if p.pos_ == "ADP" for o in _own_pobj(p)), None)
    return None


def _own_pobj(prep) -> list:
    return [prep.doc[i] for i, dep, _ in kids(prep) if dep in ("pobj", "pcomp")][:1]


def objects_of(tok, preps: Collection[str]) -> list:
    """The objects of ``tok``'s prepositions among ``preps``, in the sentence's order ("talks with X and with Y")."""
    return [o for p in prep_children(tok) if p.lower_ in preps and (o := pobj_of(p)) is not None]


# Entity labels of an amount: "called for $8 billion", "hit 80 percent".
AMOUNT_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})


_ADVERB_PARTICLES = frozenset({"out", "off", "up", "down", "back", "away", "in"})


def preps_of(tok) -> set[str]:
    """Particles and prepositions on the head; "called on Monday" does not make "call on"."""
    found = set()
    for c in prep_children(tok):
        obj = pobj_of(c)
        if obj is not None and is_date(obj) and obj.ent_type_ not in AMOUNT_ENTS:
            continue  # "called on Monday"; but "called for $8 billion" is "call for"
        found.add(c.text.lower())
    for c in tok.children:  # "called for extremists to be stripped of ...": "for" marks the clause
        if c.dep_ in ("advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
            found.add("for")
    for c in tok.children:  # "walked out": the parser sometimes makes the particle an adverb
        if c.dep_ == "advmod" and c.i == tok.i + 1 and c.lower_ in _ADVERB_PARTICLES:
            found.add(c.lower_)
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        found.add(tok.head.text.lower())  # "on hold", "into custody"
    return found


def prep_objects(tok) -> dict[str, object]:
    out = {}
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "prt", "mark") and c.lower_ not in out:
            out[c.lower_] = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), c)
    return out


def on_object(preps: dict[str, object]):
    """The noun "on" or "upon" governs among ``prep_objects``, else None."""
    on = preps.get("on") or preps.get("upon")
    return on if on is not None and on.dep_ == "pobj" else None


def acted_on(tok):
    """The thing acted on: the direct object, or the subject of a passive."""
    found = kids(tok)
    for i, dep, _ in found:
        if dep == "dobj":
            return tok.doc[i]
    for i, dep, _ in found:
        if dep == "nsubjpass":
            return tok.doc[i]
    return None


def plural_phrase(tok) -> bool:
    """A plural noun or a coordinated one ("the players", "the stance and the cues"): a plural subject."""
    return tok.tag_ in ("NNS", "NNPS") or any(dep == "conj" for _, dep, _ in kids(tok))


def child_of(tok, *deps):
    for i, dep, _ in kids(tok):
        if dep in deps:
            return tok.doc[i]
    return None


def by_phrase(verb):
    """The "by" of a passive's doer: the parser's agent, or a "by" it hung on the verb as a plain preposition."""
    return child_of(verb, "agent") or next(
        (verb.doc[i] for i, dep, lower in kids(verb) if dep == "prep" and lower == "by"), None
    )


def is_negated(tok) -> bool:
    """A "not" dependent or a "never"/"no" modifier: the negation that turns an event into a rejection."""
    for _, dep, lower in kids(tok):
        if dep == "neg" or (dep in ("advmod", "det") and lower in ("never", "no")):
            return True
    return False


def has_neg(tok) -> bool:
    """A "not" dependent only."""
    return any(dep == "neg" for _, dep, _ in kids(tok))


def no_longer(tok) -> bool:
    return any(
        dep == "advmod" and lower == "longer" and i > 0 and tok.doc[i - 1].lower_ == "no"
        for i, dep, lower in kids(tok)
    )


def has_aux(tok, words: frozenset[str]) -> bool:
    return any(dep in ("aux", "auxpass") and lower in words for _, dep, lower in kids(tok))


def to_infinitive(tok) -> bool:
    """A verb with its "to": "to meet", "to support"."""
    return any(dep == "aux" and lower == "to" for _, dep, lower in kids(tok))


def first_conjunct(tok):
    """The first of coordinated words ("met and signed": "met"), whose place in the sentence the others share."""
    while tok.dep_ == "conj":
        tok = tok.head
    return tok


# The modal auxiliaries every modality reader builds its sets from (unreal, modality, deontic, sense_action,
# sense_objects, foreseen): the future ("will", "shall", "'ll", "wo" of "won't"), "would" (a reported future
# or a conditional) and possibility ("could", "may", "might").
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
WOULD_AUX = frozenset({"would", "'d"})
POSSIBLE_AUX = frozenset({"could", "may", "might"})


def aux_words(tok) -> set[str]:
    return {lower for _, dep, lower in kids(tok) if dep in ("aux", "auxpass")}


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})


def shares_modal(verb) -> bool:
    """A coordinated verb with no subject or tense of its own takes the modal of the verb it is coordinated with:
    "will meet and sign" (not "would resist but made protests"). A base form the tagger took for a present counts
    when that verb has a modal: "will underscore X and thank Y" ("thank" VBP)."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(dep in _SUBJECTS for _, dep, _ in kids(verb)):
        return False
    if verb.tag_ in ("VB", "VBG", "VBN"):
        return True
    return (
        verb.tag_ == "VBP"
        and verb.lower_ == verb.lemma_.lower()
        and any(dep == "aux" and verb.doc[i].tag_ == "MD" for i, dep, _ in kids(verb.head))
    )


# Finite and participle tags a bare base form cannot share a tense with.
_TENSED = frozenset({"VBZ", "VBD", "VBN", "VBG"})


def infinitive_conjunct(verb):
    """The "to"-infinitive a bare base form continues when the parser hung it on a tensed verb above it: "vowed to
    attack X, seize Y and block Z" ("seize" a conj of "vowed"), "said the government intends to prohibit X and
    restrict Y" ("restrict" a conj of "said"). A base form cannot be a tensed verb's own coordinate (that would
    read "seized", "restricts"), so it continues the nearest infinitive before it under that verb; a coordinate
    of a base form ("will try to X and restrict Y") is left to ``shares_modal``."""
    if verb.dep_ != "conj" or verb.tag_ != "VB" or verb.head.tag_ not in _TENSED:
        return None
    if any(dep in _SUBJECTS or dep in ("aux", "auxpass") for _, dep, _ in kids(verb)):
        return None
    infinitives = [
        t
        for t in verb.head.subtree
        if t.i < verb.i and t.dep_ == "xcomp" and t.tag_ == "VB" and to_infinitive(t)
    ]
    return infinitives[-1] if infinitives else None


def participle_adjunct(verb) -> bool:
    """ "will address the crisis, calling for transparency": a participle with no subject or conjunction of its
    own says how the act it hangs on is done, and takes that act's time."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and not any(dep in _SUBJECTS or dep == "mark" for _, dep, _ in kids(verb))
    )


def is_passive(tok) -> bool:
    return any(dep in ("nsubjpass", "auxpass", "agent") for _, dep, _ in kids(tok))


def entity_text(tok) -> str:
    if tok.ent_iob_ not in ("B", "I"):
        return tok.text
    start, end = tok.i, tok.i + 1
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
        end += 1
    return tok.doc[start:end].text


def target_of_prep(tok, preps: Iterable[str]):
    wanted = tuple(preps)
    best = None
    for c in prep_children(tok):
        p = c.lower_
        if p in wanted and (obj := pobj_of(c)) is not None and not is_date(obj):
            if best is None or wanted.index(p) < wanted.index(best[0]):
                best = (p, obj)
    return best[1] if best else None


def prep_targets(tok) -> dict[str, object]:
    """Preposition -> what ``target_of_prep(tok, (prep,))`` gives, for every preposition on the token, from
    one pass over its children (callers try a dozen prepositions in turn)."""
    out: dict[str, object] = {}
    for c in prep_children(tok):
        p = c.lower_
        if p not in out and (obj := pobj_of(c)) is not None and not is_date(obj):
            out[p] = obj
    return out


def trigger_text_of(doc, toks: list) -> str:
    idx = sorted({t.i for t in toks})
    if idx[-1] - idx[0] < 10:
        return doc[idx[0] : idx[-1] + 1].text
    return " ".join(doc[i].text for i in idx)


# Auxiliaries that open a condition by inversion: "Should the agencies cut costs, ...", "Had he signed it, ...".
_INVERTING_AUX = frozenset({"should", "had", "were"})


def inverted_clause(verb) -> bool:
    """A clause opened by its auxiliary before the subject: a condition ("Should X cut costs, prices could fall")
    or a question, not an act reported as done."""
    subj = next((i for i, dep, _ in kids(verb) if dep in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    first = verb.left_edge
    return first.dep_ == "aux" and first.head == verb and first.lower_ in _INVERTING_AUX and first.i < subj


# Speech verbs of other senses, statements only with a reported clause or quotation (event_words.csv).
CLAUSE_SPEECH = word_set("clause_speech_verbs")


def speaks_on(verb) -> bool:
    """An aspect verb used as a speech verb: '"...," Lam continued', "continued that ...": the quotation or clause
    under it is what is said, reported as "said" reports it (its control class, "pass", is for "continued to
    fight")."""
    return (
        control_classes().get(lemma_of(verb)) == "pass"
        and lemma_of(verb) in CLAUSE_SPEECH
        and any(dep == "ccomp" for _, dep, _ in kids(verb))
    )


def reports_speech(verb) -> bool:
    """A verb that reports what someone says: a speech verb of cameo_control.csv ("said", "alleged", "denied"), an
    aspect verb used as one (speaks_on), or a document's finding ("the poll showed that …")."""
    return (
        control_classes().get(lemma_of(verb), "").endswith("report")
        or speaks_on(verb)
        or document_finding(verb)
    )
