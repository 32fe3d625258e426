"""Persons: strict checks (a national ID's check digit, a birth date not in the future),
the ID kept as the wallet keeps it, the lawful basis of every record, health data only
with explicit consent, withdrawal that takes effect."""

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from tests.community.helpers import ACTOR, AT, VALID_ID, WITH_HEALTH, World
from thungngoen import community, wallet
from thungngoen.audit.tables import audit_log
from thungngoen.community.errors import (
    BirthDateInFuture,
    DuplicatePerson,
    InvalidNationalId,
    InvalidPerson,
    MissingLawfulBasis,
    SensitiveConsentRequired,
    UnknownHousehold,
    VersionConflict,
)
from thungngoen.community.tables import consents, persons
from thungngoen.wallet.tables import members


def _nothing_written(world: World, audited: int) -> None:
    assert (world.count(persons), world.count(consents), world.count(audit_log)) == (
        0,
        0,
        audited,
    )


@pytest.mark.parametrize(
    ("changes", "error", "field"),
    [
        ({"national_id": "1101700207031"}, InvalidNationalId, "national_id"),
        ({"national_id": "12345"}, InvalidNationalId, "national_id"),
        ({"birth_date": date(2026, 6, 2)}, BirthDateInFuture, "birth_date"),
        ({"birth_date": date(1700, 1, 1)}, InvalidPerson, "birth_date"),
        ({"name": " "}, InvalidPerson, "name"),
        ({"sex": "x"}, InvalidPerson, "sex"),
        ({"relation": "boss"}, InvalidPerson, "relation"),
        ({"education": "phd"}, InvalidPerson, "education"),
        ({"phone": "12345"}, InvalidPerson, "phone"),
        ({"birth_date": date(1990, 1, 1), "elderly_alone": True}, InvalidPerson, "elderly_alone"),
        ({"child_out_of_school": True}, InvalidPerson, "child_out_of_school"),
        ({"bedridden": True}, SensitiveConsentRequired, "bedridden"),
        ({"disability": False}, SensitiveConsentRequired, "disability"),
    ],
)
def test_a_bad_person_is_refused_and_nothing_written(
    world: World, changes: dict[str, Any], error: type[InvalidPerson], field: str
) -> None:
    household = world.household()
    audited = world.count(audit_log)
    with pytest.raises(error) as refused:
        world.person(household.id, **changes)
    assert refused.value.field == field
    assert type(refused.value) is error
    _nothing_written(world, audited)


@pytest.mark.parametrize(
    "basis",
    [
        community.Basis("consent", purpose="survey"),  # no notice version shown
        community.Basis("consent", notice_version="2026-1"),  # no purpose
        community.Basis("public_task"),  # no reason
        community.Basis("whim", reason="because"),
        community.Basis("public_task", reason="welfare", sensitive_consent=True),
    ],
)
def test_a_record_without_its_lawful_basis_is_refused(world: World, basis: community.Basis) -> None:
    household = world.household()
    audited = world.count(audit_log)
    with pytest.raises(MissingLawfulBasis):
        world.person(household.id, basis=basis)
    _nothing_written(world, audited)


def test_an_unknown_household_is_refused(world: World) -> None:
    with pytest.raises(UnknownHousehold):
        world.person(9_999)


def test_the_national_id_is_kept_as_the_wallet_keeps_it(world: World) -> None:
    household = world.household()
    person = world.person(household.id, national_id="1-1017-00207-03-0", phone="081-234-5678")
    assert (person.national_id_last4, person.phone) == ("7030", "0812345678")
    row = world.read(lambda c: c.execute(select(persons)).one()._mapping)
    assert not any(VALID_ID in str(value) for value in row.values()), "never the plain ID"
    member = world.write(
        lambda c: wallet.register_member(
            c, phone="0899999999", name="สมศรี", password=None, tambon_code="900101",
            national_id=VALID_ID,
        )
    )  # fmt: skip
    wallet_digest = world.read(
        lambda c: c.execute(
            select(members.c.national_id_digest).where(members.c.id == member.id)
        ).scalar_one()
    )
    assert row["national_id_digest"] == wallet_digest, "one recipe: the two can be matched"
    assert community.mask_national_id(person.national_id_last4) == "x-xxxx-xxxx7-03-0"
    assert community.mask_phone(person.phone) == "08x-xxx-5678"
    with pytest.raises(DuplicatePerson):
        world.person(household.id, name="คนอื่น", national_id=VALID_ID)


def test_another_basis_of_section_24_is_recorded_with_its_reason(world: World) -> None:
    household = world.household()
    basis = community.Basis("public_task", reason="municipal welfare register")
    person = world.person(household.id, basis=basis)
    assert (person.lawful_basis, person.basis_reason) == (
        "public_task",
        "municipal welfare register",
    )
    assert world.count(consents) == 0


def test_consent_records_purpose_notice_version_time_and_who(world: World) -> None:
    household = world.household()
    person = world.person(household.id, basis=WITH_HEALTH, bedridden=True, chronic_illness=True)
    given = world.read(lambda c: community.consents_of(c, person.id))
    assert [(g.kind, g.notice_version, g.taken_by, g.given_at) for g in given] == [
        ("general", "2026-1", ACTOR, AT),
        ("sensitive", "2026-1", ACTOR, AT),
    ]
    assert (person.bedridden, person.chronic_illness, person.disability) == (True, True, None)


def test_withdrawing_sensitive_consent_empties_the_health_fields(world: World) -> None:
    household = world.household()
    person = world.person(household.id, basis=WITH_HEALTH, disability=True)
    world.write(
        lambda c: community.withdraw_consent(c, person.id, kind="sensitive", actor=ACTOR, at=AT)
    )
    after = world.read(lambda c: community.get_person(c, person.id))
    assert (after.disability, after.version) == (None, person.version + 1)
    with pytest.raises(SensitiveConsentRequired):
        world.write(
            lambda c: community.update_person(
                c, person.id, expected_version=after.version, disability=True, actor=ACTOR, at=AT
            )
        )
    assert world.read(lambda c: community.active_kinds(c, person.id)) == {"general"}


def test_withdrawing_consent_empties_contact_data_and_stops_changes(world: World) -> None:
    household = world.household()
    person = world.person(
        household.id, basis=WITH_HEALTH, national_id=VALID_ID, phone="0812345678", bedridden=True
    )
    world.write(
        lambda c: community.withdraw_consent(c, person.id, kind="general", actor=ACTOR, at=AT)
    )
    after = world.read(lambda c: community.get_person(c, person.id))
    assert (after.phone, after.national_id_last4, after.bedridden) == (None, None, None)
    digest = world.read(lambda c: c.execute(select(persons.c.national_id_digest)).scalar_one())
    assert digest is None
    with pytest.raises(MissingLawfulBasis):
        world.write(
            lambda c: community.update_person(
                c, person.id, expected_version=after.version, occupation="ค้าขาย", actor=ACTOR, at=AT
            )
        )
    world.write(
        lambda c: community.record_consent(
            c, person.id, kind="general", purpose="survey", notice_version="2026-2", actor=ACTOR,
            at=AT,
        )
    )  # fmt: skip
    again = world.read(lambda c: community.get_person(c, person.id))
    changed = world.write(
        lambda c: community.update_person(
            c, person.id, expected_version=again.version, occupation="ค้าขาย", actor=ACTOR, at=AT
        )
    )
    assert changed.occupation == "ค้าขาย"


def test_a_person_change_names_its_version(world: World) -> None:
    household = world.household()
    person = world.person(household.id)
    changed = world.write(
        lambda c: community.update_person(
            c, person.id, expected_version=1, phone="0898765432", actor=ACTOR, at=AT
        )
    )
    assert (changed.version, changed.phone) == (2, "0898765432")
    with pytest.raises(VersionConflict):
        world.write(
            lambda c: community.update_person(
                c, person.id, expected_version=1, phone="0811111111", actor=ACTOR, at=AT
            )
        )
    with pytest.raises(InvalidNationalId):
        world.write(
            lambda c: community.update_person(
                c, person.id, expected_version=2, national_id="1101700207031", actor=ACTOR, at=AT
            )
        )
    assert world.read(lambda c: community.get_person(c, person.id)).national_id_last4 is None


def test_a_person_links_to_their_wallet_and_savings_records_by_id(world: World) -> None:
    household = world.household()
    with pytest.raises(wallet.errors.UnknownMember):
        world.person(household.id, wallet_member_id=9_999)
    member = world.write(
        lambda c: wallet.register_member(
            c, phone="0899999998", name="สมศรี", password=None, tambon_code="900101"
        )
    )
    linked = world.person(household.id, wallet_member_id=member.id)
    assert linked.wallet_member_id == member.id
