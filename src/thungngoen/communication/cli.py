"""``thungngoen notify …``: the notifications from the operator's desk — the kinds the
areas declare, and a person's inbox (read only: the desk marks nothing read)."""

from typing import Annotated

import typer
from rich.table import Table

from thungngoen import communication, notify
from thungngoen.auth.users import find_by_phone
from thungngoen.communication.errors import UnknownPerson
from thungngoen.db import read_transaction
from thungngoen.terminal import DatabaseUrl, console, engine_for, fail_on_rejection
from thungngoen.thai import normalize_phone

app = typer.Typer(help="Notifications: declared kinds, a person's inbox.", no_args_is_help=True)


@app.command("kinds")
def kinds() -> None:
    """Every notification kind, with its category and whether it can be switched off."""
    table = Table("kind", "category", "mandatory", "urgent", "title (th)")
    for kind in sorted(notify.all_kinds().values(), key=lambda k: k.code):
        table.add_row(
            kind.code, kind.category, _yes(kind.mandatory), _yes(kind.urgent), kind.th.title
        )
    console.print(table)


@app.command("inbox")
@fail_on_rejection
def inbox(
    phone: Annotated[str, typer.Argument(help="The person's phone number.")],
    lang: Annotated[str, typer.Option(help="th or en.")] = "th",
    database_url: DatabaseUrl = None,
) -> None:
    """A person's latest notifications, newest first (marks nothing read)."""
    language = notify.language_named(lang)
    with read_transaction(engine_for(database_url)) as connection:
        user = find_by_phone(connection, normalize_phone(phone))
        if user is None:
            raise UnknownPerson("no one has this phone number")
        messages = communication.inbox(connection, user.id, language)
        unread = communication.unread_count(connection, user.id)
    table = Table("#", "when", "title", "body", "read", title=f"{user.name}: {unread} unread")
    for message in messages:
        read = "" if message.read_at is None else message.read_at.isoformat(timespec="minutes")
        table.add_row(
            str(message.id),
            message.created_at.isoformat(timespec="minutes"),
            message.title,
            message.body,
            read,
        )
    console.print(table)


def _yes(flag: bool) -> str:
    return "yes" if flag else ""
