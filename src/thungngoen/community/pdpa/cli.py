"""``thungngoen data pdpa …``: the PDPA registers from the shell — requests (and the
overdue ones), breaches with their clock, notice versions, the reads log, and the access
copy of a person written to a file (a logged read, reader ``cli``)."""

from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from thungngoen.clock import utc_now
from thungngoen.community.pdpa import copy, notices, pdf, reads_log, requests
from thungngoen.community.pdpa.cli_breaches import (
    ACTOR,
    Moment,
    breach_add,
    breach_notify,
    list_breaches,
    moment,
)
from thungngoen.db import read_transaction, write_transaction
from thungngoen.terminal import DatabaseUrl, console, engine_for, fail_on_rejection

app = typer.Typer(help="PDPA registers: data-subject requests, breaches, privacy notices.")


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


app.command("breaches")(list_breaches)
app.command("breach-add")(breach_add)
app.command("breach-notify")(breach_notify)
