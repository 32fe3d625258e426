"""Filling and posting the meeting sheet as a browser would, and counting what a rejected
sheet must not write."""

import re
import subprocess
import unicodedata
from datetime import date
from html.parser import HTMLParser
from typing import Any

from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import Connection, Engine, func, select

from tests.savings.pages.conftest import Groups
from thungngoen import savings
from thungngoen.audit.tables import audit_log
from thungngoen.db import read_transaction, write_transaction
from thungngoen.ledger.tables import transfers
from thungngoen.savings.tables import entries, meetings, receipts


def hidden(page: str, name: str) -> str:
    found = re.search(rf'name="{re.escape(name)}" value="([^"]*)"', page)
    assert found, f"no field {name}"
    return found.group(1)


def sheet_path(group_id: int) -> str:
    return f"/savings/groups/{group_id}/sheet"


class _Inputs(HTMLParser):
    """What a browser posts of a form's inputs: text and hidden ones with their value,
    checked boxes (``on`` or their value), the chosen (or first) option of each select."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: dict[str, str] = {}
        self._select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {key: value or "" for key, value in attrs}
        name = found.get("name")
        if tag == "input" and name:
            if found.get("type") != "checkbox":
                self.fields[name] = found.get("value", "")
            elif "checked" in found:
                self.fields[name] = found.get("value") or "on"
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select:
            chosen = self._select not in self.fields or "selected" in found
            self.fields[self._select] = (
                found.get("value", "") if chosen else self.fields[self._select]
            )

    def _chooses(self, option: dict[str, str]) -> bool:
        """The first option of a select, unless a later one is marked selected."""
        return self._select not in self.fields or "selected" in option

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._select = None


def form_fields(page: str) -> dict[str, str]:
    parser = _Inputs()
    parser.feed(page)
    return parser.fields


def open_sheet(client: TestClient, group_id: int) -> dict[str, str]:
    """The sheet's form as it opens, as the browser would post it untouched."""
    page = client.get(sheet_path(group_id))
    assert page.status_code == 200, page.text
    return form_fields(page.text)


def post_sheet(client: TestClient, group_id: int, form: dict[str, Any]) -> Response:
    response: Response = client.post(sheet_path(group_id), data=form, follow_redirects=False)
    return response


def member_field(groups: Groups, who: str, name: str) -> str:
    return f"m{groups.members[who].id}.{name}"


def approved_loan(groups: Groups, on: date) -> savings.Loan:
    """A 100-baht loan of the plain member for two months, applied for and approved by the
    chair and the secretary on ``on``."""

    def approve(connection: Connection) -> savings.Loan:
        loan = savings.apply_for_loan(
            connection,
            groups.group.id,
            member_id=groups.members["member"].id,
            principal=10_000,
            months=2,
            purpose="ทุนขายขนม",
            applied_on=on,
            actor="t",
        )
        for office in ("chair", "secretary"):
            loan = savings.approve_loan(
                connection,
                loan.id,
                officer_id=groups.officers[office].id,
                decided_on=on,
                actor="t",
            )
        return loan

    return write_transaction(groups.engine, approve)


def footprint(engine: Engine) -> tuple[int, ...]:
    """Counts of every row a rejected sheet must not write."""
    with read_transaction(engine) as connection:
        return tuple(
            connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (transfers, entries, meetings, receipts, audit_log)
        )


def pdf_text(pdf: bytes) -> str:
    """The text of a PDF as poppler's pdftotext reads it, in drawing order (a raised tone
    mark stays in its word); ำ reads back as ำ (U+0E33)."""
    assert pdf.startswith(b"%PDF-")
    done = subprocess.run(
        ["pdftotext", "-raw", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return done.stdout.decode()


def missing_from(text: str, *expected: str) -> list[str]:
    """The ``expected`` texts a PDF's text lacks, compared in NFKC (Thai-safe: ำ and ํา
    compare equal)."""
    found = unicodedata.normalize("NFKC", text)
    return [want for want in expected if unicodedata.normalize("NFKC", want) not in found]
