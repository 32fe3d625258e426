"""Redemption from the command line: redeem a shop's coin, see its position, batch the
payouts, write the bank's file, mark a batch paid, read the legal float guard. The CLI is
the operator's tool (``redemption.access``): it acts as the operator, named ``cli``."""

from pathlib import Path
from typing import Annotated

import typer

from thungngoen import redemption
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction, write_transaction
from thungngoen.money import format_money, parse_baht
from thungngoen.redemption.access import CLI_ACTOR
from thungngoen.redemption.payee_bank import shops_needing_bank
from thungngoen.terminal import DatabaseUrl, console, engine_for, fail_on_rejection
from thungngoen.wallet import book

app = typer.Typer(
    help="Redemption: coin back to baht, payout batches, the legal float guard.",
    no_args_is_help=True,
)
ACTOR = CLI_ACTOR
Fund = Annotated[
    str, typer.Option(help=f"Community fund of the fee: {', '.join(book.COMMUNITY_FUNDS)}.")
]


def _batch_line(batch: redemption.PayoutBatch) -> str:
    line = (
        f"payout batch {batch.id} ({batch.status}): {batch.instruction_count} instruction(s),"
        f" {format_money(batch.total, 'THB')}"
    )
    return f"{line}, bank reference {batch.bank_reference}" if batch.bank_reference else line


@app.command("redeem")
@fail_on_rejection
def redeem(
    merchant: int,
    amount: Annotated[str, typer.Argument(help="Amount in baht, e.g. 1,234.50")],
    fund: Fund,
    key: Annotated[str, typer.Option(help="Idempotency key: the same key redeems once.")],
    database_url: DatabaseUrl = None,
) -> None:
    """Turn MERCHANT's coin into baht (minus the fee, which goes to the chosen fund)."""
    satang = parse_baht(amount)
    done = write_transaction(
        engine_for(database_url),
        lambda c: redemption.redeem(c, merchant, satang, fund, key, ACTOR, utc_now()),
    )
    console.print(
        f"redemption {done.id}: {format_money(done.amount, 'SKC')} redeemed,"
        f" fee {format_money(done.fee, 'THB')} to {done.fund_code},"
        f" {format_money(done.net, 'THB')} queued for payout (instruction {done.instruction_id})"
    )


@app.command("pay-supplier")
@fail_on_rejection
def pay_supplier(
    merchant: int,
    supplier: int,
    amount: Annotated[str, typer.Argument(help="Amount in baht, e.g. 1,234.50")],
    key: Annotated[str, typer.Option(help="Idempotency key: the same key pays once.")],
    database_url: DatabaseUrl = None,
) -> None:
    """MERCHANT pays the network shop SUPPLIER in coin (its re-spend)."""
    satang = parse_baht(amount)
    paid = write_transaction(
        engine_for(database_url),
        lambda c: redemption.pay_supplier(c, merchant, supplier, satang, key, ACTOR),
    )
    console.print(
        f"supplier payment {paid.id}: {format_money(paid.amount, 'SKC')} from shop"
        f" {merchant} to shop {supplier} (transfer {paid.transfer_id})"
    )


@app.command("position")
@fail_on_rejection
def position(merchant: int, database_url: DatabaseUrl = None) -> None:
    """How much of MERCHANT's coin it may redeem now, and what it still owes to re-spend."""
    with read_transaction(engine_for(database_url)) as connection:
        p = redemption.redeemable_position(connection, merchant)
    console.print(f"merchant {merchant}")
    for label, value in (
        ("coin in the wallet", p.balance),
        ("received from members", p.received_from_members),
        ("re-spend required", p.required_respend),
        ("re-spent at other shops", p.respent),
        ("re-spend still owed", p.respend_owed),
        ("redeemable now", p.redeemable),
    ):
        console.print(f"  {label}: {format_money(value, 'SKC')}")


@app.command("payout-batch")
@fail_on_rejection
def payout_batch(database_url: DatabaseUrl = None) -> None:
    """Gather every queued payout instruction into a new batch; name the shops whose
    payouts wait because the bank of their account is not recorded."""
    engine = engine_for(database_url)
    batch = write_transaction(engine, lambda c: redemption.create_payout_batch(c, ACTOR, utc_now()))
    console.print(_batch_line(batch))
    with read_transaction(engine) as connection:
        waiting = shops_needing_bank(connection)
    if waiting:
        console.print(f"waiting for the bank of their account: {', '.join(waiting)}")


@app.command("payout-csv")
@fail_on_rejection
def payout_csv(
    batch: int,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to FILE, not to stdout.")
    ] = None,
    database_url: DatabaseUrl = None,
) -> None:
    """The bank's bulk payment file of BATCH (CSV, UTF-8)."""
    with read_transaction(engine_for(database_url)) as connection:
        content = redemption.payout_batch_csv(connection, batch)
    if output is None:
        typer.echo(content, nl=False)
        return
    output.write_text(content, encoding="utf-8")
    console.print(f"wrote {output}")


@app.command("mark-paid")
@fail_on_rejection
def mark_paid(
    batch: int,
    bank_reference: Annotated[str, typer.Option(help="The bank's reference of the payment.")],
    database_url: DatabaseUrl = None,
) -> None:
    """The bank paid BATCH: book it (the same reference again changes nothing)."""
    paid = write_transaction(
        engine_for(database_url),
        lambda c: redemption.mark_batch_paid(c, batch, ACTOR, utc_now(), bank_reference),
    )
    console.print(_batch_line(paid))


@app.command("legal-guard")
@fail_on_rejection
def legal_guard_report(database_url: DatabaseUrl = None) -> None:
    """The Payment Systems Act exemption: the 6-month average coin float against its limit."""
    with read_transaction(engine_for(database_url)) as connection:
        report = redemption.float_report(connection, utc_now())
    console.print(f"legal guard as of {report.as_of:%Y-%m-%d %H:%M} UTC")
    console.print(f"coin outstanding now: {format_money(report.outstanding, 'SKC')}")
    console.print(
        f"average {report.first_day} … {report.last_day}:"
        f" {format_money(report.average_outstanding, 'THB')}"
    )
    console.print(f"limit: {format_money(report.limit, 'THB')}")
    share = f"share of the limit: {report.share_used:.1%}"
    if not report.warning:
        console.print(share)
        return
    console.print(f"[bold red]{share}[/bold red]")
    console.print(
        f"[bold red]WARNING: the average float is at or above {redemption.WARNING_PERCENT}%"
        " of the limit of the exemption[/bold red]"
    )
