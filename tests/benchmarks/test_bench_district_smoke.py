"""The district benchmark runs end to end at a tiny size; its figures are output only."""

from benchmarks.district import main


def test_the_district_benchmark_times_the_view_and_the_page(monkeypatch):
    monkeypatch.delenv("GOALS_DB", raising=False)
    figures = main(["--plans", "3", "--entries", "600", "--repeat", "1"])
    assert set(figures) == {"district view (service)", "district page (warm)"}
