"""Walk a site the way its users do: from each login's start page, follow every link to a
page of the site, a few addresses per route, and hand each page read back."""

import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

from fastapi import APIRouter
from fastapi.testclient import TestClient

from thungngoen import areas
from thungngoen.web.pages import auth, home

PER_ROUTE = 2
"""Addresses visited per route: the ids of a second record rarely change the
words of a page, and the walk must stay fast."""


def page_routes() -> list[str]:
    """The path of every page a browser can get (``GET``), from the pages routers the app
    mounts (the shared ones and each area's)."""
    routers: list[APIRouter] = [auth.router, home.router, *areas.parts("pages")]
    return sorted({path for router in routers for path in _get_paths(router.routes)})


def _get_paths(routes: Iterable[object], prefix: str = "") -> Iterator[str]:
    for route in routes:
        inner = getattr(route, "original_router", None)  # FastAPI ≥ 0.160 keeps includes
        if inner is not None:
            yield from _get_paths(inner.routes, prefix + route.include_context.prefix)  # type: ignore[attr-defined]
        elif "GET" in (getattr(route, "methods", None) or ()):
            yield prefix + str(getattr(route, "path", ""))


def route_pattern(path: str) -> re.Pattern[str]:
    """A regular expression matching the addresses of a route path."""
    pattern = re.escape(path)
    pattern = re.sub(r"\\\{[a-z_]+:(?:id|int)\\\}", r"[0-9]+", pattern)
    pattern = re.sub(r"\\\{[a-z_]+\\\}", r"[^/]+", pattern)
    return re.compile(f"^{pattern}$")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("href", "hx-get"):
            if values.get(name) and not (tag == "link" and name == "href"):
                self.found.append(values[name] or "")


def links_of(html: str, here: str) -> list[str]:
    """The site addresses ``html`` links to (absolute paths, no fragment)."""
    parser = _Links()
    parser.feed(html)
    found = []
    for link in parser.found:
        address = urldefrag(urljoin(f"http://testserver{here}", link)).url
        parts = urlsplit(address)
        if parts.netloc == "testserver":
            found.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


@dataclass
class Crawl:
    """The walk of one login over the routes in ``routes`` (the others are never got)."""

    client: TestClient
    routes: dict[str, re.Pattern[str]]
    visits: dict[str, list[str]] = field(default_factory=dict)
    shown: set[str] = field(default_factory=set)
    """The routes that answered with a page (200), not a refusal."""

    def route_of(self, address: str) -> str | None:
        path = urlsplit(address).path
        return next((route for route, rx in self.routes.items() if rx.match(path)), None)

    def pages(self, starts: Iterable[str]) -> Iterator[tuple[str, str]]:
        """Each HTML page reached from ``starts``: its address and its text."""
        queue, seen = deque(starts), set[str]()
        while queue:
            address = queue.popleft()
            route = self.route_of(address)
            if address in seen or route is None:
                continue
            seen.add(address)
            visited = self.visits.setdefault(route, [])
            if len(visited) >= PER_ROUTE:
                continue
            response = self.client.get(address)
            if "text/html" not in response.headers.get("content-type", ""):
                continue
            visited.append(address)
            if response.status_code == 200:
                self.shown.add(route)
            here = urlsplit(str(response.url)).path
            yield here, response.text
            queue.extend(links_of(response.text, here))
