"""Programs: where and how coin may be spent.

- ``tables``: the programs, event merchants and participants tables; the ``Program`` value;
- ``errors``: the typed rejections (a broken rule names itself and its program);
- ``rules``: ``check_payment`` (every payment from a member's own wallet) and the rule checks;
- ``admin``: the operator creates, changes, deactivates and lists programs;
- events (Citizens' Day): ``participants`` (the booking and what the steps share),
  ``registration``, ``spending``, ``closing``;
- ``cli``: ``thungngoen wallet programs …``.

The names below are the package's public face: ``from thungngoen.wallet import programs``
then ``programs.check_payment(...)``, ``programs.register_participant(...)``, ….
"""

from thungngoen.thai import THAI_TIME
from thungngoen.wallet.programs.admin import (
    ProgramTerms,
    create_program,
    deactivate_program,
    get_program,
    list_programs,
    program_by_code,
    update_program,
)
from thungngoen.wallet.programs.closing import EventClosing, close_event
from thungngoen.wallet.programs.errors import (
    AllowanceClosed,
    AllowanceTooLow,
    DailyLimitExceeded,
    DuplicateProgram,
    EventNotOpen,
    EventNotOver,
    ExcludedCategory,
    FundTooLow,
    InvalidProgram,
    MonthlyLimitExceeded,
    NotEventMerchant,
    NotParticipant,
    OutsideProgramArea,
    ProgramError,
    ProgramRuleBroken,
    UnknownProgram,
)
from thungngoen.wallet.programs.participants import (
    Allowance,
    Participant,
    event_program,
    event_shops,
    member_allowances,
    participants,
)
from thungngoen.wallet.programs.registration import (
    add_event_merchant,
    register_by_phone,
    register_participant,
)
from thungngoen.wallet.programs.rules import (
    EVENT_CHANNEL,
    check_merchant,
    check_payment,
    check_rules,
    thai_day,
    thai_month,
)
from thungngoen.wallet.programs.spending import (
    AllowanceCharge,
    check_allowance_payment,
    pay_with_allowance,
)
from thungngoen.wallet.programs.tables import PROGRAM_KINDS, Program

__all__ = [
    "EVENT_CHANNEL",
    "PROGRAM_KINDS",
    "THAI_TIME",
    "Allowance",
    "AllowanceCharge",
    "AllowanceClosed",
    "AllowanceTooLow",
    "DailyLimitExceeded",
    "DuplicateProgram",
    "EventClosing",
    "EventNotOpen",
    "EventNotOver",
    "ExcludedCategory",
    "FundTooLow",
    "InvalidProgram",
    "MonthlyLimitExceeded",
    "NotEventMerchant",
    "NotParticipant",
    "OutsideProgramArea",
    "Participant",
    "Program",
    "ProgramError",
    "ProgramRuleBroken",
    "ProgramTerms",
    "UnknownProgram",
    "add_event_merchant",
    "check_allowance_payment",
    "check_merchant",
    "check_payment",
    "check_rules",
    "close_event",
    "create_program",
    "deactivate_program",
    "event_program",
    "event_shops",
    "get_program",
    "list_programs",
    "member_allowances",
    "participants",
    "pay_with_allowance",
    "program_by_code",
    "register_by_phone",
    "register_participant",
    "thai_day",
    "thai_month",
    "update_program",
]
