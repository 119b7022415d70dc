"""The page benchmark runs end to end (one rerun per page); figures are its output, not
asserted here."""

from benchmarks.app_reruns import main


def test_the_page_benchmark_times_every_page(monkeypatch):
    monkeypatch.delenv("GOALS_DB", raising=False)
    results = main(["--repeat", "1"])
    assert set(results) == {"overview", "goal (total)", "report"}
    assert all(r["best_s"] > 0 for r in results.values())
