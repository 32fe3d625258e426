"""Circulation over the JSON API (``/api/v1/circulation``): the public summary and
monthly series (aggregates only, small cells suppressed: ``public``), and the operator's
full report, CSV and merchant table. Each call first adds the ledger's new transfers to
the rollups (one indexed read when nothing is new), at most ``REFRESH_LIMIT`` of them so
that no call waits long: a backlog (a first rollup) is for ``thungngoen circulation
refresh``. Answers say ``as_of_transfer``."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Response
from sqlalchemy import Engine

from thungngoen.circulation import public, rollup
from thungngoen.circulation.measures import circulation_report, merchant_table
from thungngoen.circulation.render import (
    MerchantOut,
    ReportOut,
    merchant_out,
    report_csv,
    report_out,
)
from thungngoen.db import read_transaction
from thungngoen.web.deps import EngineDep, StaffUser

router = APIRouter(prefix="/api/v1/circulation", tags=["circulation"])
REFRESH_LIMIT = 20_000

MONTH = r"^\d{4}-\d{2}$"
FirstMonth = Annotated[
    str | None, Query(alias="from", pattern=MONTH, description="First month, YYYY-MM.")
]
LastMonth = Annotated[
    str | None, Query(alias="to", pattern=MONTH, description="Last month, YYYY-MM.")
]
FirstDay = Annotated[date | None, Query(alias="from", description="First Thai day.")]
LastDay = Annotated[date | None, Query(alias="to", description="Last Thai day.")]
Area = Annotated[
    str | None,
    Query(max_length=16, description="Sub-district (900101) or district (9001); default all."),
]
Program = Annotated[str | None, Query(max_length=40, description="Program code or id.")]


@router.get("/summary", tags=["public"])
def summary(
    engine: EngineDep,
    first: FirstMonth = None,
    last: LastMonth = None,
    area: Area = None,
    program: Program = None,
) -> public.PublicSummary:
    """Circulation over whole months: public, aggregates only (see ``threshold``)."""
    _refresh(engine)
    with read_transaction(engine) as connection:
        return public.public_summary(connection, first, last, area, program)


@router.get("/series", tags=["public"])
def series(
    engine: EngineDep,
    first: FirstMonth = None,
    last: LastMonth = None,
    area: Area = None,
    program: Program = None,
) -> public.PublicSeries:
    """The headline measures month by month (public, for trend charts)."""
    _refresh(engine)
    with read_transaction(engine) as connection:
        return public.public_series(connection, first, last, area, program)


@router.get("/report")
def report(
    user: StaffUser,
    engine: EngineDep,
    first: FirstDay = None,
    last: LastDay = None,
    area: Area = None,
    program: Program = None,
) -> ReportOut:
    """Every measure for any days, with all flows and the top merchants (staff only)."""
    _refresh(engine)
    with read_transaction(engine) as connection:
        found = circulation_report(connection, first=first, last=last, area=area, program=program)
    return report_out(found)


@router.get("/report.csv", response_class=Response)
def report_as_csv(
    user: StaffUser,
    engine: EngineDep,
    first: FirstDay = None,
    last: LastDay = None,
    area: Area = None,
    program: Program = None,
) -> Response:
    """The report as CSV, one value a line (staff only)."""
    _refresh(engine)
    with read_transaction(engine) as connection:
        found = circulation_report(connection, first=first, last=last, area=area, program=program)
    name = f"circulation-{found.first_day}-{found.last_day}.csv"
    return Response(
        report_csv(found),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/merchants")
def merchants(
    user: StaffUser,
    engine: EngineDep,
    first: FirstDay = None,
    last: LastDay = None,
    area: Area = None,
) -> list[MerchantOut]:
    """Every merchant of the area: receipts, re-spend, redemptions (staff only)."""
    _refresh(engine)
    with read_transaction(engine) as connection:
        found = merchant_table(connection, first=first, last=last, area=area)
    return [merchant_out(merchant) for merchant in found]


def _refresh(engine: Engine) -> None:
    rollup.refresh(engine, chunk=REFRESH_LIMIT, chunks=1)
