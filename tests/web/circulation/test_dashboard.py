"""The public circulation dashboard: no login, nothing that names a member, the figures
of the public API, small areas withheld."""

import re

from tests.web.circulation.conftest import MEMBER_NAMES, SHOP_NAMES, Town
from thungngoen.circulation import public
from thungngoen.circulation.pages.display import times
from thungngoen.db import read_transaction


def _summary(town: Town, month: str | None, area: str | None = None) -> public.PublicSummary:
    with read_transaction(town.engine) as connection:
        return public.public_summary(connection, month, month, area)


def _satang(page: str, figure_id: str) -> int:
    found = re.search(rf'id="{figure_id}" data-satang="(-?\d+)"', page)
    assert found, figure_id
    return int(found.group(1))


def _count(page: str, figure_id: str) -> int:
    found = re.search(rf'id="{figure_id}" data-count="(\d+)"', page)
    assert found, figure_id
    return int(found.group(1))


def test_the_public_page_needs_no_login_and_names_nobody(town: Town) -> None:
    page = town.client().get("/circulation")
    assert page.status_code == 200, page.text
    assert "เงินหมุนเวียนในสงขลา" in page.text
    assert "/static/vendor/chart.js/chart.umd.min.js" in page.text
    assert not any(name in page.text for name in MEMBER_NAMES)
    for member in town.members:
        assert town.economy.phone_of[member.id] not in page.text
    assert not any(name in page.text for name in SHOP_NAMES)
    assert "เม.ย. 2569" in page.text  # April 2026, the latest month, in Buddhist Era


def test_the_public_figures_are_the_public_summary(town: Town) -> None:
    page = town.client().get("/circulation").text
    whole, april = _summary(town, None), _summary(town, "2026-04")
    assert whole.figures is not None
    assert april.figures is not None
    assert _satang(page, "whole-supply") == whole.figures.supply_end_satang > 0
    assert _satang(page, "whole-spend") == whole.figures.spend_satang
    assert _count(page, "whole-members") == whole.figures.active_members == 8
    assert _count(page, "latest-members") == april.figures.active_members == 6
    assert _satang(page, "latest-spend") == april.figures.spend_satang == 6 * 4_000
    assert f'id="whole-lm3">{times(whole.figures.lm3.value)}<' in page
    assert _satang(page, "reserve-baht") == april.figures.reserve_end_satang
    assert _satang(page, "coin-outstanding") == april.figures.reserve_end_satang
    assert 'id="reserve-balanced"' in page


def test_a_small_area_is_withheld(town: Town) -> None:
    page = town.client().get("/circulation", params={"area": "900102"})
    assert page.status_code == 200
    assert _summary(town, None, "900102").suppressed
    assert 'id="whole-withheld"' in page.text
    assert 'id="whole-supply"' not in page.text
    assert 'id="reserve-balanced"' in page.text  # the pilot's reserve is always public


def test_an_unknown_area_is_refused_next_to_the_field(town: Town) -> None:
    page = town.client().get("/circulation", params={"area": "999999"})
    assert page.status_code == 422
    assert 'id="area-error"' in page.text
    assert "ไม่พบอำเภอหรือตำบลนี้" in page.text


def test_the_login_page_links_to_the_dashboard(town: Town) -> None:
    assert 'href="/circulation"' in town.client().get("/login").text
