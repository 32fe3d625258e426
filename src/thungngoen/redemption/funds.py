"""The community funds that redemption fees feed ("Songkhla helps Songkhla")."""

from sqlalchemy import Connection

from thungngoen import ledger
from thungngoen.redemption.model import CommunityFund
from thungngoen.wallet import book


def community_funds(connection: Connection) -> list[CommunityFund]:
    """Every fund a merchant may choose, with its balance (zero while its account is not
    yet opened: reading never opens one)."""
    funds = []
    for code, name in book.COMMUNITY_FUNDS.items():
        account = ledger.find_account(connection, f"thb:fund:{code}")
        funds.append(CommunityFund(code, name, account.balance if account else 0))
    return funds
