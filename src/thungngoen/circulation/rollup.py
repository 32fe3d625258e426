"""Keeping the circulation rollups up to date, incrementally.

The rollups cover the ledger up to a *watermark*: the last transfer id they include.
``refresh`` processes every settled transfer after it, in id order and in chunks (one
write transaction each, so payments go on between chunks): it classifies the transfer,
traces its coin (``tracing``), adds it to the day's aggregates and moves the watermark.
The tracing state of every account is stored with the rollups, so a refresh continues
exactly where the last one stopped: refreshing after every transfer or once at the end
gives the same rollups. Cheap when nothing is new: one indexed read.
"""

from collections.abc import Iterable
from functools import cache
from operator import itemgetter

from sqlalchemy import Connection, Engine, bindparam, delete, or_, select, update

from thungngoen.circulation import days, horizon, tables, upserts
from thungngoen.circulation.classify import Holder, classify_accounts
from thungngoen.circulation.fold import fold
from thungngoen.circulation.programs import programs_of
from thungngoen.circulation.tracing import Pool
from thungngoen.db import write_transaction
from thungngoen.db.prepared import Prepared
from thungngoen.ledger.tables import transfers

CHUNK = 500_000
WATERMARK = "watermark"
_SETTLED = ("posted", "post_pending")
_UNTRACED = frozenset({"mint", "reserve", "baht"})


def refresh(engine: Engine, chunk: int = CHUNK, chunks: int | None = None) -> int:
    """Bring the rollups up to the last settled transfer (or add at most ``chunks``
    chunks of it); return how many transfers were added."""
    up_to = horizon.settled_horizon(engine, watermark(engine))
    added = done = 0
    while up_to is not None and (chunks is None or done < chunks):
        count = write_transaction(engine, lambda c: process(c, up_to, chunk))
        added, done = added + count, done + 1
        if count < chunk:
            break
    return added


def watermark(bind: Engine | Connection) -> int:
    query = select(tables.state.c.value).where(tables.state.c.name == WATERMARK)
    if isinstance(bind, Connection):
        return int(bind.execute(query).scalar() or 0)
    with bind.connect() as connection:
        return int(connection.execute(query).scalar() or 0)


def process(connection: Connection, up_to: int, limit: int = CHUNK) -> int:
    """Add the transfers after the watermark, up to id ``up_to`` and at most ``limit`` of
    them, to the rollups (in the caller's write transaction); return how many. The
    watermark moves past pending transfers too (they move no posted balance)."""
    after = _lock_watermark(connection)
    if after >= up_to:
        return 0
    bounds = {"after": after, "up_to": up_to, "n": limit}
    chunk = _chunk_query(connection.dialect.name).run(connection, bounds)
    if chunk:
        accounts = {*map(itemgetter(1), chunk), *map(itemgetter(2), chunk)}
        holders, pools = _holders(connection, accounts)
        programs = programs_of(connection, chunk[0][0], chunk[-1][0])
        fold(chunk, holders, pools, programs).write(connection)
        _save_holders(connection, holders, pools)
    last = chunk[-1][0] if len(chunk) == limit else up_to
    connection.execute(
        update(tables.state).where(tables.state.c.name == WATERMARK).values(value=last)
    )
    return len(chunk)


def reset(connection: Connection) -> None:
    """Forget every rollup: the next refresh rebuilds them from the first transfer."""
    for table in tables.ROLLUPS:
        connection.execute(delete(table))


def _lock_watermark(connection: Connection) -> int:
    """The watermark, locked so that two refreshes never add the same transfers."""
    upserts.insert_new(connection, tables.state, [(WATERMARK, 0)])
    query = select(tables.state.c.value).where(tables.state.c.name == WATERMARK)
    return int(connection.execute(query.with_for_update()).scalar_one())


@cache
def _chunk_query(dialect: str) -> Prepared:
    """The next transfers that moved posted balances, with their Thai day (read through
    the driver: a first rollup reads every transfer of the ledger)."""
    return Prepared(
        select(
            transfers.c.id,
            transfers.c.debit_account_id,
            transfers.c.credit_account_id,
            transfers.c.currency,
            transfers.c.amount,
            transfers.c.purpose,
            days.thai_day(dialect, transfers.c.created_at),
            transfers.c.reverses_id,
        )
        .where(
            transfers.c.id > bindparam("after"),
            transfers.c.id <= bindparam("up_to"),
            or_(*(transfers.c.kind == kind for kind in _SETTLED)),
        )
        .order_by(transfers.c.id)
        .limit(bindparam("n"))
    )


def _holders(
    connection: Connection, account_ids: Iterable[int]
) -> tuple[dict[int, Holder], dict[int, Pool]]:
    """The holders of ``account_ids`` and the tracing pools of the coin ones; accounts
    seen for the first time are classified (their pools start empty)."""
    ids = sorted(set(account_ids))
    holders: dict[int, Holder] = {}
    pools: dict[int, Pool] = {}
    h = tables.holders.c
    for start in range(0, len(ids), 500):
        query = select(tables.holders).where(h.account_id.in_(ids[start : start + 500]))
        for row in connection.execute(query):
            holders[row.account_id] = Holder(
                row.account_id, row.holder_kind, row.holder_id, row.tambon_code, row.program_id
            )
            if row.holder_kind not in _UNTRACED:
                pools[row.account_id] = Pool.from_row(row.balance, row.hop_mass, row.pools)
    for holder in classify_accounts(connection, [i for i in ids if i not in holders]):
        holders[holder.account_id] = holder
        if holder.kind not in _UNTRACED:
            pools[holder.account_id] = Pool()
    return holders, pools


def _save_holders(
    connection: Connection, holders: dict[int, Holder], pools: dict[int, Pool]
) -> None:
    rows = []
    for account_id, holder in holders.items():
        pool = pools.get(account_id) or Pool()
        rows.append(
            (
                account_id,
                holder.kind,
                holder.holder_id,
                holder.tambon,
                holder.program_id,
                pool.balance,
                pool.hop_mass,
                pool.to_json(),
            )
        )
    upserts.replace(connection, tables.holders, rows, ("balance", "hop_mass", "pools"))
