"""Scenario (i) of ``bench/run_all.py``: importing the network's spreadsheets.

A file of ``households`` households — one row per person, the household's columns on each
(decision 0047), about three persons a household, so 100,000 households are about
300,000 rows — written as CSV and as XLSX with Thai headers and Buddhist-era dates, half
the persons with a national ID. Each import runs in a fresh process (so its peak RSS is
the import's own) on a fresh database holding the 55 demo communities: SQLite (a file)
and, when reachable, PostgreSQL (its own schema). Timed: the import, from opening the
file to the commit; reported: the peak RSS of the process, and the same for a file a
tenth the size, to show the memory does not grow with the file."""

import json
import resource
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from random import Random
from typing import Any

from openpyxl import Workbook
from sqlalchemy import insert

from thungngoen.community.imports import ImportOptions, import_file
from thungngoen.community.person_values import Basis
from thungngoen.community.tables import communities
from thungngoen.db import create_db_engine
from thungngoen.db.migrate import upgrade
from thungngoen.registry.names import person_name

AT = datetime(2026, 11, 2, 3, 0, tzinfo=UTC)
HEADERS = (
    "ชุมชน", "บ้านเลขที่", "ที่อยู่", "การถือครอง", "รายได้ต่อเดือน", "หนี้สิน", "ชื่อ-สกุล",
    "วันเกิด", "เพศ", "ความสัมพันธ์", "เลขประจำตัวประชาชน", "เบอร์โทร", "อาชีพ",
)  # fmt: skip
COMMUNITIES = 55
TENURES = ("เช่า", "บ้านของตนเอง", "ที่ดินรถไฟ", "บ้านมั่นคง")
RELATIONS = ("หัวหน้าครัวเรือน", "คู่สมรส", "บุตร", "บุตร")
BASIS = Basis("consent", purpose="แบบสำรวจครัวเรือน (ทดสอบ)", notice_version="2026-1")


def national_id(number: int) -> str:
    digits = f"1{number:011d}"
    check = (11 - sum(int(d) * (13 - i) for i, d in enumerate(digits)) % 11) % 10
    return digits + str(check)


def rows(households: int, seed: int = 15) -> Any:
    rng = Random(seed)
    person = 0
    for house in range(households):
        community = f"ชุมชนทดสอบ {house % COMMUNITIES + 1}"
        number = f"{house // COMMUNITIES + 1}/{rng.randint(1, 9)}"
        home = (
            community, number, f"ซอย {rng.randint(1, 20)}", rng.choice(TENURES),
            f"{rng.randrange(3000, 25000)}", str(rng.choice((0, 5000))),
        )  # fmt: skip
        for relation in RELATIONS[: rng.randint(2, 4)]:
            person += 1
            born = date(1950, 1, 1) + timedelta(days=rng.randint(0, 20_000))
            yield (
                *home, person_name(rng),
                f"{born.day:02d}/{born.month:02d}/{born.year + 543}",
                rng.choice(("หญิง", "ชาย")), relation,
                national_id(person) if person % 2 else "",
                f"093{person:07d}" if rng.random() < 0.5 else "", "รับจ้าง",
            )  # fmt: skip


def write_files(households: int, folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    csv_path, xlsx_path = folder / f"import-{households}.csv", folder / f"import-{households}.xlsx"
    if not csv_path.exists():
        import csv

        with csv_path.open("w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file)
            writer.writerow(HEADERS)
            writer.writerows(rows(households))
    if not xlsx_path.exists():
        book = Workbook(write_only=True)
        sheet = book.create_sheet("ครัวเรือน")
        sheet.append(HEADERS)
        for line in rows(households):
            sheet.append(line)
        book.save(xlsx_path)
    return {"csv": csv_path, "xlsx": xlsx_path}


def one_import(url: str, path: Path) -> dict[str, Any]:
    """Run in its own process: a fresh database, the communities, the import, timed."""
    engine = create_db_engine(url)
    upgrade(engine)
    with engine.begin() as connection:
        connection.execute(
            insert(communities),
            [
                {"name": f"ชุมชนทดสอบ {n}", "kind": "urban", "tambon_code": "900101",
                 "leader_name": "", "created_at": AT, "updated_at": AT}
                for n in range(1, COMMUNITIES + 1)
            ],
        )  # fmt: skip
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    cpu = time.process_time()
    report = import_file(
        engine, path, ImportOptions(None, BASIS, None, file_name=path.name), actor="bench", at=AT
    )
    seconds = time.perf_counter() - started
    engine.dispose()
    return {
        "rows": report.rows,
        "rejected": report.rejected,
        "households": report.counts.households_created,
        "persons": report.counts.persons_created,
        "seconds": seconds,
        "cpu_seconds": time.process_time() - cpu,
        "rss_before_mib": before / 1024,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def run_in_process(url: str, path: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "thungngoen.bench.data_import", url, str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


if __name__ == "__main__":
    print(json.dumps(one_import(sys.argv[1], Path(sys.argv[2]))))


def run_import_bench(households: int, folder: Path, pg_url: str | None) -> dict[str, Any]:
    """Every (backend, format) import of ``households`` households, each in a fresh
    process and database; plus a file a tenth the size on SQLite, for the memory."""
    from thungngoen.bench.digests import fresh_postgres

    files = write_files(households, folder)
    small = write_files(max(households // 10, 100), folder)
    runs: dict[str, Any] = {}

    def sqlite_url() -> str:
        path = folder / "import.db"
        for leftover in folder.glob("import.db*"):
            leftover.unlink()
        return f"sqlite:///{path}"

    for kind, path in files.items():
        runs[f"sqlite_{kind}"] = run_in_process(sqlite_url(), path)
        runs[f"sqlite_{kind}_tenth"] = run_in_process(sqlite_url(), small[kind])
        if pg_url is not None:
            runs[f"postgresql_{kind}"] = run_in_process(
                fresh_postgres(pg_url, "bench_import"), path
            )
    return {"households": households, "runs": runs}
