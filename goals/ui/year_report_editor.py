"""The editor of an organisation's year report on the page Rapporter: the letter, a text per
chapter with its signatures, quotes from members' notes, photos. Every save goes through
goals.services.year_report_texts (checked, audited, one transaction) and is kept for the
next draft; the preview and the downloads then show it."""

from __future__ import annotations

import streamlit as st

from goals.i18n import translate
from goals.io.photos import BadPhoto
from goals.services import year_report_texts as texts
from goals.ui import access as ui_access
from goals.ui import year_report as ui_year
from goals.ui.shared import engine


def editor(organisation_id: str, year: int, lang: str) -> None:
    written = ui_year.written(organisation_id, year)
    with st.expander(translate("report.ui.write", lang), expanded=True):
        _letter(organisation_id, year, lang, written)
        st.divider()
        _chapter(organisation_id, year, lang, written)
        st.divider()
        _quotes(organisation_id, year, lang, written)
        st.divider()
        _photos(organisation_id, year, lang, written)


def _saved(lang: str) -> None:
    st.success(translate("report.ui.saved", lang))


def _letter(organisation_id: str, year: int, lang: str, written) -> None:
    with st.form(f"letter_{organisation_id}_{year}", border=False):
        letter = st.text_area(translate("report.ui.letter", lang), value=written.letter,
                              height=180, key="report_letter")
        signed = st.text_input(translate("report.ui.signed", lang),
                               value=written.letter_signed, key="report_letter_signed")
        if st.form_submit_button(translate("report.ui.save_letter", lang)):
            texts.save_letter(engine(), organisation_id, year, letter, signed,
                              actor=ui_access.actor())
            _saved(lang)


def _chapter(organisation_id: str, year: int, lang: str, written) -> None:
    areas = ui_year.area_titles(organisation_id, year, lang)
    titles = list(dict.fromkeys(areas + [c.title for c in written.chapters]))
    new = translate("report.ui.new_chapter", lang)
    choice = st.selectbox(translate("report.ui.chapter", lang), titles + [new],
                          key="report_chapter")
    title = choice
    if choice == new:
        title = st.text_input(translate("report.ui.chapter_title", lang),
                              key="report_chapter_title")
    own = written.chapter(title)
    with st.form(f"chapter_{organisation_id}_{year}_{choice}", border=False):
        body = st.text_area(translate("report.ui.chapter_text", lang),
                            value=own.body if own else "", height=150,
                            key=f"report_chapter_text_{choice}")
        signed = st.text_input(translate("report.ui.signed", lang),
                               value=own.signed if own else "",
                               key=f"report_chapter_signed_{choice}")
        if st.form_submit_button(translate("report.ui.save_chapter", lang)) and title.strip():
            texts.save_chapter(engine(), organisation_id, year, title, body, signed,
                               actor=ui_access.actor())
            _saved(lang)


def _quotes(organisation_id: str, year: int, lang: str, written) -> None:
    st.markdown(f"**{translate('report.pub.quotes', lang)}**")
    for quote in written.quotes:
        left, right = st.columns([5, 1])
        left.text(f"”{quote.text}” — {quote.author or translate('report.pub.a_member', lang)}")
        if right.button(translate("report.ui.remove", lang), key=f"remove_quote_{quote.pk}"):
            texts.remove_quote(engine(), organisation_id, year, quote.pk,
                               actor=ui_access.actor())
            st.rerun()
    chosen = {q.text for q in written.quotes}
    notes = [n for n in ui_year.notes(organisation_id, year) if n.note.strip() not in chosen]
    if not notes:
        st.caption(translate("report.ui.no_notes", lang))
        return
    by_uid = {n.entry_uid: n for n in notes}
    uid = st.selectbox(translate("report.ui.pick_note", lang), list(by_uid),
                       format_func=lambda u: _note_label(by_uid[u], lang), key="report_note")
    if st.button(translate("report.ui.add_quote", lang), key="report_add_quote"):
        texts.add_quote(engine(), organisation_id, year, uid, actor=ui_access.actor())
        _saved(lang)
        st.rerun()


def _note_label(note, lang: str) -> str:
    who = note.author or translate("report.pub.a_member", lang)
    text = " ".join(note.note.split())
    return f"{note.day.isoformat()} · {text[:90]}{'…' if len(text) > 90 else ''} — {who}"


def _photos(organisation_id: str, year: int, lang: str, written) -> None:
    st.markdown(f"**{translate('report.pub.photos', lang)}**")
    for photo in written.photos:
        left, right = st.columns([5, 1])
        left.image(photo.data, caption=photo.caption or None, width=240)
        if right.button(translate("report.ui.remove", lang), key=f"remove_photo_{photo.pk}"):
            texts.remove_photo(engine(), organisation_id, year, photo.pk,
                               actor=ui_access.actor())
            st.rerun()
    areas = [""] + ui_year.area_titles(organisation_id, year, lang) + [
        c.title for c in written.chapters]
    with st.form(f"photo_{organisation_id}_{year}", clear_on_submit=True, border=False):
        upload = st.file_uploader(translate("report.ui.photo", lang),
                                  type=["jpg", "jpeg", "png", "webp"],
                                  key="report_photo")
        caption = st.text_input(translate("report.ui.caption", lang), key="report_caption")
        chapter = st.selectbox(translate("report.ui.photo_chapter", lang),
                               list(dict.fromkeys(areas)),
                               format_func=lambda t: t or translate("report.pub.photos", lang),
                               key="report_photo_chapter")
        if st.form_submit_button(translate("report.ui.add_photo", lang)) and upload:
            try:
                texts.add_photo(engine(), organisation_id, year, upload.getvalue(), caption,
                                chapter, actor=ui_access.actor())
            except BadPhoto:
                st.error(translate("report.ui.bad_photo", lang, file=upload.name))
            else:
                _saved(lang)
