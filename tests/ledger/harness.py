"""The plumbing of the ledger state machine: a fresh database per run, requests checked
against the model in ``model``, replays of idempotent requests and the invariant check.

The rules themselves live in ``machine``.
"""

from collections.abc import Callable, Collection, Iterable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis.stateful import RuleBasedStateMachine, invariant
from sqlalchemy import Connection, func, select

from tests import databases
from tests.ledger.model import Acct, Req, Tr, move
from thungngoen import ledger
from thungngoen.db import create_db_engine, write_transaction
from thungngoen.ledger import errors as e
from thungngoen.ledger.tables import CURRENCIES, accounts, batches, transfers
from thungngoen.ledger.verify import run_checks

Work = Callable[[Connection], list[int]]
Leg = tuple[int, int, str, int, bool]
START = datetime(2030, 1, 1, tzinfo=UTC)
STATE = ("status", "debits_pending", "debits_posted", "credits_pending", "credits_posted")


class LedgerHarness(RuleBasedStateMachine):
    """A database and its model, kept in step; subclasses set ``url`` and ``template``."""

    url = ""
    template = Path()

    def __init__(self) -> None:
        super().__init__()
        self.engine = create_db_engine(databases.reset_database(self.url, self.template))
        self.accts: dict[int, Acct] = {}
        self.trs: dict[int, Tr] = {}
        self.keys: dict[str, tuple[object, list[int], Work]] = {}
        self.clock = 0

    def teardown(self) -> None:
        self.engine.dispose()

    def snapshot(self) -> tuple[object, ...]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(accounts).order_by(accounts.c.id)).all()
            counts = [
                conn.scalar(select(func.count()).select_from(t)) for t in (transfers, batches)
            ]
        return (*rows, *counts)

    def attempt(self, work: Work, expected: Collection[object], replay: bool = False) -> list[int]:
        """Run ``work``; it must fail with one of ``expected`` (and change nothing) or,
        if that is empty, succeed. A replay must succeed and change nothing."""
        before = self.snapshot()
        rejection: e.LedgerError | None = None
        try:
            ids = write_transaction(self.engine, work)
        except e.LedgerError as error:
            rejection, ids = error, []
        if rejection is not None:
            seen: object = type(rejection)
            if isinstance(rejection, e.BatchLegRejected):
                seen = (rejection.index, type(rejection.cause))
            assert seen in expected, f"{rejection!r}, expected {expected or 'success'}"
            assert self.snapshot() == before, f"{rejection!r} but the ledger changed"
            return []
        assert not expected, f"succeeded, expected one of {expected}"
        assert not replay or self.snapshot() == before, "a replay changed the ledger"
        return ids

    def replayed(self, key: str | None, payload: object, work: Work) -> bool:
        if key is None or key not in self.keys:
            return False
        earlier, ids, _ = self.keys[key]
        if earlier == payload:
            assert self.attempt(work, (), replay=True) == ids
        else:
            self.attempt(work, {e.IdempotencyConflict})
        return True

    def commit(self, accts: dict[int, Acct], ids: list[int], trs: Iterable[Tr]) -> None:
        self.accts.update(accts)
        self.trs.update(zip(ids, trs, strict=True))

    def copies(self, *ids: int) -> dict[int, Acct]:
        return {i: replace(self.accts[i]) for i in ids}

    def request(self, leg: Leg, expires: datetime | None = None, key: str | None = None) -> Req:
        """A transfer between two accounts picked by ``leg``, which also says whether
        it should be in one currency ("ok"), mismatch or use one account twice."""
        d, c, mode, amount, pending = leg
        accts = list(self.accts.values())
        debit = accts[d % len(accts)]
        others = [a for a in accts if a is not debit and a.currency == debit.currency]
        others = others if others and mode == "ok" else [a for a in accts if a is not debit]
        credit = debit if mode == "same" else others[c % len(others)]
        currency = (
            CURRENCIES[1 - CURRENCIES.index(debit.currency)]
            if mode == "mismatch"
            else debit.currency
        )
        return Req(debit.id, credit.id, amount, currency, "t", "", {}, key, pending, expires)

    def post(self, request: Req) -> None:
        def work(conn: Connection) -> list[int]:
            return [ledger.post_transfer(conn, request).id]

        if request.debit_account_id == request.credit_account_id:
            self.attempt(work, {e.SameAccount})
            return
        if self.replayed(request.idempotency_key, request, work):
            return
        tr = Tr.of(request)
        accts = self.copies(tr.debit, tr.credit)
        ids = self.attempt(work, move(accts, tr, "reserve" if request.pending else "post"))
        if ids:
            self.commit(accts, ids, [tr])
            if request.idempotency_key is not None:
                self.keys[request.idempotency_key] = (request, ids, work)

    @invariant()
    def database_matches_model(self) -> None:
        with self.engine.connect() as conn:
            for expected in self.accts.values():
                actual = ledger.get_account(conn, expected.id)
                assert [getattr(actual, f) for f in STATE] == [getattr(expected, f) for f in STATE]
            assert conn.scalar(select(func.count()).select_from(transfers)) == len(self.trs)
            failed = [check for check in run_checks(conn) if not check.ok]
        assert not failed, failed

    def now(self, ahead: int | None = 0) -> datetime:
        return START + timedelta(seconds=self.clock + (ahead or 0))
