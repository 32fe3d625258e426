"""The communication tests' fixtures: the small site of the pages tests, and the small
wallet world whose operations raise notifications."""

from tests.wallet.conftest import funded, world
from tests.web.conftest import log_in, site

__all__ = ["funded", "log_in", "site", "world"]
