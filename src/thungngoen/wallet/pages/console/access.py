"""Who may act in the console: operators act, auditors only look."""

from typing import Annotated

from fastapi import Depends

from thungngoen.auth.users import User
from thungngoen.web.sessions import page_role

OperatorPage = Annotated[User, Depends(page_role("operator"))]
"""A console action: auditors (and every other role) get the 403 page."""


def actor_of(user: User) -> str:
    """How the audit log names the operator who acted."""
    return f"user:{user.id}"
