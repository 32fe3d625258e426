"""A small network to test with: Songkhla city's municipality, three communities in two
sub-districts, and logins holding each duty."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, Table, func, select

from thungngoen import community
from thungngoen.auth.users import User, create_user
from thungngoen.community.pdpa.notices import ensure_first_notice, publish_notice
from thungngoen.db import read_transaction, write_transaction

T = TypeVar("T")
AT = datetime(2026, 6, 1, 3, 0, tzinfo=UTC)
ACTOR = "test"
PASSWORD = "secret-pass"
BO_YANG, KHAO_RUP_CHANG, HAT_YAI = "900101", "900102", "901101"
VALID_ID = "1101700207030"
"""A national ID whose check digit matches (13th digit)."""
CONSENT = community.Basis(
    "consent", purpose="household survey of the network", notice_version="2026-1"
)
WITH_HEALTH = community.Basis(
    "consent",
    purpose="household survey and home care",
    notice_version="2026-1",
    sensitive_consent=True,
)


@dataclass
class World:
    engine: Engine
    town: community.Municipality
    bo_yang: community.Community
    rail: community.Community
    hat_yai: community.Community
    users: dict[str, User]

    def write(self, work: Callable[[Connection], T]) -> T:
        return write_transaction(self.engine, work)

    def read(self, work: Callable[[Connection], T]) -> T:
        with read_transaction(self.engine) as connection:
            return work(connection)

    def count(self, table: Table) -> int:
        return self.read(lambda c: c.execute(select(func.count()).select_from(table)).scalar_one())

    def household(self, community_id: int | None = None, **more: Any) -> community.Household:
        values: dict[str, Any] = {"house_number": "12/3", "tenure": "rent"} | more
        return self.write(
            lambda c: community.create_household(
                c, community_id=community_id or self.bo_yang.id, **values, actor=ACTOR, at=AT
            )
        )

    def person(
        self, household_id: int, basis: community.Basis = CONSENT, **more: Any
    ) -> community.Person:
        values: dict[str, Any] = {
            "name": "สมศรี ใจดี",
            "birth_date": date(1950, 3, 1),
            "sex": "female",
            "relation": "head",
        } | more
        return self.write(
            lambda c: community.add_person(
                c, household_id, basis=basis, **values, actor=ACTOR, at=AT
            )
        )


def build_world(engine: Engine) -> World:
    def work(c: Connection) -> World:
        ensure_first_notice(c)
        publish_notice(
            c, version="2026-2", effective_on=AT.date(), text_th="ประกาศฉบับที่สอง",
            text_en="The second notice", actor=ACTOR, at=AT,
        )  # fmt: skip
        town = community.create_municipality(
            c, name="เทศบาลนครสงขลา", kind="city", tambon_codes=[BO_YANG], actor=ACTOR, at=AT
        )
        bo_yang = community.create_community(
            c, name="ชุมชนตัวอย่างบ่อยาง", kind="urban", tambon_code=BO_YANG,
            municipality_id=town.id, leader_name="นายตัวอย่าง", actor=ACTOR, at=AT,
        )  # fmt: skip
        rail = community.create_community(
            c, name="ชุมชนตัวอย่างริมทางรถไฟ", kind="railway", tambon_code=BO_YANG,
            municipality_id=town.id, actor=ACTOR, at=AT,
        )  # fmt: skip
        hat_yai = community.create_community(
            c, name="ชุมชนตัวอย่างหาดใหญ่", kind="crowded", tambon_code=HAT_YAI, actor=ACTOR, at=AT
        )
        users = {}
        for number, (name, role) in enumerate(
            [
                ("coordinator", "member"),
                ("collector", "member"),
                ("leader", "member"),
                ("stranger", "member"),
                ("operator", "operator"),
                ("auditor", "auditor"),
                ("editor", "member"),
            ]
        ):
            users[name] = create_user(
                c,
                phone=f"08900000{number:02d}",
                name=name,
                role=role,
                password=PASSWORD,
                actor=ACTOR,
            )
        grant = community.grant_duty
        grant(c, user_id=users["coordinator"].id, duty="coordinator", actor=ACTOR, at=AT)
        grant(c, user_id=users["collector"].id, duty="collector", community_id=bo_yang.id,
              actor=ACTOR, at=AT)  # fmt: skip
        grant(c, user_id=users["leader"].id, duty="leader", community_id=hat_yai.id,
              actor=ACTOR, at=AT)  # fmt: skip
        return World(engine, town, bo_yang, rail, hat_yai, users)

    return write_transaction(engine, work)
