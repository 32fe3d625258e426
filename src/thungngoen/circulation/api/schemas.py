"""The circulation API's models: the query parameters its routes take, and the answers.

The answers are the shapes the area shows everywhere (the pages render the same report,
the CLI prints it as JSON), so each is defined beside the code that builds it — the
public view in ``circulation.public``, the report in ``circulation.render``, one shop's
figures in ``circulation.merchant_render`` — and named here for the routes. Amounts are
integer satang, shares and ratios plain numbers, every day a Thai day."""

from typing import Annotated

from fastapi import Query

from thungngoen.circulation.merchant_render import MerchantDetailOut
from thungngoen.circulation.public import PublicSeries, PublicSummary
from thungngoen.circulation.render import MerchantOut, ReportOut
from thungngoen.web.api_fields import Day

MONTH = r"^(20[0-9]{2}|2100)-(0[1-9]|1[0-2])$"
"""A month the platform can hold: 2000-01 to 2100-12 (``0001-01`` overflowed the days)."""
FirstMonth = Annotated[
    str | None, Query(alias="from", pattern=MONTH, description="First month, YYYY-MM.")
]
LastMonth = Annotated[
    str | None, Query(alias="to", pattern=MONTH, description="Last month, YYYY-MM.")
]
FirstDay = Annotated[Day | None, Query(alias="from", description="First Thai day.")]
LastDay = Annotated[Day | None, Query(alias="to", description="Last Thai day.")]
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
