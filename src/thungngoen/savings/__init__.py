"""Savings groups (กลุ่มสัจจะออมทรัพย์): groups, members, officers and their regulation;
monthly meeting sheets posted as one linked batch; loans from application to write-off;
the year-end share-out; passbooks, reports and the federation view. All money is THB
on the ledger (``book``); every door (API, CLI, pages) calls the operations below, each
in the caller's write or read transaction.

- setup: ``groups`` (groups, the community enterprise), ``people`` (members, officers),
  ``regulation``; ``access`` (who may do what);
- meetings ahead: ``meeting_plans`` (dated by the officers, ``meeting_rules``),
  ``leaving``; the reminders they and the loans raise: ``notifications``, ``reminders``;
- money: ``meetings`` (``post_meeting`` of a ``sheet.MeetingSheet``, via ``plan`` and
  ``moves``), ``loans`` and ``loan_changes``, ``shareout`` and ``shareout_post``;
- reading: ``schedule`` (pure), ``arrears``, ``books``, ``reports``, ``passbook``,
  ``federation``; ``verify`` (the books identity for ``thungngoen verify``).
"""

from thungngoen.savings.approvals import Approvals, Approver, approvals_of
from thungngoen.savings.arrears import LoanPosition, bucket, commitment_arrears, loan_positions
from thungngoen.savings.books import Books, books_by_group, group_books
from thungngoen.savings.federation import (
    Federation,
    FederationRow,
    check_report_day,
    federation_view,
)
from thungngoen.savings.groups import (
    Enterprise,
    Group,
    create_enterprise,
    create_group,
    get_enterprise,
    get_group,
    group_by_code,
    list_groups,
)
from thungngoen.savings.leaving import leave_group
from thungngoen.savings.loan_changes import restructure_loan, write_off_loan
from thungngoen.savings.loan_values import Loan, current_schedule, get_loan, list_loans
from thungngoen.savings.loans import apply_for_loan, approve_loan, reject_loan
from thungngoen.savings.meeting_plans import (
    PlannedMeeting,
    cancel_meeting,
    change_meeting,
    get_planned,
    meetings_ahead,
    next_meetings,
    plan_meeting,
    plan_monthly,
)
from thungngoen.savings.meetings import Meeting, get_meeting, list_meetings, post_meeting
from thungngoen.savings.passbook import LoanView, Passbook, loan_view, member_passbook
from thungngoen.savings.people import (
    Officer,
    SavingsMember,
    active_officers,
    add_member,
    appoint_officer,
    get_member,
    list_members,
)
from thungngoen.savings.regulation import Regulation, regulation_on, set_regulation, versions
from thungngoen.savings.reports import GroupReport, MeetingReport, group_report, meeting_report
from thungngoen.savings.schedule import Instalment, LoanTerms, compute_schedule
from thungngoen.savings.shareout import ShareOut, preview_shareout
from thungngoen.savings.shareout_post import ShareOutRecord, post_shareout
from thungngoen.savings.sheet import (
    Correction,
    Disbursement,
    Expense,
    MeetingSheet,
    MemberLine,
    Repayment,
    WelfareGrant,
)
from thungngoen.thai import thai_today

__all__ = [
    "Approvals",
    "Approver",
    "Books",
    "Correction",
    "Disbursement",
    "Enterprise",
    "Expense",
    "Federation",
    "FederationRow",
    "Group",
    "GroupReport",
    "Instalment",
    "Loan",
    "LoanPosition",
    "LoanTerms",
    "LoanView",
    "Meeting",
    "MeetingReport",
    "MeetingSheet",
    "MemberLine",
    "Officer",
    "Passbook",
    "PlannedMeeting",
    "Regulation",
    "Repayment",
    "SavingsMember",
    "ShareOut",
    "ShareOutRecord",
    "WelfareGrant",
    "active_officers",
    "add_member",
    "apply_for_loan",
    "appoint_officer",
    "approvals_of",
    "approve_loan",
    "books_by_group",
    "bucket",
    "cancel_meeting",
    "change_meeting",
    "check_report_day",
    "commitment_arrears",
    "compute_schedule",
    "create_enterprise",
    "create_group",
    "current_schedule",
    "federation_view",
    "get_enterprise",
    "get_group",
    "get_loan",
    "get_meeting",
    "get_member",
    "get_planned",
    "group_books",
    "group_by_code",
    "group_report",
    "leave_group",
    "list_groups",
    "list_loans",
    "list_meetings",
    "list_members",
    "loan_positions",
    "loan_view",
    "meeting_report",
    "meetings_ahead",
    "member_passbook",
    "next_meetings",
    "plan_meeting",
    "plan_monthly",
    "post_meeting",
    "post_shareout",
    "preview_shareout",
    "regulation_on",
    "reject_loan",
    "restructure_loan",
    "set_regulation",
    "thai_today",
    "versions",
    "write_off_loan",
]
