"""``notify_once_many``: many keyed notifications in two statements, each key told once —
also beside ``notify_once`` — and nothing stored when one of them is malformed."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, func, select

from thungngoen import notify
from thungngoen.auth.notifications import PIN_LOCKED
from thungngoen.auth.users import create_user
from thungngoen.notify.errors import NotifyError, UnknownTemplateValue
from thungngoen.notify.tables import notifications

NOW = datetime(2026, 12, 5, 3, 0, tzinfo=UTC)


def _people(engine: Engine, count: int) -> list[int]:
    with engine.begin() as connection:
        return [
            create_user(
                connection,
                phone=f"081111{n:04d}",
                name="ค",
                role="member",
                password=None,
                actor="t",
            ).id
            for n in range(count)
        ]


def _count(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(notifications)) or 0)


def test_each_key_is_told_once(engine: Engine) -> None:
    first, second, third = _people(engine, 3)
    with engine.begin() as connection:
        assert notify.notify_once(connection, "k:1", PIN_LOCKED, first, NOW, {})
    told: list[tuple[str, int, dict[str, object]]] = [
        ("k:1", first, {}),
        ("k:2", second, {}),
        ("k:3", third, {}),
    ]
    with engine.begin() as connection:
        assert notify.notify_once_many(connection, PIN_LOCKED, told, NOW) == {"k:2", "k:3"}
    with engine.begin() as connection:
        assert notify.notify_once_many(connection, PIN_LOCKED, told, NOW) == set()
        assert notify.notify_once_many(connection, PIN_LOCKED, [], NOW) == set()
    assert _count(engine) == 3
    with engine.connect() as connection:
        users = connection.execute(select(notifications.c.user_id).order_by("id")).scalars()
        assert list(users) == [first, second, third]


@pytest.mark.parametrize(
    ("key", "values", "error"),
    [("", {}, NotifyError), ("x" * 201, {}, NotifyError), ("k", {"x": 1}, UnknownTemplateValue)],
)
def test_a_malformed_one_stores_nothing(
    engine: Engine, key: str, values: dict[str, object], error: type[Exception]
) -> None:
    [user] = _people(engine, 1)
    with pytest.raises(error), engine.begin() as connection:
        notify.notify_once_many(
            connection, PIN_LOCKED, [("ok", user, {}), (key, user, values)], NOW
        )
    assert _count(engine) == 0
