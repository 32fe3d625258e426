"""Every word of the savings area reads in Thai, for every kind, office and status."""

from thungngoen.savings import texts
from thungngoen.savings.arrears import BUCKETS, OVER_90
from thungngoen.savings.tables import ENTRY_KINDS, LOAN_STATUSES, OFFICES
from thungngoen.web.i18n_catalogue import THAI


def test_every_label_is_complete_and_translated() -> None:
    assert set(texts.KIND_LABELS) == set(ENTRY_KINDS)
    assert set(texts.OFFICE_LABELS) == set(OFFICES)
    assert set(texts.LOAN_STATUS_LABELS) == set(LOAN_STATUSES)
    assert set(texts.BUCKET_LABELS) == {name for _, name in BUCKETS} | {OVER_90}
    labels = (texts.KIND_LABELS, texts.OFFICE_LABELS, texts.LOAN_STATUS_LABELS, texts.BUCKET_LABELS)
    assert [label for group in labels for label in group.values() if label not in THAI] == []
    assert THAI["Treasurer"] == "เหรัญญิก"
