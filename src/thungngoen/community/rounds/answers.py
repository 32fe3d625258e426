"""Checking a household's answers against a round's questions, server-side: each answer
is checked by its question's type, required flag and range, and every fault is named
per question in Thai and English. A bad submission writes nothing."""

import re
from datetime import date
from typing import Any

from thungngoen.community.errors import CommunityError
from thungngoen.community.rounds.standard import Question

MAX_TEXT = 500


class InvalidAnswers(CommunityError):
    """One or more answers are wrong; ``errors`` maps each question to its Thai and
    English message."""

    code = "invalid_answers"

    def __init__(self, errors: dict[str, tuple[str, str]]) -> None:
        first = next(iter(errors))
        super().__init__("; ".join(f"{key}: {en}" for key, (_, en) in errors.items()), first)
        self.errors = errors

    def details(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "errors": {key: {"th": th, "en": en} for key, (th, en) in self.errors.items()},
        }


def _number(question: Question, value: object) -> int:
    if isinstance(value, str) and re.fullmatch(r"\s*-?[0-9][0-9,]*\s*", value):
        value = int(value.replace(",", ""))
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError("ต้องเป็นจำนวนเต็ม", "a whole number is needed")
    low, high = question.min_value, question.max_value
    if (low is not None and value < low) or (high is not None and value > high):
        span_th = f"{'' if low is None else low} ถึง {'' if high is None else high}"
        span_en = f"{'' if low is None else low} to {'' if high is None else high}"
        raise ValueError(f"ต้องอยู่ในช่วง {span_th}", f"must be from {span_en}")
    return value


def _day(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ValueError("ต้องเป็นวันที่ เช่น 2026-06-01", "a date like 2026-06-01") from None


def _yes_no(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if value in ("yes", "true", "1", "ใช่"):
        return True
    if value in ("no", "false", "0", "ไม่ใช่"):
        return False
    raise ValueError("ตอบได้เพียง ใช่ หรือ ไม่ใช่", "yes or no only")


def _one(question: Question, value: object) -> str:
    keys = [choice[0] for choice in question.choices]
    if value not in keys:
        raise ValueError("ต้องเลือกหนึ่งข้อจากที่ให้ไว้", f"one of {', '.join(keys)}")
    return str(value)


def _several(question: Question, value: object) -> list[str]:
    picked = [value] if isinstance(value, str) else value
    if not isinstance(picked, list):
        raise ValueError("ต้องเลือกจากที่ให้ไว้", "a list of the choices given")
    keys = [choice[0] for choice in question.choices]
    if any(item not in keys for item in picked) or len(set(picked)) != len(picked):
        raise ValueError("เลือกได้เฉพาะข้อที่ให้ไว้ ข้อละครั้ง", f"each of {', '.join(keys)} once")
    return [key for key in keys if key in picked]


def _answer(question: Question, value: object) -> object:
    if question.kind == "text":
        if not isinstance(value, str):
            raise ValueError("ต้องเป็นข้อความ", "text is needed")
        text = " ".join(value.split())
        if len(text) > MAX_TEXT:
            raise ValueError(f"ยาวได้ไม่เกิน {MAX_TEXT} ตัวอักษร", f"at most {MAX_TEXT} characters")
        return text
    if question.kind == "number":
        return _number(question, value)
    if question.kind == "date":
        return _day(value)
    if question.kind == "yes_no":
        return _yes_no(value)
    if question.kind == "one_choice":
        return _one(question, value)
    return _several(question, value)


def _empty(value: object) -> bool:
    return (
        value is None
        or value == ""
        or value == []
        or (isinstance(value, str) and not value.strip())
    )


def checked_answers(questions: list[Question], answers: dict[str, Any]) -> dict[str, Any]:
    """The answers cleaned to their types (a date as ISO text, a number as an integer),
    or ``InvalidAnswers`` naming each fault; an answer to no question is a fault too."""
    errors: dict[str, tuple[str, str]] = {}
    known = {question.key for question in questions}
    for key in sorted(set(answers) - known):
        errors[key] = ("ไม่มีคำถามนี้ในแบบสอบถามของรอบนี้", "no such question in this round's form")
    clean: dict[str, Any] = {}
    for question in questions:
        value = answers.get(question.key)
        if _empty(value):
            if question.required:
                errors[question.key] = ("ต้องตอบข้อนี้", "this question must be answered")
            continue
        try:
            clean[question.key] = _answer(question, value)
        except ValueError as fault:
            errors[question.key] = (fault.args[0], fault.args[1])
    if errors:
        raise InvalidAnswers(errors)
    return clean
