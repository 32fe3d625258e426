"""The audit log as the viewer shows it: filtered, a page at a time, identifiers masked
and anything secret-looking hidden (the log should hold none; this makes sure)."""

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, select

from thungngoen.audit import AuditEntry
from thungngoen.audit.tables import audit_log
from thungngoen.auth.tables import users
from thungngoen.console.pages.display import MOBILE, NATIONAL_ID, mask_identifier
from thungngoen.thai import day_bounds

PAGE_SIZE = 50
HIDDEN = "•••"
_SECRET_KEY = re.compile(r"password|pin_hash|salt|secret|token", re.IGNORECASE)
_USER_ACTOR = re.compile(r"user:(\d+)")
PEOPLE_SUBJECTS = ("member", "merchant", "agent")


@dataclass(frozen=True, slots=True)
class AuditFilters:
    action: str = ""
    """A prefix: ``merchant.`` finds every merchant decision."""
    actor: str = ""
    subject_type: str = ""
    subject_id: str = ""
    since: date | None = None
    until: date | None = None
    """Thai calendar days, both included."""
    before_id: int | None = None


@dataclass(frozen=True, slots=True)
class Change:
    key: str
    before: str | None
    after: str | None


@dataclass(frozen=True, slots=True)
class ShownEntry:
    entry: AuditEntry
    actor_name: str | None
    changes: list[Change]
    raw: str
    """The entry's before and after as JSON, masked like the changes."""


def audit_page(connection: Connection, filters: AuditFilters) -> tuple[list[ShownEntry], bool]:
    """One page of entries, newest first, and whether older ones follow."""
    query = select(audit_log).where(*_conditions(filters))
    rows = connection.execute(query.order_by(audit_log.c.id.desc()).limit(PAGE_SIZE + 1))
    entries = [AuditEntry(**row._mapping) for row in rows]
    names = _user_names(connection, entries[:PAGE_SIZE])
    shown = [ShownEntry(e, names.get(e.actor), changes(e), raw(e)) for e in entries[:PAGE_SIZE]]
    return shown, len(entries) > PAGE_SIZE


def _conditions(filters: AuditFilters) -> list[ColumnElement[bool]]:
    column = audit_log.c
    found = []
    if filters.action:
        found.append(column.action.startswith(filters.action, autoescape=True))
    for name in ("actor", "subject_type", "subject_id"):
        if value := getattr(filters, name):
            found.append(column[name] == value)
    if filters.since:
        found.append(column.occurred_at >= day_bounds(filters.since)[0])
    if filters.until:
        found.append(column.occurred_at < day_bounds(filters.until)[1])
    if filters.before_id is not None:
        found.append(column.id < filters.before_id)
    return found


def _user_names(connection: Connection, entries: list[AuditEntry]) -> dict[str, str]:
    """``user:7`` → the name of user 7, for the actors on the page."""
    ids = {int(m.group(1)) for e in entries if (m := _USER_ACTOR.fullmatch(e.actor))}
    if not ids:
        return {}
    rows = connection.execute(select(users.c.id, users.c.name).where(users.c.id.in_(ids)))
    return {f"user:{user_id}": name for user_id, name in rows}


def changes(entry: AuditEntry) -> list[Change]:
    """The entry's before and after side by side, one line per field."""
    before, after = entry.before or {}, entry.after or {}
    keys = [*before, *(key for key in after if key not in before)]
    return [Change(key, _shown(key, entry.before), _shown(key, entry.after)) for key in keys]


def raw(entry: AuditEntry) -> str:
    sides = {"before": masked(entry.before), "after": masked(entry.after)}
    return json.dumps(sides, ensure_ascii=False, indent=1, default=str)


def _shown(key: str, side: Mapping[str, Any] | None) -> str | None:
    if side is None or key not in side:
        return None
    if _SECRET_KEY.search(key):
        return HIDDEN
    value = masked(side[key])
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def looks_personal(text: str) -> bool:
    """A phone number or a national ID."""
    return bool(MOBILE.fullmatch(text) or NATIONAL_ID.fullmatch(text))


def masked(value: Any) -> Any:
    """The value with phones and national IDs masked and secret-looking keys hidden."""
    if isinstance(value, str):
        return mask_identifier(value) if looks_personal(value) else value
    if isinstance(value, Mapping):
        return {k: HIDDEN if _SECRET_KEY.search(str(k)) else masked(v) for k, v in value.items()}
    if isinstance(value, list):
        return [masked(item) for item in value]
    return value
