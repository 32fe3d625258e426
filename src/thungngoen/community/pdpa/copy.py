"""The access copy (PDPA s.30): everything the network holds about a person — the record,
its household, its consents with the notice versions, every read of it and the person's
requests — as one JSON document and as a Thai PDF made from the same data. Making a copy
is a read of personal data: logged with ``what="export"`` in the same transaction."""

import json
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection

from thungngoen.community.consent import consents_of
from thungngoen.community.households import get_household
from thungngoen.community.masking import mask_national_id
from thungngoen.community.pdpa.reads_log import all_reads
from thungngoen.community.pdpa.requests import is_restricted, list_requests
from thungngoen.community.persons import get_person
from thungngoen.community.places import get_community
from thungngoen.community.reads import log_personal_reads

PURPOSE = "access_copy"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def access_copy(
    connection: Connection, person_id: int, *, reader: str, at: datetime
) -> dict[str, Any]:
    """The copy as plain data (logged first, so the copy lists its own read)."""
    log_personal_reads(
        connection, [person_id], reader=reader, what="export", purpose=PURPOSE, at=at
    )
    person = get_person(connection, person_id)
    household = get_household(connection, person.household_id)
    place = get_community(connection, household.community_id)
    record = asdict(person)
    record["national_id"] = mask_national_id(person.national_id_last4) or None
    del record["national_id_last4"]
    copy = {
        "made_at": at,
        "person": record,
        "restricted": is_restricted(connection, person_id),
        "household": {
            "id": household.id,
            "community": place.name,
            "house_number": household.house_number,
            "address": household.address,
            "house_registration_no": household.house_registration_no,
            "tenure": household.tenure,
            "income_month_satang": household.income_month,
            "debts_satang": household.debts,
            "wish_to_relocate": household.wish_to_relocate,
        },
        "consents": [asdict(consent) for consent in consents_of(connection, person_id)],
        "reads": [asdict(read) for read in all_reads(connection, person_id=person_id)],
        "requests": [
            asdict(request) for request in list_requests(connection, now=at, person_id=person_id)
        ],
    }
    return dict(_plain(copy))


def copy_json(copy: dict[str, Any]) -> str:
    return json.dumps(copy, ensure_ascii=False, indent=2, sort_keys=True)
