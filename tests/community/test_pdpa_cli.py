"""``thungngoen data pdpa …``: requests and the overdue ones, breaches with their clock,
notice versions, the access copy to a file, the reads log; a rejection is one red line,
exit 1, nothing written."""

import json
from datetime import timedelta
from pathlib import Path

from typer.testing import CliRunner

from tests.community.helpers import World
from thungngoen.cli.main import app
from thungngoen.clock import utc_now
from thungngoen.community.pdpa_tables import breaches, privacy_notices, subject_requests


def _run(url: str, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["data", "pdpa", *args, "--database-url", url])
    return result.exit_code, result.output


def test_requests_breaches_notices_copy_and_reads_from_the_shell(
    world: World, database_url: str, tmp_path: Path
) -> None:
    person = world.person(world.household().id, name="สมใจ ขอสำเนา", phone="0851112222")
    long_ago = (utc_now() - timedelta(days=40)).isoformat()
    code, out = _run(database_url, "request-add", "--person", str(person.id), "--kind",
                     "access", "--received-at", long_ago)  # fmt: skip
    assert code == 0, out
    code, out = _run(database_url, "requests", "--overdue")
    assert code == 0, out
    assert "OVERDUE" in out, out
    assert "1 overdue" in out, out
    code, out = _run(database_url, "request-add", "--person", str(person.id), "--kind", "delete")
    assert code == 1
    assert "a request is one of" in out
    assert world.count(subject_requests) == 1
    code, out = _run(database_url, "breach-add", "--description", "แฟ้มหาย", "--data", "ชื่อ",
                     "--people", "12", "--risk", "high")  # fmt: skip
    assert code == 0, out
    assert "notify the office by" in out, out
    code, out = _run(database_url, "breaches")
    assert code == 0, out
    assert "high" in out, out
    assert "71" in out or "72" in out, out
    code, out = _run(database_url, "breach-add", "--description", "x", "--data", "y",
                     "--people", "1", "--risk", "extreme")  # fmt: skip
    assert code == 1
    assert world.count(breaches) == 1
    code, out = _run(database_url, "breach-notify", "1", "--whom", "office")
    assert code == 0, out
    thai, english = tmp_path / "th.txt", tmp_path / "en.txt"
    thai.write_text("ประกาศฉบับใหม่", encoding="utf-8")
    english.write_text("The new notice", encoding="utf-8")
    today = utc_now().date().isoformat()
    args = [
        "notice-publish",
        "--effective-on",
        today,
        "--thai",
        str(thai),
        "--english",
        str(english),
    ]
    code, out = _run(database_url, *args, "--version", "2027-1")
    assert code == 0, out
    code, out = _run(database_url, *args, "--version", "2027-1")
    assert code == 1
    assert "exists already" in out
    assert world.count(privacy_notices) == 3
    copy = tmp_path / "copy.json"
    code, out = _run(database_url, "copy", "--person", str(person.id), "--out", str(copy))
    assert code == 0, out
    held = json.loads(copy.read_text(encoding="utf-8"))
    assert held["person"]["name"] == "สมใจ ขอสำเนา"
    assert held["person"]["phone"] == "0851112222"
    pdf = tmp_path / "copy.pdf"
    code, out = _run(database_url, "copy", "--person", str(person.id), "--out", str(pdf))
    assert code == 0, out
    assert pdf.read_bytes().startswith(b"%PDF"), out
    code, out = _run(database_url, "reads", "--person", str(person.id), "--reader", "cli")
    assert code == 0, out
    assert out.count("export") == 2, out
