"""CAMEO event coding from a spaCy dependency parse.

Each sentence is searched for event predicates (verbs and event nouns) found in a data lexicon
(``lexicons/cameo_verbs.csv``); the parse supplies the source actor (subject, passive agent,
"by"-phrase, possessive) and the target (object, prepositional target). Governing verbs and
modals change the reading: "refused to meet" is a rejection, "will provide" an intent,
"threatened to cut aid" a threat, "X said Y attacked Z" codes Y against Z.
"""

from newsroom.dates import resolve_date
from newsroom.extract.events.codebook import LEXICON_DIR, control_classes, lexicon, light_verbs, word_sets
from newsroom.extract.events.coder import code_events

__all__ = [
    "LEXICON_DIR",
    "code_events",
    "control_classes",
    "lexicon",
    "light_verbs",
    "resolve_date",
    "word_sets",
]
