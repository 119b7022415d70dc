"""Ny plan: from the adopted plan's text (upload or paste) to a saved plan. The text beside
the goals the drafter found, each source sentence highlighted; accept, reject or correct
each goal with its problems shown beside the field; turn a missed sentence into a goal; save
through the import's preview; download the YAML."""

from __future__ import annotations

import threading

import streamlit as st

from goals.access.roles import Permission
from goals.domain.problems import InputError
from goals.drafting import draft_plan, read_document
from goals.drafting.activities import warm
from goals.editor import draft_review
from goals.i18n import translate
from goals.ui import access as ui_access
from goals.ui import editor as ui_editor
from goals.ui import shared as ui

NS = "new"
lang = ui.language()
actor = ui_access.actor()
ui_access.stop_unless(actor.manages_any, lang)
st.header(translate("editor.new_title", lang))


@st.cache_resource
def _warm_lemmas() -> threading.Thread:
    """The lemma dictionaries loaded in the background, once per server process, while the
    board picks its file (the first draft would otherwise wait a second or two for them)."""
    thread = threading.Thread(target=warm, daemon=True, name="lemma-warm-up")
    thread.start()
    return thread


_warm_lemmas()


def read_and_draft() -> None:
    """Button callback: the document's text, drafted, into the editor (or why not)."""
    upload = st.session_state.get("new_upload")
    st.session_state["new_read_problem"] = None
    try:
        text = (read_document(upload.name, upload.getvalue()) if upload is not None
                else st.session_state.get("new_paste") or "")
    except InputError as error:
        st.session_state["new_read_problem"] = error.problems[0].message(lang)
        return
    if not text.strip():
        st.session_state["new_read_problem"] = translate("editor.no_text", lang)
        return
    chosen = st.session_state.get("new_lang", "auto")
    draft = draft_plan(text, None if chosen == "auto" else chosen)
    ui_editor.start(NS, draft_review.from_draft(draft), draft=draft)


def use_organisation() -> None:
    """Picker callback: the chosen existing organisation into the header's id and name
    fields (the editor's own widget keys), so the plan is saved into it, not beside it."""
    chosen = st.session_state.get("new_org")
    organisations = ui_access.organisations_for(actor, Permission.MANAGE)
    if chosen in organisations:
        st.session_state[ui_editor._key(NS, "h", "org_id")] = chosen
        st.session_state[ui_editor._key(NS, "h", "org_name")] = organisations[chosen]


def organisation_picker(plan) -> None:
    """Which organisation the plan is saved into: picked among those the board manages,
    never guessed from a name (two organisations of one name were the result)."""
    organisations = ui_access.organisations_for(actor, Permission.MANAGE)
    st.selectbox(translate("new_plan.organisation", lang), [None, *organisations],
                 key="new_org", on_change=use_organisation,
                 format_func=lambda o: translate("new_plan.organisation_new", lang) if o is None
                 else f"{organisations[o]} ({o})")
    state = st.session_state   # the header fields as typed (the plan syncs after this)
    org_id = state.get(ui_editor._key(NS, "h", "org_id"), plan.header.org_id)
    org_name = str(state.get(ui_editor._key(NS, "h", "org_name"), plan.header.org_name))
    same_name = [o for o, name in organisations.items()
                 if name.strip().lower() == org_name.strip().lower() and o != org_id]
    if same_name:
        st.warning(translate("new_plan.organisation_exists", lang,
                             name=ui.escape(organisations[same_name[0]]), id=same_name[0]))


def _short(sentence: str, limit: int = 110) -> str:
    return sentence if len(sentence) <= limit else sentence[:limit - 1] + "…"


def start_over() -> None:
    st.session_state[f"{NS}_draft"] = None
    st.session_state[f"{NS}_plan"] = None


draft = st.session_state.get(f"{NS}_draft")
if draft is None or ui_editor.current(NS) is None:
    st.caption(translate("editor.new_help", lang))
    st.file_uploader(translate("editor.upload", lang), type=["docx", "pdf", "txt", "md"],
                     key="new_upload")
    st.text_area(translate("editor.paste", lang), key="new_paste", height=200)
    st.selectbox(translate("editor.draft_language", lang), ["auto", "sv", "nb", "en"],
                 key="new_lang", format_func=lambda code: translate(f"editor.language_{code}",
                                                                    lang))
    st.button(translate("editor.draft_button", lang), type="primary", key="new_read",
              on_click=read_and_draft)
    problem = st.session_state.get("new_read_problem")
    if problem:
        st.error(translate("editor.read_problem", lang, problem=ui.escape(problem)))
    st.stop()

lang = ui.language() if st.session_state.get("ui_lang", "auto") != "auto" else draft.lang
plan = ui_editor.current(NS)
top_left, top_right = st.columns([4, 1])
top_left.caption(translate("editor.found", lang, count=len(draft.goals)))
top_right.button(translate("editor.start_over", lang), key="new_start_over",
                 icon=":material/restart_alt:", on_click=start_over)

text_column, editor_column = st.columns([2, 3], gap="large")
with editor_column:
    organisation_picker(plan)
    plan, validation = ui_editor.editor(NS, "draft", lang, draft_review.header_checks(draft))
    missed = draft_review.missed_sentences(draft, plan)
    with st.container(border=True):
        st.markdown(f"**{translate('editor.missed', lang)}**")
        if missed:
            span = st.selectbox(translate("editor.missed_help", lang), missed,
                                key="new_missed",
                                format_func=lambda s: _short(draft_review.sentence_text(draft,
                                                                                        s)))
            st.button(translate("editor.make_goal", lang), key="new_make_goal",
                      icon=":material/add_task:", on_click=ui_editor.mutate,
                      args=(NS, lambda p: draft_review.add_sentence(draft, p, span)))
        else:
            st.caption(translate("editor.no_missed", lang))
with text_column:
    st.subheader(translate("editor.document", lang))
    st.caption(translate("editor.legend", lang))
    st.html(draft_review.highlighted_html(draft, plan))

ui_editor.save_panel(NS, plan, validation, lang)
