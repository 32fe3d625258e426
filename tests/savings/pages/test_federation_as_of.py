"""The federation page as of a day: a date field, the books at the end of that day, a day
after today or not a day is a field error (in Thai by default), "groups" as the API."""

from datetime import date, datetime, time, timedelta

from sqlalchemy import Connection

from tests.savings.pages.conftest import Groups
from thungngoen import savings
from thungngoen.clock import simulated_time
from thungngoen.db import write_transaction
from thungngoen.thai import THAI_TIME

JAN = date(2024, 1, 10)


def _january(groups: Groups) -> None:
    members = [m for m in groups.members.values() if m.group_id == groups.group.id]
    lines = tuple(savings.MemberLine(m.id, commitment=5_000) for m in members)
    sheet = savings.MeetingSheet(groups.group.id, JAN, lines)
    write_transaction(groups.engine, lambda c: _post_on_its_day(c, sheet))


def test_the_page_shows_the_books_as_of_the_day_in_its_field(groups: Groups) -> None:
    _january(groups)
    client = groups.client("member")
    before = client.get("/savings/federation", params={"as_of": "2024-01-09"})
    assert before.status_code == 200
    assert 'id="fed-savings" data-satang="0"' in before.text
    assert 'name="as_of" type="date" value="2024-01-09"' in before.text
    after = client.get("/savings/federation", params={"as_of": "2024-01-10"}).text
    assert 'id="fed-savings" data-satang="20000"' in after
    assert 'id="fed-groups">2<' in after
    assert 'id="fed-active">2<' in after
    assert 'id="fed-groups-note"' in after


def test_a_day_after_today_or_not_a_day_is_a_field_error(groups: Groups) -> None:
    client = groups.client("member")
    tomorrow = (savings.thai_today() + timedelta(days=1)).isoformat()
    future = client.get("/savings/federation", params={"as_of": tomorrow})
    assert future.status_code == 422
    assert 'id="e-as_of">วันที่ของรายงานต้องไม่เกินวันนี้' in future.text
    assert 'id="e-code"' not in future.text  # the founding form is untouched
    for text in ("0001-01-01", "yesterday"):
        wrong = client.get("/savings/federation", params={"as_of": text})
        assert wrong.status_code == 422
        assert 'id="e-as_of"' in wrong.text
    client.get("/lang/en")
    english = client.get("/savings/federation", params={"as_of": tomorrow}).text
    assert "after today" in english


def _post_on_its_day(connection: Connection, sheet: savings.MeetingSheet) -> savings.Meeting:
    """Posted at noon (Thai) of the meeting's day: the clock is set in the writer's thread."""
    with simulated_time(datetime.combine(sheet.held_on, time(12), THAI_TIME)):
        key = f"m-{sheet.held_on}"
        return savings.post_meeting(connection, sheet, idempotency_key=key, actor="t")
