"""The redemption pages are tested on the demo pilot behind the app (the pages tests'
fixture, shared from ``tests/web``)."""

from tests.web.conftest import demo_site as demo_site
