"""The public dashboard keeps its board while the rollups stand still: a view after a new
transfer shows it, the reserve is always read live, and the cache stays small."""

import re
from datetime import date

import pytest
from sqlalchemy import Connection

from tests.circulation.economy import BO_YANG, KHAO_RUP_CHANG, at
from tests.circulation.pages.conftest import PROGRAM_CODE, Town
from thungngoen.circulation import public, public_cache, rollup
from thungngoen.circulation.pages.dashboard import load_public
from thungngoen.db import read_transaction
from thungngoen.db.writer import detach_writer


def _satang(page: str, figure_id: str) -> int:
    found = re.search(rf'id="{figure_id}" data-satang="(-?\d+)"', page)
    assert found, figure_id
    return int(found.group(1))


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    """May 2026 under way: March and April are the whole months."""
    monkeypatch.setattr(public_cache, "thai_today", lambda: date(2026, 5, 10))


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str | None, str | None]]:
    """Record each board ``public_board`` builds."""
    built: list[tuple[str | None, str | None]] = []
    build = public.public_board

    def counted(
        connection: Connection,
        area: str | None = None,
        program: str | None = None,
        today: date | None = None,
    ) -> public.PublicBoard:
        built.append((area, program))
        return build(connection, area, program, today)

    monkeypatch.setattr(public, "public_board", counted)
    return built


CHOICES = [(None, None), (BO_YANG, PROGRAM_CODE), (KHAO_RUP_CHANG, None)]


def test_the_board_is_the_public_summary_and_series(
    town_with_program: Town, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read together, as the public API gives them; the series is the last
    ``MAX_MONTHS`` months, the summary every month."""
    rollup.refresh(town_with_program.engine)
    with read_transaction(town_with_program.engine) as connection:
        today = date(2026, 5, 10)
        boards = [public.public_board(connection, *choice, today) for choice in CHOICES]
        for board, choice in zip(boards, CHOICES, strict=True):
            summary = public.public_summary(connection, None, None, *choice)
            assert board.whole.period_to == today  # the pilot to date, not to April's end
            assert board.whole.cells == summary.cells
            assert board.whole.suppressed == summary.suppressed
            assert board.series == public.public_series(connection, None, None, *choice)
            assert board.current.month == date(2026, 5, 1)
        monkeypatch.setattr(public, "MAX_MONTHS", 1)
        short = public.public_board(connection, today=today)
    assert boards[2].whole.suppressed
    assert [point.month for point in short.series.points] == [date(2026, 4, 1)]
    assert short.series.points == boards[0].series.points[-1:]
    assert short.whole == boards[0].whole
    assert short.whole.period_from == date(2026, 3, 1)


def test_a_view_is_served_again_until_a_new_transfer_is_rolled_up(
    town: Town, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = _counting(monkeypatch)
    client = town.client()
    first = client.get("/circulation").text
    again = client.get("/circulation").text
    assert built == [(None, None)]
    assert _satang(again, "whole-spend") == _satang(first, "whole-spend")
    withheld = client.get("/circulation", params={"area": KHAO_RUP_CHANG}).text
    assert 'id="whole-withheld"' in withheld  # another area: its own board
    assert len(built) == 2

    detach_writer(town.engine)  # the send runs here, at its simulated time
    town.economy.send(town.members[0], town.members[1], 20, at(6, 10, month=4))  # spending
    after = client.get("/circulation").text
    assert len(built) == 3
    assert _satang(after, "whole-spend") == _satang(first, "whole-spend") + 2_000
    assert _satang(after, "latest-spend") == _satang(first, "latest-spend") + 2_000
    with read_transaction(town.engine) as connection:
        fresh = public.public_summary(connection, area=None)
    assert fresh.figures is not None
    assert _satang(after, "whole-spend") == fresh.figures.spend_satang


def test_the_reserve_is_read_live_while_the_board_is_kept(town: Town) -> None:
    rollup.refresh(town.engine)
    with read_transaction(town.engine) as connection:
        before = load_public(connection, None)
    town.economy.top_up(town.members[0], 50, at(6, 9, month=4))  # not rolled up yet
    with read_transaction(town.engine) as connection:
        kept = load_public(connection, None)
    assert kept.whole is before.whole
    assert kept.series is before.series
    assert kept.reserve.baht_backing == before.reserve.baht_backing + 5_000
    assert kept.reserve.coin_outstanding == before.reserve.coin_outstanding + 5_000


def test_the_cache_keeps_the_latest_boards_for_a_while(
    town: Town, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = _counting(monkeypatch)
    monkeypatch.setattr(public_cache, "SIZE", 2)
    now = [1_000.0]
    monkeypatch.setattr(public_cache, "_clock", lambda: now[0])
    rollup.refresh(town.engine)

    def view(area: str) -> public.PublicBoard:
        with read_transaction(town.engine) as connection:
            return public_cache.public_board(connection, area)

    first = view("9001")
    assert view("9001") is first
    view("9011")
    view("9001")
    view("9015")  # a third board: "9011", used least recently, goes
    assert len(built) == 3
    assert view("9001") is first
    view("9011")
    assert len(built) == 4
    now[0] += public_cache.MAX_AGE
    assert view("9001") is not first  # too old
    assert len(built) == 5
    public_cache.clear(town.engine)
    view("9001")
    assert len(built) == 6
