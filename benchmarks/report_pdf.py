"""How long a report PDF takes after the click: `python -m benchmarks.report_pdf`.

    python -m benchmarks.report_pdf [--repeat R]

Loads the seed plans and their demo entries (plans/, data/demo/) into a temporary SQLite
file and, per plan and report kind (lägesrapport 'status' and verksamhetsberättelse
'year'; and 'org', the year report of the organisation S Stockholm 2021 in its published
layout), times `goals.reports.render(report, "pdf")` (the report already built; building
it is the status service's time, printed apart). The first call of the process is printed on its
own (imports, the fonts' Latin cut); then the median of `--repeat` warm calls.

Floor: an fpdf2 document with the same fonts, the same number of pages and the same text
(the report's Markdown, line by line with `multi_cell`) and no charts: what any PDF of that
report must cost. The `png charts` column is what drawing the same charts as PNG files
costs (Pillow, for Word and Markdown; the PDF drew matplotlib PNGs before, 0.5–4 s).
Prints a table and one JSON line.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from fpdf import FPDF
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]
CASES = [("s-stockholm-2021", date(2021, 12, 31)), ("v-vallentuna-2021", date(2021, 6, 30)),
         ("v-storstockholm-2017-2018", date(2018, 6, 30)), ("sv-innlandet-2023",
                                                            date(2023, 9, 30))]


def _engine(folder: str):
    from goals.services.file_import import import_files
    from goals.store.engine import create_schema, make_engine

    engine = make_engine(f"sqlite:///{folder}/bench.db")
    create_schema(engine)
    files = sorted((ROOT / "plans").glob("*.yaml")) + sorted((ROOT / "data/demo").glob("*.csv"))
    import_files(engine, files)
    return engine


def floor_pdf(text: str, pages: int, font_paths: dict[str, Path]) -> bytes:
    """The same text in the same font over the same number of pages, nothing else."""
    pdf = FPDF(format="A4", unit="mm")
    for style, path in font_paths.items():
        pdf.add_font("DejaVu", style, str(path))
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 10)
    for line in text.splitlines():
        pdf.multi_cell(0, 5, line or " ", new_x="LMARGIN", new_y="NEXT")
    while pdf.page_no() < pages:
        pdf.add_page()
    return bytes(pdf.output())


def _median(call, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _organisation_row(engine, repeat: int) -> dict:
    """The S Stockholm 2021 year report of the organisation (both plans, published layout,
    no written parts)."""
    from sqlmodel import Session

    from goals.reports import render
    from goals.reports.fonts import font_files
    from goals.reports.markdown import publication_markdown
    from goals.services.reports import build_organisation_report

    start = time.perf_counter()
    with Session(engine) as session:
        report = build_organisation_report(session, "s-stockholm", 2021)
    built = time.perf_counter() - start
    pdf = render(report, "pdf")
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    text, fonts = publication_markdown(report), font_files(set(repr(report)))
    took = _median(lambda: render(report, "pdf"), repeat)
    floor = _median(lambda: floor_pdf(text, pages, fonts), repeat)
    goals = sum(len(s.goals) for s in report.sections)
    return dict(plan="s-stockholm (organisation)", kind="org", goals=goals, pages=pages,
                build_s=round(built, 4), pdf_s=round(took, 4), floor_s=round(floor, 4),
                ratio=round(took / floor, 2), png_charts_s=0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from sqlmodel import Session

    from goals.reports import render
    from goals.reports.charts import report_charts
    from goals.reports.fonts import font_files
    from goals.reports.markdown import report_markdown
    from goals.services.reports import build_report

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        engine = _engine(folder)
        first = None
        for plan_id, as_of in CASES:
            for kind in ("status", "year"):
                start = time.perf_counter()
                with Session(engine) as session:
                    report = build_report(session, plan_id, as_of, kind)
                built = time.perf_counter() - start
                if first is None:
                    start = time.perf_counter()
                    render(report, "pdf")
                    first = time.perf_counter() - start
                pdf = render(report, "pdf")
                pages = len(PdfReader(io.BytesIO(pdf)).pages)
                text = report_markdown(report)
                fonts = font_files(set(repr(report)))
                took = _median(lambda r=report: render(r, "pdf"), args.repeat)
                floor = _median(lambda t=text, p=pages, f=fonts: floor_pdf(t, p, f),
                                args.repeat)
                charts = _median(lambda r=report: report_charts(r), max(1, args.repeat // 2))
                goals = sum(len(s.goals) for s in report.sections)
                rows.append(dict(plan=plan_id, kind=kind, goals=goals, pages=pages,
                                 build_s=round(built, 4), pdf_s=round(took, 4),
                                 floor_s=round(floor, 4), ratio=round(took / floor, 2),
                                 png_charts_s=round(charts, 4)))
        rows.append(_organisation_row(engine, args.repeat))
        engine.dispose()
    print(f"first PDF of the process (imports, font cut): {first:.3f} s")
    print(f"{'plan':28} {'kind':6} {'goals':>5} {'pages':>5} {'build s':>8} {'pdf s':>7} "
          f"{'floor s':>8} {'ratio':>6} {'png charts s':>13}")
    for row in rows:
        print(f"{row['plan']:28} {row['kind']:6} {row['goals']:5} {row['pages']:5} "
              f"{row['build_s']:8.3f} {row['pdf_s']:7.3f} {row['floor_s']:8.3f} "
              f"{row['ratio']:6.2f} {row['png_charts_s']:13.3f}")
    print(json.dumps({"first_s": round(first, 4), "rows": rows}))


if __name__ == "__main__":
    main()
