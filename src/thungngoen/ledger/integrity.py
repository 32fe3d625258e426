"""``verify`` checks that make the ledger tamper-evident (docs/decisions/0017).

``transfer_digests``: every transfer's content still matches the digest written with it
— an edited amount, account, memo, metadata, time… shows here. ``sealed_blocks``: the
seals form one unbroken chain and each block's MAC, recomputed over the digests now in
its range, is the one sealed — a transfer deleted from or inserted into a sealed range,
and an edited seal, show here.
"""

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Row, select

from thungngoen.ledger.check import SAMPLE, CheckResult
from thungngoen.ledger.digest import DIGEST_FIELDS, key_id, ledger_key, transfer_digest
from thungngoen.ledger.seals import block_digest
from thungngoen.ledger.tables import GENESIS_DIGEST, seals, transfers

_STREAM = {"yield_per": 2000}


def transfer_digests(connection: Connection) -> CheckResult:
    result = CheckResult("transfer_digests", "every transfer matches the digest written with it")
    key, broken = ledger_key(), 0
    columns = [transfers.c[name] for name in DIGEST_FIELDS]
    query = select(*columns, transfers.c.digest).order_by(transfers.c.id)
    for row in connection.execution_options(**_STREAM).execute(query):
        values = row._mapping
        if transfer_digest(values, key) != values["digest"]:
            broken += 1
            what = "has no digest" if not values["digest"] else "does not match its digest"
            result.add(f"transfer {values['id']} {what}: changed since it was written")
    if broken > SAMPLE:
        result.violations.append(f"… {broken} transfers in all")
    return result


def sealed_blocks(connection: Connection) -> CheckResult:
    result = CheckResult(
        "sealed_blocks", "the seals chain unbroken and each still matches its transfers"
    )
    key = ledger_key()
    own_key = key_id(key)
    digests = _Peekable(
        connection.execution_options(**_STREAM).execute(
            select(transfers.c.id, transfers.c.digest).order_by(transfers.c.id)
        )
    )
    last_id, previous, number = 0, GENESIS_DIGEST, 0
    blocks = connection.execution_options(**_STREAM).execute(select(seals).order_by(seals.c.id))
    for block in blocks:
        seal = block._mapping
        number += 1
        for problem in _chain_problems(seal, number, last_id, previous, own_key):
            result.add(f"seal {seal['id']}: {problem}")
        inside = digests.take_through(seal["last_id"])
        if seal["key_id"] == own_key:
            for problem in _content_problems(seal, inside, key):
                result.add(f"seal {seal['id']}: {problem}")
        number, last_id, previous = seal["id"], seal["last_id"], seal["digest"]
    return result


def _chain_problems(
    seal: Any, number: int, last_id: int, previous: str, own_key: str
) -> Iterator[str]:
    if seal["id"] != number:
        yield f"expected seal {number} (a seal was deleted or renumbered)"
    if seal["after_id"] != last_id:
        yield f"starts after transfer {seal['after_id']}, the seal before ends at {last_id}"
    if seal["previous_digest"] != previous:
        yield "does not chain to the seal before (that seal was edited or removed)"
    if seal["key_id"] != own_key:
        yield f"was sealed under key {seal['key_id']}, this server's ledger key is {own_key}"


def _content_problems(seal: Any, inside: list[tuple[int, str]], key: bytes) -> Iterator[str]:
    span = f"({seal['after_id']}, {seal['last_id']}]"
    digests = [digest or "" for transfer_id, digest in inside if transfer_id > seal["after_id"]]
    if len(digests) != seal["count"]:
        yield f"sealed {seal['count']} transfers in {span}, {len(digests)} are there now"
    mac = block_digest(key, seal, digests)
    if mac != seal["digest"]:
        yield f"its transfers in {span} or the seal itself changed since it was sealed"


class _Peekable:
    """The (id, digest) stream in id order, taken a block's range at a time."""

    def __init__(self, rows: Any) -> None:
        self._rows: Iterator[Row[Any]] = iter(rows)
        self._next: Row[Any] | None = next(self._rows, None)

    def take_through(self, last_id: int) -> list[tuple[int, str]]:
        taken = []
        while self._next is not None and self._next.id <= last_id:
            taken.append((self._next.id, self._next.digest))
            self._next = next(self._rows, None)
        return taken
