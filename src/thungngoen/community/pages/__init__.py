"""The community-data pages (``/data/…``): communities under any place with their
counts and profiles, organisations (open to everyone); households, persons (a logged
read) and search for those with a duty in the community."""

from fastapi import APIRouter

router = APIRouter(include_in_schema=False)

from thungngoen.community.pages import communities, imports, organisations, people  # noqa: E402

for section in (communities, organisations, people, imports):
    router.include_router(section.router)
