"""The province-size generator of scenario (p) at a small size, on each backend: the
counts it promises, a consistent tree, rows the operations would accept, and the same
rows from the same seed."""

from pathlib import Path

from sqlalchemy import Engine, func, select

from thungngoen import community
from thungngoen.bench.province.generate import AT, ProvinceSize, build_province
from thungngoen.community.tables import communities, consents, households, persons
from thungngoen.db import create_db_engine, write_transaction
from thungngoen.db.migrate import upgrade
from thungngoen.registry.places import tambons


def test_a_small_province_adds_up(engine: Engine) -> None:
    seen: list[tuple[str, int, int]] = []
    built = build_province(
        engine, ProvinceSize(households=400, communities_per_tambon=2), lambda *a: seen.append(a)
    )
    assert (built.communities, built.households, built.persons) == (2 * len(tambons()), 400, 1200)
    assert seen[-1] == ("households", 400, 400)
    with engine.connect() as connection:
        orphans = connection.execute(
            select(func.count())
            .select_from(persons.outerjoin(households, persons.c.household_id == households.c.id))
            .where(households.c.id.is_(None))
        ).scalar_one()
        places = set(connection.execute(select(communities.c.tambon_code)).scalars())
        heads = connection.execute(
            select(persons.c.household_id, func.count())
            .where(persons.c.relation == "head")
            .group_by(persons.c.household_id)
        ).all()
        unconsented_health = connection.execute(
            select(func.count())
            .select_from(persons)
            .where(persons.c.disability.is_not(None))
            .where(
                ~persons.c.id.in_(
                    select(consents.c.person_id).where(consents.c.kind == "sensitive")
                )
            )
        ).scalar_one()
        sizes: dict[int, int] = dict(
            connection.execute(
                select(persons.c.household_id, func.count()).group_by(persons.c.household_id)
            ).all()
        )
        alone = connection.execute(
            select(persons.c.household_id).where(persons.c.elderly_alone.is_(True))
        ).scalars()
    assert orphans == 0
    assert places == set(tambons()), "every sub-district of the registry has its communities"
    assert len(heads) == 400, "one head per household"
    assert {n for _, n in heads} == {1}
    assert unconsented_health == 0, "health data only under an explicit consent (s.26)"
    assert set(sizes.values()) <= {1, 2, 3, 4, 5}
    assert len(sizes) == 400
    assert all(sizes[h] == 1 for h in alone)


def test_the_app_goes_on_writing_after_the_given_ids(engine: Engine) -> None:
    build_province(engine, ProvinceSize(households=30, communities_per_tambon=1), lambda *a: None)
    with engine.connect() as connection:
        first = connection.execute(select(func.min(communities.c.id))).scalar_one()
    made = write_transaction(
        engine,
        lambda c: community.create_household(
            c, community_id=first, house_number="1", tenure="own", actor="test", at=AT
        ),
    )
    assert made.id == 31


def _rows(engine: Engine) -> list[tuple[object, ...]]:
    columns = (persons.c.id, persons.c.name, persons.c.phone, persons.c.birth_date)
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(select(*columns).order_by(persons.c.id))]


def test_the_same_seed_builds_the_same_rows(engine: Engine, tmp_path: Path) -> None:
    size = ProvinceSize(households=50, communities_per_tambon=1, seed=3)
    build_province(engine, size, lambda *a: None)
    other = create_db_engine(f"sqlite:///{tmp_path / 'again.db'}")
    try:
        upgrade(other)
        build_province(other, size, lambda *a: None)
        assert _rows(other) == _rows(engine)
        assert len({row[1] for row in _rows(engine)}) > 100, "names of many people, not a few"
    finally:
        other.dispose()
