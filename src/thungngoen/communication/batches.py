"""Claiming for a channel that sends one message to many people in one request (LINE's
multicast, decision 0043).

The deliveries claimed are grouped at claim time — the same kind, values and language make
the same message — into batches of at most ``size``, and each batch's key (a UUID) is
stored on its deliveries in the claim's transaction. A batch taken again — after a failure,
or after a worker died between sending and recording — is the same deliveries with the same
key, so it goes out as the same request with the same idempotency key, which the provider
executes once. A batch is claimed whole or not at all, and its deliveries move through
their statuses together.

A round may claim 100,000 deliveries: each is read as a few plain columns (its values as
the stored text, compared, never parsed); only each batch's first is read whole, to render
the message once."""

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, Select, Text, cast, func, select, update

from thungngoen.communication.delivery import (
    FIRST_BACKOFF,
    LONGEST_BACKOFF,
    MAX_ATTEMPTS,
    MAX_ERROR,
    Claimed,
    claim_columns,
    claimed,
    due,
)
from thungngoen.communication.tables import deliveries, settings
from thungngoen.notify.tables import notifications

_LIVE = ("queued", "sending")


@dataclass(frozen=True, slots=True)
class ClaimedBatch:
    key: str
    first: Claimed
    """The first delivery, read whole: the message is rendered from it."""
    ids: tuple[int, ...]
    addresses: tuple[str, ...]
    attempts: int


@dataclass(frozen=True, slots=True)
class BatchResult:
    batch: ClaimedBatch
    ref: str = ""
    error: str = ""
    permanent: bool = False


def claim_batches(
    connection: Connection,
    channel: str,
    now: datetime,
    *,
    size: int,
    rows: int,
    budget: float,
    cost: Callable[[int], float],
) -> list[ClaimedBatch]:
    """Batches of due deliveries, oldest first, until their ``cost`` (the seconds the
    rate limit gives a request of n addresses) fills ``budget``; at most ``rows`` looked at."""
    found = connection.execute(due(channel, now, _columns()).limit(rows)).all()
    keyed = _whole(connection, {row.batch_key for row in found if row.batch_key})
    fresh = _group([row for row in found if not row.batch_key], size)
    chosen: list[tuple[str, list[Row[Any]], bool]] = []
    spent = 0.0
    for key, members, new in [(k, m, False) for k, m in keyed.items()] + fresh:
        spent += cost(len(members))
        if chosen and spent > budget + 1e-9:
            break
        chosen.append((key, members, new))
    batches = []
    for key, members, new in chosen:
        ids = [row.id for row in members]
        connection.execute(
            update(deliveries)
            .where(deliveries.c.id.in_(ids) if new else deliveries.c.batch_key == key)
            .values(
                batch_key=key, status="sending", claimed_at=now, attempts=deliveries.c.attempts + 1
            )
        )
        first = connection.execute(claim_columns().where(deliveries.c.id == ids[0])).one()
        addresses = tuple(row.address for row in members)
        attempts = max(row.attempts for row in members) + 1
        batches.append(ClaimedBatch(key, claimed(first), tuple(ids), addresses, attempts))
    return batches


def _columns() -> Select[Any]:
    return (
        select(
            deliveries.c.id,
            deliveries.c.address,
            deliveries.c.attempts,
            deliveries.c.batch_key,
            notifications.c.kind,
            cast(notifications.c.data, Text).label("values"),
            settings.c.language,
        )
        .join(notifications, notifications.c.id == deliveries.c.notification_id)
        .outerjoin(settings, settings.c.user_id == notifications.c.user_id)
    )


def _whole(connection: Connection, keys: set[str]) -> dict[str, list[Row[Any]]]:
    """Every live delivery of each batch in ``keys``, locked — leaving out a batch that
    another worker holds part of: it is claimed whole or not at all."""
    if not keys:
        return {}
    live = (deliveries.c.batch_key.in_(keys), deliveries.c.status.in_(_LIVE))
    query = select(deliveries.c.batch_key, func.count()).where(*live)
    grouped = connection.execute(query.group_by(deliveries.c.batch_key)).all()
    counts: dict[str, int] = {row[0]: int(row[1]) for row in grouped}
    members = _columns().where(*live).order_by(deliveries.c.id)
    locked = connection.execute(members.with_for_update(of=deliveries, skip_locked=True)).all()
    batches: dict[str, list[Row[Any]]] = {}
    for row in locked:
        batches.setdefault(row.batch_key, []).append(row)
    return {key: rows for key, rows in batches.items() if len(rows) == counts.get(key)}


def _group(rows: Sequence[Row[Any]], size: int) -> list[tuple[str, list[Row[Any]], bool]]:
    """The same kind, values and language in order of first appearance, cut at ``size``.
    Values are compared as stored: the same values written differently would only make
    two batches, never one wrong one."""
    groups: dict[tuple[str, str, str], list[Row[Any]]] = {}
    for row in rows:
        groups.setdefault((row.kind, row.values, row.language or "th"), []).append(row)
    return [
        (str(uuid.uuid4()), members[start : start + size], True)
        for members in groups.values()
        for start in range(0, len(members), size)
    ]


def record_batches(connection: Connection, results: Sequence[BatchResult], now: datetime) -> None:
    """Each batch's deliveries sent, or queued again (backing off) with the same key, or
    dead when refused for good or out of attempts."""
    for result in results:
        batch = deliveries.c.batch_key == result.batch.key
        if not result.error:
            values: dict[str, Any] = {"status": "sent", "sent_at": now, "last_error": None}
            values["provider_ref"] = result.ref[:200]
        else:
            attempts = result.batch.attempts
            dead = result.permanent or attempts >= MAX_ATTEMPTS
            wait = min(FIRST_BACKOFF * 2 ** (attempts - 1), LONGEST_BACKOFF)
            values = {"status": "dead" if dead else "queued", "due_at": now + wait}
            values["last_error"] = result.error[:MAX_ERROR]
        connection.execute(
            update(deliveries).where(batch, deliveries.c.status == "sending").values(values)
        )
