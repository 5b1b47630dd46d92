"""The bench's per-stage figures: readings of the process tree lined up with the flow's stage spans."""

from pytest import approx

from bench.run import TreeSampler

MB = 2**20


def sampler_with(readings: list[tuple[float, float, float]]) -> TreeSampler:
    sampler = TreeSampler(pid=0)
    sampler.samples = [(t, pss_mb * MB, cpu) for t, pss_mb, cpu in readings]
    return sampler


def test_cpu_is_interpolated_between_readings_and_summed_over_a_stages_spans():
    # The tree burns 2 CPU seconds per second from t=10 to t=12, then 1 per second.
    sampler = sampler_with([(10.0, 500, 0.0), (11.0, 900, 2.0), (12.0, 700, 4.0), (13.0, 600, 5.0)])
    usage = sampler.usage_by_stage([("clean", 10.5, 11.5), ("load", 11.5, 11.75), ("clean", 12.0, 12.5)])
    assert usage["clean"]["cpu"] == approx(2.0 + 0.5)
    assert usage["load"]["cpu"] == approx(0.5)
    assert usage["clean"]["peak_pss_mb"] == 900


def test_a_span_shorter_than_the_sampling_step_takes_the_readings_around_it():
    sampler = sampler_with([(10.0, 500, 0.0), (10.2, 800, 0.4), (10.4, 650, 0.8)])
    usage = sampler.usage_by_stage([("load", 10.25, 10.3)])
    assert usage["load"]["peak_pss_mb"] == 800
    assert usage["load"]["cpu"] == approx(0.1)


def test_no_readings_no_figures():
    assert sampler_with([]).usage_by_stage([("extract", 1.0, 2.0)]) == {}


def test_the_memory_curve_keeps_a_reading_every_five_seconds():
    sampler = sampler_with(
        [(100.0, 500, 0), (102.0, 600, 0), (105.5, 700, 0), (107.0, 800, 0), (111.0, 650, 0)]
    )
    assert sampler.timeline == [(0.0, 500.0), (5.5, 700.0), (11.0, 650.0)]
