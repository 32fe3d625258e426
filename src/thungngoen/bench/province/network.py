"""The network's organisations over the province: forty, as the seeds name about forty
partners — eight covering the whole province, sixteen a district each, sixteen three
sub-districts each — so a community's profile finds the dozen or so covering it through
its path, as it would in use. Added once to a database that has none."""

from random import Random

from sqlalchemy import Connection, Engine, func, insert, select

from thungngoen.bench.province.generate import AT
from thungngoen.community.tables import SECTORS, organisation_places, organisations
from thungngoen.db import write_transaction
from thungngoen.registry.places import amphoes, tambons

COUNT = 40


def _places(rng: Random, number: int) -> list[str]:
    if number < 8:
        return ["province:90"]
    if number < 24:
        return [f"amphoe:{sorted(amphoes())[(number - 8) % len(amphoes())]}"]
    return [f"tambon:{code}" for code in rng.sample(sorted(tambons()), 3)]


def _add(connection: Connection) -> None:
    if connection.execute(select(func.count()).select_from(organisations)).scalar_one():
        return
    rng = Random(40)
    for number in range(COUNT):
        values = {
            "name_th": f"องค์กรภาคีจำลอง {number + 1}",
            "name_en": f"Synthetic partner {number + 1}",
            "sector": SECTORS[number % len(SECTORS)],
            "creative_economy": number % 3 == 0,
            "sustainable_environment": number % 3 == 1,
            "happy_society": number % 3 != 1,
            "contact_name": "",
            "contact_phone": "",
            "contact_email": "",
            "created_at": AT,
            "updated_at": AT,
        }
        made = connection.execute(insert(organisations).returning(organisations.c.id), values)
        organisation_id = made.scalar_one()
        rows = [{"organisation_id": organisation_id, "node": n} for n in _places(rng, number)]
        connection.execute(insert(organisation_places), rows)


def ensure_network(engine: Engine) -> None:
    write_transaction(engine, _add)
