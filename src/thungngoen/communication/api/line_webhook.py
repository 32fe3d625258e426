"""``POST /api/v1/line/webhook``: what LINE tells us about the network's Official Account.

LINE publishes no source addresses, so the signature is the only guard: the
``x-line-signature`` header must be the Base64 HMAC-SHA256 of the raw body under the
channel secret, compared in constant time, or nothing is read. A text message holding a
live link code links that LINE user to its login (and is answered); an ``unfollow``
(the person blocked the account) stops sending there."""

import base64
import hmac
import json
from contextlib import closing
from typing import Annotated, Any

from fastapi import APIRouter, Header, Request
from sqlalchemy import Connection

from thungngoen.clock import utc_now
from thungngoen.communication.channels.line import LineChannel
from thungngoen.communication.errors import BadSignature, LineNotConfigured
from thungngoen.communication.line_link import link_by_code, unlink_line_user
from thungngoen.config import get_settings
from thungngoen.db import write_transaction
from thungngoen.web.deps import EngineDep

router = APIRouter(prefix="/api/v1/line", tags=["communication"])

LINKED = "เชื่อมบัญชี LINE กับถุงเงินแล้ว การแจ้งเตือนจะส่งมาที่นี่ / LINE linked: notices come here."
NOT_A_CODE = (
    "ส่งรหัส 8 หลักจากหน้า ตั้งค่าการแจ้งเตือน ในแอปถุงเงินเพื่อเชื่อมบัญชี / "
    "Send the 8-digit code from the app's notification settings to link your account."
)


def genuine(secret: str, body: bytes, signature: str) -> bool:
    expected = base64.b64encode(hmac.digest(secret.encode(), body, "sha256")).decode()
    return hmac.compare_digest(expected, signature)


@router.post(
    "/webhook",
    responses={401: {"description": "Bad signature"}, 404: {"description": "Not configured"}},
)
async def webhook(
    request: Request,
    engine: EngineDep,
    signature: Annotated[str, Header(alias="x-line-signature", max_length=200)] = "",
) -> dict[str, int]:
    settings = get_settings()
    if not settings.line_channel_secret or not settings.line_channel_token:
        raise LineNotConfigured("this server has no LINE Official Account")
    body = await request.body()
    if not genuine(settings.line_channel_secret, body, signature):
        raise BadSignature("the x-line-signature does not match the body")
    events = _events(body)
    answers = write_transaction(engine, lambda c: [_handle(c, event) for event in events])
    with closing(LineChannel(settings.line_channel_token, settings.line_api)) as line:
        for reply_token, text in filter(None, answers):
            line.reply(reply_token, text)
    return {"events": len(events)}


def _events(body: bytes) -> list[dict[str, Any]]:
    try:
        parsed = json.loads(body)
    except ValueError as error:
        raise BadSignature("the body is not JSON") from error
    events = parsed.get("events", []) if isinstance(parsed, dict) else []
    return [event for event in events if isinstance(event, dict)]


def _handle(connection: Connection, event: dict[str, Any]) -> tuple[str, str] | None:
    source = event.get("source") or {}
    line_user = str(source.get("userId", ""))[:100]
    if not line_user:
        return None
    if event.get("type") == "unfollow":
        unlink_line_user(connection, line_user)
        return None
    reply = str(event.get("replyToken", ""))
    if event.get("type") == "follow":
        return (reply, NOT_A_CODE) if reply else None
    message = event.get("message") or {}
    if event.get("type") != "message" or message.get("type") != "text":
        return None
    linked = link_by_code(connection, line_user, str(message.get("text", ""))[:100], utc_now())
    return (reply, LINKED if linked else NOT_A_CODE) if reply else None
