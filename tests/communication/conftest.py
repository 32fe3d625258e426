"""The communication tests' fixtures: the small site of the pages tests."""

from tests.web.conftest import log_in, site

__all__ = ["log_in", "site"]
