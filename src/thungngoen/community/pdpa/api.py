"""The PDPA API (``/api/v1/data/pdpa``): notices (read by all, published by a coordinator),
the requests and breach registers and the reads log (coordinator; the auditor reads),
the access copy (coordinator or the person), and ``/me`` for the person themselves."""

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen.auth.errors import Forbidden
from thungngoen.clock import utc_now
from thungngoen.community.pdpa import breaches, copy, me, notices, pdf, reads_log, requests, rights
from thungngoen.community.pdpa.schemas import (
    BreachIn,
    BreachOut,
    MoveIn,
    NoticeIn,
    NoticeOut,
    NotifyIn,
    OwnReadOut,
    OwnRequestIn,
    ReadOut,
    RequestIn,
    RequestOut,
)
from thungngoen.db import read_transaction, write_transaction
from thungngoen.web.api_fields import Id
from thungngoen.web.deps import CurrentUser, EngineDep

router = APIRouter(prefix="/api/v1/data/pdpa", tags=["community data: PDPA"])


def _fields(row: Any) -> dict[str, Any]:
    return {slot: getattr(row, slot) for slot in row.__slots__}


def _request(row: requests.SubjectRequest, now: datetime) -> RequestOut:
    return RequestOut.model_validate(_fields(row) | {"overdue": row.overdue(now)})


def _breach(row: breaches.Breach, now: datetime) -> BreachOut:
    extra = {
        "deadline": row.deadline,
        "hours_left": row.hours_left(now),
        "overdue": row.overdue(now),
    }
    return BreachOut.model_validate(_fields(row) | extra)


@router.get("/notices")
def list_notices(engine: EngineDep) -> list[NoticeOut]:
    """Every privacy-notice version, newest first (public)."""
    with read_transaction(engine) as connection:
        return [NoticeOut.model_validate(n) for n in notices.notices(connection)]


@router.post("/notices", status_code=201)
def publish_notice(body: NoticeIn, user: CurrentUser, engine: EngineDep) -> NoticeOut:
    at = utc_now()

    def work(connection: Connection) -> notices.Notice:
        login = rights.require_handler(connection, user)
        return notices.publish_notice(
            connection, **body.model_dump(), actor=f"user:{login.id}", at=at
        )

    return NoticeOut.model_validate(write_transaction(engine, work))


@router.get("/requests")
def list_requests(user: CurrentUser, engine: EngineDep, overdue: bool = False) -> list[RequestOut]:
    now = utc_now()
    with read_transaction(engine) as connection:
        rights.require_register_reader(connection, user)
        found = requests.list_requests(connection, now=now, overdue_only=overdue)
    return [_request(row, now) for row in found]


@router.post("/requests", status_code=201)
def receive_request(body: RequestIn, user: CurrentUser, engine: EngineDep) -> RequestOut:
    at = utc_now()

    def work(connection: Connection) -> requests.SubjectRequest:
        login = rights.require_handler(connection, user)
        return requests.receive_request(
            connection, body.person_id, kind=body.kind, detail=body.detail,
            received_at=body.received_at or at, actor=f"user:{login.id}", at=at,
        )  # fmt: skip

    return _request(write_transaction(engine, work), at)


@router.post("/requests/{request_id}/move")
def move_request(request_id: Id, body: MoveIn, user: CurrentUser, engine: EngineDep) -> RequestOut:
    at = utc_now()

    def work(connection: Connection) -> requests.SubjectRequest:
        login = rights.require_handler(connection, user)
        return requests.move_request(
            connection, request_id, status=body.status, reason=body.reason,
            actor=f"user:{login.id}", at=at,
        )  # fmt: skip

    return _request(write_transaction(engine, work), at)


@router.get("/breaches")
def list_breaches(user: CurrentUser, engine: EngineDep) -> list[BreachOut]:
    now = utc_now()
    with read_transaction(engine) as connection:
        rights.require_register_reader(connection, user)
        found = breaches.list_breaches(connection)
    return [_breach(row, now) for row in found]


@router.post("/breaches", status_code=201)
def add_breach(body: BreachIn, user: CurrentUser, engine: EngineDep) -> BreachOut:
    at = utc_now()

    def work(connection: Connection) -> breaches.Breach:
        login = rights.require_handler(connection, user)
        return breaches.add_breach(connection, **body.model_dump(), actor=f"user:{login.id}", at=at)

    return _breach(write_transaction(engine, work), at)


@router.post("/breaches/{breach_id}/notify")
def notify_breach(breach_id: Id, body: NotifyIn, user: CurrentUser, engine: EngineDep) -> BreachOut:
    at = utc_now()

    def work(connection: Connection) -> breaches.Breach:
        login = rights.require_handler(connection, user)
        return breaches.notify_breach(
            connection, breach_id, whom=body.whom, notified_at=body.notified_at or at,
            actor=f"user:{login.id}", at=at,
        )  # fmt: skip

    return _breach(write_transaction(engine, work), at)


@router.get("/reads")
def all_reads(
    user: CurrentUser,
    engine: EngineDep,
    person: Annotated[int | None, Query(ge=1)] = None,
    reader: Annotated[str, Query(max_length=80)] = "",
    since: datetime | None = None,
    until: datetime | None = None,
) -> list[ReadOut]:
    """Every read of personal data, filtered by person, reader and period (newest first)."""
    with read_transaction(engine) as connection:
        rights.require_register_reader(connection, user)
        found = reads_log.all_reads(
            connection, person_id=person, reader=reader, since=since, until=until
        )
    return [ReadOut.model_validate(row) for row in found]


@router.get("/persons/{person_id}/copy")
def access_copy(
    person_id: Id, user: CurrentUser, engine: EngineDep, pdf_file: bool = False
) -> Response:
    """Everything held about the person (JSON, or ``?pdf_file=true`` for the PDF), for a
    coordinator or the person; a logged read."""
    at = utc_now()

    def work(connection: Connection) -> dict[str, Any]:
        if not rights.is_handler(connection, user):
            rights.require_own_person(connection, user, person_id)
        return copy.access_copy(connection, person_id, reader=f"user:{user.id}", at=at)

    held = write_transaction(engine, work)
    if pdf_file:
        disposition = f'attachment; filename="access-copy-{person_id}.pdf"'
        return Response(pdf.copy_pdf(held), media_type="application/pdf",
                        headers={"Content-Disposition": disposition})  # fmt: skip
    return Response(copy.copy_json(held), media_type="application/json")


@router.get("/me/reads")
def my_reads(user: CurrentUser, engine: EngineDep) -> list[OwnReadOut]:
    """Who read the caller's own record(s), by duty (a logged look of their own)."""
    at = utc_now()
    records = write_transaction(engine, lambda c: me.my_records(c, user, at=at))
    if not records:
        raise Forbidden("no community record is linked to this login")
    return [OwnReadOut.model_validate(read) for record in records for read in record.reads]


@router.post("/me/{person_id}/requests", status_code=201)
def my_request(
    person_id: Id, body: OwnRequestIn, user: CurrentUser, engine: EngineDep
) -> RequestOut:
    at = utc_now()
    made = write_transaction(
        engine,
        lambda c: me.my_request(c, user, person_id, kind=body.kind, detail=body.detail, at=at),
    )
    return _request(made, at)
