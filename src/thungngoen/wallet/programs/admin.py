"""The operator's side of programs: create one, change its terms, deactivate it, list them.
Every change is audited with the program's terms before and after."""

import dataclasses
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from thungngoen import audit
from thungngoen.clock import utc_now
from thungngoen.registry.places import tambon
from thungngoen.wallet import book
from thungngoen.wallet.people import MERCHANT_CATEGORIES
from thungngoen.wallet.programs.errors import DuplicateProgram, InvalidProgram, UnknownProgram
from thungngoen.wallet.programs.tables import (
    PROGRAM_KINDS,
    Program,
    event_participants,
    program_from_row,
    programs,
)


@dataclass(frozen=True, slots=True)
class ProgramTerms:
    """Everything about a program that the operator may change (not its code or kind)."""

    name: str
    valid_from: datetime
    valid_until: datetime | None = None
    allowed_tambons: tuple[str, ...] = ()
    excluded_categories: tuple[str, ...] = ()
    daily_limit: int | None = None
    monthly_limit: int | None = None
    fund_code: str | None = None
    allowance: int | None = None


def create_program(
    connection: Connection, *, code: str, kind: str, terms: ProgramTerms, actor: str
) -> Program:
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,39}", code):
        raise InvalidProgram("a program code is 1-40 lowercase letters, digits or dashes")
    if kind not in PROGRAM_KINDS:
        raise InvalidProgram(f"a program's kind is one of {', '.join(PROGRAM_KINDS)}")
    values = _validated(kind, terms)
    if connection.execute(select(programs.c.id).where(programs.c.code == code)).first():
        raise DuplicateProgram(f"a program with code {code!r} exists")
    now = utc_now()
    row = {**values, "code": code, "kind": kind, "active": 1, "created_at": now, "updated_at": now}
    program_id = connection.execute(insert(programs).returning(programs.c.id), row).scalar_one()
    program = get_program(connection, program_id)
    audit.record(
        connection,
        actor=actor,
        action="program.create",
        subject_type="program",
        subject_id=program_id,
        after=_audited(program),
    )
    return program


def update_program(
    connection: Connection, program_id: int, terms: ProgramTerms, *, actor: str
) -> Program:
    """Replace a program's terms. An event's fund and allowance are fixed once anyone is
    registered (the allowances paid must return to the fund they came from)."""
    before = get_program(connection, program_id, lock=True)
    if before.closed_at is not None:
        raise InvalidProgram(f"event {before.name} is closed")
    values = _validated(before.kind, terms)
    registered = select(event_participants.c.id).where(
        event_participants.c.program_id == program_id
    )
    money_changed = (before.fund_code, before.allowance) != (terms.fund_code, terms.allowance)
    if money_changed and connection.execute(registered.limit(1)).first():
        raise InvalidProgram("an event's fund and allowance are fixed once people are registered")
    return _change(connection, before, {**values, "updated_at": utc_now()}, "update", actor)


def deactivate_program(connection: Connection, program_id: int, *, actor: str) -> Program:
    before = get_program(connection, program_id, lock=True)
    if not before.active:
        return before
    return _change(connection, before, {"active": 0, "updated_at": utc_now()}, "deactivate", actor)


def get_program(connection: Connection, program_id: int, lock: bool = False) -> Program:
    query = select(programs).where(programs.c.id == program_id)
    row = connection.execute(query.with_for_update() if lock else query).first()
    if row is None:
        raise UnknownProgram(f"program {program_id} does not exist")
    return program_from_row(row)


def program_by_code(connection: Connection, code: str) -> Program:
    row = connection.execute(select(programs).where(programs.c.code == code)).first()
    if row is None:
        raise UnknownProgram(f"no program with code {code!r}")
    return program_from_row(row)


def list_programs(
    connection: Connection, *, kind: str | None = None, active_only: bool = False
) -> list[Program]:
    query = select(programs).order_by(programs.c.id)
    if kind is not None:
        query = query.where(programs.c.kind == kind)
    if active_only:
        query = query.where(programs.c.active == 1)
    return [program_from_row(row) for row in connection.execute(query)]


def _validated(kind: str, terms: ProgramTerms) -> dict[str, Any]:
    if not terms.name.strip() or len(terms.name) > 200:
        raise InvalidProgram("a program needs a name of up to 200 characters")
    for place in terms.allowed_tambons:
        tambon(place)
    unknown = set(terms.excluded_categories) - set(MERCHANT_CATEGORIES)
    if unknown:
        raise InvalidProgram(f"unknown merchant categories: {', '.join(sorted(unknown))}")
    limits = (terms.daily_limit, terms.monthly_limit)
    if any(limit is not None and not _positive(limit) for limit in limits):
        raise InvalidProgram("a spending limit is a positive number of satang")
    if terms.valid_until is not None and terms.valid_until <= terms.valid_from:
        raise InvalidProgram("a program must end after it starts")
    if kind == "event":
        if terms.valid_until is None or terms.fund_code not in book.COMMUNITY_FUNDS:
            raise InvalidProgram(
                f"an event needs an expiry and a fund: one of {', '.join(book.COMMUNITY_FUNDS)}"
            )
        if terms.allowance is None or not _positive(terms.allowance):
            raise InvalidProgram("an event needs a positive allowance per participant")
    elif terms.fund_code is not None or terms.allowance is not None:
        raise InvalidProgram("only an event has a fund and an allowance")
    values = dataclasses.asdict(terms)
    values["name"] = terms.name.strip()
    values["allowed_tambons"] = sorted(set(terms.allowed_tambons))
    values["excluded_categories"] = sorted(set(terms.excluded_categories))
    return values


def _positive(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _change(
    connection: Connection, before: Program, values: dict[str, Any], verb: str, actor: str
) -> Program:
    connection.execute(update(programs).where(programs.c.id == before.id).values(**values))
    after = get_program(connection, before.id)
    audit.record(
        connection,
        actor=actor,
        action=f"program.{verb}",
        subject_type="program",
        subject_id=before.id,
        before=_audited(before),
        after=_audited(after),
    )
    return after


def _audited(program: Program) -> dict[str, Any]:
    return {key: value for key, value in dataclasses.asdict(program).items() if key != "id"}
