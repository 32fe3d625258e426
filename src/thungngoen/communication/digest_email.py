"""A digest as an email: every section with its lines, as an HTML page and as text, in
the reader's language; the links absolute, the one-click unsubscribe at the foot (the
digest is ``news``: switching news off by email stops the digest emails)."""

from dataclasses import replace
from html import escape

from sqlalchemy import Connection, Engine

from thungngoen import notify
from thungngoen.communication.channels.base import Outgoing
from thungngoen.communication.delivery import Claimed
from thungngoen.communication.digests import digest_of
from thungngoen.communication.errors import UnknownDigest
from thungngoen.communication.notifications import DIGEST
from thungngoen.db import read_transaction

_FOOT = {
    "th": ("อ่านในแอป", "เลิกรับข่าวสารทางอีเมล"),
    "en": ("Read it in the app", "Stop these emails"),
}


def whole_digest(
    engine: Engine, channel: str, delivery: Claimed, message: Outgoing, public_url: str
) -> Outgoing:
    """The email of a digest carries it whole (its short form if it cannot be read); other
    messages and channels as they are."""
    if delivery.kind != DIGEST.code or channel != "email":
        return message
    try:
        with read_transaction(engine) as connection:
            digest_id = int(delivery.data["digest"])
            return with_digest(connection, message, delivery.user_id, digest_id, public_url)
    except UnknownDigest:
        return message


def with_digest(
    connection: Connection, message: Outgoing, user_id: int, digest_id: int, public_url: str
) -> Outgoing:
    """``message`` with the whole digest as its HTML and text parts."""
    digest = digest_of(connection, user_id, digest_id)
    language = notify.language_named(message.language)
    sections = notify.render_digest(digest.content, language)
    read, stop = _FOOT[language]
    html = [
        f'<!doctype html><html lang="{language}"><head><meta charset="utf-8">',
        f"<title>{escape(message.title)}</title></head><body>",
        f"<h1>{escape(message.title)}</h1>",
    ]
    text = [message.title, ""]
    for section in sections:
        html.append(f"<h2>{escape(section.title)}</h2><ul>")
        text.append(section.title)
        for line in section.lines:
            shown = escape(line.text)
            if line.link:
                href = escape(public_url + line.link)
                shown = f'<a href="{href}">{shown}</a>'
            html.append(f"<li>{shown}</li>")
            text.append(f"- {line.text}")
        html.append("</ul>")
        text.append("")
    html.append(f'<p><a href="{escape(message.link)}">{read}</a></p>')
    html.append(f'<p><small><a href="{escape(message.unsubscribe)}">{stop}</a></small></p>')
    html.append("</body></html>")
    text.append(f"{read}: {message.link}")
    return replace(message, html="".join(html), plain="\n".join(text))
