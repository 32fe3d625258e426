"""Relocation requests to CODI under Baan Mankong (seed 002, decision 0048): the register
(``register``), each request's steps and history (``steps``), the rules (``rules``),
proposals with their summary by community (``proposals``) and the proposal document as a
Thai PDF (``document``)."""

from thungngoen.community.relocation.document import (
    ProposalDocument,
    proposal_document,
    render_pdf,
)
from thungngoen.community.relocation.proposals import (
    CommunityTotals,
    Proposal,
    create_proposal,
    get_proposal,
    list_proposals,
    proposal_views,
    totals_by_community,
)
from thungngoen.community.relocation.register import (
    RelocationRequest,
    RequestView,
    get_request,
    household_savings,
    list_requests,
    register_request,
    request_of_household,
    view_of,
)
from thungngoen.community.relocation.rules import (
    COORDINATOR_STEPS,
    DEFAULT_LOAN,
    NEXT,
    REASONS,
    STATUSES,
    down_payment,
    meets_down_payment,
)
from thungngoen.community.relocation.steps import Step, steps_of, take_step

__all__ = [
    "COORDINATOR_STEPS",
    "DEFAULT_LOAN",
    "NEXT",
    "REASONS",
    "STATUSES",
    "CommunityTotals",
    "Proposal",
    "ProposalDocument",
    "RelocationRequest",
    "RequestView",
    "Step",
    "create_proposal",
    "down_payment",
    "get_proposal",
    "get_request",
    "household_savings",
    "list_proposals",
    "list_requests",
    "meets_down_payment",
    "proposal_document",
    "proposal_views",
    "register_request",
    "render_pdf",
    "request_of_household",
    "steps_of",
    "take_step",
    "totals_by_community",
    "view_of",
]
