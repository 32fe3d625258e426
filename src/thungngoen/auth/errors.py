"""Typed rejections of the identity area."""

from thungngoen.errors import DomainError


class AuthError(DomainError):
    code = "auth_error"


class BadCredentials(AuthError):
    code = "bad_credentials"


class DuplicatePhone(AuthError):
    code = "duplicate_phone"


class WrongPin(AuthError):
    """A wrong payment PIN; ``tries_left`` before payments lock (``None``: not known)."""

    code = "wrong_pin"

    def __init__(self, message: str, tries_left: int | None = None) -> None:
        super().__init__(message)
        self.tries_left = tries_left

    def details(self) -> dict[str, int]:
        return {} if self.tries_left is None else {"tries_left": self.tries_left}


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


class Throttled(AuthError):
    """Refused until ``retry_after`` seconds have passed (429 with ``Retry-After``)."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after

    def details(self) -> dict[str, int]:
        return {"retry_after": self.retry_after}


class TooManyPinAttempts(Throttled):
    """Wrong PINs for one member or from one address came too fast: wait, then try."""

    code = "pin_rate_limited"


class TooManyLogins(Throttled):
    """Wrong passwords for one phone, or from one address, came too fast: wait, then try."""

    code = "login_rate_limited"


class TokenExpired(BadCredentials):
    """The session or API token has passed its idle or absolute lifetime: log in again."""

    code = "token_expired"


class WrongTokenKind(BadCredentials):
    """A page session presented as an API bearer token, or an API token as a page cookie."""

    code = "wrong_token_kind"


class UnknownToken(AuthError):
    code = "unknown_token"


class PasswordChecksBusy(AuthError):
    """Too many password hashes are running or waiting: try again in a moment (503)."""

    code = "password_checks_busy"

    def __init__(self, message: str, retry_after: int = 2) -> None:
        super().__init__(message)
        self.retry_after = retry_after

    def details(self) -> dict[str, int]:
        return {"retry_after": self.retry_after}
