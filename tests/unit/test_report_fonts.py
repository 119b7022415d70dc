"""The PDF's fonts: the Latin cut of DejaVu Sans carries every Nordic letter a report
prints, and a report with a letter outside the cut gets the full fonts instead."""

from __future__ import annotations

from fontTools.ttLib import TTFont

from goals.reports.fonts import FONT_DIR, font_files


def test_a_nordic_text_gets_the_latin_cut_with_every_nordic_letter():
    files = font_files(set("Åsa-Ängby, Ærø og Østfold: čđŋšŧž – ”citat” → 23 300 kr"))
    assert all(FONT_DIR not in path.parents for path in files.values())
    cmap = TTFont(files[""]).getBestCmap()
    for letter in "åäöæøÅÄÖÆØčđŋšŧžé–”«»→•·…":
        assert ord(letter) in cmap, letter


def test_a_text_with_a_greek_letter_gets_the_full_fonts():
    files = font_files(set("Målet om Ω-kampanjen"))
    assert files[""] == FONT_DIR / "DejaVuSans.ttf"
    assert set(files) == {"", "B", "I"}
