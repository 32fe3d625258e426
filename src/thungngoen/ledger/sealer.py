"""A server's sealer: a thread that seals the ledger every so often, off the write path."""

import logging
import threading

from sqlalchemy import Engine

from thungngoen.ledger.seals import seal

log = logging.getLogger(__name__)

INTERVAL_SECONDS = 30.0


class Sealer:
    """Seals ``engine``'s ledger every ``interval`` seconds until closed.

    A failed round (the database away, say) is logged and tried again next round: the
    transfers stay verifiable by their own digests meanwhile, only not yet sealed."""

    def __init__(self, engine: Engine, interval: float = INTERVAL_SECONDS) -> None:
        self._engine = engine
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="ledger-sealer", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                seal(self._engine, patience=self._interval / 2)
            except Exception:
                log.exception("sealing the ledger failed; trying again next round")
