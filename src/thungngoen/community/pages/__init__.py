"""The community-data pages (``/data/…``): communities under any place with their
counts and profiles, organisations (open to everyone); households, persons (a logged
read) and search for those with a duty in the community; the collectors' phone page
(``field``)."""

from fastapi import APIRouter

router = APIRouter(include_in_schema=False)

from thungngoen.community.pages import (  # noqa: E402
    communities,
    field,
    imports,
    organisations,
    pdpa_person,
    pdpa_reads,
    pdpa_registers,
    people,
    relocation,
    relocation_proposals,
    round_entry,
    rounds,
)

for section in (
    communities,
    organisations,
    people,
    relocation,
    relocation_proposals,
    rounds,
    round_entry,
    field,
    imports,
    pdpa_person,
    pdpa_registers,
    pdpa_reads,
):
    router.include_router(section.router)
