"""The profile and the search timed through the app's doors, in process (``TestClient``
on the app as the server runs it, ``for_serving``): the page and the API, by a logged-in
network coordinator (the widest scope: every community, every person).

The queries are drawn from the data itself (seeded): communities spread over the
province; names as people type them — the first two or three letters of a given name, a
whole given name, a whole name, a whole family name; phones as people type them — the
whole number, or its last four digits (what a masked list shows: ``08x-xxx-5678``)."""

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from random import Random
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Connection, Engine, func, select

from thungngoen import community, wallet
from thungngoen.auth.users import find_by_phone
from thungngoen.bench.ledger.stats import percentile
from thungngoen.clock import utc_now
from thungngoen.community.tables import communities, persons
from thungngoen.db import read_transaction, write_transaction
from thungngoen.db.writer import detach_writer
from thungngoen.wallet import book
from thungngoen.web.app import create_app, for_serving

COORDINATOR = ("0800015015", "province-bench-pass")
KINDS = ("name_start", "given_name", "full_name", "family_name", "phone", "phone_last4")
WARM_UP = 30


@dataclass(frozen=True, slots=True)
class Query:
    kind: str
    text: str


def ensure_coordinator(engine: Engine) -> None:
    """The bench's login, a network coordinator (made once per database)."""
    at = utc_now()

    def work(connection: Connection) -> None:
        if find_by_phone(connection, COORDINATOR[0]) is not None:
            return
        book.ensure_system_accounts(connection)
        member = wallet.register_member(
            connection,
            phone=COORDINATOR[0],
            name="ผู้ประสานงานทดสอบ (จำลอง)",
            password=COORDINATOR[1],
            tambon_code="900101",
            actor="bench",
        )
        community.grant_duty(
            connection, user_id=member.user_id, duty="coordinator", actor="bench", at=at
        )

    write_transaction(engine, work)


def sample(engine: Engine, rng: Random, count: int) -> tuple[list[int], list[Query]]:
    """``count`` communities and ``count`` search queries, every kind in turn."""
    with read_transaction(engine) as connection:
        ids = list(connection.execute(select(communities.c.id)).scalars())
        top = connection.execute(select(func.max(persons.c.id))).scalar_one()
        picked = [rng.randint(1, top) for _ in range(count * 3)]
        rows = connection.execute(
            select(persons.c.name, persons.c.phone).where(persons.c.id.in_(picked))
        ).all()
    names = [row.name for row in rows]
    phones = [row.phone for row in rows if row.phone]
    queries = []
    for index in range(count):
        kind = KINDS[index % len(KINDS)]
        given, _, family = rng.choice(names).partition(" ")
        number = rng.choice(phones)
        text = {
            "name_start": given[: rng.choice((2, 3))],
            "given_name": given,
            "full_name": f"{given} {family}",
            "family_name": family,
            "phone": number,
            "phone_last4": number[-4:],
        }[kind]
        queries.append(Query(kind, text))
    return [rng.choice(ids) for _ in range(count)], queries


@contextmanager
def clients(engine: Engine) -> Iterator[tuple[TestClient, dict[str, str]]]:
    """A browser logged in through the form, and the API's bearer header."""
    client = TestClient(for_serving(create_app(engine)))
    try:
        page = client.get("/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        assert token is not None
        phone, password = COORDINATOR
        form = {"phone": phone, "password": password, "csrf_token": token.group(1)}
        answer = client.post("/login", data=form, follow_redirects=False)
        assert answer.status_code == 303, answer.text
        login = client.post("/api/v1/auth/login", json={"phone": phone, "password": password})
        assert login.status_code == 200, login.text
        yield client, {"Authorization": f"Bearer {login.json()['token']}"}
    finally:
        detach_writer(engine)


def timed(client: TestClient, path: str, headers: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    response = client.get(path, headers=headers)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise RuntimeError(f"{path} answered {response.status_code}: {response.text[:200]}")
    return elapsed


def figures(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {
        "n": len(ordered),
        "p50_ms": percentile(ordered, 50),
        "p99_ms": percentile(ordered, 99),
        "max_ms": ordered[-1],
    }


def measure(engine: Engine, requests: int, seed: int = 50) -> dict[str, Any]:
    """p50/p99 of ``requests`` profile views and searches, each through the page and the
    API, after ``WARM_UP`` of each; the searches also by kind of query."""
    ensure_coordinator(engine)
    places, queries = sample(engine, Random(seed), requests)
    api = "/api/v1/data"
    doors = {
        "profile_page": [f"/data/communities/{i}" for i in places],
        "profile_api": [f"{api}/communities/{i}" for i in places],
        "search_page": [f"/data/search?q={q.text}" for q in queries],
        "search_api": [f"{api}/search?q={q.text}" for q in queries],
    }
    found: dict[str, Any] = {}
    with clients(engine) as (client, bearer):
        for door, paths in doors.items():
            headers = bearer if door.endswith("api") else None
            for path in paths[:WARM_UP]:
                timed(client, path, headers)
            times = [timed(client, path, headers) for path in paths]
            found[door] = figures(times)
            if door.startswith("search"):
                found[door]["by_kind"] = {
                    kind: figures(
                        [t for t, q in zip(times, queries, strict=True) if q.kind == kind]
                    )
                    for kind in KINDS
                }
    return found
