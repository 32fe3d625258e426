"""The API client of ``tests.community.test_api`` for the field tests."""

import pytest

from tests.community.helpers import World
from tests.community.test_api import Api


@pytest.fixture
def api(world: World) -> Api:
    return Api(world)
