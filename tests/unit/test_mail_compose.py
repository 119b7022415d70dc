"""goals.reports.mail: the mails in the plan's language, HTML with a plain-text part, the
goal's words escaped in the HTML, the unsubscribe link in the text and in the header."""

from __future__ import annotations

from datetime import date

from goals.domain.changes import StatusChange
from goals.reports.mail import Digest, ReminderItem, digest, message, nudge, reminder
from goals.views.confidence import Latest
from tests.helpers import HEADER, one_goal_plan, status_of

GOAL = """
    id: samtal
    text: "Ringa <b>100</b> samtal."
    kind: total
    metric: poster
    target: 100
"""
UNSUBSCRIBE = "https://mal.example.org/?avregistrera=abc"


def _plan(language: str):
    return one_goal_plan(GOAL, header=HEADER.replace("period:", f"language: {language}\nperiod:"))


def test_a_reminder_speaks_the_plans_language_and_escapes_the_goals_words():
    plan = _plan("nb")
    status = status_of(plan, [], "2021-01-31")
    composed = reminder([ReminderItem(plan, status, "silent", 30,
                                      "https://mal.example.org/rapportera?link=x&plan=p")],
                        "Kari", UNSUBSCRIBE)
    assert composed.subject == "Föreningen: 1 mål venter på din rapport"
    assert "Hei Kari!" in composed.text and "Ingen rapport på 30 dager" in composed.text
    assert "Ringa &lt;b&gt;100&lt;/b&gt; samtal." in composed.html
    assert "<b>100</b>" not in composed.html
    assert 'href="https://mal.example.org/rapportera?link=x&amp;plan=p"' in composed.html


def test_a_digest_lists_what_moved_what_is_behind_and_whose_confidence_fell():
    plan = _plan("en")
    status = status_of(plan, [], "2021-06-30")
    content = Digest(plan=plan, as_of=date(2021, 6, 30), since=date(2021, 6, 23),
                     moved=[StatusChange("samtal", "Ringa samtal.", "behind", "at_risk")],
                     attention=[status], silent=[(status, 180)],
                     confidence_fell=[(status, Latest(4, date(2021, 6, 25), 7))], reported=0,
                     overview_url="https://mal.example.org/?plan=p&as_of=2021-06-30",
                     meeting=date(2021, 7, 5), report_pdf=b"%PDF-1.4")
    composed = digest(content, UNSUBSCRIBE)
    assert composed.subject == "Föreningen: where the plan stands on 30 Jun 2021"
    for line in ("What moved", "* Ringa samtal: behind → at risk", "Behind and at risk",
                 "Nobody has reported", "no report for 180 days", "Confidence fell",
                 "7/10 → 4/10", "The next board meeting is on 5 Jul 2021"):
        assert line in composed.text, line
    assert [name for name, _ in composed.attachments] == ["status-report-p-2021-06-30.pdf"]


def test_a_nudge_asks_about_the_month_before_in_swedish():
    plan = _plan("sv")
    composed = nudge(plan, date(2021, 11, 1), "", "https://x/rapportera?link=t", UNSUBSCRIBE)
    assert composed.subject == "Vad har du gjort för föreningen i november?"
    assert composed.text.startswith("Hej!")


def test_the_message_has_both_parts_and_the_unsubscribe_header():
    plan = _plan("sv")
    mail = message(nudge(plan, date(2021, 11, 1), "Eva", "https://x/r", UNSUBSCRIBE),
                   "Planer <noreply@example.org>", "eva@example.org", UNSUBSCRIBE)
    assert mail.get_content_type() == "multipart/alternative"
    assert mail["List-Unsubscribe"] == f"<{UNSUBSCRIBE}>"
    assert UNSUBSCRIBE in mail.get_body(("plain",)).get_content()
    assert UNSUBSCRIBE in mail.get_body(("html",)).get_content()
