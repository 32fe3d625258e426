"""Invariant checks over the whole ledger, written as plain SQL that both databases run.

Each check returns the violations it found (empty when the ledger is sound). Areas keep
their own lists of checks; ``thungngoen.checks`` puts them all together.
"""

from collections.abc import Sequence

from sqlalchemy import Connection, text

from thungngoen.ledger.check import SAMPLE, Check, CheckResult
from thungngoen.ledger.integrity import sealed_blocks, transfer_digests

__all__ = ["LEDGER_CHECKS", "SAMPLE", "Check", "CheckResult", "register_check", "run_checks"]

POSTED = "('posted', 'post_pending')"
DEBIT_NORMAL = "('asset', 'expense')"
OPEN_PENDING = (
    "kind = 'pending' AND id NOT IN "
    "(SELECT pending_id FROM ledger_transfers WHERE pending_id IS NOT NULL)"
)
LEDGER_CHECKS: list[Check] = []


def register_check(check: Check) -> Check:
    LEDGER_CHECKS.append(check)
    return check


def run_checks(
    connection: Connection, checks: Sequence[Check] = LEDGER_CHECKS
) -> list[CheckResult]:
    return [check(connection) for check in checks]


def _rows(connection: Connection, sql: str) -> list[str]:
    return [
        ", ".join(f"{k}={v}" for k, v in row._mapping.items())
        for row in connection.execute(text(sql))
    ]


@register_check
def debits_equal_credits(connection: Connection) -> CheckResult:
    result = CheckResult("debits_equal_credits", "per currency, debits equal credits")
    result.violations = [
        f"currency {row}"
        for row in _rows(
            connection,
            """
            SELECT currency, SUM(debits_posted) AS debits, SUM(credits_posted) AS credits,
                   SUM(debits_pending) AS debits_pending, SUM(credits_pending) AS credits_pending
            FROM ledger_accounts GROUP BY currency
            HAVING SUM(debits_posted) <> SUM(credits_posted)
                OR SUM(debits_pending) <> SUM(credits_pending)""",
        )
    ]
    return result


@register_check
def totals_match_transfers(connection: Connection) -> CheckResult:
    result = CheckResult(
        "totals_match_transfers", "stored posted and pending totals equal the sum of transfers"
    )
    result.violations = _rows(
        connection,
        f"""
        WITH legs AS (
            SELECT debit_account_id AS account_id, amount AS debit, 0 AS credit,
                   0 AS debit_pending, 0 AS credit_pending
            FROM ledger_transfers WHERE kind IN {POSTED}
            UNION ALL
            SELECT credit_account_id, 0, amount, 0, 0
            FROM ledger_transfers WHERE kind IN {POSTED}
            UNION ALL
            SELECT debit_account_id, 0, 0, amount, 0 FROM ledger_transfers WHERE {OPEN_PENDING}
            UNION ALL
            SELECT credit_account_id, 0, 0, 0, amount FROM ledger_transfers WHERE {OPEN_PENDING}
        ), sums AS (
            SELECT account_id, SUM(debit) AS d, SUM(credit) AS c,
                   SUM(debit_pending) AS dp, SUM(credit_pending) AS cp
            FROM legs GROUP BY account_id
        )
        SELECT a.id AS account, a.debits_posted, COALESCE(s.d, 0) AS summed_debits,
               a.credits_posted, COALESCE(s.c, 0) AS summed_credits,
               a.debits_pending, COALESCE(s.dp, 0) AS summed_debits_pending,
               a.credits_pending, COALESCE(s.cp, 0) AS summed_credits_pending
        FROM ledger_accounts a LEFT JOIN sums s ON s.account_id = a.id
        WHERE a.debits_posted <> COALESCE(s.d, 0) OR a.credits_posted <> COALESCE(s.c, 0)
           OR a.debits_pending <> COALESCE(s.dp, 0) OR a.credits_pending <> COALESCE(s.cp, 0)
        ORDER BY a.id LIMIT {SAMPLE}""",
    )
    return result


@register_check
def no_overdraft(connection: Connection) -> CheckResult:
    result = CheckResult("no_overdraft", "no constrained account is below its limit")
    result.violations = _rows(
        connection,
        f"""
        SELECT id AS account, overdraft_limit, available FROM (
            SELECT id, overdraft_limit, CASE WHEN type IN {DEBIT_NORMAL}
                THEN debits_posted - credits_posted - credits_pending
                ELSE credits_posted - debits_posted - debits_pending END AS available
            FROM ledger_accounts WHERE overdraft_limit IS NOT NULL) constrained
        WHERE available < -overdraft_limit ORDER BY id LIMIT {SAMPLE}""",
    )
    return result


@register_check
def currencies_agree(connection: Connection) -> CheckResult:
    result = CheckResult("currencies_agree", "every transfer is in its accounts' currency")
    result.violations = _rows(
        connection,
        f"""
        SELECT t.id AS transfer FROM ledger_transfers t
        JOIN ledger_accounts d ON d.id = t.debit_account_id
        JOIN ledger_accounts c ON c.id = t.credit_account_id
        WHERE t.currency <> d.currency OR t.currency <> c.currency
        ORDER BY t.id LIMIT {SAMPLE}""",
    )
    return result


@register_check
def balance_chain(connection: Connection) -> CheckResult:
    result = CheckResult(
        "balance_chain", "each transfer's recorded balance-after equals the running balance"
    )
    result.violations = _rows(
        connection,
        f"""
        WITH legs AS (
            SELECT t.id, t.debit_account_id AS account_id, t.debit_balance_after AS recorded,
                   CASE WHEN t.kind NOT IN {POSTED} THEN 0
                        WHEN a.type IN {DEBIT_NORMAL} THEN t.amount ELSE -t.amount END AS delta
            FROM ledger_transfers t JOIN ledger_accounts a ON a.id = t.debit_account_id
            UNION ALL
            SELECT t.id, t.credit_account_id, t.credit_balance_after,
                   CASE WHEN t.kind NOT IN {POSTED} THEN 0
                        WHEN a.type IN {DEBIT_NORMAL} THEN -t.amount ELSE t.amount END
            FROM ledger_transfers t JOIN ledger_accounts a ON a.id = t.credit_account_id
        ), running AS (
            SELECT account_id, id, recorded, SUM(delta) OVER (
                PARTITION BY account_id ORDER BY id ROWS UNBOUNDED PRECEDING) AS computed
            FROM legs
        )
        SELECT account_id AS account, id AS transfer, recorded, computed FROM running
        WHERE recorded <> computed ORDER BY account_id, id LIMIT {SAMPLE}""",
    )
    return result


@register_check
def chain_links(connection: Connection) -> CheckResult:
    result = CheckResult(
        "chain_links", "each account's posted transfers link in order, the account to its latest"
    )
    result.violations = _rows(
        connection,
        f"""
        WITH legs AS (
            SELECT id, debit_account_id AS account_id, debit_previous_id AS previous
            FROM ledger_transfers WHERE kind IN {POSTED}
            UNION ALL
            SELECT id, credit_account_id, credit_previous_id
            FROM ledger_transfers WHERE kind IN {POSTED}
        ), ordered AS (
            SELECT account_id, id, previous,
                   LAG(id) OVER (PARTITION BY account_id ORDER BY id) AS expected,
                   LEAD(id) OVER (PARTITION BY account_id ORDER BY id) AS later
            FROM legs
        )
        SELECT o.account_id AS account, o.id AS transfer, o.previous, o.expected,
               a.last_transfer_id
        FROM ordered o JOIN ledger_accounts a ON a.id = o.account_id
        WHERE COALESCE(o.previous, 0) <> COALESCE(o.expected, 0)
           OR (o.later IS NULL AND COALESCE(a.last_transfer_id, 0) <> o.id)
        UNION ALL
        SELECT a.id, NULL, NULL, NULL, a.last_transfer_id FROM ledger_accounts a
        WHERE a.last_transfer_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM legs WHERE legs.account_id = a.id)
        ORDER BY 1, 2 LIMIT {SAMPLE}""",
    )
    return result


@register_check
def settlements_match_pending(connection: Connection) -> CheckResult:
    result = CheckResult(
        "settlements_match_pending",
        "each post/void/expire settles a pending transfer between the same accounts",
    )
    result.violations = _rows(
        connection,
        f"""
        SELECT s.id AS settlement, s.kind, s.amount, p.id AS pending, p.amount AS reserved
        FROM ledger_transfers s LEFT JOIN ledger_transfers p ON p.id = s.pending_id
        WHERE s.kind IN ('post_pending', 'void_pending', 'expire_pending') AND (
            p.id IS NULL OR p.kind <> 'pending'
            OR p.debit_account_id <> s.debit_account_id
            OR p.credit_account_id <> s.credit_account_id
            OR s.amount > p.amount
            OR (s.kind <> 'post_pending' AND s.amount <> p.amount))
        ORDER BY s.id LIMIT {SAMPLE}""",
    )
    return result


LEDGER_CHECKS += [transfer_digests, sealed_blocks]
