"""Operator console: finding people (by POST: a phone never goes in a URL) and one
person's page."""

from fastapi import APIRouter, Request
from fastapi.responses import Response

from thungngoen.console.pages import person_actions
from thungngoen.console.pages.display import CATEGORY_LABELS
from thungngoen.console.pages.doors import ConsolePage
from thungngoen.console.pages.person_page import load_person, render_person
from thungngoen.console.pages.search import Found, search_people
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import translated
from thungngoen.web.page_ops import read
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)
router.include_router(person_actions.router)

MIN_QUERY, MAX_QUERY = 2, 100


@router.get("/console/people")
async def search_page(request: Request, user: ConsolePage) -> Response:
    return _search_page(request, "", None)


@router.post("/console/people")
async def search_results(request: Request, user: ConsolePage, form: CheckedForm) -> Response:
    query = form.get("q", "").strip()
    problem = query_problem(query)
    if problem:
        error = {"q": translated(request, problem)}
        return _search_page(request, query, None, error)
    found = await read(request, lambda c: search_people(c, query))
    return _search_page(request, query, found)


@router.get("/console/people/{kind}/{person_id:id}")
async def person_details(
    request: Request, kind: str, person_id: int, user: ConsolePage
) -> Response:
    return render_person(request, user, await load_person(request, kind, person_id))


def query_problem(query: str) -> str | None:
    if not query:
        return "Type a name, phone number or shop name."
    if len(query) < MIN_QUERY:
        return "Type at least 2 characters."
    if len(query) > MAX_QUERY:
        return "Type at most 100 characters."
    return None


def _search_page(
    request: Request,
    query: str,
    found: list[Found] | None,
    field_errors: dict[str, str] | None = None,
) -> Response:
    context = {
        "query": query,
        "found": found,
        "field_errors": field_errors or {},
        "categories": CATEGORY_LABELS,
    }
    status = 422 if field_errors else 200
    return render(request, "console/people.html", context, status_code=status)
