"""A small town's coin economy behind the app, built with the wallet's own operations:
six members of Bo Yang and two of Khao Rup Chang buy at a Bo Yang shop in March, the shop
pays a Hat Yai wholesaler, which redeems part of it; in April the six buy again. In
``town_with_program`` a sandbox program opens on 1 April, and in April the six also buy
for 10 baht each at the wholesaler."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Connection, Engine

from tests.circulation.economy import BO_YANG, HAT_YAI, KHAO_RUP_CHANG, Economy, at
from tests.web.conftest import demo_site, log_in, logged_in, site  # noqa: F401  (the pages fixtures)
from thungngoen.auth.users import create_user
from thungngoen.clock import simulated_time
from thungngoen.db import write_transaction
from thungngoen.db.writer import detach_writer
from thungngoen.wallet import programs
from thungngoen.wallet.people import Member
from thungngoen.web.app import create_app

SHOP_NAMES = ("ร้านข้าวหนึ่ง", "ร้านค้าส่งสาม")
MEMBER_NAMES = tuple(f"สมาชิกทดสอบ{n}" for n in range(8))
STAFF = {"operator": "0819999999", "auditor": "0818888888"}
STAFF_PASSWORD = "staff-pass1"
PROGRAM_CODE = "bo-yang-april"
PROGRAM_NAME = "ถุงเงินบ่อยาง เดือนเมษายน"


@dataclass
class Town:
    engine: Engine
    economy: Economy
    members: list[Member]

    def client(self, role: str | None = None) -> TestClient:
        client = TestClient(create_app(self.engine))
        if role == "member":
            return logged_in(client, self.economy.phone_of[self.members[0].id], "member-pass")
        return client if role is None else logged_in(client, STAFF[role], STAFF_PASSWORD)


def _sandbox(engine: Engine, opens: datetime) -> None:
    terms = programs.ProgramTerms(name=PROGRAM_NAME, valid_from=opens)
    with simulated_time(opens):
        write_transaction(
            engine,
            lambda c: programs.create_program(
                c, code=PROGRAM_CODE, kind="sandbox", terms=terms, actor="test"
            ),
        )


@pytest.fixture
def town(engine: Engine) -> Iterator[Town]:
    yield _town(engine, with_program=False)
    detach_writer(engine)


@pytest.fixture
def town_with_program(engine: Engine) -> Iterator[Town]:
    """The town, its April purchases made under the sandbox ``PROGRAM_CODE``."""
    yield _town(engine, with_program=True)
    detach_writer(engine)


def _town(engine: Engine, *, with_program: bool) -> Town:
    economy = Economy(engine)
    shop = economy.shop(SHOP_NAMES[0], BO_YANG)
    wholesaler = economy.shop(SHOP_NAMES[1], HAT_YAI, "wholesale")
    members = []
    for n, name in enumerate(MEMBER_NAMES):
        member = economy.member(name, BO_YANG if n < 6 else KHAO_RUP_CHANG)
        economy.top_up(member, 300, at(2, 9))
        economy.buy(member, shop, 100 if n < 6 else 50, at(2, 10 + n))
        members.append(member)
    economy.supply(shop, wholesaler, 300, at(3, 9))
    economy.redeem(wholesaler, 100, at(4, 9))
    if with_program:
        _sandbox(engine, at(1, 0, month=4))
    for member in members[:6]:
        economy.buy(member, shop, 40, at(5, 10, month=4))
        if with_program:
            economy.buy(member, wholesaler, 10, at(5, 11, month=4))

    def add_staff(connection: Connection) -> None:
        for role, phone in STAFF.items():
            create_user(
                connection,
                phone=phone,
                name=role,
                role=role,
                password=STAFF_PASSWORD,
                actor="test",
            )

    write_transaction(engine, add_staff)
    return Town(engine, economy, members)
