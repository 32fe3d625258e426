"""``thungngoen report circulation`` and ``thungngoen circulation refresh|rebuild``."""

from datetime import date
from typing import Annotated, Literal

import typer
from rich.table import Table

from thungngoen.circulation import render, rollup
from thungngoen.circulation.measures import CirculationReport, circulation_report
from thungngoen.db import read_transaction, write_transaction
from thungngoen.money import format_money, format_satang
from thungngoen.terminal import DatabaseUrl, console, engine_for, fail_on_rejection

app = typer.Typer(help="Circulation rollups: bring them up to date, or rebuild them.")


@app.command("refresh")
@fail_on_rejection
def refresh(database_url: DatabaseUrl = None) -> None:
    """Add the ledger's new transfers to the circulation rollups."""
    added = rollup.refresh(engine_for(database_url))
    console.print(f"{added:,} transfer(s) added to the circulation rollups")


@app.command("rebuild")
@fail_on_rejection
def rebuild(database_url: DatabaseUrl = None) -> None:
    """Forget the rollups and build them again from the first transfer."""
    engine = engine_for(database_url)
    write_transaction(engine, rollup.reset)
    console.print(f"{rollup.refresh(engine):,} transfer(s) in the rebuilt circulation rollups")


@fail_on_rejection
def report(
    first: Annotated[str | None, typer.Option("--from", help="First Thai day, YYYY-MM-DD.")] = None,
    last: Annotated[str | None, typer.Option("--to", help="Last Thai day, YYYY-MM-DD.")] = None,
    program: Annotated[str | None, typer.Option(help="Program code or id.")] = None,
    area: Annotated[
        str | None, typer.Option(help="Sub-district (900101) or district (9001) code.")
    ] = None,
    output: Annotated[
        Literal["table", "json", "csv"], typer.Option("--format", help="Output format.")
    ] = "table",
    database_url: DatabaseUrl = None,
) -> None:
    """Circulation measures (velocity, leakage, re-spend, LM3, hops, flows) for a period,
    area and program. Refreshes the rollups first."""
    period = (_day(first, "--from"), _day(last, "--to"))
    engine = engine_for(database_url)
    rollup.refresh(engine)
    with read_transaction(engine) as connection:
        found = circulation_report(
            connection, first=period[0], last=period[1], area=area, program=program
        )
    if output == "json":
        typer.echo(render.report_out(found).model_dump_json(indent=2))
    elif output == "csv":
        typer.echo(render.report_csv(found), nl=False)
    else:
        _tables(found)


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{option}: {text!r} is not a day (YYYY-MM-DD)") from None


def _coin(amount: int) -> str:
    return format_money(amount, "SKC")


def _share(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"


def _times(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _tables(report: CirculationReport) -> None:
    scope = f"{report.first_day} … {report.last_day}, {report.area.name}"
    if report.program_code:
        scope += f", program {report.program_code}"
    summary = Table(title=f"Circulation: {scope}", show_header=False)
    summary.add_column("measure")
    summary.add_column("value", justify="right")
    lm3 = report.lm3
    for label, value in (
        ("coin supply at the end", _coin(report.supply_end)),
        ("coin supply, average", _coin(report.supply_average)),
        ("baht reserve at the end", format_money(report.reserve_end, "THB")),
        ("coin issued", _coin(report.issued)),
        ("coin burned", _coin(report.burned)),
        ("spend volume", _coin(report.spend)),
        ("velocity (spend ÷ average supply)", _times(report.velocity)),
        ("active members", f"{report.active_members:,}"),
        ("active merchants", f"{report.active_merchants:,}"),
        ("merchant receipts", _coin(report.merchant_receipts)),
        ("merchant re-spend", f"{_coin(report.merchant_respent)} ({_share(report.respend_share)})"),
        ("redeemed to baht (leakage)", f"{_coin(report.redeemed)} ({_share(report.leakage)})"),
        ("LM3 R1 / R2 / R3", f"{_coin(lm3.r1)} / {_coin(lm3.r2)} / {_coin(lm3.r3)}"),
        ("LM3", _times(lm3.value)),
        ("average hops before redemption", _times(report.average_hops)),
    ):
        summary.add_row(label, value)
    console.print(summary)
    _corridors(report)
    _merchants(report)


def _corridors(report: CirculationReport) -> None:
    table = Table(title="Biggest corridors between sub-districts")
    for column in ("from", "to", "coin (เหรียญ)", "payments"):
        table.add_column(column, justify="left" if column in ("from", "to") else "right")
    for cell in report.corridors:
        table.add_row(
            f"{render.place_name(cell.origin)} {cell.origin}",
            f"{render.place_name(cell.dest)} {cell.dest}",
            format_satang(cell.amount),
            f"{cell.transfers:,}",
        )
    console.print(table)


def _merchants(report: CirculationReport) -> None:
    if not report.top_merchants:
        return
    table = Table(title="Top merchants by local re-spend")
    for column in ("merchant", "received", "re-spent", "share", "redeemed (เหรียญ)"):
        table.add_column(column, justify="left" if column == "merchant" else "right")
    for merchant in report.top_merchants:
        table.add_row(
            f"{merchant.business_name} ({merchant.merchant_id})",
            format_satang(merchant.received),
            format_satang(merchant.respent),
            _share(merchant.respend_share),
            format_satang(merchant.redeemed),
        )
    console.print(table)
