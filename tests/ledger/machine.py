"""The ledger state machine: its rules, each checked against the model in ``model``.

The plumbing shared by the rules (database, replays, the invariant) is in ``harness``.
"""

from dataclasses import replace

from hypothesis import strategies as st
from hypothesis.stateful import initialize, precondition, rule
from sqlalchemy import Connection

from tests.ledger.harness import LedgerHarness, Leg
from tests.ledger.model import Acct, Errors, Req, Tr, move
from thungngoen import ledger
from thungngoen.db import write_transaction
from thungngoen.ledger import errors as e
from thungngoen.ledger.tables import ACCOUNT_TYPES, CURRENCIES

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
LEG = st.tuples(PICK, PICK, LEG_MODE, AMOUNT, st.booleans())


class LedgerMachine(LedgerHarness):
    """Every ledger operation as a rule, valid or not, with its expected outcome."""

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
