"""After a run: was every committed transfer applied exactly once, and do the invariants hold?

``lost_updates`` counts wallets whose stored balance differs from the start balance plus
every change the clients saw committed: a read-modify-write lost to a concurrent writer
shows up there. The sum of wallet balances must also be conserved (transfers only move
money between wallets), the transfer rows must all be there, and the ledger's own
invariant checks (``thungngoen.ledger.verify.run_checks``) must report no violation.
"""

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import Engine, func, select

from thungngoen.bench.ledger.population import Population
from thungngoen.db import read_transaction
from thungngoen.ledger.tables import accounts, transfers
from thungngoen.ledger.verify import run_checks


@dataclass(frozen=True, slots=True)
class Verification:
    lost_updates: int
    balance_sum_conserved: bool
    transfers_expected: int
    transfers_found: int
    invariant_violations: int
    failed_checks: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (
            self.lost_updates == 0
            and self.balance_sum_conserved
            and self.transfers_expected == self.transfers_found
            and self.invariant_violations == 0
        )


def merge_deltas(parts: Iterable[Mapping[int, int]]) -> Counter[int]:
    total: Counter[int] = Counter()
    for part in parts:
        total.update(part)
    return total


def verify_run(
    engine: Engine, population: Population, deltas: Mapping[int, int], committed: int
) -> Verification:
    """Check the database after ``committed`` benchmark transfers with net ``deltas``."""
    wallets = population.wallet_ids
    with read_transaction(engine) as connection:
        rows = connection.execute(
            select(accounts.c.id, accounts.c.credits_posted - accounts.c.debits_posted).where(
                accounts.c.id.in_(wallets)
            )
        ).all()
        found = connection.execute(
            select(func.count()).select_from(transfers).where(transfers.c.purpose == "bench")
        ).scalar_one()
        results = run_checks(connection)
    balances = {int(row[0]): int(row[1]) for row in rows}
    start = population.initial_balance
    lost = sum(1 for w in wallets if balances.get(w) != start + deltas.get(w, 0))
    conserved = sum(balances.values()) == start * len(wallets)
    failed = [r.name for r in results if not r.ok]
    return Verification(
        lost_updates=lost,
        balance_sum_conserved=conserved,
        transfers_expected=committed,
        transfers_found=int(found),
        invariant_violations=sum(len(r.violations) for r in results),
        failed_checks=failed,
    )
