"""CAMEO code transforms: what a code becomes when its event is only intended, threatened, refused, stopped,
demanded or appealed for ("will provide aid" 070 -> 033, "refused to meet" 036 -> 125).
"""

from __future__ import annotations

# Root of the embedded event -> code when it is only promised ("will provide aid" -> 033).
_INTENT_BY_ROOT = {
    "02": "030",
    "03": "030",
    "04": "036",
    "05": "032",
    "06": "031",
    "07": "033",
    "08": "035",
    "09": "030",
}


_INTENT_BY_CODE = {
    "071": "0331",
    "072": "0332",
    "073": "0333",
    "074": "0334",
    "061": "0311",
    "062": "0312",
    "063": "0313",
    "064": "0314",
    "0841": "0353",
    "084": "0353",
    "085": "0354",
    "081": "0351",
    "087": "0356",
    "0871": "0356",
    "0874": "0356",
    "086": "0355",
    "0863": "0355",
    "045": "039",
    "057": "030",
    "0831": "0341",
}


_NO_INTENT_ROOTS = frozenset({"10", "11", "12", "13"})


# Root of a conflictual event -> code when it is only announced or threatened (13x).
THREAT_BY_ROOT = {
    "14": "133",
    "15": "138",
    "16": "131",
    "17": "132",
    "18": "138",
    "19": "1384",
    "20": "1383",
}


_THREAT_BY_CODE = {
    "162": "1311",
    "1621": "1311",
    "1622": "1311",
    "1623": "1311",
    "163": "1312",
    "161": "1313",
    "164": "134",
    "165": "135",
    "166": "136",
    "1723": "1323",
    "1724": "1324",
    "1722": "1322",
    "1721": "1321",
    "175": "137",
    "173": "137",
    "191": "1381",
    "192": "1382",
    "2041": "1385",
    "2042": "1385",
    "204": "1385",
}


# Root of a cooperative event -> code when it is refused or negated (12x).
_REJECT_BY_ROOT = {
    "02": "120",
    "03": "120",
    "04": "125",
    "05": "120",
    "06": "121",
    "07": "122",
    "08": "124",
    "09": "120",
    "11": "120",
}


_REJECT_BY_CODE = {
    "0841": "1243",
    "084": "1243",
    "085": "1244",
    "081": "1241",
    "087": "1246",
    "0871": "1246",
    "0874": "1246",
    "086": "1245",
    "0863": "1245",
    "057": "127",
    "045": "126",
    "071": "1221",
    "072": "1222",
    "073": "1223",
    "061": "1211",
    "062": "1212",
    "0831": "1231",
    "083": "123",
}


# Demand sub-code from what is demanded ("urged Y to release" -> 1053).
_DEMAND_BY_CODE = {
    "0841": "1053",
    "084": "1053",
    "087": "1056",
    "0871": "1056",
    "0874": "1056",
    "085": "1054",
    "081": "1051",
    "0831": "1041",
    "040": "106",
    "046": "106",
    "036": "106",
    "045": "108",
    "057": "107",
}


_DEMAND_BY_ROOT = {"04": "106", "06": "101", "07": "103", "05": "102", "08": "105"}


_APPEAL_BY_CODE = {
    "0841": "0253",
    "084": "0253",
    "087": "0256",
    "0871": "0256",
    "0874": "0256",
    "085": "0254",
    "081": "0251",
    "0831": "0241",
    "040": "026",
    "046": "026",
    "045": "028",
    "057": "027",
}


_APPEAL_BY_ROOT = {"04": "026", "06": "021", "07": "023", "05": "022", "08": "025"}


# Cooperation that "no longer" happens is a reduction of relations (16x).
STOPPED_BY_ROOT = {"03": "160", "04": "164", "05": "160", "06": "160", "07": "162"}


STOPPED_BY_CODE = {"071": "1621", "072": "1622", "073": "1623", "045": "165", "054": "161"}


def root_of(code: str) -> str:
    return code[:2]


def as_intent(code: str) -> str | None:
    root = root_of(code)
    if root in _INTENT_BY_ROOT:
        return _INTENT_BY_CODE.get(code, _INTENT_BY_ROOT[root])
    if root in THREAT_BY_ROOT:
        return _THREAT_BY_CODE.get(code, THREAT_BY_ROOT[root])
    if root in _NO_INTENT_ROOTS:
        return None  # "intends to sue", "plans to oppose": CAMEO has no intent code, and it is not done
    return code


def as_threat(code: str) -> str:
    root = root_of(code)
    if root in THREAT_BY_ROOT:
        return _THREAT_BY_CODE.get(code, THREAT_BY_ROOT[root])
    return "130"


def as_rejection(code: str, explicit: bool) -> str | None:
    """Negated cooperation is a rejection; a negated attack is no event, an explicit refusal still is."""
    root = root_of(code)
    if root in _REJECT_BY_ROOT:
        return _REJECT_BY_CODE.get(code, _REJECT_BY_ROOT[root])
    if code == "010":
        return "011" if explicit else None
    return "120" if explicit else None


def as_request(code: str | None, governor_code: str) -> str:
    if code is None:
        return governor_code
    if root_of(governor_code) == "02":
        return _APPEAL_BY_CODE.get(code, _APPEAL_BY_ROOT.get(root_of(code), governor_code))
    if root_of(governor_code) == "10" and governor_code in ("100",):
        return _DEMAND_BY_CODE.get(code, _DEMAND_BY_ROOT.get(root_of(code), governor_code))
    return governor_code
