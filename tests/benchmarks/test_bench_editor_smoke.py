"""The editor benchmark runs end to end (one rerun each); figures are its output, not
asserted here."""

from benchmarks.editor import main


def test_the_editor_benchmark_times_both_pages(monkeypatch):
    monkeypatch.delenv("GOALS_DB", raising=False)
    results = main(["--repeat", "1"])
    assert len(results) == 3
    assert all(r["best_s"] > 0 for r in results.values())
