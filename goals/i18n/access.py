"""Messages for sign-in, roles, report links and the audit trail (goals.access).

Part of the one catalogue: goals.i18n.messages merges every part and refuses a key
defined twice, so each area can be edited on its own.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {}
