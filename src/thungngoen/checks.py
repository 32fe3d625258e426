"""Every invariant the platform promises, for ``thungngoen verify`` and the tests: the
core's, then each area's (``thungngoen.areas``)."""

from sqlalchemy import Connection

from thungngoen import areas
from thungngoen.ledger import verify as ledger_verify
from thungngoen.ledger.verify import Check, CheckResult


def all_checks() -> list[Check]:
    core = [check for part in areas.CORE_CHECKS for check in areas.load(part)]
    return core + [check for checks in areas.parts("checks") for check in checks]


def run_checks(connection: Connection) -> list[CheckResult]:
    return ledger_verify.run_checks(connection, all_checks())
