"""`python -m goals send --as-of DATE [--dry-run]`: the mails due today, for cron or a
systemd timer (deploy/mail.md). Sends what is due and records it, so a second run the same
day sends nothing twice; `--dry-run` prints the mails and sends and records nothing. Exit 0
when everything due went out, 1 naming each mail that failed (the next run retries them),
2 when the mail settings are missing or wrong."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from goals import config as settings
from goals.i18n import translate
from goals.services.database import engine_for
from goals.services.mail import MailSettings, SendResult, SmtpUrlError, send_due


def add_parser(commands, common: argparse.ArgumentParser) -> None:
    send = commands.add_parser("send", parents=[common],
                               help="send the reminders, board digests and member nudges due "
                               "(for cron or a systemd timer)")
    send.add_argument("--as-of", dest="as_of", metavar="DATE",
                      help="YYYY-MM-DD (default: today)")
    send.add_argument("--dry-run", action="store_true",
                      help="print the mails instead of sending them; records nothing")


def run(args: argparse.Namespace, url: str, lang: str, as_of: date) -> int:
    mail_settings = MailSettings(settings.smtp_url(), settings.mail_from(),
                                 settings.base_url())
    if not args.dry_run and not mail_settings.smtp_url:
        print(translate("mail.no_smtp", lang), file=sys.stderr)
        return 2
    try:
        result = send_due(engine_for(url), as_of, mail_settings, dry_run=args.dry_run)
    except SmtpUrlError:
        print(translate("mail.bad_smtp_url", lang, url=_redact(mail_settings.smtp_url)),
              file=sys.stderr)
        return 2
    if args.dry_run:
        _print_mails(result)
    return _summary(result, lang)


def _print_mails(result: SendResult) -> None:
    for mail in result.sent:
        message = mail.message
        print(f"To: {message['To']}\nSubject: {message['Subject']}")
        attachments = [part.get_filename() for part in message.iter_attachments()]
        if attachments:
            print(f"Attachments: {', '.join(attachments)}")
        print()
        print(message.get_body(("plain",)).get_content())
        print("=" * 72)


def _summary(result: SendResult, lang: str) -> int:
    counts = result.counts()
    total = sum(counts.values())
    if result.dry_run:
        print(translate("mail.dry_run", lang, count=total))
    else:
        print(translate("mail.sent", lang, count=total, reminders=counts["reminder"],
                        digests=counts["digest"], nudges=counts["nudge"]))
    for mail, problem in result.failed:
        print(translate("mail.failed", lang, kind=translate(f"mail.kind.{mail.kind}", lang),
                        to=mail.to, plan=", ".join(mail.goals), problem=problem),
              file=sys.stderr)
    if result.failed:
        print(translate("mail.failed_summary", lang, count=len(result.failed)),
              file=sys.stderr)
        return 1
    return 0


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.password:
        return url.replace(f":{parts.password}@", ":***@")
    return url
