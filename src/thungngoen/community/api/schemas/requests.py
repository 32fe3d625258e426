"""The request bodies of the community-data API: strict and bounded (``ApiModel``). Lists
(types, sectors, tenures, …) are checked by the operations, which answer in Thai and
English; a birth date may lie before 2000 (``BirthDay``), money is satang."""

from datetime import date
from typing import Annotated, Any, ClassVar

from pydantic import AfterValidator, BeforeValidator, Field

from thungngoen.web.api_fields import (
    MAX_SATANG,
    ApiModel,
    BodyId,
    Name,
    Phone,
    TambonCode,
    id_or_none,
    whole,
)

FIRST_BIRTH_DAY = date(1890, 1, 1)
Word = Annotated[str, Field(max_length=30, description="One of the area's lists.")]
Text = Annotated[str, Field(max_length=300)]
Version = Annotated[int, whole(1, 2**31 - 1, "The version the change was made on.")]
Money = Annotated[int, whole(0, MAX_SATANG, "Satang (1 baht = 100 satang).")]
Latitude = Annotated[int, whole(5_000_000, 8_000_000, "Micro-degrees north.")] | None
Longitude = Annotated[int, whole(99_500_000, 101_500_000, "Micro-degrees east.")] | None
Node = Annotated[str, Field(max_length=40, description="A node id: tambon:900101, community:12.")]


def _iso(value: object) -> object:
    if isinstance(value, str) and len(value) == 10 and value[4] == value[7] == "-":
        return value
    if isinstance(value, date):
        return value
    raise ValueError("a day is written YYYY-MM-DD")


def _birth_in_window(day: date) -> date:
    """Not before 1890 nor after 2100; a day after today is the operation's refusal
    (``birth_date_in_future``, with its Thai)."""
    if not FIRST_BIRTH_DAY <= day <= date(2100, 12, 31):
        raise ValueError("a birth date between 1890-01-01 and today")
    return day


BirthDay = Annotated[
    date, Field(strict=False), BeforeValidator(_iso), AfterValidator(_birth_in_window)
]


class PatchModel(ApiModel):
    """A change: only the fields sent change; ``null`` empties a field that may be empty
    (``NULLABLE``) and leaves any other as it is."""

    NULLABLE: ClassVar[frozenset[str]] = frozenset()

    def changes(self) -> dict[str, Any]:
        sent = self.model_dump(exclude_unset=True, exclude={"expected_version"})
        return {
            key: value for key, value in sent.items() if value is not None or key in self.NULLABLE
        }


class MunicipalityIn(ApiModel):
    name: Name
    kind: Word = Field(description="city, town or subdistrict.")
    tambon_codes: list[TambonCode] = Field(max_length=30)


class CommunityIn(ApiModel):
    name: Name
    kind: Word = Field(description="urban, rural, crowded, railway, fishing or other.")
    tambon_code: TambonCode
    municipality_id: int | None = id_or_none()
    leader_name: Name = ""
    latitude_e6: Latitude = None
    longitude_e6: Longitude = None


class CommunityPatch(PatchModel):
    NULLABLE = frozenset({"municipality_id", "latitude_e6", "longitude_e6"})

    name: Name | None = None
    kind: Word | None = None
    municipality_id: int | None = id_or_none()
    leader_name: Name | None = None
    latitude_e6: Latitude = None
    longitude_e6: Longitude = None


class SavingsLinkIn(ApiModel):
    savings_group_id: BodyId


class OrganisationIn(ApiModel):
    name_th: Name
    name_en: Name = ""
    sector: Word
    dimensions: list[Word] = Field(default_factory=list, max_length=3)
    places: list[Node] = Field(default_factory=list, max_length=50)
    contact_name: Name = ""
    contact_phone: Phone = ""
    contact_email: Name = ""


class OrganisationPatch(PatchModel):
    name_th: Name | None = None
    name_en: Name | None = None
    sector: Word | None = None
    dimensions: list[Word] | None = Field(None, max_length=3)
    places: list[Node] | None = Field(None, max_length=50)
    contact_name: Name | None = None
    contact_phone: Phone | None = None
    contact_email: Name | None = None


class DutyIn(ApiModel):
    user_id: BodyId
    duty: Word = Field(description="coordinator, editor, collector or leader.")
    organisation_id: int | None = id_or_none("The organisation an editor edits.")
    community_id: int | None = id_or_none("The community of a collector or a leader.")


class HouseholdIn(ApiModel):
    community_id: BodyId
    house_number: Annotated[str, Field(max_length=20)]
    address: Text = ""
    house_registration_no: Annotated[str | None, Field(max_length=20)] = None
    tenure: Word
    income_month: Money = 0
    debts: Money = 0
    wish_to_relocate: bool = False


class HouseholdPatch(PatchModel):
    NULLABLE = frozenset({"house_registration_no"})

    expected_version: Version
    house_number: Annotated[str | None, Field(max_length=20)] = None
    address: Text | None = None
    house_registration_no: Annotated[str | None, Field(max_length=20)] = None
    tenure: Word | None = None
    income_month: Money | None = None
    debts: Money | None = None
    wish_to_relocate: bool | None = None


class BasisIn(ApiModel):
    """The lawful basis: ``consent`` with its purpose and the notice version shown, or
    another basis of PDPA s.24 with its reason; ``sensitive_consent`` is the explicit
    s.26 consent to health and disability data."""

    kind: Word
    purpose: Text = ""
    notice_version: Annotated[str, Field(max_length=20)] = ""
    reason: Text = ""
    sensitive_consent: bool = False


class PersonFields(ApiModel):
    phone: Phone | None = None
    occupation: Annotated[str, Field(max_length=100)] = ""
    education: Word = "unknown"
    chronic_illness: bool | None = None
    disability: bool | None = None
    bedridden: bool | None = None
    elderly_alone: bool = False
    child_out_of_school: bool = False
    wallet_member_id: int | None = id_or_none("The same person's wallet member record.")
    savings_member_id: int | None = id_or_none("The same person's savings member record.")


class PersonIn(PersonFields):
    name: Name
    birth_date: BirthDay
    sex: Word
    relation: Word
    national_id: Annotated[str | None, Field(max_length=20)] = None
    basis: BasisIn


class PersonPatch(PatchModel):
    NULLABLE = frozenset(
        {
            "phone",
            "chronic_illness",
            "disability",
            "bedridden",
            "wallet_member_id",
            "savings_member_id",
        }
    )

    expected_version: Version
    name: Name | None = None
    birth_date: BirthDay | None = None
    sex: Word | None = None
    relation: Word | None = None
    national_id: Annotated[str | None, Field(max_length=20)] = None
    phone: Phone | None = None
    occupation: Annotated[str | None, Field(max_length=100)] = None
    education: Word | None = None
    chronic_illness: bool | None = None
    disability: bool | None = None
    bedridden: bool | None = None
    elderly_alone: bool | None = None
    child_out_of_school: bool | None = None
    wallet_member_id: int | None = id_or_none()
    savings_member_id: int | None = id_or_none()


class ConsentIn(ApiModel):
    kind: Word = Field(description="general (s.19) or sensitive (s.26).")
    purpose: Text
    notice_version: Annotated[str, Field(max_length=20)]


class WithdrawIn(ApiModel):
    kind: Word = Field(description="general or sensitive.")
