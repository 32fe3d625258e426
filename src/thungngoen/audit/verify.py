"""``verify`` check: the audit chain is unbroken from the first entry to the head."""

from sqlalchemy import Connection, select

from thungngoen.audit.log import entry_hash
from thungngoen.audit.tables import GENESIS_HASH, audit_head, audit_log
from thungngoen.ledger.verify import SAMPLE, CheckResult


def audit_chain(connection: Connection) -> CheckResult:
    result = CheckResult("audit_chain", "every audit entry is chained by hash to the previous")
    previous_hash, expected_id = GENESIS_HASH, 1
    rows = connection.execution_options(yield_per=1000).execute(
        select(audit_log).order_by(audit_log.c.id)
    )
    for row in rows:
        entry = dict(row._mapping)
        problems = []
        if entry["id"] != expected_id:
            problems.append(f"expected entry {expected_id}")
        if entry["previous_hash"] != previous_hash:
            problems.append("previous_hash does not match the entry before")
        if entry_hash(entry, entry["previous_hash"]) != entry["hash"]:
            problems.append("content does not match its hash")
        if problems and len(result.violations) < SAMPLE:
            result.violations.append(f"audit entry {entry['id']}: {'; '.join(problems)}")
        previous_hash, expected_id = entry["hash"], entry["id"] + 1
    head = connection.execute(select(audit_head.c.last_id, audit_head.c.last_hash)).first()
    if head is not None and (head.last_id, head.last_hash) != (expected_id - 1, previous_hash):
        result.violations.append(
            f"audit head points at entry {head.last_id}, the log ends at {expected_id - 1}"
        )
    return result


CHECKS = [audit_chain]
