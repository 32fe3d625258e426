"""What a token resolved to, kept in this process for a few seconds to save a database read
per request.

An entry carries its own deadlines, checked against ``thungngoen.clock`` on every hit, so an
expired session or token is refused from the cache as from the database. A revocation
empties the cache and keeps it empty for ``CACHE_SECONDS``: a lookup racing the revoking
transaction (reading before it commits) is then not remembered. Other processes notice a
revocation within ``CACHE_SECONDS``.
"""

import threading
import time
from dataclasses import dataclass
from datetime import datetime

from thungngoen.auth.users import User
from thungngoen.clock import utc_now

CACHE_SECONDS = 10.0
MAX_ENTRIES = 100_000


@dataclass(frozen=True, slots=True)
class Seen:
    """A live token: whose it is, its kind, and until when it may serve."""

    token_id: int
    kind: str
    user: User
    valid_until: datetime
    expires_at: datetime
    """The absolute end, which no renewal moves."""
    renew_after: datetime | None
    """A page session presented after this moment is rotated (None: never, e.g. an API
    token, or a session's previous id still serving in its grace)."""

    def live(self) -> bool:
        return utc_now() < self.valid_until

    def due_for_renewal(self) -> bool:
        return self.renew_after is not None and utc_now() >= self.renew_after


_entries: dict[str, tuple[float, Seen]] = {}
_quiet_until = 0.0
_lock = threading.Lock()


def recall(token_hash: str) -> Seen | None:
    hit = _entries.get(token_hash)
    if hit is None or time.monotonic() - hit[0] > CACHE_SECONDS:
        return None
    return hit[1] if hit[1].live() else None


def remember(token_hash: str, seen: Seen, looked_up_at: float) -> None:
    """Keep ``seen`` unless the lookup (started at ``looked_up_at``, ``time.monotonic``)
    began before the end of the quiet time that follows a revocation."""
    with _lock:
        if looked_up_at < _quiet_until:
            return
        if len(_entries) >= MAX_ENTRIES:
            _entries.clear()
        _entries[token_hash] = (time.monotonic(), seen)


def forget(token_hash: str) -> None:
    _entries.pop(token_hash, None)


def forget_all() -> None:
    """After a revocation: nothing cached serves again, nor is cached for a while."""
    global _quiet_until
    with _lock:
        _entries.clear()
        _quiet_until = time.monotonic() + CACHE_SECONDS
