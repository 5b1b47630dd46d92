"""The extraction quality gate: `newsroom eval` on both reference sets must clear its floors.

Floors live in tests/fixtures/eval_floors.json; a change that lowers a score below them fails here.
"""

from newsroom.evaluate import main


def test_evaluation_clears_the_floors(capsys):
    exit_code = main([])
    report = capsys.readouterr().out
    assert exit_code == 0, report
    assert "gold_seeds" in report and "gold_extra" in report
