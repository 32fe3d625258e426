"""Every notification kind, gathered from the core and the areas that declare them
(``Area.notifications`` in ``thungngoen.areas``), loaded once when first asked."""

from functools import cache

from thungngoen import areas
from thungngoen.notify import errors
from thungngoen.notify.kinds import NotificationKind

CORE_KINDS = ("thungngoen.auth.notifications:KINDS",)


@cache
def all_kinds() -> dict[str, NotificationKind]:
    parts = CORE_KINDS + tuple(area.notifications for area in areas.AREAS if area.notifications)
    found: dict[str, NotificationKind] = {}
    for part in parts:
        for kind in areas.load(part):
            if kind.code in found:
                raise errors.UnknownKind(f"two notification kinds are called {kind.code}")
            found[kind.code] = kind
    return found


def kind_named(code: str) -> NotificationKind:
    kind = all_kinds().get(code)
    if kind is None:
        raise errors.UnknownKind(f"no notification kind is called {code}")
    return kind
