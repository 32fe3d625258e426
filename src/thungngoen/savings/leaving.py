"""A member leaving the group: the day is recorded (``savings_members.left_on``) and the
group's reminders and meeting notices stop for them. Their passbook, loans and history
stay as they were: what they are paid out on leaving is a meeting sheet's withdrawal,
entered like any other (decision 0042)."""

from datetime import date

from sqlalchemy import Connection, update

from thungngoen import audit
from thungngoen.savings.errors import InvalidMember
from thungngoen.savings.groups import get_group
from thungngoen.savings.people import SavingsMember, group_member
from thungngoen.savings.tables import members


def leave_group(
    connection: Connection, group_id: int, member_id: int, *, left_on: date, actor: str
) -> SavingsMember:
    get_group(connection, group_id, lock=True)
    member = group_member(connection, group_id, member_id)
    if member.left_on is not None:
        raise InvalidMember(f"{member.name} left the group on {member.left_on}")
    if left_on < member.joined_on:
        raise InvalidMember("a member cannot leave before joining")
    connection.execute(update(members).where(members.c.id == member_id).values(left_on=left_on))
    audit.record(
        connection,
        actor=actor,
        action="savings.member.leave",
        subject_type="savings_member",
        subject_id=member_id,
        after={"group_id": group_id, "left_on": left_on},
    )
    return group_member(connection, group_id, member_id)
