"""Every invariant the platform promises, for ``thungngoen verify`` and the tests."""

from sqlalchemy import Connection

from thungngoen.audit.verify import audit_chain
from thungngoen.ledger import verify as ledger_verify
from thungngoen.ledger.verify import Check, CheckResult
from thungngoen.savings.verify import SAVINGS_CHECKS
from thungngoen.wallet.reserve import coin_backed_by_baht

ALL_CHECKS: list[Check] = [
    *ledger_verify.LEDGER_CHECKS,
    coin_backed_by_baht,
    audit_chain,
    *SAVINGS_CHECKS,
]


def run_checks(connection: Connection) -> list[CheckResult]:
    return ledger_verify.run_checks(connection, ALL_CHECKS)
