"""The Songkhla Wallet: members, merchants and agents, coin payments, promotions, programs
and event allowances. Every door (API, pages, CLI, the other areas) calls the operations
below, each in the caller's write or read transaction.

- people: ``people`` (members, merchants, agents), ``access`` (who may do what: a merchant
  runs their own shops; the operator decides, the auditor looks), ``merchant_decisions``
  (the state machine of approving, rejecting and suspending a shop);
- coin: ``book`` (the accounts; public, as are ``errors`` and ``tables``), ``topups``
  (cash at an agent, within the agent's float limit), ``agent_limits`` (the limits the
  operator sets), ``handovers`` (an agent's cash handed to the operator and banked),
  ``checkout`` and ``merchant_pay`` (paying shops), ``payments``
  (member to member), ``wages``, ``donations``, ``funds`` (the community funds),
  ``reserve`` (the proof of reserve);
- ``promotions``, ``programs`` (where and how coin may be spent, event allowances),
  ``promptpay`` (the Thai QR payload), ``demo`` (the demo pilot).

The names below are what the other areas use; they import them from here, never from the
modules (``make lint`` checks it).
"""

from thungngoen.wallet.access import STAFF, owned_shops, owns_shop, require_own_shop
from thungngoen.wallet.account_status import change_account_status
from thungngoen.wallet.agent_limits import (
    DEFAULT_FLOAT_LIMIT,
    MAX_FLOAT_LIMIT,
    AgentFloat,
    agent_floats,
    float_of_agent,
    set_float_limit,
)
from thungngoen.wallet.banks import BANK_TEXTS, THAI_BANKS, BankCode, bank_name
from thungngoen.wallet.checkout import approved_merchant
from thungngoen.wallet.demo import MEMBERS, PIN, Login, load_demo
from thungngoen.wallet.funds import community_funds
from thungngoen.wallet.handovers import Handover, record_handover
from thungngoen.wallet.merchant_decisions import (
    DECISIONS_BY_STATUS,
    NEXT_STATUS,
    decide_merchant,
    move_merchant,
    rejected_shops,
)
from thungngoen.wallet.notifications import tell_topup
from thungngoen.wallet.people import (
    Member,
    get_member,
    member_for_user,
    register_member,
)
from thungngoen.wallet.programs import (
    Allowance,
    Program,
    UnknownProgram,
    get_program,
    list_programs,
    member_allowances,
    program_by_code,
)
from thungngoen.wallet.programs.tables import event_participants
from thungngoen.wallet.promptpay import promptpay_payload, qr_png, qr_svg
from thungngoen.wallet.reserve import ReserveReport, reserve_report
from thungngoen.wallet.signing import ExpiredToken, TamperedToken
from thungngoen.wallet.signing import sign as sign_token
from thungngoen.wallet.signing import verify as verify_token
from thungngoen.wallet.topups import MAX_TOPUP, check_amount, mint_legs
from thungngoen.wallet.wages import MAX_WAGE, WagePayee, pay_wage, wage_payee

__all__ = [
    "BANK_TEXTS",
    "DECISIONS_BY_STATUS",
    "DEFAULT_FLOAT_LIMIT",
    "MAX_FLOAT_LIMIT",
    "MAX_TOPUP",
    "MAX_WAGE",
    "MEMBERS",
    "NEXT_STATUS",
    "PIN",
    "STAFF",
    "THAI_BANKS",
    "AgentFloat",
    "Allowance",
    "BankCode",
    "ExpiredToken",
    "Handover",
    "Login",
    "Member",
    "Program",
    "ReserveReport",
    "TamperedToken",
    "UnknownProgram",
    "WagePayee",
    "agent_floats",
    "approved_merchant",
    "bank_name",
    "change_account_status",
    "check_amount",
    "community_funds",
    "decide_merchant",
    "event_participants",
    "float_of_agent",
    "get_member",
    "get_program",
    "list_programs",
    "load_demo",
    "member_allowances",
    "member_for_user",
    "mint_legs",
    "move_merchant",
    "owned_shops",
    "owns_shop",
    "pay_wage",
    "program_by_code",
    "promptpay_payload",
    "qr_png",
    "qr_svg",
    "record_handover",
    "register_member",
    "rejected_shops",
    "require_own_shop",
    "reserve_report",
    "set_float_limit",
    "sign_token",
    "tell_topup",
    "verify_token",
    "wage_payee",
]
