"""Who may do what: every duty's reach, and refusals that say why."""

import pytest

from tests.community.helpers import ACTOR, AT, World
from thungngoen import community
from thungngoen.auth.errors import Forbidden
from thungngoen.auth.users import User
from thungngoen.community import access
from thungngoen.community.errors import InvalidDuty, OutsideAssignment


def test_a_collector_reads_and_writes_only_the_communities_assigned(world: World) -> None:
    collector = world.users["collector"]
    mine, theirs = world.household(), world.household(world.rail.id)
    world.read(lambda c: access.require_household_writer(c, collector, mine.id))
    with pytest.raises(OutsideAssignment) as refused:
        world.read(lambda c: access.require_household_reader(c, collector, theirs.id))
    assert refused.value.code == "outside_assignment"
    with pytest.raises(OutsideAssignment):
        world.read(lambda c: access.require_household_writer(c, collector, theirs.id))
    assert world.read(lambda c: access.people_scope(c, collector)) == frozenset({world.bo_yang.id})


def test_a_leader_keeps_to_their_community(world: World) -> None:
    leader = world.users["leader"]
    world.read(lambda c: access.require_people_writer(c, leader, world.hat_yai.id))
    world.read(lambda c: access.require_community_editor(c, leader, world.hat_yai.id))
    with pytest.raises(OutsideAssignment):
        world.read(lambda c: access.require_community_editor(c, leader, world.bo_yang.id))
    with pytest.raises(OutsideAssignment):
        world.read(lambda c: access.require_people_reader(c, leader, world.bo_yang.id))


def test_the_coordinator_reads_and_writes_everything(world: World) -> None:
    coordinator = world.users["coordinator"]
    person = world.person(world.household(world.hat_yai.id).id)
    world.read(lambda c: access.require_person_writer(c, coordinator, person.id))
    world.read(lambda c: access.require_place_editor(c, coordinator))
    world.read(lambda c: access.require_read_log_reader(c, coordinator, person.id))
    assert world.read(lambda c: access.people_scope(c, coordinator)) is None


def test_the_auditor_reads_and_changes_nothing(world: World) -> None:
    auditor = world.users["auditor"]
    person = world.person(world.household().id)
    world.read(lambda c: access.require_person_reader(c, auditor, person.id))
    with pytest.raises(Forbidden):
        world.read(lambda c: access.require_person_writer(c, auditor, person.id))
    with pytest.raises(Forbidden):
        world.read(lambda c: access.require_place_editor(c, auditor))
    with pytest.raises(InvalidDuty):
        world.write(
            lambda c: community.grant_duty(
                c, user_id=auditor.id, duty="coordinator", actor=ACTOR, at=AT
            )
        )


def test_the_public_the_operator_and_strangers_never_see_a_person(world: World) -> None:
    person = world.person(world.household().id)

    def read_as(user: User | None) -> None:
        world.read(lambda c: access.require_person_reader(c, user, person.id))

    for user in (None, world.users["operator"], world.users["stranger"]):
        with pytest.raises(Forbidden) as refused:
            read_as(user)
        assert refused.value.code == "forbidden"
    assert world.read(lambda c: access.people_scope(c, None)) == frozenset()
    world.read(lambda c: access.require_place_editor(c, world.users["operator"]))


def test_an_editor_edits_their_organisation_only(world: World) -> None:
    def create(name: str) -> community.Organisation:
        return world.write(
            lambda c: community.create_organisation(
                c, name_th=name, name_en=name, sector="academia", actor=ACTOR, at=AT
            )
        )

    mine, other = create("มหาวิทยาลัยตัวอย่าง"), create("วิทยาลัยตัวอย่าง")
    editor = world.users["editor"]
    world.write(
        lambda c: community.grant_duty(
            c, user_id=editor.id, duty="editor", organisation_id=mine.id, actor=ACTOR, at=AT
        )
    )
    world.read(lambda c: access.require_organisation_editor(c, editor, mine.id))
    with pytest.raises(Forbidden):
        world.read(lambda c: access.require_organisation_editor(c, editor, other.id))
    with pytest.raises(Forbidden):
        world.read(lambda c: access.require_people_reader(c, editor, world.bo_yang.id))


def test_duties_are_granted_with_what_they_name_and_end(world: World) -> None:
    stranger = world.users["stranger"]

    def grant(**values: object) -> community.Duty:
        return world.write(
            lambda c: community.grant_duty(c, user_id=stranger.id, actor=ACTOR, at=AT, **values)  # type: ignore[arg-type]
        )

    for bad in (
        {"duty": "collector"},
        {"duty": "coordinator", "community_id": world.rail.id},
        {"duty": "editor"},
        {"duty": "king"},
    ):
        with pytest.raises(InvalidDuty):
            grant(**bad)
    duty = grant(duty="collector", community_id=world.rail.id)
    assert grant(duty="collector", community_id=world.rail.id) == duty, "granted once"
    world.read(lambda c: access.require_people_writer(c, stranger, world.rail.id))
    world.write(lambda c: community.end_duty(c, duty.id, actor=ACTOR, at=AT))
    with pytest.raises(Forbidden):
        world.read(lambda c: access.require_people_writer(c, stranger, world.rail.id))


def test_granting_is_for_the_operator_and_coordinators(world: World) -> None:
    world.read(lambda c: access.require_granter(c, world.users["operator"]))
    world.read(lambda c: access.require_granter(c, world.users["coordinator"]))

    def grant_as(name: str) -> None:
        world.read(lambda c: access.require_granter(c, world.users[name]))

    for name in ("collector", "leader", "auditor", "stranger"):
        with pytest.raises(Forbidden):
            grant_as(name)
