"""Web Push to the installed app (RFC 8030), each message encrypted to the browser's keys
(RFC 8291, ``aes128gcm``, by ``http_ece``) and signed with the server's VAPID key (RFC
8292, by ``py_vapid``), sent over httpx like LINE and SMS.

Headers: ``TTL`` (how long the push service keeps it for a phone that is off),
``Urgency`` (``high`` for urgent kinds such as security notices, so a phone in power
saving wakes for them; ``normal`` otherwise), ``Topic`` (one per delivery: a message sent
again after a crash replaces the copy still waiting at the push service). The browser
shows it under a ``tag`` per notification, so a second arrival replaces the first on
screen; the push service itself has no idempotency key, so ``idempotent`` is False.

Answers: 201 sent; 404/410 the subscription is gone — it is removed and the delivery dead;
400/413 dead (the service will never take it); 401/403/429/5xx retried later."""

import json
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import http_ece  # type: ignore[import-untyped]
import httpx
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import Connection, Engine, select

from thungngoen import notify
from thungngoen.communication.channels.base import Outgoing
from thungngoen.communication.errors import ChannelRefused
from thungngoen.communication.push_subscriptions import b64url_decode, forget
from thungngoen.communication.tables import deliveries, push_subscriptions
from thungngoen.communication.vapid import VapidError, VapidKey
from thungngoen.db import read_transaction, write_transaction
from thungngoen.notify.tables import notifications

RECORD_SIZE = 4096
HEADER_BYTES = 16 + 4 + 1 + 65
"""salt, record size, key id length, the sender's public key (RFC 8291 section 4)."""
MAX_PAYLOAD = RECORD_SIZE - HEADER_BYTES - 1 - 16
"""3,993 bytes of JSON: the record's padding delimiter and tag take the rest."""
TIMEOUT_SECONDS = 15.0
GONE = (404, 410)
NEVER = (400, 413)


class PayloadTooLarge(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Target:
    """What sending needs beyond the message: the browser's keys and the inbox."""

    p256dh: str
    auth: str
    urgent: bool
    tag: str
    unread: int


class WebPushChannel:
    name = "webpush"
    idempotent = False

    def __init__(
        self,
        key: VapidKey,
        engine: Engine,
        per_second: float = 50.0,
        ttl: int = 86_400,
        verify: Any = True,
    ) -> None:
        """``verify``: httpx's TLS verification (a CA file in tests; the system's else)."""
        self._key, self._engine, self._ttl = key, engine, ttl
        self._client = httpx.Client(timeout=TIMEOUT_SECONDS, verify=verify)
        self.per_second = per_second

    def close(self) -> None:
        self._client.close()

    def send(self, message: Outgoing) -> str:
        with read_transaction(self._engine) as connection:
            target = target_of(connection, message.delivery_id, message.address)
        if target is None:
            raise ChannelRefused("the browser's subscription was removed", permanent=True)
        try:
            body = encrypt(payload(message, target), target)
            headers = self._headers(message, target)
        except (PayloadTooLarge, VapidError) as error:
            raise ChannelRefused(
                str(error), permanent=isinstance(error, PayloadTooLarge)
            ) from error
        try:
            answer = self._client.post(message.address, content=body, headers=headers)
        except httpx.HTTPError as error:
            raise ChannelRefused(f"Web Push: {error}") from error
        if answer.is_success:
            return answer.headers.get("Location", "")[:200] or str(answer.status_code)
        reason = f"Web Push {answer.status_code}: {answer.text[:200]}"
        if answer.status_code in GONE:
            write_transaction(self._engine, lambda c: forget(c, message.address))
            raise ChannelRefused(f"{reason} (subscription removed)", permanent=True)
        raise ChannelRefused(reason, permanent=answer.status_code in NEVER)

    def _headers(self, message: Outgoing, target: Target) -> dict[str, str]:
        endpoint = urlsplit(message.address)
        audience = f"{endpoint.scheme}://{endpoint.netloc}"
        return {
            "Authorization": self._key.authorization(audience, time.time()),
            "TTL": str(self._ttl),
            "Urgency": "high" if target.urgent else "normal",
            "Topic": f"delivery-{message.delivery_id}",
            "Content-Encoding": "aes128gcm",
            "Content-Type": "application/octet-stream",
        }


def target_of(connection: Connection, delivery_id: int, endpoint: str) -> Target | None:
    """The subscription still there and still its notification's person's, or None (the
    browser was removed, or is now another login's: nothing of this person goes there)."""
    query = (
        select(
            push_subscriptions.c.p256dh,
            push_subscriptions.c.auth,
            notifications.c.id,
            notifications.c.kind,
            notifications.c.user_id,
        )
        .select_from(deliveries)
        .join(notifications, notifications.c.id == deliveries.c.notification_id)
        .join(
            push_subscriptions,
            (push_subscriptions.c.endpoint == endpoint)
            & (push_subscriptions.c.user_id == notifications.c.user_id),
        )
        .where(deliveries.c.id == delivery_id)
    )
    row = connection.execute(query).first()
    if row is None:
        return None
    urgent = notify.kind_named(row.kind).urgent
    unread = notify.unread_count(connection, row.user_id)
    return Target(row.p256dh, row.auth, urgent, f"n{row.id}", unread)


def payload(message: Outgoing, target: Target) -> bytes:
    """The JSON the service worker shows, within one record: a long body is cut (the whole
    message is in the app's inbox, where the link leads); a message that does not fit even
    without its body is refused."""
    fields = {
        "title": message.title,
        "body": message.body,
        "link": message.link,
        "unread": target.unread,
        "tag": target.tag,
    }
    encoded = _json(fields)
    if len(encoded) <= MAX_PAYLOAD:
        return encoded
    bare = len(_json({**fields, "body": "…"}))
    if bare > MAX_PAYLOAD:
        raise PayloadTooLarge(
            f"the message is {len(encoded)} bytes and {bare} without its text; Web Push"
            f" carries at most {MAX_PAYLOAD} (RFC 8291)"
        )
    body = message.body
    while len(encoded) > MAX_PAYLOAD:
        body = body[: max(0, len(body) - (len(encoded) - MAX_PAYLOAD + 2) // 2 - 1)]
        encoded = _json({**fields, "body": body + "…"})
    return encoded


def _json(fields: dict[str, Any]) -> bytes:
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode()


def encrypt(plain: bytes, target: Target) -> bytes:
    """One ``aes128gcm`` record to the browser's key, from a fresh key of ours (RFC 8291)."""
    sender = ec.generate_private_key(ec.SECP256R1())
    record: bytes = http_ece.encrypt(
        plain,
        private_key=sender,
        dh=b64url_decode(target.p256dh),
        auth_secret=b64url_decode(target.auth),
        version="aes128gcm",
        rs=RECORD_SIZE,
    )
    return record
