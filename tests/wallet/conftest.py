"""A small wallet world: an operator's books, an agent, two members and a shop."""

from dataclasses import dataclass

import pytest
from sqlalchemy import Connection, Engine

from thungngoen.auth import pins
from thungngoen.auth.users import create_user
from thungngoen.db import write_transaction
from thungngoen.wallet import book, people
from thungngoen.wallet.topups import cash_topup


@dataclass
class World:
    engine: Engine
    agent_id: int
    somsri: people.Member
    anan: people.Member
    shop_id: int
    shop_owner_id: int


@pytest.fixture
def world(engine: Engine) -> World:
    def build(connection: Connection) -> World:
        book.ensure_system_accounts(connection)
        treasurer = create_user(
            connection,
            phone="0810000001",
            name="เหรัญญิกบ่อยาง",
            role="agent",
            password="agent-pass",
            actor="test",
        )
        agent_id = people.register_agent(
            connection,
            user=treasurer,
            name="กลุ่มออมทรัพย์บ่อยาง",
            tambon_code="900101",
            actor="test",
        )
        somsri = people.register_member(
            connection,
            phone="0812345678",
            name="สมศรี ใจดี",
            password="somsri-pass",
            tambon_code="900101",
            community="ชุมชนบ่อยาง",
            national_id="1101700203450",
        )
        anan = people.register_member(
            connection,
            phone="0898765432",
            name="อนันต์ รักถิ่น",
            password="anan-pass1",
            tambon_code="900102",
        )
        for member, pin in ((somsri, "482915"), (anan, "730461")):
            pins.set_pin(connection, member.user_id, pin)
        owner = create_user(
            connection,
            phone="0861112222",
            name="ป้าแดง",
            role="merchant",
            password="shop-pass",
            actor="test",
        )
        shop_id = people.register_merchant(
            connection,
            owner=owner,
            business_name="ร้านข้าวมันไก่ป้าแดง",
            category="food",
            tambon_code="900101",
            payout_promptpay="0861112222",
            actor="test",
        )
        people.set_merchant_status(connection, shop_id, "approved", actor="operator:1")
        return World(engine, agent_id, somsri, anan, shop_id, owner.id)

    return write_transaction(engine, build)


@pytest.fixture
def funded(world: World) -> World:
    """The world with Somsri's wallet topped up with 200 baht of coin at the agent."""
    write_transaction(
        world.engine,
        lambda c: cash_topup(
            c,
            agent_id=world.agent_id,
            member_id=world.somsri.id,
            amount=20_000,
            idempotency_key="fund",
            actor="agent",
        ),
    )
    return world
