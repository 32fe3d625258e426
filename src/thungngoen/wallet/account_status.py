"""The operator freezes or unfreezes a wallet; a freeze logs its owner out everywhere."""

from sqlalchemy import Connection, select

from thungngoen import audit, ledger
from thungngoen.auth.revocation import revoke_all
from thungngoen.wallet.tables import agents, members, merchants


def change_account_status(
    connection: Connection, account_id: int, status: str, actor: str, reason: str = ""
) -> None:
    """Freeze or unfreeze a wallet (the operator's decision and its reason, audited). A
    freeze also ends every session and API token of the wallet's owner: a stolen phone or
    a suspected fraud stops at once, and a new log-in shows the frozen wallet."""
    before = ledger.get_account(connection, account_id)
    ledger.set_account_status(connection, account_id, status)
    audit.record(
        connection,
        actor=actor,
        action=f"account.{status}",
        subject_type="account",
        subject_id=account_id,
        before={"status": before.status},
        after={"status": status, "reason": reason} if reason else {"status": status},
    )
    owner = owner_of_account(connection, account_id)
    if status == "frozen" and owner is not None:
        revoke_all(connection, owner, actor, reason="wallet frozen")


def owner_of_account(connection: Connection, account_id: int) -> int | None:
    """The user whose wallet (member, shop) or cash float (agent) the account is."""
    for user, account in (
        (members.c.user_id, members.c.account_id),
        (merchants.c.owner_user_id, merchants.c.account_id),
        (agents.c.user_id, agents.c.float_account_id),
    ):
        found = connection.execute(select(user).where(account == account_id)).scalar()
        if found is not None:
            return int(found)
    return None
