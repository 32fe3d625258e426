"""A person's recent transfers name each kind of movement in Thai (decision 0037): the
movements a wallet or a float can see each have a label, and each label its Thai."""

from thungngoen.console.pages.display import PURPOSE_LABELS
from thungngoen.web.i18n_catalogue import THAI

SEEN_BY_WALLETS = {
    *("payment", "cashback", "p2p", "topup_cash", "topup_promptpay", "refund"),
    *("redemption", "redemption_fee", "supplier_payment", "wage", "event_allowance"),
    *("event_payment", "voucher_redeem", "agent_handover", "savings_loan_coin"),
}


def test_every_movement_of_a_wallet_has_a_thai_label() -> None:
    assert sorted(SEEN_BY_WALLETS - PURPOSE_LABELS.keys()) == []
    assert sorted(label for label in PURPOSE_LABELS.values() if label not in THAI) == []
