"""Typed rejections. Each carries a stable ``code`` for API clients and a readable message."""

from thungngoen.errors import DomainError


class LedgerError(DomainError):
    code = "ledger_error"


class InvalidAmount(LedgerError):
    code = "invalid_amount"


class UnknownCurrency(LedgerError):
    code = "unknown_currency"


class CurrencyMismatch(LedgerError):
    code = "currency_mismatch"


class SameAccount(LedgerError):
    code = "same_account"


class UnknownAccount(LedgerError):
    code = "unknown_account"


class AccountFrozen(LedgerError):
    code = "account_frozen"


class AccountClosed(LedgerError):
    code = "account_closed"


class InsufficientFunds(LedgerError):
    """The debit would overdraw an account that may not go below zero."""

    code = "insufficient_funds"


class CreditLimitExceeded(LedgerError):
    code = "credit_limit_exceeded"


class IdempotencyConflict(LedgerError):
    """The idempotency key was used before for a different request."""

    code = "idempotency_conflict"


class UnknownTransfer(LedgerError):
    code = "unknown_transfer"


class TransferNotPending(LedgerError):
    code = "transfer_not_pending"


class PendingTransferExpired(LedgerError):
    code = "pending_transfer_expired"


class PostExceedsPending(LedgerError):
    code = "post_exceeds_pending"


class NotReversible(LedgerError):
    code = "not_reversible"


class AlreadyReversed(LedgerError):
    code = "already_reversed"


class DuplicateAccountCode(LedgerError):
    code = "duplicate_account_code"


class InvalidAccount(LedgerError):
    code = "invalid_account"


class EmptyBatch(LedgerError):
    code = "empty_batch"


class BatchLegRejected(LedgerError):
    """One leg of a linked batch was rejected, so none of the batch was written."""

    code = "batch_leg_rejected"

    def __init__(self, index: int, cause: LedgerError) -> None:
        super().__init__(f"batch leg {index} rejected: {cause.message}")
        self.index = index
        self.cause = cause
