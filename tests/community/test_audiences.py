"""The community area's audiences: an announcement reaches the people of a community whose
person record is linked to a wallet login, an organisation's duty holders, and the
partners; nobody else, and no one whose duty ended."""

from sqlalchemy import Connection

from tests.community.helpers import ACTOR, AT, BO_YANG, World
from thungngoen import community, notify
from thungngoen.wallet import book, people


def _reached(world: World, code: str, value: str = "") -> set[int]:
    query = notify.audience_named(code).users(value)
    return world.read(lambda c: set(c.scalars(query)))


def _member(world: World, phone: str) -> people.Member:
    def register(connection: Connection) -> people.Member:
        book.ensure_system_accounts(connection)
        return people.register_member(
            connection, phone=phone, name="สมศรี", password=None, tambon_code=BO_YANG
        )

    return world.write(register)


def test_the_people_of_a_community_are_its_linked_wallet_logins(world: World) -> None:
    somsri, anan = _member(world, "0811111111"), _member(world, "0822222222")
    home = world.household()
    world.person(home.id, wallet_member_id=somsri.id)
    world.person(home.id, name="ลูก ใจดี", relation="child")  # no wallet login
    world.person(world.household(world.rail.id).id, wallet_member_id=anan.id)
    assert _reached(world, "community.people", str(world.bo_yang.id)) == {somsri.user_id}
    assert _reached(world, "community.people", str(world.rail.id)) == {anan.user_id}
    assert _reached(world, "community.people", "x") == set()


def test_an_organisations_people_and_the_partners_hold_live_duties(world: World) -> None:
    def organise(connection: Connection) -> community.Duty:
        foundation = community.create_organisation(
            connection, name_th="มูลนิธิตัวอย่าง", name_en="Demo Foundation",
            sector="civil_society", actor=ACTOR, at=AT,
        )  # fmt: skip
        return community.grant_duty(
            connection, user_id=world.users["editor"].id, duty="editor",
            organisation_id=foundation.id, actor=ACTOR, at=AT,
        )  # fmt: skip

    duty = world.write(organise)
    partners = {world.users[name].id for name in ("coordinator", "collector", "leader")}
    assert _reached(world, "community.organisation", str(duty.organisation_id)) == {
        world.users["editor"].id
    }
    assert _reached(world, "community.partners") == partners | {world.users["editor"].id}
    world.write(lambda c: community.end_duty(c, duty.id, actor=ACTOR, at=AT))
    assert _reached(world, "community.organisation", str(duty.organisation_id)) == set()
    assert _reached(world, "community.partners") == partners
