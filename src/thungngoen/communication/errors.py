"""Rejections of the communication area's doors."""

from thungngoen.errors import DomainError


class UnknownPerson(DomainError):
    code = "unknown_person"
