"""Changing a password: every session and API token of the user ends with the old one.

The door checks the current password (``users.authenticate``, under the log-in limits)
and hashes the new one (``hashing.hash_password``) in a worker thread first; this runs in
the write transaction, which therefore never hashes."""

from sqlalchemy import Connection, update

from thungngoen import audit
from thungngoen.auth.hashing import HashedPassword
from thungngoen.auth.revocation import revoke_all
from thungngoen.auth.tables import users


def replace_password(connection: Connection, user_id: int, new: HashedPassword) -> None:
    actor = f"user:{user_id}"
    connection.execute(update(users).where(users.c.id == user_id).values(password_hash=new.value))
    audit.record(
        connection,
        actor=actor,
        action="user.change_password",
        subject_type="user",
        subject_id=user_id,
    )
    revoke_all(connection, user_id, actor, reason="password changed")
