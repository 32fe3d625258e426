"""``redemption.access``: who may redeem for a shop, act on payouts and watch them; and the
tiers a shop may be given."""

from datetime import UTC, datetime

import pytest

from tests.redemption.redemption_helpers import NOW, add_shop, write
from tests.wallet.conftest import World
from thungngoen.auth.errors import Forbidden
from thungngoen.auth.tables import ROLES
from thungngoen.auth.users import User, get_user
from thungngoen.db import read_transaction
from thungngoen.redemption import (
    DEFAULT_TIER_RULES,
    TierRule,
    access,
    list_tier_rules,
    set_tier_rule,
)


@pytest.mark.parametrize("role", ROLES)
def test_only_the_operator_acts_and_the_staff_watch(role: str) -> None:
    user = User(1, "0800000000", "someone", role, "active", datetime(2025, 1, 1, tzinfo=UTC))
    assert access.may_act(user) == (role == "operator") == (role in access.OPERATORS)
    assert (role in access.WATCHERS) == (role in ("operator", "auditor"))
    assert (role in access.SHOP_OWNERS) == (role == "merchant")


def test_a_shop_owner_acts_on_their_own_shop_only(world: World) -> None:
    other_shop = add_shop(world, "0861112225", "standard")
    with read_transaction(world.engine) as connection:
        owner = get_user(connection, world.shop_owner_id)
        access.require_own_shop(connection, owner, world.shop_id)
        for shop in (other_shop, 999_999):  # another's shop, and one that does not exist
            with pytest.raises(Forbidden, match="not your shop"):
                access.require_own_shop(connection, owner, shop)


def test_the_tiers_are_the_built_in_ones_and_the_operators(world: World) -> None:
    with read_transaction(world.engine) as connection:
        assert list_tier_rules(connection) == sorted(
            DEFAULT_TIER_RULES.values(), key=lambda rule: rule.tier
        )
    market = TierRule("market", True, 2_000, 300)
    large = TierRule("large", True, 0, 400)
    write(world, lambda c: set_tier_rule(c, market, "operator:1", NOW))
    write(world, lambda c: set_tier_rule(c, large, "operator:1", NOW))
    with read_transaction(world.engine) as connection:
        tiers = {rule.tier: rule for rule in list_tier_rules(connection)}
    assert sorted(tiers) == ["circulate_only", "large", "market", "small", "standard"]
    assert (tiers["market"], tiers["large"]) == (market, large)
