"""Articles that retell a story. A film, series or novel review, a plot summary or an interview about making a
film tells of blows, threats, visits and requests that are a story's or a shoot's ("a tank shell hits the
dictator's helicopter", "when we started shooting", "the sleuth traveled to Hawaii"), none a political
interaction between real actors (CAMEO's scope). The article's own vocabulary shows the genre: many of its
sentences name films, episodes, characters or actors. In such an article an act is kept only when a state's
actor does it and the text tells it as past, as news does, not in the present of a plot summary.
"""

from __future__ import annotations

from bisect import bisect_left

import numpy as np
from spacy.attrs import LEMMA, ORTH

from newsroom.extract.events.codebook import word_set

_STORY_WORDS = word_set("story_words")
# A story article: at least this share of at least this many sentences name the story's world. Short texts
# (single sentences, briefs) never qualify; news about a film ban names the film in a few sentences only.
_MIN_SENTENCES = 12
_MIN_SHARE = 0.2
_PAST_TAGS = frozenset({"VBD", "VBN"})


def tells_a_story(sentences: list) -> bool:
    """Whether the article is a review or retelling of a story, by the share of sentences using story words."""
    if len(sentences) < _MIN_SENTENCES:
        return False
    found = _story_word_indices(sentences[0].doc)
    told = sum(1 for sent in sentences if bisect_left(found, sent.start) < bisect_left(found, sent.end))
    return told >= _MIN_SHARE * len(sentences)


def _story_word_indices(doc) -> list[int]:
    """Indices of the words whose ``base_lemma`` is a story word, from the article's lemma column: each distinct
    lemma is lower-cased once, not one Token per word of a long article."""
    keys = doc.to_array([LEMMA, ORTH])
    keys = np.where(keys[:, 0] != 0, keys[:, 0], keys[:, 1])  # base_lemma: the text where there is no lemma
    distinct, where = np.unique(keys, return_inverse=True)
    known, strings = _STORY_KEYS, doc.vocab.strings
    story = []
    for key in distinct.tolist():
        found = known.get(key)
        if found is None:
            if len(known) >= _MAX_STORY_KEYS:
                known.clear()
            found = known[key] = strings[key].lower() in _STORY_WORDS
        story.append(found)
    return np.array(story, dtype=bool)[where].nonzero()[0].tolist()


# _story_word_indices' answers by string id (a hash of the string, so it keeps its meaning when a batch's memory
# zone drops the string): an article's ~1,000 distinct words are mostly the last one's; emptied when full.
_STORY_KEYS: dict[int, bool] = {}
_MAX_STORY_KEYS = 1 << 16


def real_act(event, sent, info: dict) -> bool:
    """In a story article: a statement, or an act a country-coded actor did in the past tense."""
    if event.cameo_code[:2] == "01":
        return True
    _, country = info.get(event.actor1_entity, (None, None))
    return country is not None and _told_as_past(event.trigger_text, sent)


def _told_as_past(trigger: str, sent) -> bool:
    words = trigger.split()
    head = next((t for t in sent if words and t.text == words[0]), None)
    return head is not None and head.tag_ in _PAST_TAGS
