"""axe-core in the browser tests (decision 0038): the vendored ``axe.min.js`` is put into
the page under test as a same-origin ``<script src>`` that Playwright answers from the file,
so the page's strict Content-Security-Policy (``script-src 'self'``) holds unchanged and
the app never serves it to users."""

from pathlib import Path
from typing import Any

from playwright.sync_api import Page, Route

AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
AXE_PATH = "/__tests__/axe-core/axe.min.js"
"""Where the page asks for axe: no route of the app; the page's own route answers it."""

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

_TWO_FRAMES = """() => new Promise((done) =>
  requestAnimationFrame(() => requestAnimationFrame(done)))"""

_RUN = """(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})
  .then((result) => result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  })))"""


def _answer_from_file(route: Route) -> None:
    route.fulfill(path=AXE, content_type="text/javascript; charset=utf-8")


def _load(page: Page) -> None:
    if page.evaluate("typeof window.axe !== 'undefined'"):
        return
    pattern = f"**{AXE_PATH}"
    page.unroute(pattern)
    page.route(pattern, _answer_from_file)
    page.add_script_tag(url=AXE_PATH)


def violations(page: Page) -> list[dict[str, Any]]:
    """What axe finds against WCAG 2.1 A and AA on the page as it is now."""
    page.wait_for_load_state()
    # What the page's own script does after a resize happens before the next frame.
    page.evaluate(_TWO_FRAMES)
    _load(page)
    found: list[dict[str, Any]] = page.evaluate(_RUN, WCAG_TAGS)
    return found


def report(found: dict[str, list[dict[str, Any]]]) -> str:
    """One line per rule broken: where, the rule, its impact, the elements."""
    lines = []
    for where, broken in found.items():
        for rule in broken:
            targets = ", ".join(rule["targets"][:8])
            lines.append(f"{where}: {rule['id']} ({rule['impact']}): {rule['help']}: {targets}")
    return "\n".join(lines)
