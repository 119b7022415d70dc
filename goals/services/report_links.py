"""Report links: a board hands its members a URL that lets them report for the förening,
and nothing else; it can be revoked and it expires. Entries carry which link they came
through (their `source` is `link:<id>`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from goals.access import links
from goals.access.roles import Actor, Permission, require
from goals.store import access as store
from goals.store import audit
from goals.store.unit_of_work import Engine, reading, writing


@dataclass(frozen=True)
class LinkInfo:
    pk: int
    organisation_id: str
    label: str
    created_by: str
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None
    usable: bool


def create_link(engine: Engine, actor: Actor, organisation_id: str, label: str = "",
                days: int = links.DEFAULT_DAYS) -> tuple[str, LinkInfo]:
    """A new link; the token is returned once and only its digest is stored."""
    token = links.new_token()
    now = datetime.now(UTC)
    with writing(engine) as session:
        require(actor, Permission.MANAGE, organisation_id, store.organisation_parents(session))
        row = store.add_link(session, digest=links.token_digest(token),
                             organisation_id=organisation_id, label=label.strip()[:120],
                             created_by=actor.label, now=now,
                             expires_at=now + timedelta(days=max(1, days)))
        audit.record(session, actor=actor.label, action="link.create",
                     organisation_id=organisation_id, target=f"link:{row.pk}",
                     after={"label": row.label, "expires_at": row.expires_at})
        return token, _info(row, now)


def revoke_link(engine: Engine, actor: Actor, link_pk: int) -> bool:
    now = datetime.now(UTC)
    with writing(engine) as session:
        row = store.get_link(session, link_pk)
        if row is None:
            return False
        require(actor, Permission.MANAGE, row.organisation_id,
                store.organisation_parents(session))
        revoked = store.revoke_link(session, row, now)
        if revoked:
            audit.record(session, actor=actor.label, action="link.revoke",
                         organisation_id=row.organisation_id, target=f"link:{row.pk}",
                         before={"revoked_at": None}, after={"revoked_at": now})
        return revoked


def links_for(engine: Engine, actor: Actor, organisation_id: str) -> list[LinkInfo]:
    now = datetime.now(UTC)
    with reading(engine) as session:
        require(actor, Permission.MANAGE, organisation_id, store.organisation_parents(session))
        return [_info(row, now) for row in store.links_of(session, organisation_id)]


def actor_for_token(engine: Engine, token: str | None) -> Actor | None:
    """The link's actor while the link is usable; None for anything else (unknown token,
    revoked, expired), checked against the database on every request."""
    if not token or len(token) > 100:
        return None
    with reading(engine) as session:
        row = store.link_by_digest(session, links.token_digest(token))
        if row is None or not links.link_is_usable(
                store.as_utc(row.expires_at), store.as_utc(row.revoked_at), datetime.now(UTC)):
            return None
        return Actor.for_link(row.pk, row.organisation_id, row.label)


def _info(row, now: datetime) -> LinkInfo:
    expires, revoked = store.as_utc(row.expires_at), store.as_utc(row.revoked_at)
    return LinkInfo(row.pk, row.organisation_id, row.label, row.created_by,
                    store.as_utc(row.created_at), expires, revoked,
                    links.link_is_usable(expires, revoked, now))
