"""``/data/rounds`` and ``/data/thresholds``, for a network coordinator: the rounds (plan
one, open, close), a round's communities, collectors and added questions (the
questionnaire editor), its deprivation counts, and the thresholds with their versions."""

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from thungngoen.auth.users import User
from thungngoen.clock import utc_now
from thungngoen.community import access
from thungngoen.community.duties import list_duties
from thungngoen.community.nodes import ROOT
from thungngoen.community.pages.common import LABELS, checked_write
from thungngoen.community.pages.common import checked_read as _checked_read
from thungngoen.community.places import list_communities
from thungngoen.community.round_tables import DIMENSIONS, QUESTION_KINDS
from thungngoen.community.rounds import deprivation as dep
from thungngoen.community.rounds import rounds as r
from thungngoen.community.rounds.questions import add_question, added_questions
from thungngoen.community.rounds.rounds import UnknownRound
from thungngoen.community.texts import rounds as words
from thungngoen.errors import DomainError
from thungngoen.web.csrf import CheckedForm
from thungngoen.web.form_errors import FieldErrors, refusal
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


WORDS = {"status_labels": words.STATUS_LABELS, "kind_labels": words.KIND_LABELS,
         "deprived_labels": words.DEPRIVED_LABELS, "dimensions": DIMENSIONS,
         "question_kinds": QUESTION_KINDS}  # fmt: skip


def _manager(c: Connection, user: User) -> str:
    return f"user:{access.require_round_manager(c, user).id}"


def _rounds(c: Connection, user: User) -> dict[str, Any]:
    _manager(c, user)
    return {"rounds": r.list_rounds(c), "communities": list_communities(c, ROOT)}


async def _list(
    request: Request, user: User, values: dict[str, str], errors: FieldErrors
) -> Response:
    found = await checked_read(request, lambda c: _rounds(c, user))
    context = {**found, **WORDS, "values": values, "errors": errors}
    return render(request, "community/rounds/rounds.html", context, 422 if errors else 200)


@router.get("/data/rounds")
async def rounds_page(request: Request, user: PageUser) -> Response:
    return await _list(request, user, {}, {})


@router.post("/data/rounds")
async def round_create(request: Request, user: PageUser, form: CheckedForm) -> Response:
    chosen = [int(key[2:]) for key in form if key.startswith("c_") and key[2:].isdigit()]

    def work(c: Connection) -> int:
        actor = _manager(c, user)
        try:
            starts, ends = (
                date.fromisoformat(form.get("starts_on", "")),
                date.fromisoformat(form.get("ends_on", "")),
            )
        except ValueError:
            raise r.InvalidRound("a round's days are written YYYY-MM-DD", "ends_on") from None
        found = r.create_round(
            c, name=form.get("name", ""), starts_on=starts, ends_on=ends, actor=actor, at=at
        )
        for community_id in chosen:
            r.add_round_community(c, found.id, community_id, actor=actor, at=at)
        return found.id

    at = utc_now()
    try:
        round_id = await checked_write(request, work)
    except DomainError as error:
        return await _list(request, user, dict(form), refusal(request, error, {}))
    return see_other(request, f"/data/rounds/{round_id}", flash="Survey round planned.")


def _round(c: Connection, user: User, round_id: int) -> dict[str, Any]:
    _manager(c, user)
    found = r.get_round(c, round_id)
    covered = r.communities_of(c, round_id)
    names = {place.id: place.name for place in list_communities(c, ROOT)}
    free = [
        (d.user_id, d.community_id)
        for d in list_duties(c)
        if d.duty == "collector" and d.community_id in covered
    ]
    return {
        "round": found, "covered": [(i, names[i]) for i in covered], "names": names,
        "collectors": r.collectors_of(c, round_id), "free": free,
        "questions": added_questions(c, round_id),
        "counts": dep.deprived_households(c, ROOT, round_id),
    }  # fmt: skip


async def _detail(request: Request, user: User, round_id: int, errors: FieldErrors) -> Response:
    found = await checked_read(request, lambda c: _round(c, user, round_id))
    context = {**found, **WORDS, **LABELS, "errors": errors}
    return render(request, "community/rounds/round.html", context, 422 if errors else 200)


@router.get("/data/rounds/{round_id:id}")
async def round_page(request: Request, round_id: int, user: PageUser) -> Response:
    return await _detail(request, user, round_id, {})


def _choices(text: str) -> list[list[str]] | None:
    lines = [line.split("|") for line in text.splitlines() if line.strip()]
    return [[part.strip() for part in line] for line in lines] or None


@router.post("/data/rounds/{round_id:id}/{step}")
async def round_step(
    request: Request, round_id: int, step: str, user: PageUser, form: CheckedForm
) -> Response:
    """``open``, ``close``, ``collectors`` (``pair`` = login:community) or ``questions``."""
    at = utc_now()

    def work(c: Connection) -> None:
        actor = _manager(c, user)
        if step in ("open", "close"):
            r.move_round(c, round_id, {"open": "open", "close": "closed"}[step], actor=actor, at=at)
        elif step == "collectors":
            login, _, place = form.get("pair", "").partition(":")
            if not (login.isdigit() and place.isdigit()):
                raise r.InvalidRound("choose a collector", "pair")
            r.assign_collector(c, round_id, int(place), int(login), actor=actor, at=at)
        elif step == "questions":
            bounds = {
                k: int(form[k]) if form.get(k, "").lstrip("-").isdigit() else None
                for k in ("min_value", "max_value")
            }
            add_question(
                c, round_id, key=form.get("key", ""), kind=form.get("kind", ""),
                label_th=form.get("label_th", ""), label_en=form.get("label_en", ""),
                required=form.get("required") == "yes", choices=_choices(form.get("choices", "")),
                actor=actor, at=at, **bounds,
            )  # fmt: skip
        else:
            raise r.UnknownRound(f"no step {step!r}")

    try:
        await checked_write(request, work)
    except DomainError as error:
        return await _detail(request, user, round_id, refusal(request, error, {}, step))
    return see_other(request, f"/data/rounds/{round_id}", flash="Survey round changed.")


def _limits(c: Connection, user: User) -> dict[str, Any]:
    _manager(c, user)
    return {"now": dep.current_thresholds(c), "history": dep.threshold_history(c)}


async def _thresholds(request: Request, user: User, errors: FieldErrors) -> Response:
    found = await checked_read(request, lambda c: _limits(c, user))
    context = {**found, **WORDS, "errors": errors, "indicators": dep.INDICATORS}
    return render(request, "community/rounds/thresholds.html", context, 422 if errors else 200)


@router.get("/data/thresholds")
async def thresholds_page(request: Request, user: PageUser) -> Response:
    return await _thresholds(request, user, {})


@router.post("/data/thresholds")
async def thresholds_set(request: Request, user: PageUser, form: CheckedForm) -> Response:
    at = utc_now()

    def number(key: str) -> int:
        text = form.get(key, "").replace(",", "").strip()
        return int(text) if text.isdigit() else -1

    def work(c: Connection) -> None:
        failed = {d: number(f"{d}_failed") for d in DIMENSIONS}
        line = number("income_line_baht")
        reason, actor = form.get("reason", ""), _manager(c, user)
        dep.set_thresholds(c, income_line=line * 100 if line >= 0 else -1, failed=failed,
                           reason=reason, actor=actor, at=at)  # fmt: skip

    try:
        await checked_write(request, work)
    except DomainError as error:
        return await _thresholds(request, user, refusal(request, error, {}))
    return see_other(request, "/data/thresholds", flash="Deprivation thresholds saved.")
