"""The delivery worker: fans the outbox out, then sends what is due on each channel at
that channel's rate, recording each result in its own transaction.

``thungngoen serve`` runs one in a thread (``Worker``); ``thungngoen worker`` runs
one alone (several side by side on PostgreSQL, which hands each its own rows)."""

import logging
import threading
import time
from collections.abc import Callable, Sequence
from datetime import datetime

from sqlalchemy import Connection, Engine

from thungngoen import notify
from thungngoen.clock import utc_now
from thungngoen.communication.announcements import queue_due
from thungngoen.communication.batching import send_batches
from thungngoen.communication.channels.base import BatchChannel, Channel, Outgoing
from thungngoen.communication.delivery import Claimed, claim, record_failure, record_sent
from thungngoen.communication.digest_email import whole_digest
from thungngoen.communication.errors import ChannelRefused
from thungngoen.communication.fanout import fan_out
from thungngoen.communication.preferences import unsubscribe_token
from thungngoen.db import write_transaction

log = logging.getLogger(__name__)

ROUND_SECONDS = 1.0


def run_round(
    engine: Engine,
    channels: Sequence[Channel],
    public_url: str,
    timetable: notify.Timetable | None = None,
) -> int:
    """One round: run the scheduled jobs that are due (all of them without a
    ``timetable``), queue the announcements whose time has come, fan out everything
    waiting, then send one second's worth per channel.
    Returns how many deliveries were attempted. Every moment is read on the caller's
    clock, outside the units of work (a server's writer thread runs those)."""
    names = [channel.name for channel in channels]
    now = utc_now()
    run_scheduled(engine, timetable.due(now) if timetable else notify.all_scheduled(), now)
    write_transaction(engine, lambda c: queue_due(c, now))
    while _fan_out(engine, names):
        pass
    attempted = 0
    for channel in channels:
        if isinstance(channel, BatchChannel):
            render = _renderer(public_url)
            attempted += send_batches(engine, channel, render, ROUND_SECONDS)
            continue
        for delivery in _claim(engine, channel):
            started = time.monotonic()
            _deliver(engine, channel, delivery, public_url)
            attempted += 1
            time.sleep(max(0.0, 1 / channel.per_second - (time.monotonic() - started)))
    return attempted


def run_scheduled(engine: Engine, jobs: Sequence[notify.Scheduled], now: datetime) -> int:
    """Each job in its own transaction: one that fails is logged and leaves the others."""
    raised = 0
    for job in jobs:
        try:
            raised += write_transaction(engine, _at(job, now))
        except Exception:
            log.exception("scheduled job %s failed; it runs again next time", job.name)
    return raised


def _at(job: notify.Scheduled, now: datetime) -> Callable[[Connection], int]:
    return lambda connection: job.run(connection, now)


def _fan_out(engine: Engine, names: list[str]) -> int:
    now = utc_now()
    return write_transaction(engine, lambda c: fan_out(c, names, now))


def _claim(engine: Engine, channel: Channel) -> list[Claimed]:
    batch = max(1, int(channel.per_second * ROUND_SECONDS))
    now = utc_now()
    return write_transaction(engine, lambda c: claim(c, channel.name, now, batch))


def _deliver(engine: Engine, channel: Channel, delivery: Claimed, public_url: str) -> None:
    message = outgoing(delivery, public_url)
    message = whole_digest(engine, channel.name, delivery, message, public_url)
    try:
        ref = channel.send(message)
    except ChannelRefused as refused:
        reason, permanent = refused.reason, refused.permanent
    else:
        sent_at = utc_now()
        write_transaction(engine, lambda c: record_sent(c, delivery.id, sent_at, ref))
        return
    failed_at = utc_now()
    status = write_transaction(
        engine, lambda c: record_failure(c, delivery, failed_at, reason, permanent=permanent)
    )
    log.warning("delivery %s on %s: %s (%s)", delivery.id, channel.name, reason, status)


def _renderer(public_url: str) -> Callable[[Claimed], Outgoing]:
    return lambda delivery: outgoing(delivery, public_url)


def outgoing(delivery: Claimed, public_url: str) -> Outgoing:
    kind = notify.kind_named(delivery.kind)
    language = notify.language_named(delivery.language)
    texts = kind.render(delivery.data, language)
    link = kind.link_to(delivery.data)
    token = unsubscribe_token(delivery.user_id, kind.category, delivery.channel, utc_now())
    return Outgoing(
        delivery_id=delivery.id,
        address=delivery.address,
        title=texts.title,
        body=texts.body,
        link=f"{public_url}{link}" if link else "",
        language=language,
        idempotency_key=delivery.idempotency_key,
        unsubscribe=f"{public_url}/unsubscribe/{token}",
        receipt=kind.receipt_card(delivery.data, language, delivery.created_at),
    )


class Worker:
    """``run_round`` in a thread until closed; a failed round is logged and retried."""

    def __init__(self, engine: Engine, channels: Sequence[Channel], public_url: str) -> None:
        self._args = (engine, channels, public_url, notify.Timetable())
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="notify-worker", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                busy = run_round(*self._args)
            except Exception:
                log.exception("a delivery round failed; trying again")
                busy = 0
            if not busy:
                self._stop.wait(ROUND_SECONDS)
