"""Programs: the operator runs sandboxes and events (staff may list them); a participant
sees their allowances and pays an event merchant from one. A payment a program refuses
comes back as 422 with the error's ``rule`` and ``program``."""

from fastapi import APIRouter
from pydantic import AwareDatetime, BaseModel, Field

from thungngoen.auth.guard import with_pin
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction, write_transaction
from thungngoen.wallet import programs
from thungngoen.wallet.api.schemas import (
    AllowancePayment,
    ClosingOut,
    EventMerchant,
    ParticipantIn,
    ParticipantOut,
    PaymentOut,
    ProgramCreate,
    ProgramTermsIn,
)
from thungngoen.wallet.people import member_for_user
from thungngoen.web.api_fields import Id
from thungngoen.web.deps import EngineDep, IdempotencyKey, MemberUser, OperatorUser, StaffUser

router = APIRouter(prefix="/api/v1", tags=["programs"])


# ``ProgramOut`` and ``AllowanceOut`` are defined here, not in ``api.schemas``: the
# OpenAPI document names ``ProgramOut`` by this module (circulation has a ``ProgramOut``
# too), so the class must stay where it is for the document to stay the same.


class ProgramOut(BaseModel):
    """The terms as ``ProgramTermsIn`` names them, then the program's own fields (an answer,
    so not the strict request base)."""

    name: str
    valid_from: AwareDatetime
    valid_until: AwareDatetime | None = Field(None, description="Exclusive end; an event's expiry.")
    allowed_tambons: list[str] = Field([], description="Sub-district codes; empty: anywhere.")
    excluded_categories: list[str] = []
    daily_limit_satang: int | None = Field(None, description="Per member, per Thai day.")
    monthly_limit_satang: int | None = Field(None, description="Per member, per Thai month.")
    fund_code: str | None = Field(None, description="Event: the community fund paying it.")
    allowance_satang: int | None = Field(None, description="Event: credited per participant.")
    program_id: int
    code: str
    kind: str
    active: bool
    closed_at: AwareDatetime | None

    @classmethod
    def of(cls, program: programs.Program) -> "ProgramOut":
        same = {key: getattr(program, key) for key in cls.model_fields if hasattr(program, key)}
        return cls(
            **same,
            program_id=program.id,
            daily_limit_satang=program.daily_limit,
            monthly_limit_satang=program.monthly_limit,
            allowance_satang=program.allowance,
        )


class AllowanceOut(BaseModel):
    program: ProgramOut
    allowance_satang: int
    balance_satang: int
    spendable: bool


@router.post("/programs", status_code=201)
def create_program(body: ProgramCreate, user: OperatorUser, engine: EngineDep) -> ProgramOut:
    program = write_transaction(
        engine,
        lambda c: programs.create_program(
            c, code=body.code, kind=body.kind, terms=body.terms(), actor=f"user:{user.id}"
        ),
    )
    return ProgramOut.of(program)


@router.get("/programs")
def list_programs(
    user: StaffUser, engine: EngineDep, kind: str | None = None, active_only: bool = False
) -> list[ProgramOut]:
    with read_transaction(engine) as connection:
        found = programs.list_programs(connection, kind=kind, active_only=active_only)
    return [ProgramOut.of(program) for program in found]


@router.put("/programs/{program_id}")
def update_program(
    program_id: Id, body: ProgramTermsIn, user: OperatorUser, engine: EngineDep
) -> ProgramOut:
    program = write_transaction(
        engine,
        lambda c: programs.update_program(c, program_id, body.terms(), actor=f"user:{user.id}"),
    )
    return ProgramOut.of(program)


@router.post("/programs/{program_id}/deactivate")
def deactivate_program(program_id: Id, user: OperatorUser, engine: EngineDep) -> ProgramOut:
    program = write_transaction(
        engine, lambda c: programs.deactivate_program(c, program_id, actor=f"user:{user.id}")
    )
    return ProgramOut.of(program)


@router.post("/programs/{program_id}/merchants", status_code=204)
def add_event_merchant(
    program_id: Id, body: EventMerchant, user: OperatorUser, engine: EngineDep
) -> None:
    write_transaction(
        engine,
        lambda c: programs.add_event_merchant(
            c, program_id, body.merchant_id, actor=f"user:{user.id}"
        ),
    )


@router.post("/programs/{program_id}/participants", status_code=201)
def register_participant(
    program_id: Id, body: ParticipantIn, user: OperatorUser, engine: EngineDep
) -> ParticipantOut:
    participant = write_transaction(
        engine,
        lambda c: programs.register_by_phone(
            c, program_id, body.phone, actor=f"user:{user.id}", now=utc_now()
        ),
    )
    return ParticipantOut(
        program_id=participant.program_id,
        member_id=participant.member_id,
        allowance_satang=participant.allowance,
    )


@router.post("/programs/{program_id}/close")
def close_event(program_id: Id, user: OperatorUser, engine: EngineDep) -> ClosingOut:
    closing = write_transaction(
        engine, lambda c: programs.close_event(c, program_id, utc_now(), actor=f"user:{user.id}")
    )
    return ClosingOut(
        program_id=closing.program_id,
        participants=closing.participants,
        returned_satang=closing.returned,
    )


@router.get("/me/allowances")
def my_allowances(user: MemberUser, engine: EngineDep) -> list[AllowanceOut]:
    with read_transaction(engine) as connection:
        member = member_for_user(connection, user.id)
        allowances = programs.member_allowances(connection, member.id, utc_now())
    return [
        AllowanceOut(
            program=ProgramOut.of(allowance.program),
            allowance_satang=allowance.participant.allowance,
            balance_satang=allowance.balance,
            spendable=allowance.spendable,
        )
        for allowance in allowances
    ]


@router.post("/shops/{merchant_id}/pay-allowance", status_code=201)
def pay_with_allowance(
    merchant_id: Id,
    body: AllowancePayment,
    user: MemberUser,
    engine: EngineDep,
    key: IdempotencyKey,
) -> PaymentOut:
    """Pay an event merchant from the allowance of an event that lists it."""
    with read_transaction(engine) as connection:
        member = member_for_user(connection, user.id)
    payment = with_pin(
        engine,
        user.id,
        body.pin,
        lambda c: programs.pay_with_allowance(
            c, member, merchant_id, body.amount_satang, key, utc_now()
        ),
    )
    return PaymentOut.of(payment)
