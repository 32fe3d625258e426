"""A small demo ledger for ``make run``: the operator's books, an agent, members and
shops in Songkhla's old town, cash top-ups and a few coin payments. Loading it twice
changes nothing (fixed account codes and idempotency keys)."""

from dataclasses import dataclass

from sqlalchemy import Connection, Engine

from thungngoen import ledger
from thungngoen.db import read_transaction, write_transaction


@dataclass(frozen=True)
class DemoAccount:
    code: str
    name: str
    currency: str
    type: str
    owner_type: str
    purpose: str
    no_overdraft: bool = True


ACCOUNTS = (
    DemoAccount("skc:mint", "โรงกษาปณ์เหรียญ (SK)", "SKC", "equity", "system", "mint", False),
    DemoAccount("thb:backing", "เงินบาทหนุนเหรียญ", "THB", "liability", "system", "backing", False),
    DemoAccount(
        "thb:float:agent-boyang", "เงินสดตัวแทน กลุ่มออมทรัพย์บ่อยาง", "THB", "asset", "agent", "float"
    ),
    DemoAccount("skc:wallet:somsri", "สมศรี ใจดี", "SKC", "liability", "member", "wallet"),
    DemoAccount("skc:wallet:anan", "อนันต์ รักถิ่น", "SKC", "liability", "member", "wallet"),
    DemoAccount(
        "skc:wallet:khao-man-kai", "ร้านข้าวมันไก่ป้าแดง", "SKC", "liability", "merchant", "wallet"
    ),
    DemoAccount(
        "skc:wallet:nakhon-nai-cafe", "ร้านกาแฟถนนนครใน", "SKC", "liability", "merchant", "wallet"
    ),
)

TOP_UPS = (("skc:wallet:somsri", 50_000), ("skc:wallet:anan", 30_000))
PAYMENTS = (
    ("skc:wallet:somsri", "skc:wallet:khao-man-kai", 8_500, "ข้าวมันไก่ 2 จาน"),
    ("skc:wallet:anan", "skc:wallet:nakhon-nai-cafe", 4_500, "กาแฟโบราณ"),
    ("skc:wallet:khao-man-kai", "skc:wallet:nakhon-nai-cafe", 3_000, "กาแฟให้ลูกจ้าง"),
)


def load_demo(engine: Engine) -> None:
    write_transaction(engine, _load)


def _load(connection: Connection) -> None:
    ids = {}
    for account in ACCOUNTS:
        existing = ledger.find_account(connection, account.code)
        spec = ledger.AccountSpec(
            account.code,
            account.currency,
            account.type,
            account.owner_type,
            account.purpose,
            name=account.name,
            no_overdraft=account.no_overdraft,
        )
        ids[account.code] = (existing or ledger.open_account(connection, spec)).id
    for wallet, amount in TOP_UPS:
        ledger.post_batch(
            connection,
            [
                ledger.TransferRequest(
                    ids["thb:float:agent-boyang"],
                    ids["thb:backing"],
                    amount,
                    "THB",
                    "topup_cash",
                    memo="เติมเงินสดที่ตัวแทน",
                ),
                ledger.TransferRequest(
                    ids["skc:mint"],
                    ids[wallet],
                    amount,
                    "SKC",
                    "topup_cash",
                    memo="ออกเหรียญแลกเงินบาท",
                ),
            ],
            idempotency_key=f"demo:topup:{wallet}",
        )
    for index, (payer, payee, amount, memo) in enumerate(PAYMENTS):
        request = ledger.TransferRequest(
            ids[payer],
            ids[payee],
            amount,
            "SKC",
            "payment",
            memo=memo,
            idempotency_key=f"demo:payment:{index}",
        )
        ledger.post_transfer(connection, request)


def demo_balances(engine: Engine) -> list[ledger.Account]:
    with read_transaction(engine) as connection:
        found = (ledger.find_account(connection, account.code) for account in ACCOUNTS)
        return [account for account in found if account is not None]
