"""The SQLModel tables: the only place the database's shape is written down.

A plan is kept whole as JSON (`definition`, the YAML shape) for export and for rebuilding the
domain `Plan`; its goals are also rows so that SQL can join entries to goal windows and
compute a district's facts in a few set-based queries. Entries hold counts and at most an
optional display name (`reported_by`): never member lists.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Index, Text, UniqueConstraint, text
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

    pk: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True, max_length=120)
    kind: str = Field(max_length=20)
    definition: str = Field(sa_column=Column(Text, nullable=False))
    updated_at: datetime


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
