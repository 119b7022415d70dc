"""Sending what is due between meetings: owners' reminders, the board's digest, members'
monthly nudge (`python -m goals send`). The rules are goals.domain.reminders; the texts
goals.reports.mail; this module reads what they need, addresses the mails and sends them.

A mail is recorded in `sent_mail` only after the SMTP server accepted it, in its own
transaction, so an unreachable server, a refused address or a mail that fails to compose
leaves nothing recorded for it: the next run sends it. A run without failures is recorded
too (`mail_run`): "turned behind since the last run" compares with that day.
"""

from __future__ import annotations

import contextlib
import smtplib
import ssl
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from urllib.parse import unquote, urlencode, urlsplit

from goals.access.roles import Actor
from goals.domain.changes import status_changes
from goals.domain.plan import Plan, Reminders
from goals.domain.reminders import (
    DIGEST_EVERY_DAYS,
    days_silent,
    digest_due,
    meeting_soon,
    nudge_due,
    previous_month,
    reminder_reason,
)
from goals.reports import mail as compose
from goals.reports import render
from goals.services.report_links import create_link
from goals.services.reports import build_report
from goals.services.status import PlanStatus, plan_statuses
from goals.store import followup as store
from goals.store.plans import load_plans
from goals.store.unit_of_work import Engine, Session, reading, writing
from goals.views.confidence import fell_since

LOOK_BACK_DAYS = 400          # longer than any plan's silent_days (at most 365)
LINK_DAYS = 30                # a reminder's report link works for a month
DRY_RUN_TOKEN = "PROVKORNING"
LOOPBACK = ("localhost", "127.0.0.1", "::1")


@dataclass(frozen=True)
class MailSettings:
    """Where to send from and to: the SMTP URL, the sender, the app's public address."""

    smtp_url: str
    sender: str
    base_url: str


@dataclass
class Outgoing:
    """One mail to one address: which plans and goals it covers, and how to compose it
    (composed at send time, so a template that fails fails for this mail alone)."""

    kind: str
    to: str
    goals: dict[str, tuple[str, ...]]
    make: Callable[[str], compose.Composed]
    message: EmailMessage | None = None


@dataclass
class SendResult:
    sent: list[Outgoing] = field(default_factory=list)
    failed: list[tuple[Outgoing, str]] = field(default_factory=list)
    dry_run: bool = False

    def counts(self) -> dict[str, int]:
        found = defaultdict(int)
        for mail in self.sent:
            found[mail.kind] += 1
        return {kind: found[kind] for kind in ("reminder", "digest", "nudge")}


class SmtpUrlError(ValueError):
    pass


# --- what is due ---------------------------------------------------------------------------


@dataclass
class _State:
    """Everything the rules need, read in one session."""

    plans: dict[str, Plan]
    now: dict[str, PlanStatus]
    before: dict[str, PlanStatus]
    sent: list[store.Sent]
    unsubscribed: set[str]
    boards: dict[str, list[str]]
    meetings: dict[str, list[date]]
    marks: dict[str, list[store.Mark]]


def _read_state(session: Session, as_of: date) -> _State:
    plans = {pid: p for pid, p in load_plans(session).items()
             if p.period_start <= as_of <= p.period_end}
    ids = list(plans)
    last_run = store.last_run_before(session, as_of) or as_of - timedelta(days=1)
    return _State(
        plans=plans, now=plan_statuses(session, as_of, ids) if ids else {},
        before=plan_statuses(session, last_run, ids) if ids else {},
        sent=store.sent_since(session, as_of - timedelta(days=LOOK_BACK_DAYS)),
        unsubscribed=store.unsubscribed(session), boards=store.board_addresses(session),
        meetings=store.meetings_by_organisation(session),
        marks=store.confidence_marks(session, ids, as_of) if ids else {})


def _last_sent(sent: list[store.Sent]) -> dict[tuple, date]:
    """Latest day per (kind, plan, recipient) and per (kind, plan, recipient, goal)."""
    last: dict[tuple, date] = {}
    for row in sent:
        keys = [(row.kind, row.plan_id, row.recipient_digest)]
        keys += [(row.kind, row.plan_id, row.recipient_digest, g) for g in row.goals]
        for key in keys:
            if key not in last or last[key] < row.day:
                last[key] = row.day
    return last


def _reminders(state: _State, last: dict[tuple, date], as_of: date,
               link: Callable[[Plan], str]) -> list[Outgoing]:
    per_person: dict[str, list[compose.ReminderItem]] = {}
    names: dict[str, str] = {}
    for plan_id, plan in state.plans.items():
        silent_after = (plan.reminders or Reminders()).silent_days
        before = {g.goal.id: g.status for g in state.before[plan_id].goals}
        for status in state.now[plan_id].goals:
            for owner in status.goal.owners:
                digest = store.address_digest(owner.email or "")
                if not owner.email or digest in state.unsubscribed:
                    continue
                reason = reminder_reason(
                    status, before.get(status.goal.id), as_of, silent_after,
                    last.get(("reminder", plan_id, digest, status.goal.id)))
                if reason is None:
                    continue
                key = owner.email.lower()
                names.setdefault(key, owner.name)
                per_person.setdefault(key, []).append(compose.ReminderItem(
                    plan, status, reason, days_silent(status, as_of), ""))
    mails = []
    for address, items in per_person.items():
        goals: dict[str, tuple[str, ...]] = defaultdict(tuple)
        for item in items:
            goals[item.plan.id] += (item.status.goal.id,)

        def make(unsubscribe: str, items=items, name=names[address]) -> compose.Composed:
            linked = [compose.ReminderItem(i.plan, i.status, i.reason, i.days, link(i.plan))
                      for i in items]
            return compose.reminder(linked, name, unsubscribe)

        mails.append(Outgoing("reminder", address, dict(goals), make))
    return mails


def _board(state: _State, plan: Plan) -> list[str]:
    addresses = state.boards.get(plan.organisation.id, []) + list(
        (plan.reminders or Reminders()).board)
    return list(dict.fromkeys(a.strip().lower() for a in addresses))


def _digests(session: Session, state: _State, last: dict[tuple, date], as_of: date,
             base: str) -> list[Outgoing]:
    due_by_plan: dict[str, tuple[list[str], date]] = {}
    for plan_id, plan in state.plans.items():
        meetings = state.meetings.get(plan.organisation.id, [])
        due, previous_days = [], []
        for address in _board(state, plan):
            digest = store.address_digest(address)
            previous = last.get(("digest", plan_id, digest))
            if digest not in state.unsubscribed and digest_due(as_of, previous, meetings):
                due.append(address)
                previous_days.append(previous)
        if due:
            since = min((p for p in previous_days if p is not None),
                        default=as_of - timedelta(days=DIGEST_EVERY_DAYS))
            due_by_plan[plan_id] = (due, since)
    earlier = _statuses_on(session, {pid: since for pid, (_, since) in due_by_plan.items()})
    mails = []
    for plan_id, (due, since) in due_by_plan.items():
        content = _digest_content(session, state, state.plans[plan_id], as_of, since,
                                  earlier[plan_id], base)
        mails += [Outgoing("digest", address, {plan_id: ()},
                           lambda unsubscribe, c=content: compose.digest(c, unsubscribe))
                  for address in due]
    return mails


def _statuses_on(session: Session, days: dict[str, date]) -> dict[str, PlanStatus]:
    """Each plan's status on its own day, one batch per distinct day (mostly one: the
    weekly digests of a district go out together)."""
    by_day: dict[date, list[str]] = defaultdict(list)
    for plan_id, day in days.items():
        by_day[day].append(plan_id)
    found: dict[str, PlanStatus] = {}
    for day, plan_ids in by_day.items():
        found.update(plan_statuses(session, day, plan_ids))
    return found


def _digest_content(session: Session, state: _State, plan: Plan, as_of: date, since: date,
                    before: PlanStatus, base: str) -> compose.Digest:
    now = state.now[plan.id]
    meetings = state.meetings.get(plan.organisation.id, [])
    silent_after = (plan.reminders or Reminders()).silent_days
    silent = [(g, days) for g in now.goals
              if (days := days_silent(g, as_of)) is not None and days >= silent_after]
    fell = fell_since(state.marks.get(plan.id, []), since)
    meeting = meeting_soon(meetings, as_of)
    pdf = render(build_report(session, plan.id, as_of, "status"), "pdf") if meeting else None
    return compose.Digest(
        plan=plan, as_of=as_of, since=since, moved=status_changes(before, now),
        attention=[g for g in now.goals if g.status in ("behind", "at_risk")], silent=silent,
        confidence_fell=[(g, fell[g.goal.id]) for g in now.goals if g.goal.id in fell],
        reported=sum(1 for g in now.goals
                     if g.facts.last_reported and g.facts.last_reported > since),
        overview_url=f"{base}/?{urlencode({'plan': plan.id, 'as_of': as_of.isoformat()})}",
        meeting=meeting, report_pdf=pdf)


def _nudges(state: _State, last: dict[tuple, date], as_of: date,
            link: Callable[[Plan], str]) -> list[Outgoing]:
    mails = []
    for plan_id, plan in state.plans.items():
        reminders = plan.reminders
        if reminders is None or not reminders.member_nudge:
            continue
        for member in reminders.members:
            digest = store.address_digest(member.email or "")
            if not member.email or digest in state.unsubscribed:
                continue
            if not nudge_due(as_of, last.get(("nudge", plan_id, digest))):
                continue

            def make(unsubscribe: str, plan=plan, name=member.name) -> compose.Composed:
                return compose.nudge(plan, previous_month(as_of), name, link(plan), unsubscribe)

            mails.append(Outgoing("nudge", member.email.lower(), {plan_id: ()}, make))
    return mails


def due_mails(engine: Engine, as_of: date, settings: MailSettings,
              dry_run: bool = False) -> list[Outgoing]:
    """Every mail due on `as_of`, not yet composed."""
    links: dict[str, str] = {}

    def link(plan: Plan) -> str:
        """A report link for the plan's förening, made once per run (none in a dry run)."""
        org = plan.organisation.id
        if org not in links:
            links[org] = DRY_RUN_TOKEN if dry_run else create_link(
                engine, Actor.command_line(), org, label=f"e-post {as_of.isoformat()}",
                days=LINK_DAYS)[0]
        query = urlencode({"link": links[org], "plan": plan.id})
        return f"{settings.base_url}/rapportera?{query}"

    with reading(engine) as session:
        state = _read_state(session, as_of)
        last = _last_sent(state.sent)
        return (_reminders(state, last, as_of, link)
                + _digests(session, state, last, as_of, settings.base_url)
                + _nudges(state, last, as_of, link))


# --- sending ----------------------------------------------------------------------------------


def _unsubscribe_links(engine: Engine, mails: list[Outgoing], base: str,
                       dry_run: bool) -> dict[str, str]:
    digests = {store.address_digest(m.to) for m in mails}
    if dry_run:
        with reading(engine) as session:
            tokens = store.known_tokens(session, digests)
    else:
        with writing(engine) as session:
            tokens = store.unsubscribe_tokens(session, digests)
    return {d: f"{base}/?{urlencode({'avregistrera': tokens.get(d, DRY_RUN_TOKEN)})}"
            for d in digests}


def compose_all(engine: Engine, mails: list[Outgoing], settings: MailSettings,
                dry_run: bool) -> list[tuple[Outgoing, str]]:
    """Compose each mail's message in place; returns those that failed to compose."""
    unsubscribe = _unsubscribe_links(engine, mails, settings.base_url, dry_run)
    failed = []
    for mail in mails:
        url = unsubscribe[store.address_digest(mail.to)]
        try:
            mail.message = compose.message(mail.make(url), settings.sender, mail.to, url)
        except (KeyError, ValueError, TypeError, IndexError) as problem:
            failed.append((mail, f"{type(problem).__name__}: {problem}"))
    return failed


class _Smtp:
    """One SMTP connection for the run, opened on first use, reopened once if dropped."""

    def __init__(self, url: str, timeout: float = 20) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise SmtpUrlError(url)
        self.parts, self.timeout = parts, timeout
        self.connection: smtplib.SMTP | None = None

    def _open(self) -> smtplib.SMTP:
        parts = self.parts
        context = ssl.create_default_context()
        if parts.scheme == "smtps":
            connection = smtplib.SMTP_SSL(parts.hostname, parts.port or 465,
                                          timeout=self.timeout, context=context)
        else:
            connection = smtplib.SMTP(parts.hostname, parts.port or 587, timeout=self.timeout)
            connection.ehlo()
            if connection.has_extn("starttls"):
                connection.starttls(context=context)
                connection.ehlo()
            elif parts.username or parts.hostname not in LOOPBACK:
                connection.close()
                raise smtplib.SMTPException(
                    f"{parts.hostname} offers no STARTTLS; refusing to send in clear text")
        if parts.username:
            connection.login(unquote(parts.username), unquote(parts.password or ""))
        return connection

    def send(self, message: EmailMessage) -> None:
        if self.connection is None:
            self.connection = self._open()
        try:
            self.connection.send_message(message)
        except smtplib.SMTPServerDisconnected:
            self.connection = self._open()
            self.connection.send_message(message)

    def close(self) -> None:
        if self.connection is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                self.connection.quit()


def send_due(engine: Engine, as_of: date, settings: MailSettings,
             dry_run: bool = False) -> SendResult:
    """Send every mail due on `as_of` and record each one the server accepted."""
    result = SendResult(dry_run=dry_run)
    mails = due_mails(engine, as_of, settings, dry_run)
    result.failed += compose_all(engine, mails, settings, dry_run)
    ready = [m for m in mails if m.message is not None]
    if dry_run:
        result.sent = ready
        return result
    smtp = _Smtp(settings.smtp_url)
    try:
        for index, mail in enumerate(ready):
            try:
                smtp.send(mail.message)
            except (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError,
                    smtplib.SMTPSenderRefused) as problem:
                result.failed.append((mail, _describe(problem)))
                continue
            except (smtplib.SMTPException, OSError) as problem:
                # The server is unreachable or broke off: nothing more goes out this run.
                result.failed += [(m, _describe(problem)) for m in ready[index:]]
                break
            _record(engine, mail, as_of)
            result.sent.append(mail)
    finally:
        smtp.close()
    if not result.failed:
        with writing(engine) as session:
            store.record_run(session, as_of, datetime.now(UTC))
    return result


def _record(engine: Engine, mail: Outgoing, as_of: date) -> None:
    now = datetime.now(UTC)
    with writing(engine) as session:
        for plan_id, goals in mail.goals.items():
            store.record_sent(session, kind=mail.kind, plan_id=plan_id,
                              recipient_digest=store.address_digest(mail.to), day=as_of,
                              goals=goals, now=now)


def _describe(problem: Exception) -> str:
    text = str(problem).strip() or type(problem).__name__
    return text.splitlines()[0][:300]


def unsubscribe(engine: Engine, token: str | None) -> bool:
    """The one-click unsubscribe: no account needed, the token is the permission."""
    if not token or len(token) > 64:
        return False
    with writing(engine) as session:
        return store.unsubscribe(session, token, datetime.now(UTC))

