"""The digest's coming events: the programs that start or end in the two weeks after the
period, in the sub-district where the person lives (or anywhere). Programs are few; they
are read once per batch and matched to each person's sub-district in Python."""

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from sqlalchemy import Connection, and_, or_, select

from thungngoen.notify import DigestSection, Line, Said
from thungngoen.thai import in_thai_time
from thungngoen.wallet.programs.tables import programs
from thungngoen.wallet.tables import members

SOON = timedelta(days=14)

LINES = (
    Line(
        "starts",
        {"name": "text", "day": "day"},
        "{name} เริ่ม {day}",
        "{name} starts on {day}",
        "/wallet",
    ),
    Line(
        "ends",
        {"name": "text", "day": "day"},
        "{name} สิ้นสุด {day}",
        "{name} ends on {day}",
        "/wallet",
    ),
)


def _events(
    connection: Connection, user_ids: Sequence[int], since: datetime, until: datetime
) -> Mapping[int, Sequence[Said]]:
    horizon = until + SOON
    starting = and_(programs.c.valid_from >= until, programs.c.valid_from < horizon)
    ending = and_(
        programs.c.valid_from < until,
        programs.c.valid_until >= until,
        programs.c.valid_until < horizon,
    )
    found = connection.execute(
        select(programs)
        .where(programs.c.active == 1, programs.c.closed_at.is_(None), or_(starting, ending))
        .order_by(programs.c.valid_from, programs.c.id)
    ).all()
    if not found:
        return {}
    homes = connection.execute(
        select(members.c.user_id, members.c.tambon_code).where(members.c.user_id.in_(user_ids))
    ).all()
    said: dict[int, list[Said]] = {}
    for user_id, tambon in homes:
        for program in found:
            if program.allowed_tambons and tambon not in program.allowed_tambons:
                continue
            if program.valid_from >= until:
                day = in_thai_time(program.valid_from).date()
                said.setdefault(user_id, []).append(
                    Said("starts", {"name": program.name, "day": day.isoformat()})
                )
            else:
                last = in_thai_time(program.valid_until - timedelta(microseconds=1)).date()
                said.setdefault(user_id, []).append(
                    Said("ends", {"name": program.name, "day": last.isoformat()})
                )
    return said


EVENTS = DigestSection("wallet.events", 40, "กิจกรรมที่กำลังจะมา", "Coming events", LINES, _events)
