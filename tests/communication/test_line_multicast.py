"""LINE multicast, against the local LINE server: an announcement goes in batches of at
most 500 (one per language), a batch refused with 400 fails each of its deliveries with
the reason, and a worker killed (SIGKILL, a real process) while it sends re-sends, after
its lease, the same batches with the same retry keys: LINE executes each once, answering
409 to the keys it had accepted, so everyone gets the message exactly once."""

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import Engine, insert, select

from thungngoen.bench.notify_delivery import NOW, add_people, announce
from thungngoen.bench.peers.line import TOKEN, LinePeer, line_server
from thungngoen.clock import simulated_time
from thungngoen.communication import run_round
from thungngoen.communication.channels import LineChannel
from thungngoen.communication.delivery import LEASE, retry_dead
from thungngoen.communication.tables import deliveries, settings
from thungngoen.db import read_transaction, write_transaction

PEOPLE = 1_201


@pytest.fixture
def line() -> Iterator[LinePeer]:
    with line_server() as peer:
        yield peer


def _round(engine: Engine, peer: LinePeer) -> int:
    channel = LineChannel(TOKEN, peer.url)
    try:
        return run_round(engine, [channel], "https://example.org")
    finally:
        channel.close()


def _statuses(engine: Engine) -> dict[str, int]:
    with read_transaction(engine) as connection:
        rows = connection.execute(select(deliveries.c.status)).scalars().all()
    return {status: rows.count(status) for status in set(rows)}


def _keys(engine: Engine) -> set[str]:
    with read_transaction(engine) as connection:
        return set(connection.execute(select(deliveries.c.batch_key)).scalars())


def _announce_to(engine: Engine, people: int, english: int = 0) -> None:
    write_transaction(engine, lambda c: add_people(c, people, "line"))
    rows = [
        {"user_id": user, "language": "en", "quiet_hours": True} for user in range(1, 1 + english)
    ]
    if rows:
        write_transaction(engine, lambda c: c.execute(insert(settings), rows))
    write_transaction(engine, announce)


def test_an_announcement_goes_in_multicasts_of_at_most_500(engine: Engine, line: LinePeer) -> None:
    _announce_to(engine, PEOPLE, english=3)
    with simulated_time(NOW):
        assert _round(engine, line) == PEOPLE
    assert _statuses(engine) == {"sent": PEOPLE}
    assert sorted(len(body["to"]) for body in line.multicasts) == [3, 198, 500, 500]
    assert line.pushed == []
    assert len(line.received) == PEOPLE
    assert set(line.received.values()) == {1}
    english = [body for body in line.multicasts if len(body["to"]) == 3]
    assert english[0]["messages"][0]["text"].startswith("Meeting\n")
    assert len(_keys(engine)) == 4 == len(line.accepted_keys)
    assert line.problems == []


def test_a_refused_multicast_fails_each_delivery_with_the_reason(
    engine: Engine, line: LinePeer
) -> None:
    _announce_to(engine, 3)
    line.next_status.append(400)
    with simulated_time(NOW):
        _round(engine, line)
    assert _statuses(engine) == {"dead": 3}
    with read_transaction(engine) as connection:
        errors = set(connection.execute(select(deliveries.c.last_error)).scalars())
    assert len(errors) == 1
    assert errors.pop().startswith("LINE 400")
    assert line.received == {}


def test_a_failed_multicast_is_retried_as_the_same_batch(engine: Engine, line: LinePeer) -> None:
    """An answer lost (accepted, then 500): the retry is the same request, answered 409."""
    _announce_to(engine, 7)
    line.lose_answer = True
    with simulated_time(NOW):
        _round(engine, line)
    assert _statuses(engine) == {"queued": 7}
    key = _keys(engine)
    with simulated_time(NOW + timedelta(minutes=1)):
        _round(engine, line)
    assert _statuses(engine) == {"sent": 7}
    assert _keys(engine) == key
    assert line.conflicts == 1
    assert set(line.received.values()) == {1}


_WORKER = """
import sys
from datetime import datetime
from thungngoen.clock import simulated_time
from thungngoen.communication import run_round
from thungngoen.communication.channels import LineChannel
from thungngoen.db import create_db_engine

engine = create_db_engine(sys.argv[1])
with simulated_time(datetime.fromisoformat(sys.argv[3])):
    run_round(engine, [LineChannel(sys.argv[4], sys.argv[2])], "https://example.org")
print("finished")
"""


def test_a_worker_killed_mid_send_resends_the_same_batches_once(
    engine: Engine, database_url: str, line: LinePeer
) -> None:
    _announce_to(engine, PEOPLE)
    line.stall_after = 1  # the first multicast answered, the second accepted, never answered
    args = [sys.executable, "-c", _WORKER, database_url, line.url, NOW.isoformat(), TOKEN]
    worker = subprocess.Popen(args, env=os.environ.copy(), stdout=subprocess.PIPE)
    try:
        assert line.stalled.wait(120), "the worker never reached the second multicast"
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait(30)
    assert worker.returncode == -signal.SIGKILL
    line.stall_after, line.multicasts = None, []
    line.release.set()
    with simulated_time(NOW + LEASE / 2):
        assert _round(engine, line) == 0  # the lease still holds
    # Claimed and committed, nothing sent but what LINE answered: the first multicast's
    # result may have been recorded (its commit can land as the worker dies), no other.
    statuses = _statuses(engine)
    assert statuses in ({"sending": PEOPLE}, {"sending": PEOPLE - 500, "sent": 500})
    claimed_keys = _keys(engine)
    assert len(claimed_keys) == 3
    assert len(line.accepted_keys) == 2  # the second multicast was accepted, never answered
    with simulated_time(NOW + LEASE + timedelta(seconds=1)):
        assert _round(engine, line) == statuses["sending"]
    assert _statuses(engine) == {"sent": PEOPLE}
    assert _keys(engine) == claimed_keys == line.accepted_keys
    # LINE executed each batch once: a 409 for each the dead worker had sent and not recorded
    assert line.conflicts == (2 if "sent" not in statuses else 1)
    assert len(line.multicasts) == 1  # only the batch LINE had never seen was executed
    assert len(line.received) == PEOPLE
    assert set(line.received.values()) == {1}
    assert line.problems == []


def test_an_operators_retry_sends_one_delivery_alone_under_a_new_key(
    engine: Engine, line: LinePeer
) -> None:
    """A refused batch is dead; retrying one of its deliveries sends that one by itself
    (a push) with a key of its own: LINE had executed nothing of the batch."""
    _announce_to(engine, 3)
    line.next_status.append(400)
    with simulated_time(NOW):
        _round(engine, line)
    [dead_key] = _keys(engine)
    with read_transaction(engine) as connection:
        first = connection.execute(select(deliveries.c.id).order_by(deliveries.c.id)).scalar()
    assert first is not None
    write_transaction(engine, lambda c: retry_dead(c, first, NOW, "user:1"))
    with simulated_time(NOW + timedelta(seconds=1)):
        assert _round(engine, line) == 1
    assert _statuses(engine) == {"dead": 2, "sent": 1}
    assert len(_keys(engine) - {dead_key}) == 1
    [push] = line.pushed
    assert push["to"] == "U" + "0" * 32
    assert line.multicasts == []
