"""What the circulation area says in a digest: the network's figures over the period, the
same public figures as the public dashboard (aggregates only, withheld when fewer than
``public.THRESHOLD`` members were active), read from the rollups as last refreshed.

The figures are the same for everyone, so they alone are no reason to send a digest
(``standalone=False``); they are computed once per batch of people."""

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from sqlalchemy import Connection

from thungngoen.circulation.measures import circulation_report
from thungngoen.circulation.public import THRESHOLD
from thungngoen.errors import DomainError
from thungngoen.notify import DigestSection, Line, Said
from thungngoen.thai import in_thai_time

LINES = (
    Line(
        "supply",
        {"amount": "coin"},
        "เหรียญหมุนเวียนในเครือข่าย {amount}",
        "Coin in circulation: {amount}",
        "/circulation",
    ),
    Line(
        "members",
        {"count": "count"},
        "สมาชิกที่ใช้เหรียญ {count} คน",
        "Members who spent coin: {count}",
    ),
    Line("shops", {"count": "count"}, "ร้านค้าที่ขายได้ {count} ร้าน", "Shops with sales: {count}"),
    Line(
        "respent",
        {"percent": "text"},
        "ร้านค้านำเหรียญที่ได้รับไปใช้ต่อในพื้นที่ {percent}%",
        "Coin shops received and spent again locally: {percent}%",
    ),
    Line(
        "lm3",
        {"value": "text"},
        "ตัวคูณท้องถิ่น (LM3) {value}",
        "Local multiplier (LM3): {value}",
    ),
)


def _figures(
    connection: Connection, user_ids: Sequence[int], since: datetime, until: datetime
) -> Mapping[int, Sequence[Said]]:
    first = in_thai_time(since).date()
    last = in_thai_time(until - timedelta(microseconds=1)).date()
    try:
        report = circulation_report(connection, first=first, last=max(first, last), top=0)
    except DomainError:  # no rollups for these days
        return {}
    if report.active_members < THRESHOLD:
        return {}
    said = [
        Said("supply", {"amount": report.supply_end}),
        Said("members", {"count": report.active_members}),
        Said("shops", {"count": report.active_merchants}),
    ]
    if report.respend_share is not None:
        said.append(Said("respent", {"percent": f"{report.respend_share * 100:.1f}"}))
    if report.lm3.value is not None:
        said.append(Said("lm3", {"value": f"{report.lm3.value:.2f}"}))
    return dict.fromkeys(user_ids, said)


FIGURES = DigestSection(
    "circulation.figures",
    90,
    "ตัวเลขของเครือข่าย",
    "The network in figures",
    LINES,
    _figures,
    standalone=False,
)
SECTIONS = (FIGURES,)
