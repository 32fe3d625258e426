"""Rejections of the PDPA registers (decision 0049). A rejected operation writes nothing."""

from thungngoen.community.errors import CommunityError, PersonErased, UnknownNotice

__all__ = [
    "DuplicateNotice",
    "InvalidBreach",
    "InvalidNotice",
    "InvalidRequest",
    "PersonErased",
    "RequestClosed",
    "UnknownBreach",
    "UnknownNotice",
    "UnknownRequest",
]


class InvalidNotice(CommunityError):
    code = "invalid_privacy_notice"


class DuplicateNotice(CommunityError):
    code = "duplicate_privacy_notice"


class UnknownRequest(CommunityError):
    code = "unknown_subject_request"


class InvalidRequest(CommunityError):
    """A request with an unknown kind, an over-long text, a refusal without its reason."""

    code = "invalid_subject_request"


class RequestClosed(CommunityError):
    """A request already done or refused changes no more."""

    code = "subject_request_closed"


class UnknownBreach(CommunityError):
    code = "unknown_breach"


class InvalidBreach(CommunityError):
    code = "invalid_breach"
