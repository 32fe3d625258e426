"""Web Push subscriptions: each browser or device a person turned notifications on in.

A subscription is the push service's endpoint (an https address, unique: one browser
belongs to the login that last turned it on) and the browser's keys — ``p256dh``, an
uncompressed P-256 point (65 bytes), and ``auth``, 16 random bytes — which every message
is encrypted to (RFC 8291). Everything is checked before anything is stored."""

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import Connection, Row, delete, func, insert, select

from thungngoen.communication.errors import (
    BadPushSubscription,
    TooManyDevices,
    UnknownPushSubscription,
)
from thungngoen.communication.tables import push_subscriptions

MAX_ENDPOINT = 500
MAX_LABEL = 120
MAX_DEVICES = 10
P256DH_BYTES = 65
AUTH_BYTES = 16
_BASE64URL = re.compile(r"[A-Za-z0-9_-]+={0,2}")


@dataclass(frozen=True, slots=True)
class Subscription:
    endpoint: str
    p256dh: str
    auth: str


def b64url_decode(text: str) -> bytes:
    """Base64url with or without its padding (browsers send it without)."""
    if not _BASE64URL.fullmatch(text):
        raise ValueError("not base64url")
    bare = text.rstrip("=")
    return base64.urlsafe_b64decode(bare + "=" * (-len(bare) % 4))


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def checked(endpoint: str, p256dh: str, auth: str) -> Subscription:
    """A subscription whose every part is usable, or ``BadPushSubscription``."""
    parts = urlsplit(endpoint)
    if (
        len(endpoint) > MAX_ENDPOINT
        or parts.scheme != "https"
        or not parts.hostname
        or parts.username is not None
        or any(character.isspace() for character in endpoint)
    ):
        raise BadPushSubscription(
            f"the endpoint must be an https address of a push service, at most {MAX_ENDPOINT}"
            " characters"
        )
    try:
        point = b64url_decode(p256dh)
        ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), point)
    except (ValueError, binascii.Error) as error:
        raise BadPushSubscription(
            "the p256dh key must be a P-256 public key: 65 bytes in base64url"
        ) from error
    if len(point) != P256DH_BYTES or point[0] != 4:
        raise BadPushSubscription(
            "the p256dh key must be a P-256 public key: 65 bytes in base64url"
        )
    try:
        secret = b64url_decode(auth)
    except (ValueError, binascii.Error) as error:
        raise BadPushSubscription("the auth secret must be 16 bytes in base64url") from error
    if len(secret) != AUTH_BYTES:
        raise BadPushSubscription("the auth secret must be 16 bytes in base64url")
    return Subscription(endpoint, b64url(point), b64url(secret))


def subscribe(
    connection: Connection, user_id: int, subscription: Subscription, label: str, now: datetime
) -> int:
    """Keep a browser's subscription for ``user_id`` (taking it over from whoever had that
    browser before); answers its number."""
    table = push_subscriptions
    connection.execute(delete(table).where(table.c.endpoint == subscription.endpoint))
    mine = select(func.count()).where(table.c.user_id == user_id)
    if connection.execute(mine).scalar_one() >= MAX_DEVICES:
        raise TooManyDevices(f"at most {MAX_DEVICES} devices: remove one first")
    values = {
        "user_id": user_id,
        "endpoint": subscription.endpoint,
        "p256dh": subscription.p256dh,
        "auth": subscription.auth,
        "label": (label or "?")[:MAX_LABEL],
        "created_at": now,
    }
    added = insert(table).values(values).returning(table.c.id)
    return int(connection.execute(added).scalar_one())


def devices(connection: Connection, user_id: int) -> list[Row[Any]]:
    table = push_subscriptions
    query = select(table).where(table.c.user_id == user_id).order_by(table.c.id)
    return list(connection.execute(query))


def unsubscribe(
    connection: Connection, user_id: int, *, endpoint: str = "", number: int = 0
) -> None:
    """Remove one of ``user_id``'s subscriptions, by its endpoint or its number."""
    table = push_subscriptions
    which = table.c.endpoint == endpoint if endpoint else table.c.id == number
    gone = connection.execute(delete(table).where(which, table.c.user_id == user_id))
    if gone.rowcount == 0:
        raise UnknownPushSubscription("no such device among yours")


def forget(connection: Connection, endpoint: str) -> None:
    """The push service says the subscription is gone (404/410): stop sending to it."""
    connection.execute(delete(push_subscriptions).where(push_subscriptions.c.endpoint == endpoint))


def endpoints_of(connection: Connection, users: set[int]) -> dict[int, list[str]]:
    """Every subscription of ``users``, for the fan-out."""
    table = push_subscriptions
    query = select(table.c.user_id, table.c.endpoint).where(table.c.user_id.in_(users))
    found: dict[int, list[str]] = {}
    for row in connection.execute(query.order_by(table.c.id)):
        found.setdefault(row.user_id, []).append(row.endpoint)
    return found
