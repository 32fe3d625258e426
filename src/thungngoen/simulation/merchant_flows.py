"""What shops and the operator do, through the wallet's own operations: shops pay their
suppliers and their staff in coin and redeem some coin for baht; the operator pays the
redemptions out in a daily batch, imports the bank statement (PromptPay top-ups) and banks
the cash each agent hands over at the end of the day."""

import io

from thungngoen import redemption, wallet
from thungngoen.exports import csv_writer
from thungngoen.simulation.world import ACTOR, PendingTopUp, Turn
from thungngoen.thai import THAI_TIME
from thungngoen.topups import import_statement
from thungngoen.wallet.agent_limits import float_of_agent
from thungngoen.wallet.handovers import record_handover

SMALLEST_REDEMPTION = 10_000
"""100 baht: below this a shop does not bother."""


def whole_baht(satang: float) -> int:
    return int(satang) // 100 * 100


def restock(business: int, supplier: int, turn: Turn) -> None:
    """Pay a supplier a share of the coin in the wallet for the stock bought."""
    buyer, seller = turn.world.businesses[business], turn.world.businesses[supplier]
    amount = whole_baht(turn.state.held(buyer.shop.account_id) * buyer.category.restock_share)
    if amount <= 0:
        return
    redemption.pay_supplier(turn.connection, buyer.shop.id, seller.shop.id, amount, turn.key, ACTOR)
    turn.state.move(buyer.shop.account_id, seller.shop.account_id, amount)
    turn.state.count("supplier payments")


def pay_staff(business: int, person: int, wage: int, turn: Turn) -> None:
    """The week's wage in coin, at most half of what the wallet holds."""
    employer, employee = turn.world.businesses[business], turn.world.people[person]
    amount = whole_baht(min(wage, turn.state.held(employer.shop.account_id) // 2))
    if amount <= 0:
        return
    wallet.pay_wage(
        turn.connection,
        merchant_id=employer.shop.id,
        member_id=employee.member.id,
        amount=amount,
        idempotency_key=turn.key,
        actor=ACTOR,
    )
    turn.state.move(employer.shop.account_id, employee.member.account_id, amount)
    turn.state.count("wages")


def redeem(business: int, turn: Turn) -> None:
    """Turn a share of what the tier lets the shop redeem into baht."""
    shop = turn.world.businesses[business]
    position = redemption.redeemable_position(turn.connection, shop.shop.id)
    held = turn.state.held(shop.shop.account_id)
    amount = whole_baht(min(position.redeemable, held) * shop.category.redeem_share)
    if amount < SMALLEST_REDEMPTION:
        return
    redemption.redeem(
        turn.connection, shop.shop.id, amount, shop.fund, turn.key, ACTOR, turn.moment
    )
    turn.state.move(shop.shop.account_id, None, amount)
    turn.state.queued_payouts += 1
    turn.state.count("redemptions")


def pay_out(turn: Turn) -> None:
    """The operator batches the day's redemptions and the bank pays them."""
    if not turn.state.queued_payouts:
        return
    batch = redemption.create_payout_batch(turn.connection, ACTOR, turn.moment)
    reference = f"SIM-{turn.moment.astimezone(THAI_TIME):%Y%m%d}-{batch.id}"
    redemption.mark_batch_paid(turn.connection, batch.id, ACTOR, turn.moment, reference)
    turn.state.queued_payouts = 0
    turn.state.count("payout batches")


def hand_over_cash(turn: Turn) -> None:
    """Each agent hands the day's cash to the operator, who banks it (frees the limit)."""
    for agent_id in turn.world.agents:
        held = float_of_agent(turn.connection, agent_id).held
        if held <= 0:
            continue
        record_handover(
            turn.connection,
            agent_id=agent_id,
            amount=held,
            idempotency_key=f"{turn.key}:{agent_id}",
            actor=ACTOR,
        )
        turn.state.count("cash hand-overs")


def import_bank_statement(turn: Turn) -> None:
    """The operator imports the bank's lines of the PromptPay top-ups paid by now."""
    due = [topup for topup in turn.state.promptpay if topup.paid_at <= turn.moment]
    if not due:
        return
    report = import_statement(turn.connection, statement_csv(due), ACTOR, turn.moment)
    unmatched = {line.bank_ref for line in report.unmatched_lines}
    for topup in due:
        if bank_ref(topup) not in unmatched:
            account = turn.world.people[topup.person].member.account_id
            turn.state.move(None, account, topup.amount)
    turn.state.promptpay = [topup for topup in turn.state.promptpay if topup.paid_at > turn.moment]
    turn.state.count("bank statements imported")


def bank_ref(topup: PendingTopUp) -> str:
    return f"SIM-TOPUP-{topup.request_id}"


def statement_csv(topups: list[PendingTopUp]) -> str:
    """The bank's export (generic layout) of these PromptPay payments."""
    buffer = io.StringIO()
    writer = csv_writer(buffer)
    writer.writerow(("date", "time", "amount", "description", "reference", "bank_ref"))
    for topup in topups:
        local = topup.paid_at.astimezone(THAI_TIME)
        baht, satang = divmod(topup.amount, 100)
        writer.writerow(
            (
                f"{local:%Y-%m-%d}",
                f"{local:%H:%M:%S}",
                f"{baht}.{satang:02d}",
                "รับโอนพร้อมเพย์",
                topup.reference,
                bank_ref(topup),
            )
        )
    return buffer.getvalue()
