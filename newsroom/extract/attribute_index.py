"""The attribute ruler's matches, found by each word's own attributes instead of trying every pattern at every word.

The model's ``attribute_ruler`` (the tag map and morphology rules: 179 patterns of one or two words, each an exact
value, a set or a regular expression over TAG, LOWER, DEP and IS_SPACE) runs spaCy's ``Matcher``, which tries each
pattern at each word: an eighth of the parse's CPU. Which patterns a word fits depends only on those attributes, and
words recur, so the answer is kept by the word's values, and the matches (the same list ``AttributeRuler.match``
returns) go to the ruler's own ``set_annotations``. A pattern of any other form leaves the ruler as spaCy made it.
"""

from __future__ import annotations

import re

from spacy.attrs import IDS
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc

# the tests of one word of a pattern: (column, "==" | "IN" | "NOT_IN" | "REGEX", the value | set | regex's place)
WordTest = tuple[tuple[int, str, object], ...]
_MAX_WORDS = 1 << 16  # distinct words' answers kept, emptied when full so a long-running worker stays bounded


class _Unsupported(ValueError):
    """A pattern this index does not read the way the Matcher does."""


def index_attribute_ruler(ruler: AttributeRuler) -> None:
    """Have ``ruler`` find its matches by word (``_Index``), when every pattern is of a form it reads."""
    try:
        index = _Index(ruler)
    except _Unsupported:
        return
    ruler.match = index.match


class _Index:
    def __init__(self, ruler: AttributeRuler):
        specs = [
            (int(key), ruler.vocab.strings[key], pattern)
            for key, patterns in _patterns_by_key(ruler)
            for pattern in patterns
        ]
        names = sorted({name for _, _, pattern in specs for word in pattern for name in word})
        if any(name not in IDS for name in names):
            raise _Unsupported(names)
        self.columns = [IDS[name] for name in names]
        column_of = {name: k for k, name in enumerate(names)}
        # per column: the values some pattern names, and the regular expressions searched in it
        self.named: list[set] = [set() for _ in names]
        self.regexes: list[list] = [[] for _ in names]
        # (attr_id, match_id, tests of its words)
        self.patterns = [
            (attr_id, match_id, [_word_test(word, column_of, self.named, self.regexes) for word in pattern])
            for attr_id, match_id, pattern in specs
        ]
        if any(not 1 <= len(tests) <= 2 for _, _, tests in self.patterns):
            raise _Unsupported("a pattern of more than two words")
        self.words: dict[tuple[int, ...], tuple[tuple, tuple, frozenset]] = {}  # by the word's values
        self.kinds: dict[tuple, tuple[tuple, tuple, frozenset]] = {}  # by its kind (``_kind``)

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """``AttributeRuler.match``: (attr_id, match_id, start, end) of every match, sorted."""
        if not len(doc):
            return []
        rows = [tuple(row) for row in doc.to_array(self.columns).tolist()]
        fits = [self._fits(row, doc) for row in rows]
        matches = []
        for i, (alone, first, _) in enumerate(fits):
            matches += [(attr_id, match_id, i, i + 1) for attr_id, match_id in alone]
            if first and i + 1 < len(fits):
                second = fits[i + 1][2]
                matches += [(attr_id, match_id, i, i + 2) for k, attr_id, match_id in first if k in second]
        matches.sort()
        return matches

    def _fits(self, row: tuple[int, ...], doc: Doc) -> tuple[tuple, tuple, frozenset]:
        """The one-word patterns the word fits, the two-word patterns it opens, and those whose second word it
        fits (by the pattern's position in the list)."""
        found = self.words.get(row)
        if found is None:
            if len(self.words) >= _MAX_WORDS:
                self.words.clear()
            kind = self._kind(row, doc)
            found = self.kinds.get(kind)
            if found is None:
                found = self.kinds[kind] = self._evaluate(kind, doc)
            self.words[row] = found
        return found

    def _kind(self, row: tuple[int, ...], doc: Doc) -> tuple:
        """The word's values as the patterns tell them apart: a value no pattern names stands for all such
        values (``None``), with what the column's regular expressions find in it. Few kinds for many words."""
        kind = []
        for value, named, regexes in zip(row, self.named, self.regexes, strict=True):
            if value in named:
                kind.append(value)
            elif not regexes:
                kind.append(None)
            else:
                text = doc.vocab.strings[value]
                kind.append(tuple(bool(p.search(text)) for p in regexes))
        return tuple(kind)

    def _evaluate(self, kind: tuple, doc: Doc) -> tuple[tuple, tuple, frozenset]:
        alone, first, second = [], [], set()
        for k, (attr_id, match_id, tests) in enumerate(self.patterns):
            if _fits_word(tests[0], kind, self.regexes, doc):
                if len(tests) == 1:
                    alone.append((attr_id, match_id))
                else:
                    first.append((k, attr_id, match_id))
            if len(tests) == 2 and _fits_word(tests[1], kind, self.regexes, doc):
                second.add(k)
        return tuple(alone), tuple(first), frozenset(second)


def _patterns_by_key(ruler: AttributeRuler) -> list[tuple[str, list]]:
    """The ruler's patterns under their matcher keys ("0", "1", ...: the attribute set's position)."""
    return [(str(n), ruler.matcher.get(ruler.vocab.strings[str(n)])[1]) for n in range(len(ruler.attrs))]


def _word_test(word: dict, column_of: dict[str, int], named: list[set], regexes: list[list]) -> WordTest:
    """One word of a pattern as the Matcher reads it: an exact value (a string's id, a flag's 0 or 1), ``IN`` or
    ``NOT_IN`` a set of strings, or a ``REGEX`` searched in the attribute's string. Tested on a word's kind
    (``_Index._kind``) by ``_fits_word``; the values and regular expressions it names are added to ``named`` and
    ``regexes``. Plain tuples, so that the ruler still pickles (``nlp.pipe`` with ``n_process`` under spawn)."""
    tests = []
    for name, value in word.items():
        column = column_of[name]
        if isinstance(value, bool | str):
            wanted = int(value) if isinstance(value, bool) else get_string_id(value)
            named[column].add(wanted)
            tests.append((column, "==", wanted))
        elif isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN", "REGEX"):
            ((op, operand),) = value.items()
            if op == "REGEX" and isinstance(operand, str):
                regexes[column].append(re.compile(operand))
                tests.append((column, op, len(regexes[column]) - 1))  # its place in the kind's tuple
            elif op != "REGEX" and all(isinstance(v, str) for v in operand):
                ids = frozenset(get_string_id(v) for v in operand)
                named[column].update(ids)
                tests.append((column, op, ids))
            else:
                raise _Unsupported(word)
        else:
            raise _Unsupported(word)
    return tuple(tests)


def _fits_word(tests: WordTest, kind: tuple, regexes: list[list], doc: Doc) -> bool:
    for column, op, operand in tests:
        value = kind[column]
        if op == "==":
            fits = value == operand
        elif op == "IN":
            fits = value in operand
        elif op == "NOT_IN":
            fits = value not in operand
        elif isinstance(value, tuple):  # REGEX on a value no pattern names: found when the kind was made
            fits = value[operand]
        else:
            fits = regexes[column][operand].search(doc.vocab.strings[value]) is not None
        if not fits:
            return False
    return True
