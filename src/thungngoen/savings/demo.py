"""``thungngoen savings demo``: the Bo Yang groups with a year of monthly meetings (and
the next six planned), all
through the real operations (each meeting at its own simulated day). Loading it twice
changes nothing. The first group's treasurer has a login (``demo_data.TREASURER``) and
the wallet demo's members (สมศรี, อนันต์, มานี) are members of her group, the first two its
secretary and chair (``demo_data.OFFICER_LOGINS``): two logins approve a loan."""

from datetime import UTC, date, datetime, time, timedelta
from random import Random

from sqlalchemy import Connection, Engine, select

from thungngoen import savings
from thungngoen.auth import pins
from thungngoen.auth.users import find_by_phone
from thungngoen.clock import simulated_time
from thungngoen.db import write_transaction
from thungngoen.registry.names import person_name
from thungngoen.savings.demo_data import (
    BO_YANG,
    ENTERPRISE_CODE,
    ENTERPRISE_NAME,
    TREASURER,
    GroupPlan,
    group_plans,
)
from thungngoen.savings.demo_year import ACTOR, DemoYear
from thungngoen.savings.schedule import add_months
from thungngoen.savings.tables import groups
from thungngoen.thai import THAI_TIME
from thungngoen.wallet import MEMBERS, PIN, load_demo, member_for_user, register_member

MEETINGS = 12
MEETING_DAY = 10
MONTHS_AHEAD = 6
OFFICES = ("treasurer", "secretary", "chair", "collector")


def load_savings_demo(engine: Engine) -> bool:
    """Load the groups (after the wallet demo, whose members join the first group);
    ``False`` if they were there already."""
    load_demo(engine)
    return write_transaction(engine, _load)


def meeting_days(today: date) -> list[date]:
    """The last twelve monthly meeting days (the 10th) up to today."""
    last = today.replace(day=MEETING_DAY)
    if last > today:
        last = add_months(last, -1)
    return [add_months(last, index - MEETINGS + 1) for index in range(MEETINGS)]


def _at(day: date) -> datetime:
    return datetime.combine(day, time(10), THAI_TIME).astimezone(UTC)


def _load(connection: Connection) -> bool:
    if connection.execute(select(groups.c.id).where(groups.c.code == "boyang-01")).first():
        return False
    days = meeting_days(savings.thai_today())
    founded = days[0].replace(day=1)
    with simulated_time(_at(founded)):
        savings.create_enterprise(
            connection, code=ENTERPRISE_CODE, name=ENTERPRISE_NAME, tambon_code=BO_YANG, actor=ACTOR
        )
        wallets = _wallets(connection)
    rng = Random(2565)
    for number, plan in enumerate(group_plans()):
        with simulated_time(_at(founded)):
            year = _found(connection, plan, founded, wallets if number == 0 else [], rng)
        if plan.status == "active":
            for index, day in enumerate(days):
                with simulated_time(_at(day)):
                    year.meeting(connection, index, day)
            _ahead(connection, year.group.id, plan)
    return True


def _ahead(connection: Connection, group_id: int, plan: GroupPlan) -> None:
    """The next six meetings, on the 10th as the year's were (from tomorrow: today's, if
    it is the 10th, is already held), at the community's hall."""
    savings.plan_monthly(
        connection,
        group_id,
        day=MEETING_DAY,
        months=MONTHS_AHEAD,
        starts_at=time(9),
        place=f"ศาลาชุมชน{plan.community}",
        today=savings.thai_today() + timedelta(days=1),
        actor=ACTOR,
    )


def _wallets(connection: Connection) -> list[int]:
    """The treasurer's new wallet and the wallet demo's members, as wallet member ids."""
    treasurer = register_member(
        connection,
        phone=TREASURER.phone,
        name=TREASURER.name,
        password=TREASURER.password,
        tambon_code=BO_YANG,
        community="ชุมชนแหลมสนอ่อน",
        actor=ACTOR,
    )
    pins.set_pin(connection, treasurer.user_id, PIN)
    found = [treasurer.id]
    for login in MEMBERS:
        user = find_by_phone(connection, login.phone)
        if user is not None:
            found.append(member_for_user(connection, user.id).id)
    return found


def _found(
    connection: Connection, plan: GroupPlan, founded: date, wallets: list[int], rng: Random
) -> DemoYear:
    rules = savings.Regulation(
        commitment=plan.commitment,
        welfare_monthly=plan.welfare_monthly,
        interest_method=plan.interest_method,
        repayment_method=plan.repayment_method,
        interest_bp=plan.interest_bp,
        enterprise_basis="profit",
    )
    group = savings.create_group(
        connection,
        code=plan.code,
        name=f"กลุ่มสัจจะออมทรัพย์ชุมชน{plan.community}",
        tambon_code=BO_YANG,
        community=f"ชุมชน{plan.community}",
        founded_on=founded,
        regulation=rules,
        enterprise_code=ENTERPRISE_CODE,
        status=plan.status,
        actor=ACTOR,
    )
    members = []
    for index in range(plan.size):
        wallet = wallets[index] if index < len(wallets) else None
        name = "" if wallet else person_name(rng)
        members.append(
            savings.add_member(
                connection,
                group.id,
                name=name,
                wallet_member_id=wallet,
                joined_on=founded,
                actor=ACTOR,
            )
        )
    # In the first group member 0 is the treasurer with her login (her wallet's).
    officers = {
        office: savings.appoint_officer(
            connection,
            group.id,
            member_id=member.id,
            office=office,
            appointed_on=founded,
            actor=ACTOR,
        )
        for office, member in zip(OFFICES, members, strict=False)
    }
    return DemoYear(group, members, officers, rules, Random(group.id), coin=bool(wallets))
