"""``thungngoen wallet vouchers …``: printed vouchers from the command line, the operator's
desk (``access.CLI_ACTOR``).

``generate`` is the one moment the plain codes exist: they are printed here as a table
and, with ``-o``, written to a new CSV file for the print shop. The file is created
before anything is issued (and never overwrites one), so a bad path costs no coin.
"""

import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.table import Table
from sqlalchemy import Connection

from thungngoen import vouchers as v
from thungngoen.auth.users import find_by_phone
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction, write_transaction
from thungngoen.exports import csv_writer
from thungngoen.money import format_money, format_satang, parse_baht
from thungngoen.terminal import DatabaseUrl, console, engine_for, fail_on_rejection
from thungngoen.vouchers import access
from thungngoen.wallet import book, errors, member_for_user

app = typer.Typer(help="Printed vouchers: generate, redeem, cancel, expire.", no_args_is_help=True)
ACTOR = access.CLI_ACTOR
SHEET_COLUMNS = ("number", "code", "value", "name", "valid_until")


@app.command("generate")
@fail_on_rejection
def generate(
    name: Annotated[str, typer.Argument(help="What the batch is for, printed on each voucher.")],
    value: Annotated[str, typer.Argument(help="Each voucher's value in baht, e.g. 100")],
    count: Annotated[int, typer.Argument(help="How many vouchers.")],
    expires: Annotated[
        datetime, typer.Option(formats=["%Y-%m-%d"], help="Last valid day (Thai time).")
    ],
    key: Annotated[str, typer.Option(help="Idempotency key: the same key never issues twice.")],
    fund: Annotated[str, typer.Option(help=f"One of: {', '.join(book.COMMUNITY_FUNDS)}.")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Also write the sheet to this new CSV.")
    ] = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Issue COUNT vouchers of VALUE baht backed by a community fund; print them once."""
    sheet_file = _new_csv(output) if output else None
    try:
        generated = write_transaction(
            engine_for(database_url),
            lambda c: v.generate_voucher_batch(
                c,
                name=name,
                value=parse_baht(value),
                count=count,
                expires_on=expires.date(),
                fund_code=fund,
                idempotency_key=key,
                actor=ACTOR,
                now=utc_now(),
            ),
        )
    except BaseException:
        if sheet_file and output:  # nothing was issued: leave no empty sheet behind
            sheet_file.close()
            output.unlink()
        raise
    sheet = v.printable_sheet(generated)
    if sheet_file:
        with sheet_file:
            writer = csv_writer(sheet_file, lineterminator="\r\n")
            writer.writerow(SHEET_COLUMNS)
            writer.writerows([getattr(line, column) for column in SHEET_COLUMNS] for line in sheet)
    table = Table("no.", "code", "value", "validity", title=generated.name)
    table.columns[1].no_wrap = True
    for line in sheet:
        table.add_row(line.number, line.code, line.value, line.valid_until)
    console.print(table)
    total = format_money(generated.value * len(sheet), "SKC")
    console.print(f"batch {generated.batch_id}: {len(sheet)} vouchers, {total}")
    console.print("[bold]These codes are shown only now: print them or keep the CSV safe.[/bold]")


def _new_csv(path: Path) -> TextIO:
    """A new file (UTF-8 with BOM, so spreadsheets read the Thai); never an existing one."""
    try:
        return path.open("x", encoding="utf-8-sig", newline="")
    except OSError as error:
        raise typer.BadParameter(
            f"cannot create {path}: {error.strerror}", param_hint="--output"
        ) from error


@app.command("summary")
@fail_on_rejection
def summary(
    batch_id: Annotated[int | None, typer.Argument(help="One batch (default: all).")] = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Batches with their vouchers counted by state, newest first."""
    with read_transaction(engine_for(database_url)) as connection:
        if batch_id is None:
            found = v.voucher_batch_summaries(connection)
        else:
            found = [v.voucher_batch_summary(connection, batch_id)]
    table = Table("batch", "name", "status", caption="amounts in เหรียญ (SKC)")
    for heading in ("value", "redeemed", "left", "left value"):
        table.add_column(heading, justify="right", no_wrap=True)
    for batch in found:
        last_day = (batch.expires_at.astimezone(v.THAI_TIME) - timedelta(days=1)).date()
        table.add_row(
            str(batch.batch_id),
            f"{batch.name}\n{batch.fund_code} · {last_day.isoformat()}",
            batch.status,
            format_satang(batch.value),
            f"{batch.redeemed}/{batch.issued}",
            str(batch.outstanding),
            format_satang(batch.outstanding_value),
        )
    console.print(table)


@app.command("cancel")
@fail_on_rejection
def cancel(
    batch_id: int,
    reason: Annotated[str, typer.Option(help="Why, for the audit log (a lost sheet, say).")],
    database_url: DatabaseUrl = None,
) -> None:
    """Withdraw a batch: its unredeemed vouchers stop working, their value returns to the fund."""
    closure = write_transaction(
        engine_for(database_url),
        lambda c: v.cancel_voucher_batch(c, batch_id, reason=reason, actor=ACTOR, now=utc_now()),
    )
    returned = format_money(closure.amount, "THB")
    console.print(f"batch {batch_id} cancelled: {closure.vouchers} vouchers, {returned} returned")


@app.command("redeem")
@fail_on_rejection
def redeem(
    code: Annotated[str, typer.Argument(help="The 12 digits, dashes and spaces allowed.")],
    phone: Annotated[str, typer.Option(help="The member whose wallet receives the value.")],
    key: Annotated[str | None, typer.Option(help="Idempotency key (default: a new one).")] = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Redeem a voucher into a member's wallet (for a member at the operator's desk)."""

    def work(connection: Connection) -> v.Redemption:
        user = find_by_phone(connection, phone)
        if user is None:
            raise errors.UnknownMember(f"no member with phone {phone}")
        return v.redeem_to_member(
            connection,
            code=code,
            member_id=member_for_user(connection, user.id).id,
            idempotency_key=key or f"cli:{uuid.uuid4().hex}",
            actor=ACTOR,
            now=utc_now(),
        )

    done = write_transaction(engine_for(database_url), work)
    console.print(f"voucher ···{done.last4}: {format_money(done.amount, 'SKC')} to {phone}")


@app.command("expire")
@fail_on_rejection
def expire(database_url: DatabaseUrl = None) -> None:
    """Close every batch past its last valid day; their unredeemed value returns to the funds."""
    closures = write_transaction(
        engine_for(database_url), lambda c: v.expire_vouchers(c, utc_now())
    )
    for closure in closures:
        returned = format_money(closure.amount, "THB")
        console.print(f"batch {closure.batch_id} expired: {closure.vouchers} vouchers, {returned}")
    console.print(f"{len(closures)} batches expired")
