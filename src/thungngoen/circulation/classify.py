"""What each ledger account and transfer is, for circulation.

A *holder* is an account's place in the coin economy: ``member`` (a member's wallet),
``allowance`` (a member's event allowance), ``merchant``, ``voucher`` (a voucher batch's
float), ``mint`` (``skc:mint``, where coin is issued and burned), ``reserve``
(``thb:backing``), ``baht`` (any other THB account) or ``other``. A coin transfer's
*flow kind* follows from its two holders (and, merchant to member, its purpose):

========================  =====================================  ================
kind                      from → to                              effect
========================  =====================================  ================
topup, allowance,         mint → member, allowance, voucher,     issue
voucher_issue, issue      other
redemption,               merchant, allowance, voucher, other    burn
allowance_return,         → mint
voucher_return, burn
voucher_redeem            voucher → anyone                       move
purchase                  member/allowance → merchant            spend (round 1)
supplier                  merchant → merchant                    spend (re-spend)
wages                     merchant → member (not a refund or     spend (re-spend)
                          cashback)
p2p                       member → member                        spend (re-spend)
refund, cashback          merchant → member                      undo a purchase
other                     anything else, and any reversal        move
========================  =====================================  ================
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, RowMapping, select

from thungngoen.ledger.tables import accounts
from thungngoen.wallet import book, event_participants
from thungngoen.wallet.tables import members, merchants

MEMBER_SIDE = frozenset({"member", "allowance"})
SPEND_KINDS = frozenset({"purchase", "supplier", "wages", "p2p"})
UNDO_KINDS = frozenset({"refund", "cashback"})
_ISSUES = {"member": "topup", "allowance": "allowance", "voucher": "voucher_issue"}
_BURNS = {"merchant": "redemption", "allowance": "allowance_return", "voucher": "voucher_return"}
ISSUE_KINDS = frozenset({*_ISSUES.values(), "issue"})
BURN_KINDS = frozenset({*_BURNS.values(), "burn"})


@dataclass(frozen=True, slots=True)
class Holder:
    account_id: int
    kind: str
    holder_id: int | None
    """The member (``member``, ``allowance``) or merchant id; else ``None``."""
    tambon: str
    program_id: int
    """The event of an ``allowance``; else 0."""
    person: tuple[str, int, str] = field(init=False)
    """``(member or merchant, id, place)``: who counts as one active wallet."""
    holding: tuple[str, str, int] = field(init=False)
    """``(kind, place, program)``: the row of ``circulation_holdings`` it adds to."""

    def __post_init__(self) -> None:
        person_kind = "member" if self.kind in MEMBER_SIDE else self.kind
        object.__setattr__(self, "person", (person_kind, self.holder_id or 0, self.tambon))
        object.__setattr__(self, "holding", (self.kind, self.tambon, self.program_id))


def flow_kind(source: str, target: str, purpose: str) -> str:
    if source == "mint":
        return _ISSUES.get(target, "issue")
    if target == "mint":
        return _BURNS.get(source, "burn")
    if source == "voucher":
        return "voucher_redeem"
    if source in MEMBER_SIDE:
        if target == "merchant":
            return "purchase"
        return "p2p" if target in MEMBER_SIDE else "other"
    if source == "merchant":
        if target == "merchant":
            return "supplier"
        if target in MEMBER_SIDE:
            return purpose if purpose in UNDO_KINDS else "wages"
    return "other"


def classify_accounts(connection: Connection, account_ids: Iterable[int]) -> list[Holder]:
    """The holders of ``account_ids`` (accounts that exist), read from the wallet's tables."""
    participant = members.alias("participant")
    query = (
        select(
            accounts.c.id,
            accounts.c.code,
            accounts.c.currency,
            accounts.c.owner_type,
            members.c.id.label("member_id"),
            members.c.tambon_code.label("member_tambon"),
            merchants.c.id.label("merchant_id"),
            merchants.c.tambon_code.label("merchant_tambon"),
            event_participants.c.program_id,
            participant.c.id.label("participant_id"),
            participant.c.tambon_code.label("participant_tambon"),
        )
        .outerjoin(members, members.c.account_id == accounts.c.id)
        .outerjoin(merchants, merchants.c.account_id == accounts.c.id)
        .outerjoin(event_participants, event_participants.c.account_id == accounts.c.id)
        .outerjoin(participant, participant.c.id == event_participants.c.member_id)
    )
    found: list[Holder] = []
    ids = sorted(set(account_ids))
    for start in range(0, len(ids), 500):
        rows = connection.execute(query.where(accounts.c.id.in_(ids[start : start + 500])))
        found.extend(_holder(row._mapping) for row in rows)
    return found


def _holder(r: RowMapping) -> Holder:
    if r["member_id"] is not None:
        return Holder(r["id"], "member", r["member_id"], r["member_tambon"], 0)
    if r["merchant_id"] is not None:
        return Holder(r["id"], "merchant", r["merchant_id"], r["merchant_tambon"], 0)
    if r["participant_id"] is not None:
        return Holder(
            r["id"], "allowance", r["participant_id"], r["participant_tambon"], r["program_id"]
        )
    return Holder(r["id"], _system_kind(r["code"], r["currency"], r["owner_type"]), None, "", 0)


def _system_kind(code: str, currency: str, owner_type: str) -> str:
    if code == book.MINT:
        return "mint"
    if code == book.BACKING:
        return "reserve"
    if currency == "THB":
        return "baht"
    return "voucher" if owner_type == "voucher_batch" else "other"
