"""The extraction quality gate: `newsroom eval` on every reference set must clear its floors.

Floors live in evaldata/eval_floors.json, the only floors; a change that lowers a score below them fails here.
"""

from newsroom.evaluate import main


def test_evaluation_clears_the_floors(capsys):
    exit_code = main([])
    report = capsys.readouterr().out
    assert exit_code == 0, report
    assert (
        "gold_seeds" in report
        and "gold_extra" in report
        and "real_quotes_dev" in report
        and "real_quotes_sealed" in report
    )
