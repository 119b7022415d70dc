"""The import benchmark runs end to end at a tiny size; its figures are output only."""

from benchmarks.imports import main


def test_the_import_benchmark_times_a_register_and_a_call_export():
    figures = main(["--rows", "300", "--repeat", "1", "--xlsx"])
    assert set(figures) == {"register (csv)", "call export (csv)", "register (xlsx)"}
    assert figures["call export (csv)"]["entries"] > 0
