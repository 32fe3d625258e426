"""What the wallet tells people: money that moved. Receipts are mandatory (a person
cannot switch off being told that coin left their wallet); money arriving is not."""

from datetime import datetime

from sqlalchemy import Connection

from thungngoen.notify import NotificationKind, Receipt, Texts, notify

PAID = NotificationKind(
    "wallet.paid",
    "money",
    {"amount": "coin", "to": "text", "transfer_id": "count"},
    th=Texts("จ่ายแล้ว {amount}", "จ่ายให้ {to} {amount}"),
    en=Texts("Paid {amount}", "You paid {to} {amount}."),
    mandatory=True,
    link="/wallet/receipts/{transfer_id}",
    receipt=Receipt("amount", "to", "จ่ายให้", "To", reference="transfer_id"),
)

RECEIVED = NotificationKind(
    "wallet.received",
    "money",
    {"amount": "coin", "from_name": "text", "transfer_id": "count"},
    th=Texts("ได้รับ {amount}", "ได้รับ {amount} จาก {from_name}"),
    en=Texts("Received {amount}", "{from_name} sent you {amount}."),
    urgent=True,
    link="/wallet/receipts/{transfer_id}",
    receipt=Receipt("amount", "from_name", "จาก", "From", reference="transfer_id"),
)

SHOP_PAID = NotificationKind(
    "wallet.shop_paid",
    "money",
    {"amount": "coin", "shop": "text"},
    th=Texts("{shop} ได้รับ {amount}", "ลูกค้าจ่าย {amount} ให้ {shop}"),
    en=Texts("{shop} received {amount}", "A customer paid {shop} {amount}."),
    urgent=True,
    link="/shop/takings",
    receipt=Receipt("amount", "shop", "ร้าน", "Shop"),
)

TOPPED_UP = NotificationKind(
    "wallet.topped_up",
    "money",
    {"amount": "coin", "paid": "baht"},
    th=Texts("เติมเหรียญแล้ว {amount}", "ได้รับ {amount} จากเงิน {paid} ที่เติม"),
    en=Texts("Topped up {amount}", "You received {amount} for the {paid} you paid in."),
    mandatory=True,
    urgent=True,
    link="/wallet/history",
    receipt=Receipt("amount", "paid", "เงินที่จ่าย", "Paid in"),
)

LOW_BALANCE = NotificationKind(
    "wallet.low_balance",
    "money",
    {"balance": "coin"},
    th=Texts("เหรียญใกล้หมด", "เหลือ {balance} เติมเหรียญได้ที่ตัวแทนหรือพร้อมเพย์"),
    en=Texts("Running low", "{balance} left. Top up at an agent or by PromptPay."),
    link="/wallet/topup",
)
LOW_BALANCE_LINE = 5_000
"""Satang: a payment that takes the wallet below 50.00 coin says so (once, as it crosses)."""

COIN_EXPIRING = NotificationKind(
    "wallet.coin_expiring",
    "events",
    {"program": "text", "amount": "coin", "until": "moment"},
    th=Texts(
        "เหรียญงานใกล้หมดอายุ",
        "เหรียญ {program} เหลือ {amount} ใช้ได้ถึง {until} น. หลังจากนั้นจะคืนกองทุน",
    ),
    en=Texts(
        "Event coin expiring",
        "{amount} of {program} is left, spendable until {until}; then it returns to the fund.",
    ),
    link="/wallet",
)
"""Raised by time (``wallet.reminders``), days before an event's allowance lapses."""

KINDS = (PAID, RECEIVED, SHOP_PAID, TOPPED_UP, LOW_BALANCE, COIN_EXPIRING)


def tell_shop_payment(
    connection: Connection,
    *,
    member_user_id: int,
    owner_user_id: int,
    shop: str,
    charged: int,
    transfer_id: int,
    balance_after: int,
    now: datetime,
) -> None:
    """A member paid a shop: the member's receipt and the shop owner's takings, and the
    member's balance when this payment took it below the line."""
    notify(
        connection,
        PAID,
        member_user_id,
        now,
        {"amount": charged, "to": shop, "transfer_id": transfer_id},
    )
    notify(connection, SHOP_PAID, owner_user_id, now, {"amount": charged, "shop": shop})
    if balance_after < LOW_BALANCE_LINE <= balance_after + charged:
        notify(connection, LOW_BALANCE, member_user_id, now, {"balance": balance_after})


def tell_transfer(
    connection: Connection,
    *,
    payer: tuple[int, str],
    payee: tuple[int, str],
    amount: int,
    transfer_id: int,
    now: datetime,
) -> None:
    """Coin sent member to member: ``payer`` and ``payee`` are (user id, name)."""
    sent = {"amount": amount, "to": payee[1], "transfer_id": transfer_id}
    notify(connection, PAID, payer[0], now, sent)
    got = {"amount": amount, "from_name": payer[1], "transfer_id": transfer_id}
    notify(connection, RECEIVED, payee[0], now, got)


def tell_topup(connection: Connection, user_id: int, amount: int, now: datetime) -> None:
    notify(connection, TOPPED_UP, user_id, now, {"amount": amount, "paid": amount})
