"""The ledger core: accounts, transfers, linked batches, two-phase transfers, reversals.

This package is the only writer of the ledger tables; every area calls these functions.
"""

from thungngoen.ledger.accounts import find_account, get_account, open_account, set_account_status
from thungngoen.ledger.model import Account, AccountSpec, StatementLine, Transfer, TransferRequest
from thungngoen.ledger.posting import MAX_KEY_LENGTH, post_batch, post_transfer
from thungngoen.ledger.queries import (
    balance,
    batch_by_key,
    get_transfer,
    statement,
    transfer_by_key,
)
from thungngoen.ledger.reversal import reverse_transfer
from thungngoen.ledger.sealer import Sealer
from thungngoen.ledger.seals import Seal, seal
from thungngoen.ledger.two_phase import expire_pending, post_pending, void_pending

__all__ = [
    "MAX_KEY_LENGTH",
    "Account",
    "AccountSpec",
    "Seal",
    "Sealer",
    "StatementLine",
    "Transfer",
    "TransferRequest",
    "balance",
    "batch_by_key",
    "expire_pending",
    "find_account",
    "get_account",
    "get_transfer",
    "open_account",
    "post_batch",
    "post_pending",
    "post_transfer",
    "reverse_transfer",
    "seal",
    "set_account_status",
    "statement",
    "transfer_by_key",
    "void_pending",
]
