"""``thungngoen data demo``: the community data of the demo pilot (``demo_data``) — places
and organisations through the operations, then about 3,000 synthetic households with
their persons in bulk (a fixed seed: the same data every time, in seconds). Loading it
twice adds nothing; each load links the savings demo's groups to their communities when
they are there (``thungngoen savings demo``)."""

from datetime import datetime
from random import Random

from sqlalchemy import Connection, Engine, select

from thungngoen import community, savings, wallet
from thungngoen.auth.users import find_by_phone
from thungngoen.clock import utc_now
from thungngoen.community.demo_data import (
    BO_YANG,
    BO_YANG_NAMES,
    COLLECTOR,
    COLLECTOR_COMMUNITIES,
    COORDINATOR,
    CROWDED,
    DEMO_PREFIX,
    FISHING,
    KHAO_RUP_CHANG,
    KHAO_RUP_CHANG_NAMES,
    KO_TAEO,
    KO_TAEO_NAMES,
    ORGANISATIONS,
    RAILWAY,
)
from thungngoen.community.demo_people import ACTOR, add_households
from thungngoen.community.pdpa.notices import ensure_first_notice
from thungngoen.community.relocation.demo import load_relocation_demo
from thungngoen.community.rounds.demo import add_demo_round
from thungngoen.community.tables import communities
from thungngoen.db import write_transaction
from thungngoen.registry.names import person_name
from thungngoen.wallet import Login

HOUSEHOLDS = 3_000


def load_community_demo(engine: Engine, households: int = HOUSEHOLDS, seed: int = 15) -> bool:
    """``False`` when the demo communities were there already."""
    at = utc_now()
    loaded = write_transaction(engine, lambda c: _load(c, at, households, seed))
    write_transaction(engine, _link_savings_groups)
    return loaded


def _kind(name: str) -> str:
    if name in RAILWAY:
        return "railway"
    if name in FISHING:
        return "fishing"
    return "crowded" if name in CROWDED else "urban"


def _load(connection: Connection, at: datetime, count: int, seed: int) -> bool:
    first = f"{DEMO_PREFIX}{BO_YANG_NAMES[0]}"
    if connection.execute(select(communities.c.id).where(communities.c.name == first)).first():
        return False
    ensure_first_notice(connection)
    rng = Random(seed)
    city = community.create_municipality(
        connection, name="เทศบาลนครสงขลา", kind="city", tambon_codes=[BO_YANG], actor=ACTOR, at=at
    )
    town = community.create_municipality(
        connection,
        name="เทศบาลเมืองเขารูปช้าง",
        kind="town",
        tambon_codes=[KHAO_RUP_CHANG],
        actor=ACTOR,
        at=at,
    )
    made = []
    for tambon, town_id, names in (
        (BO_YANG, city.id, BO_YANG_NAMES),
        (KHAO_RUP_CHANG, town.id, KHAO_RUP_CHANG_NAMES),
        (KO_TAEO, None, KO_TAEO_NAMES),
    ):
        for name in names:
            made.append(
                community.create_community(
                    connection,
                    name=f"{DEMO_PREFIX}{name}",
                    kind=_kind(name) if tambon != KO_TAEO else "rural",
                    tambon_code=tambon,
                    municipality_id=town_id,
                    leader_name=person_name(rng),
                    latitude_e6=7_190_000 + rng.randrange(30_000),
                    longitude_e6=100_570_000 + rng.randrange(40_000),
                    actor=ACTOR,
                    at=at,
                )
            )
    towns = {
        "municipality:city": f"municipality:{city.id}",
        "municipality:town": f"municipality:{town.id}",
    }
    for name_th, name_en, sector, dimensions, place in ORGANISATIONS:
        community.create_organisation(
            connection,
            name_th=name_th,
            name_en=name_en,
            sector=sector,
            dimensions=dimensions,
            places=[towns.get(place, place)],
            actor=ACTOR,
            at=at,
        )
    coordinator = _logins(connection, made[:COLLECTOR_COMMUNITIES], at)
    add_households(connection, rng, [c.id for c in made], count, at)
    load_relocation_demo(connection, at, BO_YANG, f"user:{coordinator}")
    add_demo_round(connection, [c.id for c in made], COORDINATOR.phone, COLLECTOR.phone, at)
    return True


def _login_id(connection: Connection, login: Login) -> int:
    """A demo login with a wallet of its own (its home page is the wallet's)."""
    found = find_by_phone(connection, login.phone)
    if found is not None:
        return found.id
    member = wallet.register_member(
        connection,
        phone=login.phone,
        name=login.name,
        password=login.password,
        tambon_code=BO_YANG,
        actor=ACTOR,
    )
    return member.user_id


def _logins(connection: Connection, assigned: list[community.Community], at: datetime) -> int:
    """The coordinator's and the collector's duties; returns the coordinator's login."""
    coordinator, collector = (_login_id(connection, login) for login in (COORDINATOR, COLLECTOR))
    community.grant_duty(connection, user_id=coordinator, duty="coordinator", actor=ACTOR, at=at)
    for place in assigned:
        community.grant_duty(
            connection,
            user_id=collector,
            duty="collector",
            community_id=place.id,
            actor=ACTOR,
            at=at,
        )
    return coordinator


def _link_savings_groups(connection: Connection) -> None:
    """Each savings group of Bo Yang whose community is a demo community's namesake."""
    by_name = {
        row.name.removeprefix(DEMO_PREFIX): row.id
        for row in connection.execute(
            select(communities.c.id, communities.c.name).where(communities.c.tambon_code == BO_YANG)
        )
    }
    for group in savings.list_groups(connection, BO_YANG):
        found = by_name.get(group.community.removeprefix("ชุมชน"))
        if found is not None:
            community.link_savings_group(connection, found, group.id, actor=ACTOR)
