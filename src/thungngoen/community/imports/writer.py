"""Writing a batch of read rows: the households and persons already there are found by
their keys and compared, new ones inserted with multi-row statements, changed ones
updated (their ``version`` moves on), identical ones left alone — so the same file twice
changes nothing.

Keys (decision 0047): a household is its community and house number; a person is their
national ID's digest when the row gives one, else their household, name and birth date.
A row whose national ID belongs to a person of another household, or whose person
withdrew the consent their record rests on, is rejected before anything of its batch is
written."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, insert, select, update

from thungngoen.community.imports.rows import Parsed, Problem
from thungngoen.community.tables import consents, households, persons

HOUSEHOLD_VALUES = (
    "address",
    "house_registration_no",
    "tenure",
    "income_month",
    "debts",
    "wish_to_relocate",
)
PERSON_VALUES = (
    "name",
    "birth_date",
    "sex",
    "relation",
    "phone",
    "occupation",
    "education",
    "chronic_illness",
    "disability",
    "bedridden",
    "elderly_alone",
    "child_out_of_school",
    "lawful_basis",
    "basis_reason",
    "national_id_digest",
    "national_id_last4",
)
HouseKey = tuple[int, str]


@dataclass(slots=True)
class Counts:
    households_created: int = 0
    households_updated: int = 0
    persons_created: int = 0
    persons_updated: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)


def insert_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` in one multi-row statement; their ids in order. SQLite would insert
    a row per statement to return ids in order, so there the ids are read back: the
    writer holds SQLite's one write lock, so the new rows are those above the old
    highest id, in insertion order."""
    if connection.dialect.name == "postgresql":
        # Ids drawn from the table's sequence first, then one multi-row insert without
        # RETURNING (concurrent writers draw their own: no clash).
        sequence = func.pg_get_serial_sequence(table.name, "id")
        drawn = select(func.nextval(sequence)).select_from(func.generate_series(1, len(rows)))
        ids = list(connection.execute(drawn).scalars())
        connection.execute(
            insert(table), [row | {"id": i} for row, i in zip(rows, ids, strict=True)]
        )
        return ids
    if connection.dialect.name != "sqlite":
        returning = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(connection.execute(returning, rows).scalars())
    before = connection.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    connection.execute(insert(table), rows)
    query = select(table.c.id).where(table.c.id > before).order_by(table.c.id)
    ids = list(connection.execute(query).scalars())
    if len(ids) != len(rows):
        raise RuntimeError(f"{len(rows)} rows inserted into {table.name}, {len(ids)} found")
    return ids


def _house_key(parsed: Parsed) -> HouseKey:
    return parsed.household["community_id"], parsed.household["house_number"]


def _existing_households(connection: Connection, batch: Sequence[Parsed]) -> dict[HouseKey, Any]:
    wanted = {_house_key(parsed) for parsed in batch}
    query = select(households).where(
        households.c.community_id.in_({key[0] for key in wanted}),
        households.c.house_number.in_({key[1] for key in wanted}),
    )
    found: dict[HouseKey, Any] = {}
    for row in connection.execute(query.order_by(households.c.id)):
        found.setdefault((row.community_id, row.house_number), row)
    return found


def _existing_persons(
    connection: Connection, household_ids: set[int], digests: set[str]
) -> tuple[dict[tuple[int, str, Any], Any], dict[str, Any]]:
    by_name: dict[tuple[int, str, Any], Any] = {}
    by_digest: dict[str, Any] = {}
    query = select(persons, households.c.community_id, households.c.house_number).join(
        households, households.c.id == persons.c.household_id
    )
    conditions = []
    if household_ids:
        conditions.append(persons.c.household_id.in_(household_ids))
    if digests:
        conditions.append(persons.c.national_id_digest.in_(digests))
    for condition in conditions:
        for row in connection.execute(query.where(condition).order_by(persons.c.id)):
            by_name.setdefault((row.household_id, row.name, row.birth_date), row)
            if row.national_id_digest:
                by_digest[row.national_id_digest] = row
    return by_name, by_digest


def _active_consents(connection: Connection, person_ids: set[int]) -> set[tuple[int, str]]:
    if not person_ids:
        return set()
    query = select(consents.c.person_id, consents.c.kind).where(
        consents.c.person_id.in_(person_ids), consents.c.withdrawn_at.is_(None)
    )
    return {(row.person_id, row.kind) for row in connection.execute(query)}


def write_batch(
    connection: Connection, batch: Sequence[Parsed], *, actor: str, at: datetime, counts: Counts
) -> None:
    if not batch:
        return
    homes = _existing_households(connection, batch)
    digests = {p.person["national_id_digest"] for p in batch if "national_id_digest" in p.person}
    by_name, by_digest = _existing_persons(connection, {row.id for row in homes.values()}, digests)
    matches: list[tuple[Parsed, Any]] = []
    for parsed in batch:
        digest = parsed.person.get("national_id_digest")
        holder = by_digest.get(digest) if digest else None
        home = homes.get(_house_key(parsed))
        if holder is not None and (holder.community_id, holder.house_number) != _house_key(parsed):
            counts.problems.append(
                Problem(parsed.row, "national_id", "duplicate_person_national_id",
                        "this national ID is recorded for a person of another household")
            )  # fmt: skip
            continue
        if holder is None and home is not None:
            person = parsed.person
            holder = by_name.get((home.id, person["name"], person["birth_date"]))
        matches.append((parsed, holder))
    in_force = _active_consents(connection, {h.id for _, h in matches if h is not None})
    kept: list[tuple[Parsed, Any]] = []
    for parsed, holder in matches:
        withdrawn = (
            holder is not None
            and holder.lawful_basis == "consent"
            and (holder.id, "general") not in in_force
        )
        if withdrawn:
            counts.problems.append(
                Problem(parsed.row, "lawful_basis", "missing_lawful_basis",
                        "the person withdrew consent: an old sheet does not bring the data back")
            )  # fmt: skip
            continue
        kept.append((parsed, holder))
    household_ids = _write_households(connection, kept, homes, at, counts)
    _write_persons(connection, kept, household_ids, in_force, actor, at, counts)


def _write_households(
    connection: Connection,
    kept: list[tuple[Parsed, Any]],
    homes: dict[HouseKey, Any],
    at: datetime,
    counts: Counts,
) -> dict[HouseKey, int]:
    ids = {key: row.id for key, row in homes.items()}
    new: dict[HouseKey, dict[str, Any]] = {}
    changed: dict[int, dict[str, Any]] = {}
    for parsed, _ in kept:
        key, values = _house_key(parsed), parsed.household
        row = homes.get(key)
        if row is None:
            new.setdefault(key, values)
        elif any(getattr(row, name) != values[name] for name in HOUSEHOLD_VALUES):
            changed[row.id] = {name: values[name] for name in HOUSEHOLD_VALUES}
    if new:
        stamp = {"version": 1, "created_by": "import", "created_at": at, "updated_at": at}
        rows = [values | stamp for values in new.values()]
        returned = insert_rows(connection, households, rows)
        ids.update(zip(new, returned, strict=True))
        counts.households_created += len(new)
    if changed:
        statement = (
            update(households)
            .where(households.c.id == bindparam("_id"))
            .values(
                {name: bindparam(name) for name in HOUSEHOLD_VALUES}
                | {"version": households.c.version + 1, "updated_at": at}
            )
        )
        connection.execute(statement, [v | {"_id": i} for i, v in changed.items()])
        counts.households_updated += len(changed)
    return ids


def _write_persons(
    connection: Connection,
    kept: list[tuple[Parsed, Any]],
    household_ids: dict[HouseKey, int],
    in_force: set[tuple[int, str]],
    actor: str,
    at: datetime,
    counts: Counts,
) -> None:
    new: dict[tuple[int, str, Any], Parsed] = {}
    changed: dict[int, dict[str, Any]] = {}
    sensitive_given: list[tuple[int, Parsed]] = []
    for parsed, holder in kept:
        person = parsed.person
        if holder is None:
            household_id = household_ids[_house_key(parsed)]
            new[(household_id, person["name"], person["birth_date"])] = parsed
            continue
        values = {name: person.get(name, getattr(holder, name)) for name in PERSON_VALUES}
        if any(getattr(holder, name) != values[name] for name in PERSON_VALUES):
            changed[holder.id] = values
        else:
            counts.unchanged += 1
        if parsed.basis.sensitive_consent and (holder.id, "sensitive") not in in_force:
            sensitive_given.append((holder.id, parsed))
    if changed:
        statement = (
            update(persons)
            .where(persons.c.id == bindparam("_id"))
            .values(
                {name: bindparam(name) for name in PERSON_VALUES}
                | {"version": persons.c.version + 1, "updated_at": at}
            )
        )
        connection.execute(statement, [v | {"_id": i} for i, v in changed.items()])
        counts.persons_updated += len(changed)
    if not new:
        _consents(connection, [], sensitive_given, actor, at)
        return
    stamp = {"version": 1, "created_at": at, "updated_at": at}
    rows = [
        {"household_id": key[0], "national_id_digest": None, "national_id_last4": None}
        | parsed.person
        | stamp
        for key, parsed in new.items()
    ]
    returned = insert_rows(connection, persons, rows)
    created = list(zip(returned, new.values(), strict=True))
    counts.persons_created += len(created)
    general = [(pid, parsed) for pid, parsed in created if parsed.basis.kind == "consent"]
    sensitive_given += [(pid, parsed) for pid, parsed in created if parsed.basis.sensitive_consent]
    _consents(connection, general, sensitive_given, actor, at)


def _consents(
    connection: Connection,
    general: list[tuple[int, Parsed]],
    sensitive: list[tuple[int, Parsed]],
    actor: str,
    at: datetime,
) -> None:
    rows = [
        {
            "person_id": person_id,
            "kind": kind,
            "purpose": parsed.basis.purpose,
            "notice_version": parsed.basis.notice_version,
            "given_at": at,
            "taken_by": actor,
        }
        for kind, given in (("general", general), ("sensitive", sensitive))
        for person_id, parsed in given
    ]
    if rows:
        connection.execute(insert(consents), rows)
