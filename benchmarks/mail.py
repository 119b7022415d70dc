"""How long `send` takes for a district: `python -m benchmarks.mail [--foreningar 200]`.

A demo district (goals.services.demo) whose förening plans are given owners (one address
per goal), the board's address, a member who asked for the monthly nudge, and (every tenth
förening) a board meeting five days ahead, so that digest carries the lägesrapport PDF.
On 30 June every mail is due: reminders, digests, nudges.

- floor: composing the same mails without sending (the dry run: the same reads, rules,
  texts, HTML and PDFs; no report links, no SMTP, nothing recorded);
- send: the real run to a local SMTP server (aiosmtpd in its own process, as a real server
  would be): report links created, each mail handed to the server and then recorded.
Each repeat starts from a fresh copy of the loaded database; floor and send alternate.
Target: send ≤ 2 × floor.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

AS_OF = date(2025, 6, 30)


def _with_followup(text: str, org: str) -> str:
    """A förening plan with owners on every goal, reminders and a nudge subscriber."""
    text = re.sub(r"- \{id: ([a-z-]+), ",
                  lambda m: f"- {{id: {m.group(1)}, owners: [{m.group(1)}@{org}.example], ", text)
    reminders = (f"reminders: {{silent_days: 30, member_nudge: true, "
                 f"board: [styrelsen@{org}.example], "
                 f"members: [{{name: Medlem, email: medlem@{org}.example}}]}}\n")
    return text.replace("metrics:\n", reminders + "metrics:\n", 1)


def _prepare(url: str, foreningar: int, meetings_every: int) -> None:
    from goals.access.roles import Actor
    from goals.services.demo import DISTRICT_ID, demo_files
    from goals.services.file_import import import_bytes
    from goals.services.writes import record_meeting
    from goals.store.engine import create_schema, make_engine

    engine = make_engine(url)
    create_schema(engine)
    plans = 0
    for demo in demo_files(foreningar, year=AS_OF.year, until=AS_OF):
        data = demo.data
        if (demo.is_plan and demo.name.endswith(f"-{AS_OF.year}.yaml")
                and not demo.name.startswith(DISTRICT_ID)):
            org = demo.name.rsplit("-", 1)[0]
            data = _with_followup(data.decode(), org).encode()
            if meetings_every and plans % meetings_every == 0:
                record_meeting(engine, org, AS_OF + timedelta(days=5),
                               actor=Actor.command_line())
            plans += 1
        assert import_bytes(engine, data, demo.name, is_plan=demo.is_plan).ok, demo.name
    engine.dispose()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start_server() -> tuple[subprocess.Popen, str]:
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-l",
                                f"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Sink"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return process, f"smtp://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("the local SMTP server did not start")


def _run(source: Path, folder: Path, smtp_url: str, dry_run: bool) -> tuple[float, float, int]:
    """One `send` on a fresh copy of the loaded database: wall seconds, this process's CPU
    seconds (less disturbed by other work on the machine) and mails."""
    from goals.services.mail import MailSettings, send_due
    from goals.store.engine import make_engine

    copy = folder / f"run-{time.monotonic_ns()}.db"
    shutil.copy(source, copy)
    engine = make_engine(f"sqlite:///{copy}")
    settings = MailSettings(smtp_url, "Verksamhetsplaner <noreply@example.org>",
                            "https://mal.example.org")
    started, cpu = time.perf_counter(), time.process_time()
    result = send_due(engine, AS_OF, settings, dry_run=dry_run)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    engine.dispose()
    copy.unlink()
    if result.failed:
        raise RuntimeError(f"{len(result.failed)} mails failed: {result.failed[0][1]}")
    return seconds, cpu, len(result.sent)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.mail", description=__doc__)
    parser.add_argument("--foreningar", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--meetings-every", type=int, default=10, metavar="N",
                        help="a board meeting 5 days ahead (so a PDF in the digest) for every "
                        "Nth förening; 0: none")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = folder / "district.db"
        started = time.perf_counter()
        _prepare(f"sqlite:///{source}", args.foreningar, args.meetings_every)
        print(f"  setup: demo district of {args.foreningar} föreningar in "
              f"{time.perf_counter() - started:.0f} s")
        server, smtp_url = _start_server()
        try:
            _run(source, folder, smtp_url, True)   # warm-up: imports, fonts, parsed plans
            floor, sent = [], []
            for _ in range(args.repeat):   # alternated, so a busy moment hits both alike
                floor.append(_run(source, folder, smtp_url, True))
                sent.append(_run(source, folder, smtp_url, False))
        finally:
            server.terminate()
            server.wait(timeout=10)
    mails = sent[0][2]
    if floor[0][2] != mails:
        raise RuntimeError(f"the floor composed {floor[0][2]} mails, send sent {mails}")
    figures = {"mails": mails,
               "floor_compose_s": statistics.median(r[0] for r in floor),
               "send_s": statistics.median(r[0] for r in sent),
               "floor_cpu_s": statistics.median(r[1] for r in floor),
               "send_cpu_s": statistics.median(r[1] for r in sent)}
    figures["ratio"] = figures["send_s"] / figures["floor_compose_s"]
    figures["cpu_ratio"] = figures["send_cpu_s"] / figures["floor_cpu_s"]
    extra_ms = (figures["send_s"] - figures["floor_compose_s"]) / max(mails, 1) * 1000
    print(f"  {mails} mails due on {AS_OF}; a PDF in every {args.meetings_every or '–'}th "
          f"förening's digest")
    print(f"  floor (compose, no send)  median {figures['floor_compose_s']:6.2f} s")
    print(f"  send to local SMTP        median {figures['send_s']:6.2f} s   "
          f"ratio {figures['ratio']:.2f}× (target ≤ 2×); sending adds {extra_ms:.1f} ms "
          f"per mail")
    print(f"  CPU of this process: floor {figures['floor_cpu_s']:.2f} s, send "
          f"{figures['send_cpu_s']:.2f} s, ratio {figures['cpu_ratio']:.2f}×")
    print(json.dumps({"bench": "benchmarks.mail", "foreningar": args.foreningar,
                      "meetings_every": args.meetings_every, **figures}))
    return figures


if __name__ == "__main__":
    main()
