"""Who may do what with the PDPA registers: a network coordinator publishes notices and
handles requests and breaches; the auditor reads them all and changes nothing; a person
(the wallet login their record is linked to) sees their own record, its reads, consents
and requests, withdraws consent and makes requests — nobody else's."""

from sqlalchemy import Connection, select

from thungngoen import wallet
from thungngoen.auth.errors import Forbidden
from thungngoen.auth.users import User
from thungngoen.community import access
from thungngoen.community.tables import persons
from thungngoen.wallet.errors import UnknownMember


def _login(user: User | None) -> User:
    if user is None:
        raise Forbidden("log in first")
    return user


def is_handler(connection: Connection, user: User | None) -> bool:
    return user is not None and access.duties(connection, user).coordinator


def require_handler(connection: Connection, user: User | None) -> User:
    """Publishing a notice, registering and moving requests, recording breaches."""
    login = _login(user)
    if not is_handler(connection, login):
        raise Forbidden("the PDPA registers are kept by a network coordinator")
    return login


def require_register_reader(connection: Connection, user: User | None) -> User:
    login = _login(user)
    if login.role == "auditor" or is_handler(connection, login):
        return login
    raise Forbidden("the PDPA registers are read by a coordinator and the auditor")


def own_person_ids(connection: Connection, user: User | None) -> list[int]:
    """The person records linked to the login's wallet member (usually one)."""
    if user is None:
        return []
    try:
        member = wallet.member_for_user(connection, user.id)
    except UnknownMember:
        return []
    query = select(persons.c.id).where(persons.c.wallet_member_id == member.id)
    return list(connection.execute(query.order_by(persons.c.id)).scalars())


def require_own_person(connection: Connection, user: User | None, person_id: int) -> User:
    """The person themselves (their linked wallet login), else refused."""
    login = _login(user)
    if person_id not in own_person_ids(connection, login):
        raise Forbidden("a person sees and asks about their own record only")
    return login
