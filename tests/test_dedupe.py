"""MinHash signatures and the LSH band keys the warehouse stores for near-duplicate lookup."""

from __future__ import annotations

from newsroom.dedupe import DuplicateIndex, band_keys, minhash_signature, text_hash

STORY = (
    "The regional water board said on Tuesday that the reservoir north of the city had reached its "
    "lowest level in forty years, and asked households to cut their use by a fifth until the autumn rains. "
    "Farmers in the valley said the restrictions would hit the harvest of late vegetables hardest."
)


def test_band_keys_agree_exactly_on_the_bands_two_signatures_share():
    signature = minhash_signature(STORY)
    changed = list(signature)
    changed[0] += 1  # only the first band's values differ
    keys, other = band_keys(signature), band_keys(changed)
    assert keys[0] != other[0] and keys[1:] == other[1:]
    assert len(set(keys)) == len(keys)  # the band number is part of the key


def test_band_keys_fit_a_signed_bigint_column():
    for text in (STORY, STORY.upper(), "short text", STORY[::-1]):
        assert all(-(2**63) <= key < 2**63 for key in band_keys(minhash_signature(text)))


def test_index_finds_exact_and_near_copies_and_not_another_story():
    index = DuplicateIndex()
    index.add("a", text_hash(STORY), minhash_signature(STORY))
    copy = STORY + " Subscribe to our newsletter."
    assert index.find(text_hash(STORY.upper()), minhash_signature(STORY.upper())) == ("a", "exact")
    assert index.find(text_hash(copy), minhash_signature(copy)) == ("a", "near")
    other = (
        "The city council approved a new budget for schools and roads after a long debate on Monday night."
    )
    assert index.find(text_hash(other), minhash_signature(other)) is None
