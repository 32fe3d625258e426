"""Collecting in the field without a signal (issue 15, decision 0046): what a collector's
phone keeps (``assignments``), the entries it sends, each received once per idempotency
key (``entries``), and the conflicts with the office's edits, resolved by the office
field by field (``conflicts``). Doors: ``api.field`` (``/api/v1/data/field/…``, bearer
token) and ``pages.field`` (``/data/field…``, session and CSRF token, the phone page's
script)."""

from thungngoen.community.field.assignments import KEEP_DAYS, Assignments, assignments
from thungngoen.community.field.conflicts import (
    Conflict,
    FieldConflictResolved,
    Side,
    UnknownFieldConflict,
    conflicts,
    get_conflict,
    resolve_conflict,
)
from thungngoen.community.field.entries import (
    HOUSEHOLD_FIELDS,
    PERSON_FIELDS,
    Entry,
    Outcome,
    receive_entries,
    receive_entry,
)

__all__ = [
    "HOUSEHOLD_FIELDS",
    "KEEP_DAYS",
    "PERSON_FIELDS",
    "Assignments",
    "Conflict",
    "Entry",
    "FieldConflictResolved",
    "Outcome",
    "Side",
    "UnknownFieldConflict",
    "assignments",
    "conflicts",
    "get_conflict",
    "receive_entries",
    "receive_entry",
    "resolve_conflict",
]
