"""The demo site fixture the role pages' tests build on."""

from tests.web.conftest import DemoSite
from thungngoen.wallet.demo import AGENT, MEMBERS, OPERATOR, SHOPS


def test_each_demo_login_lands_on_its_home(demo_site: DemoSite) -> None:
    for login, home in (
        (MEMBERS[0], "/wallet"),
        (SHOPS[0][0], "/shop"),
        (AGENT, "/agent"),
        (OPERATOR, "/console"),
    ):
        start = demo_site.client(login).get("/", follow_redirects=False)
        assert start.headers["location"] == home
