"""The server's app is frozen out of the garbage collector (decision 0014)."""

import gc

from sqlalchemy import Engine

from thungngoen.db.writer import detach_writer
from thungngoen.web.app import create_app, for_serving


def test_the_served_app_is_frozen_out_of_the_collector(engine: Engine) -> None:
    app = create_app(engine)
    try:
        assert gc.get_freeze_count() == 0
        assert for_serving(app) is app
        assert gc.get_freeze_count() > 0
        assert not any(obj is app for obj in gc.get_objects())  # frozen: no longer tracked
    finally:
        gc.unfreeze()
        detach_writer(engine)
    assert any(obj is app for obj in gc.get_objects())
