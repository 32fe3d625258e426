"""``/data``: the communities under a place of the tree (``?node=tambon:900101``) with
their households and persons counted, and ``/data/communities/{id}``, a community's
profile: figures only, open to everyone (no person is named)."""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen import community
from thungngoen.auth.users import User
from thungngoen.community import access
from thungngoen.community.pages.common import LABELS, Visitor, checked_read
from thungngoen.community.paging import households_page
from thungngoen.community.pdpa import rights as pdpa_rights
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)


def _list(connection: Connection, node: str, user: User | None) -> dict[str, Any]:
    asked = community.parse_node(node[:40] or str(community.ROOT))
    place = access.require_node_reader(connection, user, asked)
    rows = community.community_rows(connection, place)
    places: dict[str, tuple[str, int]] = {}
    for row in rows:
        key = f"tambon:{row.community.tambon_code}"
        name, count = places.get(key, ("", 0))
        places[key] = (name, count + 1)
    steps = {
        key: community.node_path(connection, community.parse_node(key))[-1].name for key in places
    }
    scope = access.people_scope(connection, user)
    mine = [community.get_community(connection, found) for found in sorted(scope or ())]
    return {
        "mine": mine,
        "relocation_readable": user is not None and (scope is None or bool(scope)),
        "coordinator": user is not None and access.duties(connection, user).coordinator,
        "field_office": user is not None and scope is None,
        "path": community.node_path(connection, place),
        "rows": rows,
        "households": sum(row.households for row in rows),
        "persons": sum(row.persons for row in rows),
        "sub_districts": [(key, steps[key], count) for key, (_, count) in sorted(places.items())],
        "pdpa_reader": user is not None
        and (user.role == "auditor" or pdpa_rights.is_handler(connection, user)),
    }


@router.get("/data")
async def communities_page(request: Request, user: Visitor, node: str = "") -> Response:
    found = await checked_read(request, lambda c: _list(c, node, user))
    return render(request, "community/communities.html", {**found, **LABELS})


def _profile(connection: Connection, community_id: int, user: Any, start: int) -> dict[str, Any]:
    profile = community.community_profile(connection, community_id)
    scope = access.people_scope(connection, user)
    readable = scope is None or community_id in scope
    pager = households_page(connection, community_id, start, profile.households)
    households = pager.households if readable else []
    return {"profile": profile, "households": households, "pager": pager, "readable": readable}


@router.get("/data/communities/{community_id:id}")
async def community_page(
    request: Request, community_id: int, user: Visitor, start: int = 0
) -> Response:
    """The profile; for a reader of its people, ``PAGE`` households from ``start``."""
    found = await checked_read(request, lambda c: _profile(c, community_id, user, start))
    return render(request, "community/profile.html", {**found, **LABELS})
