"""Typed rejections of programs and events. A broken rule names itself and its program
(``details()``), so the API can say which rule of which program refused a payment."""

from collections.abc import Mapping
from typing import ClassVar

from thungngoen.wallet.errors import WalletError
from thungngoen.wallet.programs.tables import Program


class ProgramError(WalletError):
    code = "program_error"
    message_th = ""
    """The refusal in Thai with its figures, when it has them; else its code's Thai."""


class UnknownProgram(ProgramError):
    code = "unknown_program"


class InvalidProgram(ProgramError):
    code = "invalid_program"


class DuplicateProgram(ProgramError):
    code = "duplicate_program"


class EventNotOver(ProgramError):
    code = "event_not_over"


class FundTooLow(ProgramError):
    code = "fund_too_low"


class NotParticipant(ProgramError):
    code = "not_participant"


class AllowanceClosed(ProgramError):
    """A refund of an event payment goes back to the allowance it came from; once the
    event is closed (its allowances burned and returned to the fund) there is none."""

    code = "allowance_closed"


class ProgramRuleBroken(ProgramError):
    """A payment (or an event merchant) breaks one rule of one program; ``program`` is the
    program's code, ``rule`` the rule's stable name (the same as ``code``). ``message_th``
    says it in Thai with the program's name and the figures (``refusals`` words both), and
    ``figures`` gives the API those figures (the limit, what was spent, in satang)."""

    code = "program_rule"
    rule: ClassVar[str] = "program_rule"

    def __init__(
        self,
        message: str,
        program: Program,
        *,
        message_th: str = "",
        figures: Mapping[str, int | str] | None = None,
    ) -> None:
        super().__init__(message)
        self.program = program.code
        self.program_id = program.id
        self.program_name = program.name
        self.message_th = message_th
        self.figures = dict(figures or {})

    def details(self) -> dict[str, int | str]:
        """What the API adds to the error beside its code and message."""
        return {
            **self.figures,
            "rule": self.rule,
            "program": self.program,
            "program_name": self.program_name,
        }


class OutsideProgramArea(ProgramRuleBroken):
    code = rule = "outside_area"


class ExcludedCategory(ProgramRuleBroken):
    code = rule = "excluded_category"


class DailyLimitExceeded(ProgramRuleBroken):
    code = rule = "daily_limit"


class MonthlyLimitExceeded(ProgramRuleBroken):
    code = rule = "monthly_limit"


class NotEventMerchant(ProgramRuleBroken):
    code = rule = "not_event_merchant"


class EventNotOpen(ProgramRuleBroken):
    """Before the event starts, after it expires, or once it is deactivated or closed."""

    code = rule = "event_not_open"


class AllowanceTooLow(ProgramRuleBroken):
    code = rule = "allowance_too_low"
