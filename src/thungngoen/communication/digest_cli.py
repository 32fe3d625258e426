"""``thungngoen notify digest`` and ``notify digest-choice``: a person's digest from the
operator's desk — printed, told at once, or how often it comes."""

from typing import Annotated

import typer
from sqlalchemy import Connection

from thungngoen import notify
from thungngoen.auth.users import User, find_by_phone
from thungngoen.clock import utc_now
from thungngoen.communication import digests
from thungngoen.communication.errors import BadDigestFrequency, UnknownPerson
from thungngoen.communication.preferences import preferences_of, set_settings
from thungngoen.db import read_transaction, write_transaction
from thungngoen.terminal import DatabaseUrl, console, engine_for, fail_on_rejection
from thungngoen.thai import normalize_phone

Phone = Annotated[str, typer.Argument(help="The person's phone number.")]


def _person(connection: Connection, phone: str) -> User:
    user = find_by_phone(connection, normalize_phone(phone))
    if user is None:
        raise UnknownPerson("no one has this phone number")
    return user


@fail_on_rejection
def digest(
    phone: Phone,
    period: Annotated[str, typer.Option(help="weekly or monthly.")] = "weekly",
    lang: Annotated[str, typer.Option(help="th or en.")] = "th",
    send: Annotated[bool, typer.Option(help="Tell it now (inbox, then channels).")] = False,
    database_url: DatabaseUrl = None,
) -> None:
    """A person's digest of this week (or month) so far; ``--send`` tells it now."""
    if period not in digests.JOB_FREQUENCIES:
        raise BadDigestFrequency("a digest covers a week (weekly) or a month (monthly)")
    language = notify.language_named(lang)
    engine = engine_for(database_url)
    now = utc_now()
    with read_transaction(engine) as connection:
        user = _person(connection, phone)
        made = digests.preview(connection, user.id, period, now)
    console.print(f"[bold]{user.name}[/bold] {made.first_day} – {made.last_day} (Thai days)")
    for section in notify.render_digest(made.content, language):
        console.print(f"[bold]{section.title}[/bold]")
        for line in section.lines:
            console.print(f"  {line.text}")
    if not made.content:
        console.print("nothing to tell")
    if send:
        told = write_transaction(engine, lambda c: digests.send_now(c, user.id, period, now))
        console.print(f"[green]{told} digest(s) told[/green]")


@fail_on_rejection
def choice(
    phone: Phone,
    every: Annotated[str | None, typer.Argument(help="weekly, monthly or never.")] = None,
    database_url: DatabaseUrl = None,
) -> None:
    """How often a person's digest comes; with ``EVERY``, change it."""

    def chosen(connection: Connection) -> str:
        user = _person(connection, phone)
        found = preferences_of(connection, user.id)
        if every is not None:
            set_settings(connection, user.id, found.language, found.quiet_hours, every)
        return every or found.digest

    console.print(f"digest: {write_transaction(engine_for(database_url), chosen)}")
