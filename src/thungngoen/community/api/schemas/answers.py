"""The answers of the community-data API. A person in a list is masked (phone
``08x-xxx-5678``, ID by its last four); only ``PersonDetailOut`` — a logged read —
carries the phone in full. No answer ever carries a national ID."""

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict

from thungngoen import community
from thungngoen.community import CommunityProfile

ByAttributes = ConfigDict(from_attributes=True)


class StepOut(BaseModel):
    model_config = ByAttributes
    node: str
    level: str
    name: str


class MunicipalityOut(BaseModel):
    model_config = ByAttributes
    id: int
    name: str
    kind: str
    amphoe_code: str
    tambon_codes: list[str]


class CommunityOut(BaseModel):
    model_config = ByAttributes
    id: int
    node: str
    name: str
    kind: str
    tambon_code: str
    municipality_id: int | None
    leader_name: str
    latitude_e6: int | None
    longitude_e6: int | None


class CommunityRowOut(BaseModel):
    model_config = ByAttributes
    community: CommunityOut
    households: int
    persons: int


class SavingsGroupOut(BaseModel):
    model_config = ByAttributes
    id: int
    code: str
    name: str
    status: str


class OrganisationOut(BaseModel):
    model_config = ByAttributes
    id: int
    name_th: str
    name_en: str
    sector: str
    dimensions: list[str]
    places: list[str]
    contact_name: str
    contact_phone: str
    contact_email: str

    @classmethod
    def of(cls, organisation: community.Organisation) -> "OrganisationOut":
        values = {slot: getattr(organisation, slot) for slot in organisation.__slots__}
        return cls.model_validate(values | {"dimensions": sorted(organisation.dimensions)})


class ProfileOut(BaseModel):
    community: CommunityOut
    path: list[StepOut]
    households: int
    persons: int
    vulnerable: dict[str, int]
    wish_to_relocate: int
    savings_groups: list[SavingsGroupOut]
    organisations: list[OrganisationOut]

    @classmethod
    def of(cls, profile: CommunityProfile) -> "ProfileOut":
        return cls(
            community=CommunityOut.model_validate(profile.community),
            path=[StepOut.model_validate(step) for step in profile.path],
            households=profile.households,
            persons=profile.persons,
            vulnerable=profile.vulnerable,
            wish_to_relocate=profile.wish_to_relocate,
            savings_groups=[SavingsGroupOut.model_validate(g) for g in profile.savings_groups],
            organisations=[OrganisationOut.of(o) for o in profile.organisations],
        )


class DutyOut(BaseModel):
    model_config = ByAttributes
    id: int
    user_id: int
    duty: str
    organisation_id: int | None
    community_id: int | None
    granted_by: str
    granted_at: datetime


class HouseholdOut(BaseModel):
    model_config = ByAttributes
    id: int
    community_id: int
    house_number: str
    address: str
    house_registration_no: str | None
    tenure: str
    income_month: int
    debts: int
    wish_to_relocate: bool
    version: int
    created_at: datetime
    updated_at: datetime


class PersonRowOut(BaseModel):
    """A person as lists show them: masked."""

    id: int
    household_id: int
    name: str
    birth_date: date
    sex: str
    relation: str
    phone: str
    national_id: str
    version: int

    @classmethod
    def of(cls, person: community.Person) -> "PersonRowOut":
        return cls(
            id=person.id,
            household_id=person.household_id,
            name=person.name,
            birth_date=person.birth_date,
            sex=person.sex,
            relation=person.relation,
            phone=community.mask_phone(person.phone),
            national_id=community.mask_national_id(person.national_id_last4),
            version=person.version,
        )


class HouseholdDetailOut(BaseModel):
    household: HouseholdOut
    persons: list[PersonRowOut]


class ConsentOut(BaseModel):
    model_config = ByAttributes
    kind: str
    purpose: str
    notice_version: str
    given_at: datetime
    taken_by: str
    withdrawn_at: datetime | None


class PersonDetailOut(BaseModel):
    """A person's detail (this answer was logged as a read)."""

    model_config = ByAttributes
    id: int
    household_id: int
    name: str
    birth_date: date
    sex: str
    relation: str
    national_id: str
    phone: str | None
    occupation: str
    education: str
    chronic_illness: bool | None
    disability: bool | None
    bedridden: bool | None
    elderly_alone: bool
    child_out_of_school: bool
    wallet_member_id: int | None
    savings_member_id: int | None
    lawful_basis: str
    basis_reason: str
    version: int
    consents: list[ConsentOut]

    @classmethod
    def of(cls, detail: community.PersonDetail) -> "PersonDetailOut":
        person = detail.person
        values = {slot: getattr(person, slot) for slot in person.__slots__}
        values["national_id"] = community.mask_national_id(person.national_id_last4)
        consents = [ConsentOut.model_validate(c) for c in detail.consents]
        return cls.model_validate(values | {"consents": consents})


class ReadOut(BaseModel):
    model_config = ByAttributes
    reader: str
    what: str
    purpose: str
    read_at: datetime


class HitOut(BaseModel):
    model_config = ByAttributes
    household_id: int
    person_id: int | None
    community_id: int
    community: str
    house_number: str
    name: str
    phone: str
