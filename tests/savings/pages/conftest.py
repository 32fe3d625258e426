"""Two savings groups behind the pages, built with the savings operations: in the first
the treasurer and one plain member have wallet logins (the chair and the secretary are
elders without one); the second has its own treasurer. Staff: an operator, an auditor."""

from dataclasses import dataclass
from datetime import date

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Connection, Engine

from tests.web.conftest import demo_site, log_in, logged_in, site  # noqa: F401  (the pages fixtures)
from thungngoen import savings
from thungngoen.auth.users import create_user
from thungngoen.db import write_transaction
from thungngoen.wallet import book, people
from thungngoen.web.app import create_app

FOUNDED = date(2024, 1, 1)
PASSWORD = "savings-pass"
PHONES = {
    "treasurer": "0870000101",
    "member": "0870000102",
    "other_treasurer": "0870000103",
    "outsider": "0870000104",
    "operator": "0800000108",
    "auditor": "0800000107",
}


@dataclass
class Groups:
    engine: Engine
    app: FastAPI
    group: savings.Group
    other: savings.Group
    members: dict[str, savings.SavingsMember]
    """treasurer, member, chair, secretary (group one); other_treasurer (group two)."""
    officers: dict[str, savings.Officer]

    def client(self, who: str) -> TestClient:
        return logged_in(TestClient(self.app), PHONES[who], PASSWORD)


def _group(connection: Connection, code: str, community: str) -> savings.Group:
    return savings.create_group(
        connection,
        code=code,
        name=f"กลุ่มสัจจะออมทรัพย์ชุมชน{community}",
        tambon_code="900101",
        community=f"ชุมชน{community}",
        founded_on=FOUNDED,
        regulation=savings.Regulation(commitment=5_000, welfare_monthly=1_000),
        actor="test",
    )


Built = tuple[
    savings.Group, savings.Group, dict[str, savings.SavingsMember], dict[str, savings.Officer]
]


def _build(connection: Connection) -> Built:
    book.ensure_system_accounts(connection)
    for role in ("operator", "auditor"):
        create_user(
            connection, phone=PHONES[role], name=role, role=role, password=PASSWORD, actor="t"
        )
    wallets = {
        who: people.register_member(
            connection, phone=PHONES[who], name=name, password=PASSWORD, tambon_code="900101"
        )
        for who, name in (
            ("treasurer", "จันทร์เพ็ญ แก้วมณี"),
            ("member", "สมศรี ใจดี"),
            ("other_treasurer", "อารีย์ หัวป้อม"),
            ("outsider", "คนนอก กลุ่ม"),
        )
    }
    group, other = (
        _group(connection, "laem-son-on", "แหลมสนอ่อน"),
        _group(connection, "hua-pom", "หัวป้อม"),
    )

    def join(group_id: int, who: str) -> savings.SavingsMember:
        wallet = wallets[who].id if who in wallets else None
        name = "" if wallet else {"chair": "มาลี ศรีสุข", "secretary": "ฮาซัน หมัดหลี"}[who]
        return savings.add_member(
            connection, group_id, name=name, wallet_member_id=wallet, joined_on=FOUNDED, actor="t"
        )

    members = {who: join(group.id, who) for who in ("treasurer", "member", "chair", "secretary")}
    members["other_treasurer"] = join(other.id, "other_treasurer")
    seats = (
        ("treasurer", "treasurer", group),
        ("chair", "chair", group),
        ("secretary", "secretary", group),
        ("other_treasurer", "treasurer", other),
    )
    officers = {
        who: savings.appoint_officer(
            connection,
            in_group.id,
            member_id=members[who].id,
            office=office,
            appointed_on=FOUNDED,
            actor="t",
        )
        for who, office, in_group in seats
    }
    return group, other, members, officers


@pytest.fixture
def groups(engine: Engine) -> Groups:
    return Groups(engine, create_app(engine), *write_transaction(engine, _build))
