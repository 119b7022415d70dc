"""The PDF's fonts: DejaVu Sans (shipped inside matplotlib), cut once per process to the
Latin letters and punctuation a Nordic report uses.

Why: fpdf2 parses the whole TrueType file for every document (6 000 glyphs per style, three
styles), 50–150 ms per PDF, as much as all the rest of a report. The Latin cut (Basic Latin
to Latin Extended-B, which holds the Sámi letters, plus punctuation, currency signs and
arrows) is about a tenth of the size and parses in a few milliseconds. It is made with
fontTools (which fpdf2 itself uses) into a private temporary folder, written under a
temporary name and renamed, so processes sharing the folder never read half a file. A
report whose text has a letter outside the cut (Greek, Cyrillic, an emoji DejaVu has) gets
the full fonts, so nothing prints as a missing glyph that printed before.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import tempfile
from functools import cache
from pathlib import Path

from fontTools import subset

# matplotlib's own copy of DejaVu, found without importing matplotlib (a tenth of a second).
_MPL = importlib.util.find_spec("matplotlib")
assert _MPL is not None and _MPL.submodule_search_locations
FONT_DIR = Path(list(_MPL.submodule_search_locations)[0]) / "mpl-data" / "fonts" / "ttf"
FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}
RANGES = ((0x20, 0x24F), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2190, 0x21FF),
          (0x2212, 0x2212), (0x2260, 0x2265), (0x25A0, 0x25CF))
LATIN = frozenset(chr(c) for start, end in RANGES for c in range(start, end + 1))


def font_files(text_chars: set[str]) -> dict[str, Path]:
    """The font file per style ('', 'B', 'I') for a document whose text uses `text_chars`."""
    if any(char not in LATIN and char.isprintable() and not char.isspace()
           for char in text_chars):
        return {style: FONT_DIR / name for style, name in FILES.items()}
    return {style: latin_cut(name) for style, name in FILES.items()}


@cache
def latin_cut(name: str) -> Path:
    """The Latin cut of one DejaVu file, made on first use in this process (or found made
    by another process from the same source file)."""
    source = FONT_DIR / name
    stamp = hashlib.sha256(f"{source}:{source.stat().st_mtime_ns}:{RANGES}".encode())
    folder = Path(tempfile.gettempdir()) / f"goals-fonts-{stamp.hexdigest()[:12]}"
    target = folder / name
    if target.exists():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    options = subset.Options(notdef_outline=True, recommended_glyphs=True,
                             name_IDs=["*"], name_languages=["*"], layout_features=["*"])
    options.drop_tables += ["FFTM"]   # FontForge's timestamps: not needed, not subsettable
    font = subset.load_font(str(source), options)
    cutter = subset.Subsetter(options)
    cutter.populate(unicodes=[ord(char) for char in LATIN])
    cutter.subset(font)
    handle, partial = tempfile.mkstemp(dir=folder, suffix=".ttf")
    os.close(handle)
    os.chmod(partial, 0o644)
    subset.save_font(font, partial, options)
    os.replace(partial, target)
    return target
