"""benchmarks.scale runs end to end on tiny sizes (SQLite) and its figures hang together:
every figure has a floor and a ratio, the national roll-up sees every förening, the district
view its 100 föreningar, and a second run reuses the cached databases."""

from __future__ import annotations

from benchmarks.scale import main


def test_the_scale_benchmark_runs_and_reuses_its_cache(tmp_path):
    lines: list[str] = []
    args = ["--quick", "--backends", "sqlite", "--repeat", "1", "--cache", str(tmp_path)]
    summary = main(args, log=lines.append)
    sqlite = summary["backends"][0]
    assert set(sqlite["one_plan"]) == {"1", "20", "120"}
    for figure in [*sqlite["one_plan"].values(), sqlite["district"], sqlite["national"]]:
        assert figure["s"] > 0 and figure["floor_s"] > 0
        assert abs(figure["ratio"] - figure["s"] / figure["floor_s"]) < 1e-9
    assert sqlite["district"]["foreningar"] == 100 and sqlite["district"]["plans"] == 101
    assert sqlite["national"]["foreningar"] == 120 and sqlite["national"]["districts"] == 2
    assert sqlite["import"]["entries"] == 2_000
    assert lines[-1].startswith('{"bench": "benchmarks.scale"')
    built = sorted(p.name for p in tmp_path.glob("*.done"))
    again: list[str] = []
    main(args, log=again.append)
    assert not any(line.strip().startswith("built") for line in again)
    assert sorted(p.name for p in tmp_path.glob("*.done")) == built
