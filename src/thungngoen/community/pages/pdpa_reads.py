"""``/data/pdpa/reads``: every read of personal data, filtered by person, reader and
period (coordinator and auditor); ``/data/pdpa/persons/{id}/copy.pdf``: the access copy
as a Thai PDF, for a coordinator or the person (a logged read)."""

from datetime import date, datetime, time
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen.clock import utc_now
from thungngoen.community.pages.common import LABELS, checked_read, checked_write
from thungngoen.community.pages.pdpa_registers import BANGKOK, PAGE, whole
from thungngoen.community.pdpa import copy, pdf, reads_log, rights
from thungngoen.community.pdpa.labels import PDPA_LABELS
from thungngoen.web.sessions import PageUser, actor_of
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get(f"{PAGE}/reads")
async def reads_page(
    request: Request,
    user: PageUser,
    person: str = "",
    reader: str = "",
    since: str = "",
    until: str = "",
) -> Response:
    def day(text: str) -> datetime | None:
        try:
            return datetime.combine(date.fromisoformat(text), time(), BANGKOK)
        except ValueError:
            return None

    filters = {
        "person": person[:20],
        "reader": reader[:80],
        "since": since[:10],
        "until": until[:10],
    }

    def work(connection: Connection) -> list[reads_log.LoggedRead]:
        rights.require_register_reader(connection, user)
        return reads_log.all_reads(
            connection, person_id=whole(person) if person.strip() else None,
            reader=reader.strip()[:80], since=day(since), until=day(until),
        )  # fmt: skip

    found = await checked_read(request, work)
    context = {"reads": found, "filters": filters, **LABELS, **PDPA_LABELS}
    return render(request, "community/pdpa/reads.html", context)


@router.get(f"{PAGE}/persons/{{person_id:id}}/copy.pdf")
async def copy_pdf(request: Request, user: PageUser, person_id: int) -> Response:
    at = utc_now()

    def work(connection: Connection) -> dict[str, Any]:
        if not rights.is_handler(connection, user):
            rights.require_own_person(connection, user, person_id)
        return copy.access_copy(connection, person_id, reader=actor_of(user), at=at)

    held = await checked_write(request, work)
    disposition = f'attachment; filename="access-copy-{person_id}.pdf"'
    return Response(
        pdf.copy_pdf(held),
        media_type="application/pdf",
        headers={"Content-Disposition": disposition},
    )
