"""Shared steps of the console page tests: a shop's status, and the links of a page."""

import re

from sqlalchemy import Engine

from thungngoen.db import read_transaction
from thungngoen.wallet import people


def shop_status(engine: Engine, merchant_id: int) -> tuple[str, str]:
    with read_transaction(engine) as connection:
        shop = people.find_shop(connection, merchant_id)
    assert shop is not None
    return shop.status, shop.tier


def links(html: str) -> list[str]:
    """Every URL the page points at: links, form actions, htmx requests, sources."""
    return re.findall(r'(?:href|action|hx-get|hx-post|src)="([^"]*)"', html)
