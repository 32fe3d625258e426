"""The audit log: who changed what, when, with the state before and after.

Append-only and tamper-evident: each entry carries the SHA-256 of its content and of
the previous entry's hash, so editing, deleting or reordering an entry breaks the chain
that ``thungngoen verify`` walks. The database refuses UPDATE and DELETE outright.
"""

from thungngoen.audit.log import AuditEntry, recent, record

__all__ = ["AuditEntry", "recent", "record"]
