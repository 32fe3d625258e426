"""The till's live status: Server-Sent Events that say "paid" the moment a member pays.

The stream reads the request's state every half second (each read in a worker thread, so
the event loop never waits on the database) and sends an event whenever it changes. It
ends when the request is paid or expired, when the browser goes away, or after a few
minutes (the browser's EventSource then reconnects by itself)."""

import asyncio
import time
from collections.abc import AsyncIterator

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response, StreamingResponse

from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.wallet.pages.shop import queries
from thungngoen.web.i18n import language_of, translator
from thungngoen.web.page_ops import read
from thungngoen.web.sessions import MerchantPage
from thungngoen.web.templating import templates

router = APIRouter(include_in_schema=False)

POLL_SECONDS = 0.5
HEARTBEAT_POLLS = 30
"""A comment line every 15 s so that proxies do not close a quiet stream."""
MAX_STREAM_SECONDS = 300
RECONNECT_MILLISECONDS = 1000


def status_html(language: str, till: queries.TillRequest, state: str) -> str:
    template = templates.env.get_template("wallet/shop/_status.html")
    return template.render(lang=language, _=translator(language), req=till, state=state)


def sse_event(name: str, html: str) -> str:
    data = "".join(f"data: {line}\n" for line in html.strip().splitlines())
    return f"event: {name}\n{data}\n"


async def _events(request: Request, user: User, request_id: int) -> AsyncIterator[str]:
    language, sent, polls = language_of(request), "", 0
    deadline = time.monotonic() + MAX_STREAM_SECONDS
    yield f"retry: {RECONNECT_MILLISECONDS}\n\n"
    while time.monotonic() < deadline and not await request.is_disconnected():
        till = await read(request, lambda c: queries.till_request(c, user, request_id))
        if till is None:
            return
        state = till.state(utc_now())
        if state != sent:
            yield sse_event(state, status_html(language, till, state))
            sent = state
        elif polls % HEARTBEAT_POLLS == 0:
            yield ": keep-alive\n\n"
        if state != "pending":
            return
        polls += 1
        await asyncio.sleep(POLL_SECONDS)


@router.get("/shop/requests/{request_id:id}/events")
async def till_events(request: Request, request_id: int, user: MerchantPage) -> Response:
    found = await read(request, lambda c: queries.till_request(c, user, request_id))
    if found is None:
        raise HTTPException(status_code=404)
    return StreamingResponse(
        _events(request, user, request_id),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
