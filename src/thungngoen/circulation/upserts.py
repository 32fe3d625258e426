"""Adding to aggregate rows in one statement: ``INSERT … ON CONFLICT``, which SQLite and
PostgreSQL both have (each in its own SQLAlchemy dialect construct).

A first rollup writes hundreds of thousands of rows, so, as on the ledger's posting
path (docs/decisions/0003), the statements are compiled once per dialect and run on the
driver's ``executemany``; values go through the columns' own bind processors, so what
is stored is exactly what Core would store. Rows are tuples in the table's column order.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import Connection, Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect

Mode = Literal["add", "replace", "ignore"]
Rows = Sequence[Sequence[Any]]
Processors = tuple[tuple[int, Callable[[Any], Any]], ...]


def add_to(connection: Connection, table: Table, rows: Rows, sums: Sequence[str]) -> None:
    """Insert ``rows``; where a row's key exists, add its ``sums`` columns to it."""
    _run(connection, table, "add", tuple(sums), rows)


def replace(connection: Connection, table: Table, rows: Rows, columns: Sequence[str]) -> None:
    """Insert ``rows``; where a row's key exists, overwrite its ``columns``."""
    _run(connection, table, "replace", tuple(columns), rows)


def insert_new(connection: Connection, table: Table, rows: Rows) -> None:
    """Insert the ``rows`` whose key is not there yet."""
    _run(connection, table, "ignore", (), rows)


def insert_new_returning(
    connection: Connection, table: Table, rows: Rows, returning: Sequence[str]
) -> list[Any]:
    """Insert the ``rows`` whose key is not there yet; return ``returning`` of those
    inserted (multi-row ``INSERT … ON CONFLICT DO NOTHING RETURNING``, which both
    databases have; the drivers' ``executemany`` returns no rows)."""
    if not rows:
        return []
    dialect = connection.dialect
    processors = _compiled(connection, table, "ignore", ()).processors
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    group = f"({', '.join([mark] * len(table.columns))})"
    columns = ", ".join(column.name for column in table.columns)
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    inserted: list[Any] = []
    memo: dict[tuple[int, Any], Any] = {}
    try:
        for start in range(0, len(rows), _RETURNING_BATCH):
            batch = rows[start : start + _RETURNING_BATCH]
            values = ", ".join([group] * len(batch))
            cursor.execute(
                f"INSERT INTO {table.name} ({columns}) VALUES {values}"
                f" ON CONFLICT DO NOTHING RETURNING {', '.join(returning)}",
                [value for row in batch for value in _processed(row, processors, memo)],
            )
            inserted.extend(cursor.fetchall())
    finally:
        cursor.close()
    readers = [
        table.c[name].type.dialect_impl(dialect).result_processor(dialect, None)
        for name in returning
    ]
    if not any(readers):
        return inserted
    return [
        tuple(read(value) if read else value for read, value in zip(readers, row, strict=True))
        for row in inserted
    ]


_RETURNING_BATCH = 1_000
"""Rows per statement: SQLite allows 32,766 parameters."""


@dataclass(frozen=True, slots=True)
class _Compiled:
    sql: str
    names: tuple[str, ...] | None
    """Named parameters (PostgreSQL's psycopg); ``None``: positional, in column order."""
    processors: Processors
    """The bind processors of the columns that have one, by column index."""


_COMPILED: dict[tuple[str, str, str, Mode, tuple[str, ...]], _Compiled] = {}


def _run(
    connection: Connection, table: Table, mode: Mode, columns: tuple[str, ...], rows: Rows
) -> None:
    if not rows:
        return
    compiled = _compiled(connection, table, mode, columns)
    memo: dict[tuple[int, Any], Any] = {}
    params: list[Any] = [_processed(row, compiled.processors, memo) for row in rows]
    if compiled.names is not None:
        params = [dict(zip(compiled.names, row, strict=True)) for row in params]
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(compiled.sql, params)
    finally:
        cursor.close()


def _compiled(
    connection: Connection, table: Table, mode: Mode, columns: tuple[str, ...]
) -> _Compiled:
    dialect = connection.dialect
    key = (dialect.name, dialect.paramstyle, table.name, mode, columns)
    found = _COMPILED.get(key)
    if found is None:
        found = _COMPILED[key] = _compile(dialect, table, mode, columns)
    return found


def _processed(row: Sequence[Any], processors: Processors, memo: dict[tuple[int, Any], Any]) -> Any:
    """The row with its values bind-processed; ``memo`` keeps each processed day (the
    rows of a chunk share a few days)."""
    if not processors:
        return row
    values = list(row)
    for index, processor in processors:
        value = values[index]
        if value is None:
            continue
        if isinstance(value, date):
            key = (index, value)
            done = memo.get(key)
            if done is None:
                done = memo[key] = processor(value)
            values[index] = done
        else:
            values[index] = processor(value)
    return values


def _compile(dialect: Dialect, table: Table, mode: Mode, columns: tuple[str, ...]) -> _Compiled:
    insert: Any = (postgresql if dialect.name == "postgresql" else sqlite).insert(table)
    key = [column.name for column in table.primary_key.columns]
    if mode == "ignore":
        statement = insert.on_conflict_do_nothing(index_elements=key)
    elif mode == "add":
        added = {name: table.c[name] + insert.excluded[name] for name in columns}
        statement = insert.on_conflict_do_update(index_elements=key, set_=added)
    else:
        new = {name: insert.excluded[name] for name in columns}
        statement = insert.on_conflict_do_update(index_elements=key, set_=new)
    names = tuple(column.name for column in table.columns)
    compiled = statement.compile(dialect=dialect, column_keys=list(names))
    if compiled.positional:
        assert tuple(compiled.positiontup or ()) == names, "binds out of column order"
    processors = tuple(
        (index, processor)
        for index, column in enumerate(table.columns)
        if (processor := column.type.dialect_impl(dialect).bind_processor(dialect)) is not None
    )
    return _Compiled(str(compiled), None if compiled.positional else names, processors)
