"""The circulation API's models: the query parameters its routes take, and the answers.

The answers are the shapes the area shows everywhere (the pages render the same report,
the CLI prints it as JSON), so each is defined beside the code that builds it — the
public view in ``circulation.public``, the report in ``circulation.render``, one shop's
figures in ``circulation.merchant_render`` — and named here for the routes. Amounts are
integer satang, shares and ratios plain numbers, every day a Thai day."""

from datetime import date
from typing import Annotated

from fastapi import Query

from thungngoen.circulation.merchant_render import MerchantDetailOut
from thungngoen.circulation.public import PublicSeries, PublicSummary
from thungngoen.circulation.render import MerchantOut, ReportOut

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

__all__ = [
    "MONTH",
    "Area",
    "FirstDay",
    "FirstMonth",
    "LastDay",
    "LastMonth",
    "MerchantDetailOut",
    "MerchantOut",
    "Program",
    "PublicSeries",
    "PublicSummary",
    "ReportOut",
]
