"""How fresh the staff's circulation figures are: the rollups behind the ledger say so,
through the operation and the API, and a refresh (staff only) catches them up; again
changes nothing."""

import pytest
from sqlalchemy import select

from tests.circulation.test_api import Village, village  # noqa: F401  (the fixture)
from thungngoen.circulation import api, rollup, tables
from thungngoen.circulation.freshness import catch_up, freshness

LEDGER = 28  # the village's transfers (see test_a_call_adds_at_most_a_few_new_transfers)


def test_the_figures_say_how_far_behind_the_ledger_they_are(village: Village) -> None:  # noqa: F811
    engine = village.economy.engine
    rollup.refresh(engine, chunk=10, chunks=1)
    with engine.connect() as connection:
        behind = freshness(connection)
    assert (behind.as_of_transfer, behind.ledger_transfer) == (10, LEDGER)
    assert (behind.transfers_behind, behind.up_to_date) == (LEDGER - 10, False)
    assert behind.as_of_time is not None

    caught_up = catch_up(engine)
    assert (caught_up.as_of_transfer, caught_up.transfers_behind, caught_up.up_to_date) == (
        LEDGER,
        0,
        True,
    )
    with engine.connect() as connection:
        rollups = [connection.execute(select(table)).all() for table in tables.ROLLUPS]
    assert catch_up(engine) == caught_up
    with engine.connect() as connection:
        assert [connection.execute(select(table)).all() for table in tables.ROLLUPS] == rollups


def test_the_api_report_says_how_fresh_it_is_and_the_staff_refresh_it(
    village: Village,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(api, "REFRESH_LIMIT", 10)
    operator = village.login("operator")
    report = village.client.get("/api/v1/circulation/report", headers=operator).json()
    fresh = report["freshness"]
    assert (fresh["as_of_transfer"], fresh["ledger_transfer"]) == (10, LEDGER)
    assert (fresh["transfers_behind"], fresh["up_to_date"]) == (LEDGER - 10, False)
    assert fresh["as_of_time"]

    refreshed = village.client.post("/api/v1/circulation/refresh", headers=operator)
    assert refreshed.status_code == 200, refreshed.text
    assert refreshed.json()["as_of_transfer"] == LEDGER
    assert refreshed.json()["up_to_date"] is True
    again = village.client.post("/api/v1/circulation/refresh", headers=village.login("auditor"))
    assert again.json() == refreshed.json()
    report = village.client.get("/api/v1/circulation/report", headers=operator).json()
    assert report["as_of_transfer"] == LEDGER
    assert report["freshness"]["up_to_date"] is True


def test_only_the_staff_refresh_the_figures(village: Village) -> None:  # noqa: F811
    member = village.login("member")
    refused = village.client.post("/api/v1/circulation/refresh", headers=member)
    assert refused.status_code == 403
    assert village.client.post("/api/v1/circulation/refresh").status_code == 401
    assert rollup.watermark(village.economy.engine) == 0
