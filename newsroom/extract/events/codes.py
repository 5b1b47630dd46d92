"""CAMEO code transforms: what a code becomes when its event is only intended, threatened, refused, stopped,
demanded or appealed for ("will provide aid" 070 -> 033, "refused to negotiate" 046 -> 125).
"""

from __future__ import annotations

from newsroom.extract.events.codebook import code_transforms

_NO_INTENT_ROOTS = frozenset({"10", "11", "12", "13"})


def _transformed(transform: str, code: str) -> str | None:
    """The code's own row in ``lexicons/cameo_transforms.csv``, else its root's; None when neither has one."""
    by_code, by_root = code_transforms()[transform]
    return by_code.get(code, by_root.get(root_of(code)))


def root_of(code: str) -> str:
    return code[:2]


def as_intent(code: str) -> str | None:
    intended = _transformed("intent", code) or _transformed("threat", code)
    if intended:
        return intended
    if root_of(code) in _NO_INTENT_ROOTS:
        return None  # "intends to sue", "plans to oppose": CAMEO has no intent code, and it is not done
    return code


def as_threat(code: str) -> str:
    return _transformed("threat", code) or "130"


def is_conflictual(code: str) -> bool:
    """A root whose announcement is a threat (13x): material conflict, 14 to 20."""
    return _transformed("threat", code) is not None


def as_stopped(code: str) -> str | None:
    """Cooperation that "no longer" happens is a reduction of relations (16x); None when CAMEO has none."""
    return _transformed("stopped", code)


def as_rejection(code: str, explicit: bool) -> str | None:
    """Negated cooperation is a rejection; a negated attack is no event, an explicit refusal still is."""
    rejected = _transformed("reject", code)
    if rejected:
        return rejected
    if code == "010":
        return "011" if explicit else None
    return "120" if explicit else None


def as_request(code: str | None, governor_code: str) -> str:
    if code is None:
        return governor_code
    if root_of(governor_code) == "02":
        return _transformed("appeal", code) or governor_code
    if root_of(governor_code) == "10" and governor_code in ("100",):
        return _transformed("demand", code) or governor_code
    return governor_code
