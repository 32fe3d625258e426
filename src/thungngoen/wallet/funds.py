"""The community funds ("Songkhla helps Songkhla"): redemption fees and sponsors' donations
feed them; event allowances and voucher batches are paid from them."""

from dataclasses import dataclass

from sqlalchemy import Connection

from thungngoen import ledger
from thungngoen.wallet import book


@dataclass(frozen=True)
class CommunityFund:
    code: str
    name: str
    balance: int
    """Baht the redemption fees and donations have put into the fund, in satang."""


def community_funds(connection: Connection) -> list[CommunityFund]:
    """Every fund a merchant may choose, with its balance (zero while its account is not
    yet opened: reading never opens one)."""
    funds = []
    for code, name in book.COMMUNITY_FUNDS.items():
        account = ledger.find_account(connection, f"thb:fund:{code}")
        funds.append(CommunityFund(code, name, account.balance if account else 0))
    return funds
