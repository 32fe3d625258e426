"""The ways a PromptPay top-up, a statement import or an operator's decision is refused."""

from sqlalchemy.exc import IntegrityError

from thungngoen.db.transactions import RetryTransaction
from thungngoen.wallet.errors import WalletError


class TopUpAmountBusy(WalletError):
    code = "topup_amount_busy"


class TooManyOpenTopUps(WalletError):
    code = "topup_too_many_open"


class PromptPayNotConfigured(WalletError):
    """The operator's PromptPay ID is not set: no QR may be offered."""

    code = "topup_promptpay_unconfigured"


class UnusableBankRef(WalletError):
    code = "statement_bank_ref"


class UnknownTopUpRequest(WalletError):
    code = "unknown_topup_request"


class UnknownStatementLine(WalletError):
    code = "unknown_statement_line"


class StatementLineDecided(WalletError):
    code = "statement_line_decided"


class DecisionNoteRequired(WalletError):
    code = "decision_note_required"


class StatementUploadRejected(WalletError):
    """The uploaded statement is no CSV text: wrong content type, too large, not decodable."""

    code = "statement_upload"


def retry_if_unique_race(error: IntegrityError, table: str) -> None:
    """A concurrent writer took the same amount, reference or bank_ref: run again."""
    message = str(error.orig)
    if "unique" in message.lower() and table in message:
        raise RetryTransaction(message) from error
