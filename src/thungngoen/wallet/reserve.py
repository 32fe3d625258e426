"""Proof of reserve: every coin outstanding is backed by a baht the operator holds, and
where that baht is: in the bank, or in cash at the agents (who owe it to the operator
until they hand it over, decision 0020).

- coin outstanding: −balance of ``skc:mint``;
- baht backing: ``thb:backing``, what the operator owes coin holders;
- in the bank: ``thb:bank`` less the baht it holds for others (payouts owed to shops,
  the community funds);
- at the agents: the sum of the agents' floats.

Balanced when coin outstanding = baht backing = in the bank + at the agents.
"""

from dataclasses import dataclass

from sqlalchemy import Connection

from thungngoen import ledger
from thungngoen.ledger.verify import CheckResult
from thungngoen.wallet import book
from thungngoen.wallet.agent_limits import agent_floats


@dataclass(frozen=True)
class ReserveReport:
    coin_outstanding: int
    baht_backing: int
    baht_in_bank: int
    """The bank's baht that backs coin (the bank account less what it holds for others)."""
    cash_at_agents: int
    """Cash the agents hold for the operator, not yet handed over (their floats)."""

    @property
    def balanced(self) -> bool:
        held = self.baht_in_bank + self.cash_at_agents
        return self.coin_outstanding == self.baht_backing == held


def _balance(connection: Connection, code: str) -> int:
    account = ledger.find_account(connection, code)
    return account.balance if account else 0


def reserve_report(connection: Connection) -> ReserveReport:
    held_for_others = _balance(connection, book.PAYOUTS) + sum(
        _balance(connection, f"thb:fund:{code}") for code in book.COMMUNITY_FUNDS
    )
    return ReserveReport(
        coin_outstanding=-_balance(connection, book.MINT),
        baht_backing=_balance(connection, book.BACKING),
        baht_in_bank=_balance(connection, book.BANK) - held_for_others,
        cash_at_agents=sum(agent.held for agent in agent_floats(connection)),
    )


def coin_backed_by_baht(connection: Connection) -> CheckResult:
    result = CheckResult(
        "coin_backed_by_baht",
        "SKC outstanding equals the THB reserve, held in the bank and in cash at agents",
    )
    report = reserve_report(connection)
    if not report.balanced:
        result.violations.append(
            f"coin outstanding {report.coin_outstanding} satang,"
            f" baht backing {report.baht_backing} satang,"
            f" in the bank {report.baht_in_bank} satang,"
            f" at the agents {report.cash_at_agents} satang"
        )
    return result


CHECKS = [coin_backed_by_baht]
