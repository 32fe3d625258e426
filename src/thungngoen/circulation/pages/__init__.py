"""Circulation pages: the public dashboard (``/circulation``) and the staff's full report
with filters, drill-down and CSV (``/console/circulation``), and one shop's figures
(``/console/circulation/merchant/{id}``)."""

from fastapi import APIRouter

# The router exists before the sections load: they import ``thungngoen.web.pages``
# helpers, whose package lists this router, so importing this package first still works.
router = APIRouter(include_in_schema=False)

from thungngoen.circulation.pages import console, dashboard, merchant, refresh  # noqa: E402

for section in (dashboard, console, merchant, refresh):
    router.include_router(section.router)
