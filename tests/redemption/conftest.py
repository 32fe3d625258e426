"""The redemption tests run in the wallet tests' small world (an agent, two members, a
shop): its fixture is shared from there."""

from tests.wallet.conftest import world as world
