from sqlalchemy import Engine

from thungngoen import ledger
from thungngoen.db import write_transaction


def test_post_moves_money(engine: Engine) -> None:
    def work(c):  # type: ignore[no-untyped-def]
        mint = ledger.open_account(c, ledger.AccountSpec("mint", "SKC", "equity", "system", "mint"))
        w = ledger.open_account(
            c, ledger.AccountSpec("w1", "SKC", "liability", "member", "wallet", no_overdraft=True)
        )
        t = ledger.post_transfer(c, ledger.TransferRequest(mint.id, w.id, 500, "SKC", "topup"))
        return mint, w, t

    mint, w, t = write_transaction(engine, work)
    assert t.credit_balance_after == 500
    assert t.debit_balance_after == -500
    with engine.connect() as c:
        assert ledger.balance(c, w.id) == 500
        lines = ledger.statement(c, w.id)
        assert [(line.amount, line.balance_after) for line in lines] == [(500, 500)]
