"""Random sequences of ledger operations, checked step by step against a pure-Python model.

The model predicts every account's posted and pending totals and, for each request, the
set of rejections it may meet (empty: it must succeed). After each step the database
must equal the model and pass every invariant check; a rejection must change nothing.
"""

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.engine import make_url

from tests import databases
from thungngoen import ledger
from thungngoen.db import create_db_engine, write_transaction
from thungngoen.ledger import errors as e
from thungngoen.ledger.tables import ACCOUNT_TYPES, CURRENCIES, accounts, batches, transfers
from thungngoen.ledger.verify import run_checks

EXAMPLES = {"sqlite": 200, "postgresql": 60}
"""Examples per backend: some 20 to 40 seconds each."""
Work = Callable[[Connection], list[int]]
Errors = set[type[e.LedgerError]]
START = datetime(2030, 1, 1, tzinfo=UTC)
PICK = st.integers(min_value=0, max_value=999)
AMOUNT = st.integers(min_value=1, max_value=6000)
MODE = st.sampled_from(["ok"] * 6 + ["mismatch", "same"])
LEG_MODE = st.sampled_from(["ok"] * 15 + ["mismatch", "same"])
CURRENCY = st.sampled_from(CURRENCIES)
KIND = st.sampled_from(ACCOUNT_TYPES)
FUNDING = 5000
SETTLE = st.sampled_from(["post", "part", "void"])
TTL = st.none() | st.integers(min_value=1, max_value=40)
LIMIT = st.sampled_from([None, 0]) | st.integers(min_value=1, max_value=2000)
KEY = st.sampled_from([None, None, None, None, "k0", "k1", "k2"])
STATE = ("status", "debits_pending", "debits_posted", "credits_pending", "credits_posted")
LEG = st.tuples(PICK, PICK, LEG_MODE, AMOUNT, st.booleans())
Leg = tuple[int, int, str, int, bool]
Req = ledger.TransferRequest


@dataclass
class Acct:
    id: int
    currency: str
    debit_normal: bool
    limit: int | None
    status: str = "active"
    debits_pending: int = 0
    debits_posted: int = 0
    credits_pending: int = 0
    credits_posted: int = 0

    def unusable(self, currency: str) -> Errors:
        found: Errors = set()
        if self.status != "active":
            found.add(e.AccountFrozen if self.status == "frozen" else e.AccountClosed)
        if self.currency != currency:
            found.add(e.CurrencyMismatch)
        return found

    def over_limit(self, amount: int) -> Errors:
        posted = self.debits_posted - self.credits_posted
        available = posted - self.credits_pending
        if not self.debit_normal:
            available = -posted - self.debits_pending
        if self.limit is None or available - amount >= -self.limit:
            return set()
        return {e.InsufficientFunds if self.limit == 0 else e.CreditLimitExceeded}


@dataclass
class Tr:
    kind: str
    debit: int
    credit: int
    amount: int
    currency: str
    expires_at: datetime | None = None
    reverses: int | None = None
    done: bool = False
    """Settled (a pending transfer) or reversed (a posted one)."""

    @classmethod
    def of(cls, r: Req) -> "Tr":
        kind = "pending" if r.pending else "posted"
        return cls(
            kind, r.debit_account_id, r.credit_account_id, r.amount, r.currency, r.expires_at
        )


def move(
    accts: dict[int, Acct], tr: Tr, phase: str, check_usable: bool = True, settled: int = 0
) -> Errors:
    """Apply one leg to ``accts`` unless the model rejects it; return the rejections."""
    debit, credit = accts[tr.debit], accts[tr.credit]
    found = debit.unusable(tr.currency) | credit.unusable(tr.currency) if check_usable else set()
    if phase in ("post", "reserve"):
        found |= set() if debit.debit_normal else debit.over_limit(tr.amount)
        found |= credit.over_limit(tr.amount) if credit.debit_normal else set()
    if found:
        return found
    if phase == "reserve":
        debit.debits_pending += tr.amount
        credit.credits_pending += tr.amount
        return found
    if phase != "post":
        debit.debits_pending -= settled
        credit.credits_pending -= settled
    if phase != "release":
        debit.debits_posted += tr.amount
        credit.credits_posted += tr.amount
    return found


class LedgerMachine(RuleBasedStateMachine):
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

    @initialize(specs=st.lists(st.tuples(CURRENCY, KIND, LIMIT), min_size=3, max_size=6))
    def open_accounts(self, specs: list[tuple[str, str, int | None]]) -> None:
        """Two unconstrained mints, then accounts funded from them."""
        for currency, kind, limit in [("THB", "equity", None), ("SKC", "equity", None), *specs]:
            self.open_account(currency, kind, limit)
        mints = list(self.accts)[:2]
        for account in list(self.accts.values())[2:]:
            mint = mints[CURRENCIES.index(account.currency)]
            debit, credit = (account.id, mint) if account.debit_normal else (mint, account.id)
            self.post(Req(debit, credit, FUNDING, account.currency, "funding"))

    @rule(currency=CURRENCY, kind=KIND, limit=LIMIT)
    def open_account(self, currency: str, kind: str, limit: int | None) -> None:
        code = f"a{len(self.accts)}"
        spec = ledger.AccountSpec(
            code, currency, kind, "t", "t", None, "", limit == 0, limit or None
        )
        account = write_transaction(self.engine, lambda conn: ledger.open_account(conn, spec))
        assert account.overdraft_limit == limit
        debit_normal = kind in ("asset", "expense")
        self.accts[account.id] = Acct(account.id, currency, debit_normal, limit)

    @rule(leg=st.tuples(PICK, PICK, MODE, AMOUNT, st.booleans()), ttl=TTL, key=KEY)
    def transfer(self, leg: Leg, ttl: int | None, key: str | None) -> None:
        """A transfer or, if ``leg`` says pending, a reservation that may expire."""
        self.post(self.request(leg, self.now(ttl) if leg[4] and ttl else None, key))

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

    @rule(legs=st.lists(LEG, min_size=1, max_size=4), key=st.none() | st.just("batch"))
    def batch(self, legs: list[Leg], key: str | None) -> None:
        """A linked batch: all legs, in order, or none."""
        requests = tuple(self.request(leg) for leg in legs)

        def work(conn: Connection) -> list[int]:
            return [t.id for t in ledger.post_batch(conn, requests, key)]

        same = [i for i, r in enumerate(requests) if r.debit_account_id == r.credit_account_id]
        if same:
            self.attempt(work, {(same[0], e.SameAccount)})
            return
        slot = None if key is None else f"batch:{key}"
        if self.replayed(slot, requests, work):
            return
        trs = [Tr.of(r) for r in requests]
        accts = self.copies(*{i for tr in trs for i in (tr.debit, tr.credit)})
        for index, tr in enumerate(trs):
            found = move(accts, tr, "reserve" if tr.kind == "pending" else "post")
            if found:
                self.attempt(work, {(index, error) for error in found})
                return
        ids = self.attempt(work, ())
        self.commit(accts, ids, trs)
        if slot is not None:
            self.keys[slot] = (requests, ids, work)

    @precondition(lambda self: self.trs)
    @rule(pick=PICK, action=SETTLE, part=AMOUNT, key=KEY, wait=st.sampled_from([0, 0, 9, 40]))
    def settle(self, pick: int, action: str, part: int, key: str | None, wait: int) -> None:
        """Post (fully or partly) or void an open pending transfer, or one that is not,
        after ``wait`` seconds (so that some have expired)."""
        self.clock += wait
        pendings = [i for i, t in self.trs.items() if t.kind == "pending" and not t.done]
        if pick % 5 == 0 or not pendings:
            pendings = list(self.trs)
        pending_id = pendings[pick // 5 % len(pendings)]
        pending = self.trs[pending_id]
        amount = part if action == "part" else None
        now = self.now()

        def work(conn: Connection) -> list[int]:
            if action == "void":
                return [ledger.void_pending(conn, pending_id, idempotency_key=key, now=now).id]
            return [ledger.post_pending(conn, pending_id, amount, idempotency_key=key, now=now).id]

        kind = "void_pending" if action == "void" else "post_pending"
        if self.replayed(key, (kind, pending_id, amount), work):
            return
        found: Errors = set()
        if pending.kind != "pending" or pending.done:
            found.add(e.TransferNotPending)
        if pending.expires_at is not None and pending.expires_at <= now:
            found.add(e.PendingTransferExpired)
        if amount is not None and amount > pending.amount:
            found.add(e.PostExceedsPending)
        tr = replace(pending, kind=kind, amount=amount or pending.amount, expires_at=None)
        accts = self.copies(pending.debit, pending.credit)
        phase = "release" if action == "void" else "settle"
        found |= move(accts, tr, phase, action != "void", settled=pending.amount)
        ids = self.attempt(work, found)
        if ids:
            self.commit(accts, ids, [tr])
            pending.done = True
            if key is not None:
                self.keys[key] = ((kind, pending_id, amount), ids, work)

    @rule(seconds=st.integers(min_value=0, max_value=30))
    def expire(self, seconds: int) -> None:
        self.clock += seconds
        now = self.now()
        due = [
            i
            for i, t in self.trs.items()
            if t.kind == "pending" and not t.done and t.expires_at and t.expires_at <= now
        ]
        expired = write_transaction(self.engine, lambda conn: ledger.expire_pending(conn, now))
        assert [t.pending_id for t in expired] == due
        for transfer in expired:
            pending = self.trs[due.pop(0)]
            tr = replace(pending, kind="expire_pending", expires_at=None)
            accts = self.copies(pending.debit, pending.credit)
            assert not move(accts, tr, "release", False, settled=pending.amount)
            self.commit(accts, [transfer.id], [tr])
            pending.done = True

    @precondition(lambda self: self.trs)
    @rule(pick=PICK, key=KEY)
    def reverse(self, pick: int, key: str | None) -> None:
        original_id = list(self.trs)[pick % len(self.trs)]
        original = self.trs[original_id]

        def work(conn: Connection) -> list[int]:
            return [ledger.reverse_transfer(conn, original_id, idempotency_key=key).id]

        if self.replayed(key, ("reverse", original_id), work):
            return
        found: Errors = set()
        if original.kind not in ("posted", "post_pending") or original.reverses is not None:
            found.add(e.NotReversible)
        if original.done:
            found.add(e.AlreadyReversed)
        tr = Tr("posted", original.credit, original.debit, original.amount, original.currency)
        tr.reverses = original_id
        accts = self.copies(tr.debit, tr.credit)
        found |= move(accts, tr, "post")
        ids = self.attempt(work, found)
        if ids:
            self.commit(accts, ids, [tr])
            original.done = True
            if key is not None:
                self.keys[key] = (("reverse", original_id), ids, work)

    @rule(pick=PICK, status=st.sampled_from(["frozen", "active", "active", "closed"]))
    def set_status(self, pick: int, status: str) -> None:
        """Freeze, unfreeze or close any account but the two mints."""
        account = list(self.accts.values())[2 + pick % (len(self.accts) - 2)]

        def work(conn: Connection) -> list[int]:
            return [ledger.set_account_status(conn, account.id, status).id]

        found: Errors = set()
        if account.status == "closed":
            found.add(e.AccountClosed)
        busy = account.debits_pending or account.credits_pending
        if status == "closed" and (busy or account.debits_posted != account.credits_posted):
            found.add(e.InvalidAccount)
        if self.attempt(work, found):
            account.status = status

    @precondition(lambda self: self.keys)
    @rule(pick=PICK)
    def replay(self, pick: int) -> None:
        _, ids, work = self.keys[sorted(self.keys)[pick % len(self.keys)]]
        assert self.attempt(work, (), replay=True) == ids

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


def test_ledger_matches_model(database_url: str, sqlite_template: Path) -> None:
    class Machine(LedgerMachine):
        url = database_url
        template = sqlite_template

    examples = EXAMPLES[make_url(database_url).get_backend_name()]
    run_state_machine_as_test(
        Machine, settings=settings(max_examples=examples, stateful_step_count=40, deadline=None)
    )


def test_expire_pending_skips_settled_transfers(engine: Engine) -> None:
    """A second expiry run must not pick up what the first one expired."""

    def reserve(conn: Connection) -> ledger.Transfer:
        a = ledger.open_account(conn, ledger.AccountSpec("a", "SKC", "equity", "t", "t"))
        b = ledger.open_account(conn, ledger.AccountSpec("b", "SKC", "liability", "t", "t"))
        request = ledger.TransferRequest(a.id, b.id, 5, "SKC", "t", pending=True, expires_at=START)
        return ledger.post_transfer(conn, request)

    pending = write_transaction(engine, reserve)
    first = write_transaction(engine, lambda conn: ledger.expire_pending(conn, START))
    assert [t.pending_id for t in first] == [pending.id]
    assert write_transaction(engine, lambda conn: ledger.expire_pending(conn, START)) == []
