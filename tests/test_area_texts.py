"""Every area owns its rejection texts: the Thai of a code an area raises is in that area's
own ``texts.THAI_BY_CODE``, the Thai of a code the core raises (ledger, auth, registry,
web) is in ``web.error_messages.SHARED_BY_CODE``, and no catalogue keeps a code nobody
raises any more."""

import importlib
import pkgutil

import thungngoen
from thungngoen import areas
from thungngoen.errors import DomainError
from thungngoen.web.error_messages import SHARED_BY_CODE

SHARED = "shared"
"""The home of the core's codes, next to the areas' names."""


def _import_everything() -> None:
    """The error classes live in ``errors`` modules and next to the code that raises them
    (``wallet.promptpay``, ``vouchers.codes``, a page module): import every module."""
    for module in pkgutil.walk_packages(thungngoen.__path__, "thungngoen."):
        if not module.name.startswith("thungngoen.migrations"):  # Alembic scripts
            importlib.import_module(module.name)


def _all_subclasses(base: type[DomainError]) -> set[type[DomainError]]:
    found = set(base.__subclasses__())
    for subclass in list(found):
        found |= _all_subclasses(subclass)
    return found


def _home_of(module: str) -> str:
    """The area whose package holds ``module``, or ``SHARED`` for the core."""
    for area in areas.AREAS:
        if module == area.package or module.startswith(f"{area.package}."):
            return area.name
    return SHARED


def _raised_by() -> dict[str, set[str]]:
    """Each code → the homes of the classes that declare it; a code the core declares
    belongs to the core even when an area declares it too (``invalid_amount``)."""
    _import_everything()
    homes: dict[str, set[str]] = {}
    for error in _all_subclasses(DomainError):
        if "code" in vars(error):  # an inherited code is raised as its parent's
            homes.setdefault(error.code, set()).add(_home_of(error.__module__))
    return {code: {SHARED} if SHARED in found else found for code, found in homes.items()}


def _catalogues() -> dict[str, dict[str, str]]:
    texts = {area.name: areas.load(area.texts).THAI_BY_CODE for area in areas.AREAS}
    return {SHARED: SHARED_BY_CODE} | texts


def test_each_rejection_text_is_in_the_catalogue_of_who_raises_it() -> None:
    raised_by = _raised_by()
    catalogues = _catalogues()
    misplaced = []
    for code, homes in sorted(raised_by.items()):
        kept_in = {name for name, catalogue in catalogues.items() if code in catalogue}
        if not kept_in or not kept_in <= homes:
            misplaced.append(f"{code}: raised in {sorted(homes)}, its Thai in {sorted(kept_in)}")
    assert misplaced == []


def test_no_catalogue_keeps_a_code_nobody_raises() -> None:
    raised = _raised_by().keys()
    stale = sorted(
        f"{name}: {code}"
        for name, catalogue in _catalogues().items()
        for code in catalogue
        if code not in raised
    )
    assert stale == []
