"""``/inbox/digest``: my digest of this week (or month) so far, as it would be told now;
``/inbox/digest/{id}``: a digest I was told, where its message in the inbox leads. Each
section with its lines, in the reader's language."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen import notify
from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.communication import access
from thungngoen.communication.digest_periods import DEFAULT
from thungngoen.communication.digests import Digest, digest_of, frequency_of, preview
from thungngoen.web.i18n import language_of
from thungngoen.web.page_ops import read
from thungngoen.web.sessions import page_role
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)
Reader = Annotated[User, Depends(page_role(*access.READERS))]


def _page(request: Request, digest: Digest, chosen: str) -> Response:
    language = notify.language_named(language_of(request))
    context = {
        "digest": digest,
        "first": digest.first_day,
        "last": digest.last_day,
        "sections": notify.render_digest(digest.content, language),
        "chosen": chosen,
    }
    return render(request, "communication/digest.html", context)


@router.get("/inbox/digest")
async def digest_now(request: Request, user: Reader) -> Response:
    now = utc_now()

    def made(connection: Connection) -> tuple[Digest, str]:
        chosen = frequency_of(connection, user.id)
        return preview(connection, user.id, chosen if chosen != "never" else DEFAULT, now), chosen

    digest, chosen = await read(request, made)
    return _page(request, digest, chosen)


@router.get("/inbox/digest/{digest_id:id}")
async def digest_told(request: Request, digest_id: int, user: Reader) -> Response:
    def found(connection: Connection) -> tuple[Digest, str]:
        return digest_of(connection, user.id, digest_id), frequency_of(connection, user.id)

    digest, chosen = await read(request, found)
    return _page(request, digest, chosen)
