"""Scenario (n') of ``bench/run_all.py``: the weekly digest job for ``people`` members.

A week of a pilot: every member topped up on Tuesday and paid a shop on Thursday, one
announcement reached everyone, the circulation rollups were refreshed; then, at Monday
08:00 Thai time, the job ``communication.digests`` runs batch after batch (each its own
transaction, as the worker runs it once a minute) until every member has had theirs.
Timed: the whole pass, and each batch (``digests.BATCH`` people: every section's
queries, the digests stored and told). On SQLite (a file) and, when reachable,
PostgreSQL (its own schema, dropped and made again)."""

import time
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, text

from thungngoen import ledger
from thungngoen.auth.tables import users
from thungngoen.auth.users import UNUSABLE_PASSWORD
from thungngoen.bench.ledger.stats import percentile
from thungngoen.circulation import rollup
from thungngoen.clock import simulated_time
from thungngoen.communication import digests
from thungngoen.communication.announcements import Draft, approve, queue_due, write_announcement
from thungngoen.communication.tables import digest_runs
from thungngoen.communication.tables import digests as stored
from thungngoen.db import create_db_engine
from thungngoen.db.migrate import upgrade
from thungngoen.wallet import book
from thungngoen.wallet.tables import members, merchants

WEEK = datetime(2026, 11, 1, 17, 0, tzinfo=UTC)  # Monday 2 November 2026, 00:00 Thai time
SENT = WEEK + timedelta(days=7, hours=8)  # the Monday after, 08:00 Thai time
CHUNK = 1_000


def _people(connection: Connection, count: int) -> list[int]:
    rows = [
        {
            "phone": f"08{index:08d}",
            "name": f"คนที่ {index}",
            "role": "member",
            "password_hash": UNUSABLE_PASSWORD,
            "status": "active",
            "created_at": WEEK,
        }
        for index in range(count)
    ]
    connection.execute(insert(users), rows)
    return list(connection.execute(select(users.c.id).order_by(users.c.id)).scalars())


def _wallets(connection: Connection, user_ids: list[int]) -> tuple[list[int], int]:
    book.ensure_system_accounts(connection)
    shop = book.open_wallet(connection, "merchant", "bench", "ร้านทดสอบ")
    wallets = [book.open_wallet(connection, "member", str(u), f"คนที่ {u}") for u in user_ids]
    rows = [
        {"user_id": u, "account_id": a, "tambon_code": "900101", "created_at": WEEK}
        for u, a in zip(user_ids, wallets, strict=True)
    ]
    connection.execute(insert(members), rows)
    shop_row = {
        "owner_user_id": user_ids[0],
        "account_id": shop,
        "business_name": "ร้านทดสอบ",
        "category": "food",
        "tambon_code": "900101",
        "status": "approved",
        "created_at": WEEK,
    }
    connection.execute(insert(merchants).values(shop_row))
    return wallets, shop


def _week(engine: Engine, wallets: list[int], shop: int) -> None:
    with engine.begin() as connection:
        mint = book.system_account_id(connection, book.MINT)
    for day, legs in (
        (1, [ledger.TransferRequest(mint, w, 20_000, "SKC", "topup_cash") for w in wallets]),
        (3, [ledger.TransferRequest(w, shop, 5_400, "SKC", "payment") for w in wallets]),
    ):
        with simulated_time(WEEK + timedelta(days=day)):
            for start in range(0, len(legs), CHUNK):
                with engine.begin() as connection:
                    ledger.post_batch(connection, legs[start : start + CHUNK])


def _announce(engine: Engine, author: int) -> None:
    moment = WEEK + timedelta(days=2)
    draft = Draft("ตลาดนัด", "ตลาดนัดวันเสาร์", "Market", "Saturday market", "everyone", "", moment)
    with engine.begin() as connection:
        announcement = write_announcement(connection, draft, author, moment)
        approve(connection, announcement, author, moment)
        queue_due(connection, moment)


def _prepare(engine: Engine, people: int) -> None:
    upgrade(engine)
    with engine.begin() as connection:
        user_ids = _people(connection, people)
        wallets, shop = _wallets(connection, user_ids)
    _week(engine, wallets, shop)
    _announce(engine, user_ids[0])
    rollup.refresh(engine)


def _job(engine: Engine) -> list[float]:
    """Seconds per batch, until the week's pass is done."""
    batches = []
    while True:
        started = time.perf_counter()
        with engine.begin() as connection:
            digests.run(connection, SENT)
            done = connection.execute(
                select(func.count()).where(digest_runs.c.done_at.is_(None))
            ).scalar_one()
        batches.append(time.perf_counter() - started)
        if done == 0:
            return batches


def run_digest_bench(url: str, people: int = 10_000) -> dict[str, Any]:
    """``url``: an empty database (the caller makes a fresh one)."""
    engine = create_db_engine(url)
    try:
        _prepare(engine, people)
        batches = _job(engine)
        with engine.connect() as connection:
            told = connection.execute(select(func.count()).select_from(stored)).scalar_one()
            first = connection.execute(select(stored.c.content).limit(1)).scalar_one()
    finally:
        engine.dispose()
    milli = sorted(b * 1000 for b in batches)
    return {
        "backend": make_backend(url),
        "people": people,
        "told": int(told),
        "sections": sorted(first),
        "batches": len(batches),
        "batch_size": digests.BATCH,
        "job_seconds": sum(batches),
        "batch_ms_p50": percentile(milli, 50),
        "batch_ms_max": max(milli),
    }


def make_backend(url: str) -> str:
    return "postgresql" if url.startswith("postgresql") else "sqlite"


def fresh_postgres(url: str, schema: str = "bench_digests") -> str:
    """``url`` with its own empty schema ``schema`` (dropped first if it was there)."""
    engine = create_db_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    finally:
        engine.dispose()
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}options=-csearch_path%3D{schema}"
