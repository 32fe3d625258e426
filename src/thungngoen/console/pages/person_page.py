"""Loading and rendering one person's console page (shared by the page and its actions)."""

from fastapi import HTTPException, Request
from fastapi.responses import Response

from thungngoen.auth.users import User
from thungngoen.console import access
from thungngoen.console.pages.display import CATEGORY_LABELS, PURPOSE_LABELS, TIER_LABELS
from thungngoen.console.pages.person import Person, find_person
from thungngoen.web.page_ops import read
from thungngoen.web.templating import render

MAX_REASON = 200


def person_path(kind: str, person_id: int) -> str:
    return f"/console/people/{kind}/{person_id}"


async def load_person(request: Request, kind: str, person_id: int) -> Person:
    person = await read(request, lambda c: find_person(c, kind, person_id))
    if person is None:
        raise HTTPException(status_code=404)
    return person


def render_person(
    request: Request,
    user: User,
    person: Person,
    field_errors: dict[str, str] | None = None,
    reason: str = "",
) -> Response:
    context = {
        "person": person,
        "path": person_path(person.kind, person.id),
        "can_act": access.may_act(user),
        "field_errors": field_errors or {},
        "reason": reason,
        "max_reason": MAX_REASON,
        "categories": CATEGORY_LABELS,
        "tier_labels": TIER_LABELS,
        "purposes": PURPOSE_LABELS,
    }
    status = 422 if field_errors else 200
    return render(request, "console/person.html", context, status_code=status)
