"""Benchmark: hostile inputs are refused within 2 s of CPU and 256 MB of memory.

Each input is refused in a fresh subprocess (so peak memory is that refusal's own, not the
benchmark's), and the child's CPU time (user + system) and peak resident memory are read
from `getrusage(RUSAGE_CHILDREN)`. Printed beside the bounds of issue 14; the floor is a
bare interpreter importing the same module and refusing nothing.

    python -m benchmarks.refusals
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

CPU_BOUND_S = 2.0
MEMORY_BOUND_MB = 256
ROOT = Path(__file__).resolve().parents[1]

_READ_TABLE = """
import sys
from goals.domain.problems import InputError
from goals.mappings.tables import read_table
data = sys.stdin.buffer.read()
try:
    read_table(data, "input.{suffix}")
except InputError as error:
    print(error.problems[0].key)
"""
_READ_DOCUMENT = """
import sys
from goals.domain.problems import InputError
from goals.drafting.reading import read_document
data = sys.stdin.buffer.read()
try:
    read_document("input.docx", data)
except InputError as error:
    print(error.problems[0].key)
"""
_CHECK_PLAN = """
import sys
from goals.io.plan_yaml import check_plan_bytes
print(check_plan_bytes(sys.stdin.buffer.read(), "p.yaml")[1][0].key)
"""
_FLOOR = """
import sys
import goals.mappings.tables, goals.drafting.reading, goals.io.plan_yaml
sys.stdin.buffer.read()
"""


def _zip(part: str, size: int) -> bytes:
    """A zip with one `size`-byte part of zeros, written in 1 MB steps (the benchmark's
    own memory stays small: a child inherits its parent's peak on Linux)."""
    buffer = io.BytesIO()
    chunk = b"0" * (1024 * 1024)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<x/>")
        with archive.open(part, "w", force_zip64=True) as target:
            for _ in range(size // len(chunk)):
                target.write(chunk)
    return buffer.getvalue()


def cases() -> list[tuple[str, str, bytes]]:
    gib = 1024 * 1024 * 1024
    return [
        ("floor (imports only)", _FLOOR, b""),
        ("xlsx bomb, 1 GiB sheet", _READ_TABLE.format(suffix="xlsx"),
         _zip("xl/worksheets/sheet1.xml", gib)),
        ("docx bomb, 1 GiB document", _READ_DOCUMENT, _zip("word/document.xml", gib)),
        ("plan nested 5 000 deep", _CHECK_PLAN,
         b"id: x\ntitle: " + b"[" * 5000 + b"]" * 5000 + b"\n"),
        ("plan with a NUL", _CHECK_PLAN, b"id: x\ntitle: a\x00b\n"),
        ("CSV of 600 000 rows", _READ_TABLE.format(suffix="csv"), b"a;b\n" + b"1;2\n" * 600_000),
    ]


_USAGE = """
import resource as _resource
_usage = _resource.getrusage(_resource.RUSAGE_SELF)
print("USAGE", _usage.ru_utime + _usage.ru_stime, _usage.ru_maxrss)
"""


def measure(code: str, data: bytes) -> tuple[float, float, str]:
    """(CPU seconds, peak MB, what it said) of one refusal in a fresh process, as the
    process itself reports them at its end (Linux: ru_maxrss in kilobytes)."""
    run = subprocess.run([sys.executable, "-c", code + _USAGE], input=data, cwd=ROOT,
                         capture_output=True, timeout=600)
    lines = run.stdout.decode().split("\n")
    usage = next((line.split() for line in lines if line.startswith("USAGE")), None)
    if usage is None:
        return float("nan"), float("nan"), run.stderr.decode().strip()[-120:]
    said = next((line for line in lines if line and not line.startswith("USAGE")), "")
    return float(usage[1]), int(usage[2]) / 1024, said


def main() -> None:
    results = {}
    print(f"  bounds: {CPU_BOUND_S} s CPU, {MEMORY_BOUND_MB} MB; each refusal in a fresh "
          "process (the floor: the same imports, refusing nothing)")
    for label, code, data in cases():
        cpu, peak, said = measure(code, data)
        results[label] = {"cpu_s": round(cpu, 3), "peak_mb": round(peak, 1), "said": said,
                          "input_kb": len(data) // 1024}
        print(f"  {label:<28} input {len(data) // 1024:>7} KB  cpu {cpu:5.2f} s "
              f"({cpu / CPU_BOUND_S:4.0%} of bound)  peak {peak:6.1f} MB "
              f"({peak / MEMORY_BOUND_MB:4.0%})  -> {said}")
    print(json.dumps({"bench": "benchmarks.refusals", **results}))


if __name__ == "__main__":
    main()
