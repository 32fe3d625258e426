"""The public dashboard's board, kept while the rollups stand still.

``public.public_board`` reads the rollups only, so it cannot change until their
watermark moves: the boards built last are kept per engine, keyed by the watermark,
today's Thai date (the pilot to date and this month so far end today), the area and the
program, in a small LRU. A rebuild (``circulation rebuild``) ends at the same watermark,
possibly with other figures (wallets re-placed), so a board is also dropped after
``MAX_AGE`` seconds. The reserve is not in it: it is a live read of the ledger.

One lock guards the entries (pages read in the threadpool); a board is built outside
it, so two first views of the same board may both build it, and either is kept.
"""

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Engine

from thungngoen.circulation import public, rollup
from thungngoen.thai import thai_today

SIZE = 32
"""Boards kept per engine (the whole pilot, the areas and programs people look at)."""
MAX_AGE = 300.0
"""Seconds a board is kept at most."""

_Entry = tuple[float, public.PublicBoard]
_clock = time.monotonic
_lock = threading.Lock()
_boards: WeakKeyDictionary[Engine, OrderedDict[Hashable, _Entry]] = WeakKeyDictionary()


def public_board(
    connection: Connection, area: str | None = None, program: str | None = None
) -> public.PublicBoard:
    """``public.public_board``, from the cache when the rollups have not moved since it
    was built (read in ``connection``'s transaction, as the board would be)."""
    today = thai_today()
    key = (rollup.watermark(connection), today, area or "", program or "")
    return _cached(
        connection.engine, key, lambda: public.public_board(connection, area, program, today)
    )


def clear(engine: Engine | None = None) -> None:
    """Forget the boards of ``engine`` (default: of every engine)."""
    with _lock:
        if engine is None:
            _boards.clear()
        else:
            _boards.pop(engine, None)


def _cached(
    engine: Engine, key: Hashable, build: Callable[[], public.PublicBoard]
) -> public.PublicBoard:
    now = _clock()
    with _lock:
        entries = _boards.setdefault(engine, OrderedDict())
        entry = entries.get(key)
        if entry is not None and now - entry[0] < MAX_AGE:
            entries.move_to_end(key)
            return entry[1]
    board = build()
    with _lock:
        entries = _boards.setdefault(engine, OrderedDict())
        entries[key] = (now, board)
        entries.move_to_end(key)
        while len(entries) > SIZE:
            entries.popitem(last=False)
    return board
