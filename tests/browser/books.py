"""The figures the journey checks after every step, each read off the page of the person
who sees it: the member's balance, the shop's coin, the agent's cash float (on the
agent's page and the operator's dashboard), and the operator's proof of reserve (coin
outstanding, baht backing, balanced; on the dashboard and in the reserve API)."""

from dataclasses import dataclass, replace

from playwright.sync_api import Page, expect

from tests.browser.pages import amount_shown, coin, satang_of
from thungngoen.wallet.demo import AGENT


@dataclass(frozen=True)
class Books:
    shop_coin: int
    agent_float: int
    coin_outstanding: int
    member_balance: int | None = None
    """``None`` until the member has signed up."""

    def moved(self, **changes: int) -> "Books":
        """These books after a step: each figure named changes by the amount given."""
        return replace(self, **{name: getattr(self, name) + by for name, by in changes.items()})


@dataclass(frozen=True)
class Desks:
    """One page per person, each in its own browser context."""

    member: Page
    agent: Page
    merchant: Page
    operator: Page

    def read_books(self) -> Books:
        """The figures as they stand before the journey (other tests may have moved them)."""
        self.merchant.goto("/shop/redeem", wait_until="commit")
        self.agent.goto("/agent/float", wait_until="commit")
        self.operator.goto("/console", wait_until="commit")
        return Books(
            shop_coin=amount_shown(self.merchant.locator("#coin-balance")),
            agent_float=satang_of(self.agent.locator("#float-balance")),
            coin_outstanding=satang_of(self.operator.locator("#coin-outstanding")),
        )

    def check(self, books: Books) -> None:
        # The four pages load at once ("commit": the new page has started); each
        # expectation then waits for its own page.
        self.merchant.goto("/shop/redeem", wait_until="commit")
        self.agent.goto("/agent/float", wait_until="commit")
        self.operator.goto("/console", wait_until="commit")
        if books.member_balance is not None:
            self.member.goto("/wallet", wait_until="commit")
            expect(self.member.locator("#balance")).to_have_text(coin(books.member_balance))
        expect(self.merchant.locator("#coin-balance")).to_have_text(coin(books.shop_coin))
        expect(self.agent.locator("#float-balance")).to_have_attribute(
            "data-satang", str(books.agent_float)
        )
        outstanding = str(books.coin_outstanding)
        expect(self.operator.locator("#reserve")).to_have_attribute("data-balanced", "true")
        expect(self.operator.locator("#coin-outstanding")).to_have_attribute(
            "data-satang", outstanding
        )
        expect(self.operator.locator("#baht-backing")).to_have_attribute("data-satang", outstanding)
        agent_row = self.operator.locator("#agent-floats tr", has_text=AGENT.name)
        expect(agent_row.locator("[data-satang]")).to_have_attribute(
            "data-satang", str(books.agent_float)
        )
        reserve = self.operator.request.get("/api/v1/reserve").json()
        # Other tests on this server may have agents of their own: their cash counts too.
        at_agents = reserve["cash_at_agents_satang"]
        assert reserve["balanced"] is True, reserve
        assert reserve["coin_outstanding_satang"] == books.coin_outstanding, reserve
        assert reserve["baht_backing_satang"] == books.coin_outstanding, reserve
        assert reserve["baht_in_bank_satang"] + at_agents == books.coin_outstanding, reserve
        assert at_agents >= books.agent_float, reserve
