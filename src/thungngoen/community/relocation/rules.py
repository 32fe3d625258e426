"""The rules of a relocation request (decision 0048): which step follows which, who may
take it, and Baan Mankong's 10 % — a community saves at least a tenth of what it will
borrow from CODI before it borrows (``shared/ANCHORS.md``)."""

from thungngoen.community.relocation_tables import RELOCATION_REASONS, RELOCATION_STATUSES

STATUSES = RELOCATION_STATUSES
REASONS = RELOCATION_REASONS
NEXT: dict[str, tuple[str, ...]] = {
    "registered": ("verified", "withdrawn"),
    "verified": ("proposed", "withdrawn"),
    "proposed": ("approved", "verified", "withdrawn"),
    "approved": ("moved", "withdrawn"),
    "moved": (),
    "withdrawn": (),
}
"""The steps each status allows. ``proposed`` → ``verified`` takes a request back out of
its proposal (CODI asked for it to wait); ``moved`` and ``withdrawn`` are final."""
COORDINATOR_STEPS = frozenset({"verified", "proposed", "approved", "moved"})
"""Steps only a network coordinator takes; a leader may register and withdraw the
requests of their own community."""
DOWN_PAYMENT_PERCENT = 10
DEFAULT_LOAN = 30_000_000
"""Satang: 300,000 baht, the demo's assumption of what a household borrows for a Baan
Mankong home when the request does not say (decision 0048); each request may state its
own."""
MAX_MONEY = 10**12


def down_payment(loan_amount: int) -> int:
    """The savings Baan Mankong asks before the loan: 10 % of it, rounded up to the satang."""
    return -(-loan_amount * DOWN_PAYMENT_PERCENT // 100)


def meets_down_payment(savings: int, loan_amount: int) -> bool:
    return savings >= down_payment(loan_amount)


def allowed(current: str, wanted: str) -> bool:
    return wanted in NEXT.get(current, ())
