"""The year-end division of profit, as arithmetic (no database).

1. Profit = interest + fines − expenses since the last share-out.
2. The enterprise allocation: ``enterprise_bp`` of the period's deposits (commitment and
   voluntary) or of the profit, as the regulation says. It is paid from the profit first
   and, if the profit falls short, from the reserve; never more than both hold. A group
   with no community enterprise allocates nothing.
3. What profit is left is divided: dividend, welfare and reserve shares (rounded down;
   the reserve takes the satang left over). A loss is charged to the reserve.
4. The dividend goes to members in proportion to their savings-months: the sum of their
   savings balance after each meeting of the period. Each share is rounded down and the
   satang left over go one each to the largest remainders (then the lowest member
   number), so the shares add up to the dividend exactly. With no savings-months at
   all, the dividend stays in the reserve.
"""

from dataclasses import dataclass

from thungngoen.savings.regulation import BASIS, Regulation


@dataclass(frozen=True, slots=True)
class Allocation:
    profit: int
    enterprise_target: int
    enterprise: int
    enterprise_from_reserve: int
    dividend: int
    welfare: int
    reserve: int
    """The reserve's change from the profit: its share, or minus a loss."""


def allocate(
    profit: int, deposits: int, reserve_balance: int, rules: Regulation, has_enterprise: bool
) -> Allocation:
    gain = max(profit, 0)
    basis = deposits if rules.enterprise_basis == "deposits" else gain
    target = basis * rules.enterprise_bp // BASIS
    enterprise = min(target, gain + max(reserve_balance, 0)) if has_enterprise else 0
    from_profit = min(enterprise, gain)
    left = gain - from_profit
    dividend = left * rules.dividend_bp // BASIS
    welfare = left * rules.welfare_bp // BASIS
    reserve = left - dividend - welfare if profit >= 0 else profit
    return Allocation(
        profit=profit,
        enterprise_target=target,
        enterprise=enterprise,
        enterprise_from_reserve=enterprise - from_profit,
        dividend=dividend,
        welfare=welfare,
        reserve=reserve,
    )


def split_dividend(dividend: int, weights: list[tuple[int, int]]) -> dict[int, int]:
    """``weights``: (member number, savings-months). Returns each member's share."""
    total = sum(weight for _, weight in weights)
    if total <= 0:
        return {}
    shares = {number: dividend * weight // total for number, weight in weights}
    left = dividend - sum(shares.values())
    by_remainder = sorted(weights, key=lambda item: (-(dividend * item[1] % total), item[0]))
    for number, _ in by_remainder[:left]:
        shares[number] += 1
    return shares
