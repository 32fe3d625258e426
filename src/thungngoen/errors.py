"""The base of every rejection an operation makes: a stable code and a readable message.

The API turns these into 4xx responses, the CLI into a red line and exit code 1, the
pages into a message next to the field.
"""

from typing import ClassVar


class DomainError(Exception):
    code: ClassVar[str] = "rejected"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
