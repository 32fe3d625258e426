"""Who may do what in the operator's console. Every console page asks here.

- the staff (the operator and the auditors) open every console page: the dashboard, the
  shops and their applications, people search and a person's page, the audit log and its
  chain check;
- only the operator acts: decides on a shop (approve in a tier, reject, suspend), freezes
  or unfreezes a wallet, resets a PIN. Auditors look but change nothing: the pages show
  them no forms, and their posts get the 403 page before the form is even read.

The roles are tuples so that each page checks them in a dependency declared before any
form is read (``page_role``: a visitor is sent to log in, any other role gets the 403
page). The console has no JSON API and no CLI; the money pages under ``/console``
(programs, vouchers, bank statements, payouts) belong to their areas and their rules.
"""

from typing import Final

from thungngoen.auth.tables import OPERATOR_ONLY
from thungngoen.auth.tables import STAFF as STAFF
from thungngoen.auth.users import User

OPERATORS: Final = OPERATOR_ONLY
"""Act on shops and people."""


def may_act(user: User) -> bool:
    """Whether the console's pages show their forms: to operators, not to auditors."""
    return user.role in OPERATORS
