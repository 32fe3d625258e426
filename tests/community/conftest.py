"""The small network of ``helpers.build_world`` on each backend."""

import pytest
from sqlalchemy import Engine

from tests.community.helpers import World, build_world


@pytest.fixture
def world(engine: Engine) -> World:
    return build_world(engine)
