"""How the coin is booked: the operator's system accounts and everyone's ledger accounts.

- Top-up: THB into an agent's float or the operator's bank, credited to ``thb:backing``
  (what the operator owes coin holders); SKC minted from ``skc:mint`` to the wallet.
- Payment: SKC from wallet to wallet.
- Redemption: SKC back to the mint (burned); THB out of ``thb:backing`` into the
  merchant's payout (``thb:payouts``) less the fee, which goes to a community fund.
Proof of reserve: coin outstanding (−balance of the mint) equals ``thb:backing``.
See docs/decisions/0005-coin-flows.md.
"""

from dataclasses import dataclass

from sqlalchemy import Connection

from thungngoen import ledger

MINT = "skc:mint"
BACKING = "thb:backing"
BANK = "thb:bank"
PAYOUTS = "thb:payouts"
COMMUNITY_FUNDS = {
    "welfare": "กองทุนสวัสดิการชุมชน",
    "savings-groups": "กองทุนกลุ่มสัจจะออมทรัพย์",
    "citizens-day": "กองทุนวันพลเมือง",
}


@dataclass(frozen=True)
class SystemAccount:
    code: str
    currency: str
    type: str
    purpose: str
    name: str


SYSTEM_ACCOUNTS = (
    SystemAccount(MINT, "SKC", "equity", "mint", "โรงกษาปณ์เหรียญ (SK)"),
    SystemAccount(BACKING, "THB", "liability", "backing", "เงินบาทหนุนเหรียญ"),
    SystemAccount(BANK, "THB", "asset", "bank", "บัญชีธนาคารของ SK"),
    SystemAccount(PAYOUTS, "THB", "liability", "payouts", "เงินรอจ่ายร้านค้า"),
    *(
        SystemAccount(f"thb:fund:{code}", "THB", "liability", "community_fund", name)
        for code, name in COMMUNITY_FUNDS.items()
    ),
)


def ensure_system_accounts(connection: Connection) -> None:
    for account in SYSTEM_ACCOUNTS:
        if ledger.find_account(connection, account.code) is None:
            spec = ledger.AccountSpec(
                account.code,
                account.currency,
                account.type,
                "system",
                account.purpose,
                name=account.name,
            )
            ledger.open_account(connection, spec)


def system_account_id(connection: Connection, code: str) -> int:
    account = ledger.find_account(connection, code)
    if account is None:
        ensure_system_accounts(connection)
        account = ledger.find_account(connection, code)
    assert account is not None, code
    return account.id


def open_wallet(connection: Connection, owner_type: str, owner_key: str, name: str) -> int:
    spec = ledger.AccountSpec(
        f"skc:{owner_type}:{owner_key}",
        "SKC",
        "liability",
        owner_type,
        "wallet",
        owner_id=owner_key,
        name=name,
        no_overdraft=True,
    )
    return ledger.open_account(connection, spec).id


def open_agent_float(connection: Connection, owner_key: str, name: str) -> int:
    spec = ledger.AccountSpec(
        f"thb:agent:{owner_key}",
        "THB",
        "asset",
        "agent",
        "float",
        owner_id=owner_key,
        name=name,
        no_overdraft=True,
    )
    return ledger.open_account(connection, spec).id
