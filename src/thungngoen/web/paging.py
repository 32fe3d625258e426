"""Long lists a page at a time, newest first: the query string holds the filters and the
cursor ``before``, the id of the oldest line the previous page showed."""

from collections.abc import Mapping
from urllib.parse import urlencode


def cursor(text: str) -> int | None:
    """The ``before`` cursor of a query string; anything but digits is the first page."""
    return int(text) if text.isdigit() else None


def page_link(path: str, params: Mapping[str, object]) -> str:
    """``path`` with the parameters that have a value (empty filters are left out)."""
    kept = {name: value for name, value in params.items() if value}
    return f"{path}?{urlencode(kept)}" if kept else path
