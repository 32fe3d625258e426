"""Email over SMTP: a plain-text and an HTML part, and the one-click unsubscribe headers
of RFC 8058 (``List-Unsubscribe`` with an https address, ``List-Unsubscribe-Post``).

SMTP has no idempotency key: a message re-sent after a crash between sending and
recording may arrive twice (its ``Message-ID`` is the same, which mail clients use to
fold duplicates)."""

import smtplib
from email.message import EmailMessage
from email.utils import make_msgid
from html import escape
from urllib.parse import urlsplit

from thungngoen.communication.channels.base import Outgoing
from thungngoen.communication.errors import ChannelRefused

TIMEOUT_SECONDS = 20.0


class EmailChannel:
    name = "email"
    idempotent = False

    def __init__(self, url: str, sender: str, per_second: float = 5.0) -> None:
        """``url``: ``smtp://[user:password@]host[:port]`` (``smtps://`` for TLS)."""
        self._url = urlsplit(url)
        self._sender = sender
        self.per_second = per_second

    def send(self, message: Outgoing) -> str:
        mail = compose(message, self._sender)
        try:
            with self._connect() as smtp:
                refused = smtp.send_message(mail)
        except smtplib.SMTPRecipientsRefused as error:
            raise ChannelRefused(f"address refused: {error.recipients}", permanent=True) from error
        except (smtplib.SMTPException, OSError) as error:
            raise ChannelRefused(f"SMTP: {error}") from error
        if refused:
            raise ChannelRefused(f"address refused: {refused}", permanent=True)
        return str(mail["Message-ID"])

    def _connect(self) -> smtplib.SMTP:
        host, port = self._url.hostname or "127.0.0.1", self._url.port
        if self._url.scheme == "smtps":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(host, port or 465, timeout=TIMEOUT_SECONDS)
        else:
            smtp = smtplib.SMTP(host, port or 25, timeout=TIMEOUT_SECONDS)
        if self._url.username:
            smtp.login(self._url.username, self._url.password or "")
        return smtp


def compose(message: Outgoing, sender: str) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = message.address
    mail["Subject"] = message.title
    mail["Message-ID"] = make_msgid(idstring=message.idempotency_key, domain="thungngoen")
    mail["List-Unsubscribe"] = f"<{message.unsubscribe}>"
    mail["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    mail["Content-Language"] = message.language
    plain = message.plain or message.body + (f"\n\n{message.link}" if message.link else "")
    mail.set_content(plain + f"\n\n--\n{message.unsubscribe}\n")
    mail.add_alternative(message.html or _html(message), subtype="html")
    return mail


_UNSUBSCRIBE = {"th": "เลิกรับข้อความประเภทนี้ทางอีเมล", "en": "Stop these emails"}


def _html(message: Outgoing) -> str:
    link = (
        f'<p><a href="{escape(message.link)}">{escape(message.link)}</a></p>'
        if message.link
        else ""
    )
    return (
        f'<!doctype html><html lang="{escape(message.language)}"><body>'
        f"<h1>{escape(message.title)}</h1><p>{escape(message.body)}</p>{link}"
        f'<p><small><a href="{escape(message.unsubscribe)}">{_UNSUBSCRIBE[message.language]}'
        "</a></small></p>"
        "</body></html>"
    )
