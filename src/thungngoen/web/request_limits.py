"""Bounds on what a request may bring (issue 12, findings 1 and 12), checked before any
route parses it: a JSON or form body of at most ``MAX_FORM_BYTES`` (so every text field
is bounded too), any other body (a file upload) of at most ``MAX_UPLOAD_BODY_BYTES``, and
no NUL character in a query, a JSON body or a form — PostgreSQL cannot store one and no
name, memo or code needs it. Refusals are 413 and 422 with the error in Thai and English,
and nothing reaches the operations."""

import json
from typing import Final

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_FORM_BYTES: Final = 64 * 1024
MAX_UPLOAD_BODY_BYTES: Final = 6 * 1024 * 1024
TEXT_BODIES: Final = (b"application/json", b"application/x-www-form-urlencoded")
NUL_MARKS: Final = (b"\x00", b"\\u0000", b"%00")

TOO_LARGE = {
    "code": "request_too_large",
    "message": "The request is too large.",
    "message_th": "คำขอมีขนาดใหญ่เกินไป",
}
NUL = {
    "code": "nul_character",
    "message": "The request holds a NUL character, which no field may hold.",
    "message_th": "คำขอมีอักขระ NUL ซึ่งไม่อนุญาตในทุกช่อง",
}


async def _refuse(send: Send, status: int, error: dict[str, str]) -> None:
    body = json.dumps({"error": error}, ensure_ascii=False).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class RequestLimits:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if any(mark in scope.get("query_string", b"") for mark in NUL_MARKS):
            await _refuse(send, 422, NUL)
            return
        headers = dict(scope["headers"])
        kind = headers.get(b"content-type", b"").split(b";")[0].strip()
        textual = kind in TEXT_BODIES
        limit = MAX_FORM_BYTES if textual else MAX_UPLOAD_BODY_BYTES
        length = headers.get(b"content-length", b"")
        if length.isdigit() and int(length) > limit:
            await _refuse(send, 413, TOO_LARGE)
            return
        if not textual:
            await self.app(scope, receive, send)
            return
        body = await _read_body(receive, limit)
        if body is None:
            await _refuse(send, 413, TOO_LARGE)
            return
        if any(mark in body for mark in NUL_MARKS):
            await _refuse(send, 422, NUL)
            return
        await self.app(scope, _replay(body, receive), send)


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole body, or ``None`` as soon as it passes ``limit`` bytes."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks)
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _replay(body: bytes, then: Receive) -> Receive:
    """The body read already, then what the client sends next (its disconnect)."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return await then()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive
