"""What the program pages read beyond the operations' own answers: who the participants
are, which shops take an event's allowance, and which shops could (read only)."""

from dataclasses import dataclass

from sqlalchemy import Connection, select

from thungngoen.registry.places import tambons
from thungngoen.wallet import programs
from thungngoen.wallet.people import member_names
from thungngoen.wallet.programs.tables import event_merchants
from thungngoen.wallet.tables import merchants


@dataclass(frozen=True, slots=True)
class ProgramView:
    program: programs.Program
    area_names: list[str]
    participants: list[tuple[programs.Participant, str]]
    """Each participant with the member's name."""
    event_shops: list[tuple[int, str]]
    """(merchant id, business name) of the shops that take the event's allowance."""
    approved_shops: list[tuple[int, str]]


def area_names(program: programs.Program) -> list[str]:
    places = tambons()
    return [places[code].name if code in places else code for code in program.allowed_tambons]


def program_view(connection: Connection, program_id: int) -> ProgramView:
    program = programs.get_program(connection, program_id)
    if program.kind != "event":
        return ProgramView(program, area_names(program), [], [], [])
    joined = programs.participants(connection, program_id)
    names = member_names(connection, [participant.member_id for participant in joined])
    listed = connection.execute(
        select(merchants.c.id, merchants.c.business_name)
        .join(event_merchants, event_merchants.c.merchant_id == merchants.c.id)
        .where(event_merchants.c.program_id == program_id)
        .order_by(merchants.c.business_name)
    ).all()
    approved = connection.execute(
        select(merchants.c.id, merchants.c.business_name)
        .where(merchants.c.status == "approved")
        .order_by(merchants.c.business_name)
    ).all()
    return ProgramView(
        program,
        area_names(program),
        [(participant, names.get(participant.member_id, "")) for participant in joined],
        [(row.id, row.business_name) for row in listed],
        [(row.id, row.business_name) for row in approved],
    )
