"""Rejections of the communication area's doors."""

from thungngoen.errors import DomainError


class MayNotMark(DomainError):
    """An auditor's reading changes nothing (the shared ``forbidden`` code: a 403)."""

    code = "forbidden"


class UnknownPerson(DomainError):
    code = "unknown_person"


class DeliveryNotDead(DomainError):
    code = "delivery_not_dead"


class ChannelRefused(Exception):
    """A channel could not deliver: ``permanent`` when trying again cannot help (a bad
    address, a message the provider will never take), else it is retried later."""

    def __init__(self, reason: str, *, permanent: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent


class UnknownChannel(DomainError):
    code = "unknown_channel"


class UnknownCategory(DomainError):
    code = "unknown_category"


class UnknownLanguage(DomainError):
    code = "unknown_language"


class BadAddress(DomainError):
    code = "bad_address"


class BadSignature(DomainError):
    code = "line_bad_signature"


class LineNotConfigured(DomainError):
    code = "line_not_configured"


class BadReportSignature(DomainError):
    code = "sms_bad_signature"


class SmsNotConfigured(DomainError):
    code = "sms_not_configured"


class BadDeliveryReport(DomainError):
    code = "sms_report_invalid"


class AnnouncementIncomplete(DomainError):
    code = "announcement_incomplete"


class AnnouncementTooLong(DomainError):
    code = "announcement_too_long"


class EmptyAudience(DomainError):
    code = "empty_audience"


class AnnouncementNotDraft(DomainError):
    code = "announcement_not_draft"


class AnnouncementNotFound(DomainError):
    code = "announcement_not_found"


class BadPushSubscription(DomainError):
    """A browser's push subscription that cannot be used: the message says which part."""

    code = "push_bad_subscription"


class TooManyDevices(DomainError):
    code = "push_too_many_devices"


class UnknownPushSubscription(DomainError):
    code = "unknown_push_subscription"


class BadDigestFrequency(DomainError):
    code = "bad_digest_frequency"


class UnknownDigest(DomainError):
    code = "unknown_digest"
