"""What the community-data pages share: the visitor (a login or nobody), reads and writes
whose refusal is the 403 page and whose unknown record is the 404 page, and the labels of
the area's lists."""

from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from fastapi import Depends, HTTPException, Request
from sqlalchemy import Connection

from thungngoen.auth.errors import Forbidden
from thungngoen.auth.users import User
from thungngoen.community.errors import (
    UnknownCommunity,
    UnknownHousehold,
    UnknownNode,
    UnknownOrganisation,
    UnknownPerson,
)
from thungngoen.community.texts import labels
from thungngoen.web.page_ops import read, write
from thungngoen.web.sessions import session_user

T = TypeVar("T")
Visitor = Annotated[User | None, Depends(session_user)]
NOT_FOUND = (UnknownNode, UnknownCommunity, UnknownHousehold, UnknownPerson, UnknownOrganisation)
LABELS: dict[str, Any] = {
    "community_labels": labels.COMMUNITY_LABELS,
    "municipality_labels": labels.MUNICIPALITY_LABELS,
    "sector_labels": labels.SECTOR_LABELS,
    "dimension_labels": labels.DIMENSION_LABELS,
    "tenure_labels": labels.TENURE_LABELS,
    "vulnerable_labels": labels.VULNERABLE_LABELS,
    "basis_labels": labels.BASIS_LABELS,
    "sex_labels": labels.SEX_LABELS,
    "relation_labels": labels.RELATION_LABELS,
    "education_labels": labels.EDUCATION_LABELS,
    "purpose_labels": labels.PURPOSE_LABELS,
    "duty_labels": labels.DUTY_LABELS,
}


async def checked_read(request: Request, work: Callable[[Connection], T]) -> T:
    try:
        return await read(request, work)
    except Forbidden:
        raise HTTPException(status_code=403) from None
    except NOT_FOUND:
        raise HTTPException(status_code=404) from None


async def checked_write(request: Request, work: Callable[[Connection], T]) -> T:
    try:
        return await write(request, work)
    except Forbidden:
        raise HTTPException(status_code=403) from None
    except NOT_FOUND:
        raise HTTPException(status_code=404) from None
