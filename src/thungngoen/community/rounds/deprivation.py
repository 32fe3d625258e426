"""Deprivation in TPMAP's five dimensions, judged from a round's records with thresholds
the coordinator can change (decision 0045).

A household is deprived in **income** when its income per person a year is below the
income line, or when it fails at least ``income_failed`` of the income indicators; in
each other dimension when it fails at least that dimension's number of indicators. The
thresholds are versioned rows (each change a new version, audited); the counts always
use the current version unless given one, so moving a threshold moves the counts."""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, case, func, insert, or_, select

from thungngoen import audit
from thungngoen.community.errors import CommunityError
from thungngoen.community.nodes import Node, community_scope, parse_node
from thungngoen.community.round_tables import DIMENSIONS, round_records, thresholds
from thungngoen.community.rounds.standard import STANDARD_QUESTIONS
from thungngoen.community.tables import communities

DEFAULT_INCOME_LINE = 3_800_000
"""Satang a person a year: the จปฐ. criterion of 38,000 baht (decision 0045)."""
INDICATORS = {
    dimension: [q.key for q in STANDARD_QUESTIONS if q.dimension == dimension]
    for dimension in DIMENSIONS
}
MAX_INCOME_LINE = 10**10


class InvalidThresholds(CommunityError):
    code = "invalid_deprivation_thresholds"


@dataclass(frozen=True, slots=True)
class Thresholds:
    version: int
    income_line: int
    """Satang a person a year; a household below it is deprived in income."""
    failed: dict[str, int]
    """Per dimension: how many failed indicators make a household deprived in it."""
    reason: str = "default"
    set_by: str = ""
    set_at: datetime | None = None


DEFAULT = Thresholds(0, DEFAULT_INCOME_LINE, dict.fromkeys(DIMENSIONS, 1))


@dataclass(frozen=True, slots=True)
class DeprivationCounts:
    """Households of a round under a node: surveyed, deprived in at least one dimension,
    and deprived in each."""

    surveyed: int
    any_dimension: int
    by_dimension: dict[str, int] = field(default_factory=dict)


def _thresholds(row: Any) -> Thresholds:
    m = row._mapping
    failed = {d: m[f"{d}_failed"] for d in DIMENSIONS}
    return Thresholds(m["version"], m["income_line"], failed, m["reason"], m["set_by"], m["set_at"])


def current_thresholds(connection: Connection) -> Thresholds:
    row = connection.execute(select(thresholds).order_by(thresholds.c.version.desc())).first()
    return DEFAULT if row is None else _thresholds(row)


def threshold_history(connection: Connection) -> list[Thresholds]:
    rows = connection.execute(select(thresholds).order_by(thresholds.c.version.desc()))
    return [_thresholds(row) for row in rows]


def set_thresholds(
    connection: Connection,
    *,
    income_line: int,
    failed: dict[str, int],
    reason: str,
    actor: str,
    at: datetime,
) -> Thresholds:
    """A new version of the thresholds; the old ones stay for the record."""
    if not isinstance(income_line, int) or isinstance(income_line, bool):
        raise InvalidThresholds("the income line is whole satang", "income_line")
    if not 0 <= income_line <= MAX_INCOME_LINE:
        raise InvalidThresholds("the income line is 0 to 100 million baht a year", "income_line")
    if set(failed) != set(DIMENSIONS):
        raise InvalidThresholds(f"a number for each of {', '.join(DIMENSIONS)}", "failed")
    for dimension, needed in failed.items():
        most = len(INDICATORS[dimension])
        if not isinstance(needed, int) or isinstance(needed, bool) or not 1 <= needed <= most:
            raise InvalidThresholds(
                f"{dimension}: 1 to {most} failed indicators", f"{dimension}_failed"
            )
    reason = " ".join(reason.split())
    if not reason or len(reason) > 300:
        raise InvalidThresholds("say why the thresholds change (up to 300 characters)", "reason")
    before = current_thresholds(connection)
    values = {f"{d}_failed": failed[d] for d in DIMENSIONS} | {
        "version": before.version + 1,
        "income_line": income_line,
        "reason": reason,
        "set_by": actor,
        "set_at": at,
    }
    connection.execute(insert(thresholds), values)
    audit.record(
        connection,
        actor=actor,
        action="community.thresholds_set",
        subject_type="deprivation_thresholds",
        subject_id=before.version + 1,
        before={"income_line": before.income_line, **before.failed},
        after={"version": before.version + 1, "income_line": income_line, **failed},
    )
    return current_thresholds(connection)


def deprived_conditions(limits: Thresholds) -> dict[str, ColumnElement[bool]]:
    """Per dimension, the condition on ``community_round_records`` that a record is
    deprived in it."""
    c = round_records.c
    conditions: dict[str, ColumnElement[bool]] = {
        d: c[f"{d}_failed"] >= limits.failed[d] for d in DIMENSIONS
    }
    conditions["income"] = or_(c.income_per_person < limits.income_line, conditions["income"])
    return conditions


def _one_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return case((condition, 1), else_=0)


def deprived_households(
    connection: Connection, node: Node | str, round_id: int, limits: Thresholds | None = None
) -> DeprivationCounts:
    """How many households of the round under ``node`` (any node of the tree, or its id
    such as ``"tambon:900101"``) are deprived in each dimension, with the current
    thresholds unless given others."""
    if isinstance(node, str):
        node = parse_node(node)
    conditions = deprived_conditions(limits or current_thresholds(connection))
    query = (
        select(
            func.count(),
            func.sum(_one_if(or_(*conditions.values()))),
            *(func.sum(_one_if(conditions[d])) for d in DIMENSIONS),
        )
        .select_from(
            round_records.join(communities, communities.c.id == round_records.c.community_id)
        )
        .where(round_records.c.round_id == round_id, community_scope(connection, node))
    )
    row = connection.execute(query).one()
    counts = {d: int(row[i + 2] or 0) for i, d in enumerate(DIMENSIONS)}
    return DeprivationCounts(int(row[0]), int(row[1] or 0), counts)


def deprived_in(record: dict[str, Any], limits: Thresholds) -> list[str]:
    """The dimensions one record (its figures) is deprived in."""
    found = [d for d in DIMENSIONS if record[f"{d}_failed"] >= limits.failed[d]]
    if record["income_per_person"] < limits.income_line and "income" not in found:
        found.insert(0, "income")
    return found
