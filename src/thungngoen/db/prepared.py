"""Core statements compiled once per dialect and run straight on the driver's cursor.

SQLAlchemy's execution layer costs 10–15 µs per statement, about as much as SQLite
itself takes to run a small indexed statement. The ledger's single-transfer path runs a
handful of fixed statements per durable commit, so it compiles them once and hands them
to the driver directly, inside the transaction that the ``Connection`` manages. The
statements are still written in Core; bind values still go through the column types'
own bind processors, so what is stored is exactly what Core would store.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler


@dataclass(frozen=True, slots=True)
class _Compiled:
    sql: str
    positions: Callable[[Mapping[str, Any]], tuple[Any, ...]] | None
    """Picks the parameters in the driver's positional order; ``None`` for named styles."""
    processors: tuple[tuple[str, Callable[[Any], Any]], ...]


class Prepared:
    def __init__(self, statement: ClauseElement, column_keys: list[str] | None = None) -> None:
        self.statement = statement
        self.column_keys = column_keys
        self._by_dialect: dict[str, _Compiled] = {}

    def _compiled(self, dialect: Dialect) -> _Compiled:
        key = f"{dialect.name}:{dialect.paramstyle}"
        compiled = self._by_dialect.get(key)
        if compiled is None:
            compiled = self._by_dialect[key] = self._compile(dialect)
        return compiled

    def _compile(self, dialect: Dialect) -> _Compiled:
        compiled = self.statement.compile(dialect=dialect, column_keys=self.column_keys)
        assert isinstance(compiled, SQLCompiler)
        processors = []
        for name, bind in compiled.binds.items():
            processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if processor is not None:
                processors.append((name, processor))
        positions = None
        if compiled.positional:
            picker = itemgetter(*(compiled.positiontup or ()))
            positions = picker if len(compiled.positiontup or ()) > 1 else _one(picker)
        return _Compiled(str(compiled), positions, tuple(processors))

    def run(self, connection: Connection, params: Mapping[str, Any]) -> Any:
        """Execute with ``params`` (by bind name) and return the driver's cursor."""
        compiled = self._compiled(connection.dialect)
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        cursor.execute(compiled.sql, _driver_params(compiled, params, {}))
        return cursor

    def run_many(self, connection: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        """Execute once per row with the driver's ``executemany``."""
        compiled = self._compiled(connection.dialect)
        memo: dict[tuple[str, int], Any] = {}
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        cursor.executemany(compiled.sql, [_driver_params(compiled, row, memo) for row in rows])


def _driver_params(
    compiled: _Compiled, params: Mapping[str, Any], memo: dict[tuple[str, int], Any]
) -> Any:
    """Bind-processed parameters in the driver's form; ``memo`` reuses the processed form
    of a value object seen before (a batch's rows share one timestamp)."""
    if compiled.processors:
        params = dict(params)
        for name, processor in compiled.processors:
            value = params[name]
            if value is None:
                continue
            key = (name, id(value))
            if key not in memo:
                memo[key] = processor(value)
            params[name] = memo[key]
    if compiled.positions is None:
        return params
    return compiled.positions(params)


def _one(picker: Callable[[Mapping[str, Any]], Any]) -> Callable[[Mapping[str, Any]], tuple[Any]]:
    return lambda params: (picker(params),)
