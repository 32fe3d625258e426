"""My notification preferences: language, quiet hours, addresses, what goes where."""

from typing import Annotated

from fastapi import APIRouter, Depends
from sqlalchemy import Connection

from thungngoen import notify
from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.communication import access
from thungngoen.communication.api.schemas import LineCodeOut, PreferencesBody
from thungngoen.communication.line_link import LIFETIME, issue_link_code
from thungngoen.communication.preferences import Preferences, preferences_of, save_preferences
from thungngoen.db import read_transaction, write_transaction
from thungngoen.web.deps import EngineDep, require_role

router = APIRouter(prefix="/api/v1/me/notification-preferences", tags=["communication"])
Reader = Annotated[User, Depends(require_role(*access.READERS))]


def _body(found: Preferences) -> PreferencesBody:
    return PreferencesBody(
        language=notify.language_named(found.language),
        quiet_hours=found.quiet_hours,
        addresses=found.addresses,
        off=sorted(f"{category}:{channel}" for category, channel in found.off),
        digest=found.digest,  # type: ignore[arg-type]  # checked when stored
    )


def _split(pair: str) -> tuple[str, str, str]:
    return pair.partition(":")


@router.get("")
def my_preferences(user: Reader, engine: EngineDep) -> PreferencesBody:
    with read_transaction(engine) as connection:
        return _body(preferences_of(connection, user.id))


@router.put("")
def change_my_preferences(
    body: PreferencesBody, user: Reader, engine: EngineDep
) -> PreferencesBody:
    def save(connection: Connection) -> PreferencesBody:
        access.require_may_mark(user)
        off = {(category, channel) for category, _, channel in map(_split, body.off)}
        digest = body.digest or preferences_of(connection, user.id).digest
        wanted = Preferences(body.language, body.quiet_hours, dict(body.addresses), off, digest)
        save_preferences(connection, user.id, wanted, utc_now())
        return _body(preferences_of(connection, user.id))

    return write_transaction(engine, save)


@router.post("/line-code", status_code=201)
def my_line_link_code(user: Reader, engine: EngineDep) -> LineCodeOut:
    """A code to send to the network's LINE account, which links my LINE to this login."""

    def issue(connection: Connection) -> LineCodeOut:
        access.require_may_mark(user)
        now = utc_now()
        return LineCodeOut(
            code=issue_link_code(connection, user.id, now), expires_at=now + LIFETIME
        )

    return write_transaction(engine, issue)
