"""Account names for the plain-text accounting exports, shared by Beancount and hledger.

Both tools get the same names, so a report from one can be compared with the other. A name
is ``Root:Currency:OwnerType:Purpose:Id[-Code]``, for example
``Liabilities:SKC:Member:Wallet:42-W-0007``. Each component holds only ASCII letters,
digits and dashes and starts with an uppercase letter or a digit, which both tools accept.
Sanitising codes can merge distinct ones (``a:b`` and ``a_b``), and Thai codes vanish
entirely, so the account id leads the last component: that keeps the mapping injective.
"""

import re

ROOTS = {
    "asset": "Assets",
    "liability": "Liabilities",
    "equity": "Equity",
    "income": "Income",
    "expense": "Expenses",
}

_SEPARATORS = re.compile(r"[^A-Za-z0-9]+")
FALLBACK = "Other"


def component(text: str) -> str:
    """``coin_reserve`` → ``Coin-Reserve``; ``""`` when nothing ASCII survives."""
    parts = [part for part in _SEPARATORS.split(text) if part]
    return "-".join(part[0].upper() + part[1:] for part in parts)


def account_name(
    account_id: int, type_: str, currency: str, owner_type: str, purpose: str, code: str
) -> str:
    root = ROOTS[type_]
    leaf = str(account_id)
    code_part = component(code)
    if code_part:
        leaf = f"{leaf}-{code_part}"
    middle = [component(currency), component(owner_type) or FALLBACK, component(purpose)]
    return ":".join([root, middle[0], middle[1], middle[2] or FALLBACK, leaf])
