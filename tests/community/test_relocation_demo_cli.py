"""The demo's 150 relocation requests over Bo Yang at every step with one proposal, and
``thungngoen data relocation …`` from list to PDF."""

import subprocess
from collections import Counter
from pathlib import Path

from sqlalchemy import Engine, select
from typer.testing import CliRunner

from thungngoen.cli.main import app
from thungngoen.community import relocation as rel
from thungngoen.community.demo import load_community_demo
from thungngoen.community.relocation.demo import PROPOSAL
from thungngoen.community.relocation_tables import relocation_requests
from thungngoen.community.tables import communities, households, personal_reads
from thungngoen.db import read_transaction


def test_the_demo_and_the_commands(engine: Engine, database_url: str, tmp_path: Path) -> None:
    assert load_community_demo(engine, households=1_200) is True
    with read_transaction(engine) as connection:
        rows = connection.execute(
            select(relocation_requests.c.status, households.c.wish_to_relocate,
                   communities.c.tambon_code)
            .join(households, households.c.id == relocation_requests.c.household_id)
            .join(communities, communities.c.id == households.c.community_id)
        ).all()  # fmt: skip
        [plan] = rel.list_proposals(connection)
        elsewhere = connection.execute(
            select(households.c.id)
            .join(communities, communities.c.id == households.c.community_id)
            .where(communities.c.tambon_code != "900101")
            .limit(1)
        ).scalar_one()
    assert len(rows) == 150
    assert {row.tambon_code for row in rows} == {"900101"}, "Bo Yang's households"
    assert all(row.wish_to_relocate for row in rows)
    assert Counter(row.status for row in rows) == {
        "registered": 40, "verified": 35, "proposed": 30, "approved": 15, "moved": 10,
        "withdrawn": 20,
    }  # fmt: skip
    assert plan.name == PROPOSAL
    runner = CliRunner()

    def run(*words: str, code: int = 0) -> str:
        result = runner.invoke(app, ["data", "relocation", *words, "--database-url", database_url])
        assert result.exit_code == code, result.output
        return result.output

    assert "150 requests" in run("list")
    assert "35 requests" in run("list", "--status", "verified")
    assert "55" in run("proposals")
    registered = run("list", "--status", "registered").split("│")
    first = next(int(cell) for cell in registered if cell.strip().isdigit())
    shown = run("show", str(first))
    assert "registered" in shown
    assert "version 1" in shown
    assert "cannot become approved" in run("step", str(first), "approved", "--version", "1", code=1)
    assert "is verified (version 2)" in run("step", str(first), "verified", "--version", "1")
    out = tmp_path / "codi.pdf"
    assert "55 households" in run("pdf", str(plan.id), "--out", str(out))
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True).stdout
    assert "รวมทั้งสิ้น" in text.decode()
    with read_transaction(engine) as connection:
        logged = connection.execute(select(personal_reads.c.reader)).scalars().all()
    assert len(logged) == 55
    assert set(logged) == {"cli"}
    home = str(elsewhere)
    assert "the reason is one of" in run(
        "register", "--household", home, "--reason", "bad-reason", code=1
    )
    assert "registered" in run(
        "register", "--household", home, "--reason", "eviction", "--savings", "40000"
    )
    assert "already" in run("register", "--household", home, "--reason", "eviction", code=1)
