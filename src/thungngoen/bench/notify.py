"""Scenario (n) of ``bench/run_all.py``: what notifications cost.

1. **Per payment**: a shop payment raises two notifications (the member's receipt, the
   shop's takings), two prepared INSERTs in the payment's own transaction. Timed here:
   ``pairs`` such pairs inside one open SQLite transaction on a file database, so the
   figure is the statements' own cost, which is what a payment's unit of work gains (its
   durable commit is the same one; the WAL frame it writes grows by two small rows).
2. **An announcement to ``people`` people**: users created in bulk, one announcement to
   everyone written and approved, then ``queue_due`` timed — the ``INSERT … SELECT`` that
   puts one notification per person in the outbox, committed durably.
"""

import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, insert

from thungngoen.auth.tables import users
from thungngoen.auth.users import UNUSABLE_PASSWORD
from thungngoen.bench.ledger.stats import percentile
from thungngoen.bench.notify_delivery import fresh_engine, run_email_delivery, run_line_delivery
from thungngoen.communication.announcements import Draft, approve, queue_due, write_announcement
from thungngoen.db import create_db_engine, write_transaction
from thungngoen.db.migrate import upgrade
from thungngoen.db.writer import detach_writer
from thungngoen.notify import notify
from thungngoen.wallet.notifications import PAID, SHOP_PAID

NOW = datetime(2026, 12, 5, 5, 0, tzinfo=UTC)


def _people(connection: Connection, count: int) -> None:
    rows = [
        {
            "phone": f"08{index:08d}",
            "name": f"คนที่ {index}",
            "role": "member",
            "password_hash": UNUSABLE_PASSWORD,
            "status": "active",
            "created_at": NOW,
        }
        for index in range(count)
    ]
    for start in range(0, count, 10_000):
        connection.execute(insert(users), rows[start : start + 10_000])


def _pairs(connection: Connection, pairs: int) -> list[float]:
    """Seconds per pair, in blocks of 100 (the spread is over blocks)."""
    receipt = {"amount": 5_400, "to": "ร้านข้าวมันไก่ป้าแดง", "transfer_id": 1}
    takings = {"amount": 5_400, "shop": "ร้านข้าวมันไก่ป้าแดง"}
    blocks = []
    for _ in range(pairs // 100):
        started = time.perf_counter()
        for _ in range(100):
            notify(connection, PAID, 1, NOW, receipt)
            notify(connection, SHOP_PAID, 2, NOW, takings)
        blocks.append((time.perf_counter() - started) / 100)
    return blocks


def run_notify_bench(directory: Path, people: int = 100_000, pairs: int = 20_000) -> dict[str, Any]:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "notify.db"
    path.unlink(missing_ok=True)
    engine = create_db_engine(f"sqlite:///{path}")
    try:
        upgrade(engine)
        write_transaction(engine, lambda c: _people(c, people))
        blocks = write_transaction(engine, lambda c: _pairs(c, pairs))
        draft = Draft("ประชุม", "ประชุมใหญ่", "Meeting", "General meeting", "everyone", "", NOW)
        announcement = write_transaction(engine, lambda c: write_announcement(c, draft, 1, NOW))
        write_transaction(engine, lambda c: approve(c, announcement, 1, NOW))
        started = time.perf_counter()
        queued = write_transaction(engine, lambda c: queue_due(c, NOW))
        queue_seconds = time.perf_counter() - started
    finally:
        detach_writer(engine)
        engine.dispose()
    micro = sorted(block * 1e6 for block in blocks)
    return {
        "people": people,
        "queued": queued,
        "queue_seconds": queue_seconds,
        "pairs": pairs,
        "per_payment_us_p50": percentile(micro, 50),
        "per_payment_us_p90": percentile(micro, 90),
        "per_payment_us_max": max(micro),
    }


def run_notify_delivery_bench(
    urls: dict[str, str], people: int = 100_000, email_people: int = 100, paced: float = 20.0
) -> dict[str, Any]:
    """The delivery of scenario (n) (``notify_delivery``) on each database of ``urls``
    (``{"sqlite": …, "postgresql": …}``): the LINE run at LINE's limits, the same at
    ``paced`` multicasts a second (where the limit, not our own work, is what binds), and
    the email run at the SMTP rate."""
    plans: list[tuple[str, Callable[[Engine], dict[str, Any]]]] = [
        ("line", lambda e: run_line_delivery(e, people)),
        ("line_paced", lambda e: run_line_delivery(e, people // 2, paced)),
        ("email", lambda e: run_email_delivery(e, email_people)),
    ]
    runs: dict[str, Any] = {}
    for backend, url in urls.items():
        for name, run in plans:
            engine = fresh_engine(url)
            try:
                runs[f"{name}_{backend}"] = run(engine)
            finally:
                detach_writer(engine)
                engine.dispose()
    return runs
