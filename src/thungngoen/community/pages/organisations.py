"""``/data/organisations``: the network's organisations by sector, with the dimensions
they work on and the places they cover; each one's page. Open to everyone."""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen import community
from thungngoen.community.pages.common import LABELS, Visitor, checked_read
from thungngoen.community.tables import SECTORS
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)


def _places(connection: Connection, organisation: community.Organisation) -> list[str]:
    return [
        community.node_path(connection, community.parse_node(node))[-1].name
        for node in organisation.places
    ]


@router.get("/data/organisations")
async def organisations_page(request: Request, user: Visitor, sector: str = "") -> Response:
    chosen = sector if sector in SECTORS else None
    found = await checked_read(request, lambda c: community.list_organisations(c, sector=chosen))
    context = {"organisations": found, "sector": chosen, "sectors": SECTORS, **LABELS}
    return render(request, "community/organisations.html", context)


def _organisation(connection: Connection, organisation_id: int) -> dict[str, Any]:
    organisation = community.get_organisation(connection, organisation_id)
    return {"organisation": organisation, "places": _places(connection, organisation)}


@router.get("/data/organisations/{organisation_id:id}")
async def organisation_page(request: Request, organisation_id: int, user: Visitor) -> Response:
    found = await checked_read(request, lambda c: _organisation(c, organisation_id))
    return render(request, "community/organisation.html", {**found, **LABELS})
