"""Messages for sign-in, roles, report links and the audit trail (goals.access).

Part of the one catalogue: goals.i18n.messages merges every part and refuses a key
defined twice, so each area can be edited on its own.
"""

from __future__ import annotations


def _m(sv: str, nb: str, en: str) -> dict[str, str]:
    return {"sv": sv, "nb": nb, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    # --- refusals -------------------------------------------------------------------------
    "access.denied": _m("du har inte behörighet till det här",
                        "du har ikke tilgang til dette",
                        "you are not allowed to do this"),
    "access.denied_import": _m(
        "du får inte ändra planer eller rapporter för organisationen '{organisation}'",
        "du har ikke lov til å endre planer eller rapporter for organisasjonen "
        "'{organisation}'",
        "you may not change plans or entries of the organisation '{organisation}'"),
    "access.no_access": _m("Du har inte behörighet till den här sidan eller planen.",
                           "Du har ikke tilgang til denne siden eller planen.",
                           "You do not have access to this page or plan."),
    "access.link_unusable": _m(
        "Rapportlänken fungerar inte längre (den har dragits tillbaka eller gått ut). "
        "Be styrelsen om en ny.",
        "Rapportlenken virker ikke lenger (den er trukket tilbake eller utløpt). "
        "Be styret om en ny.",
        "This report link no longer works (it was revoked or has expired). "
        "Ask the board for a new one."),
    # --- accounts and signing in ----------------------------------------------------------
    "access.password_short": _m("lösenordet måste ha minst {length} tecken",
                                "passordet må ha minst {length} tegn",
                                "the password must have at least {length} characters"),
    "access.sign_in_failed": _m("fel e-postadress eller lösenord",
                                "feil e-postadresse eller passord",
                                "wrong e-mail address or password"),
    "access.locked": _m(
        "för många misslyckade försök: kontot är låst i {minutes} minuter",
        "for mange mislykkede forsøk: kontoen er låst i {minutes} minutter",
        "too many failed attempts: the account is locked for {minutes} minutes"),
    "access.admin_exists": _m("det finns redan en administratör; logga in",
                              "det finnes allerede en administrator; logg inn",
                              "an administrator already exists; sign in"),
    "access.email_invalid": _m("skriv en e-postadress", "skriv en e-postadresse",
                               "enter an e-mail address"),
    "access.account_exists": _m("det finns redan ett konto med den e-postadressen",
                                "det finnes allerede en konto med den e-postadressen",
                                "an account with that e-mail address already exists"),
    "access.no_such_account": _m("det finns inget konto med den e-postadressen",
                                 "det finnes ingen konto med den e-postadressen",
                                 "there is no account with that e-mail address"),
    "access.local_mode": _m("Lokalt läge (ingen inloggning på den här datorn)",
                            "Lokal modus (ingen innlogging på denne maskinen)",
                            "Local mode (no sign-in on this computer)"),
    "access.via_link": _m("Rapportlänk: {label}", "Rapportlenke: {label}",
                          "Report link: {label}"),
    "access.signed_in_as": _m("Inloggad: {name}", "Innlogget: {name}", "Signed in: {name}"),
    "access.sign_in_title": _m("Logga in", "Logg inn", "Sign in"),
    "access.email": _m("E-postadress", "E-postadresse", "E-mail address"),
    "access.password": _m("Lösenord", "Passord", "Password"),
    "access.password_again": _m("Lösenordet igen", "Passordet igjen", "Password again"),
    "access.passwords_differ": _m("lösenorden är inte lika", "passordene er ikke like",
                                  "the passwords differ"),
    "access.sign_in": _m("Logga in", "Logg inn", "Sign in"),
    "access.sign_in_oidc": _m("Logga in med partiets konto", "Logg inn med partiets konto",
                              "Sign in with the party's account"),
    "access.sign_out": _m("Logga ut", "Logg ut", "Sign out"),
    "access.no_roles": _m(
        "Du är inloggad men har ingen roll ännu. Be en administratör lägga till dig.",
        "Du er logget inn, men har ingen rolle ennå. Be en administrator legge deg til.",
        "You are signed in but have no role yet. Ask an administrator to add you."),
    "access.first_run_title": _m("Första start: skapa administratören",
                                 "Første oppstart: opprett administratoren",
                                 "First run: create the administrator"),
    "access.first_run_help": _m(
        "Det finns inga konton ännu. Engångskoden står i serverns logg (eller i "
        "GOALS_SETUP_CODE).",
        "Det finnes ingen kontoer ennå. Engangskoden står i serverens logg (eller i "
        "GOALS_SETUP_CODE).",
        "There are no accounts yet. The one-time code is in the server's log (or in "
        "GOALS_SETUP_CODE)."),
    "access.setup_code": _m("Engångskod", "Engangskode", "One-time code"),
    "access.setup_code_wrong": _m("fel engångskod", "feil engangskode", "wrong one-time code"),
    "access.create_admin": _m("Skapa administratören", "Opprett administratoren",
                              "Create the administrator"),
    "access.display_name": _m("Namn (visas)", "Navn (vises)", "Name (shown)"),
    # --- the Åtkomst page -----------------------------------------------------------------
    "access.title": _m("Åtkomst", "Tilgang", "Access"),
    "access.organisation_pick": _m("Förening", "Lokallag", "Organisation"),
    "access.links": _m("Rapportlänkar", "Rapportlenker", "Report links"),
    "access.links_help": _m(
        "Den som har länken kan rapportera för föreningen och inget annat. "
        "Länken visas bara en gång.",
        "Den som har lenken kan rapportere for laget og ingenting annet. "
        "Lenken vises bare én gang.",
        "Whoever has the link can report for the organisation and nothing else. "
        "The link is shown only once."),
    "access.link_label": _m("Beskrivning (t.ex. 'SMS till medlemmar')",
                            "Beskrivelse (f.eks. 'SMS til medlemmer')",
                            "Label (e.g. 'SMS to members')"),
    "access.link_days": _m("Giltig i dagar", "Gyldig i dager", "Valid for days"),
    "access.link_create": _m("Skapa länk", "Opprett lenke", "Create link"),
    "access.link_created": _m("Ny länk (kopiera den nu):", "Ny lenke (kopier den nå):",
                              "New link (copy it now):"),
    "access.link_revoke": _m("Dra tillbaka", "Trekk tilbake", "Revoke"),
    "access.link_none": _m("Inga länkar ännu.", "Ingen lenker ennå.", "No links yet."),
    "access.link_active": _m("aktiv", "aktiv", "active"),
    "access.link_inactive": _m("fungerar inte", "virker ikke", "not usable"),
    "access.col_label": _m("Beskrivning", "Beskrivelse", "Label"),
    "access.col_created": _m("Skapad", "Opprettet", "Created"),
    "access.col_expires": _m("Går ut", "Utløper", "Expires"),
    "access.col_state": _m("Läge", "Status", "State"),
    "access.trail": _m("Ändringslogg", "Endringslogg", "Audit trail"),
    "access.trail_empty": _m("Inga ändringar ännu.", "Ingen endringer ennå.",
                             "No changes yet."),
    "access.col_at": _m("När", "Når", "When"),
    "access.col_actor": _m("Vem", "Hvem", "Who"),
    "access.col_action": _m("Vad", "Hva", "What"),
    "access.col_target": _m("Objekt", "Objekt", "Object"),
    "access.col_before": _m("Före", "Før", "Before"),
    "access.col_after": _m("Efter", "Etter", "After"),
    "access.undo_pick": _m("Ångra en radering", "Angre en sletting", "Undo a deletion"),
    "access.undo": _m("Återställ", "Gjenopprett", "Restore"),
    "access.undone": _m("Återställd: {count}", "Gjenopprettet: {count}", "Restored: {count}"),
    "access.accounts": _m("Konton och roller", "Kontoer og roller", "Accounts and roles"),
    "access.add_account": _m("Lägg till konto", "Legg til konto", "Add account"),
    "access.password_optional": _m(
        "Lösenord (tomt: bara inloggning via partiets konto)",
        "Passord (tomt: bare innlogging via partiets konto)",
        "Password (empty: sign-in through the party's account only)"),
    "access.account_added": _m("Kontot är skapat.", "Kontoen er opprettet.",
                               "The account was created."),
    "access.role": _m("Roll", "Rolle", "Role"),
    "access.organisation_id": _m("Organisation (id)", "Organisasjon (id)",
                                 "Organisation (id)"),
    "access.grant": _m("Ge roll", "Gi rolle", "Grant role"),
    "access.revoke_role": _m("Ta bort roll", "Fjern rolle", "Remove role"),
    "access.role_changed": _m("Rollen är ändrad.", "Rollen er endret.", "The role was changed."),
    "access.role_unchanged": _m("Ingen ändring.", "Ingen endring.", "Nothing changed."),
    "access.unlock": _m("Lås upp", "Lås opp", "Unlock"),
    "access.forget_name": _m("Ta bort ett namn från alla rapporter",
                             "Fjern et navn fra alle rapporter",
                             "Remove a name from all entries"),
    "access.forget_help": _m(
        "Namnet (exakt som det står i rapporterna) tas bort från rapporter, raderade "
        "rapporter och ändringsloggen. Siffrorna finns kvar.",
        "Navnet (nøyaktig slik det står i rapportene) fjernes fra rapporter, slettede "
        "rapporter og endringsloggen. Tallene blir stående.",
        "The name (exactly as written in the entries) is removed from entries, deleted "
        "entries and the audit trail. The figures stay."),
    "access.forget": _m("Ta bort namnet", "Fjern navnet", "Remove the name"),
    "access.forgotten": _m("Namnet togs bort från {count} rapporter.",
                           "Navnet ble fjernet fra {count} rapporter.",
                           "The name was removed from {count} entries."),
    "access.role_member": _m("medlem", "medlem", "member"),
    "access.role_board": _m("styrelse", "styre", "board"),
    "access.role_district": _m("distrikt", "fylkeslag", "district"),
    "access.role_admin": _m("administratör", "administrator", "administrator"),
    "access.col_email": _m("E-post", "E-post", "E-mail"),
    "access.col_name": _m("Namn", "Navn", "Name"),
    "access.col_roles": _m("Roller", "Roller", "Roles"),
    "access.col_locked": _m("Låst", "Låst", "Locked"),
    "access.action.entry.create": _m("rapport sparad", "rapport lagret", "entry saved"),
    "access.action.entry.update": _m("rapport rättad", "rapport rettet", "entry corrected"),
    "access.action.entry.delete": _m("rapport raderad", "rapport slettet", "entry deleted"),
    "access.action.entry.restore": _m(
        "rapport återställd", "rapport gjenopprettet", "entry restored"),
    "access.action.entries.import": _m(
        "rapporter importerade", "rapporter importert", "entries imported"),
    "access.action.plan_file.import": _m("plan sparad", "plan lagret", "plan saved"),
    "access.action.meeting.create": _m("styrelsemöte", "styremøte", "board meeting"),
    "access.action.link.create": _m(
        "rapportlänk skapad", "rapportlenke opprettet", "report link created"),
    "access.action.link.revoke": _m(
        "rapportlänk tillbakadragen", "rapportlenke trukket tilbake", "report link revoked"),
    "access.action.account.create": _m("konto skapat", "konto opprettet", "account created"),
    "access.action.account.first_admin": _m(
        "första administratören", "første administrator", "first administrator"),
    "access.action.account.unlock": _m("konto upplåst", "konto låst opp", "account unlocked"),
    "access.action.role.grant": _m("roll given", "rolle gitt", "role granted"),
    "access.action.role.revoke": _m("roll borttagen", "rolle fjernet", "role removed"),
    "access.action.name.forget": _m("namn borttaget", "navn fjernet", "name removed"),
    "access.action.mapping.save": _m("kolumnmappning sparad", "kolonnoppsett lagret",
                                     "column mapping saved"),
}
