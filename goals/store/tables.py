"""The SQLModel tables: the only place the database's shape is written down.

A plan is kept whole as JSON (`definition`, the YAML shape) for export and for rebuilding the
domain `Plan`; its goals are also rows so that SQL can join entries to goal windows and
compute a district's facts in a few set-based queries. Entries hold counts and at most an
optional display name (`reported_by`): never member lists.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Index, LargeBinary, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel


class PlanRow(SQLModel, table=True):
    """One imported plan (the latest version of its file)."""

    __tablename__ = "plan"

    pk: int | None = Field(default=None, primary_key=True)
    id: str = Field(index=True, unique=True, max_length=120)
    title: str
    organisation_id: str = Field(index=True, max_length=120)
    organisation_name: str
    parent_id: str | None = Field(default=None, index=True, max_length=120)
    period_start: date
    period_end: date
    language: str = Field(default="sv", max_length=5)
    definition: str = Field(sa_column=Column(Text, nullable=False))
    source_sha: str = Field(max_length=64)
    imported_at: datetime


class GoalRow(SQLModel, table=True):
    """A goal of a plan; archived (not deleted) when it disappears from the file."""

    __tablename__ = "goal"
    __table_args__ = (UniqueConstraint("plan_pk", "goal_id"),)

    pk: int | None = Field(default=None, primary_key=True)
    plan_pk: int = Field(foreign_key="plan.pk", index=True)
    goal_id: str = Field(max_length=120)
    position: int
    section: str
    kind: str = Field(max_length=20)
    metric: str | None = Field(default=None, max_length=120)
    metric_type: str | None = Field(default=None, max_length=10)
    tag: str | None = Field(default=None, max_length=200)
    tag_pattern: str | None = Field(default=None, max_length=210)   # LIKE '%|tag|%'
    per: str | None = Field(default=None, max_length=20)
    first_unit: int | None = None   # rate goals: the calendar units their window overlaps
    last_unit: int | None = None
    window_start: date
    window_end: date
    archived: bool = False
    definition: str = Field(sa_column=Column(Text, nullable=False))


class EntryFields(SQLModel):
    """What an entry says: shared by the live entries and the deleted ones kept for undo.
    `tags` is `|a|b|` so a tag is matched with LIKE '%|a|%'."""

    day: date
    metric: str | None = Field(default=None, max_length=120)
    value: float | None = None
    tags: str = ""
    milestone: str | None = Field(default=None, max_length=120)
    step: str | None = None
    note: str | None = Field(default=None, sa_type=Text)
    reported_by: str | None = None
    unit: str | None = Field(default=None, max_length=120)   # the förening, in campaigns
    source: str = ""
    created_at: datetime


class EntryRow(EntryFields, table=True):
    """One report."""

    __tablename__ = "entry"
    __table_args__ = (
        # Covering: the status queries read everything they need from the index alone.
        Index("ix_entry_plan_metric_day", "plan_pk", "metric", "day", "value", "tags"),
        # Campaign entries only (a unit set): which plans are campaigns is then a probe per
        # plan into a small index, not a scan of every entry of the party.
        Index("ix_entry_campaign_plan", "plan_pk", sqlite_where=text("unit IS NOT NULL"),
              postgresql_where=text("unit IS NOT NULL")),
    )

    pk: int | None = Field(default=None, primary_key=True)
    uid: str = Field(index=True, unique=True, max_length=64)
    plan_pk: int = Field(foreign_key="plan.pk")


class DeletedEntryRow(EntryFields, table=True):
    """An entry the board deleted: kept here, whole, so the deletion can be undone and
    nothing is ever lost. Status queries never see it (the entry table stays lean)."""

    __tablename__ = "deleted_entry"

    uid: str = Field(primary_key=True, max_length=64)
    pk: int   # the entry's own key, given back on undo so it keeps its place
    plan_pk: int = Field(foreign_key="plan.pk", index=True)
    deleted_at: datetime


class CalendarUnitRow(SQLModel, table=True):
    """Calendar weeks, months, quarters, half-years and years with their first and last
    days (keys as in goals.domain.calendar). Rate goals join it to sum entries per unit: every
    (goal, unit) pair is then one index range, read in order, with nothing to sort."""

    __tablename__ = "calendar_unit"

    per: str = Field(primary_key=True, max_length=10)
    key: int = Field(primary_key=True)
    first_day: date
    last_day: date


class MeetingRow(SQLModel, table=True):
    """A board meeting of an organisation: the dates "since the last meeting" counts from."""

    __tablename__ = "meeting"
    __table_args__ = (UniqueConstraint("organisation_id", "day"),)

    pk: int | None = Field(default=None, primary_key=True)
    organisation_id: str = Field(index=True, max_length=120)
    day: date


class MetaRow(SQLModel, table=True):
    """Small counters; `data_version` is bumped by every write so caches in every app
    server can tell that their copy is stale."""

    __tablename__ = "meta"

    key: str = Field(primary_key=True, max_length=60)
    value: int = 0


class AccountRow(SQLModel, table=True):
    """A person who signs in: an e-mail, an optional display name and, for built-in
    accounts, an argon2 hash. OpenID Connect accounts have no hash: the provider signs in."""

    __tablename__ = "account"

    pk: int | None = Field(default=None, primary_key=True)
    email: str = Field(index=True, unique=True, max_length=254)   # stored lower-case
    display_name: str = Field(default="", max_length=120)
    password_hash: str | None = Field(default=None, max_length=200)
    failed_sign_ins: int = 0
    locked_until: datetime | None = None
    created_at: datetime


class RoleGrantRow(SQLModel, table=True):
    """One role of one account in one organisation ("*" for admin)."""

    __tablename__ = "role_grant"
    __table_args__ = (UniqueConstraint("account_pk", "organisation_id", "role"),)

    pk: int | None = Field(default=None, primary_key=True)
    account_pk: int = Field(foreign_key="account.pk", index=True)
    organisation_id: str = Field(max_length=120)
    role: str = Field(max_length=20)


class ReportLinkRow(SQLModel, table=True):
    """A förening's report link. Only the SHA-256 of its token is kept."""

    __tablename__ = "report_link"

    pk: int | None = Field(default=None, primary_key=True)
    token_digest: str = Field(index=True, unique=True, max_length=64)
    organisation_id: str = Field(index=True, max_length=120)
    label: str = Field(default="", max_length=120)
    created_by: str = Field(max_length=254)
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None = None


class AuditRow(SQLModel, table=True):
    """One write: who, when, what, and the before and after (JSON), per organisation."""

    __tablename__ = "audit"
    __table_args__ = (Index("ix_audit_org_at", "organisation_id", "at"),)

    pk: int | None = Field(default=None, primary_key=True)
    at: datetime
    actor: str = Field(max_length=254)
    organisation_id: str | None = Field(default=None, max_length=120)
    action: str = Field(max_length=40)
    target: str = Field(default="", max_length=200)
    before: str | None = Field(default=None, sa_type=Text)
    after: str | None = Field(default=None, sa_type=Text)


class MappingRow(SQLModel, table=True):
    """A named column mapping (goals.mappings.mapping.Mapping as JSON), so next month's
    spreadsheet of the same shape imports in one step from the app or the command line.
    Column names and metric ids only: never a cell of the file."""

    __tablename__ = "column_mapping"
    # a name is unique within its organisation: each board saves and picks its own
    __table_args__ = (UniqueConstraint("organisation_id", "name"),)

    pk: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, max_length=120)
    # the förening (or district) whose mapping it is; None: saved from the command line
    # before mappings belonged to anyone
    organisation_id: str | None = Field(default=None, index=True, max_length=120)
    kind: str = Field(max_length=20)
    definition: str = Field(sa_column=Column(Text, nullable=False))
    updated_at: datetime


class YearReportRow(SQLModel, table=True):
    """The parts of an organisation's year report only people write, kept from one draft
    to the next: the opening letter and the names that sign it. The figures are never
    stored: they are computed from the plans and entries each time the report is made."""

    __tablename__ = "year_report"
    __table_args__ = (UniqueConstraint("organisation_id", "year", name="uq_year_report_org_year"),)

    pk: int | None = Field(default=None, primary_key=True)
    organisation_id: str = Field(index=True, max_length=120)
    year: int
    letter: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    letter_signed: str = Field(default="", max_length=400)
    updated_by: str = Field(default="", max_length=254)
    updated_at: datetime


class YearReportPartRow(SQLModel, table=True):
    """A written part of a year report: the text of a chapter (an area of the plans, or one
    with no goals, `kind` 'chapter') with the names that sign it, or a member's note picked
    as a quote (`kind` 'quote': the note's words copied and its entry's uid; the author's
    name is never copied here but read from the entry with the member's consent each time,
    so a name an admin forgets is gone from the quote too)."""

    __tablename__ = "year_report_part"

    pk: int | None = Field(default=None, primary_key=True)
    report_pk: int = Field(foreign_key="year_report.pk", index=True)
    kind: str = Field(max_length=20)
    position: int = 0
    title: str = Field(default="", max_length=400)
    body: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    signed: str = Field(default="", max_length=400)
    entry_uid: str | None = Field(default=None, max_length=64)


class YearReportPhotoRow(SQLModel, table=True):
    """A photo of a year report: resized, re-encoded without any EXIF (no GPS, no camera),
    stored in the database so every app server sees it."""

    __tablename__ = "year_report_photo"

    pk: int | None = Field(default=None, primary_key=True)
    report_pk: int = Field(foreign_key="year_report.pk", index=True)
    position: int = 0
    chapter: str = Field(default="", max_length=400)
    caption: str = Field(default="", max_length=400)
    media_type: str = Field(max_length=40)
    width: int
    height: int
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class QuoteConsentRow(SQLModel, table=True):
    """A member's answer, given with a report, to whether the year report may print their
    name beside their note. No row means no: the quote then says 'en medlem'."""

    __tablename__ = "quote_consent"

    entry_uid: str = Field(primary_key=True, max_length=64)
    show_name: bool = False
    recorded_at: datetime


class GoalProposalRow(SQLModel, table=True):
    """A district's coverage goal sent to a förening whose plan lacks it: the förening's
    board adopts it through the normal plan import (preview, then save) or declines it. A
    district reads its föreningar's plans but may not write them, hence a proposal."""

    __tablename__ = "goal_proposal"

    pk: int | None = Field(default=None, primary_key=True)
    district_plan_id: str = Field(max_length=120)
    coverage_goal_id: str = Field(max_length=120)
    plan_id: str = Field(index=True, max_length=120)
    organisation_id: str = Field(index=True, max_length=120)
    goal: str = Field(sa_column=Column(Text, nullable=False))   # the goal as YAML-shaped JSON
    section: str = Field(max_length=400)
    proposed_by: str = Field(max_length=254)
    proposed_at: datetime
    resolved_at: datetime | None = None
    resolution: str = Field(default="", max_length=20)   # adopted | declined


class ConfidenceRow(SQLModel, table=True):
    """A board member's confidence (1-10) that a goal will be reached, on a day: alone or
    with a report (`entry_uid`). The goal page shows the trend; Översikt the latest mark."""

    __tablename__ = "confidence"
    __table_args__ = (Index("ix_confidence_plan_goal_day", "plan_pk", "goal_id", "day"),)

    pk: int | None = Field(default=None, primary_key=True)
    plan_pk: int = Field(foreign_key="plan.pk")
    goal_id: str = Field(max_length=120)
    day: date
    mark: int
    entry_uid: str | None = Field(default=None, max_length=64)
    recorded_by: str = Field(max_length=254)
    recorded_at: datetime


class SentMailRow(SQLModel, table=True):
    """One mail the SMTP server accepted: what (`kind`: reminder, digest, nudge), for which
    plan and day, to whom (the SHA-256 of the address, never the address itself) and the
    goals it named. A second run the same day finds its mails here and sends nothing twice."""

    __tablename__ = "sent_mail"
    __table_args__ = (UniqueConstraint("kind", "plan_id", "recipient_digest", "day"),
                      Index("ix_sent_mail_plan_kind_day", "plan_id", "kind", "day"))

    pk: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=20)
    plan_id: str = Field(max_length=120)
    recipient_digest: str = Field(max_length=64)
    day: date
    goals: str = Field(default="", sa_type=Text)   # goal ids, "|a|b|"
    sent_at: datetime


class MailRecipientRow(SQLModel, table=True):
    """An address that got mail, known only by its SHA-256, with the token of its
    one-click unsubscribe link and when it unsubscribed. The token is kept as is (it can
    only unsubscribe, and every mail must carry the same working link)."""

    __tablename__ = "mail_recipient"

    pk: int | None = Field(default=None, primary_key=True)
    address_digest: str = Field(index=True, unique=True, max_length=64)
    token: str = Field(index=True, unique=True, max_length=64)
    unsubscribed_at: datetime | None = None


class MailRunRow(SQLModel, table=True):
    """A `send` run that finished without a failure: "turned behind since the last run"
    compares the statuses on this day with those on the run's day."""

    __tablename__ = "mail_run"

    day: date = Field(primary_key=True)
    finished_at: datetime


class EntryMonthRow(SQLModel, table=True):
    """Entries summed per plan, metric and calendar month: what the national roll-up reads
    instead of every entry of the party (10 million rows is seconds even for one GROUP BY;
    this table is a few hundred thousand). Derived data: every write to `entry` refreshes the
    months it touched, in the same transaction (goals.store.entry_months). Milestone entries
    have no metric; they are kept under metric ''."""

    __tablename__ = "entry_month"

    plan_pk: int = Field(foreign_key="plan.pk", primary_key=True)
    metric: str = Field(primary_key=True, max_length=120)
    month: str = Field(primary_key=True, max_length=7)   # YYYY-MM
    total: float = 0.0
    entries: int = 0
    last_day: date
