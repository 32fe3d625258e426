"""Sending on a channel that takes many addresses in one request (``BatchChannel``): a
round claims its batches (``batches.claim_batches``), sends each as one request paced to
the channel's limit for that kind of request, then records every batch's result in one
transaction.

Recording once a round rather than after each request is safe because such a channel is
idempotent: a worker that dies before recording leaves the claims, which are taken again
when their lease runs out, and the same batches go with the same keys — LINE answers 409
to a key it has executed, recorded as sent. It keeps a durable commit per request out of
the way of the rate limit."""

import logging
import time
import weakref
from collections.abc import Callable

from sqlalchemy import Engine

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


class Pacer:
    """No faster than the intervals asked: each request waits until the previous one's
    interval has passed (no catching up in bursts after a pause)."""

    def __init__(self) -> None:
        self._next = 0.0

    def wait(self, interval: float) -> None:
        now = time.monotonic()
        if now < self._next:
            time.sleep(self._next - now)
            now = time.monotonic()
        self._next = max(self._next, now) + interval


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
    """One round on ``channel``: returns how many deliveries were attempted."""
    cost = request_cost(channel)
    rows = max(1, int(channel.batch_size * channel.batch_per_second * round_seconds))
    now = utc_now()
    batches = write_transaction(
        engine,
        lambda c: claim_batches(
            c,
            channel.name,
            now,
            size=channel.batch_size,
            rows=rows,
            budget=round_seconds,
            cost=cost,
        ),
    )
    pacer = _PACERS.setdefault(channel, Pacer())
    results = []
    for batch in batches:
        pacer.wait(cost(len(batch.deliveries)))
        results.append(_send(channel, batch, render))
    if results:
        ended = utc_now()
        write_transaction(engine, lambda c: record_batches(c, results, ended))
    return sum(len(batch.deliveries) for batch in batches)


def _send(
    channel: BatchChannel, batch: ClaimedBatch, render: Callable[[Claimed], Outgoing]
) -> BatchResult:
    message = render(batch.deliveries[0])  # the same message for every delivery of a batch
    addresses = tuple(delivery.address for delivery in batch.deliveries)
    try:
        ref = channel.send_batch(Batch(batch.key, message, addresses))
    except ChannelRefused as refused:
        log.warning(
            "batch %s (%d) on %s: %s", batch.key, len(addresses), channel.name, refused.reason
        )
        return BatchResult(batch, error=refused.reason, permanent=refused.permanent)
    return BatchResult(batch, ref=ref)
