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
import struct

import numpy as np
from datasketch import MinHash, MinHashLSH

NEAR_DUPLICATE_THRESHOLD = 0.8
NUM_PERM = 64
SHINGLE_WORDS = 5
MINHASH_SCHEME = "affine32"  # stored signatures are only comparable under the same scheme

_WORD = re.compile(r"\w+", re.UNICODE)
# The permutations depend only on (NUM_PERM, seed, scheme): drawn once and shared by every sketch.
# Drawing them per MinHash cost ~0.3 ms each (a RandomState per sketch), and every candidate a
# batch fetches from the warehouse becomes a sketch again.
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=1, scheme=MINHASH_SCHEME).permutations
# The bands datasketch's LSH picks for this threshold; stored band keys follow the same split.
_LSH_BANDS = MinHashLSH(threshold=NEAR_DUPLICATE_THRESHOLD, num_perm=NUM_PERM).hashranges


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


def band_keys(signature: list[int]) -> list[int]:
    """One key per LSH band, stable across processes and versions: two signatures that agree
    on every value of a band share its key. The warehouse stores them so a batch can fetch
    its candidate originals with a join instead of holding every signature in memory."""
    return [
        int.from_bytes(
            hashlib.blake2b(
                struct.pack(f"<H{end - start}Q", band, *signature[start:end]), digest_size=8
            ).digest(),
            "little",
            signed=True,  # a BIGINT, as Arrow infers Python ints
        )
        for band, (start, end) in enumerate(_LSH_BANDS)
    ]


def _from_signature(signature: list[int]) -> MinHash:
    return MinHash(
        num_perm=NUM_PERM,
        seed=1,
        hashvalues=np.array(signature, dtype=np.uint64),
        scheme=MINHASH_SCHEME,
        permutations=_PERMUTATIONS,
    )


class DuplicateIndex:
    """Originals a batch may duplicate: candidates fetched from the warehouse, then the batch's own."""

    def __init__(self) -> None:
        self._by_hash: dict[str, str] = {}
        self._lsh = MinHashLSH(threshold=NEAR_DUPLICATE_THRESHOLD, num_perm=NUM_PERM)
        self._signatures: dict[str, MinHash] = {}

    def add(self, article_id: str, body_hash: str, signature: list[int]) -> None:
        self._by_hash.setdefault(body_hash, article_id)
        if article_id not in self._signatures:
            minhash = _from_signature(signature)
            self._signatures[article_id] = minhash
            self._lsh.insert(article_id, minhash)

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
