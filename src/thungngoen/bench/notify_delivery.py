"""Scenario (n), delivery: an announcement to ``people`` people, each with a LINE address,
queued, fanned out, then sent by the worker's rounds (``run_round``, as ``thungngoen
serve`` runs them) to the local LINE server at LINE's documented rate limits; and a
smaller run by email to the local SMTP server (aiosmtpd) at the SMTP rate setting.

The clock is fixed at noon in Thailand (no quiet hours) with ``simulated_time``; the pace
is the wall clock's (``time.monotonic``). Reported: the seconds of each step, the requests
made, deliveries and requests a second against the limits, the most requests the server
accepted in any one second, and whether anyone got the message twice or not at all."""

import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, text
from sqlalchemy.engine import make_url

from thungngoen import notify
from thungngoen.auth.tables import users
from thungngoen.auth.users import UNUSABLE_PASSWORD
from thungngoen.bench.peers.line import TOKEN, line_server
from thungngoen.clock import simulated_time
from thungngoen.communication import run_round
from thungngoen.communication.announcements import Draft, approve, queue_due, write_announcement
from thungngoen.communication.channels import EmailChannel, LineChannel
from thungngoen.communication.fanout import fan_out
from thungngoen.communication.tables import addresses, deliveries
from thungngoen.config import get_settings
from thungngoen.db import create_db_engine, read_transaction, write_transaction
from thungngoen.db.migrate import upgrade

NOW = datetime(2026, 12, 5, 5, 0, tzinfo=UTC)
PUBLIC = "https://thungngoen.example"


def line_address(index: int) -> str:
    return f"U{index:032x}"


def add_people(connection: Connection, count: int, channel: str) -> None:
    """``count`` members, each with an address on ``channel`` (``line`` or ``email``)."""
    first = int(connection.execute(select(func.coalesce(func.max(users.c.id), 0))).scalar_one())
    for start in range(0, count, 10_000):
        block = range(start, min(count, start + 10_000))
        connection.execute(
            insert(users),
            [
                {
                    "phone": f"08{index:08d}",
                    "name": f"คนที่ {index}",
                    "role": "member",
                    "password_hash": UNUSABLE_PASSWORD,
                    "status": "active",
                    "created_at": NOW,
                }
                for index in block
            ],
        )
        connection.execute(
            insert(addresses),
            [
                {
                    "user_id": first + 1 + index,
                    "channel": channel,
                    "address": line_address(index)
                    if channel == "line"
                    else f"p{index}@example.org",
                    "created_at": NOW,
                }
                for index in block
            ],
        )


def announce(connection: Connection) -> int:
    """An approved announcement to everyone, due now."""
    draft = Draft("ประชุมใหญ่", "ประชุมใหญ่วันเสาร์", "Meeting", "General meeting", "everyone", "", NOW)
    announcement = write_announcement(connection, draft, 1, NOW)
    approve(connection, announcement, 1, NOW)
    return announcement


def deliver(engine: Engine, channel: LineChannel | EmailChannel, people: int) -> dict[str, Any]:
    """Queue, fan out and send an announcement to the ``people`` already added."""
    timetable = notify.Timetable(())  # no scheduled jobs: only the announcement
    with simulated_time(NOW):
        write_transaction(engine, announce)
        started = time.perf_counter()
        write_transaction(engine, lambda c: queue_due(c, NOW))
        queued = time.perf_counter()
        while write_transaction(engine, lambda c: fan_out(c, [channel.name], NOW)):
            pass
        fanned = time.perf_counter()
        rounds, done = 0, fanned
        while run_round(engine, [channel], PUBLIC, timetable):  # as the worker loops
            rounds, done = rounds + 1, time.perf_counter()
        sent = _sent(engine)
    seconds = done - fanned
    return {
        "people": people,
        "sent": sent,
        "queue_seconds": queued - started,
        "fan_out_seconds": fanned - queued,
        "send_seconds": seconds,
        "rounds": rounds,
        "deliveries_per_second": people / seconds,
        "total_seconds": done - started,
    }


def _sent(engine: Engine) -> int:
    with read_transaction(engine) as connection:
        query = select(func.count()).where(deliveries.c.status == "sent")
        return int(connection.execute(query).scalar_one())


def run_line_delivery(
    engine: Engine, people: int, multicast_per_second: float | None = None
) -> dict[str, Any]:
    """At the configured LINE limits, or at ``multicast_per_second`` multicasts a second."""
    settings = get_settings()
    limit = multicast_per_second or settings.line_multicast_per_second
    write_transaction(engine, lambda c: add_people(c, people, "line"))
    with line_server() as peer:
        channel = LineChannel(TOKEN, peer.url, settings.line_per_second, limit)
        try:
            data = deliver(engine, channel, people)
        finally:
            channel.close()
    requests = len(peer.multicasts) + len(peer.pushed)
    data |= {
        "requests": requests,
        "multicasts": len(peer.multicasts),
        "requests_per_second": requests / data["send_seconds"],
        "pace_requests_per_second": peer.pace(),
        "limit_requests_per_second": limit,
        "limit_deliveries_per_second": limit * 500,
        "most_requests_in_one_second": peer.most_in_one_second(),
        "largest_request": max((len(body["to"]) for body in peer.multicasts), default=1),
        "people_reached_once": sum(1 for count in peer.received.values() if count == 1),
        "people_reached_twice": sum(1 for count in peer.received.values() if count > 1),
        "conflicts_409": peer.conflicts,
        "problems": peer.problems[:3],
    }
    return data


def run_email_delivery(engine: Engine, people: int) -> dict[str, Any]:
    from thungngoen.bench.peers.smtp import smtp_server  # aiosmtpd: a development install

    settings = get_settings()
    write_transaction(engine, lambda c: add_people(c, people, "email"))
    with smtp_server() as (url, inbox):
        channel = EmailChannel(url, settings.mail_from, settings.smtp_per_second)
        data = deliver(engine, channel, people)
        received = len(inbox.received)
    return data | {
        "received": received,
        "limit_deliveries_per_second": settings.smtp_per_second,
    }


def fresh_engine(url: str) -> Engine:
    """A migrated, empty database at ``url``: a new SQLite file, or on PostgreSQL a
    schema of its own (``bench_notify``) dropped and made again."""
    if url.startswith("sqlite"):
        Path(make_url(url).database or "").unlink(missing_ok=True)
        engine = create_db_engine(url)
    else:
        admin = create_db_engine(url)
        with admin.begin() as connection:
            connection.execute(text("DROP SCHEMA IF EXISTS bench_notify CASCADE"))
            connection.execute(text("CREATE SCHEMA bench_notify"))
        admin.dispose()
        separator = "&" if "?" in url else "?"
        engine = create_db_engine(f"{url}{separator}options=-csearch_path%3Dbench_notify")
    upgrade(engine)
    return engine
