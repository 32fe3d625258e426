"""The scenarios of the platform's areas in ``run_all.py``: notifications and their
delivery (n), the digests (n'), the central data's import (i) and its province-size doors
(p)."""

import os
from pathlib import Path
from typing import Any

from scenario_kit import PG_DEFAULT, Outcome, console, note, pg_unreachable, with_note

from thungngoen.bench.data_import import run_import_bench
from thungngoen.bench.digests import fresh_postgres, run_digest_bench
from thungngoen.bench.ledger.targets import (
    Figure,
    at_least,
    below,
)
from thungngoen.bench.notify import run_notify_bench, run_notify_delivery_bench
from thungngoen.bench.province.generate import ProvinceSize
from thungngoen.bench.province.run import postgres_url, rich_progress, run_province, sqlite_url


def scenario_n(scale: float) -> Outcome:
    data = run_notify_bench(Path("var/bench"), people=max(10_000, int(100_000 * scale)))
    console.print_json(data=data)
    name = f"(n) notifications, {data['people']:,} people"
    spread = f"p90 {data['per_payment_us_p90']:.0f} µs, max {data['per_payment_us_max']:.0f} µs"
    figures = [
        with_note(
            below(name, "added to a payment", data["per_payment_us_p50"] / 1000, 0.2), spread
        ),
        below(name, "announcement queued", data["queue_seconds"], 10, "s"),
    ]
    urls = {"sqlite": "sqlite:///var/bench/notify-delivery.db"}
    pg = os.environ.get("THUNGNGOEN_BENCH_PG_URL") or PG_DEFAULT
    why = pg_unreachable(pg)
    if why is None:
        urls["postgresql"] = pg
    else:
        note(f"(n) delivery on PostgreSQL skipped: {why}")
    runs = run_notify_delivery_bench(urls, people=data["people"])
    console.print_json(data=runs)
    data["delivery"] = runs
    for backend in urls:
        figures += delivery_figures(backend, runs)
    return data, figures


def delivery_figures(backend: str, runs: dict[str, Any]) -> list[Figure]:
    line, paced, email = (runs[f"{name}_{backend}"] for name in ("line", "line_paced", "email"))
    name = f"(n) LINE, {line['people']:,} people, {backend}"
    rate = at_least(
        name,
        "deliveries/s",
        line["deliveries_per_second"],
        line["limit_deliveries_per_second"],
        ",.0f",
    )
    sound = line["people_reached_once"] == line["sent"] == line["people"] and not line["problems"]
    detail = (
        f"{line['requests']} requests of <= {line['largest_request']}, "
        f"{line['requests_per_second']:.0f}/s (limit {line['limit_requests_per_second']:g}); "
        f"{line['send_seconds']:.1f} s; everyone once: {sound}"
    )
    paced_name = f"(n) LINE at {paced['limit_requests_per_second']:g} multicasts/s, {backend}"
    limit = paced["limit_requests_per_second"]
    pace = paced["pace_requests_per_second"]
    kept = 0.95 * limit <= pace <= 1.01 * limit  # the sleeps' jitter
    kept = kept and paced["most_requests_in_one_second"] <= limit + 1
    email_name = f"(n) email, {email['people']} people, {backend}"
    email_limit = email["limit_deliveries_per_second"]
    email_kept = 0.9 * email_limit <= email["deliveries_per_second"] <= email_limit
    return [
        with_note(rate, detail),
        Figure(
            paced_name,
            "requests/s",
            f"{pace:.2f}",
            f"{limit:g}, never more",
            "met" if kept else "MISSED",
            f"most in any one second {paced['most_requests_in_one_second']}; "
            f"{paced['people']:,} people, {paced['requests']} requests",
        ),
        Figure(
            email_name,
            "messages/s",
            f"{email['deliveries_per_second']:.2f}",
            f"{email_limit:g}, never more",
            "met" if email_kept and email["received"] == email["people"] else "MISSED",
            f"{email['received']} received in {email['send_seconds']:.1f} s",
        ),
    ]


def scenario_digests(scale: float) -> Outcome:
    people = max(1_000, int(10_000 * scale))
    path = Path("var/bench/digests.db")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    runs = {"sqlite": run_digest_bench(f"sqlite:///{path}", people)}
    url = os.environ.get("THUNGNGOEN_BENCH_PG_URL") or PG_DEFAULT
    if pg_unreachable(url) is None:
        runs["postgresql"] = run_digest_bench(fresh_postgres(url), people)
    console.print_json(data=runs)
    figures = []
    for backend, data in runs.items():
        name = f"(n') digests, {people:,} members, {backend}"
        whole = f"whole pass {data['job_seconds']:.2f} s in {data['batches']} batches"
        batch = below(name, "a batch of 1,000 people", data["batch_ms_max"] / 1000, 1, "s")
        figures.append(with_note(batch, f"p50 {data['batch_ms_p50']:.0f} ms; {whole}"))
    return runs, figures


def scenario_i(scale: float) -> Outcome:
    url = os.environ.get("THUNGNGOEN_BENCH_PG_URL") or PG_DEFAULT
    pg = url if pg_unreachable(url) is None else None
    data = run_import_bench(int(100_000 * scale), Path("var/bench/import"), pg)
    console.print_json(data=data)
    figures = []
    for key, run in data["runs"].items():
        backend, kind, *tenth = key.split("_")
        if tenth:
            continue
        name = f"(i) import {data['households']:,} households ({run['rows']:,} rows), {backend}"
        target = 30 if kind == "csv" else 90
        small = data["runs"].get(f"sqlite_{kind}_tenth")
        memory = f"peak RSS {run['peak_rss_mib']:.0f} MiB"
        if small is not None:
            memory += f" (a tenth of the file: {small['peak_rss_mib']:.0f} MiB)"
        figure = below(name, f"{kind.upper()} import", run["seconds"], target, "s")
        figures.append(with_note(figure, f"{memory}; CPU {run['cpu_seconds']:.1f} s"))
    return data, figures


def scenario_p(scale: float, rebuild: bool) -> Outcome:
    size = ProvinceSize(households=int(500_000 * scale))
    path = Path("var/bench/province.db" if scale == 1 else "var/bench/province-quick.db")
    pg = os.environ.get("THUNGNGOEN_BENCH_PG_URL") or PG_DEFAULT
    runs: dict[str, Any] = {}
    with rich_progress(console) as progress:
        runs["sqlite"] = run_province(*sqlite_url(path, size, rebuild), size, 500, progress)
        if pg_unreachable(pg) is None:
            runs["postgresql"] = run_province(*postgres_url(pg, size, rebuild), size, 500, progress)
    console.print_json(data=runs)
    figures = []
    for backend, data in runs.items():
        name = f"(p) province, {data['households']:,} households, {backend}"
        for door, goal in (("profile_page", 200), ("profile_api", 200)):
            detail = f"p50 {data[door]['p50_ms']:.1f} ms of {data[door]['n']}"
            figures.append(
                with_note(below(name, f"{door} p99", data[door]["p99_ms"], goal), detail)
            )
        for door in ("search_page", "search_api"):
            worst = max(data[door]["by_kind"].items(), key=lambda kind: kind[1]["p99_ms"])
            detail = f"p50 {data[door]['p50_ms']:.1f} ms; slowest: {worst[0]}"
            detail += f" p99 {worst[1]['p99_ms']:.1f}"
            figures.append(with_note(below(name, f"{door} p99", data[door]["p99_ms"], 100), detail))
        generated = data["generated_seconds"]
        kept = "generated now" if generated is not None else "kept from an earlier run"
        figures.append(
            Figure(
                name,
                "generator",
                "–" if generated is None else f"{generated:,.0f} s",
                "(not judged)",
                "reported",
                kept,
            )
        )
    return runs, figures
