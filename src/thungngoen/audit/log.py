"""Appending to and reading the audit log."""

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from thungngoen.audit.tables import GENESIS_HASH, audit_head, audit_log
from thungngoen.clock import utc_now


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    occurred_at: datetime
    actor: str
    action: str
    subject_type: str
    subject_id: str
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None
    previous_hash: str
    hash: str


def entry_hash(entry: Mapping[str, Any], previous_hash: str) -> str:
    content = {
        key: entry[key]
        for key in ("id", "occurred_at", "actor", "action", "subject_type", "subject_id")
    }
    content["occurred_at"] = entry["occurred_at"].isoformat()
    content["before"], content["after"] = entry["before"], entry["after"]
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(f"{previous_hash}:{canonical}".encode()).hexdigest()


def record(
    connection: Connection,
    *,
    actor: str,
    action: str,
    subject_type: str,
    subject_id: object,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry in the caller's transaction (so it commits with the change)."""
    head = connection.execute(
        select(audit_head.c.last_id, audit_head.c.last_hash)
        .where(audit_head.c.id == 1)
        .with_for_update()
    ).first()
    last_id, previous_hash = (0, GENESIS_HASH) if head is None else (head.last_id, head.last_hash)
    entry: dict[str, Any] = {
        "id": last_id + 1,
        "occurred_at": utc_now(),
        "actor": actor,
        "action": action,
        "subject_type": subject_type,
        "subject_id": str(subject_id),
        "before": _plain(before),
        "after": _plain(after),
        "previous_hash": previous_hash,
    }
    entry["hash"] = entry_hash(entry, previous_hash)
    connection.execute(insert(audit_log), entry)
    moved = {"last_id": entry["id"], "last_hash": entry["hash"]}
    if head is None:
        connection.execute(insert(audit_head), {"id": 1, **moved})
    else:
        connection.execute(update(audit_head).where(audit_head.c.id == 1).values(**moved))
    return AuditEntry(**entry)


def _plain(values: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """JSON-safe copy, so the hash computed now equals the one recomputed from storage."""
    if values is None:
        return None
    result: dict[str, Any] = json.loads(json.dumps(dict(values), default=str))
    return result


def recent(
    connection: Connection, limit: int = 50, before_id: int | None = None
) -> list[AuditEntry]:
    query = select(audit_log).order_by(audit_log.c.id.desc()).limit(limit)
    if before_id is not None:
        query = query.where(audit_log.c.id < before_id)
    return [AuditEntry(**row._mapping) for row in connection.execute(query)]
