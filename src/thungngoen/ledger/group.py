"""Group commit: many independent transfers in one durable transaction.

``post_transfers`` posts transfers that are *not* linked: each is accepted or rejected
on its own, as if posted alone in the given order, but they share one transaction and
so one fsync. ``GroupCommitter`` feeds it from many concurrent callers (threads of a web
server, say): each caller submits one transfer and waits; a writer thread takes whatever
has queued up while the previous group was committing and posts it as the next group.
Under load, groups grow by themselves; a lone caller waits for no one.
"""

import queue
import threading
from concurrent.futures import Future
from typing import Any

from sqlalchemy import Connection, Engine

from thungngoen.clock import utc_now
from thungngoen.db import write_transaction
from thungngoen.db.writer import gather
from thungngoen.ledger import errors, idempotency, store
from thungngoen.ledger.model import Transfer, TransferRequest
from thungngoen.ledger.posting import apply_leg, leg_row, request_payload, validate_request

Outcome = Transfer | errors.LedgerError


def post_transfers(connection: Connection, requests: list[TransferRequest]) -> list[Outcome]:
    """Post each request independently; return its transfer or its rejection, in order."""
    outcomes: list[Any] = [None] * len(requests)
    valid = []
    for index, request in enumerate(requests):
        try:
            validate_request(request)
            valid.append(index)
        except errors.LedgerError as error:
            outcomes[index] = error
    if not valid:
        return outcomes
    ids = [i for n in valid for i in (requests[n].debit_account_id, requests[n].credit_account_id)]
    keys = [key for n in valid if (key := requests[n].idempotency_key) is not None]
    locked = store.lock(connection, ids, keys, count=len(valid))
    earlier = locked.earlier
    now = utc_now()
    rows: list[dict[str, Any]] = []
    written: dict[str, int] = {}  # idempotency key → index in rows
    # Until the rows are written, an accepted request's outcome is its index in rows.
    for index, transfer_id in zip(valid, locked.transfer_ids, strict=True):
        request = requests[index]
        key, request_hash = request.idempotency_key, None
        try:
            if key is not None:
                request_hash = idempotency.payload_hash("transfer", request_payload(request))
                if key in earlier:
                    outcomes[index] = idempotency.replay_transfer(
                        connection, earlier[key], key, request_hash
                    )
                    continue
                if key in written:
                    _check_same_request(rows[written[key]], key, request_hash)
                    outcomes[index] = written[key]
                    continue
            debit, credit = apply_leg(request, locked.accounts)
        except errors.LedgerError as error:
            outcomes[index] = error
            continue
        if key is not None:
            written[key] = len(rows)
        outcomes[index] = len(rows)
        rows.append(
            leg_row(request, debit, credit, now, payload_hash=request_hash, transfer_id=transfer_id)
        )
    posted = store.write(connection, rows, locked.accounts) if rows else []
    return [posted[o] if isinstance(o, int) else o for o in outcomes]


def _check_same_request(row: dict[str, Any], key: str, request_hash: str) -> None:
    if row["payload_hash"] != request_hash:
        raise errors.IdempotencyConflict(
            f"idempotency key {key!r} was already used for a different request"
        )


class GroupCommitter:
    """A writer thread that posts submitted transfers in shared transactions."""

    def __init__(self, engine: Engine, max_group: int = 1000, linger: float = 0.001) -> None:
        """``linger``: how long a group waits for more callers after its first (seconds);
        callers woken by the previous commit need a moment to submit their next transfer."""
        self._engine = engine
        self._max_group = max_group
        self._linger = linger
        self._expected = 1  # callers in the last group: likely to come back together
        self._queue: queue.SimpleQueue[tuple[TransferRequest, Future[Transfer]] | None] = (
            queue.SimpleQueue()
        )
        self._thread = threading.Thread(target=self._run, name="group-commit", daemon=True)
        self._thread.start()

    def submit(self, request: TransferRequest) -> "Future[Transfer]":
        future: Future[Transfer] = Future()
        self._queue.put((request, future))
        return future

    def post(self, request: TransferRequest, timeout: float | None = 30) -> Transfer:
        """Post and wait until the transfer is durably committed (or raise its rejection)."""
        return self.submit(request).result(timeout)

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()

    def _run(self) -> None:
        with self._engine.connect() as connection:
            while (first := self._queue.get()) is not None:
                self._commit(connection, self._gather(first))

    def _gather(
        self, first: tuple[TransferRequest, "Future[Transfer]"]
    ) -> list[tuple[TransferRequest, "Future[Transfer]"]]:
        group = gather(
            self._queue, first, self._max_group, expected=self._expected, linger=self._linger
        )
        self._expected = len(group)
        return group

    def _commit(
        self, connection: Connection, group: list[tuple[TransferRequest, Future[Transfer]]]
    ) -> None:
        requests = [request for request, _ in group]
        try:
            outcomes = write_transaction(connection, lambda c: post_transfers(c, requests))
        except Exception as error:  # the commit failed: nobody's transfer happened
            for _, future in group:
                future.set_exception(error)
            return
        for (_, future), outcome in zip(group, outcomes, strict=True):
            if isinstance(outcome, errors.LedgerError):
                future.set_exception(outcome)
            else:
                future.set_result(outcome)
