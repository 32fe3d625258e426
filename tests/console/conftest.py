"""The fixtures the console tests share with the other areas' tests: ``world`` (a small
wallet world, for the operations and the API) and ``demo_site`` (the demo pilot behind the
app, for the pages)."""

from tests.wallet.conftest import world
from tests.web.conftest import demo_site

__all__ = ["demo_site", "world"]
