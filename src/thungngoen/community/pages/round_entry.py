"""``/data/my-round`` and the entry form ``/data/rounds/{id}/households/{id}``: a collector's
open rounds with the households of their communities, each marked recorded or not, and a
plain server form that calls ``submit_round_record`` (the offline phone calls the same).
A bad answer comes back next to its question; a record changed meanwhile is shown, not
overwritten."""

import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.community import access
from thungngoen.community.errors import VersionConflict
from thungngoen.community.households import get_household, list_households
from thungngoen.community.pages.common import checked_read as _checked_read
from thungngoen.community.pages.common import checked_write
from thungngoen.community.places import get_community
from thungngoen.community.rounds.answers import InvalidAnswers
from thungngoen.community.rounds.deprivation import current_thresholds, deprived_in
from thungngoen.community.rounds.questions import questions_of
from thungngoen.community.rounds.records import (
    find_record,
    household_history,
    round_records_of,
    submit_round_record,
)
from thungngoen.community.rounds.rounds import UnknownRound, get_round, rounds_of_collector
from thungngoen.community.rounds.standard import Question
from thungngoen.errors import DomainError
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import FieldErrors, rejection
from thungngoen.web.i18n import language_of
from thungngoen.web.pages.redirects import see_other
from thungngoen.web.sessions import PageUser
from thungngoen.web.templating import render

router = APIRouter(include_in_schema=False)
T = TypeVar("T")


async def checked_read(request: Request, work: Callable[[Connection], T]) -> T:
    """The area's read, with an unknown round as the 404 page."""
    try:
        return await _checked_read(request, work)
    except UnknownRound:
        raise HTTPException(status_code=404) from None


def household_rounds(c: Connection, household_id: int) -> list[dict[str, Any]]:
    """The household page's history: each round's main figures and the dimensions the
    household is deprived in, under the current thresholds (the caller checked access)."""
    limits = current_thresholds(c)
    return [
        {"round": found, "record": record, "deprived": deprived_in(record.figures(), limits)}
        for found, record in household_history(c, household_id)
    ]


def _mine(c: Connection, user: User) -> list[dict[str, Any]]:
    shown = []
    for found, places in rounds_of_collector(c, user.id):
        for place in places:
            done = round_records_of(c, found.id, place)
            homes = list_households(c, place)
            left = sum(1 for h in homes if h.id not in done)
            place_of = get_community(c, place)
            shown.append(
                {"round": found, "community": place_of, "homes": homes, "done": done, "left": left}
            )
    return shown


@router.get("/data/my-round")
async def my_round(request: Request, user: PageUser) -> Response:
    found = await checked_read(request, lambda c: _mine(c, user))
    return render(request, "community/rounds/mine.html", {"assigned": found})


def _form(c: Connection, user: User, round_id: int, household_id: int) -> dict[str, Any]:
    household = access.require_household_reader(c, user, household_id)
    return {
        "round": get_round(c, round_id), "household": household,
        "community": get_community(c, household.community_id),
        "questions": questions_of(c, round_id), "record": find_record(c, round_id, household_id),
    }  # fmt: skip


async def _page(request: Request, user: User, round_id: int, household_id: int,
                values: dict[str, Any] | None, errors: FieldErrors) -> Response:  # fmt: skip
    found = await checked_read(request, lambda c: _form(c, user, round_id, household_id))
    record = found["record"]
    shown = values if values is not None else (record.answers if record else {})
    context = {**found, "values": shown, "errors": errors, "entry_key": uuid.uuid4().hex,
               "thai": language_of(request) == "th",
               "base_version": record.version if record and values is None else ""}  # fmt: skip
    if values is not None:
        context["base_version"] = values.get("_base", "")
    return render(request, "community/rounds/entry.html", context, 422 if errors else 200)


@router.get("/data/rounds/{round_id:id}/households/{household_id:id}")
async def entry_page(
    request: Request, round_id: int, household_id: int, user: PageUser
) -> Response:
    return await _page(request, user, round_id, household_id, None, {})


def answers_of(questions: list[Question], form: dict[str, str]) -> dict[str, Any]:
    """A form's fields as answers: ``q_<key>``; several choices as ``q_<key>__<choice>``."""
    answers: dict[str, Any] = {}
    for question in questions:
        if question.kind == "choices":
            answers[question.key] = [
                k for k, _, _ in question.choices if form.get(f"q_{question.key}__{k}")
            ]
        else:
            answers[question.key] = form.get(f"q_{question.key}", "").strip()
    return answers


@router.post("/data/rounds/{round_id:id}/households/{household_id:id}")
async def entry_submit(request: Request, round_id: int, household_id: int, user: PageUser,
                       form: CheckedForm) -> Response:  # fmt: skip
    at = utc_now()
    base = form.get("base_version", "")
    values: dict[str, Any] = {}

    def work(c: Connection) -> None:
        get_household(c, household_id)
        answers = answers_of(questions_of(c, round_id), form)
        values.update(answers)
        submit_round_record(c, round_id, household_id, answers, collector=user,
                            idempotency_key=form.get("entry_key", ""),
                            base_version=int(base) if base.isdigit() else None, at=at)  # fmt: skip

    try:
        await checked_write(request, work)
    except InvalidAnswers as error:
        th = language_of(request) == "th"
        errors = {key: th_text if th else en for key, (th_text, en) in error.errors.items()}
        return await _page(request, user, round_id, household_id, values | {"_base": base},
                           errors | {"form": rejection(request, error)})  # fmt: skip
    except VersionConflict as error:
        return await _page(request, user, round_id, household_id, None,
                           {"form": rejection(request, error), "conflict": "yes"})  # fmt: skip
    except DomainError as error:
        return await _page(request, user, round_id, household_id, values | {"_base": base},
                           {"form": rejection(request, error)})  # fmt: skip
    return see_other(request, "/data/my-round", flash="Survey record saved.")
