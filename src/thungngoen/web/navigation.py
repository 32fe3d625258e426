"""The menu each role sees at the top of its pages (path, English label), gathered from
the areas' menu entries (``thungngoen.areas``) in the order of their positions."""

from thungngoen import areas

ROLES_SHARING_A_MENU = {"auditor": "operator"}


def _menus() -> dict[str, tuple[tuple[str, str], ...]]:
    links = sorted(
        (link for area in areas.AREAS for link in area.navigation), key=lambda x: x.position
    )
    roles = {link.role for link in links}
    return {
        role: tuple((link.path, link.label) for link in links if link.role == role)
        for role in roles
    }


NAV_BY_ROLE = _menus()
for _role, _shared in ROLES_SHARING_A_MENU.items():
    NAV_BY_ROLE[_role] = NAV_BY_ROLE[_shared]


def nav_for(role: str | None, here: str) -> list[tuple[str, str, bool]]:
    """The role's menu with the current section marked (the longest matching path)."""
    links = NAV_BY_ROLE.get(role or "", ())
    current = max(
        (path for path, _ in links if here == path or here.startswith(path + "/")),
        key=len,
        default=None,
    )
    return [(path, label, path == current) for path, label in links]
