"""Import benchmark (issue 3): a synthetic corpus built from the seeds, imported on SQLite and PostgreSQL.

    .venv/bin/python scripts/bench_import.py [--sets 440] [--database-url URL ...] [--json out.json]

The corpus is written to a temporary directory: ``--sets`` variants of each of the
five seed pages (regions swapped for other counties of the same province,
numbers and dates changed), so every page and every item is distinct. In the same
run it measures:

* the reference: jieba's own ``jieba.lcut`` (single core, dictionary loaded
  beforehand) over the decoded text of every page;
* for each database: ``manage.py import_seeds`` on the corpus in a fresh child
  process (fresh schema, so peak RSS is the import's own), then the re-import
  of the unchanged corpus.

Peak memory is measured two ways: PSS (the parent samples the summed
``/proc/PID/smaps_rollup`` Pss of the import's process tree every 0.2 s and keeps
the peak; shared pages are divided among the processes that map them, so this is
the memory really held) and the upper bound ``ru_maxrss`` of the importing
process plus, per worker, the largest worker's ``ru_maxrss``.

Targets: import MB/s ≥ jieba lcut MB/s, peak PSS < 500 MB, re-import ≥ 20× faster.
Without ``--database-url`` it uses a throwaway SQLite file only.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
REGIONS_CSV = ROOT / "articles" / "data" / "regions.csv"
PROVINCES = ("500000", "510000")  # 重庆, 四川

TARGET_MEMORY_MB = 500
TARGET_REIMPORT_SPEEDUP = 20


# --- corpus ------------------------------------------------------------------------------------


def load_places() -> dict[str, dict[str, list[str]]]:
    """Official names of 重庆 and 四川 prefectures and counties: {province: {level: [names]}}."""
    import csv

    rows = list(csv.DictReader(REGIONS_CSV.open(encoding="utf-8")))
    parent = {row["adcode"]: row["parent_adcode"] for row in rows}

    def province_of(code: str) -> str:
        while parent.get(code):
            code = parent[code]
        return code

    places: dict[str, dict[str, list[str]]] = {p: {"prefecture": [], "county": []} for p in PROVINCES}
    for row in rows:
        province = province_of(row["adcode"])
        if province in places and row["level"] in ("prefecture", "county") and len(row["name"]) >= 3:
            places[province][row["level"]].append(row["name"])
    return places


_NUMBER = re.compile(r"(?<![\d.\-/:=&%A-Za-z_])([1-9]\d{1,4})(?=[名人户张份个万元条家场次套本千米亩])")
_MONTH_DAY = re.compile(r"(?<!\d)(1[0-2]|[1-9])月([1-3]?\d)日")
_ISO_DATE = re.compile(r"20\d\d-\d\d-\d\d")


class Varier:
    """Makes distinct but realistic variants of one seed page."""

    def __init__(self, places):
        self.places = places
        self.names = {name: (p, level) for p, levels in places.items() for level, ns in levels.items() for name in ns}
        self.pattern = re.compile("|".join(sorted(map(re.escape, self.names), key=len, reverse=True)))

    def vary(self, text: str, rng: random.Random) -> str:
        mapping: dict[str, str] = {}

        def region(match):
            name = match.group(0)
            if name not in mapping:
                province, level = self.names[name]
                mapping[name] = rng.choice(self.places[province][level])
            return mapping[name]

        text = self.pattern.sub(region, text)
        text = _NUMBER.sub(lambda m: str(rng.randint(10 ** (len(m.group(1)) - 1), 10 ** len(m.group(1)) - 1)), text)
        text = _MONTH_DAY.sub(lambda m: f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", text)
        page_day = date(2019, 1, 1) + timedelta(days=rng.randrange(3 * 365))
        return _ISO_DATE.sub(page_day.isoformat(), text)


def seed_texts() -> list[tuple[str, str]]:
    return [(path.stem, path.read_bytes().decode("utf-8-sig")) for path in sorted(SEEDS.glob("*.txt"))]


def make_corpus(out_dir: Path, sets: int, *, seed: int = 20200325) -> tuple[int, int]:
    """Write ``sets`` variants of every seed page to ``out_dir``; return (files, bytes)."""
    rng = random.Random(seed)
    varier = Varier(load_places())
    seeds = seed_texts()
    files = total = 0
    for n in range(sets):
        for stem, text in seeds:
            data = varier.vary(text, rng).encode("utf-8")
            (out_dir / f"{n:05d}_{stem[:3]}.txt").write_bytes(data)
            files += 1
            total += len(data)
    return files, total


# --- reference: jieba.lcut ---------------------------------------------------------------------


def jieba_reference(corpus: Path) -> dict:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    texts = [path.read_bytes().decode("utf-8") for path in sorted(corpus.iterdir())]
    size = sum(len(t.encode("utf-8")) for t in texts)
    start = time.perf_counter()
    words = 0
    for text in texts:
        words += len(jieba.lcut(text))
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "mb": size / 1e6, "mb_s": size / 1e6 / seconds, "words": words}


# --- one database, in a child process ----------------------------------------------------------


def worker(corpus: Path, profile: str | None, workers: int | None = None) -> dict:
    """Migrate, import the corpus, re-import it; runs in its own process (DATABASE_URL from env)."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kexie_cms.settings")
    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from articles.models import Article, Organization, SourceDocument

    call_command("migrate", verbosity=0, interactive=False)
    size = sum(p.stat().st_size for p in corpus.iterdir())
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    profiler = None
    if profile:
        from pyinstrument import Profiler

        profiler = Profiler()
        profiler.start()
    start = time.perf_counter()
    call_command("import_seeds", str(corpus), no_progress=True, verbosity=0, workers=workers)
    first = time.perf_counter() - start
    if profiler:
        profiler.stop()
        Path(profile).write_text(profiler.output_text(unicode=True, color=False, show_all=False))
    # Peak memory of the import: this process plus its analysis workers (the largest worker's
    # peak counted once per worker, an upper bound since they run at the same time).
    from articles.services.batch import default_workers

    if workers is None:
        workers = default_workers(sum(1 for _ in corpus.iterdir()))
    worker_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    rss_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak = rss_self + workers * worker_peak
    items = Article.objects.count()
    pages = SourceDocument.objects.count()
    start = time.perf_counter()
    call_command("import_seeds", str(corpus), no_progress=True, verbosity=0)
    second = time.perf_counter() - start
    assert Article.objects.count() == items, "re-import changed the article count"
    return {
        "vendor": connection.vendor,
        "version": _db_version(connection),
        "pages": pages,
        "items": items,
        "organizations": Organization.objects.count(),
        "mb": size / 1e6,
        "seconds": first,
        "mb_s": size / 1e6 / first,
        "items_s": items / first,
        "rss_before_mb": rss_before,
        "peak_rss_mb": peak,
        "rss_self_mb": rss_self,
        "workers": workers,
        "worker_peak_rss_mb": worker_peak,
        "reimport_seconds": second,
        "reimport_speedup": first / second,
    }


def _db_version(connection) -> str:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
        else:
            cursor.execute("SELECT sqlite_version()")
        return cursor.fetchone()[0]


def _children(pid: int) -> list[int]:
    """The process and all its descendants (from /proc)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            parents.setdefault(ppid, []).append(int(entry))
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(parents.get(current, []))
    return tree


def _peak_rss_mb(pid: int) -> float:
    """The process's peak resident size so far (VmHWM), 0 when it has ended."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _pss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
        except OSError:  # the process ended between the listing and the read
            continue
    return total / 1024


class PssSampler(threading.Thread):
    """Peak of the summed PSS of a process tree, sampled every ``interval`` seconds.

    PSS divides each shared page among the processes that map it, so the sum is
    the memory the tree really holds (ru_maxrss counts shared pages once per process).
    """

    def __init__(self, pid: int, interval: float = 0.2):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_mb = 0.0
        # The largest peak RSS of a process under the import: its analysis workers are children of
        # multiprocessing's fork server, not of the import, so RUSAGE_CHILDREN does not see them.
        self.descendant_peak_mb = 0.0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            tree = _children(self.pid)
            self.peak_mb = max(self.peak_mb, _pss_mb(tree))
            self.descendant_peak_mb = max([self.descendant_peak_mb, *(_peak_rss_mb(pid) for pid in tree[1:])])
            self.stop.wait(self.interval)


def run_database(url: str, corpus: Path, profile: str | None, workers: int | None = None) -> dict:
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": "bench-only"}
    cmd = [sys.executable, __file__, "--worker", str(corpus)] + (["--profile", profile] if profile else [])
    cmd += ["--workers", str(workers)] if workers is not None else []
    child = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = PssSampler(child.pid)
    sampler.start()
    try:
        stdout, stderr = child.communicate(timeout=900)
    finally:
        sampler.stop.set()
        sampler.join()
    if child.returncode != 0:
        sys.stderr.write(stdout + stderr)
        raise SystemExit(f"import benchmark failed on {url}")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["peak_pss_mb"] = sampler.peak_mb
    result["worker_peak_rss_mb"] = max(result["worker_peak_rss_mb"], sampler.descendant_peak_mb)
    result["peak_rss_mb"] = result["rss_self_mb"] + result["workers"] * result["worker_peak_rss_mb"]
    return result


def report(ref: dict, results: list[dict]) -> list[str]:
    lines = [
        f"corpus: {results[0]['pages'] if results else '?'} pages, {ref['mb']:.1f} MB; "
        f"jieba.lcut reference: {ref['seconds']:.1f} s = {ref['mb_s']:.3f} MB/s",
        "| database | items | time s | MB/s | items/s | vs jieba lcut | peak PSS MB | ru_maxrss sum MB |"
        " re-import s | re-import speedup |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        ratio = r["mb_s"] / ref["mb_s"]
        lines.append(
            f"| {r['vendor']} {r['version']} | {r['items']} | {r['seconds']:.1f} | {r['mb_s']:.3f} | "
            f"{r['items_s']:.0f} | {ratio:.2f}× {'PASS' if ratio >= 1 else 'FAIL'} | "
            f"{r['peak_pss_mb']:.0f} {'PASS' if r['peak_pss_mb'] < TARGET_MEMORY_MB else 'FAIL'} | "
            f"{r['peak_rss_mb']:.0f} ({r['rss_self_mb']:.0f} + {r['workers']} × {r['worker_peak_rss_mb']:.0f}) | "
            f"{r['reimport_seconds']:.2f} | {r['reimport_speedup']:.0f}× "
            f"{'PASS' if r['reimport_speedup'] >= TARGET_REIMPORT_SPEEDUP else 'FAIL'} |"
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=int, default=440, help="variants of each seed page (440 → ~22 MB, ~10,500 items)")
    parser.add_argument("--database-url", action="append", default=[], help="database to import into (repeatable)")
    parser.add_argument("--json", help="write the results here as JSON")
    parser.add_argument("--profile", help="pyinstrument text profile of the first import (first database)")
    parser.add_argument("--workers", type=int, help="analysis processes of the import (default: import_seeds' own)")
    parser.add_argument("--corpus", help="import this directory instead of a generated corpus (kept)")
    parser.add_argument("--worker", metavar="CORPUS", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(Path(args.worker), args.profile, args.workers)))
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="kexie-bench-import-"))
    try:
        if args.corpus:
            corpus = Path(args.corpus)
            files, size = len(list(corpus.iterdir())), sum(p.stat().st_size for p in corpus.iterdir())
        else:
            corpus = tmp / "corpus"
            corpus.mkdir()
            files, size = make_corpus(corpus, args.sets)
        print(f"corpus: {files} pages, {size / 1e6:.1f} MB in {corpus}", flush=True)
        ref = jieba_reference(corpus)
        print(f"jieba.lcut: {ref['seconds']:.1f} s, {ref['mb_s']:.3f} MB/s", flush=True)
        urls = args.database_url or [f"sqlite:///{tmp / 'bench.sqlite3'}"]
        results = []
        for i, url in enumerate(urls):
            result = run_database(url, corpus, args.profile if i == 0 else None, args.workers)
            print(f"{result['vendor']}: {result}", flush=True)
            results.append(result)
        lines = report(ref, results)
        print("\n".join(lines))
        if args.json:
            Path(args.json).write_text(json.dumps({"jieba": ref, "databases": results}, indent=2))
        ok = all(
            r["mb_s"] >= ref["mb_s"]
            and r["peak_pss_mb"] < TARGET_MEMORY_MB
            and r["reimport_speedup"] >= TARGET_REIMPORT_SPEEDUP
            for r in results
        )
        return 0 if ok else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
