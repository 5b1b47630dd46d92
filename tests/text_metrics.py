"""The body metric the product is judged by: F1 over 4-word shingles."""

from __future__ import annotations


def shingle_f1(predicted: str, expected: str, n: int = 4) -> float:
    def shingles(text: str) -> set[tuple[str, ...]]:
        tokens = text.split()
        return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}

    got, want = shingles(predicted), shingles(expected)
    common = len(got & want)
    if not got or not want or not common:
        return float(got == want)
    precision, recall = common / len(got), common / len(want)
    return 2 * precision * recall / (precision + recall)
