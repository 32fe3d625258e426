"""Sending on a channel that takes many addresses in one request (``BatchChannel``): a
round claims its batches (``batches.claim_batches``), sends each as one request paced to
the channel's limit for that kind of request, and records the results of each slice of a
round in one transaction.

Recording a slice's results together rather than after each request is safe because such
a channel is idempotent: a worker that dies before recording leaves the claims, which are
taken again when their lease runs out, and the same batches go with the same keys — LINE
answers 409 to a key it has executed, recorded as sent. It keeps a durable commit per
request out of the way of the rate limit."""

import logging
import time
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextvars import copy_context
from datetime import datetime

from sqlalchemy import Connection, Engine

from thungngoen.clock import utc_now
from thungngoen.communication.batches import (
    BatchResult,
    ClaimedBatch,
    claim_batches,
    record_batches,
)
from thungngoen.communication.channels.base import Batch, BatchChannel, Outgoing
from thungngoen.communication.delivery import Claimed
from thungngoen.communication.errors import ChannelRefused
from thungngoen.db import write_transaction

log = logging.getLogger(__name__)

SLICE_SECONDS = 0.1
SLICE_REQUESTS = 10
"""A slice is 0.1 s of requests, and at least 10 of them: under a low limit a slice of
0.1 s would be one or two requests, and the claim's fixed cost (a durable commit) would
then set the pace instead of the limit."""
CONCURRENT_REQUESTS = 8
"""Requests in flight at once: LINE is a round trip away (tens of milliseconds from
Thailand), so one request at a time could not reach 200 a second; the pacer still starts
them no faster than the limit."""


class Pacer:
    """No faster than the intervals asked: each request starts at least its interval after
    the previous one (a request woken late does not let the next one start early, and a
    pause is not caught up in a burst), so no second holds more than the limit."""

    def __init__(self) -> None:
        self._next = 0.0

    def wait(self, interval: float) -> None:
        now = time.monotonic()
        if now < self._next:
            time.sleep(self._next - now)
            now = time.monotonic()
        self._next = now + interval


_PACERS: "weakref.WeakKeyDictionary[BatchChannel, Pacer]" = weakref.WeakKeyDictionary()


def request_cost(channel: BatchChannel) -> Callable[[int], float]:
    """The seconds the channel's rate limits give a request of n addresses."""
    return lambda n: 1 / (channel.per_second if n == 1 else channel.batch_per_second)


def send_batches(
    engine: Engine,
    channel: BatchChannel,
    render: Callable[[Claimed], Outgoing],
    round_seconds: float,
) -> int:
    """One round on ``channel``, about ``round_seconds`` of requests at the rate limits:
    returns how many deliveries were attempted.

    The round goes in slices of requests (``SLICE_SECONDS``, ``SLICE_REQUESTS``; the first
    is one request, so that the round starts sending at once). A thread of its own claims
    the next slice while this one is sent, and records each slice's results after it: the
    database's work overlaps the requests, so the channel is kept near its rate limit rather
    than idle between slices. Every slice's claim commits before any of its requests."""
    cost = request_cost(channel)
    slice_seconds = max(SLICE_SECONDS, SLICE_REQUESTS / channel.batch_per_second)

    def claim(budget: float = slice_seconds) -> list[ClaimedBatch]:
        now, most = utc_now(), max(1, int(channel.batch_size * channel.batch_per_second * budget))
        return write_transaction(
            engine,
            lambda c: claim_batches(
                c,
                channel.name,
                now,
                size=channel.batch_size,
                rows=max(most, channel.batch_size),
                budget=budget,
                cost=cost,
            ),
        )

    pacer = _PACERS.setdefault(channel, Pacer())
    started, attempted = time.monotonic(), 0
    database = ThreadPoolExecutor(1, thread_name_prefix="notify-claims")
    senders = ThreadPoolExecutor(CONCURRENT_REQUESTS, thread_name_prefix="notify-sends")
    with database, senders:
        recorded: list[Future[None]] = []
        current = claim(cost(channel.batch_size))  # one request: little to wait for
        while current:
            more = time.monotonic() - started < round_seconds
            following = database.submit(copy_context().run, claim) if more else None
            sending = []
            for batch in current:
                message = render(batch.first)  # the same for every delivery of the batch
                pacer.wait(cost(len(batch.ids)))
                sending.append(senders.submit(_send, channel, batch, message))
            results = [sent.result() for sent in sending]
            attempted += sum(len(batch.ids) for batch in current)
            ended = utc_now()
            recorded.append(database.submit(write_transaction, engine, _recorder(results, ended)))
            current = following.result() if following else []
        for done in recorded:
            done.result()
    return attempted


def _recorder(results: list[BatchResult], now: datetime) -> Callable[[Connection], None]:
    return lambda connection: record_batches(connection, results, now)


def _send(channel: BatchChannel, batch: ClaimedBatch, message: Outgoing) -> BatchResult:
    try:
        ref = channel.send_batch(Batch(batch.key, message, batch.addresses))
    except ChannelRefused as refused:
        log.warning(
            "batch %s (%d) on %s: %s", batch.key, len(batch.ids), channel.name, refused.reason
        )
        return BatchResult(batch, error=refused.reason, permanent=refused.permanent)
    return BatchResult(batch, ref=ref)
