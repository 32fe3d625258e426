"""The community area's audiences: the people of one community (those whose person record
is linked to a wallet login), an organisation's people (the logins holding a duty in it)
and the network's partners (every login holding a duty)."""

from sqlalchemy import Select, select

from thungngoen.auth.tables import users
from thungngoen.community.tables import duties, households, persons
from thungngoen.notify.audiences import Audience
from thungngoen.wallet.tables import members


def _number(value: str) -> int:
    return int(value) if value.isascii() and value.isdigit() else -1


def _community(value: str) -> Select[tuple[int]]:
    return (
        select(members.c.user_id)
        .join(persons, persons.c.wallet_member_id == members.c.id)
        .join(households, households.c.id == persons.c.household_id)
        .join(users, users.c.id == members.c.user_id)
        .where(households.c.community_id == _number(value), users.c.status == "active")
        .distinct()
    )


def _holding_duties() -> Select[tuple[int]]:
    return (
        select(duties.c.user_id)
        .join(users, users.c.id == duties.c.user_id)
        .where(duties.c.ended_at.is_(None), users.c.status == "active")
        .distinct()
    )


def _organisation(value: str) -> Select[tuple[int]]:
    return _holding_duties().where(duties.c.organisation_id == _number(value))


def _partners(value: str) -> Select[tuple[int]]:
    return _holding_duties()


AUDIENCES = (
    Audience("community.people", "People of a community", _community, "Community number"),
    Audience(
        "community.organisation",
        "People of an organisation",
        _organisation,
        "Organisation number",
    ),
    Audience("community.partners", "The network's partners", _partners),
)
