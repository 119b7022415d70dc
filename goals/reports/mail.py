"""The mails of the follow-up between meetings, composed: an owner's reminder, the board's
digest, a member's monthly nudge. Pure: what to say in, an `email.message.EmailMessage` out
(HTML readable on a phone, with a plain-text part, in the plan's language, a one-click
unsubscribe link in the text and in the `List-Unsubscribe` header).

Every text comes from the catalogue (goals/i18n/mail.py); user text (goal words, names) is
escaped in the HTML part.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from html import escape

from babel.dates import format_date

from goals.domain.changes import StatusChange
from goals.domain.plan import Plan
from goals.domain.progress import GoalStatus
from goals.i18n import normalise_language, translate
from goals.views import formatting as fmt
from goals.views.confidence import Latest

STYLE = ("font-family:-apple-system,Segoe UI,Roboto,Arial,sans-serif;font-size:16px;"
         "line-height:1.5;color:#1a1a1a;max-width:600px;margin:0 auto;padding:12px")
BUTTON = ("display:inline-block;padding:10px 16px;background:#b0153e;color:#ffffff;"
          "text-decoration:none;border-radius:6px;font-weight:600")


@dataclass(frozen=True)
class Composed:
    """A mail before it is addressed: subject, the two parts, and any attachment."""

    subject: str
    text: str
    html: str
    attachments: tuple[tuple[str, bytes], ...] = ()


@dataclass(frozen=True)
class ReminderItem:
    """One goal in an owner's reminder: why, and the link that opens Rapportera for it."""

    plan: Plan
    status: GoalStatus
    reason: str            # "silent" or "turned"
    days: int | None
    report_url: str


@dataclass(frozen=True)
class Digest:
    """What the board reads: since the last digest, what moved, what is behind, what
    nobody reported on, whose confidence fell; the link to Översikt for the day."""

    plan: Plan
    as_of: date
    since: date
    moved: list[StatusChange]
    attention: list[GoalStatus]
    silent: list[tuple[GoalStatus, int]]
    confidence_fell: list[tuple[GoalStatus, Latest]]
    reported: int
    overview_url: str
    meeting: date | None = None
    report_pdf: bytes | None = None


def _t(key: str, lang: str, **params: object) -> str:
    return translate(key, lang, **params)


def _page(lang: str, blocks: list[str], unsubscribe_url: str) -> str:
    footer = (f'<p style="font-size:13px;color:#666">{escape(_t("mail.footer", lang))} '
              f'<a href="{escape(unsubscribe_url)}">{escape(_t("mail.unsubscribe", lang))}</a>'
              f"</p>")
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1"></head>'
            f'<body style="margin:0"><div style="{STYLE}">{"".join(blocks)}{footer}'
            f"</div></body></html>")


def _text(lang: str, lines: list[str], unsubscribe_url: str) -> str:
    return "\n".join([*lines, "", "-- ", _t("mail.footer", lang),
                      f"{_t('mail.unsubscribe', lang)}: {unsubscribe_url}", ""])


def _status_word(status: str, lang: str) -> str:
    return translate(f"status.{status}", lang)


# --- an owner's reminder -------------------------------------------------------------------


def reminder(items: list[ReminderItem], name: str, unsubscribe_url: str) -> Composed:
    """One mail for one person listing each of their goals with its report link."""
    lang = normalise_language(items[0].plan.language)
    greeting = _t("mail.hello_name", lang, name=name) if name else _t("mail.hello", lang)
    subject = _t("mail.reminder.subject", lang, count=len(items),
                 organisation=items[0].plan.organisation.name)
    text = [greeting, "", _t("mail.reminder.intro", lang), ""]
    html = [f"<p>{escape(greeting)}</p><p>{escape(_t('mail.reminder.intro', lang))}</p>"]
    for item in items:
        why = _reason(item, lang)
        text += [f"* {item.status.goal.text}", f"  {why}",
                 f"  {_t('mail.report_now', lang)}: {item.report_url}", ""]
        html.append(
            f'<div style="border:1px solid #ddd;border-radius:8px;padding:10px;margin:10px 0">'
            f"<p style=\"margin:0 0 6px\"><strong>{escape(item.status.goal.text)}</strong></p>"
            f'<p style="margin:0 0 10px;color:#444">{escape(why)}</p>'
            f'<a style="{BUTTON}" href="{escape(item.report_url)}">'
            f"{escape(_t('mail.report_now', lang))}</a></div>")
    return Composed(subject, _text(lang, text, unsubscribe_url),
                    _page(lang, html, unsubscribe_url))


def _reason(item: ReminderItem, lang: str) -> str:
    standing = fmt.standing(item.plan, item.status, lang)
    if item.reason == "turned":
        return _t("mail.reason.turned", lang, status=_status_word(item.status.status, lang),
                  standing=standing)
    return _t("mail.reason.silent", lang, days=item.days or 0, standing=standing)


# --- the board's digest -------------------------------------------------------------------


def digest(content: Digest, unsubscribe_url: str) -> Composed:
    plan, lang = content.plan, normalise_language(content.plan.language)
    day = fmt.day(content.as_of, lang)
    subject = _t("mail.digest.subject", lang, organisation=plan.organisation.name, day=day)
    intro = _t("mail.digest.intro", lang, title=plan.title, since=fmt.day(content.since, lang),
               reported=content.reported)
    text, html = [intro, ""], [f"<p>{escape(intro)}</p>"]
    for heading, lines in _digest_sections(content, lang):
        text += [heading, *[f"* {line}" for line in lines], ""]
        items = "".join(f"<li>{escape(line)}</li>" for line in lines)
        html.append(f'<h3 style="font-size:17px;margin:16px 0 6px">{escape(heading)}</h3>'
                    f'<ul style="padding-left:20px;margin:0">{items}</ul>')
    if content.meeting is not None:
        note = _t("mail.digest.meeting", lang, day=fmt.day(content.meeting, lang))
        text += [note, ""]
        html.append(f"<p>{escape(note)}</p>")
    open_label = _t("mail.digest.open", lang)
    text += [f"{open_label}: {content.overview_url}"]
    html.append(f'<p><a style="{BUTTON}" href="{escape(content.overview_url)}">'
                f"{escape(open_label)}</a></p>")
    attachments = ()
    if content.report_pdf is not None:
        name = f"{_t('mail.digest.pdf_name', lang)}-{plan.id}-{content.as_of.isoformat()}.pdf"
        attachments = ((name, content.report_pdf),)
    return Composed(subject, _text(lang, text, unsubscribe_url),
                    _page(lang, html, unsubscribe_url), attachments)


def _digest_sections(content: Digest, lang: str) -> list[tuple[str, list[str]]]:
    sections = []
    if content.moved:
        sections.append((_t("mail.digest.moved", lang), [
            f"{_words(c.text)}: {_status_word(c.before, lang)} → {_status_word(c.after, lang)}"
            for c in content.moved]))
    if content.attention:
        sections.append((_t("mail.digest.attention", lang), [
            f"{_words(g.goal.text)}: {_status_word(g.status, lang)} "
            f"({fmt.standing(content.plan, g, lang)})" for g in content.attention]))
    if content.silent:
        sections.append((_t("mail.digest.silent", lang), [
            f"{_words(g.goal.text)}: {_t('mail.days_silent', lang, days=days)}"
            for g, days in content.silent]))
    if content.confidence_fell:
        sections.append((_t("mail.digest.confidence", lang), [
            f"{_words(g.goal.text)}: {latest.previous}/10 → {latest.mark}/10"
            for g, latest in content.confidence_fell]))
    if not sections:
        sections.append((_t("mail.digest.calm", lang), []))
    return sections


# --- a member's monthly nudge -------------------------------------------------------------


def nudge(plan: Plan, month: date, name: str, report_url: str,
          unsubscribe_url: str) -> Composed:
    """'Vad har du gjort för föreningen i november?' with the report link."""
    lang = normalise_language(plan.language)
    month_name = format_date(month, "LLLL", locale=fmt.locale(lang))
    question = _t("mail.nudge.question", lang, month=month_name)
    greeting = _t("mail.hello_name", lang, name=name) if name else _t("mail.hello", lang)
    body = _t("mail.nudge.body", lang, organisation=plan.organisation.name)
    report = _t("mail.report_now", lang)
    text = [greeting, "", question, body, "", f"{report}: {report_url}"]
    html = [f"<p>{escape(greeting)}</p><p><strong>{escape(question)}</strong></p>"
            f"<p>{escape(body)}</p>"
            f'<p><a style="{BUTTON}" href="{escape(report_url)}">{escape(report)}</a></p>']
    return Composed(question, _text(lang, text, unsubscribe_url),
                    _page(lang, html, unsubscribe_url))


# --- addressing -------------------------------------------------------------------------------


def message(composed: Composed, sender: str, to: str, unsubscribe_url: str) -> EmailMessage:
    """The MIME message: plain text, HTML alternative, attachments, List-Unsubscribe."""
    mail = EmailMessage()
    mail["Subject"] = composed.subject
    mail["From"] = sender
    mail["To"] = to
    mail["Date"] = formatdate(localtime=False)
    mail["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2].strip(">") or None)
    mail["List-Unsubscribe"] = f"<{unsubscribe_url}>"
    mail["Auto-Submitted"] = "auto-generated"
    mail.set_content(composed.text)
    mail.add_alternative(composed.html, subtype="html")
    for name, data in composed.attachments:
        mail.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return mail


def _words(text: str) -> str:
    """A goal's words inside a line ('Förstärka valfonden.: i fara' reads badly)."""
    return text.rstrip(" .")
