"""``thungngoen savings meetings …``: a group's meetings ahead from the shell (the
operator's, as ``cli``); and ``thungngoen savings leave``, a member leaving their group.
Days are written ``2026-12-10``, times ``09:30`` (Thai time)."""

from datetime import date, time
from typing import Annotated

import typer
from rich.table import Table
from sqlalchemy import Connection

from thungngoen import savings
from thungngoen.db import read_transaction, write_transaction
from thungngoen.savings.errors import UnknownSavingsMember
from thungngoen.savings.meeting_rules import typed_time
from thungngoen.terminal import DatabaseUrl, console, engine_for, fail_on_rejection
from thungngoen.web.form_values import typed_day

app = typer.Typer(help="A savings group's meetings ahead: plan, move, cancel, list.")
ACTOR = "cli"
On = Annotated[str, typer.Option("--on", help="The day, YYYY-MM-DD.")]
At = Annotated[str, typer.Option("--at", help="Thai time, HH:MM.")]
Place = Annotated[str, typer.Option(help="Where the group meets.")]


def _day(text: str) -> date:
    found = typed_day(text)
    if found is None:
        raise typer.BadParameter("a day is written YYYY-MM-DD", param_hint="--on")
    return found


def _time(text: str) -> time:
    found = typed_time(text)
    if found is None:
        raise typer.BadParameter("a time is written HH:MM, like 09:30", param_hint="--at")
    return found


def _print(meetings: list[savings.PlannedMeeting]) -> None:
    table = Table("no.", "day", "time", "place")
    for meeting in meetings:
        table.add_row(
            str(meeting.id),
            meeting.meets_on.isoformat(),
            f"{meeting.starts_at:%H:%M}",
            meeting.place,
        )
    console.print(table)


@app.command("list")
@fail_on_rejection
def list_ahead(group: str, database_url: DatabaseUrl = None) -> None:
    """The meetings ahead of the group with code GROUP."""
    today = savings.thai_today()
    with read_transaction(engine_for(database_url)) as connection:
        found = savings.group_by_code(connection, group)
        _print(savings.meetings_ahead(connection, found.id, today))


@app.command("plan")
@fail_on_rejection
def plan(group: str, on: On, at: At, place: Place, database_url: DatabaseUrl = None) -> None:
    """Plan one meeting of GROUP."""
    meets_on, starts_at, today = _day(on), _time(at), savings.thai_today()
    planned = write_transaction(
        engine_for(database_url),
        lambda c: savings.plan_meeting(
            c,
            savings.group_by_code(c, group).id,
            meets_on=meets_on,
            starts_at=starts_at,
            place=place,
            today=today,
            actor=ACTOR,
        ),
    )
    _print([planned])


@app.command("monthly")
@fail_on_rejection
def monthly(
    group: str,
    day: Annotated[int, typer.Option(help="Day of the month, 1 to 28.")],
    at: At,
    place: Place,
    months: Annotated[int, typer.Option(help="How many months, 1 to 12.")] = 12,
    database_url: DatabaseUrl = None,
) -> None:
    """Plan GROUP's meeting on DAY of each of the next months (a planned day is kept)."""
    starts_at, today = _time(at), savings.thai_today()
    planned = write_transaction(
        engine_for(database_url),
        lambda c: savings.plan_monthly(
            c,
            savings.group_by_code(c, group).id,
            day=day,
            months=months,
            starts_at=starts_at,
            place=place,
            today=today,
            actor=ACTOR,
        ),
    )
    _print(planned)


@app.command("move")
@fail_on_rejection
def move(meeting: int, on: On, at: At, place: Place, database_url: DatabaseUrl = None) -> None:
    """Move the meeting numbered MEETING (see list) to another day, time or place."""
    meets_on, starts_at, today = _day(on), _time(at), savings.thai_today()
    moved = write_transaction(
        engine_for(database_url),
        lambda c: savings.change_meeting(
            c,
            meeting,
            meets_on=meets_on,
            starts_at=starts_at,
            place=place,
            today=today,
            actor=ACTOR,
        ),
    )
    _print([moved])


@app.command("cancel")
@fail_on_rejection
def cancel(meeting: int, database_url: DatabaseUrl = None) -> None:
    """Cancel the meeting numbered MEETING."""
    today = savings.thai_today()
    write_transaction(
        engine_for(database_url),
        lambda c: savings.cancel_meeting(c, meeting, today=today, actor=ACTOR),
    )
    console.print(f"meeting {meeting} cancelled")


@fail_on_rejection
def leave(group: str, number: int, on: On, database_url: DatabaseUrl = None) -> None:
    """Member NUMBER of GROUP left the group ON that day: their reminders stop."""
    left_on = _day(on)

    def work(connection: Connection) -> savings.SavingsMember:
        found = savings.group_by_code(connection, group)
        members = savings.list_members(connection, found.id)
        member = next((m for m in members if m.number == number), None)
        if member is None:
            raise UnknownSavingsMember(f"{group} has no member no. {number}")
        return savings.leave_group(connection, found.id, member.id, left_on=left_on, actor=ACTOR)

    member = write_transaction(engine_for(database_url), work)
    console.print(f"{member.name} left {group} on {left_on}")
