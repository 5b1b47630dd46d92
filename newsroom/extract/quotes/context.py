"""The per-document state every attribution step reads: token and paragraph lookups, which tokens are
quoted, and each reporting verb's speaker once resolved (so later steps can look back at who spoke)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from newsroom.extract.actors import ArticleActors
from newsroom.extract.actors.registry import paragraph_starts
from newsroom.extract.quotes.letters import letter_openings
from newsroom.extract.quotes.marks import QuoteSpan
from newsroom.models import Quote

SUBJECT_DEPS = ("nsubj", "nsubjpass")
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# prepositions of what one speaks in or on: "said in a statement", "announced on Twitter"
MEDIUM_PREPS = frozenset({"in", "on", "during", "at", "via", "through"})
MAX_WINDOW_TOKENS = 150  # no attribution reaches further within a sentence


@dataclass
class Speaker:
    """A quote's speaker: the actor (when resolved), the words naming it, the cue text, and the cue's token
    (so the event coder can give the event of that same verb the same speaker)."""

    entity: int | None
    mention: str | None
    cue: str | None
    cue_i: int | None = None


class Context:
    """Per-document lookups shared by the attribution steps."""

    def __init__(self, doc: Doc, actors: ArticleActors, spans: list[QuoteSpan], text: str):
        """``text`` is ``doc.text``, which spaCy rebuilds from every token on each access."""
        self.doc, self.actors, self.spans, self.text = doc, actors, spans, text
        self.starts = doc.to_array(IDX).tolist()
        self.quoted: dict[int, int] = {}
        for n, q in enumerate(spans):
            for i in range(self.token_at(q.start), self.token_at(q.end - 1) + 1):
                self.quoted[i] = n
        self.paragraph_starts = paragraph_starts(self.text)
        self.letter_starts = letter_openings(self.text)
        self.cue_speakers: dict[
            int, Speaker | None
        ] = {}  # cue token -> its speaker, filled in document order
        self.cue_order: list[int] = []
        self.quoted_cues: dict[int, int] = {}  # cue token -> the speaker entity a quote of it was given
        self.direct_of_cue: dict[
            int, list[tuple[int, int]]
        ] = {}  # cue token -> its direct quotes' characters

    def token_at(self, char: int) -> int:
        return max(0, bisect_right(self.starts, char) - 1)

    def quote(self, kind: str, speaker: Speaker, start_char: int, end_char: int) -> Quote:
        """The body's characters [start_char, end_char) as a quote of ``speaker``."""
        if speaker.cue_i is not None and speaker.entity is not None:
            self.quoted_cues[speaker.cue_i] = speaker.entity
        if kind == "direct" and speaker.cue_i is not None:
            self.direct_of_cue.setdefault(speaker.cue_i, []).append((start_char, end_char))
        return Quote(
            text=self.text[start_char:end_char],
            quote_kind=kind,
            speaker_entity=speaker.entity,
            speaker_mention=speaker.mention,
            cue=speaker.cue,
            start_char=start_char,
            end_char=end_char,
            sentence_index=self.actors.sentence_index(self.token_at(start_char)),
        )

    def word_before(self, char: int) -> int:
        """The last token before the character that is not white space ("said:" before '"…'), -1 when none."""
        i = self.token_at(char) - 1
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        return i

    def paragraph_of(self, char: int) -> int:
        return bisect_right(self.paragraph_starts, char) - 1

    def sentence(self, token_i: int) -> Span:
        """The token's sentence, clipped around it so run-on 'sentences' keep every scan short."""
        n = self.actors.sentence_index(token_i)
        starts = self.actors.sent_starts
        end = starts[n + 1] if n + 1 < len(starts) else len(self.doc)
        start = max(starts[n], token_i - MAX_WINDOW_TOKENS)
        return self.doc[start : min(end, token_i + MAX_WINDOW_TOKENS)]


def is_finite(verb: Token) -> bool:
    """A tensed verb or one with a tensed auxiliary ("was", "would breach"), not "to classify" or "causing"."""
    return verb.tag_ in FINITE_TAGS or any(
        a.dep_ in ("aux", "auxpass") and a.tag_ in FINITE_TAGS for a in verb.children
    )
