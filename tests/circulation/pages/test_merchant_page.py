"""A shop's circulation page for the staff (``/console/circulation/merchant/{id}``): its
totals and series by day or month, the CSV, the links to and from the report, and who
may read it. The figures are worked out by hand in ``shops``."""

import re

import pytest

from tests.circulation.pages.conftest import SHOP_NAMES, Town
from tests.circulation.pages.shops import (
    HELD_DAYS,
    SHOP_TOTALS,
    WHOLESALER_TOTALS,
    series_on,
    shops_of,
    totals_on,
)
from tests.spreadsheets import csv_rows, sheet_rows

PAGE = "/console/circulation/merchant/{}"
MARCH = {"from": "2026-03-01", "to": "2026-03-31"}


@pytest.mark.parametrize("role", ["operator", "auditor"])
def test_staff_read_both_shops(town: Town, role: str) -> None:
    shops, client = shops_of(town), town.client(role)
    page = client.get(PAGE.format(shops.shop))
    assert page.status_code == 200, page.text
    assert f'id="shop-name">{SHOP_NAMES[0]}<' in page.text
    assert "บ่อยาง" in page.text  # its sub-district, by name
    assert totals_on(page.text) == SHOP_TOTALS
    assert 'id="total-share">31.9 %<' in page.text
    series = series_on(page.text)
    assert len(series) == HELD_DAYS  # every day, idle ones at zero
    assert series["2026-03-02"] == [70_000, 0, 70_000, 0, 0]
    assert series["2026-03-03"] == [0, 0, 0, 30_000, 0]
    assert series["2026-04-05"] == [24_000, 0, 24_000, 0, 0]
    assert '<th scope="row">2 มี.ค. 2569</th>' in page.text  # Thai days, Buddhist Era
    wholesaler = client.get(PAGE.format(shops.wholesaler)).text
    assert totals_on(wholesaler) == WHOLESALER_TOTALS
    assert 'id="total-share">0.0 %<' in wholesaler
    assert series_on(wholesaler)["2026-03-04"] == [0, 0, 0, 0, 10_000]


def test_more_than_62_days_go_by_month(town: Town) -> None:
    """1 March - 2 May is 63 days: March (700 in, 300 re-spent), April (240), 1-2 May."""
    client, shop = town.client("operator"), shops_of(town).shop
    page = client.get(PAGE.format(shop), params={"from": "2026-03-01", "to": "2026-05-02"})
    assert page.status_code == 200
    assert series_on(page.text) == {
        "2026-03-01": [70_000, 0, 70_000, 30_000, 0],
        "2026-04-01": [24_000, 0, 24_000, 0, 0],
        "2026-05-01": [0, 0, 0, 0, 0],
    }
    assert '<th scope="row">มี.ค. 2569</th>' in page.text
    assert '<th scope="row">2 มี.ค. 2569</th>' not in page.text
    assert 'data-grain="month"' in page.text
    one_less = client.get(PAGE.format(shop), params={"from": "2026-03-01", "to": "2026-05-01"})
    assert len(series_on(one_less.text)) == 62


def test_the_csv_gives_totals_and_days(town: Town) -> None:
    shop = shops_of(town).shop
    response = town.client("auditor").get(PAGE.format(shop) + ".csv", params=MARCH)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"] == (
        f'attachment; filename="circulation-merchant-{shop}-2026-03-01-2026-03-31.csv"'
    )
    assert ["merchant", "", "business_name", SHOP_NAMES[0]] in csv_rows(response.content)
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0] == "section,item,measure,value"
    for line in (
        f"merchant,,merchant_id,{shop}",
        f"merchant,,business_name,{SHOP_NAMES[0]}",
        "merchant,,grain,day",
        "total,,purchases_satang,70000",  # March only: not the April purchases
        "total,,respent_satang,30000",
        "total,,respend_share,0.428571",  # 300 / 700
        "day,2026-03-02,received_satang,70000",
        "day,2026-03-03,respent_satang,30000",
        "day,2026-03-31,received_satang,0",
        "day,2026-03-31,respend_share,",  # nothing received: no share
    ):
        assert line in lines
    assert sum(line.startswith("day,") for line in lines) == 31 * 6


def test_the_xlsx_gives_the_same_rows_with_the_thai_name(town: Town) -> None:
    shop = shops_of(town).shop
    response = town.client("auditor").get(PAGE.format(shop) + ".xlsx", params=MARCH)
    assert response.status_code == 200
    assert response.headers["content-disposition"] == (
        f'attachment; filename="circulation-merchant-{shop}-2026-03-01-2026-03-31.xlsx"'
    )
    rows = sheet_rows(response.content)
    assert rows[0] == ["section", "item", "measure", "value"]
    assert ["merchant", "", "business_name", SHOP_NAMES[0]] in rows
    assert ["total", "", "purchases_satang", 70000] in rows
    assert len(rows) == len(
        csv_rows(town.client("auditor").get(PAGE.format(shop) + ".csv", params=MARCH).content)
    )


def test_the_page_links_back_and_keeps_its_days(town: Town) -> None:
    shop = shops_of(town).shop
    page = town.client("operator").get(PAGE.format(shop), params=MARCH).text
    days = "from=2026-03-01&amp;to=2026-03-31"
    assert f'href="/console/circulation?{days}" id="report-link"' in page
    assert f'href="/console/people/merchant/{shop}" id="person-link"' in page
    assert f'id="csv-link" href="/console/circulation/merchant/{shop}.csv?{days}"' in page
    assert f'id="xlsx-link" href="/console/circulation/merchant/{shop}.xlsx?{days}"' in page
    assert 'value="2026-03-01"' in page
    assert 'value="2026-03-31"' in page


def test_the_report_links_each_shop_to_its_page(town: Town) -> None:
    shop = shops_of(town).shop
    report = town.client("operator").get("/console/circulation", params=MARCH).text
    days = "from=2026-03-01&amp;to=2026-03-31"
    assert f'href="/console/circulation/merchant/{shop}?{days}">{SHOP_NAMES[0]}</a>' in report
    assert re.search(rf'href="/console/people/merchant/{shop}">[^<]+</a>', report)


@pytest.mark.parametrize(
    ("params", "field", "text"),
    [
        ({"from": "2026-13-01"}, "from", "วันที่ไม่ถูกต้อง"),
        ({"to": "31/03/2026"}, "to", "วันที่ไม่ถูกต้อง"),
        ({"from": "2026-03-31", "to": "2026-03-01"}, "from", "ช่วงเวลาไม่ถูกต้อง"),
    ],
)
def test_a_bad_date_is_shown_next_to_its_field(
    town: Town, params: dict[str, str], field: str, text: str
) -> None:
    client, shop = town.client("operator"), shops_of(town).shop
    for path in (PAGE.format(shop), PAGE.format(shop) + ".csv"):
        page = client.get(path, params=params)
        assert page.status_code == 422
        assert re.search(rf'id="{field}-error">[^<]*{text}', page.text)
        assert SHOP_NAMES[0] in page.text
        assert 'id="total-purchases"' not in page.text


@pytest.mark.parametrize("path", [PAGE, PAGE + ".csv"])
def test_an_unknown_shop_is_not_found(town: Town, path: str) -> None:
    client = town.client("auditor")
    for merchant_id in (shops_of(town).wholesaler + 100, 10**30):
        page = client.get(path.format(merchant_id))
        assert page.status_code == 404
        assert "ไม่พบร้านค้า" in page.text


@pytest.mark.parametrize("suffix", ["", ".csv"])
def test_members_are_refused_and_strangers_sent_to_log_in(town: Town, suffix: str) -> None:
    path = PAGE.format(shops_of(town).shop) + suffix
    page = town.client("member").get(path)
    assert page.status_code == 403
    assert SHOP_NAMES[0] not in page.text
    stranger = town.client().get(path, follow_redirects=False)
    assert stranger.status_code == 303
    assert stranger.headers["location"].startswith("/login")
