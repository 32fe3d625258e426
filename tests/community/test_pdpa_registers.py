"""PDPA registers (decision 0049): notice versions referenced by consents, the 30-day
deadline of data-subject requests and the 72-hour clock of breaches computed against an
explicit ``now``, restriction taking effect, and every rejection writing nothing."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import Connection, func, select

from tests.community.helpers import ACTOR, AT, World
from thungngoen import community
from thungngoen.community.pdpa import breaches, notices, requests
from thungngoen.community.pdpa.errors import (
    DuplicateNotice,
    InvalidBreach,
    InvalidNotice,
    InvalidRequest,
    RequestClosed,
    UnknownNotice,
)
from thungngoen.community.pdpa_tables import breaches as breach_table
from thungngoen.community.pdpa_tables import privacy_notices, subject_requests
from thungngoen.community.tables import consents, persons


def test_a_consent_references_a_published_notice_version(world: World) -> None:
    household = world.household()
    before = world.count(persons)
    with pytest.raises(UnknownNotice):
        world.person(
            household.id, community.Basis("consent", purpose="survey", notice_version="9-9")
        )
    assert world.count(persons) == before  # the person's row went with the refused consent
    person = world.person(household.id)
    given = world.read(lambda c: community.consents_of(c, person.id))
    notice = world.read(lambda c: notices.get_notice(c, given[0].notice_version))
    assert notice.version == "2026-1"
    assert notice.text_th
    assert notice.text_en
    with pytest.raises(UnknownNotice):
        world.write(
            lambda c: community.record_consent(
                c, person.id, kind="sensitive", purpose="home care", notice_version="2099-1",
                actor=ACTOR, at=AT,
            )
        )  # fmt: skip
    assert world.count(consents) == 1


def test_notices_are_versioned_and_the_current_one_is_the_latest_in_force(world: World) -> None:
    later = world.write(
        lambda c: notices.publish_notice(
            c, version="2026-3", effective_on=date(2026, 7, 1), text_th="ฉบับสาม",
            text_en="Third", actor=ACTOR, at=AT,
        )
    )  # fmt: skip
    assert later.published_by == ACTOR
    on_june = world.read(lambda c: notices.current_notice(c, date(2026, 6, 15)))
    on_july = world.read(lambda c: notices.current_notice(c, date(2026, 7, 1)))
    assert on_june is not None
    assert on_june.version == "2026-2"
    assert on_july is not None
    assert on_july.version == "2026-3"
    assert [n.version for n in world.read(notices.notices)] == ["2026-3", "2026-2", "2026-1"]


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"version": "2026-2"}, DuplicateNotice),
        ({"version": "bad version"}, InvalidNotice),
        ({"text_en": "  "}, InvalidNotice),
        ({"effective_on": date(2026, 5, 31)}, InvalidNotice),
    ],
)
def test_a_bad_notice_is_refused_and_nothing_written(
    world: World, changes: dict[str, object], error: type[Exception]
) -> None:
    values: dict[str, object] = {
        "version": "2026-9", "effective_on": AT.date(), "text_th": "ไทย", "text_en": "English",
    } | changes  # fmt: skip
    with pytest.raises(error):
        world.write(lambda c: notices.publish_notice(c, **values, actor=ACTOR, at=AT))  # type: ignore[arg-type]
    assert world.count(privacy_notices) == 2


def test_a_request_is_due_in_30_days_and_flagged_overdue_after(world: World) -> None:
    person = world.person(world.household().id)
    made = world.write(
        lambda c: requests.receive_request(
            c, person.id, kind="access", detail="ขอสำเนา", received_at=AT, actor=ACTOR
        )
    )
    assert made.due_at == AT + timedelta(days=30)
    assert made.status == "received"
    assert not made.overdue(AT + timedelta(days=30))
    assert made.overdue(AT + timedelta(days=30, seconds=1))
    assert made.days_left(AT + timedelta(days=10)) == 20
    late = AT + timedelta(days=31)
    assert world.read(lambda c: requests.overdue_count(c, late)) == 1
    assert world.read(lambda c: requests.overdue_count(c, AT + timedelta(days=29))) == 0
    flagged = world.read(lambda c: requests.list_requests(c, now=late, overdue_only=True))
    assert [r.id for r in flagged] == [made.id]
    world.write(lambda c: requests.move_request(c, made.id, status="done", actor=ACTOR, at=late))
    assert world.read(lambda c: requests.overdue_count(c, late)) == 0


def test_request_steps_and_rejections_write_nothing(world: World) -> None:
    person = world.person(world.household().id)
    with pytest.raises(InvalidRequest):
        world.write(
            lambda c: requests.receive_request(
                c, person.id, kind="delete", received_at=AT, actor=ACTOR
            )
        )
    with pytest.raises(InvalidRequest):
        world.write(
            lambda c: requests.receive_request(
                c, person.id, kind="access", detail="x" * 1001, received_at=AT, actor=ACTOR
            )
        )
    with pytest.raises(InvalidRequest):  # received in the future
        world.write(
            lambda c: requests.receive_request(
                c, person.id, kind="access", received_at=AT + timedelta(hours=1), actor=ACTOR,
                at=AT,
            )
        )  # fmt: skip
    assert world.count(subject_requests) == 0
    made = world.write(
        lambda c: requests.receive_request(
            c, person.id, kind="correction", received_at=AT, actor=ACTOR
        )
    )
    with pytest.raises(InvalidRequest):  # a refusal states its reason
        world.write(
            lambda c: requests.move_request(c, made.id, status="refused", actor=ACTOR, at=AT)
        )
    with pytest.raises(InvalidRequest):
        world.write(
            lambda c: requests.move_request(c, made.id, status="received", actor=ACTOR, at=AT)
        )
    assert world.read(lambda c: requests.get_request(c, made.id)).status == "received"
    world.write(
        lambda c: requests.move_request(c, made.id, status="in_progress", actor=ACTOR, at=AT)
    )
    refused = world.write(
        lambda c: requests.move_request(
            c, made.id, status="refused", reason="ข้อมูลถูกต้องแล้ว", actor=ACTOR, at=AT
        )
    )
    assert (refused.status, refused.reason, refused.closed_by) == ("refused", "ข้อมูลถูกต้องแล้ว", ACTOR)
    with pytest.raises(RequestClosed):
        world.write(lambda c: requests.move_request(c, made.id, status="done", actor=ACTOR, at=AT))


def test_a_restriction_takes_the_person_out_of_search_until_refused(world: World) -> None:
    person = world.person(world.household().id, name="สมพร ระงับไว้")
    found = world.read(lambda c: community.search(c, "สมพร", None))
    assert [hit.person_id for hit in found] == [person.id]
    made = world.write(
        lambda c: requests.receive_request(
            c, person.id, kind="restriction", received_at=AT, actor=ACTOR
        )
    )
    assert world.read(lambda c: requests.restricted_ids(c)) == {person.id}
    assert world.read(lambda c: community.search(c, "สมพร", None)) == []
    world.write(
        lambda c: requests.move_request(
            c, made.id, status="refused", reason="legal claim pending", actor=ACTOR, at=AT
        )
    )
    assert world.read(lambda c: requests.restricted_ids(c)) == frozenset()
    assert len(world.read(lambda c: community.search(c, "สมพร", None))) == 1


def test_the_breach_clock_runs_72_hours_from_discovery(world: World) -> None:
    found = world.write(
        lambda c: breaches.add_breach(
            c, discovered_at=AT, description="โทรศัพท์ผู้เก็บข้อมูลหาย",
            data_affected="ชื่อ โทรศัพท์", people_affected=40, risk="high", actor=ACTOR,
            at=AT + timedelta(hours=2),
        )
    )  # fmt: skip
    assert found.hours_left(AT + timedelta(hours=2)) == 70
    assert found.hours_left(AT + timedelta(hours=80)) == -8
    assert not found.overdue(AT + timedelta(hours=72))
    assert found.overdue(AT + timedelta(hours=73))
    assert found.people_due()
    told = world.write(
        lambda c: breaches.notify_breach(
            c, found.id, whom="office", notified_at=AT + timedelta(hours=50), actor=ACTOR,
            at=AT + timedelta(hours=51),
        )
    )  # fmt: skip
    assert told.hours_left(AT + timedelta(hours=100)) is None
    assert not told.overdue(AT + timedelta(hours=100))


@pytest.mark.parametrize(
    "changes",
    [
        {"risk": "medium"},
        {"people_affected": -1},
        {"description": " "},
        {"discovered_at": AT + timedelta(hours=1)},
    ],
)
def test_a_bad_breach_is_refused_and_nothing_written(
    world: World, changes: dict[str, object]
) -> None:
    values: dict[str, object] = {
        "discovered_at": AT, "description": "หาย", "data_affected": "ชื่อ",
        "people_affected": 3, "risk": "low",
    } | changes  # fmt: skip
    with pytest.raises(InvalidBreach):
        world.write(lambda c: breaches.add_breach(c, **values, actor=ACTOR, at=AT))  # type: ignore[arg-type]
    assert world.count(breach_table) == 0


def test_a_notification_before_discovery_or_twice_is_refused(world: World) -> None:
    found = world.write(
        lambda c: breaches.add_breach(
            c, discovered_at=AT, description="หาย", data_affected="ชื่อ", people_affected=1,
            risk="low", actor=ACTOR, at=AT,
        )
    )  # fmt: skip
    later = AT + timedelta(hours=1)
    cases = [
        ("office", AT - timedelta(hours=1)),
        ("office", later + timedelta(hours=1)),
        ("board", later),
    ]
    for whom, when in cases:

        def notify(c: Connection, w: str = whom, t: datetime = when) -> breaches.Breach:
            return breaches.notify_breach(c, found.id, whom=w, notified_at=t, actor=ACTOR, at=later)

        with pytest.raises(InvalidBreach):
            world.write(notify)
    world.write(
        lambda c: breaches.notify_breach(
            c, found.id, whom="people", notified_at=later, actor=ACTOR, at=later
        )
    )
    with pytest.raises(InvalidBreach):
        world.write(
            lambda c: breaches.notify_breach(
                c, found.id, whom="people", notified_at=later, actor=ACTOR, at=later
            )
        )
    stored = world.read(lambda c: breaches.get_breach(c, found.id))
    assert stored.office_notified_at is None
    assert stored.people_notified_at == later
    assert (
        world.read(lambda c: c.execute(select(func.count()).select_from(breach_table)).scalar_one())
        == 1
    )
