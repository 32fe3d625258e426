"""How a savings group's money is booked: every group keeps its own books on the ledger,
all in THB, every account owned by the group (``owner_type`` ``savings_group``, ``owner_id``
its code).

- ``cash`` (asset, no overdraft): what the treasurer holds; "group cash short" is its floor;
- ``savings`` (liability, one per member, no overdraft): what the group owes each member,
  so a member's passbook is that account's statement;
- ``loan`` (asset, one per loan, no overdraft): the principal a borrower still owes;
- ``interest`` and ``fines`` (income), ``expenses`` (expense, write-offs included): the
  year's profit until the share-out closes them into ``surplus`` (equity);
- ``welfare`` (equity, no overdraft): never shared out; ``reserve`` (equity).

Every transfer of the group moves money between two of its own accounts, except the
enterprise allocation, which leaves as two legs that cancel in the group's books. So
cash + loans = savings + welfare + reserve + surplus + interest + fines − expenses, which
is what ``verify`` checks: the credits and debits over a group's accounts are equal.
See docs/decisions/0013-savings-groups.md.
"""

from sqlalchemy import Connection

from thungngoen import ledger

OWNER = "savings_group"
ENTERPRISE_OWNER = "enterprise"
GROUP_ACCOUNTS = {
    "cash": ("asset", True, "เงินสดกลุ่ม"),
    "interest": ("income", False, "ดอกเบี้ยเงินกู้"),
    "fines": ("income", False, "ค่าปรับ"),
    "expenses": ("expense", False, "ค่าใช้จ่ายกลุ่ม"),
    "welfare": ("equity", True, "กองทุนสวัสดิการ"),
    "reserve": ("equity", False, "เงินสำรอง"),
    "surplus": ("equity", False, "กำไรรอจัดสรร"),
}


def _open(
    connection: Connection,
    code: str,
    kind: str,
    owner: tuple[str, str],
    purpose: str,
    name: str,
    no_overdraft: bool,
) -> int:
    spec = ledger.AccountSpec(
        code,
        "THB",
        kind,
        owner[0],
        purpose,
        owner_id=owner[1],
        name=name[:200],
        no_overdraft=no_overdraft,
    )
    return ledger.open_account(connection, spec).id


def open_group_accounts(connection: Connection, group_code: str, group_name: str) -> dict[str, int]:
    """The group's own accounts, by purpose (owned by the group's code)."""
    owner = (OWNER, group_code)
    return {
        purpose: _open(
            connection,
            f"thb:sg:{group_code}:{purpose}",
            kind,
            owner,
            purpose,
            f"{label} {group_name}",
            no_overdraft,
        )
        for purpose, (kind, no_overdraft, label) in GROUP_ACCOUNTS.items()
    }


def open_savings_account(connection: Connection, group_code: str, number: int, name: str) -> int:
    """Member ``number`` of the group: what the group owes them."""
    code = f"thb:sg:{group_code}:savings:{number}"
    return _open(
        connection, code, "liability", (OWNER, group_code), "savings", f"เงินออม {name}", True
    )


def open_loan_account(connection: Connection, group_code: str, loan_id: int, name: str) -> int:
    code = f"thb:sg:{group_code}:loan:{loan_id}"
    return _open(connection, code, "asset", (OWNER, group_code), "loan", f"เงินกู้ {name}", True)


def open_enterprise_accounts(connection: Connection, code: str, name: str) -> tuple[int, int]:
    """The community enterprise's cash (asset) and the capital the groups put in (equity)."""
    owner = (ENTERPRISE_OWNER, code)
    cash = _open(
        connection, f"thb:enterprise:{code}:cash", "asset", owner, "cash", f"เงินสด {name}", False
    )
    capital = _open(
        connection,
        f"thb:enterprise:{code}:capital",
        "equity",
        owner,
        "capital",
        f"ทุน {name}",
        False,
    )
    return cash, capital
