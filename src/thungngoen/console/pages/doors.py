"""``console.access`` as page dependencies (``page_role``: a visitor is sent to log in, any
other role gets the 403 page). Declared before a form, so that a refused user's form is
not even read."""

from typing import Annotated

from fastapi import Depends

from thungngoen.auth.users import User
from thungngoen.console import access
from thungngoen.web.sessions import page_role

ConsolePage = Annotated[User, Depends(page_role(*access.STAFF))]
"""Every console page: operators and auditors."""
ConsoleAction = Annotated[User, Depends(page_role(*access.OPERATORS))]
"""The operator's actions on shops and people."""
