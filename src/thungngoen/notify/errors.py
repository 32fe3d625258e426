"""Rejections of the notification core."""

from thungngoen.errors import DomainError


class NotifyError(DomainError):
    code = "notify_rejected"


class UnknownTemplateValue(NotifyError):
    """A kind's template names a value it does not declare, or it was raised with values
    other than the declared ones: a bug in the raising area, caught before anything is
    stored."""

    code = "template_values_mismatch"


class UnknownKind(NotifyError):
    code = "notification_kind_undeclared"


class NotificationNotFound(NotifyError):
    code = "notification_not_found"


class UnknownAudience(NotifyError):
    code = "unknown_audience"
