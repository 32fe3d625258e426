"""Typed rejections of the community-data area. A rejected operation writes nothing.

Rejections about one field of a form carry ``field`` so a page shows the message next to
it and the API returns it in ``details``."""

from thungngoen.auth.errors import Forbidden
from thungngoen.errors import DomainError


class CommunityError(DomainError):
    code = "community_error"

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field

    def details(self) -> dict[str, str]:
        return {"field": self.field} if self.field else {}


class UnknownNode(CommunityError):
    """A node id that is malformed or names no place (``docs/decisions/0044``)."""

    code = "unknown_node"


class UnknownMunicipality(CommunityError):
    code = "unknown_municipality"


class UnknownCommunity(CommunityError):
    code = "unknown_community"


class UnknownOrganisation(CommunityError):
    code = "unknown_organisation"


class UnknownHousehold(CommunityError):
    code = "unknown_household"


class UnknownPerson(CommunityError):
    code = "unknown_person"


class UnknownDuty(CommunityError):
    code = "unknown_duty"


class InvalidPlace(CommunityError):
    """A municipality or community with a missing name, an unknown type, a sub-district
    outside its district, a point off the map."""

    code = "invalid_community_place"


class DuplicatePlace(CommunityError):
    code = "duplicate_community_place"


class InvalidOrganisation(CommunityError):
    code = "invalid_organisation"


class InvalidDuty(CommunityError):
    code = "invalid_duty"


class InvalidHousehold(CommunityError):
    code = "invalid_household"


class InvalidPerson(CommunityError):
    code = "invalid_person"


class InvalidNationalId(InvalidPerson):
    """Not 13 digits, or the check digit does not match."""

    code = "invalid_person_national_id"


class BirthDateInFuture(InvalidPerson):
    code = "birth_date_in_future"


class DuplicatePerson(InvalidPerson):
    """The national ID is recorded for another person already."""

    code = "duplicate_person_national_id"


class MissingLawfulBasis(InvalidPerson):
    """No consent to record, or another basis of section 24 without its reason."""

    code = "missing_lawful_basis"


class SensitiveConsentRequired(InvalidPerson):
    """Health and disability data (section 26) without the person's explicit consent."""

    code = "sensitive_consent_required"


class InvalidRead(CommunityError):
    """A read of personal data must say who reads, what and why."""

    code = "invalid_personal_read"


class VersionConflict(CommunityError):
    """The record changed since it was read (an edit at the office, another phone)."""

    code = "community_version_conflict"


class UnknownNotice(CommunityError):
    """A consent or a page naming a privacy-notice version never published (0049)."""

    code = "unknown_privacy_notice"


class PersonErased(CommunityError):
    """The person's record was erased on request: only its pseudonymous remainder is
    left, and it takes no change and no new request (decision 0049)."""

    code = "person_erased"


class OutsideAssignment(Forbidden):
    """A collector or a leader acting on a community not theirs."""

    code = "outside_assignment"


class UnknownRelocationRequest(CommunityError):
    code = "unknown_relocation_request"


class UnknownRelocationProposal(CommunityError):
    code = "unknown_relocation_proposal"


class InvalidRelocation(CommunityError):
    """A relocation request or proposal with a missing or wrong field (decision 0048)."""

    code = "invalid_relocation_request"


class DuplicateRelocation(CommunityError):
    """The household has a request already, or a proposal of this name exists."""

    code = "duplicate_relocation_request"


class InvalidRelocationStep(CommunityError):
    """A step the request's status does not allow (registered → approved, moved → …)."""

    code = "invalid_relocation_step"
