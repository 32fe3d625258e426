"""``thungngoen wallet promptpay …``: PromptPay top-ups from the command line, the
operator's desk (``access.CLI_ACTOR``): requests, statement imports, unmatched lines."""

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text
from sqlalchemy import Connection

from thungngoen import topups
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction, write_transaction
from thungngoen.money import format_money, parse_baht
from thungngoen.terminal import DatabaseUrl, console, engine_for, fail_on_rejection
from thungngoen.thai import THAI_TIME
from thungngoen.topups import access
from thungngoen.wallet import qr_png, qr_svg

app = typer.Typer(
    help="PromptPay top-ups: QR requests, bank statement imports, unmatched lines.",
    no_args_is_help=True,
)
ACTOR = access.CLI_ACTOR
QR_WRITERS = {".svg": "svg", ".png": "png"}


def _lines_table(lines: list[topups.ImportedLine]) -> Table:
    table = Table("line", "bank_ref", "booked (TH)", "amount", "description", "reason")
    for line in lines:
        table.add_row(
            str(line.id),
            Text(line.bank_ref),
            f"{line.booked_at.astimezone(THAI_TIME):%Y-%m-%d %H:%M}",
            format_money(line.amount, "THB"),
            Text(line.description),
            line.reason,
        )
    return table


def _print_decision(line: topups.ImportedLine) -> None:
    outcome = f"member {line.member_id}" if line.status == "assigned" else line.decision_note
    said = f"line {line.id} ({line.bank_ref}, {format_money(line.amount, 'THB')}): "
    console.print(Text(said + f"{line.status}, {outcome}"))


@app.command("import-statement")
@fail_on_rejection
def import_statement(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="The bank's CSV.")],
    encoding: Annotated[str, typer.Option(help="The file's encoding, e.g. cp874.")] = "utf-8",
    database_url: DatabaseUrl = None,
) -> None:
    """Import a bank statement CSV: match new credit lines to requests and mint the coin."""
    try:
        text = file.read_bytes().decode(encoding)
    except LookupError:
        raise typer.BadParameter(f"unknown encoding {encoding}", param_hint="--encoding") from None
    report = write_transaction(
        engine_for(database_url), lambda c: topups.import_statement(c, text, ACTOR, utc_now())
    )
    console.print(
        f"new {report.new}, duplicate {report.duplicate}, "
        f"matched {report.matched}, unmatched {report.unmatched}"
    )
    if report.unmatched_lines:
        console.print(_lines_table(report.unmatched_lines))


@app.command("unmatched")
@fail_on_rejection
def unmatched(database_url: DatabaseUrl = None) -> None:
    """List the statement lines waiting for the operator's decision."""
    with read_transaction(engine_for(database_url)) as connection:
        lines = topups.unmatched_lines(connection)
    if not lines:
        console.print("no unmatched lines")
        return
    console.print(_lines_table(lines))


@app.command("assign")
@fail_on_rejection
def assign(line: int, phone: str, database_url: DatabaseUrl = None) -> None:
    """Say that unmatched LINE was the payment of the member with PHONE: mint it to them."""
    decided = write_transaction(
        engine_for(database_url),
        lambda c: topups.assign_unmatched_by_phone(c, line, phone, ACTOR),
    )
    _print_decision(decided)


@app.command("refund")
@fail_on_rejection
def refund(
    line: int,
    note: Annotated[str, typer.Option(help="How the baht went back to the sender.")],
    database_url: DatabaseUrl = None,
) -> None:
    """Record that the baht of unmatched LINE went back to the sender (no coin is minted)."""
    decided = write_transaction(
        engine_for(database_url), lambda c: topups.refund_unmatched(c, line, ACTOR, note)
    )
    _print_decision(decided)


@app.command("expire")
@fail_on_rejection
def expire(database_url: DatabaseUrl = None) -> None:
    """Close the top-up requests past their expiry, freeing their amounts."""
    expired = write_transaction(
        engine_for(database_url), lambda c: topups.expire_topup_requests(c, utc_now(), ACTOR)
    )
    console.print(f"{expired} request(s) expired")


@app.command("request")
@fail_on_rejection
def request(
    phone: str,
    amount: Annotated[str, typer.Argument(help="Amount in baht, e.g. 100 or 1,234.50")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the QR here (.svg or .png).")
    ] = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Ask for a top-up for the member with PHONE: prints the PromptPay payload to pay."""
    if output is not None and output.suffix.lower() not in QR_WRITERS:
        raise typer.BadParameter("the QR file must end in .svg or .png", param_hint="--output")
    amount_satang = parse_baht(amount)

    def ask(connection: Connection) -> topups.TopUpRequest:
        member = topups.member_by_phone(connection, phone)
        return topups.request_topup(connection, member.id, amount_satang, utc_now(), actor=ACTOR)

    made = write_transaction(engine_for(database_url), ask)
    console.print(f"reference {made.reference}: pay exactly {format_money(made.amount, 'THB')}")
    console.print(f"expires {made.expires_at:%Y-%m-%d %H:%M} UTC")
    console.print(made.payload, soft_wrap=True, highlight=False)
    if output is not None:
        if QR_WRITERS[output.suffix.lower()] == "svg":
            output.write_text(qr_svg(made.payload), encoding="utf-8")
        else:
            output.write_bytes(qr_png(made.payload))
        console.print(f"QR written to {output}")
