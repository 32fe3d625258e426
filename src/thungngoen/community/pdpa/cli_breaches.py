"""``thungngoen data pdpa breaches|breach-add|breach-notify`` (registered by ``pdpa.cli``):
the breach register with its 72-hour clock; and how the commands read a moment."""

from datetime import datetime, timedelta, timezone
from typing import Annotated

import typer
from rich.table import Table

from thungngoen.clock import utc_now
from thungngoen.community.pdpa import breaches
from thungngoen.db import read_transaction, write_transaction
from thungngoen.terminal import DatabaseUrl, console, engine_for, fail_on_rejection

ACTOR = "cli"
BANGKOK = timezone(timedelta(hours=7))
Moment = Annotated[str | None, typer.Option(help="ISO time; without an offset: Bangkok time.")]


def moment(text: str | None, default: datetime | None = None) -> datetime:
    """An ISO moment (Bangkok time when no offset is given); ``default`` (or now) when
    ``None``."""
    if text is None:
        return default or utc_now()
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=BANGKOK)


@fail_on_rejection
def list_breaches(database_url: DatabaseUrl = None) -> None:
    """Breaches with the 72-hour clock to notify the office (PDPC)."""
    now = utc_now()
    with read_transaction(engine_for(database_url)) as connection:
        found = breaches.list_breaches(connection)
    table = Table("id", "discovered", "risk", "people", "hours left", "office", "people told")
    for row in found:
        left = row.hours_left(now)
        clock = "notified" if left is None else ("OVERDUE" if left < 0 else str(left))
        table.add_row(
            str(row.id), f"{row.discovered_at:%Y-%m-%d %H:%M}", row.risk,
            str(row.people_affected), clock, str(row.office_notified_at or ""),
            str(row.people_notified_at or ""),
        )  # fmt: skip
    console.print(table)


@fail_on_rejection
def breach_add(
    description: Annotated[str, typer.Option()],
    data: Annotated[str, typer.Option(help="The personal data affected.")],
    people: Annotated[int, typer.Option(help="How many people are affected.")],
    risk: Annotated[str, typer.Option(help="low|high")],
    discovered_at: Moment = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Record a breach; the 72-hour clock runs from when it was discovered."""
    at = utc_now()
    found = moment(discovered_at, at)
    made = write_transaction(
        engine_for(database_url),
        lambda c: breaches.add_breach(
            c, discovered_at=found, description=description, data_affected=data,
            people_affected=people, risk=risk, actor=ACTOR, at=at,
        ),
    )  # fmt: skip
    console.print(
        f"[green]breach {made.id}: notify the office by {made.deadline:%Y-%m-%d %H:%M} UTC"
    )


@fail_on_rejection
def breach_notify(
    breach_id: int,
    whom: Annotated[str, typer.Option(help="office|people")],
    notified_at: Moment = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Record that the office or the people affected were notified."""
    at = utc_now()
    when = moment(notified_at, at)
    write_transaction(
        engine_for(database_url),
        lambda c: breaches.notify_breach(
            c, breach_id, whom=whom, notified_at=when, actor=ACTOR, at=at
        ),
    )
    console.print(f"[green]breach {breach_id}: {whom} notification recorded[/green]")
