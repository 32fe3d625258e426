"""The synthetic households and persons of the demo, written in bulk: a few statements
for thousands of rows, each row as the operations would write it (a lawful basis and its
consent for every person, health data only under an explicit consent, elderly living alone
only at 60 or more, children out of school only from 6 to 17)."""

from datetime import date, datetime, timedelta
from random import Random
from typing import Any

from sqlalchemy import Connection, insert

from thungngoen.community.demo_data import NOTICE_VERSION, PURPOSE
from thungngoen.community.tables import consents, households, persons
from thungngoen.registry.names import person_name, phone
from thungngoen.thai import thai_day

ACTOR = "demo"
PHONE_BLOCK = "093"
"""Phones of demo persons: a block no demo login and no simulation uses."""
TENURES = ("own",) * 4 + ("rent",) * 3 + ("railway_land",) * 2 + ("public_land", "baan_mankong")
OCCUPATIONS = ("รับจ้างทั่วไป", "ค้าขาย", "ประมง", "ขับรถรับจ้าง", "แม่บ้าน", "ข้าราชการบำนาญ", "")


def _house_number(rng: Random) -> str:
    number = str(rng.randint(1, 400))
    return f"{number}/{rng.randint(1, 30)}" if rng.random() < 0.4 else number


def _born(rng: Random, today: date, low: int, high: int) -> date:
    return today - timedelta(days=rng.randint(low * 365 + 1, high * 365 + 300))


def _members(rng: Random, today: date) -> list[tuple[str, date]]:
    """Relation and birth date of each member: a head, perhaps a spouse, children, a parent."""
    alone_elder = rng.random() < 0.08
    people = [("head", _born(rng, today, 62 if alone_elder else 25, 85 if alone_elder else 70))]
    if alone_elder:
        return people
    if rng.random() < 0.7:
        people.append(("spouse", _born(rng, today, 25, 70)))
    people += [("child", _born(rng, today, 0, 24)) for _ in range(rng.randint(0, 3))]
    if rng.random() < 0.2:
        people.append(("parent", _born(rng, today, 65, 90)))
    return people


def add_households(
    connection: Connection, rng: Random, community_ids: list[int], count: int, at: datetime
) -> int:
    """``count`` households spread over the communities, with their persons; returns how
    many persons."""
    weights = [rng.randint(20, 100) for _ in community_ids]
    chosen = rng.choices(community_ids, weights, k=count)
    rows = [
        {
            "community_id": community_id,
            "house_number": _house_number(rng),
            "address": f"ซอย {rng.randint(1, 20)}",
            "house_registration_no": None,
            "tenure": rng.choice(TENURES),
            "income_month": rng.randrange(300_000, 2_500_000, 100),
            "debts": rng.choice((0, 0, rng.randrange(100_000, 10_000_000, 100))),
            "wish_to_relocate": rng.random() < 0.05,
            "version": 1,
            "created_by": ACTOR,
            "created_at": at,
            "updated_at": at,
        }
        for community_id in sorted(chosen)
    ]
    ids = (
        connection.execute(
            insert(households).returning(households.c.id, sort_by_parameter_order=True), rows
        )
        .scalars()
        .all()
    )
    today = thai_day(at)
    people: list[dict[str, Any]] = []
    sensitive: list[bool] = []
    for household_id in ids:
        members = _members(rng, today)
        for relation, born in members:
            people.append(
                _person(rng, household_id, relation, born, today, len(members), len(people), at)
            )
            sensitive.append(people[-1].pop("_sensitive"))
    person_ids = (
        connection.execute(
            insert(persons).returning(persons.c.id, sort_by_parameter_order=True), people
        )
        .scalars()
        .all()
    )
    given: dict[str, Any] = {
        "purpose": PURPOSE,
        "notice_version": NOTICE_VERSION,
        "given_at": at,
        "taken_by": ACTOR,
    }
    consented: list[dict[str, Any]] = [
        {"person_id": pid, "kind": "general", **given} for pid in person_ids
    ]
    consented += [
        {"person_id": pid, "kind": "sensitive", **given}
        for pid, flag in zip(person_ids, sensitive, strict=True)
        if flag
    ]
    connection.execute(insert(consents), consented)
    return len(person_ids)


def _person(
    rng: Random,
    household_id: int,
    relation: str,
    born: date,
    today: date,
    size: int,
    number: int,
    at: datetime,
) -> dict[str, Any]:
    age = (today - born).days // 365
    health = rng.random() < 0.15
    return {
        "household_id": household_id,
        "name": person_name(rng),
        "birth_date": born,
        "sex": rng.choice(("female", "male")),
        "relation": relation,
        "national_id_digest": None,
        "national_id_last4": None,
        "phone": phone(PHONE_BLOCK, number) if age >= 18 and rng.random() < 0.7 else None,
        "occupation": rng.choice(OCCUPATIONS) if age >= 18 else "",
        "education": "unknown",
        "chronic_illness": (age >= 40 and rng.random() < 0.3) if health else None,
        "disability": rng.random() < 0.08 if health else None,
        "bedridden": (age >= 60 and rng.random() < 0.15) if health else None,
        "elderly_alone": size == 1 and age >= 60,
        "child_out_of_school": 6 <= age < 18 and rng.random() < 0.08,
        "wallet_member_id": None,
        "savings_member_id": None,
        "lawful_basis": "consent",
        "basis_reason": "",
        "version": 1,
        "created_at": at,
        "updated_at": at,
        "_sensitive": health,
    }
