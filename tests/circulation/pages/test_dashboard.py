"""The public circulation dashboard: no login, nothing that names a member, the figures
of the public API, small areas withheld; a program filter, the flow matrix, English."""

import json
import re
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser

import pytest
from markupsafe import escape

from tests.circulation.economy import BO_YANG, HAT_YAI, KHAO_RUP_CHANG
from tests.circulation.pages.conftest import (
    MEMBER_NAMES,
    PROGRAM_CODE,
    PROGRAM_NAME,
    SHOP_NAMES,
    Town,
)
from thungngoen.circulation import public, public_cache
from thungngoen.circulation.meanings import MEANINGS
from thungngoen.circulation.pages.display import times
from thungngoen.db import read_transaction
from thungngoen.wallet import programs
from thungngoen.web.i18n import LANGUAGE_COOKIE
from thungngoen.web.i18n_catalogue import THAI

TODAY = date(2026, 5, 10)
"""The pages' Thai day: March and April are whole months, May is under way."""


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(public_cache, "thai_today", lambda: TODAY)
    public_cache.clear()
    yield
    public_cache.clear()


def _summary(
    town: Town, month: str | None, area: str | None = None, program: str | None = None
) -> public.PublicSummary:
    with read_transaction(town.engine) as connection:
        return public.public_summary(connection, month, month, area, program)


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


def _matrix(page: str) -> str:
    found = re.search(r'<section class="card" id="matrix">.*?</section>', page, re.S)
    assert found
    return found.group(0)


def _flow(matrix: str, origin: str, dest: str) -> int | None:
    """The satang of the matrix cell ``origin`` → ``dest``; ``None``: the cell is empty."""
    found = re.search(rf'data-origin="{origin}" data-dest="{dest}"( data-satang="(\d+)")?>', matrix)
    assert found, (origin, dest)
    return int(found.group(2)) if found.group(2) else None


def test_the_matrix_shows_the_public_flows_and_nothing_withheld(town: Town) -> None:
    """Shown: Bo Yang's members at the Bo Yang shop (6 × 100 + 6 × 40) and the shop's 300
    to the Hat Yai wholesaler. Withheld: the two Khao Rup Chang members' purchases."""
    matrix = _matrix(town.client().get("/circulation").text)
    whole = _summary(town, None)
    assert whole.suppressed_cells == 1
    for cell in whole.cells:
        assert _flow(matrix, cell.origin, cell.dest) == cell.amount_satang
    assert _flow(matrix, BO_YANG, BO_YANG) == 84_000
    assert _flow(matrix, BO_YANG, HAT_YAI) == 30_000
    assert _flow(matrix, HAT_YAI, BO_YANG) is None
    assert KHAO_RUP_CHANG not in matrix
    assert "เขารูปช้าง" not in matrix
    assert f'<a href="/circulation?area={HAT_YAI}">หาดใหญ่</a>' in matrix
    assert 'data-satang="114000">' in matrix  # the row and grand total of what is shown
    assert 'id="matrix-withheld"' in matrix


def test_a_program_shows_its_own_figures(town_with_program: Town) -> None:
    """Only the April purchases (6 × 40 at the Bo Yang shop, 6 × 10 at the Hat Yai
    wholesaler) were made under the program."""
    client = town_with_program.client()
    page = client.get("/circulation", params={"program": PROGRAM_CODE}).text
    whole = _summary(town_with_program, None, program=PROGRAM_CODE)
    april = _summary(town_with_program, "2026-04", program=PROGRAM_CODE)
    assert whole.figures is not None
    assert april.figures is not None
    assert _satang(page, "whole-spend") == whole.figures.spend_satang == 6 * 5_000
    assert _spend(whole) < _spend(_summary(town_with_program, None))
    assert _count(page, "whole-members") == whole.figures.active_members == 6
    assert _satang(page, "whole-supply") == whole.figures.supply_end_satang
    assert _satang(page, "latest-spend") == april.figures.spend_satang
    assert f'<strong id="program-name">{PROGRAM_NAME}</strong>' in page
    assert f'<option value="{PROGRAM_CODE}" selected>{PROGRAM_NAME}</option>' in page
    matrix = _matrix(page)
    assert [(c.origin, c.dest) for c in whole.cells] == [(BO_YANG, BO_YANG), (BO_YANG, HAT_YAI)]
    for cell in whole.cells:
        assert _flow(matrix, cell.origin, cell.dest) == cell.amount_satang
    assert _flow(matrix, BO_YANG, BO_YANG) == 6 * 4_000
    kept = f'href="/circulation?area={HAT_YAI}&amp;program={PROGRAM_CODE}"'
    assert kept in matrix
    corridors = page.split('id="corridors"')[1].split("</table>")[0]
    assert kept in corridors


def test_without_a_program_the_page_is_all_coin(town_with_program: Town) -> None:
    page = town_with_program.client().get("/circulation").text
    assert '<strong id="program-name">เหรียญทั้งหมด</strong>' in page
    assert f'<option value="{PROGRAM_CODE}">{PROGRAM_NAME}</option>' in page
    assert _satang(page, "whole-spend") == _spend(_summary(town_with_program, None))


def _spend(summary: public.PublicSummary) -> int:
    assert summary.figures is not None
    return summary.figures.spend_satang


def test_an_unknown_program_is_refused_next_to_the_field(town_with_program: Town) -> None:
    client = town_with_program.client()
    page = client.get("/circulation", params={"program": "no-such-program"})
    assert page.status_code == 422
    assert '<p class="error" role="alert" id="program-error">ไม่พบโครงการ</p>' in page.text
    assert 'id="area-error"' not in page.text
    assert 'id="whole-spend"' not in page.text
    with read_transaction(town_with_program.engine) as connection:
        number = programs.program_by_code(connection, PROGRAM_CODE).id
    by_number = client.get("/circulation", params={"program": str(number), "area": "999999"})
    assert by_number.status_code == 422  # only a code picks a program, not its number
    assert 'id="program-error"' in by_number.text
    assert 'id="area-error"' in by_number.text


ENGLISH_HEADINGS = (
    "Money circulating in Songkhla",
    "Whole pilot so far",
    "Trends by month",
    "Biggest flows between sub-districts",
    "Flows between the busiest sub-districts",
)


def test_the_page_reads_in_english(town: Town) -> None:
    client = town.client()
    client.cookies.set(LANGUAGE_COOKIE, "en")
    page = client.get("/circulation").text
    assert "<title>Money circulating in Songkhla" in page
    assert "<h1>Money circulating in Songkhla</h1>" in page
    assert "<h2>Latest whole month: Apr 2026</h2>" in page
    for heading in ENGLISH_HEADINGS:
        assert f"<h2>{heading}</h2>" in page or f"<h1>{heading}</h1>" in page
        assert THAI[heading] not in page
    assert '"labels": ["Mar 2026", "Apr 2026"]' in page
    assert "เม.ย." not in page
    assert '<p class="muted" id="area-name">Area: Whole pilot</p>' in page
    assert '<strong id="program-name">All coin</strong>' in page


def test_the_pilot_to_date_ends_today(town: Town) -> None:
    page = town.client().get("/circulation").text
    assert 'data-from="2026-03-01" data-to="2026-05-10"' in page
    assert "10 พ.ค. 2569" in page


def test_the_month_under_way_is_marked_and_not_charted(town: Town) -> None:
    page = town.client().get("/circulation").text
    assert "เดือนนี้ยังไม่ครบเดือน — ถึงวันที่ 10 พ.ค. 2569" in page
    assert 'id="current-partial" data-until="2026-05-10"' in page
    assert _chart(page)["labels"] == ["มี.ค. 2569", "เม.ย. 2569"]
    assert "<h2>เดือนล่าสุดที่ครบเดือน: เม.ย. 2569</h2>" in page
    assert 'id="current-withheld"' in page  # nobody paid in May


@pytest.mark.parametrize("language", ["th", "en"])
def test_each_measure_is_explained(town: Town, language: str) -> None:
    client = town.client()
    client.cookies.set(LANGUAGE_COOKIE, language)
    page = client.get("/circulation").text
    for key, name, meaning in MEANINGS:
        shown = (THAI[name], THAI[meaning]) if language == "th" else (name, meaning)
        assert f'<details id="meaning-{key}">' in page
        assert f"<summary>{escape(shown[0])}</summary>" in page
        assert f"<p>{escape(shown[1])}</p>" in page
    lm3 = {key: text for key, _, text in MEANINGS}["lm3"]
    assert "pooled together" in lm3
    assert "รวมกันเป็นรอบที่ 1" in THAI[lm3]


ALLOWED_LATIN = {"SKC", "English"}
"""Kept on purpose: the coin's code, and the language switch naming English in English."""


class _Text(HTMLParser):
    """The text a reader sees: the body's, outside scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skipping += tag in ("script", "style", "head")

    def handle_endtag(self, tag: str) -> None:
        self.skipping -= tag in ("script", "style", "head")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def _visible_words(page: str) -> set[str]:
    parser = _Text()
    parser.feed(page)
    return set(re.findall(r"[A-Za-z][A-Za-z'’-]*", " ".join(parser.parts)))


def _chart(page: str) -> dict[str, list[object]]:
    found = re.search(r'id="circulation-series">(.*?)</script>', page, re.S)
    assert found
    data: dict[str, list[object]] = json.loads(found.group(1))
    return data


def test_the_thai_page_has_no_english_left(town_with_program: Town) -> None:
    client = town_with_program.client()
    for params in ({}, {"program": PROGRAM_CODE}, {"area": BO_YANG}):
        page = client.get("/circulation", params=params).text
        assert _visible_words(page) - ALLOWED_LATIN == set(), params
