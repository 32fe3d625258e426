"""``thungngoen report circulation`` and ``thungngoen circulation refresh|rebuild``."""

import csv
import io
import json
import re

from typer.testing import CliRunner, Result

from tests.circulation.conftest import Story
from tests.circulation.economy import BO_YANG
from thungngoen.cli.main import app


def run(database_url: str, *args: str) -> Result:
    return CliRunner().invoke(app, [*args, "--database-url", database_url])


def words(result: Result) -> str:
    """The output without the tables' lines, one space between words."""
    return " ".join(re.sub(r"[\u2500-\u257f]", " ", result.output).split())


def test_report_as_a_table(story: Story, database_url: str) -> None:
    result = run(database_url, "report", "circulation")
    assert result.exit_code == 0, result.output
    text = words(result)
    assert "Circulation: 2026-03-02 … 2026-03-04, ทั้งโครงการ" in text
    assert "LM3 1.68" in text
    assert "spend volume 1,500.00 เหรียญ" in text
    assert "merchant re-spend 550.00 เหรียญ (42.3%)" in text
    assert "average hops before redemption 1.72" in text
    assert "ร้านข้าว" in text


def test_report_as_json_for_an_area_and_days(story: Story, database_url: str) -> None:
    result = run(
        database_url,
        "report",
        "circulation",
        "--area",
        BO_YANG,
        "--from",
        "2026-03-02",
        "--to",
        "2026-03-04",
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["area"] == {"level": "tambon", "code": BO_YANG, "name": "บ่อยาง"}
    figures = data["figures"]
    assert figures["lm3"]["r1_satang"] == 85_000
    assert figures["lm3"]["r2_satang"] == 10_000
    assert figures["spend_satang"] == 115_000
    assert data["period_from"] == "2026-03-02"


def test_report_as_csv(story: Story, database_url: str) -> None:
    result = run(database_url, "report", "circulation", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.output)))
    assert rows[0] == ["section", "item", "measure", "value"]
    assert ["summary", "", "spend_satang", "150000"] in rows
    assert ["lm3", "value", "value", f"{1430 / 850:.6f}"] in rows
    assert ["cell", "900101>901101", "amount_satang", "30000"] in rows
    assert ["merchant", str(story.rice), "respent_satang", "40000"] in rows


def test_a_bad_day_or_area_is_one_red_line(story: Story, database_url: str) -> None:
    bad_day = run(database_url, "report", "circulation", "--from", "2026-13-01")
    assert bad_day.exit_code == 1
    assert "--from: '2026-13-01' is not a day (YYYY-MM-DD)" in bad_day.output
    bad_area = run(database_url, "report", "circulation", "--area", "12")
    assert bad_area.exit_code == 1
    assert "'12' is not a district or sub-district of Songkhla" in bad_area.output


def test_refresh_and_rebuild(story: Story, database_url: str) -> None:
    first = run(database_url, "circulation", "refresh")
    assert first.exit_code == 0, first.output
    assert "transfer(s) added" in first.output
    assert "0 transfer(s) added" not in first.output
    again = run(database_url, "circulation", "refresh")
    assert "0 transfer(s) added" in again.output
    rebuilt = run(database_url, "circulation", "rebuild")
    assert rebuilt.exit_code == 0, rebuilt.output
    assert first.output.split()[0] in rebuilt.output
