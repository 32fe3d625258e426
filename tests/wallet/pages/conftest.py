"""The pages tests' fixtures, shared with every area's pages: ``site`` and ``log_in`` (a
small site behind the app), ``demo_site`` (the demo pilot behind the app)."""

from tests.web.conftest import demo_site, log_in, site

__all__ = ["demo_site", "log_in", "site"]
