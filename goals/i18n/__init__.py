"""One message catalogue for the whole product: Swedish by default, Norwegian bokmål, English.

Every text a user reads (error messages, status words, UI labels) is looked up here by key,
so a translation is one edit in one place and a missing key fails loudly in the tests.
"""

from __future__ import annotations

from goals.i18n.messages import MESSAGES

LANGUAGES = ("sv", "nb", "en")
DEFAULT_LANGUAGE = "sv"


def normalise_language(lang: str | None) -> str:
    """Map user input (`nb`, `no`, `en-GB`, None) onto one of the catalogue's languages."""
    if not lang:
        return DEFAULT_LANGUAGE
    code = lang.strip().lower().replace("_", "-").split("-")[0]
    if code in ("no", "nn", "nb"):
        return "nb"
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def translate(key: str, lang: str | None = None, /, **params: object) -> str:
    """The message `key` in `lang`, with `{name}` placeholders filled from `params`."""
    entry = MESSAGES[key]
    template = entry.get(normalise_language(lang)) or entry[DEFAULT_LANGUAGE]
    return template.format(**params) if params else template


t = translate
