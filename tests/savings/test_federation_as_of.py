"""The federation as of a day, through the API and the shell: the ledger as it stood at
the end of that Thai day, arrears from the meetings and payments up to it, a day after
today or outside 2000–2100 refused, an unknown sub-district a 422."""

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, Engine
from typer.testing import CliRunner

from tests.savings.test_api import JAN, Site
from thungngoen import savings
from thungngoen.cli.main import app
from thungngoen.clock import simulated_time
from thungngoen.db import write_transaction
from thungngoen.thai import THAI_TIME

FEB = date(2024, 2, 10)


def _meeting(site: Site, day: date, paid: dict[str, int]) -> None:
    """A meeting posted on its own day (the ledger stamps the transfers at noon, Thai)."""
    lines = tuple(
        savings.MemberLine(member.id, commitment=paid.get(who, 5_000))
        for who, member in site.members.items()
    )
    sheet = savings.MeetingSheet(site.group.id, day, lines)
    engine: Engine = site.client.app.state.engine  # type: ignore[attr-defined]
    write_transaction(engine, lambda c: _post_on_its_day(c, sheet))


def _two_meetings(site: Site) -> None:
    _meeting(site, JAN, {"member": 0})  # the member pays nothing in January…
    _meeting(site, FEB, {"member": 10_000, "chair": 0})  # …and catches up in February


def _view(site: Site, **query: str) -> dict[str, Any]:
    response = site.client.get(
        "/api/v1/savings/federation", params=query, headers=site.tokens["outsider"]
    )
    assert response.status_code == 200, response.text
    found: dict[str, Any] = response.json()
    return found


def test_a_past_day_shows_the_books_as_they_stood_at_its_end(site: Site) -> None:
    _two_meetings(site)
    january = _view(site, as_of="2024-01-31")
    assert (january["savings"], january["members_in_arrears"]) == (15_000, 1)
    assert january["rows"][0]["last_meeting"] == "2024-01-10"
    before = _view(site, as_of="2024-01-09")
    assert (before["groups"], before["savings"], before["members_in_arrears"]) == (1, 0, 0)
    assert _view(site, as_of="2023-12-31")["groups"] == 0  # founded 2024-01-01
    february = _view(site, as_of=FEB.isoformat())
    assert (february["savings"], february["members_in_arrears"]) == (35_000, 1)  # the chair
    assert _view(site) == {**_view(site, as_of=savings.thai_today().isoformat())}


def test_a_day_after_today_or_out_of_range_and_an_unknown_place_are_422(site: Site) -> None:
    tomorrow = (savings.thai_today() + timedelta(days=1)).isoformat()
    for query in ({"as_of": tomorrow}, {"as_of": "0001-01-01"}, {"tambon": "999999"}):
        response = site.client.get(
            "/api/v1/savings/federation", params=query, headers=site.tokens["outsider"]
        )
        assert response.status_code == 422, (query, response.text)
    future = site.client.get(
        "/api/v1/savings/federation", params={"as_of": tomorrow}, headers=site.tokens["member"]
    ).json()["error"]
    assert future["code"] == "invalid_report_day"
    assert "after today" in future["message"]
    assert "ไม่เกินวันนี้" in future["message_th"]
    nowhere = site.client.get(
        "/api/v1/savings/federation", params={"tambon": "999999"}, headers=site.tokens["member"]
    ).json()["error"]
    assert nowhere["code"] == "unknown_place"
    assert _view(site, tambon="900101")["groups"] == 1


def test_the_groups_figure_counts_every_group_founded_by_the_day(site: Site) -> None:
    engine: Engine = site.client.app.state.engine  # type: ignore[attr-defined]
    write_transaction(
        engine,
        lambda c: savings.create_group(
            c,
            code="kao-seng",
            name="กลุ่มเก้าเส้ง",
            tambon_code="900101",
            community="ชุมชนเก้าเส้ง",
            founded_on=date(2024, 3, 1),
            status="forming",
            actor="t",
        ),
    )
    now = _view(site)
    assert (now["groups"], now["active"], now["forming"]) == (2, 1, 1)
    assert _view(site, as_of="2024-02-29")["groups"] == 1


def test_the_shell_refuses_the_same_days(database_url: str) -> None:
    tomorrow = (savings.thai_today() + timedelta(days=1)).isoformat()
    for day in ("0001-01-01", tomorrow, "2024-13-01"):
        result = CliRunner().invoke(
            app, ["savings", "federation", "--as-of", day, "--database-url", database_url]
        )
        assert result.exit_code != 0, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
    result = CliRunner().invoke(
        app, ["savings", "federation", "--tambon", "999999", "--database-url", database_url]
    )
    assert result.exit_code == 1
    assert "Traceback" not in result.output


def _post_on_its_day(connection: Connection, sheet: savings.MeetingSheet) -> savings.Meeting:
    """Posted at noon (Thai) of the meeting's day: the clock is set in the writer's thread."""
    with simulated_time(datetime.combine(sheet.held_on, time(12), THAI_TIME)):
        key = f"m-{sheet.held_on}"
        return savings.post_meeting(connection, sheet, idempotency_key=key, actor="t")
