"""The proposal to CODI as a Thai PDF: a letter-style head (the network to CODI, the date
in the Buddhist Era), the households asking to move and their summary by community.

What goes to CODI (decision 0048): for each household its community, house number, the
head's name (CODI must know who applies), the family size, income, savings and whether
they reach 10 % of the loan — no national ID, phone, birth date, health data nor other
members' names. The basis is PDPA s.24(3): steps taken at the household's own request
before the housing-loan contract. Every export logs a read of each head's record
(``log_personal_reads``, ``what="export"``) in the transaction that reads them."""

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from pythainlp.util import thai_strftime
from sqlalchemy import Connection, select

from thungngoen.community.reads import log_personal_reads
from thungngoen.community.relocation.proposals import (
    CommunityTotals,
    Proposal,
    get_proposal,
    proposal_views,
    totals_by_community,
)
from thungngoen.community.relocation.register import RequestView
from thungngoen.community.tables import persons
from thungngoen.money import format_satang
from thungngoen.web.pdf import thai_pdf

STATIC = Path(__file__).resolve().parent.parent / "static"
EXPORT_PURPOSE = "relocation proposal to CODI"


@dataclass(frozen=True, slots=True)
class Line:
    view: RequestView
    head_name: str


@dataclass(frozen=True, slots=True)
class ProposalDocument:
    proposal: Proposal
    lines: list[Line]
    totals: list[CommunityTotals]
    as_of: date


def _head(connection: Connection, household_id: int) -> tuple[int, str] | None:
    """The head of the household (or its first person recorded)."""
    row = connection.execute(
        select(persons.c.id, persons.c.name)
        .where(persons.c.household_id == household_id)
        .order_by((persons.c.relation != "head"), persons.c.id)
        .limit(1)
    ).first()
    return None if row is None else (int(row[0]), str(row[1]))


def proposal_document(
    connection: Connection, proposal_id: int, *, reader: str, at: datetime, as_of: date
) -> ProposalDocument:
    """The document's content; logs the export of each head's name (call it in a write
    transaction)."""
    proposal = get_proposal(connection, proposal_id)
    views = proposal_views(connection, proposal_id, as_of)
    lines, heads = [], []
    for view in views:
        head = _head(connection, view.household.id)
        if head is not None:
            heads.append(head[0])
        lines.append(Line(view, head[1] if head else "-"))
    log_personal_reads(
        connection, heads, reader=reader, what="export",
        purpose=f"{EXPORT_PURPOSE}: {proposal.name}"[:200], at=at,
    )  # fmt: skip
    return ProposalDocument(proposal, lines, totals_by_community(views), as_of)


def thai_long_date(day: date) -> str:
    """``5 ธันวาคม 2569``: the Buddhist Era, as a Thai letter is dated."""
    return str(thai_strftime(datetime(day.year, day.month, day.day), "%-d %B %Y"))


def _baht(satang: int) -> str:
    return f"{format_satang(satang)} บาท"


def render_html(document: ProposalDocument) -> str:
    # Imported here: the web's catalogue imports this area's texts, and so this package.
    from thungngoen.web.templating import templates

    page = templates.env.get_template("community/relocation/proposal_pdf.html")
    return page.render(
        document=document,
        thai_date=thai_long_date,
        baht=_baht,
        percent=lambda share: f"{share * 100:.1f} %",
    )


def render_pdf(document: ProposalDocument) -> bytes:
    return thai_pdf(render_html(document), f"{STATIC.as_uri()}/")
