"""What the community area's table modules share: a column's allowed values as a CHECK,
and the created/updated stamps."""

from sqlalchemy import Column

from thungngoen.db.types import UtcDateTime


def one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def stamps() -> tuple[Column[object], Column[object]]:
    return (
        Column("created_at", UtcDateTime(), nullable=False),
        Column("updated_at", UtcDateTime(), nullable=False),
    )
