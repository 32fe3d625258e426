"""What a report covers: its Thai days, its area and its program, checked."""

from datetime import date, timedelta

from sqlalchemy import Connection

from thungngoen.circulation import queries
from thungngoen.circulation.areas import Area
from thungngoen.circulation.errors import InvalidPeriod
from thungngoen.circulation.queries import Scope
from thungngoen.thai import thai_today
from thungngoen.wallet import Program, get_program, program_by_code


def scope_for(
    connection: Connection,
    first: date | None,
    last: date | None,
    area: Area,
    program: str | None,
) -> tuple[Scope, str | None]:
    """The report's scope, and the program's code (``None``: all coin). The period
    defaults to the days the rollups hold (today if they hold none)."""
    found = _program(connection, program)
    if first is None or last is None:
        held = queries.data_days(connection)
        today = thai_today()
        first = first or (held[0] if held else today)
        last = last or (held[1] if held else today)
    if first > last:
        raise InvalidPeriod(f"the period starts ({first}) after it ends ({last})")
    grain = "month" if whole_months(first, last) else "day"
    if found is None:
        return Scope(first, last, area, 0, False, grain), None
    return Scope(first, last, area, found.id, found.kind == "event", grain), found.code


def whole_months(first: date, last: date) -> bool:
    """``first``…``last`` is whole calendar months (the monthly rollup rows answer it)."""
    return first.day == 1 and (last + timedelta(days=1)).day == 1


def _program(connection: Connection, program: str | None) -> Program | None:
    if program is None or not program.strip():
        return None
    program = program.strip()
    if program.isdigit():
        return get_program(connection, int(program))
    return program_by_code(connection, program)
