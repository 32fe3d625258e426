"""Each step of a role journey seen three ways (decision 0038): a 360 x 740 phone, a
1280 x 800 desktop, and the phone with the browser's text at 150 %. The journey itself
runs once on the phone; at each step ``step`` checks that the page does not scroll
sideways in each view and saves its screenshot as
``test-artifacts/screenshots/journey-<name>-<view>.png``."""

from contextlib import suppress
from dataclasses import dataclass

from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.browser.pages import baht
from tests.browser.support import DESKTOP, PHONE, SCREENSHOTS

DEFAULT_FONT_PX = 16


@dataclass(frozen=True)
class View:
    name: str
    width: int
    height: int
    text_percent: int


VIEWS = (
    View("360x740", PHONE["width"], PHONE["height"], 100),
    View("1280x800", DESKTOP["width"], DESKTOP["height"], 100),
    View("360x740-text150", PHONE["width"], PHONE["height"], 150),
)


def figure(satang: int) -> str:
    """An amount's number as the pages write it (``90.00``), whichever unit follows it."""
    return baht(satang).split()[0]


def set_text_size(page: Page, percent: int) -> None:
    """The browser's own text-size setting (what a user who reads large text sets): the
    default font grows and the page's CSS stays as it is (no style injected: the CSP)."""
    size = DEFAULT_FONT_PX * percent // 100
    session = page.context.new_cdp_session(page)
    session.send("Page.setFontSizes", {"fontSizes": {"standard": size, "fixed": size}})
    session.detach()


def _show(page: Page, view: View) -> None:
    page.set_viewport_size({"width": view.width, "height": view.height})
    set_text_size(page, view.text_percent)
    page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")


_WIDER = "document.documentElement.scrollWidth - window.innerWidth"


def overflow(page: Page) -> int:
    """How many CSS pixels the page is wider than the window (0 when it fits), once the
    layout has settled: a page still laying out after a resize gets up to a second."""
    with suppress(PlaywrightTimeoutError):
        page.wait_for_function(f"() => {_WIDER} <= 0", timeout=1_000)
    wider: int = page.evaluate(_WIDER)
    return wider


# The innermost elements past the window's right edge, leaving out those inside a box
# that scrolls or clips them (a menu bar or a table that scrolls sideways on purpose).
_STICKING_OUT = """() => { const past = (e) => e.getBoundingClientRect().right > innerWidth + 0.5;
  const free = (e) => { for (let a = e.parentElement; a && a !== document.body;
      a = a.parentElement) { if (getComputedStyle(a).overflowX !== 'visible') return false; }
    return true; };
  return [...document.querySelectorAll('body *')]
    .filter((e) => past(e) && free(e) && ![...e.children].some(past))
    .slice(0, 5).map((e) => e.outerHTML.slice(0, 120)); }"""


def step(page: Page, name: str) -> None:
    """Check the page fits each view without sideways scrolling and save its pictures;
    the page is left as a phone at 100 %."""
    page.wait_for_load_state()
    too_wide: dict[str, tuple[int, list[str]]] = {}
    for view in VIEWS:
        _show(page, view)
        wider = overflow(page)
        if wider > 0:
            too_wide[view.name] = (wider, page.evaluate(_STICKING_OUT))
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SCREENSHOTS / f"journey-{name}-{view.name}.png", full_page=True)
    _show(page, VIEWS[0])
    assert not too_wide, f"{page.url} scrolls sideways (px, what sticks out): {too_wide}"
