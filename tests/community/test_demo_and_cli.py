"""The demo's community data (55 communities, ~40 organisations, synthetic households
that keep every rule the operations keep) and ``thungngoen data …``."""

import time
from datetime import date

from sqlalchemy import Engine, func, select
from typer.testing import CliRunner

from thungngoen import community, savings
from thungngoen.auth.users import find_by_phone
from thungngoen.cli.main import app
from thungngoen.community.demo import load_community_demo
from thungngoen.community.demo_data import COLLECTOR, COORDINATOR, DEMO_PREFIX
from thungngoen.community.tables import (
    communities,
    consents,
    households,
    organisations,
    persons,
    savings_links,
)
from thungngoen.db import read_transaction, write_transaction
from thungngoen.thai import thai_today


def _count(engine: Engine, table: object) -> int:
    with read_transaction(engine) as connection:
        return int(connection.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def test_the_demo_loads_once_fast_and_keeps_the_rules(engine: Engine) -> None:
    group = write_transaction(
        engine,
        lambda c: savings.create_group(
            c, code="boyang-01", name="กลุ่มออมทรัพย์ชุมชนแหลมสนอ่อน", tambon_code="900101",
            community="ชุมชนแหลมสนอ่อน", founded_on=date(2024, 1, 1), actor="test",
        ),
    )  # fmt: skip
    started = time.monotonic()
    assert load_community_demo(engine) is True
    assert time.monotonic() - started < 60
    assert (_count(engine, communities), _count(engine, households)) == (55, 3_000)
    assert _count(engine, organisations) >= 40
    people = _count(engine, persons)
    assert people > 6_000
    with read_transaction(engine) as connection:
        names = connection.execute(select(communities.c.name)).scalars().all()
        assert all(name.startswith(DEMO_PREFIX) for name in names)
        rows = connection.execute(select(persons)).all()
        sensitive = set(
            connection.execute(
                select(consents.c.person_id).where(consents.c.kind == "sensitive")
            ).scalars()
        )
        general = connection.execute(
            select(func.count()).select_from(consents).where(consents.c.kind == "general")
        ).scalar_one()
        linked = connection.execute(select(savings_links)).all()
        coordinator = find_by_phone(connection, COORDINATOR.phone)
        collector = find_by_phone(connection, COLLECTOR.phone)
        assert coordinator is not None
        assert collector is not None
        assert community.duties_of(connection, coordinator.id).coordinator
        assert len(community.duties_of(connection, collector.id).collects) == 3
    assert general == people, "every person rests on a consent"
    today = thai_today()
    for row in rows:
        if row.bedridden is not None or row.disability is not None:
            assert row.id in sensitive, "health data only under explicit consent"
        if row.elderly_alone:
            assert (today - row.birth_date).days >= 60 * 365
    assert any(row.bedridden for row in rows)
    assert any(row.child_out_of_school for row in rows)
    assert [(link.savings_group_id) for link in linked] == [group.id]
    assert load_community_demo(engine) is False
    assert _count(engine, households) == 3_000


def test_the_commands(engine: Engine, database_url: str) -> None:
    runner = CliRunner()

    def run(*words: str) -> str:
        result = runner.invoke(app, ["data", *words, "--database-url", database_url])
        assert result.exit_code == 0, result.output
        return result.output

    assert "community data loaded" in run("demo")
    assert COLLECTOR.password in run("demo")
    listed = run("communities", "--node", "tambon:900102")
    assert "6 communities" in listed
    with read_transaction(engine) as connection:
        first = connection.execute(select(households).order_by(households.c.id)).first()
        phoned = connection.execute(
            select(persons.c.household_id, persons.c.phone).where(persons.c.phone.is_not(None))
        ).first()
    assert first is not None
    assert phoned is not None
    assert first.house_number in run("households", "--community", str(first.community_id))
    shown = run("persons", "--household", str(phoned.household_id))
    assert community.mask_phone(phoned.phone) in shown
    assert phoned.phone not in shown
    assert "มูลนิธิชุมชนสงขลา" in run("organisations", "--sector", "civil_society")
    granted = run("duties", "--grant", "leader", "--phone", COORDINATOR.phone, "--community", "4")
    assert "granted: leader" in granted
    refused = runner.invoke(
        app, ["data", "communities", "--node", "village:1", "--database-url", database_url]
    )
    assert refused.exit_code == 1
    assert "village:1" in refused.output
    nobody = runner.invoke(
        app, ["data", "duties", "--grant", "leader", "--phone", "12", "--community", "4",
              "--database-url", database_url],
    )  # fmt: skip
    assert nobody.exit_code == 1
