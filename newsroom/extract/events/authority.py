"""Who arrested or detained when a passive names nobody: "Police said a 34-year-old man was arrested",
"officials banned the rally, saying demonstrators would be arrested". An authority that reports a detention in
its own words is the one holding the detainee; anyone else (a lawyer, a witness, a rights group) only reports it.
"""

from __future__ import annotations

from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.modality import speaker_of
from newsroom.extract.events.syntax import is_passive, lemma_of

# Words of a police, security or state body in the speaker's phrase: "police", "Police Commissioner X".
_AUTHORITY_WORDS = word_set("authority_words")
# Detentions and other coercion done to the passive subject (173 arrest, 174 expel, 172 sanctions).
_DETENTION_CODES = frozenset({"172", "173", "174", "137"})


def reporting_authority(verb, code: str):
    """The speaker token of an authority reporting a passive detention with no agent of its own, else None."""
    if (
        code[:3] not in _DETENTION_CODES
        or not is_passive(verb)
        or any(c.dep_ == "agent" for c in verb.children)
    ):
        return None
    speaker = speaker_of(verb)
    if speaker is None or speaker.pos_ == "PRON":
        return None
    words = {lemma_of(t) for t in speaker.subtree} | {t.lower_ for t in speaker.subtree}
    return speaker if words & _AUTHORITY_WORDS else None
