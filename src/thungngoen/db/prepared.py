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
    defaults: dict[str, Any]
    """Values of the statement's literal binds (``kind == "sandbox"`` compiles to one)."""


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
            positions = _picker(tuple(compiled.positiontup or ()))
        defaults = {
            name: bind.value
            for name, bind in compiled.binds.items()
            if bind.value is not None and not bind.required
        }
        return _Compiled(str(compiled), positions, tuple(processors), defaults)

    def submit(self, connection: Connection, params: Mapping[str, Any]) -> "Submitted":
        """Send the query; read its rows later (in a pipeline, after more queries)."""
        compiled = self._compiled(connection.dialect)
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(compiled.sql, _driver_params(compiled, params, {}))
        except BaseException:
            cursor.close()
            raise
        return Submitted(cursor)

    def execute(self, connection: Connection, params: Mapping[str, Any]) -> None:
        """Execute a statement that returns no rows (inside a pipeline: queue it)."""
        compiled = self._compiled(connection.dialect)
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(compiled.sql, _driver_params(compiled, params, {}))
        finally:
            cursor.close()

    def run(self, connection: Connection, params: Mapping[str, Any]) -> list[Any]:
        """Execute a query with ``params`` (by bind name) and return its rows."""
        return self.submit(connection, params).rows()

    def run_many(self, connection: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        """Execute once per row with the driver's ``executemany``."""
        compiled = self._compiled(connection.dialect)
        memo: dict[tuple[str, int], Any] = {}
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.executemany(compiled.sql, [_driver_params(compiled, row, memo) for row in rows])
        finally:
            cursor.close()


class Submitted:
    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def rows(self) -> list[Any]:
        try:
            return list(self._cursor.fetchall())
        finally:
            self._cursor.close()


def _driver_params(
    compiled: _Compiled, params: Mapping[str, Any], memo: dict[tuple[str, int], Any]
) -> Any:
    """Bind-processed parameters in the driver's form; ``memo`` reuses the processed form
    of a value object seen before (a batch's rows share one timestamp)."""
    if compiled.defaults:
        params = {**compiled.defaults, **params}
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


def _picker(names: tuple[str, ...]) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    """A fast function from named parameters to the driver's positional tuple."""
    if not names:
        return lambda params: ()
    pick = itemgetter(*names)
    if len(names) == 1:
        return lambda params: (pick(params),)
    return pick
