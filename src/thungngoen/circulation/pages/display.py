"""What the circulation pages share: the staff's door, bringing the rollups up to date
within the API's cap, and showing measures (shares, ratios, months in Thai with Buddhist
Era years)."""

from datetime import date, datetime
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from pythainlp.util import thai_strftime

from thungngoen.auth.users import User
from thungngoen.circulation import access, rollup
from thungngoen.circulation.api import REFRESH_LIMIT
from thungngoen.web.page_ops import engine_of
from thungngoen.web.sessions import PageUser


async def report_reader(user: PageUser) -> User:
    """The staff's pages (``access.may_read_report``): a visitor is sent to log in, any
    other role gets the 403 page, before anything is read."""
    if not access.may_read_report(user):
        raise HTTPException(status_code=403)
    return user


ReportReaderPage = Annotated[User, Depends(report_reader)]


async def refresh_capped(request: Request) -> None:
    """Add at most the API's ``REFRESH_LIMIT`` new transfers: a page never waits on a
    backlog (that is for ``thungngoen circulation refresh``)."""
    await run_in_threadpool(rollup.refresh, engine_of(request), chunk=REFRESH_LIMIT, chunks=1)


def month_label(month: date, language: str) -> str:
    """``มี.ค. 2569`` in Thai, ``Mar 2026`` in English."""
    moment = datetime(month.year, month.month, 1)
    return thai_strftime(moment, "%b %Y") if language == "th" else f"{moment:%b %Y}"


def share(value: float | None) -> str:
    """``0.256`` → ``25.6 %``; a dash where the measure has no value."""
    return "–" if value is None else f"{value * 100:.1f} %"


def times(value: float | None) -> str:
    """A ratio (velocity, LM3, hops): ``1.84``; a dash where it has no value."""
    return "–" if value is None else f"{value:.2f}"


HELPERS = {"share": share, "times": times}
