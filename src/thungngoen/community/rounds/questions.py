"""A round's questionnaire: the standard form of its version, then the questions an
organisation adds to that round (while it is planned), each with its type, Thai and
English wording, required flag, range (numbers) or choices."""

import re
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select

from thungngoen import audit
from thungngoen.community.round_tables import QUESTION_KINDS, round_questions
from thungngoen.community.rounds.rounds import InvalidRound, get_round, require_status
from thungngoen.community.rounds.standard import STANDARD_QUESTIONS, Question

MAX_ADDED = 40
MAX_CHOICES = 20
BOUND = 10**12


def _text(value: object, field: str, most: int) -> str:
    text = " ".join(value.split()) if isinstance(value, str) else ""
    if not text or len(text) > most:
        raise InvalidRound(f"{field} is needed, up to {most} characters", field)
    return text


def _choices(kind: str, choices: list[Any] | None) -> list[list[str]] | None:
    if kind not in ("one_choice", "choices"):
        if choices:
            raise InvalidRound("only a choice question has choices", "choices")
        return None
    if not isinstance(choices, list) or not 2 <= len(choices) <= MAX_CHOICES:
        raise InvalidRound(f"a choice question has 2 to {MAX_CHOICES} choices", "choices")
    clean = []
    for choice in choices:
        if not (isinstance(choice, (list, tuple)) and len(choice) == 3):
            raise InvalidRound("each choice is [key, Thai, English]", "choices")
        key = str(choice[0])
        if not re.fullmatch(r"[a-z0-9_]{1,30}", key):
            raise InvalidRound("a choice key is a-z, 0-9 or _ (up to 30)", "choices")
        clean.append([key, _text(choice[1], "choices", 200), _text(choice[2], "choices", 200)])
    if len({c[0] for c in clean}) != len(clean):
        raise InvalidRound("each choice key once", "choices")
    return clean


def add_question(
    connection: Connection,
    round_id: int,
    *,
    key: str,
    kind: str,
    label_th: str,
    label_en: str,
    required: bool = False,
    min_value: int | None = None,
    max_value: int | None = None,
    choices: list[Any] | None = None,
    actor: str,
    at: datetime,
) -> Question:
    require_status(get_round(connection, round_id), "planned")
    if not isinstance(key, str) or not re.fullmatch(r"[a-z][a-z0-9_]{0,39}", key):
        raise InvalidRound("a question key is a-z, 0-9 or _ (up to 40), a letter first", "key")
    if key in {q.key for q in questions_of(connection, round_id)}:
        raise InvalidRound("this round asks a question with this key already", "key")
    if kind not in QUESTION_KINDS:
        raise InvalidRound(f"a question's type is one of {', '.join(QUESTION_KINDS)}", "kind")
    for field, bound in (("min_value", min_value), ("max_value", max_value)):
        if bound is not None and (
            kind != "number" or not isinstance(bound, int) or abs(bound) > BOUND
        ):
            raise InvalidRound("only a number question has a range (whole numbers)", field)
    if min_value is not None and max_value is not None and min_value > max_value:
        raise InvalidRound("the lowest value is at most the highest", "max_value")
    added = connection.execute(
        select(func.count()).where(round_questions.c.round_id == round_id)
    ).scalar_one()
    if added >= MAX_ADDED:
        raise InvalidRound(f"a round adds at most {MAX_ADDED} questions", "key")
    values = {
        "round_id": round_id, "key": key, "position": added + 1, "kind": kind,
        "label_th": _text(label_th, "label_th", 300), "label_en": _text(label_en, "label_en", 300),
        "required": bool(required), "min_value": min_value, "max_value": max_value,
        "choices": _choices(kind, choices), "added_by": actor, "added_at": at,
    }  # fmt: skip
    connection.execute(insert(round_questions), values)
    audit.record(
        connection,
        actor=actor,
        action="community.round_question_add",
        subject_type="round",
        subject_id=round_id,
        after={"key": key, "kind": kind},
    )
    return next(q for q in questions_of(connection, round_id) if q.key == key)


def added_questions(connection: Connection, round_id: int) -> list[Question]:
    query = (
        select(round_questions)
        .where(round_questions.c.round_id == round_id)
        .order_by(round_questions.c.position)
    )
    found = []
    for row in connection.execute(query):
        m = row._mapping
        choices = tuple((str(c[0]), str(c[1]), str(c[2])) for c in (m["choices"] or []))
        found.append(
            Question(
                m["key"],
                m["kind"],
                m["label_th"],
                m["label_en"],
                m["required"],
                m["min_value"],
                m["max_value"],
                choices,
            )
        )
    return found


def questions_of(connection: Connection, round_id: int) -> list[Question]:
    """The round's whole form: its standard questions, then those added."""
    get_round(connection, round_id)
    return [*STANDARD_QUESTIONS, *added_questions(connection, round_id)]
