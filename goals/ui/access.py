"""The Streamlit side of access: who is asking, on every run, and what they may see.

The actor is worked out again on every rerun from things a browser cannot forge: the
server-side session (after sign-in), the identity provider's `st.user`, or a report link's
token checked against the database. Query parameters such as `?plan=` only choose among
what that actor may see; they never widen it.
"""

from __future__ import annotations

import streamlit as st

from goals import config as settings
from goals.access.roles import Actor, ActorKind, Permission, allowed, organisation_tree
from goals.domain.plan import Plan
from goals.i18n import translate
from goals.services import accounts, report_links
from goals.ui import shared as ui

SESSION_ACCOUNT = "_signed_in_account"


def oidc_configured() -> bool:
    """True when `[auth]` in .streamlit/secrets.toml names an identity provider."""
    try:
        return "auth" in st.secrets
    except (FileNotFoundError, KeyError, OSError):
        return False
    except Exception:  # noqa: BLE001  (st.secrets raises its own error without a file)
        return False


def mode() -> str:
    address = st.get_option("server.address")
    return settings.access_mode(address, not accounts.needs_first_admin(ui.engine()))


def link_token() -> str | None:
    return st.query_params.get("link")


def actor() -> Actor:
    """Who is asking now. A report link wins: whoever opens a link acts as that link."""
    engine = ui.engine()
    token = link_token()
    if token:
        return report_links.actor_for_token(engine, token) or Actor.anonymous()
    if oidc_configured() and getattr(st.user, "is_logged_in", False):
        return accounts.actor_for_email(engine, str(st.user.get("email", "")))
    account_pk = st.session_state.get(SESSION_ACCOUNT)
    if isinstance(account_pk, int):
        return accounts.actor_for_account(engine, account_pk)
    if mode() == "local":
        return Actor.local()
    return Actor.anonymous()


def parents() -> dict[str, str | None]:
    """Each organisation's parent, from the plans (cached on the data version)."""
    return organisation_tree((plan.organisation.id, plan.organisation.parent)
                             for plan in ui.plans().values())


def may(who: Actor, permission: Permission, organisation_id: str | None) -> bool:
    return allowed(who, permission, organisation_id, parents())


def plans_for(who: Actor, permission: Permission = Permission.READ) -> dict[str, Plan]:
    """The plans whose organisation `who` may `permission`, in the usual order."""
    tree = parents()
    return {plan_id: plan for plan_id, plan in ui.plans().items()
            if allowed(who, permission, plan.organisation.id, tree)}


def organisations_for(who: Actor, permission: Permission) -> dict[str, str]:
    """Organisation id -> name, for the organisations `who` may `permission`."""
    found: dict[str, str] = {}
    for plan in plans_for(who, permission).values():
        found.setdefault(plan.organisation.id, plan.organisation.name)
    return dict(sorted(found.items(), key=lambda item: item[1].lower()))


def drop_choice_outside(key: str, allowed) -> None:
    """Forget a widget's remembered choice that is not among `allowed` (one made as another
    actor, or crafted), so the widget falls back to a choice this actor may see."""
    if st.session_state.get(key) not in allowed:
        st.session_state.pop(key, None)


def stop_unless(condition: bool, lang: str) -> None:
    """End the page with a plain "no access" when `condition` is false."""
    if not condition:
        st.warning(translate("access.no_access", lang))
        st.stop()


def signed_in_label(who: Actor, lang: str) -> str:
    if who.kind is ActorKind.LOCAL:
        return translate("access.local_mode", lang)
    if who.kind is ActorKind.LINK:
        return translate("access.via_link", lang, label=ui.escape(who.name or str(who.link_id)))
    return ui.escape(who.name)


def sign_out() -> None:
    st.session_state.pop(SESSION_ACCOUNT, None)
    if oidc_configured() and getattr(st.user, "is_logged_in", False):
        st.logout()


def organisation_label(organisations: dict[str, str]):
    """An organisation picker's labels: the name, with the id where two share a name (a
    drafted plan once created a second 'Vänsterpartiet Vallentuna')."""
    names = list(organisations.values())

    def label(organisation_id: str) -> str:
        name = organisations[organisation_id]
        return f"{name} ({organisation_id})" if names.count(name) > 1 else name

    return label
