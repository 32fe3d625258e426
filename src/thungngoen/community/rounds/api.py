"""``/api/v1/data/rounds…``: survey rounds (a coordinator manages them), a round's form,
a household's entry (``submit_round_record``: the assigned collector or a coordinator),
a household's history across rounds (its readers), deprivation counts under any place
(figures, open like the profile) and the thresholds (a coordinator sets them)."""

from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import Connection

from thungngoen.clock import utc_now
from thungngoen.community import access
from thungngoen.community.nodes import ROOT, parse_node
from thungngoen.community.round_tables import DIMENSIONS
from thungngoen.community.rounds import schemas as s
from thungngoen.community.rounds.deprivation import (
    current_thresholds,
    deprived_households,
    deprived_in,
    set_thresholds,
)
from thungngoen.community.rounds.questions import add_question, questions_of
from thungngoen.community.rounds.records import household_history, submit_round_record
from thungngoen.community.rounds.rounds import (
    add_round_community,
    assign_collector,
    create_round,
    get_round,
    list_rounds,
    move_round,
)
from thungngoen.db import read_transaction, write_transaction
from thungngoen.web.api_fields import Id
from thungngoen.web.deps import CurrentUser, EngineDep

router = APIRouter(prefix="/api/v1/data", tags=["community data"])
NodeQuery = Annotated[str, Query(max_length=40, description="A node id: tambon:900101.")]


@router.get("/rounds")
def rounds_list(user: CurrentUser, engine: EngineDep) -> list[s.RoundOut]:
    with read_transaction(engine) as connection:
        return [s.round_out(found) for found in list_rounds(connection)]


@router.post("/rounds", status_code=201)
def round_create(body: s.RoundIn, user: CurrentUser, engine: EngineDep) -> s.RoundOut:
    at = utc_now()

    def work(connection: Connection) -> s.RoundOut:
        actor = f"user:{access.require_round_manager(connection, user).id}"
        found = create_round(connection, name=body.name, starts_on=body.starts_on,
                             ends_on=body.ends_on, actor=actor, at=at)  # fmt: skip
        for community_id in body.communities:
            add_round_community(connection, found.id, community_id, actor=actor, at=at)
        return s.round_out(found)

    return write_transaction(engine, work)


def _move(engine: EngineDep, user: CurrentUser, round_id: int, status: str) -> s.RoundOut:
    at = utc_now()

    def work(connection: Connection) -> s.RoundOut:
        actor = f"user:{access.require_round_manager(connection, user).id}"
        return s.round_out(move_round(connection, round_id, status, actor=actor, at=at))

    return write_transaction(engine, work)


@router.post("/rounds/{round_id}/open")
def round_open(round_id: Id, user: CurrentUser, engine: EngineDep) -> s.RoundOut:
    return _move(engine, user, round_id, "open")


@router.post("/rounds/{round_id}/close")
def round_close(round_id: Id, user: CurrentUser, engine: EngineDep) -> s.RoundOut:
    return _move(engine, user, round_id, "closed")


@router.post("/rounds/{round_id}/collectors", status_code=204)
def round_collector(
    round_id: Id, body: s.CollectorIn, user: CurrentUser, engine: EngineDep
) -> None:
    at = utc_now()

    def work(connection: Connection) -> None:
        actor = f"user:{access.require_round_manager(connection, user).id}"
        assign_collector(connection, round_id, body.community_id, body.user_id, actor=actor, at=at)

    write_transaction(engine, work)


@router.get("/rounds/{round_id}/questions")
def round_questions(round_id: Id, user: CurrentUser, engine: EngineDep) -> list[s.QuestionOut]:
    """The round's whole form: the standard questions, then those added."""
    with read_transaction(engine) as connection:
        return [s.question_out(q) for q in questions_of(connection, round_id)]


@router.post("/rounds/{round_id}/questions", status_code=201)
def round_question_add(
    round_id: Id, body: s.QuestionIn, user: CurrentUser, engine: EngineDep
) -> s.QuestionOut:
    at = utc_now()

    def work(connection: Connection) -> s.QuestionOut:
        actor = f"user:{access.require_round_manager(connection, user).id}"
        return s.question_out(add_question(connection, round_id, **body.model_dump(),
                                           actor=actor, at=at))  # fmt: skip

    return write_transaction(engine, work)


@router.post("/rounds/{round_id}/records")
def round_record(
    round_id: Id, body: s.RecordIn, user: CurrentUser, engine: EngineDep
) -> s.RecordOut:
    """A household's answers; the same ``idempotency_key`` again returns the same record."""
    at = utc_now()

    def work(connection: Connection) -> s.RecordOut:
        record = submit_round_record(
            connection, round_id, body.household_id, dict(body.answers), collector=user,
            idempotency_key=body.idempotency_key, base_version=body.base_version, at=at,
        )  # fmt: skip
        return s.record_out(record, deprived_in(record.figures(), current_thresholds(connection)))

    return write_transaction(engine, work)


@router.get("/households/{household_id}/history")
def history(household_id: Id, user: CurrentUser, engine: EngineDep) -> list[s.HistoryOut]:
    """What each round recorded of the household, the earliest first."""
    with read_transaction(engine) as connection:
        access.require_household_reader(connection, user, household_id)
        limits = current_thresholds(connection)
        return [
            s.HistoryOut(
                round=s.round_out(r), record=s.record_out(x, deprived_in(x.figures(), limits))
            )
            for r, x in household_history(connection, household_id)
        ]


@router.get("/rounds/{round_id}/deprivation")
def deprivation(round_id: Id, engine: EngineDep, node: NodeQuery = str(ROOT)) -> s.DeprivationOut:
    """Households of the round under ``node`` deprived in each dimension (figures only)."""
    with read_transaction(engine) as connection:
        get_round(connection, round_id)
        place = access.require_node_reader(connection, None, parse_node(node))
        counts = deprived_households(connection, place, round_id)
        version = current_thresholds(connection).version
    return s.DeprivationOut(round_id=round_id, node=str(place), thresholds_version=version,
                            surveyed=counts.surveyed, any_dimension=counts.any_dimension,
                            by_dimension=counts.by_dimension)  # fmt: skip


def _thresholds_out(connection: Connection) -> s.ThresholdsOut:
    now = current_thresholds(connection)
    return s.ThresholdsOut(version=now.version, income_line=now.income_line, failed=now.failed,
                           reason=now.reason)  # fmt: skip


@router.get("/deprivation/thresholds")
def thresholds(engine: EngineDep) -> s.ThresholdsOut:
    with read_transaction(engine) as connection:
        return _thresholds_out(connection)


@router.post("/deprivation/thresholds", status_code=201)
def thresholds_set(body: s.ThresholdsIn, user: CurrentUser, engine: EngineDep) -> s.ThresholdsOut:
    at = utc_now()

    def work(connection: Connection) -> s.ThresholdsOut:
        actor = f"user:{access.require_round_manager(connection, user).id}"
        failed = {d: getattr(body, f"{d}_failed") for d in DIMENSIONS}
        set_thresholds(connection, income_line=body.income_line, failed=failed,
                       reason=body.reason, actor=actor, at=at)  # fmt: skip
        return _thresholds_out(connection)

    return write_transaction(engine, work)
