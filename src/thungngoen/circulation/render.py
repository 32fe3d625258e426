"""A circulation report as the JSON the API returns and ``--format json`` prints, and as
CSV. Amounts are integer satang (``*_satang``); shares and ratios are plain numbers
(0.25 is 25%); ``null`` where a measure has no value (no R1, nothing redeemed…)."""

from datetime import date
from typing import Any

from fastapi import Response
from pydantic import BaseModel

from thungngoen.circulation.freshness import Freshness, FreshnessOut, freshness_out
from thungngoen.circulation.measures import Cell, CirculationReport, MerchantCirculation
from thungngoen.exports import csv_text
from thungngoen.registry.places import tambons
from thungngoen.web.downloads import spreadsheet_download


class AreaOut(BaseModel):
    level: str
    code: str
    name: str


class ProgramOut(BaseModel):
    id: int
    code: str


class Lm3Out(BaseModel):
    r1_satang: int
    r2_satang: int
    r3_satang: int
    value: float | None


class CellOut(BaseModel):
    origin: str
    origin_name: str
    dest: str
    dest_name: str
    amount_satang: int
    transfers: int


class MerchantOut(BaseModel):
    merchant_id: int
    business_name: str
    tambon: str
    purchases_satang: int
    from_merchants_satang: int
    received_satang: int
    respent_satang: int
    respend_share: float | None
    redeemed_satang: int


class Headline(BaseModel):
    """The measures of a period, area and program (no detail per place or merchant)."""

    supply_end_satang: int
    supply_average_satang: int
    reserve_end_satang: int
    issued_satang: int
    burned_satang: int
    spend_satang: int
    spend_by_kind_satang: dict[str, int]
    velocity: float | None
    active_members: int
    active_merchants: int
    merchant_receipts_satang: int
    merchant_respent_satang: int
    respend_share: float | None
    redeemed_satang: int
    leakage: float | None
    lm3: Lm3Out
    average_hops: float | None


class ReportOut(BaseModel):
    period_from: date
    period_to: date
    area: AreaOut
    program: ProgramOut | None
    as_of_transfer: int
    """The last ledger transfer the figures include."""
    freshness: FreshnessOut | None = None
    """How fresh the figures are beside the ledger (the staff's report)."""
    figures: Headline
    corridors: list[CellOut]
    cells: list[CellOut]
    top_merchants: list[MerchantOut]


def place_name(code: str) -> str:
    place = tambons().get(code)
    return place.name if place else ""


def cell_out(cell: Cell) -> CellOut:
    return CellOut(
        origin=cell.origin,
        origin_name=place_name(cell.origin),
        dest=cell.dest,
        dest_name=place_name(cell.dest),
        amount_satang=cell.amount,
        transfers=cell.transfers,
    )


def merchant_out(merchant: MerchantCirculation) -> MerchantOut:
    return MerchantOut(
        merchant_id=merchant.merchant_id,
        business_name=merchant.business_name,
        tambon=merchant.tambon,
        purchases_satang=merchant.purchases,
        from_merchants_satang=merchant.from_merchants,
        received_satang=merchant.received,
        respent_satang=merchant.respent,
        respend_share=merchant.respend_share,
        redeemed_satang=merchant.redeemed,
    )


def headline(report: CirculationReport) -> dict[str, Any]:
    lm3 = report.lm3
    return {
        "supply_end_satang": report.supply_end,
        "supply_average_satang": report.supply_average,
        "reserve_end_satang": report.reserve_end,
        "issued_satang": report.issued,
        "burned_satang": report.burned,
        "spend_satang": report.spend,
        "spend_by_kind_satang": report.spend_by_kind,
        "velocity": report.velocity,
        "active_members": report.active_members,
        "active_merchants": report.active_merchants,
        "merchant_receipts_satang": report.merchant_receipts,
        "merchant_respent_satang": report.merchant_respent,
        "respend_share": report.respend_share,
        "redeemed_satang": report.redeemed,
        "leakage": report.leakage,
        "lm3": Lm3Out(r1_satang=lm3.r1, r2_satang=lm3.r2, r3_satang=lm3.r3, value=lm3.value),
        "average_hops": report.average_hops,
    }


def area_out(report: CirculationReport) -> AreaOut:
    return AreaOut(level=report.area.level, code=report.area.code, name=report.area.name)


def program_out(report: CirculationReport) -> ProgramOut | None:
    if not report.program_code:
        return None
    return ProgramOut(id=report.program_id, code=report.program_code)


def report_out(report: CirculationReport, fresh: Freshness | None = None) -> ReportOut:
    return ReportOut(
        freshness=freshness_out(fresh) if fresh else None,
        figures=Headline(**headline(report)),
        period_from=report.first_day,
        period_to=report.last_day,
        area=area_out(report),
        program=program_out(report),
        as_of_transfer=report.as_of_transfer,
        corridors=[cell_out(cell) for cell in report.corridors],
        cells=[cell_out(cell) for cell in report.cells],
        top_merchants=[merchant_out(merchant) for merchant in report.top_merchants],
    )


def report_rows(report: CirculationReport) -> list[tuple[object, ...]]:
    """Long format, one value a line: ``section,item,measure,value`` (amounts in satang)."""
    data = report_out(report).model_dump(mode="json")
    rows: list[tuple[object, ...]] = [("section", "item", "measure", "value")]
    for name in ("period_from", "period_to", "as_of_transfer"):
        rows.append(("report", "", name, data[name]))
    rows.append(("report", "", "area", data["area"]["code"] or "all"))
    rows.append(("report", "", "program", (data["program"] or {}).get("code", "")))
    for name in Headline.model_fields:
        value = data["figures"][name]
        if isinstance(value, dict):
            rows += [(name, item, "value", csv_value(inner)) for item, inner in value.items()]
        else:
            rows.append(("summary", "", name, csv_value(value)))
    for cell in data["cells"]:
        for name in ("amount_satang", "transfers"):
            rows.append(("cell", f"{cell['origin']}>{cell['dest']}", name, cell[name]))
    for merchant in data["top_merchants"]:
        for name, value in merchant.items():
            if name != "merchant_id":
                rows.append(("merchant", merchant["merchant_id"], name, csv_value(value)))
    return rows


def report_csv(report: CirculationReport, *, for_people: bool = False) -> str:
    """The report's rows as CSV: with the BOM for a spreadsheet, without for a pipe."""
    return csv_text(report_rows(report), for_people=for_people)


def report_download(report: CirculationReport, kind: str = "csv") -> Response:
    """The report as a CSV or XLSX file to save, named by its days."""
    stem = f"circulation-{report.first_day}-{report.last_day}"
    return spreadsheet_download(report_rows(report), stem, kind, "circulation")


def csv_value(value: Any) -> Any:
    """A figure as the CSV gives it: ratios to 6 places, nothing for no value."""
    if isinstance(value, float):
        return f"{value:.6f}"
    return "" if value is None else value
