"""One shop's circulation (``merchant_detail``) as the JSON the API returns and as CSV,
in the report's style (``render``): amounts in integer satang, a share as a plain number
(0.25 is 25%), ``null`` where there is none; the CSV one value a line."""

from datetime import date

from fastapi import Response
from pydantic import BaseModel

from thungngoen.circulation.merchant_detail import Amounts, Grain, MerchantCirculationDetail
from thungngoen.circulation.render import csv_value, place_name
from thungngoen.web.downloads import spreadsheet_download


class AmountsOut(BaseModel):
    purchases_satang: int
    """Coin members paid the shop, net of refunds and cashback."""
    from_merchants_satang: int
    received_satang: int
    respent_satang: int
    """Coin the shop paid suppliers and in wages."""
    respend_share: float | None
    redeemed_satang: int


class SeriesRowOut(BaseModel):
    period_from: date
    period_to: date
    """The same day, or the month's last day inside the period."""
    figures: AmountsOut


class MerchantDetailOut(BaseModel):
    merchant_id: int
    business_name: str
    tambon: str
    tambon_name: str
    period_from: date
    period_to: date
    as_of_transfer: int
    """The last ledger transfer the figures include."""
    grain: Grain
    """``day``: a row per day; ``month``: per month (periods over 62 days)."""
    totals: AmountsOut
    series: list[SeriesRowOut]


def amounts_out(amounts: Amounts) -> AmountsOut:
    return AmountsOut(
        purchases_satang=amounts.purchases,
        from_merchants_satang=amounts.from_merchants,
        received_satang=amounts.received,
        respent_satang=amounts.respent,
        respend_share=amounts.respend_share,
        redeemed_satang=amounts.redeemed,
    )


def merchant_detail_out(detail: MerchantCirculationDetail) -> MerchantDetailOut:
    shop = detail.shop
    return MerchantDetailOut(
        merchant_id=shop.merchant_id,
        business_name=shop.business_name,
        tambon=shop.tambon,
        tambon_name=place_name(shop.tambon),
        period_from=detail.first_day,
        period_to=detail.last_day,
        as_of_transfer=detail.as_of_transfer,
        grain=detail.grain,
        totals=amounts_out(detail.totals),
        series=[
            SeriesRowOut(
                period_from=row.first_day, period_to=row.last_day, figures=amounts_out(row.amounts)
            )
            for row in detail.series
        ],
    )


def merchant_detail_rows(detail: MerchantCirculationDetail) -> list[tuple[object, ...]]:
    """``section,item,measure,value`` as the report's rows: the shop and period
    (``merchant``), the totals (``total``), then each ``day`` or ``month`` by its first
    day (amounts in satang)."""
    data = merchant_detail_out(detail).model_dump(mode="json")
    rows: list[tuple[object, ...]] = [("section", "item", "measure", "value")]
    for name in MerchantDetailOut.model_fields:
        if name not in ("totals", "series"):
            rows.append(("merchant", "", name, data[name]))
    sections = [("total", "", data["totals"])]
    sections += [(detail.grain, row["period_from"], row["figures"]) for row in data["series"]]
    for section, item, figures in sections:
        rows += [(section, item, name, csv_value(value)) for name, value in figures.items()]
    return rows


def merchant_detail_download(detail: MerchantCirculationDetail, kind: str = "csv") -> Response:
    """The shop's figures as a CSV or XLSX file to save, named by the shop and its days."""
    shop, first, last = detail.shop.merchant_id, detail.first_day, detail.last_day
    stem = f"circulation-merchant-{shop}-{first}-{last}"
    return spreadsheet_download(merchant_detail_rows(detail), stem, kind, "circulation")
