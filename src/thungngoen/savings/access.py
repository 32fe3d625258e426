"""Who may do what in a savings group. The API, the pages and any other door ask here.

Officers are not a login role: an officer is a group member holding an office, and the
login that acts for the office is the officer's ``user_id`` (usually the member's own
wallet login, role ``member``). Checked per group:

- the operator (SK) creates groups and enterprises and may set any group up (members,
  officers, regulation) but records no money;
- the chair, treasurer or secretary sets their group up (members, officers, rules, the
  meetings ahead) and enters loan applications;
  the chair and the treasurer post meeting sheets and the share-out; loans are decided
  by the chair, treasurer or secretary (``loans.APPROVING_OFFICES``);
- collectors, officers and staff (operator, auditor) read a group's books and reports;
- a member reads their own passbook and loans (through their linked wallet login).
"""

from sqlalchemy import Connection

from thungngoen.auth.errors import Forbidden
from thungngoen.auth.tables import STAFF as STAFF
from thungngoen.auth.users import User
from thungngoen.savings.groups import Group, get_group, list_groups
from thungngoen.savings.loans import APPROVING_OFFICES
from thungngoen.savings.people import (
    Officer,
    SavingsMember,
    get_member,
    groups_of_officer,
    memberships_of_wallet,
    seats_of_user,
)
from thungngoen.wallet import member_for_user
from thungngoen.wallet.errors import UnknownMember

SETUP_OFFICES = ("chair", "treasurer", "secretary")
RECORDING_OFFICES = ("chair", "treasurer")


def require_office(
    connection: Connection, group_id: int, user: User, offices: tuple[str, ...]
) -> Officer:
    """The seat through which ``user`` acts in the group, holding one of ``offices``.
    Only a member's own login holds a seat: the network's staff hold none (the auditor
    changes nothing anywhere, the operator records no savings money)."""
    if user.role != "member":
        raise Forbidden("the network's staff hold no office in a savings group")
    for seat in seats_of_user(connection, group_id, user.id):
        if seat.office in offices:
            return seat
    raise Forbidden(f"this needs the group's {' or '.join(offices)}")


def require_setup(connection: Connection, group_id: int, user: User) -> None:
    if user.role != "operator":
        require_office(connection, group_id, user, SETUP_OFFICES)


def require_recorder(connection: Connection, group_id: int, user: User) -> Officer:
    return require_office(connection, group_id, user, RECORDING_OFFICES)


def require_approver(connection: Connection, group_id: int, user: User) -> Officer:
    return require_office(connection, group_id, user, APPROVING_OFFICES)


def require_group_reader(connection: Connection, group_id: int, user: User) -> Group:
    group = get_group(connection, group_id)
    if user.role not in STAFF and not seats_of_user(connection, group_id, user.id):
        raise Forbidden("only the group's officers and the network's staff read its books")
    return group


def own_memberships(connection: Connection, user: User) -> list[SavingsMember]:
    """The memberships of the wallet this login owns (none without a wallet)."""
    try:
        wallet = member_for_user(connection, user.id)
    except UnknownMember:
        return []
    return memberships_of_wallet(connection, wallet.id)


def require_member_reader(connection: Connection, member_id: int, user: User) -> SavingsMember:
    member = get_member(connection, member_id)
    if user.role in STAFF or seats_of_user(connection, member.group_id, user.id):
        return member
    if any(own.id == member_id for own in own_memberships(connection, user)):
        return member
    raise Forbidden("a passbook is read by its member, the group's officers and the staff")


def readable_groups(connection: Connection, user: User) -> list[Group]:
    """Staff: every group; anyone else: the groups where they hold an office."""
    if user.role in STAFF:
        return list_groups(connection)
    return [get_group(connection, group_id) for group_id in groups_of_officer(connection, user.id)]
