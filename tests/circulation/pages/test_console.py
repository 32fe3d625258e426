"""The staff's circulation report: filters change the figures, drill-down links, CSV as
the CLI renders it, and only operators and auditors may read it."""

import re
from datetime import date

import pytest

from tests.circulation.economy import BO_YANG, HAT_YAI
from tests.circulation.pages.conftest import SHOP_NAMES, Town
from tests.spreadsheets import BOM_BYTES, sheet_rows
from thungngoen.circulation.measures import CirculationReport, circulation_report
from thungngoen.circulation.render import report_csv, report_rows
from thungngoen.db import read_transaction
from thungngoen.exports import XLSX_MEDIA_TYPE

MARCH = {"from": "2026-03-01", "to": "2026-03-31"}


def _report(town: Town, **filters: object) -> CirculationReport:
    with read_transaction(town.engine) as connection:
        return circulation_report(connection, **filters)  # type: ignore[arg-type]


def _figure(page: str, figure_id: str, kind: str = "satang") -> int:
    found = re.search(rf'id="{figure_id}" data-{kind}="(-?\d+)"', page)
    assert found, figure_id
    return int(found.group(1))


@pytest.mark.parametrize("role", ["operator", "auditor"])
def test_staff_read_the_whole_report(town: Town, role: str) -> None:
    page = town.client(role).get("/console/circulation")
    assert page.status_code == 200, page.text
    report = _report(town)
    assert _figure(page.text, "report-spend") == report.spend
    assert _figure(page.text, "report-members", "count") == report.active_members == 8
    assert _figure(page.text, "lm3-r1") == report.lm3.r1
    assert _figure(page.text, "lm3-r2") == report.lm3.r2 == 30_000
    assert SHOP_NAMES[0] in page.text  # the shops by re-spend, each linking to its page
    assert re.search(r'href="/console/circulation/merchant/\d+">' + SHOP_NAMES[0], page.text)
    assert re.search(r'href="/console/people/merchant/\d+">', page.text)
    assert f'href="/console/circulation?area={HAT_YAI}"' in page.text  # a corridor's end


def test_the_filters_change_the_figures(town: Town) -> None:
    client = town.client("operator")
    whole = client.get("/console/circulation").text
    march = client.get("/console/circulation", params=MARCH).text
    expected = _report(town, first=date(2026, 3, 1), last=date(2026, 3, 31))
    assert _figure(march, "report-spend") == expected.spend
    assert _figure(march, "report-spend") < _figure(whole, "report-spend")
    hat_yai = client.get("/console/circulation", params={**MARCH, "area": HAT_YAI}).text
    in_hat_yai = _report(town, first=date(2026, 3, 1), last=date(2026, 3, 31), area=HAT_YAI)
    assert _figure(hat_yai, "report-members", "count") == in_hat_yai.active_members == 0
    assert _figure(hat_yai, "lm3-r1") == 0
    # The drill-down links keep the other filters.
    assert f'href="/console/circulation?from=2026-03-01&amp;to=2026-03-31&amp;area={BO_YANG}"' in (
        march
    )


@pytest.mark.parametrize(
    ("params", "field", "text"),
    [
        ({"from": "2026-13-01"}, "from", "วันที่ไม่ถูกต้อง"),
        ({"from": "2026-03-31", "to": "2026-03-01"}, "from", "ช่วงเวลาไม่ถูกต้อง"),
        ({"area": "999999"}, "area", "ไม่พบอำเภอหรือตำบลนี้"),
        ({"program": "no-such-program"}, "program", ""),
    ],
)
def test_a_bad_filter_is_shown_next_to_its_field(
    town: Town, params: dict[str, str], field: str, text: str
) -> None:
    page = town.client("operator").get("/console/circulation", params=params)
    assert page.status_code == 422
    assert f'id="{field}-error"' in page.text
    assert text in page.text
    assert 'id="report-spend"' not in page.text


def test_the_csv_is_the_cli_rendering(town: Town) -> None:
    response = town.client("auditor").get("/console/circulation.csv", params=MARCH)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"] == (
        'attachment; filename="circulation-2026-03-01-2026-03-31.csv"'
    )
    expected = _report(town, first=date(2026, 3, 1), last=date(2026, 3, 31))
    assert response.content.startswith(BOM_BYTES)
    assert response.text == report_csv(expected, for_people=True)
    assert response.content.decode("utf-8-sig").startswith("section,item,measure,value\n")
    assert f"summary,,spend_satang,{expected.spend}\n" in response.text


def test_the_xlsx_holds_the_rows_of_the_csv(town: Town) -> None:
    response = town.client("auditor").get("/console/circulation.xlsx", params=MARCH)
    assert response.status_code == 200
    assert response.headers["content-type"] == XLSX_MEDIA_TYPE
    assert response.headers["content-disposition"] == (
        'attachment; filename="circulation-2026-03-01-2026-03-31.xlsx"'
    )
    expected = _report(town, first=date(2026, 3, 1), last=date(2026, 3, 31))
    assert sheet_rows(response.content) == [
        ["" if value is None else value for value in row] for row in report_rows(expected)
    ]


def test_the_page_links_its_csv_and_xlsx(town: Town) -> None:
    page = town.client("operator").get("/console/circulation", params=MARCH).text
    assert 'href="/console/circulation.csv?from=2026-03-01&amp;to=2026-03-31"' in page
    assert 'href="/console/circulation.xlsx?from=2026-03-01&amp;to=2026-03-31"' in page


@pytest.mark.parametrize(
    "path", ["/console/circulation", "/console/circulation.csv", "/console/circulation.xlsx"]
)
def test_members_are_refused_and_strangers_sent_to_log_in(town: Town, path: str) -> None:
    assert town.client("member").get(path).status_code == 403
    stranger = town.client().get(path, follow_redirects=False)
    assert stranger.status_code == 303
    assert stranger.headers["location"].startswith("/login")


def test_staff_see_the_menu_link(town: Town) -> None:
    assert 'href="/console/circulation"' in town.client("auditor").get("/console").text
