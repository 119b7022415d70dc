"""The board's lägesrapport and the year's verksamhetsberättelse, from the data.

`content` decides what a report says (pure domain, in the plan's language), `organisation`
an organisation's year report, `publication` its published layout; `charts` draws the PNG
charts for Word and Markdown (Pillow; the PDF draws them as vectors, `pdf_charts`);
`markdown`, `pdf` and `docx` lay the same `Report` out. No Streamlit and no SQL here:
goals.services.reports gathers the data.
"""

from __future__ import annotations

from pathlib import Path

from goals.reports.content import Report

FORMATS = ("pdf", "md", "docx")
MEDIA_TYPES = {"pdf": "application/pdf", "md": "text/markdown",
               "docx": "application/vnd.openxmlformats-officedocument."
                       "wordprocessingml.document"}


def render(report: Report, fmt: str) -> bytes:
    """The report as the bytes of a .pdf, .md or .docx file. An organisation's year report
    (one with `written` parts) is laid out as published: goals.reports.publication."""
    if report.written is not None:
        return _render_publication(report, fmt)
    if fmt == "pdf":
        from goals.reports.pdf import report_pdf

        return report_pdf(report)
    if fmt == "md":
        from goals.reports.markdown import report_markdown

        return report_markdown(report).encode("utf-8")
    if fmt == "docx":
        from goals.reports.docx import report_docx

        return report_docx(report)
    raise ValueError(f"unknown format {fmt!r}; expected one of {FORMATS}")


def _render_publication(report: Report, fmt: str) -> bytes:
    if fmt == "pdf":
        from goals.reports.pdf import publication_pdf

        return publication_pdf(report)
    if fmt == "md":
        from goals.reports.markdown import publication_markdown

        return publication_markdown(report).encode("utf-8")
    if fmt == "docx":
        from goals.reports.docx import publication_docx

        return publication_docx(report)
    raise ValueError(f"unknown format {fmt!r}; expected one of {FORMATS}")


def _write_publication_markdown(report: Report, path: Path) -> list[Path]:
    from goals.reports.markdown import publication_markdown

    written, names = [], {}
    for photo in report.written.photos if report.written else ():
        image = path.with_name(f"{path.stem}-photo-{photo.pk}.jpg")
        image.write_bytes(photo.data)
        names[f"photo-{photo.pk}"] = image.name
        written.append(image)
    path.write_text(publication_markdown(report, names), encoding="utf-8")
    return [path, *written]


def write(report: Report, fmt: str, path: Path) -> list[Path]:
    """Write the report to `path`; Markdown gets its charts as PNG files beside it
    ('minutes.md' -> 'minutes-section-1.png', …), linked by relative name. Returns the files."""
    if fmt != "md":
        path.write_bytes(render(report, fmt))
        return [path]
    if report.written is not None:
        return _write_publication_markdown(report, path)
    from goals.reports.charts import report_charts
    from goals.reports.markdown import report_markdown

    written = []
    names = {}
    for name, png in report_charts(report).items():
        image = path.with_name(f"{path.stem}-{name}.png")
        image.write_bytes(png)
        names[name] = image.name
        written.append(image)
    path.write_text(report_markdown(report, names), encoding="utf-8")
    return [path, *written]
