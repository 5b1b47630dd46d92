"""Duplicate detection: the same story in two files, or syndicated with other boilerplate.

Exact duplicates share the hash of the normalised body. Near duplicates are found with
MinHash LSH over 5-word shingles: two bodies whose estimated Jaccard similarity is at least
``NEAR_DUPLICATE_THRESHOLD`` are the same story. 0.8 keeps syndicated copies with a changed
first or last paragraph together, while two reports of the same event by different writers
(which share names and phrases but few 5-word runs) stay far below it.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash, MinHashLSH

NEAR_DUPLICATE_THRESHOLD = 0.8
NUM_PERM = 64
SHINGLE_WORDS = 5
MINHASH_SCHEME = "affine32"  # stored signatures are only comparable under the same scheme

_WORD = re.compile(r"\w+", re.UNICODE)
# The permutations depend only on (NUM_PERM, seed, scheme): drawn once and shared by every sketch.
# Drawing them per MinHash cost ~0.3 ms each (a RandomState per sketch), i.e. seconds when the
# duplicate index is rebuilt from tens of thousands of stored signatures at the start of a run.
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=1, scheme=MINHASH_SCHEME).permutations


def normalised_words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def text_hash(text: str) -> str:
    """Hash insensitive to case, punctuation and spacing (quotes straight or curly)."""
    return hashlib.sha256(" ".join(normalised_words(text)).encode()).hexdigest()


def minhash_signature(text: str) -> list[int]:
    words = normalised_words(text)
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    minhash = MinHash(num_perm=NUM_PERM, seed=1, scheme=MINHASH_SCHEME, permutations=_PERMUTATIONS)
    minhash.update_batch(s.encode() for s in shingles)
    return [int(v) for v in minhash.hashvalues]


def _from_signature(signature: list[int]) -> MinHash:
    return MinHash(
        num_perm=NUM_PERM, seed=1, hashvalues=np.array(signature, dtype=np.uint64), scheme=MINHASH_SCHEME,
        permutations=_PERMUTATIONS,
    )


class DuplicateIndex:
    """Remembers every original article's hash and signature, across runs and within one."""

    def __init__(self) -> None:
        self._by_hash: dict[str, str] = {}
        self._lsh = MinHashLSH(threshold=NEAR_DUPLICATE_THRESHOLD, num_perm=NUM_PERM)
        self._signatures: dict[str, MinHash] = {}
        self._hash_of: dict[str, str] = {}
        self._ids_of_file: dict[str, set[str]] = {}

    def add(self, article_id: str, body_hash: str, signature: list[int], source_file: str | None = None) -> None:
        if article_id in self._signatures and self._hash_of.get(article_id) != body_hash:
            self._discard(article_id)  # the same article with a new text (its file changed)
        self._by_hash.setdefault(body_hash, article_id)
        self._hash_of.setdefault(article_id, body_hash)
        if source_file is not None:
            self._ids_of_file.setdefault(source_file, set()).add(article_id)
        minhash = _from_signature(signature)
        if article_id not in self._signatures:
            self._signatures[article_id] = minhash
            self._lsh.insert(article_id, minhash)

    def discard_files(self, paths) -> None:
        """Forget the originals of files about to be re-read: their old text must not be matched."""
        for path in paths:
            for article_id in sorted(self._ids_of_file.pop(path, ())):
                self._discard(article_id)

    def _discard(self, article_id: str) -> None:
        body_hash = self._hash_of.pop(article_id, None)
        if body_hash is not None and self._by_hash.get(body_hash) == article_id:
            del self._by_hash[body_hash]
        if self._signatures.pop(article_id, None) is not None:
            self._lsh.remove(article_id)

    def find(self, body_hash: str, signature: list[int]) -> tuple[str, str] | None:
        """(original article_id, method) when this body duplicates a known article."""
        if body_hash in self._by_hash:
            return self._by_hash[body_hash], "exact"
        minhash = _from_signature(signature)
        candidates = self._lsh.query(minhash)
        if not candidates:
            return None
        best = max(sorted(candidates), key=lambda c: self._signatures[c].jaccard(minhash))
        if self._signatures[best].jaccard(minhash) >= NEAR_DUPLICATE_THRESHOLD:
            return best, "near"
        return None
