"""Proof of reserve: every coin outstanding is backed by a baht the operator holds."""

from dataclasses import dataclass

from sqlalchemy import Connection

from thungngoen import ledger
from thungngoen.ledger.verify import CheckResult
from thungngoen.wallet import book


@dataclass(frozen=True)
class ReserveReport:
    coin_outstanding: int
    baht_backing: int

    @property
    def balanced(self) -> bool:
        return self.coin_outstanding == self.baht_backing


def reserve_report(connection: Connection) -> ReserveReport:
    mint = ledger.find_account(connection, book.MINT)
    backing = ledger.find_account(connection, book.BACKING)
    outstanding = -mint.balance if mint else 0
    return ReserveReport(outstanding, backing.balance if backing else 0)


def coin_backed_by_baht(connection: Connection) -> CheckResult:
    result = CheckResult("coin_backed_by_baht", "SKC outstanding equals the THB reserve")
    report = reserve_report(connection)
    if not report.balanced:
        result.violations.append(
            f"coin outstanding {report.coin_outstanding} satang,"
            f" baht backing {report.baht_backing} satang"
        )
    return result


CHECKS = [coin_backed_by_baht]
