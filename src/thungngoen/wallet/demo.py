"""A small Songkhla pilot for ``make run``: the operator (SK), an agent, members and shops
in the old town, cash top-ups and a few coin payments, all through the real operations.
Loading it twice changes nothing (it stops if the demo operator exists)."""

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, select

from thungngoen import ledger
from thungngoen.auth import pins
from thungngoen.auth.users import create_user, find_by_phone
from thungngoen.clock import utc_now
from thungngoen.db import write_transaction
from thungngoen.ledger.tables import accounts
from thungngoen.wallet import book, demo_programs, people
from thungngoen.wallet.checkout import pay_merchant
from thungngoen.wallet.payments import pay_member
from thungngoen.wallet.topups import cash_topup

ACTOR = "demo"
PIN = "482915"


@dataclass(frozen=True)
class Login:
    role: str
    phone: str
    password: str
    name: str


OPERATOR = Login("operator", "0800000000", "sk-operator", "มูลนิธิชุมชนสงขลา (SK)")
AUDITOR = Login("auditor", "0800000009", "sk-auditor", "ผู้ตรวจสอบ")
AGENT = Login("agent", "0810000001", "agent-boyang", "กลุ่มออมทรัพย์บ่อยาง")
MEMBERS = (
    Login("member", "0812345678", "somsri-1234", "สมศรี ใจดี"),
    Login("member", "0898765432", "anan-12345", "อนันต์ รักถิ่น"),
    Login("member", "0891112233", "manee-1234", "มานี มีตา"),
)
SHOPS = (
    (Login("merchant", "0861112222", "padaeng-123", "ป้าแดง"), "ร้านข้าวมันไก่ป้าแดง", "food"),
    (Login("merchant", "0863334444", "nakhonnai-1", "ลุงชัย"), "ร้านกาแฟถนนนครใน", "food"),
    (Login("merchant", "0865556666", "boyang-mkt1", "พี่นิด"), "ร้านของชำตลาดบ่อยาง", "grocery"),
)
OLD_TOWN = demo_programs.OLD_TOWN
SHOPS_IN_OLD_TOWN = tuple((*shop, OLD_TOWN) for shop in SHOPS)
MARKET_LOGIN = Login("merchant", "0869990001", "khaorup-123", "ป้าศรี")
MARKET_STALL = (MARKET_LOGIN, "แผงผลไม้ตลาดเขารูปช้าง", "market", demo_programs.KHAO_RUP_CHANG)
"""Outside the pilot's area, in the Khao Rup Chang market's (decision 0032)."""
LOGINS = (OPERATOR, AUDITOR, AGENT, *MEMBERS, *(shop[0] for shop in SHOPS), MARKET_LOGIN)


def load_demo(engine: Engine) -> bool:
    """Load the pilot; ``False`` if it was there already."""
    return write_transaction(engine, _load)


def _user(connection: Connection, login: Login) -> int:
    return create_user(
        connection,
        phone=login.phone,
        name=login.name,
        role=login.role,
        password=login.password,
        actor=ACTOR,
    ).id


def _load(connection: Connection) -> bool:
    if find_by_phone(connection, OPERATOR.phone) is not None:
        return False
    book.ensure_system_accounts(connection)
    demo_programs.load_pilot(connection)
    _user(connection, OPERATOR)
    _user(connection, AUDITOR)
    agent_user = create_user(
        connection,
        phone=AGENT.phone,
        name=AGENT.name,
        role="agent",
        password=AGENT.password,
        actor=ACTOR,
    )
    agent = people.register_agent(
        connection, user=agent_user, name=AGENT.name, tambon_code=OLD_TOWN, actor=ACTOR
    )
    members = []
    for login in MEMBERS:
        member = people.register_member(
            connection,
            phone=login.phone,
            name=login.name,
            password=login.password,
            tambon_code=OLD_TOWN,
            community="ชุมชนบ่อยาง",
            actor=ACTOR,
        )
        pins.set_pin(connection, member.user_id, PIN)
        members.append(member)
    shops = []
    for login, business, category, place in (*SHOPS_IN_OLD_TOWN, MARKET_STALL):
        owner = create_user(
            connection,
            phone=login.phone,
            name=login.name,
            role="merchant",
            password=login.password,
            actor=ACTOR,
        )
        shop = people.register_merchant(
            connection,
            owner=owner,
            business_name=business,
            category=category,
            tambon_code=place,
            payout_promptpay=login.phone,
            actor=ACTOR,
        )
        people.set_merchant_status(connection, shop, "approved", actor=ACTOR)
        shops.append(shop)
    for member, amount in zip(members, (50_000, 30_000, 20_000), strict=True):
        cash_topup(
            connection,
            agent_id=agent,
            member_id=member.id,
            amount=amount,
            idempotency_key=f"demo-{member.id}",
            actor=ACTOR,
        )
    now = utc_now()
    for n, (member, shop, amount) in enumerate(
        [
            (members[0], shops[0], 8_500),
            (members[1], shops[1], 4_500),
            (members[2], shops[2], 12_000),
            (members[0], shops[1], 3_500),
        ]
    ):
        pay_merchant(
            connection,
            member=member,
            merchant_id=shop,
            amount=amount,
            channel="shop_qr",
            idempotency_key=f"demo-{n}",
            now=now,
        )
    pay_member(
        connection,
        payer=members[0],
        payee_phone=MEMBERS[2].phone,
        amount=2_000,
        memo="ค่าขนมหลาน",
        idempotency_key="demo-p2p",
    )
    return True


def demo_accounts(connection: Connection) -> list[ledger.Account]:
    """The operator's books and every wallet, for the demo's balance table."""
    rows = connection.execute(select(accounts.c.id).order_by(accounts.c.id)).scalars()
    return [ledger.get_account(connection, account_id) for account_id in rows]
