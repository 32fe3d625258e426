"""PromptPay top-ups: the member asks, pays the operator by PromptPay, and the import of
the operator's bank statement finds the payment and mints the coin.

``request_topup`` (``requests``) returns a dynamic PromptPay QR payload with a reference
("TN" + 8) and an amount unique to the satang among open requests: banks often drop the
reference from the statement, and then the amount alone says whose payment it is.
``import_statement`` (``statements``) takes each credit line it has not seen (by
``bank_ref``), matches it by reference, else by amount, and mints: THB ``thb:bank`` →
``thb:backing`` and SKC ``skc:mint`` → wallet, one batch keyed by the bank_ref, so no line
can mint twice. Lines that match nothing wait for the operator (``decisions``):
``assign_unmatched`` mints them to a member, ``refund_unmatched`` records that the baht
went back to the sender.

Decisions:
- A reference names its request for good: a line carrying the reference of an open or
  expired request matches it (a late payment still counts) and mints the baht actually
  received. The reference of a request already paid never matches again.
- Matching by amount only takes a request that was open when the line was booked
  (``CLOCK_SLACK`` either side), so a request that reuses a freed amount later is not
  paid by an older transfer.
- ``thb:bank`` in the ledger holds only baht that backs coin: an unmatched line is not
  booked until the operator decides, so a refund (made outside the system) is recorded on
  the line and changes no ledger row.
- Amounts above ``MAX_TOPUP`` are never matched automatically: the operator decides.

The bank's CSV layouts are read by ``bank_statement``. Who may do what is ``access``,
which every door asks. The doors are ``api`` (JSON, bodies in ``api.schemas``),
``pages`` (the member's ``/wallet/topup``, the operator's ``/console/statements``) and
``cli`` (``thungngoen wallet promptpay …``); none is imported here.
"""

from thungngoen.topups.bank_statement import StatementFormatError, StatementLine, parse_statement
from thungngoen.topups.decisions import (
    assign_unmatched,
    assign_unmatched_by_phone,
    refund_unmatched,
)
from thungngoen.topups.errors import (
    DecisionNoteRequired,
    PromptPayNotConfigured,
    StatementLineDecided,
    StatementUploadRejected,
    TooManyOpenTopUps,
    TopUpAmountBusy,
    UnknownStatementLine,
    UnknownTopUpRequest,
    UnusableBankRef,
)
from thungngoen.topups.requests import (
    DEMO_OPERATOR_PROMPTPAY_ID,
    MAX_AMOUNT_BUMP,
    MAX_OPEN_REQUESTS_PER_MEMBER,
    OPERATOR_PAYEE_ENV,
    OPERATOR_PROMPTPAY_ENV,
    REQUEST_LIFETIME,
    TopUpRequest,
    expire_topup_requests,
    get_topup_request,
    member_by_phone,
    new_reference,
    open_topup_requests,
    operator_payee_name,
    operator_promptpay_id,
    promptpay_configured,
    request_topup,
)
from thungngoen.topups.statements import (
    CLOCK_SLACK,
    MAX_BANK_REF,
    ImportedLine,
    ImportReport,
    get_statement_line,
    import_statement,
    unmatched_lines,
)

__all__ = [
    "CLOCK_SLACK",
    "DEMO_OPERATOR_PROMPTPAY_ID",
    "MAX_AMOUNT_BUMP",
    "MAX_BANK_REF",
    "MAX_OPEN_REQUESTS_PER_MEMBER",
    "OPERATOR_PAYEE_ENV",
    "OPERATOR_PROMPTPAY_ENV",
    "REQUEST_LIFETIME",
    "DecisionNoteRequired",
    "ImportReport",
    "ImportedLine",
    "PromptPayNotConfigured",
    "StatementFormatError",
    "StatementLine",
    "StatementLineDecided",
    "StatementUploadRejected",
    "TooManyOpenTopUps",
    "TopUpAmountBusy",
    "TopUpRequest",
    "UnknownStatementLine",
    "UnknownTopUpRequest",
    "UnusableBankRef",
    "assign_unmatched",
    "assign_unmatched_by_phone",
    "expire_topup_requests",
    "get_statement_line",
    "get_topup_request",
    "import_statement",
    "member_by_phone",
    "new_reference",
    "open_topup_requests",
    "operator_payee_name",
    "operator_promptpay_id",
    "parse_statement",
    "promptpay_configured",
    "refund_unmatched",
    "request_topup",
    "unmatched_lines",
]
