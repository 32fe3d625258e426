"""Every read of a person's detail is logged in the read's own transaction."""

from datetime import timedelta

import pytest
from sqlalchemy import Connection

from tests.community.helpers import AT, World
from thungngoen import community
from thungngoen.community.errors import InvalidRead, UnknownPerson
from thungngoen.community.tables import personal_reads


def test_reading_a_person_logs_who_what_when_and_why(world: World) -> None:
    person = world.person(world.household().id)
    detail = world.write(
        lambda c: community.read_person(c, person.id, reader="user:7", purpose="home visit", at=AT)
    )
    assert detail.person == person
    assert [c.kind for c in detail.consents] == ["general"]
    logged = world.read(lambda c: community.reads_of(c, person.id))
    assert [(r.reader, r.what, r.purpose, r.read_at) for r in logged] == [
        ("user:7", "person_detail", "home visit", AT)
    ]


def test_a_read_that_fails_logs_nothing_and_a_log_that_fails_reads_nothing(
    world: World,
) -> None:
    person = world.person(world.household().id)
    with pytest.raises(UnknownPerson):
        world.write(lambda c: community.read_person(c, 999, reader="u", purpose="p", at=AT))
    with pytest.raises(InvalidRead):
        world.write(lambda c: community.read_person(c, person.id, reader="u", purpose=" ", at=AT))
    assert world.count(personal_reads) == 0


def test_the_log_rolls_back_with_the_read(world: World) -> None:
    person = world.person(world.household().id)

    def read_then_fail(c: Connection) -> None:
        community.read_person(c, person.id, reader="u", purpose="export", at=AT)
        raise RuntimeError("the page failed after reading")

    with pytest.raises(RuntimeError):
        world.write(read_then_fail)
    assert world.count(personal_reads) == 0


def test_an_export_logs_each_person_once(world: World) -> None:
    household = world.household()
    first = world.person(household.id)
    second = world.person(household.id, name="สมชาย ใจดี", relation="spouse")
    logged = world.write(
        lambda c: community.log_personal_reads(
            c, [first.id, second.id, first.id], reader="cli", what="export",
            purpose="relocation list for CODI", at=AT + timedelta(hours=1),
        )
    )  # fmt: skip
    assert logged == 2
    world.write(lambda c: community.read_person(c, first.id, reader="u", purpose="p", at=AT))
    newest_first = world.read(lambda c: community.reads_of(c, first.id))
    assert [r.what for r in newest_first] == ["person_detail", "export"]
