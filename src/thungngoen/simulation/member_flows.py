"""What members do, through the wallet's own operations: top up (cash at an agent, or
PromptPay), pay shops, send coin to a neighbour. Each step first asks the mirror of the
wallets (``State``) whether the coin is there: a member short of coin pays cash instead."""

from datetime import timedelta

from thungngoen.simulation.world import ACTOR, PendingTopUp, Turn
from thungngoen.topups import request_topup
from thungngoen.wallet import programs, topups
from thungngoen.wallet.checkout import pay_merchant
from thungngoen.wallet.payments import pay_member

CHANNEL = "simulated"


def cash_topup(person: int, amount: int, turn: Turn) -> None:
    who = turn.world.people[person]
    topups.cash_topup(
        turn.connection,
        agent_id=who.agent_id,
        member_id=who.member.id,
        amount=amount,
        idempotency_key=turn.key,
        actor=ACTOR,
    )
    turn.state.move(None, who.member.account_id, amount)
    turn.state.count("cash top-ups")


def promptpay_topup(person: int, amount: int, delay: int, turn: Turn) -> None:
    """The member asks for a PromptPay top-up and pays it from the bank app ``delay``
    seconds later; the coin arrives when the operator imports the bank statement."""
    member = turn.world.people[person].member
    request = request_topup(turn.connection, member.id, amount, turn.moment, actor=ACTOR)
    paid_at = turn.moment + timedelta(seconds=delay)
    pending = PendingTopUp(person, request.id, request.amount, request.reference, paid_at)
    turn.state.promptpay.append(pending)
    turn.state.count("PromptPay top-ups")


def purchase(person: int, business: int, amount: int, turn: Turn) -> None:
    member = turn.world.people[person].member
    shop = turn.world.businesses[business].shop
    if turn.state.held(member.account_id) < amount:
        turn.state.count("purchases paid in cash (not enough coin)")
        return
    try:
        payment = pay_merchant(
            turn.connection,
            member=member,
            merchant_id=shop.id,
            amount=amount,
            channel=CHANNEL,
            idempotency_key=turn.key,
            now=turn.moment,
        )
    except programs.ProgramRuleBroken:  # checked before anything is written
        turn.state.count("purchases refused by a program's rules")
        return
    turn.state.move(member.account_id, shop.account_id, payment.charged)
    turn.state.count("purchases")


def send_coin(payer: int, payee: int, amount: int, turn: Turn) -> None:
    sender, receiver = turn.world.people[payer], turn.world.people[payee]
    if turn.state.held(sender.member.account_id) < amount:
        return
    pay_member(
        turn.connection,
        payer=sender.member,
        payee_phone=receiver.phone,
        amount=amount,
        memo="ฝากให้ที่บ้าน",
        idempotency_key=turn.key,
    )
    turn.state.move(sender.member.account_id, receiver.member.account_id, amount)
    turn.state.count("coin sent between members")
