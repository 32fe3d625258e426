"""A small HTTP/1.1 load generator on raw asyncio streams (runs as its own process).

Closed loop (``--concurrency``): each connection sends its next payment when the last
is answered — the most the server can do. Open loop (``--rate``): payments are scheduled
at a fixed rate and each latency counts from its *scheduled* time, so a stalled server
cannot hide its queue (no coordinated omission).
"""

import argparse
import asyncio
import json
import random
import time
import uuid
from pathlib import Path

from thungngoen.bench.api.population import PIN, Population


class Connection:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    async def post(self, path: str, token: str, body: bytes) -> int:
        head = (
            f"POST {path} HTTP/1.1\r\nHost: bench\r\nAuthorization: Bearer {token}\r\n"
            f"Idempotency-Key: {uuid.uuid4().hex}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        )
        self.writer.write(head.encode() + body)
        status_line = await self.reader.readline()
        length = 0
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        await self.reader.readexactly(length)
        return int(status_line.split()[1])


def payment(population: Population, rng: random.Random) -> tuple[str, str, bytes]:
    shop = rng.choice(population.merchant_ids)
    body = json.dumps({"amount_satang": rng.randint(100, 10_000), "pin": PIN}).encode()
    return f"/api/v1/shops/{shop}/pay", rng.choice(population.tokens), body


async def run(args: argparse.Namespace) -> dict[str, object]:
    population = Population.load(args.population)
    rng = random.Random(args.seed)
    pool = [
        Connection(*await asyncio.open_connection(args.host, args.port))
        for _ in range(args.concurrency)
    ]
    free: asyncio.Queue[Connection] = asyncio.Queue()
    for connection in pool:
        free.put_nowait(connection)
    latencies: list[float] = []
    statuses: dict[int, int] = {}

    async def one(scheduled: float) -> None:
        connection = await free.get()
        status = await connection.post(*payment(population, rng))
        latencies.append(time.perf_counter() - scheduled)
        statuses[status] = statuses.get(status, 0) + 1
        free.put_nowait(connection)

    start = time.perf_counter()
    if args.rate:
        tasks = []
        for n in range(args.requests):
            due = start + n / args.rate
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            tasks.append(asyncio.create_task(one(due)))
        await asyncio.gather(*tasks)
    else:

        async def worker(count: int) -> None:
            for _ in range(count):
                await one(time.perf_counter())

        share = args.requests // args.concurrency
        await asyncio.gather(*(worker(share) for _ in range(args.concurrency)))
    elapsed = time.perf_counter() - start
    latencies.sort()
    return {
        "requests": len(latencies),
        "elapsed_seconds": elapsed,
        "payments_per_second": len(latencies) / elapsed,
        "statuses": statuses,
        "p50_ms": 1000 * latencies[len(latencies) // 2],
        "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--population", type=Path, required=True)
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--rate", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=1)
    print(json.dumps(asyncio.run(run(parser.parse_args()))))


if __name__ == "__main__":
    main()
