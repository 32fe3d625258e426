"""The savings groups' pages: a member's savings and passbook, the treasurer's meeting
sheet, loans, reports and the share-out, the group's setup, the network's federation
view, and the documents (passbook, monthly report, receipts) as pages and as PDFs."""

from fastapi import APIRouter

# The router exists before the sections load: they import ``thungngoen.web.pages``
# helpers, whose package lists this router, so importing this package first still works.
router = APIRouter(include_in_schema=False)

from thungngoen.savings.pages import (  # noqa: E402
    federation,
    group,
    home,
    loan,
    loans,
    meeting_report,
    meetings_ahead,
    passbook,
    receipts,
    setup,
    shareout,
    sheet,
)

for section in (
    home,
    federation,
    group,
    sheet,
    meeting_report,
    meetings_ahead,
    receipts,
    passbook,
    loans,
    loan,
    shareout,
    setup,
):
    router.include_router(section.router)
