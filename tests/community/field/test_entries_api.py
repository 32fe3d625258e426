"""Entries from the field through the API: each key applied exactly once, a stale base
version kept as a conflict and not applied, a collector outside their communities refused,
malformed batches refused in Thai and English with nothing written."""

import uuid
from typing import Any

from sqlalchemy import select

from tests.community.helpers import AT, World
from tests.community.test_api import Api, _error
from thungngoen import community
from thungngoen.community.collection_tables import field_entries
from thungngoen.community.tables import households, personal_reads, persons

MADE = "2026-06-01T09:00:00+07:00"


def household_entry(
    household: community.Household, key: str | None = None, **changes: Any
) -> dict[str, Any]:
    return {
        "key": key or str(uuid.uuid4()),
        "kind": "household",
        "made_at": MADE,
        "household_id": household.id,
        "base_version": household.version,
        "household": changes or {"income_month": 1_200_000},
    }


def send(api: Api, who: str, *entries: dict[str, Any]) -> list[dict[str, Any]]:
    answer = api.call("POST", "/field/entries", who, entries=list(entries))
    assert answer.status_code == 200, answer.text
    outcomes: list[dict[str, Any]] = answer.json()
    return outcomes


def test_an_entry_sent_twice_is_applied_once(world: World, api: Api) -> None:
    household = world.household()
    entry = household_entry(household, income_month=1_500_000, wish_to_relocate=True)
    first = send(api, "collector", entry)
    assert [o["outcome"] for o in first] == ["applied"]
    assert first[0]["version"] == 2
    assert not first[0]["replay"]
    again = send(api, "collector", entry)
    assert again[0]["outcome"] == "applied"
    assert again[0]["replay"]
    assert again[0]["entry_id"] == first[0]["entry_id"]
    stored = world.read(lambda c: community.get_household(c, household.id))
    assert (stored.version, stored.income_month, stored.wish_to_relocate) == (2, 1_500_000, True)
    assert world.count(field_entries) == 1
    other = send(api, "coordinator", entry)[0]
    assert (other["outcome"], other["reason"], other["household_id"]) == (
        "refused",
        "forbidden",
        None,
    )
    assert world.count(field_entries) == 1, "another login's copy of a key writes nothing"


def test_a_new_person_sent_twice_is_one_person(world: World, api: Api) -> None:
    household = world.household()
    entry = {
        "key": str(uuid.uuid4()),
        "kind": "new_person",
        "made_at": MADE,
        "household_id": household.id,
        "new_person": {
            "name": "เด็กชายตัวอย่าง ใจดี",
            "birth_date": "2015-04-02",
            "sex": "male",
            "relation": "grandchild",
            "child_out_of_school": True,
            "basis": {"kind": "consent", "purpose": "field survey", "notice_version": "2026-1"},
        },
    }
    assert send(api, "collector", entry)[0]["outcome"] == "applied"
    assert send(api, "collector", entry)[0]["replay"]
    assert world.count(persons) == 1


def test_a_stale_base_version_is_kept_as_a_conflict_not_applied(world: World, api: Api) -> None:
    household = world.household(income_month=500_000)
    office = api.call(
        "PATCH", f"/households/{household.id}", "coordinator", expected_version=1, debts=90_000
    )
    assert office.status_code == 200, office.text
    outcome = send(api, "collector", household_entry(household, income_month=800_000))[0]
    assert outcome["outcome"] == "conflict"
    assert outcome["reason"] == "community_version_conflict"
    assert outcome["version"] == 2, "the office's version"
    assert "แก้ไข" in outcome["message_th"]
    stored = world.read(lambda c: community.get_household(c, household.id))
    assert (stored.income_month, stored.debts, stored.version) == (500_000, 90_000, 2)
    listed = api.call("GET", "/field/conflicts", "coordinator").json()
    assert [c["id"] for c in listed] == [outcome["entry_id"]]
    assert listed[0]["sides"] == [{"field": "income_month", "phone": 800_000, "office": 500_000}]
    assert api.call("GET", "/field/conflicts", "collector").json()[0]["id"] == listed[0]["id"]
    assert api.call("GET", "/field/conflicts", "leader").json() == [], "not their community"


def test_the_office_resolves_field_by_field_audited(world: World, api: Api) -> None:
    household = world.household(income_month=500_000)
    world.write(
        lambda c: community.update_household(
            c, household.id, expected_version=1, tenure="own", actor="office", at=AT
        )
    )
    entry = household_entry(household, income_month=800_000, tenure="railway_land")
    conflict = send(api, "collector", entry)[0]
    path = f"/field/conflicts/{conflict['entry_id']}/resolve"
    refused = api.call("POST", path, "collector", take_from_phone=["income_month"])
    assert refused.status_code == 403, "the collector does not overrule the office"
    done = api.call("POST", path, "coordinator", take_from_phone=["income_month"])
    assert done.status_code == 200, done.text
    assert done.json()["resolution"] == "mixed"
    stored = world.read(lambda c: community.get_household(c, household.id))
    assert (stored.income_month, stored.tenure, stored.version) == (800_000, "own", 3)
    again = api.call("POST", path, "coordinator", take_from_phone=[])
    assert _error(again)["code"] == "field_conflict_resolved"
    assert api.call("GET", "/field/conflicts", "coordinator").json() == []
    actions = world.read(
        lambda c: c.exec_driver_sql("SELECT action FROM audit_log").scalars().all()
    )
    assert "community.field_conflict_resolve" in actions
    assert send(api, "collector", entry)[0]["resolution"] == "mixed", "a replay says how it ended"


def test_a_collector_outside_their_communities_is_refused(world: World, api: Api) -> None:
    elsewhere = world.household(world.hat_yai.id)
    outcome = send(api, "collector", household_entry(elsewhere, income_month=1))[0]
    assert (outcome["outcome"], outcome["reason"]) == ("refused", "outside_assignment")
    assert outcome["message"].isascii()
    assert "ชุมชน" in outcome["message_th"]
    assert world.read(lambda c: community.get_household(c, elsewhere.id)).version == 1
    stranger = send(api, "stranger", household_entry(elsewhere, income_month=1))[0]
    assert (stranger["outcome"], stranger["reason"]) == ("refused", "forbidden")


def test_values_an_operation_refuses_write_nothing_but_the_outcome(world: World, api: Api) -> None:
    household = world.household()
    person = world.person(household.id)
    bad = [
        household_entry(household, tenure="castle"),
        {"key": str(uuid.uuid4()), "kind": "person", "made_at": MADE, "person_id": person.id,
         "base_version": 1, "person": {"bedridden": True}},
        {"key": str(uuid.uuid4()), "kind": "person", "made_at": MADE, "person_id": person.id,
         "base_version": 1, "person": {"child_out_of_school": True}},
    ]  # fmt: skip
    outcomes = send(api, "collector", *bad)
    assert [(o["outcome"], o["reason"]) for o in outcomes] == [
        ("refused", "invalid_household"),
        ("refused", "sensitive_consent_required"),
        ("refused", "invalid_person"),
    ]
    assert all(o["message_th"] and o["message"].isascii() for o in outcomes)
    assert world.read(lambda c: community.get_household(c, household.id)).version == 1
    assert world.read(lambda c: community.get_person(c, person.id)).version == 1


def test_malformed_batches_are_refused_whole_with_nothing_written(world: World, api: Api) -> None:
    household = world.household()
    good = household_entry(household)
    malformed = [
        [{**good, "key": "not-a-uuid"}],
        [{**good, "base_version": None}],
        [{**good, "person": {"elderly_alone": True}}],
        [{**good, "household": {"income_month": "12"}}],
        [{**good, "kind": "villa"}],
        [good, {**household_entry(household), "made_at": "yesterday"}],
        [],
    ]
    for entries in malformed:
        answer = api.call("POST", "/field/entries", "collector", entries=entries)
        assert answer.status_code == 422, entries
        assert _error(answer)["code"] == "invalid_request"
    assert world.count(field_entries) == 0
    assert world.read(lambda c: community.get_household(c, household.id)).version == 1


def test_assignments_keep_no_phone_id_or_health_and_log_the_download(
    world: World, api: Api
) -> None:
    mine = world.household(income_month=700_000)
    world.person(mine.id, phone="0812345678", national_id="1101700207030")
    world.household(world.hat_yai.id)
    answer = api.call("GET", "/field/assignments", "collector")
    assert answer.status_code == 200, answer.text
    kept = answer.json()
    assert [h["id"] for h in kept["households"]] == [mine.id]
    assert kept["communities"] == [{"id": world.bo_yang.id, "name": world.bo_yang.name}]
    person = kept["households"][0]["persons"][0]
    assert person["birth_year"] == 1950
    assert person["health_consent"] is False
    text = answer.text
    assert "0812345678" not in text
    assert "5678" not in text
    assert "7030" not in text
    assert not {"phone", "national_id", "bedridden", "disability", "birth_date"} & set(person)
    reads = world.read(lambda c: c.execute(select(personal_reads.c.what)).scalars().all())
    assert reads == ["field_download"]
    nothing = api.call("GET", "/field/assignments", "stranger").json()
    assert nothing["households"] == []
    assert world.count(households) == 2


def test_a_person_entry_conflicts_and_the_office_takes_the_phones_flag(
    world: World, api: Api
) -> None:
    household = world.household()
    person = world.person(household.id)
    api.call(
        "PATCH", f"/persons/{person.id}", "coordinator", expected_version=1, occupation="ค้าขาย"
    )
    entry = {"key": str(uuid.uuid4()), "kind": "person", "made_at": MADE, "person_id": person.id,
             "base_version": 1, "person": {"elderly_alone": True}}  # fmt: skip
    outcome = send(api, "collector", entry)[0]
    assert (outcome["outcome"], outcome["household_id"], outcome["person_id"]) == (
        "conflict",
        household.id,
        person.id,
    )
    assert world.read(lambda c: community.get_person(c, person.id)).elderly_alone is False
    path = f"/field/conflicts/{outcome['entry_id']}/resolve"
    done = api.call("POST", path, "coordinator", take_from_phone=["elderly_alone"])
    assert done.json()["resolution"] == "field"
    stored = world.read(lambda c: community.get_person(c, person.id))
    assert (stored.elderly_alone, stored.occupation, stored.version) == (True, "ค้าขาย", 3)
    wrong = api.call("POST", "/field/conflicts/999/resolve", "coordinator", take_from_phone=[])
    assert (wrong.status_code, _error(wrong)["code"]) == (404, "unknown_field_conflict")


def test_an_unknown_household_is_refused_and_its_key_answers_the_same(
    world: World, api: Api
) -> None:
    entry = {"key": str(uuid.uuid4()), "kind": "household", "made_at": MADE,
             "household_id": 4040, "base_version": 1, "household": {"debts": 1}}  # fmt: skip
    first = send(api, "collector", entry)[0]
    assert (first["outcome"], first["reason"]) == ("refused", "unknown_household")
    assert first["household_id"] is None
    again = send(api, "collector", entry)[0]
    assert again["replay"]
    assert (again["outcome"], again["reason"]) == ("refused", "unknown_household")
    assert world.count(field_entries) == 1
