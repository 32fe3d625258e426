"""The parts of a person's record that search looks up by index (decision 0050): the
family name (what follows the first space of the name) and the last four digits of the
phone. Each is an SQL expression written the same on every backend's index and query,
so the planner matches them: SQLite has ``instr``, PostgreSQL ``strpos``."""

from typing import Any

from sqlalchemy import ColumnElement, String, func, literal_column
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import GenericFunction


class family_part(GenericFunction[str]):  # noqa: N801 (an SQL function's name)
    """``family_part(name)``: the name after its first space (all of it if none)."""

    type = String()
    inherit_cache = True


@compiles(family_part, "sqlite")
def _family_sqlite(element: family_part, compiler: SQLCompiler, **kw: Any) -> str:
    name = compiler.process(element.clauses, **kw)
    return f"substr({name}, instr({name}, ' ') + 1)"


@compiles(family_part)
def _family_other(element: family_part, compiler: SQLCompiler, **kw: Any) -> str:
    name = compiler.process(element.clauses, **kw)
    return f"substr({name}, strpos({name}, ' ') + 1)"


def phone_tail(phone: ColumnElement[Any]) -> ColumnElement[str]:
    """The last four digits of a (normalised, ten-digit) phone."""
    return func.substr(phone, func.length(phone) - literal_column("3"))
    # a literal, not a parameter: PostgreSQL matches an index's expression to the
    # query's only when they are written alike, also in a prepared statement
