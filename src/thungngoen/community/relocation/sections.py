"""The community profile's sections this part adds (``profile.PROFILE_SECTIONS``):

- the shops that take the coin and the coin circulating: the wallet places a shop by
  sub-district only (``wallet_merchants.tambon_code``) and circulation measures by
  sub-district, so the profile shows its **sub-district's** figures and says so; the
  figures are circulation's public ones (withheld under its threshold of members);
- its relocation requests: how many at each step and how many reach the 10 %.
Figures only — no household is named."""

from datetime import date

from sqlalchemy import Connection, func, select

from thungngoen import circulation
from thungngoen.community.nodes import Node, node_path
from thungngoen.community.places import Community
from thungngoen.community.profile import ProfileSection
from thungngoen.community.relocation.register import list_requests as _requests
from thungngoen.community.relocation.register import view_of
from thungngoen.community.relocation.rules import STATUSES
from thungngoen.money import format_satang
from thungngoen.thai import thai_today
from thungngoen.wallet.tables import merchants

SHOWN_SHOPS = 12
STATUS_LINES = {
    "registered": "Requests registered, not yet verified",
    "verified": "Requests verified",
    "proposed": "Requests in a proposal to CODI",
    "approved": "Requests approved by CODI",
    "moved": "Households moved",
    "withdrawn": "Requests withdrawn",
}


def _tambon_name(connection: Connection, community: Community) -> str:
    return node_path(connection, Node("tambon", community.tambon_code))[-1].name


def shops_section(connection: Connection, community: Community) -> ProfileSection:
    """Shops taking the coin in the community's sub-district, and the coin spent there."""
    approved = (merchants.c.tambon_code == community.tambon_code) & (
        merchants.c.status == "approved"
    )
    count = connection.execute(select(func.count()).where(approved)).scalar_one()
    names = connection.execute(
        select(merchants.c.business_name).where(approved).order_by(merchants.c.business_name)
    ).scalars()
    lines = [
        ("Shops are placed by sub-district only; the figures are the sub-district's",
         _tambon_name(connection, community)),
        ("Shops taking the coin in the sub-district", str(count)),
    ]  # fmt: skip
    lines += [("Shop taking the coin", str(name)) for name in list(names)[:SHOWN_SHOPS]]
    summary = circulation.public_summary(connection, area=community.tambon_code)
    if summary.suppressed or summary.figures is None:
        lines.append(("Figures withheld: members active there fewer than", str(summary.threshold)))
    else:
        figures = summary.figures
        lines += [
            ("Coin spent in the sub-district (coin)", format_satang(figures.spend_satang)),
            ("Coin received by its shops (coin)", format_satang(figures.merchant_receipts_satang)),
            ("Members active in the sub-district", str(figures.active_members)),
        ]
    return ProfileSection("Shops taking the coin and coin circulating", lines)


def relocation_section(connection: Connection, community: Community) -> ProfileSection | None:
    """The community's relocation requests by step, or nothing when there is none."""
    found = _requests(connection, Node("community", str(community.id)))
    if not found:
        return None
    today: date = thai_today()
    by_status = dict.fromkeys(STATUSES, 0)
    meeting = 0
    for request in found:
        by_status[request.status] += 1
        if request.status != "withdrawn" and view_of(connection, request, today).meets_down_payment:
            meeting += 1
    lines = [("Relocation requests", str(len(found)))]
    lines += [(STATUS_LINES[status], str(n)) for status, n in by_status.items() if n]
    lines.append(("Requests whose savings reach 10 % of the loan", str(meeting)))
    return ProfileSection("Relocation requests to CODI", lines)
