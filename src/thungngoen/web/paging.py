"""Long lists a page at a time, newest first: the query string holds the filters and the
cursor ``before``, the id of the oldest line the previous page showed."""

import re
from collections.abc import Mapping
from urllib.parse import urlencode

from thungngoen.web.api_fields import MAX_ID


def cursor(text: str) -> int | None:
    """The ``before`` cursor of a query string; anything but a record's number (ASCII digits,
    1 … 2⁶³−1) is the first page — ``²`` or twenty nines are not a 500."""
    if not re.fullmatch(r"[0-9]{1,19}", text):
        return None
    number = int(text)
    return number if 1 <= number <= MAX_ID else None


def page_link(path: str, params: Mapping[str, object]) -> str:
    """``path`` with the parameters that have a value (empty filters are left out)."""
    kept = {name: value for name, value in params.items() if value}
    return f"{path}?{urlencode(kept)}" if kept else path
