"""A province's central data, generated fast: communities in each of Songkhla's 127
sub-districts (the packaged registry), ``households`` households of 1 to 5 persons, three
persons per household on average (exactly: sizes come in pairs that add up to six), with
Thai-looking names, phones, birth dates and vulnerable groups; the same seed gives the
same rows. Written with SQLAlchemy Core ``executemany`` in chunks, ids given (the tables
are new), so the writer never waits for ``RETURNING``.

Every person's lawful basis is ``public_task`` (a sub-district's own survey); the 15 %
with health or disability data hold an explicit section 26 consent, as the operations
require. No consent of section 19, no organisation, no savings group: the profile's and
the search's queries do not read them (decision 0050)."""

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import partial
from random import Random
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, text

from thungngoen.bench.province.names import FAMILY, GIVEN
from thungngoen.community.pdpa.notices import ensure_first_notice
from thungngoen.community.tables import COMMUNITY_KINDS, communities, consents, households, persons
from thungngoen.community.tables import TENURES as ALL_TENURES
from thungngoen.db import write_transaction
from thungngoen.registry.places import tambons

AT = datetime(2026, 11, 1, 3, 0, tzinfo=UTC)
TODAY = date(2026, 11, 1)
ACTOR = "bench"
CHUNK = 5_000
"""Households per statement group (about 15,000 persons)."""
TENURES = ALL_TENURES[:2] * 3 + ALL_TENURES
OCCUPATIONS = ("รับจ้างทั่วไป", "ค้าขาย", "ประมง", "เกษตรกร", "ขับรถรับจ้าง", "แม่บ้าน", "ข้าราชการบำนาญ")
Progress = Callable[[str, int, int], None]
"""``(what, done, total)``."""


@dataclass(frozen=True, slots=True)
class ProvinceSize:
    households: int = 500_000
    communities_per_tambon: int = 10
    seed: int = 15


@dataclass(frozen=True, slots=True)
class Built:
    communities: int
    households: int
    persons: int
    seconds: float


def counts(connection: Connection) -> tuple[int, int, int]:
    """Communities, households and persons in the database."""
    return tuple(  # type: ignore[return-value]
        connection.execute(select(func.count()).select_from(table)).scalar_one()
        for table in (communities, households, persons)
    )


def build_province(engine: Engine, size: ProvinceSize, progress: Progress) -> Built:
    """Fill the (migrated, empty) database; one transaction per chunk."""
    started = time.perf_counter()
    rng = Random(size.seed)
    write_transaction(engine, ensure_first_notice)  # the consents below name it
    community_ids = write_transaction(engine, lambda c: _communities(c, rng, size))
    weights = [rng.randint(20, 100) for _ in community_ids]
    placed = sorted(rng.choices(community_ids, weights, k=size.households))
    sizes = _sizes(rng, size.households)
    person_id = 0
    for first in range(0, size.households, CHUNK):
        chunk = range(first, min(first + CHUNK, size.households))
        rows, people, sensitive = _chunk(rng, chunk, placed, sizes, person_id)
        write_transaction(engine, partial(_write, rows=rows, people=people, sensitive=sensitive))
        person_id += len(people)
        progress("households", chunk.stop, size.households)
    if engine.dialect.name == "postgresql":
        write_transaction(engine, _restart_sequences)
    with engine.connect() as connection:
        found = counts(connection)
    return Built(*found, seconds=time.perf_counter() - started)


def _communities(connection: Connection, rng: Random, size: ProvinceSize) -> list[int]:
    rows = [
        {
            "name": f"ชุมชนจำลอง {place.name} {number}",
            "kind": rng.choice(COMMUNITY_KINDS),
            "tambon_code": code,
            "municipality_id": None,
            "leader_name": f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
            "created_at": AT,
            "updated_at": AT,
        }
        for code, place in sorted(tambons().items())
        for number in range(1, size.communities_per_tambon + 1)
    ]
    connection.execute(insert(communities), rows)
    return list(connection.execute(select(communities.c.id).order_by(communities.c.id)).scalars())


def _sizes(rng: Random, count: int) -> list[int]:
    """Household sizes 1–5 in pairs adding up to six: exactly three persons on average."""
    sizes: list[int] = []
    while len(sizes) < count:
        first = rng.choices((1, 2, 3), (3, 4, 5))[0]
        sizes += [first, 6 - first]
    rng.shuffle(sizes)
    return sizes[:count]


def _chunk(
    rng: Random, chunk: range, placed: list[int], sizes: list[int], person_id: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[int]]:
    rows, people, sensitive = [], [], []
    for index in chunk:
        household_id = index + 1
        number = str(rng.randint(1, 999))
        rows.append(
            {
                "id": household_id,
                "community_id": placed[index],
                "house_number": f"{number}/{rng.randint(1, 40)}" if rng.random() < 0.4 else number,
                "address": f"ซอย {rng.randint(1, 30)}",
                "house_registration_no": None,
                "tenure": rng.choice(TENURES),
                "income_month": rng.randrange(300_000, 3_000_000, 100),
                "debts": rng.choice((0, 0, rng.randrange(100_000, 10_000_000, 100))),
                "wish_to_relocate": rng.random() < 0.04,
                "version": 1,
                "created_by": ACTOR,
                "created_at": AT,
                "updated_at": AT,
            }
        )
        for relation, born in _members(rng, sizes[index]):
            person_id += 1
            person, health = _person(rng, person_id, household_id, relation, born, sizes[index])
            people.append(person)
            if health:
                sensitive.append(person_id)
    return rows, people, sensitive


def _born(rng: Random, low: int, high: int) -> date:
    return TODAY - timedelta(days=rng.randint(low * 365 + 1, high * 365 + 300))


def _members(rng: Random, size: int) -> Iterator[tuple[str, date]]:
    yield "head", _born(rng, 62, 88) if size == 1 and rng.random() < 0.5 else _born(rng, 25, 75)
    if size >= 2:
        yield "spouse", _born(rng, 25, 75)
    for place in range(3, size + 1):
        relation = "parent" if place == 5 else rng.choice(("child", "child", "grandchild"))
        yield relation, _born(rng, 65, 90) if relation == "parent" else _born(rng, 0, 24)


def _person(
    rng: Random, person_id: int, household_id: int, relation: str, born: date, size: int
) -> tuple[dict[str, Any], bool]:
    age = (TODAY - born).days // 365
    health = rng.random() < 0.15
    adult = age >= 18
    row = {
        "id": person_id,
        "household_id": household_id,
        "name": f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
        "birth_date": born,
        "sex": rng.choice(("female", "male")),
        "relation": relation,
        "national_id_digest": None,
        "national_id_last4": None,
        "phone": f"0{rng.choice('689')}{rng.randrange(10**8):08d}"
        if adult and rng.random() < 0.7
        else None,
        "occupation": rng.choice(OCCUPATIONS) if adult else "",
        "education": "unknown",
        "chronic_illness": (age >= 40 and rng.random() < 0.3) if health else None,
        "disability": rng.random() < 0.06 if health else None,
        "bedridden": (age >= 60 and rng.random() < 0.15) if health else None,
        "elderly_alone": size == 1 and age >= 60,
        "child_out_of_school": 6 <= age < 18 and rng.random() < 0.08,
        "wallet_member_id": None,
        "savings_member_id": None,
        "lawful_basis": "public_task",
        "basis_reason": "การสำรวจข้อมูลครัวเรือนของตำบล (ข้อมูลจำลอง)",
        "version": 1,
        "created_at": AT,
        "updated_at": AT,
    }
    return row, health


def _write(
    connection: Connection,
    rows: list[dict[str, Any]],
    people: list[dict[str, Any]],
    sensitive: list[int],
) -> None:
    connection.execute(insert(households), rows)
    connection.execute(insert(persons), people)
    given = {
        "kind": "sensitive",
        "purpose": "การดูแลสุขภาพที่บ้าน (ข้อมูลจำลอง)",
        "notice_version": "2026-1",
        "given_at": AT,
        "taken_by": ACTOR,
    }
    if sensitive:
        connection.execute(insert(consents), [{"person_id": p, **given} for p in sensitive])


def _restart_sequences(connection: Connection) -> None:
    """The ids were given: the next one the sequences hand out follows them."""
    for table in (households, persons):
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"(SELECT coalesce(max(id), 1) FROM {table.name}))"
            )
        )
