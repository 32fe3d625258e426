"""A profile at a province's size lists its households a page at a time (decision 0050)."""

from collections.abc import Iterator

import pytest
from sqlalchemy import Connection

from tests.community.helpers import ACTOR, AT, World
from tests.community.pages.test_pages import Browser
from thungngoen import community
from thungngoen.community.paging import PAGE
from thungngoen.db.writer import detach_writer


@pytest.fixture
def pages(world: World) -> Iterator[Browser]:
    yield Browser(world)
    detach_writer(world.engine)


def test_a_big_community_s_households_come_a_page_at_a_time(world: World, pages: Browser) -> None:
    def many(connection: Connection) -> None:
        for number in range(PAGE + 5):
            community.create_household(
                connection,
                community_id=world.bo_yang.id,
                house_number=f"{number:03d}",
                tenure="own",
                actor=ACTOR,
                at=AT,
            )

    world.write(many)
    coordinator = pages.as_("coordinator")
    path = f"/data/communities/{world.bo_yang.id}"
    first = coordinator.get(path).text
    assert first.count('href="/data/households/') == PAGE
    assert f"1–{PAGE} / {PAGE + 5}" in first
    assert f'href="?start={PAGE}"' in first
    assert 'id="households-previous"' not in first
    last = coordinator.get(f"{path}?start={PAGE}").text
    assert last.count('href="/data/households/') == 5
    assert ">104</a>" in last
    assert 'id="households-next"' not in last
    assert 'href="?start=0"' in last
    assert coordinator.get(f"{path}?start=-5").text.count('href="/data/households/') == PAGE
    public = pages.as_(None).get(path).text
    assert 'href="/data/households/' not in public, "the public sees figures only"
