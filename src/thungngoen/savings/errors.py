"""Typed rejections of the savings-group area. A rejected operation writes nothing."""

from collections.abc import Mapping

from thungngoen.errors import DomainError


class SavingsError(DomainError):
    code = "savings_error"


class UnknownGroup(SavingsError):
    code = "unknown_savings_group"


class UnknownSavingsMember(SavingsError):
    """Not a member of this group (or no such member)."""

    code = "unknown_savings_member"


class InvalidMember(SavingsError):
    code = "invalid_savings_member"


class UnknownLoan(SavingsError):
    code = "unknown_loan"


class UnknownMeeting(SavingsError):
    code = "unknown_meeting"


class UnknownReceipt(SavingsError):
    code = "unknown_receipt"


class UnknownEnterprise(SavingsError):
    code = "unknown_enterprise"


class InvalidReportDay(SavingsError):
    """A report asked for a day after today or outside the days a request may name."""

    code = "invalid_report_day"


class DuplicateGroup(SavingsError):
    code = "duplicate_savings_group"


class InvalidGroup(SavingsError):
    code = "invalid_savings_group"


class InvalidRegulation(SavingsError):
    code = "invalid_regulation"


class InvalidOfficer(SavingsError):
    code = "invalid_officer"


class InvalidSheet(SavingsError):
    """The sheet itself is malformed: a negative amount, a member twice, a date out of
    order. ``field`` names where, for a page to show the message next to it."""

    code = "invalid_sheet"

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field

    def details(self) -> dict[str, str]:
        return {"field": self.field}


class MeetingOutOfOrder(InvalidSheet):
    code = "meeting_out_of_order"


class VoluntaryNotAllowed(InvalidSheet):
    code = "voluntary_not_allowed"


class WithdrawalOverSavings(InvalidSheet):
    code = "withdrawal_over_savings"


class RepaymentOverBalance(InvalidSheet):
    code = "repayment_over_balance"


class GroupCashShort(InvalidSheet):
    """The group's cash would go below zero (a loan, a withdrawal, an expense, the
    enterprise allocation)."""

    code = "group_cash_short"


class WelfareFundShort(InvalidSheet):
    code = "welfare_fund_short"


class CorrectionNotAllowed(InvalidSheet):
    code = "correction_not_allowed"


class LoanNotDisbursable(InvalidSheet):
    """Only an approved loan is paid out; coin needs the borrower's wallet."""

    code = "loan_not_disbursable"


class LoanNotActive(InvalidSheet):
    code = "loan_not_active"


class InvalidLoan(SavingsError):
    code = "invalid_loan"


class OverLimit(SavingsError):
    """A loan over a limit of the group's regulation, named with the figure it came
    from: ``message_th`` says it in Thai (the pages and the API show it instead of the
    code's fixed Thai) and ``details()`` gives the API the rule and the figures."""

    def __init__(self, message: str, *, message_th: str, figures: Mapping[str, int | str]) -> None:
        super().__init__(message)
        self.message_th = message_th
        self.figures = dict(figures)

    def details(self) -> dict[str, int | str]:
        return dict(self.figures)


class OverSavingsMultiple(OverLimit):
    """The loans would exceed the group's multiple of the member's savings."""

    code = "over_savings_multiple"


class OverLoanMonths(OverLimit, InvalidLoan):
    """Longer than the regulation's ``max_loan_months`` (an application, a restructuring)."""

    code = "over_loan_months"


class MemberInArrears(SavingsError):
    """Behind on the commitment saving or on a loan instalment."""

    code = "member_in_arrears"


class LoanAlreadyDecided(SavingsError):
    code = "loan_already_decided"


class NotAnApprover(SavingsError):
    """A collector, a former officer, or the borrower approving their own loan."""

    code = "not_an_approver"


class WriteOffTooEarly(SavingsError):
    code = "write_off_too_early"


class ShareOutOutOfOrder(SavingsError):
    code = "share_out_out_of_order"


class InvalidMeetingPlan(SavingsError):
    """A meeting ahead the group cannot plan: a bad day of the month, a start outside
    06:00–20:00, no place. Each says its own Thai (``message_th``) and its ``field``."""

    code = "invalid_meeting_plan"

    def __init__(self, message: str, *, message_th: str, field: str) -> None:
        super().__init__(message)
        self.message_th = message_th
        self.field = field

    def details(self) -> dict[str, str]:
        return {"field": self.field}


class MeetingInThePast(InvalidMeetingPlan):
    code = "meeting_in_the_past"


class MeetingDayTaken(InvalidMeetingPlan):
    code = "meeting_day_taken"


class UnknownPlannedMeeting(SavingsError):
    code = "unknown_planned_meeting"
