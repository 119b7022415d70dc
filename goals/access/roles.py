"""Roles, the actor behind a request, and the one rule that says what an actor may do.

The rule is a pure function of the actor's grants and the organisation tree (each
organisation's parent, from the plans), so the same answer holds in every page, every
write and every app server, and the tests can state it as a table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

EVERYWHERE = "*"   # the organisation of an admin grant


class Role(StrEnum):
    """Stored in English like every other value; the words people use are aliases."""

    MEMBER = "member"
    BOARD = "board"
    DISTRICT = "district"
    ADMIN = "admin"

    @classmethod
    def parse(cls, text: str) -> Role:
        """A role as an operator types it: its value or the Swedish or Norwegian word
        (`styrelse`, `styre`, `distrikt`, `fylkeslag`, `medlem`); ValueError otherwise."""
        word = text.strip().lower()
        return cls(ROLE_WORDS.get(word, word))


ROLE_WORDS = {"styrelse": "board", "styre": "board", "distrikt": "district",
              "fylkeslag": "district", "medlem": "member"}


class Permission(StrEnum):
    READ = "read"        # see an organisation's plans, statuses and entries
    REPORT = "report"    # add entries to its plans
    MANAGE = "manage"    # plans, corrections, deletions, meetings, reports, links, audit
    ADMIN = "admin"      # accounts and roles


_GRANTS: dict[Role, frozenset[Permission]] = {
    Role.MEMBER: frozenset({Permission.READ, Permission.REPORT}),
    Role.BOARD: frozenset({Permission.READ, Permission.REPORT, Permission.MANAGE}),
    Role.DISTRICT: frozenset({Permission.READ, Permission.REPORT, Permission.MANAGE}),
    Role.ADMIN: frozenset(Permission),
}


class ActorKind(StrEnum):
    ACCOUNT = "account"          # a signed-in person (built-in account or OpenID Connect)
    LINK = "link"                # anyone holding a förening's report link
    LOCAL = "local"              # the single board on its own laptop (loopback only)
    COMMAND_LINE = "cli"         # whoever runs `python -m goals` on the server
    ANONYMOUS = "anonymous"      # not signed in: may do nothing


@dataclass(frozen=True)
class Actor:
    """Who is asking. `grants` are (organisation id, role) pairs from the database."""

    kind: ActorKind
    name: str = ""
    grants: frozenset[tuple[str, Role]] = field(default_factory=frozenset)
    link_id: int | None = None
    link_organisation: str | None = None

    @classmethod
    def local(cls) -> Actor:
        return cls(ActorKind.LOCAL, "lokal")

    @classmethod
    def command_line(cls) -> Actor:
        return cls(ActorKind.COMMAND_LINE, "kommandorad")

    @classmethod
    def anonymous(cls) -> Actor:
        return cls(ActorKind.ANONYMOUS)

    @classmethod
    def for_link(cls, link_id: int, organisation_id: str, label: str) -> Actor:
        return cls(ActorKind.LINK, label, link_id=link_id, link_organisation=organisation_id)

    @property
    def label(self) -> str:
        """How the audit trail names this actor."""
        if self.kind is ActorKind.LINK:
            return f"link:{self.link_id}"
        if self.kind is ActorKind.ACCOUNT:
            return self.name
        return self.kind.value

    @property
    def source(self) -> str:
        """The `source` an entry saved by this actor carries (which link it came through)."""
        return self.label if self.kind is ActorKind.LINK else "app"

    @property
    def manages_any(self) -> bool:
        """A board or district somewhere (may start a plan for its own organisation, even
        before that organisation has any plan stored)."""
        return self.is_admin or any(role in (Role.BOARD, Role.DISTRICT)
                                    for _org, role in self.grants)

    @property
    def is_admin(self) -> bool:
        return self.kind in (ActorKind.LOCAL, ActorKind.COMMAND_LINE) or (
            (EVERYWHERE, Role.ADMIN) in self.grants)


def organisation_tree(pairs: Iterable[tuple[str, str | None]]) -> dict[str, str | None]:
    """Each organisation's parent from (organisation, parent) pairs, one per plan; a plan
    that names no parent does not hide the parent another plan of the same unit names."""
    tree: dict[str, str | None] = {}
    for organisation_id, parent in pairs:
        tree[organisation_id] = tree.get(organisation_id) or parent
    return tree


def ancestors(organisation_id: str, parents: Mapping[str, str | None]) -> list[str]:
    """The organisation and every unit above it, nearest first (cycles stop the walk)."""
    chain: list[str] = []
    current: str | None = organisation_id
    while current and current not in chain:
        chain.append(current)
        current = parents.get(current)
    return chain


def allowed(actor: Actor, permission: Permission, organisation_id: str | None,
            parents: Mapping[str, str | None]) -> bool:
    """May `actor` do `permission` on `organisation_id`?

    - local and command-line actors, and admins, may do everything;
    - a report link may report for its own förening and nothing else;
    - member and styrelse roles act on their own organisation only;
    - a distrikt role reads every organisation below it, and reports and manages its own.
    """
    if actor.is_admin:
        return True
    if permission is Permission.ADMIN or organisation_id is None:
        return False
    if actor.kind is ActorKind.LINK:
        return permission is Permission.REPORT and organisation_id == actor.link_organisation
    if actor.kind is not ActorKind.ACCOUNT:
        return False
    for granted_org, role in actor.grants:
        if granted_org == organisation_id and permission in _GRANTS[role]:
            return True
        if (role is Role.DISTRICT and permission is Permission.READ
                and granted_org in ancestors(organisation_id, parents)):
            return True
    return False


class AccessDenied(PermissionError):
    """A write or a page the actor may not do. Carries a catalogue key for the message."""

    def __init__(self, permission: Permission, organisation_id: str | None) -> None:
        super().__init__(f"{permission.value} on {organisation_id}")
        self.permission = permission
        self.organisation_id = organisation_id
        self.message_key = "access.denied"


def require(actor: Actor, permission: Permission, organisation_id: str | None,
            parents: Mapping[str, str | None]) -> None:
    """Raise AccessDenied unless `allowed`: the services call this before every write."""
    if not allowed(actor, permission, organisation_id, parents):
        raise AccessDenied(permission, organisation_id)
