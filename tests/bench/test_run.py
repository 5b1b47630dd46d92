"""The bench's per-stage figures: readings of the process tree lined up with the flow's stage spans."""

from pytest import approx

from bench.run import TreeSampler, fixed_costs

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


def test_fixed_costs_split_the_whole_process_and_the_rest_is_the_articles():
    run = {
        "wall": 60.0,
        "flow_seconds": 40.0,
        "marks": {
            "checks": 0.3,
            "nothing new decided": 0.5,
            "imported": 8.0,
            "api ready": 14.0,
            "flow done": 54.0,
            "server stopped": 56.0,
        },
        "result": {
            "seconds": {"discover": 0.5, "clean": 5.0, "extract": 20.0, "load": 1.5, "dbt": 9.0, "docs": 0.0}
        },
    }
    costs = fixed_costs(run)
    assert costs == approx(
        {
            "start-up": 8.0,
            "model": 0.0,
            "api wait": 6.0,
            "prefect": 4.0,
            "dbt": 9.0,
            "docs": 0.0,
            "api stop": 2.0,
            "exit": 4.0,
        }
    )
    assert run["wall"] - sum(costs.values()) == approx(27.0)  # discover + clean + extract + load


def test_a_small_run_loading_its_model_during_the_api_start_says_so():
    marks = {
        "imported": 2.0,
        "model loaded": 3.5,
        "api ready": 5.0,
        "flow done": 12.0,
        "server stopped": 12.2,
    }
    run = {
        "wall": 12.5,
        "flow_seconds": 7.0,
        "marks": marks,
        "result": {"seconds": {"extract": 1.0, "dbt": 5.0}},
    }
    costs = fixed_costs(run)
    assert (costs["start-up"], costs["model"], costs["api wait"]) == approx((2.0, 1.5, 1.5))


def test_a_run_that_found_nothing_new_is_all_start_up():
    run = {
        "wall": 0.9,
        "flow_seconds": 0.0,
        "marks": {"checks": 0.4, "nothing new decided": 0.7},
        "result": {"summary": "nothing new", "seconds": {}},
    }
    assert fixed_costs(run) == approx({"start-up": 0.7, "exit": 0.2})
