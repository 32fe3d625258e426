"""Core statements compiled once per dialect and run straight on the driver's cursor.

SQLAlchemy's execution layer costs 10–15 µs per statement, about as much as SQLite
itself takes to run a small indexed statement. The ledger's single-transfer path runs a
handful of fixed statements per durable commit, so it compiles them once and hands them
to the driver directly, inside the transaction that the ``Connection`` manages. The
statements are still written in Core; bind values still go through the column types'
own bind processors, so what is stored is exactly what Core would store.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler


@dataclass(frozen=True, slots=True)
class _Compiled:
    sql: str
    positions: tuple[str, ...] | None
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
        positions = tuple(compiled.positiontup or ()) if compiled.positional else None
        return _Compiled(str(compiled), positions, tuple(processors))

    def run(self, connection: Connection, params: Mapping[str, Any]) -> Any:
        """Execute with ``params`` (by bind name) and return the driver's cursor."""
        compiled = self._compiled(connection.dialect)
        if compiled.processors:
            params = dict(params)
            for name, processor in compiled.processors:
                params[name] = processor(params[name])
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        if compiled.positions is None:
            cursor.execute(compiled.sql, params)
        else:
            cursor.execute(compiled.sql, tuple(params[name] for name in compiled.positions))
        return cursor
