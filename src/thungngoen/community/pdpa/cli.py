"""``thungngoen data pdpa …``: the PDPA registers from the shell — requests (and the
overdue ones), breaches with their clock, notice versions, the reads log, and the access
copy of a person written to a file (a logged read, reader ``cli``)."""

from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from thungngoen.clock import utc_now
from thungngoen.community.pdpa import breaches, copy, notices, pdf, reads_log, requests
from thungngoen.db import read_transaction, write_transaction
from thungngoen.terminal import DatabaseUrl, console, engine_for, fail_on_rejection

app = typer.Typer(help="PDPA registers: data-subject requests, breaches, privacy notices.")
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


@app.command("requests")
@fail_on_rejection
def list_requests(
    overdue: Annotated[bool, typer.Option(help="Only the overdue ones.")] = False,
    database_url: DatabaseUrl = None,
) -> None:
    """Data-subject requests, open ones first by deadline; overdue ones flagged."""
    now = utc_now()
    with read_transaction(engine_for(database_url)) as connection:
        found = requests.list_requests(connection, now=now, overdue_only=overdue)
    table = Table("id", "person", "kind", "received", "due", "status", "overdue")
    for row in found:
        table.add_row(
            str(row.id), str(row.person_id), row.kind, f"{row.received_at:%Y-%m-%d}",
            f"{row.due_at:%Y-%m-%d}", row.status, "OVERDUE" if row.overdue(now) else "",
        )  # fmt: skip
    console.print(table)
    console.print(f"{sum(row.overdue(now) for row in found)} overdue")


@app.command("request-add")
@fail_on_rejection
def request_add(
    person: Annotated[int, typer.Option(help="The person's id.")],
    kind: Annotated[str, typer.Option(help="access|correction|erasure|objection|restriction")],
    detail: str = "",
    received_at: Moment = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Register a request received (by default now); it is due 30 days later."""
    now = utc_now()
    at = moment(received_at, now)
    made = write_transaction(
        engine_for(database_url),
        lambda c: requests.receive_request(
            c, person, kind=kind, detail=detail, received_at=at, actor=ACTOR, at=now
        ),
    )
    console.print(f"[green]request {made.id} received, due {made.due_at:%Y-%m-%d}[/green]")


@app.command("request-move")
@fail_on_rejection
def request_move(
    request_id: int,
    status: Annotated[str, typer.Option(help="in_progress|done|refused")],
    reason: str = "",
    database_url: DatabaseUrl = None,
) -> None:
    """The next step of a request; ``done`` on an erasure erases the person."""
    at = utc_now()
    moved = write_transaction(
        engine_for(database_url),
        lambda c: requests.move_request(
            c, request_id, status=status, reason=reason, actor=ACTOR, at=at
        ),
    )
    console.print(f"[green]request {moved.id} is {moved.status}[/green]")


@app.command("breaches")
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


@app.command("breach-add")
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


@app.command("breach-notify")
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


@app.command("notice-publish")
@fail_on_rejection
def notice_publish(
    version: Annotated[str, typer.Option()],
    effective_on: Annotated[str, typer.Option(help="YYYY-MM-DD")],
    thai: Annotated[Path, typer.Option(help="A UTF-8 file with the Thai text.")],
    english: Annotated[Path, typer.Option(help="A UTF-8 file with the English text.")],
    database_url: DatabaseUrl = None,
) -> None:
    """Publish a new privacy-notice version (never replacing one published)."""
    at = utc_now()
    day = date.fromisoformat(effective_on)
    text_th, text_en = thai.read_text(encoding="utf-8"), english.read_text(encoding="utf-8")
    write_transaction(
        engine_for(database_url),
        lambda c: notices.publish_notice(
            c, version=version, effective_on=day, text_th=text_th, text_en=text_en,
            actor=ACTOR, at=at,
        ),
    )  # fmt: skip
    console.print(f"[green]privacy notice {version} published, in force from {day}[/green]")


@app.command("copy")
@fail_on_rejection
def access_copy(
    person: Annotated[int, typer.Option(help="The person's id.")],
    out: Annotated[Path, typer.Option(help="The file to write: .pdf or .json.")],
    database_url: DatabaseUrl = None,
) -> None:
    """The person's access copy (PDPA s.30) to a file; the read is logged."""
    if out.suffix not in (".pdf", ".json"):
        raise ValueError("the copy is written as .pdf or .json")
    at = utc_now()
    held = write_transaction(
        engine_for(database_url), lambda c: copy.access_copy(c, person, reader=ACTOR, at=at)
    )
    if out.suffix == ".pdf":
        out.write_bytes(pdf.copy_pdf(held))
    else:
        out.write_text(copy.copy_json(held), encoding="utf-8")
    console.print(f"[green]access copy of person {person} written to {out}[/green]")


@app.command("reads")
@fail_on_rejection
def reads(
    person: Annotated[int | None, typer.Option(help="Only this person's record.")] = None,
    reader: Annotated[str, typer.Option(help="Only this reader (user:12, cli).")] = "",
    since: Moment = None,
    until: Moment = None,
    database_url: DatabaseUrl = None,
) -> None:
    """The log of reads of personal data, newest first."""
    with read_transaction(engine_for(database_url)) as connection:
        found = reads_log.all_reads(
            connection, person_id=person, reader=reader,
            since=moment(since) if since else None, until=moment(until) if until else None,
        )  # fmt: skip
    table = Table("when", "person", "reader", "what", "purpose")
    for row in found:
        table.add_row(
            f"{row.read_at:%Y-%m-%d %H:%M}", str(row.person_id), row.reader, row.what, row.purpose
        )
    console.print(table)
