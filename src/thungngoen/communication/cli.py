"""``thungngoen notify …``: the notifications from the operator's desk — the kinds the
areas declare, and a person's inbox (read only: the desk marks nothing read)."""

import threading
from typing import Annotated

import typer
from rich.table import Table
from sqlalchemy import Connection

from thungngoen import communication, notify
from thungngoen.auth.users import User, find_by_phone
from thungngoen.clock import utc_now
from thungngoen.communication import channels, digest_cli
from thungngoen.communication.access import CLI_ACTOR
from thungngoen.communication.cli_push import push_devices
from thungngoen.communication.delivery import retry_dead
from thungngoen.communication.errors import UnknownPerson
from thungngoen.communication.log import delivery_log
from thungngoen.communication.preferences import set_address
from thungngoen.config import get_settings
from thungngoen.db import read_transaction, write_transaction
from thungngoen.terminal import DatabaseUrl, console, engine_for, fail_on_rejection
from thungngoen.thai import normalize_phone

app = typer.Typer(help="Notifications: declared kinds, a person's inbox.", no_args_is_help=True)
app.command("devices")(push_devices)


@app.command("kinds")
def kinds() -> None:
    """Every notification kind, with its category and whether it can be switched off."""
    table = Table("kind", "category", "mandatory", "urgent", "title (th)")
    for kind in sorted(notify.all_kinds().values(), key=lambda k: k.code):
        table.add_row(
            kind.code, kind.category, _yes(kind.mandatory), _yes(kind.urgent), kind.th.title
        )
    console.print(table)


@app.command("scheduled")
def scheduled(
    run: Annotated[bool, typer.Option(help="Run every job now (each tells once).")] = False,
    database_url: DatabaseUrl = None,
) -> None:
    """The jobs that raise notifications by time (reminders, digests), and how often."""
    jobs = notify.all_scheduled()
    table = Table("job", "every")
    for job in jobs:
        table.add_row(job.name, str(job.every))
    console.print(table)
    if run:
        raised = communication.run_scheduled(engine_for(database_url), jobs, utc_now())
        console.print(f"{raised} notifications raised")


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
        user = _person(connection, phone)
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


@app.command("address")
@fail_on_rejection
def address(
    phone: Annotated[str, typer.Argument(help="The person's phone number.")],
    channel: Annotated[str, typer.Argument(help="email, line or sms.")],
    where: Annotated[str, typer.Argument(help="The address on that channel.")],
    database_url: DatabaseUrl = None,
) -> None:
    """Record where a person is reached on a channel."""

    def record(connection: Connection) -> None:
        user = _person(connection, phone)
        set_address(connection, user.id, channel, where, utc_now())

    write_transaction(engine_for(database_url), record)
    console.print(f"[green]{channel}: {where}[/green]")


@app.command("work")
def work(
    once: Annotated[bool, typer.Option(help="One round, then stop.")] = False,
    database_url: DatabaseUrl = None,
) -> None:
    """Deliver notifications on the configured channels (until stopped)."""
    settings = get_settings()
    engine = engine_for(database_url)
    sending = channels.configured(settings, engine)
    if once:
        sent = communication.run_round(engine, sending, settings.public_url)
        console.print(f"{sent} deliveries attempted on {[c.name for c in sending]}")
        return
    worker = communication.Worker(engine, sending, settings.public_url)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        worker.close()


@app.command("deliveries")
def deliveries(
    status: Annotated[str | None, typer.Option(help="queued, sending, sent or dead.")] = None,
    database_url: DatabaseUrl = None,
) -> None:
    """The latest deliveries and their status (the dead ones with their reason)."""
    with read_transaction(engine_for(database_url)) as connection:
        found = delivery_log(connection, status=status)
    table = Table("#", "channel", "to", "status", "tries", "due", "error")
    for row in found:
        table.add_row(
            str(row.id),
            row.channel,
            row.address,
            row.status,
            str(row.attempts),
            row.due_at.isoformat(timespec="minutes"),
            row.last_error or "",
        )
    console.print(table)


@app.command("retry")
@fail_on_rejection
def retry(
    delivery_id: Annotated[int, typer.Argument(help="A dead delivery's number.")],
    database_url: DatabaseUrl = None,
) -> None:
    """Send a dead delivery again."""
    write_transaction(
        engine_for(database_url), lambda c: retry_dead(c, delivery_id, utc_now(), CLI_ACTOR)
    )
    console.print(f"[green]delivery {delivery_id} queued again[/green]")


def _person(connection: Connection, phone: str) -> User:
    user = find_by_phone(connection, normalize_phone(phone))
    if user is None:
        raise UnknownPerson("no one has this phone number")
    return user


def _yes(flag: bool) -> str:
    return "yes" if flag else ""


app.command("digest")(digest_cli.digest)
app.command("digest-choice")(digest_cli.choice)
