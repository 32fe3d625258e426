"""Schemathesis, all checks, over every operation of the JSON API as an operator and as a
member, on a small budget (issue 12: 0 server errors, 0 undocumented status codes, 0
invalid requests accepted). ``make fuzz`` runs the same script for longer."""

import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "fuzz_api.py"
SECONDS_PER_ROLE = 25


@pytest.mark.slow
def test_schemathesis_finds_nothing_in_the_api(tmp_path: Path) -> None:
    run = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--seconds",
            str(SECONDS_PER_ROLE),
            "--report",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=20 * 60,
        check=False,
    )
    reports = sorted(tmp_path.rglob("*.xml"))
    assert len(reports) == 2, run.stdout[-3000:] + run.stderr[-3000:]
    assert run.returncode == 0, run.stdout[-6000:]
    assert "fuzz: clean" in run.stdout
