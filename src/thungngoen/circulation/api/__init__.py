"""Circulation over the JSON API (``/api/v1/circulation``): the public summary and
monthly series (aggregates only, small cells suppressed: ``public``), and the staff's
full report, CSV, merchant table and one merchant's figures. Each call first adds the
ledger's new transfers to the rollups (one indexed read when nothing is new), at most
``REFRESH_LIMIT`` of them so that no call waits long: a backlog (a first rollup) is for
``thungngoen circulation refresh`` or ``POST /refresh`` (staff). Answers say
``as_of_transfer``; the staff's report also says how far behind the ledger it is."""

from collections.abc import Callable
from datetime import date
from typing import Annotated, TypeVar

from fastapi import APIRouter, Depends, Response
from sqlalchemy import Connection, Engine

from thungngoen.auth.users import User
from thungngoen.circulation import access, public, rollup
from thungngoen.circulation.api.schemas import (
    Area,
    FirstDay,
    FirstMonth,
    LastDay,
    LastMonth,
    MerchantDetailOut,
    MerchantOut,
    Program,
    PublicSeries,
    PublicSummary,
    ReportOut,
)
from thungngoen.circulation.freshness import FreshnessOut, catch_up, freshness, freshness_out
from thungngoen.circulation.measures import (
    CirculationReport,
    circulation_report,
    merchant_table,
)
from thungngoen.circulation.merchant_detail import merchant_circulation
from thungngoen.circulation.merchant_render import merchant_detail_out
from thungngoen.circulation.render import merchant_out, report_download, report_out
from thungngoen.db import read_transaction
from thungngoen.web.deps import CurrentUser, EngineDep

router = APIRouter(prefix="/api/v1/circulation", tags=["circulation"])
REFRESH_LIMIT = 20_000
T = TypeVar("T")


async def report_reader(user: CurrentUser) -> User:
    """The staff only (``access.require_report_reader``), before anything is read."""
    return access.require_report_reader(user)


ReportReader = Annotated[User, Depends(report_reader)]


@router.get("/summary", tags=["public"])
def summary(
    engine: EngineDep,
    first: FirstMonth = None,
    last: LastMonth = None,
    area: Area = None,
    program: Program = None,
) -> PublicSummary:
    """Circulation over whole months: public, aggregates only (see ``threshold``)."""
    return _read_fresh(engine, lambda c: public.public_summary(c, first, last, area, program))


@router.get("/series", tags=["public"])
def series(
    engine: EngineDep,
    first: FirstMonth = None,
    last: LastMonth = None,
    area: Area = None,
    program: Program = None,
) -> PublicSeries:
    """The headline measures month by month (public, for trend charts)."""
    return _read_fresh(engine, lambda c: public.public_series(c, first, last, area, program))


@router.get("/report")
def report(
    user: ReportReader,
    engine: EngineDep,
    first: FirstDay = None,
    last: LastDay = None,
    area: Area = None,
    program: Program = None,
) -> ReportOut:
    """Every measure for any days, with all flows and the top merchants (staff only), and
    how fresh they are: ``freshness.up_to_date`` false means the ledger holds transfers the
    figures do not include yet (``POST /refresh`` adds them all)."""
    found, fresh = _read_fresh(
        engine,
        lambda c: (
            circulation_report(c, first=first, last=last, area=area, program=program),
            freshness(c),
        ),
    )
    return report_out(found, fresh)


@router.post("/refresh")
def refresh(user: ReportReader, engine: EngineDep) -> FreshnessOut:
    """Bring the figures up to the ledger's latest transfer, however many that takes
    (staff only); again changes nothing. Says how fresh they are then."""
    return freshness_out(catch_up(engine))


@router.get("/report.csv", response_class=Response)
def report_as_csv(
    user: ReportReader,
    engine: EngineDep,
    first: FirstDay = None,
    last: LastDay = None,
    area: Area = None,
    program: Program = None,
) -> Response:
    """The report as CSV, one value a line (staff only)."""
    return report_download(_report(engine, first, last, area, program))


@router.get("/merchants")
def merchants(
    user: ReportReader,
    engine: EngineDep,
    first: FirstDay = None,
    last: LastDay = None,
    area: Area = None,
) -> list[MerchantOut]:
    """Every merchant of the area: receipts, re-spend, redemptions (staff only)."""
    found = _read_fresh(engine, lambda c: merchant_table(c, first=first, last=last, area=area))
    return [merchant_out(merchant) for merchant in found]


@router.get("/merchants/{merchant_id}")
def merchant(
    user: ReportReader,
    engine: EngineDep,
    merchant_id: int,
    first: FirstDay = None,
    last: LastDay = None,
) -> MerchantDetailOut:
    """One shop's receipts, re-spend and redemptions: totals and a row per day, or per
    month over more than 62 days (staff only)."""
    found = _read_fresh(engine, lambda c: merchant_circulation(c, merchant_id, first, last))
    return merchant_detail_out(found)


def _report(
    engine: Engine, first: date | None, last: date | None, area: str | None, program: str | None
) -> CirculationReport:
    return _read_fresh(
        engine,
        lambda c: circulation_report(c, first=first, last=last, area=area, program=program),
    )


def _read_fresh(engine: Engine, load: Callable[[Connection], T]) -> T:
    """What ``load`` reads once the ledger's new transfers are in the rollups."""
    rollup.refresh(engine, chunk=REFRESH_LIMIT, chunks=1)
    with read_transaction(engine) as connection:
        return load(connection)
