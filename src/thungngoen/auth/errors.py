"""Typed rejections of the identity area."""

from thungngoen.errors import DomainError


class AuthError(DomainError):
    code = "auth_error"


class BadCredentials(AuthError):
    code = "bad_credentials"


class DuplicatePhone(AuthError):
    code = "duplicate_phone"


class WrongPin(AuthError):
    code = "wrong_pin"


class PinLocked(AuthError):
    code = "pin_locked"


class PinNotSet(AuthError):
    code = "pin_not_set"


class PinKeyMissing(AuthError):
    """The PIN was hashed with a secret key the server no longer holds (decision 0019)."""

    code = "pin_key_missing"


class InvalidPin(AuthError):
    code = "invalid_pin"


class Forbidden(AuthError):
    code = "forbidden"


class TooManyPinAttempts(AuthError):
    """Wrong PINs from one address came too fast (any member): wait before trying again."""

    code = "pin_rate_limited"


class TooManyLogins(AuthError):
    """Wrong passwords for one phone or from one address came too fast: wait, then try."""

    code = "login_rate_limited"
