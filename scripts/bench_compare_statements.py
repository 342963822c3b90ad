"""Compare two codes' SQL for one page, alternating on one connection (docs/BENCHMARKS.md, issue 4).

Each ``bench_site.py --json`` run records the statements each page ran. Run it once per code on the
same data (``--skip-generate``), then re-execute both codes' statements of one page and state here,
alternately, on one connection, and print each statement's median: a change in the machine's speed
then falls on both alike, which separate runs minutes apart cannot promise.

    DATABASE_URL=postgresql://... .venv/bin/python scripts/bench_compare_statements.py \\
        new.json old.json "q=科普" [--state cold] [--rounds 30]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics

import psycopg
from bench_site import run_statements  # this script runs from scripts/, as bench_site does


def statements(path: str, label: str, state: str) -> list[str]:
    with open(path, encoding="utf-8") as file:
        views = json.load(file)["views"]
    for view in views:
        if view["label"] == label and view["state"] == state:
            return view["statements"]
    raise SystemExit(f"{path}: no {state} run of {label!r}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("a_json")
    parser.add_argument("b_json")
    parser.add_argument("label", help="the page's label in the JSON, e.g. q=科普 or unfiltered")
    parser.add_argument("--state", default="cold", choices=["cold", "warm"])
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    codes = {
        "A": statements(args.a_json, args.label, args.state),
        "B": statements(args.b_json, args.label, args.state),
    }
    times = {name: [[] for _ in sqls] for name, sqls in codes.items()}
    with (
        psycopg.connect(os.environ["DATABASE_URL"], autocommit=True) as connection,
        connection.cursor() as cursor,
    ):
        for round_ in range(args.rounds):
            order = ("A", "B") if round_ % 2 == 0 else ("B", "A")
            for name in order:
                for index, sql in enumerate(codes[name]):
                    times[name][index].append(run_statements(cursor, [sql]))
    for name, sqls in codes.items():
        totals = [sum(each) for each in zip(*times[name], strict=True)]
        print(
            f"{name} ({args.a_json if name == 'A' else args.b_json}): all statements, median {statistics.median(totals):.1f} ms"
        )
        for index, sql in enumerate(sqls):
            print(f"  {statistics.median(times[name][index]):8.2f} ms  {sql[:100]}")


if __name__ == "__main__":
    main()
