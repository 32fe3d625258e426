"""Thai texts of the savings-group area, one catalogue per group of pages (English source
string → Thai), and its rejection codes. The English labels of entry kinds, offices, loan
statuses and arrears buckets are here too, for every door to show the same words."""

from thungngoen.savings.texts import (
    approvals,
    forms,
    group,
    labels,
    limits,
    loans,
    meeting,
    meetings_ahead,
    network,
    rejections,
)
from thungngoen.savings.texts.labels import (
    BUCKET_LABELS,
    KIND_LABELS,
    LOAN_STATUS_LABELS,
    OFFICE_LABELS,
)

THAI: dict[str, str] = (
    labels.THAI
    | network.THAI
    | group.THAI
    | meeting.THAI
    | meetings_ahead.THAI
    | loans.THAI
    | approvals.THAI
    | limits.THAI
    | forms.THAI
)
THAI_BY_CODE: dict[str, str] = rejections.THAI_BY_CODE

__all__ = [
    "BUCKET_LABELS",
    "KIND_LABELS",
    "LOAN_STATUS_LABELS",
    "OFFICE_LABELS",
    "THAI",
    "THAI_BY_CODE",
]
