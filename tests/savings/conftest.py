"""The API site fixture (``test_api.site``) for the other API tests of the area."""

from tests.savings.test_api import site  # noqa: F401  (the fixture)
