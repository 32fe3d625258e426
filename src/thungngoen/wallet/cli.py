"""``thungngoen wallet …``: the wallet's operations from the command line (operator use)."""

from typing import Annotated

import typer
from rich.table import Table
from sqlalchemy import Connection

from thungngoen import ledger
from thungngoen.auth import pins
from thungngoen.auth.users import create_user, find_by_phone
from thungngoen.clock import utc_now
from thungngoen.db import read_transaction, write_transaction
from thungngoen.money import format_money, parse_baht
from thungngoen.terminal import DatabaseUrl, console, engine_for, fail_on_rejection
from thungngoen.wallet import book, errors, people, wages
from thungngoen.wallet.agent_cli import app as agents_app
from thungngoen.wallet.checkout import pay_merchant
from thungngoen.wallet.fund_cli import app as funds_app
from thungngoen.wallet.merchant_decisions import decide_merchant
from thungngoen.wallet.payments import pay_member
from thungngoen.wallet.programs.cli import app as programs_app
from thungngoen.wallet.topups import cash_topup

app = typer.Typer(help="The Songkhla Wallet: people, top-ups, payments.", no_args_is_help=True)
ACTOR = "cli"
Baht = Annotated[str, typer.Argument(help="Amount in baht, e.g. 85 or 1,234.50")]


def _member_by_phone(connection: Connection, phone: str) -> people.Member:
    user = find_by_phone(connection, phone)
    if user is None:
        raise errors.UnknownMember(f"no member with phone {phone}")
    return people.member_for_user(connection, user.id)


@app.command("add-member")
@fail_on_rejection
def add_member(
    phone: str,
    name: str,
    password: str,
    tambon: str,
    community: str = "",
    pin: Annotated[str | None, typer.Option(help="Also set a 6-digit payment PIN.")] = None,
    national_id: str | None = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Register a member (with a wallet) in sub-district TAMBON (e.g. 900101, Bo Yang)."""

    def work(connection: Connection) -> people.Member:
        member = people.register_member(
            connection,
            phone=phone,
            name=name,
            password=password,
            tambon_code=tambon,
            community=community,
            national_id=national_id,
            actor=ACTOR,
        )
        if pin:
            pins.set_pin(connection, member.user_id, pin)
        return member

    member = write_transaction(engine_for(database_url), work)
    console.print(f"member {member.id} registered (wallet account {member.account_id})")


@app.command("add-merchant")
@fail_on_rejection
def add_merchant(
    phone: str,
    owner_name: str,
    password: str,
    business_name: str,
    category: str,
    tambon: str,
    promptpay: str,
    approve: bool = False,
    database_url: DatabaseUrl = None,
) -> None:
    """Register a shop (and its owner's login); --approve lets it take coin at once."""

    def work(connection: Connection) -> int:
        owner = create_user(
            connection,
            phone=phone,
            name=owner_name,
            role="merchant",
            password=password,
            actor=ACTOR,
        )
        shop = people.register_merchant(
            connection,
            owner=owner,
            business_name=business_name,
            category=category,
            tambon_code=tambon,
            payout_promptpay=promptpay,
            actor=ACTOR,
        )
        if approve:
            decide_merchant(connection, shop, "approve", actor=ACTOR)
        return shop

    console.print(f"merchant {write_transaction(engine_for(database_url), work)} registered")


@app.command("add-agent")
@fail_on_rejection
def add_agent(
    phone: str, name: str, password: str, tambon: str, database_url: DatabaseUrl = None
) -> None:
    """Register an agent (an exchange point holding a cash float)."""

    def work(connection: Connection) -> int:
        user = create_user(
            connection, phone=phone, name=name, role="agent", password=password, actor=ACTOR
        )
        return people.register_agent(
            connection, user=user, name=name, tambon_code=tambon, actor=ACTOR
        )

    console.print(f"agent {write_transaction(engine_for(database_url), work)} registered")


@app.command("topup")
@fail_on_rejection
def topup(
    agent_id: int, phone: str, amount: Baht, receipt: str, database_url: DatabaseUrl = None
) -> None:
    """Cash top-up at an agent; RECEIPT is the agent's receipt number (idempotency key)."""

    def work(connection: Connection) -> None:
        member = _member_by_phone(connection, phone)
        cash_topup(
            connection,
            agent_id=agent_id,
            member_id=member.id,
            amount=parse_baht(amount),
            idempotency_key=receipt,
            actor=ACTOR,
        )

    write_transaction(engine_for(database_url), work)
    console.print(f"topped up {format_money(parse_baht(amount), 'SKC')} for {phone}")


@app.command("pay")
@fail_on_rejection
def pay(
    phone: str,
    amount: Baht,
    key: str,
    to_phone: Annotated[str | None, typer.Option(help="Pay this member.")] = None,
    merchant: Annotated[int | None, typer.Option(help="Pay this merchant id.")] = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Pay from the member with PHONE to a member (--to-phone) or a shop (--merchant)."""
    if (to_phone is None) == (merchant is None):
        raise typer.BadParameter("give exactly one of --to-phone and --merchant")

    def work(connection: Connection) -> None:
        payer = _member_by_phone(connection, phone)
        if to_phone is not None:
            pay_member(
                connection,
                payer=payer,
                payee_phone=to_phone,
                amount=parse_baht(amount),
                memo="",
                idempotency_key=key,
            )
        else:
            pay_merchant(
                connection,
                member=payer,
                merchant_id=merchant or 0,
                amount=parse_baht(amount),
                channel="cli",
                idempotency_key=key,
                now=utc_now(),
            )

    write_transaction(engine_for(database_url), work)
    console.print("paid")


@app.command("pay-wage")
@fail_on_rejection
def pay_wage_command(
    merchant: int,
    phone: str,
    amount: Baht,
    key: Annotated[str, typer.Option(help="Idempotency key: the same key pays once.")],
    database_url: DatabaseUrl = None,
) -> None:
    """Pay the member with PHONE a wage in coin from MERCHANT's wallet."""
    satang = parse_baht(amount)

    def pay(connection: Connection) -> tuple[wages.WagePayee, ledger.Transfer]:
        payee = wages.wage_payee(connection, phone)
        transfer = wages.pay_wage(
            connection,
            merchant_id=merchant,
            member_id=payee.member_id,
            amount=satang,
            idempotency_key=key,
            actor=ACTOR,
        )
        return payee, transfer

    payee, transfer = write_transaction(engine_for(database_url), pay)
    console.print(
        f"wage {format_money(transfer.amount, 'SKC')} paid to {payee.name}"
        f" ({payee.masked_phone}), transfer {transfer.id}"
    )


@app.command("balance")
@fail_on_rejection
def balance(phone: str, database_url: DatabaseUrl = None) -> None:
    """Show a member's balance and last 20 movements."""
    with read_transaction(engine_for(database_url)) as connection:
        member = _member_by_phone(connection, phone)
        account = ledger.get_account(connection, member.account_id)
        lines = ledger.statement(connection, member.account_id, limit=20)
    console.print(f"{account.name}: {format_money(account.balance, 'SKC')}")
    table = Table("transfer", "when (UTC)", "amount", "balance", "memo")
    for line in lines:
        table.add_row(
            str(line.transfer_id),
            f"{line.created_at:%Y-%m-%d %H:%M}",
            format_money(line.amount, "SKC"),
            format_money(line.balance_after, "SKC"),
            line.memo,
        )
    console.print(table)


@app.command("setup")
def setup(database_url: DatabaseUrl = None) -> None:
    """Open the operator's system accounts (mint, backing, bank, payouts, funds)."""
    write_transaction(engine_for(database_url), book.ensure_system_accounts)
    console.print("system accounts ready")


app.add_typer(programs_app, name="programs")
app.add_typer(agents_app, name="agents")
app.add_typer(funds_app, name="funds")
