"""Site benchmark (issue 4): 100,000 generated articles on PostgreSQL, /articles/ timed in-process and under load.

    DATABASE_URL=postgresql://... .venv/bin/python scripts/bench_site.py [--articles 100000] [--json out.json]
    # again on the same data, only the searches, no load run:
    DATABASE_URL=postgresql://... .venv/bin/python scripts/bench_site.py --skip-generate --no-load --only q=

1. Generate: the seed pages are imported, then ``--articles`` articles are
   bulk-inserted from variants of their titles and paragraphs (regions swapped
   across 重庆/四川 counties), with 1–2 county regions, 1–3 themes, 0–2
   organizations, dates over three years, 95% published; ``search_title`` and
   ``search_text`` are segmented with the project Segmenter (per pooled
   paragraph) and the vectors refreshed with ``refresh_search_vectors``.
2. Server time: each URL through Django's test Client in this process, warm (a repeated
   request, ``--requests`` times) and cold (the cache emptied before each request,
   ``--cold-requests`` times). Beside each, in the same loop, the floor: every SQL
   statement the view ran in that state, captured from the view in this run and
   re-executed on a raw cursor; and the LIMIT-20 list statement alone.
3. Load: gunicorn (``--workers``) on 127.0.0.1 and ``wrk`` for ``--duration``
   seconds per URL with ``--connections`` connections.

Targets: list p95 ≤ 50 ms, search p95 ≤ 100 ms, view ≤ 2× its bare SQL (warm and cold, each
against the statements it ran), zero errors under load. Every row gets PASS/FAIL for both.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

PAGE_SIZE = 20
LIST_P95_MS, SEARCH_P95_MS, FLOOR_RATIO = 50, 100, 2.0


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kexie_cms.settings_test")
    os.environ.setdefault("DJANGO_DEBUG", "0")
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only")
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
    import django

    django.setup()


# --- data --------------------------------------------------------------------------------------


def generate(n: int, *, seed: int = 4) -> None:
    """Import the seeds, then bulk-insert ``n`` generated articles and refresh their search vectors."""
    from bench_import import Varier, load_places
    from django.core.management import call_command
    from django.db import connection, transaction

    from articles import bodytext
    from articles.models import Article, ArticleOrganization, ArticleRegion, Organization, Region, Theme
    from articles.services import facet_keys
    from articles.services.context import get_segmenter
    from articles.services.search import refresh_search_vectors
    from articles.slugs import pinyin_slug

    call_command("import_seeds", str(ROOT / "seeds"), no_progress=True, verbosity=0)
    rng = random.Random(seed)
    varier = Varier(load_places())
    segmenter = get_segmenter()
    bases = list(Article.objects.filter(kind="article").values_list("title", "body"))
    titles, paragraphs = [], []
    for _ in range(40):
        for title, _body in bases:
            titles.append(varier.vary(title, rng))
    for _ in range(12):
        for _title, body in bases:
            for block in bodytext.text_to_blocks(body):
                if block.kind == "paragraph" and len(block.text) > 30:
                    paragraphs.append(varier.vary(block.text, rng))
    titles = [(t, segmenter.search_text(t), pinyin_slug(t, max_length=60)) for t in dict.fromkeys(titles)]
    paragraphs = [(p, segmenter.search_text(p)) for p in dict.fromkeys(paragraphs)]
    counties = list(
        Region.objects.filter(level="county")
        .filter(path__startswith="/500000/")
        .union(Region.objects.filter(level="county", path__startswith="/510000/"))
        .values_list("id", flat=True)
    )
    themes = list(Theme.objects.values_list("id", flat=True))
    organizations = list(Organization.objects.values_list("id", flat=True))
    ThemeLink = Article.themes.through
    ancestors, upper_ids = facet_keys.region_ancestors(), facet_keys.upper_region_ids()
    start, days = date(2019, 1, 1), 3 * 365
    batch = 2000
    for offset in range(0, n, batch):
        articles, chosen = [], []
        for _ in range(min(batch, n - offset)):
            title, title_tokens, slug = rng.choice(titles)
            body = rng.sample(paragraphs, rng.randint(3, 7))
            status = "published" if rng.random() < 0.95 else rng.choice(["review", "draft"])
            articles.append(
                Article(
                    kind="photo" if rng.random() < 0.05 else "article",
                    title=title,
                    slug=slug,
                    body="\n\n".join(p for p, _ in body),
                    date=start + timedelta(days=rng.randrange(days)) if rng.random() < 0.97 else None,
                    status=status,
                    search_title=title_tokens,
                    search_text=" ".join([title_tokens, *(tokens for _, tokens in body)]),
                    fingerprint=f"{rng.getrandbits(128):032x}",
                )
            )
            chosen.append(
                (
                    rng.sample(counties, rng.randint(1, 2)),
                    rng.sample(themes, rng.randint(1, 3)),
                    rng.sample(organizations, rng.randint(0, 2)),
                )
            )
            # As the importer writes them (services/facet_keys.py).
            articles[-1].facet_regions = facet_keys.region_keys(chosen[-1][0], ancestors)
            articles[-1].facet_upper_regions = facet_keys.upper_keys(articles[-1].facet_regions, upper_ids)
            articles[-1].facet_themes = chosen[-1][1]
        with transaction.atomic():
            Article.objects.bulk_create(articles)
            ArticleRegion.objects.bulk_create(
                ArticleRegion(article=a, region_id=r) for a, (rs, _, _) in zip(articles, chosen, strict=True) for r in rs
            )
            ThemeLink.objects.bulk_create(
                ThemeLink(article=a, theme_id=t) for a, (_, ts, _) in zip(articles, chosen, strict=True) for t in ts
            )
            ArticleOrganization.objects.bulk_create(
                ArticleOrganization(article=a, organization_id=o) for a, (_, _, os_) in zip(articles, chosen, strict=True) for o in os_
            )
            refresh_search_vectors([a.pk for a in articles])
        print(f"  generated {offset + len(articles)}/{n}", flush=True)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def refresh_counts(*, force: bool) -> None:
    """Recompute the stored facet counts (services/facet_counts.py) as an import does at its end,
    so the cold state reads them; without ``force`` only when they are stale."""
    from articles.services import count_cache, facet_counts

    data, stored = count_cache.versions()
    if force or data != stored:
        for _ in range(3):  # the first also warms the caches: report each
            refreshed = facet_counts.refresh()
            print(f"  refresh_counts: {refreshed.rows} rows in {refreshed.seconds * 1000:.0f} ms", flush=True)


# --- in-process timing -------------------------------------------------------------------------


def urls() -> list[tuple[str, str, str]]:
    """(label, url, kind) for the timed requests."""
    from django.db.models import Count

    from articles.models import ArticleRegion, Theme

    county = (
        ArticleRegion.objects.filter(region__path__startswith="/500000/", region__level="county")
        .values("region__adcode")
        .annotate(n=Count("id"))
        .order_by("-n")
        .first()["region__adcode"]
    )
    theme = Theme.objects.order_by("position", "id").first().slug
    return [
        ("unfiltered", "/articles/", "list"),
        ("region=510000 (四川省)", "/articles/?region=510000", "list"),
        (f"region={county} (county)", f"/articles/?region={county}", "list"),
        (f"theme={theme}", f"/articles/?theme={theme}", "list"),
        (f"region=510000&theme={theme}", f"/articles/?region=510000&theme={theme}", "list"),
        ("q=脱贫攻坚", "/articles/?q=脱贫攻坚", "search"),
        ("q=科普", "/articles/?q=科普", "search"),
    ]


def _list_sql(statements: list[str]) -> str | None:
    """The page's LIMIT-20 list statement among the captured ones (None when the page's ids
    came from elsewhere: a search's ranked ids come from the cache, or cold from the statement
    that also counts and facets; "LIMIT 2000", the ranked set's bound, is not a page)."""
    page_limit = re.compile(rf"LIMIT {PAGE_SIZE}(?!\d)")
    return next((sql for sql in statements if 'FROM "articles_article"' in sql and page_limit.search(sql)), None)


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def run_statements(cursor, statements) -> float:
    """Execute the statements on a raw cursor, fetching every row of every result (a search
    statement comes with its planner setting: ``search.execute_matching``); milliseconds."""
    t = time.perf_counter()
    for sql in statements:
        cursor.execute(sql)
        while True:
            if cursor.description is not None:
                cursor.fetchall()
            if not cursor.nextset():
                break
    return (time.perf_counter() - t) * 1000


def _explain(cursor, sql: str) -> str:
    """EXPLAIN (ANALYZE, BUFFERS) of a captured statement, under the setting it ran with."""
    guard = re.fullmatch(r"((?:SET LOCAL [^;]+; )+)(.*?)((?:; RESET \w+)+)", sql, re.S)
    if guard is None:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
    else:
        cursor.execute(f"{guard[1]}EXPLAIN (ANALYZE, BUFFERS) {guard[2]}{guard[3]}")
        for _setting in range(guard[1].count("SET LOCAL")):
            cursor.nextset()
    return "\n".join(row[0] for row in cursor.fetchall())


def _measure(client, url, *, cold: bool, requests: int, budget: float, min_samples: int) -> dict:
    """Time the view, and in the same loop the bare SQL it ran (captured from this process).

    ``cold`` empties the cache before every request (the count cache and the rendered
    fragments: what a new data version or a new filter combination meets), otherwise the
    request repeats one the cache has seen. The floor is every statement the view ran,
    captured from one request in the same state and re-executed on a raw cursor with its rows
    fetched; "list" is the LIMIT-20 list statement alone.
    """
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from articles.models import FacetCount

    if cold:
        cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    queries = [dict(q) for q in captured.captured_queries]
    statements = [q["sql"] for q in queries]
    listing = _list_sql(statements)
    view_ms, floor_ms, list_ms = [], [], []
    with connection.cursor() as cursor:
        stop = time.perf_counter() + budget  # a slow view gets fewer samples, never an unbounded run
        for i in range(requests):
            if i >= min_samples and time.perf_counter() > stop:
                break
            if cold:
                cache.clear()
            t = time.perf_counter()
            response = client.get(url)
            view_ms.append((time.perf_counter() - t) * 1000)
            floor_ms.append(run_statements(cursor, statements))
            if listing:
                list_ms.append(run_statements(cursor, [listing]))
    slowest_index = max(range(len(queries)), key=lambda i: float(queries[i]["time"])) if queries else 0
    slowest = queries[slowest_index] if queries else {"sql": "", "time": "0"}
    return {
        "samples": len(view_ms),
        "queries": len(queries),
        # Whether the request read the counts kept on write (services/facet_counts.py).
        "stored_counts": any(f'"{FacetCount._meta.db_table}" c' in sql for sql in statements),
        "statements": statements,
        "slowest_index": slowest_index,
        "slowest_ms": float(slowest["time"]) * 1000,
        "slowest_sql": slowest["sql"][:300],
        "view_median": statistics.median(view_ms),
        "view_p95": percentile(view_ms, 95),
        "floor_median": statistics.median(floor_ms),
        "floor_p95": percentile(floor_ms, 95),
        "list_median": statistics.median(list_ms) if list_ms else None,
    }


def request_floor(requests: int = 200) -> float:
    """Median ms of ``/robots.txt`` (no SQL, a few lines of text) through the same test Client and
    middleware: the fixed cost of a Django request here, for reading the view/floor ratios."""
    from django.test import Client

    client = Client()
    times = []
    for _ in range(requests + 10):
        t = time.perf_counter()
        response = client.get("/robots.txt")
        times.append((time.perf_counter() - t) * 1000)
        assert response.status_code == 200
    return statistics.median(times[10:])


def time_views(
    requests: int, explain_dir: Path | None, budget: float, cold_requests: int = 7, only: list[str] | None = None
) -> list[dict]:
    from django.db import connection
    from django.test import Client

    client = Client()
    results = []
    for index, (label, url, kind) in enumerate(urls(), 1):
        if only and not any(part in label or part in url for part in only):
            continue
        for _ in range(5):
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
        for state, n, min_samples in (("warm", requests, 20), ("cold", cold_requests, 3)):
            measured = _measure(
                client, url, cold=state == "cold", requests=n, budget=budget, min_samples=min_samples
            )
            if explain_dir and state == "cold" and measured["statements"]:
                slowest = measured["statements"][measured["slowest_index"]]
                with connection.cursor() as cursor:
                    plan = _explain(cursor.cursor, slowest)
                name = f"{index:02d}_" + (re.sub(r"[^A-Za-z0-9]+", "_", url).strip("_") or "root")
                (explain_dir / f"{name}.txt").write_text(f"-- {url} (cold)\n{slowest}\n\n{plan}\n", encoding="utf-8")
            limit = SEARCH_P95_MS if kind == "search" else LIST_P95_MS
            ratio = measured["view_median"] / measured["floor_median"] if measured["floor_median"] else float("inf")
            result = {
                "label": label,
                "url": url,
                "kind": kind,
                "state": state,
                **measured,
                "target_p95": limit,
                "ratio": ratio,
                "p95_ok": measured["view_p95"] <= limit,
                "ratio_ok": ratio <= FLOOR_RATIO,
            }
            lm = result["list_median"]
            list_text = f"{lm:.1f} ms" if lm is not None else "-"
            print(
                f"  {label} [{state}]: view median {result['view_median']:.1f} ms p95 {result['view_p95']:.1f} ms; "
                f"floor ({result['queries']} statements) median {result['floor_median']:.1f} ms = {ratio:.1f}×; "
                f"list SQL {list_text}; n={result['samples']}; "
                f"slowest {result['slowest_ms']:.1f} ms"
                + ("; stored counts" if result["stored_counts"] else ""),
                flush=True,
            )
            results.append(result)
    return results


# --- load run ----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load_run(targets, *, workers: int, duration: int, connections: int) -> list[dict]:
    wrk = shutil.which("wrk")
    if not wrk:
        print("  wrk is not installed (apt-get install wrk): load run skipped")
        return []
    port = free_port()
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "kexie_cms.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--timeout",
            "60",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=os.environ.copy(),
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    results = []
    try:
        deadline = time.time() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/articles/", timeout=30).read()
                break
            except OSError:
                if time.time() > deadline or server.poll() is not None:
                    raise SystemExit("gunicorn did not start") from None
                time.sleep(0.5)
        for _label, url, _kind in targets:  # warm every worker (the segmenter is built on first search)
            for _ in range(workers * 3):
                urllib.request.urlopen(base + urllib.parse.quote(url, safe="/?=&"), timeout=60).read()
        for label, url, _kind in targets:
            quoted = urllib.parse.quote(url, safe="/?=&")
            done = subprocess.run(
                [wrk, "-t", "2", "-c", str(connections), "-d", f"{duration}s", "--timeout", "10s", "--latency",
                 base + quoted],
                capture_output=True,
                text=True,
                timeout=duration + 60,
            )
            out = done.stdout
            rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
            total = int(re.search(r"(\d+) requests in", out).group(1))
            non2xx = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0
            socket_errors = sum(int(x) for x in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
            p99 = re.search(r"99%\s+([\d.]+\w+)", out)
            p50 = re.search(r"50%\s+([\d.]+\w+)", out)
            result = {
                "label": label,
                "url": url,
                "rps": rps,
                "requests": total,
                "errors": non2xx + socket_errors,
                "p50": p50.group(1) if p50 else "?",
                "p99": p99.group(1) if p99 else "?",
            }
            print(f"  load {label}: {rps:.1f} req/s, {total} requests, {result['errors']} errors, "
                  f"p50 {result['p50']} p99 {result['p99']}", flush=True)
            results.append(result)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
    return results


def report(views, loads, n, request_ms: float | None = None) -> list[str]:
    lines = [
        f"{n} articles. Server time in-process (Django test Client). Floor = every SQL statement the view "
        "ran in that state, captured in this run and re-executed on a raw cursor (rows fetched); "
        "list = the LIMIT-20 list statement alone. Warm = a repeated request; cold = the cache emptied "
        "before each request (a new data version or a new filter combination)."
        + (f" Django's own cost of a request without SQL (/robots.txt, same client and middleware): "
           f"{request_ms:.2f} ms median." if request_ms is not None else ""),
        "| request | state | n | view median ms | view p95 ms | target p95 | floor median ms (statements) "
        "| view/floor | list SQL median ms | slowest statement ms | p95 | ≤ 2× floor |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in views:
        lm = f"{r['list_median']:.1f}" if r["list_median"] is not None else "(ranked ids)"
        lines.append(
            f"| {r['label']} | {r['state']} | {r['samples']} | {r['view_median']:.1f} | {r['view_p95']:.1f} | "
            f"≤ {r['target_p95']} | {r['floor_median']:.1f} ({r['queries']}) | {r['ratio']:.2f}× | {lm} | "
            f"{r['slowest_ms']:.1f} | {'PASS' if r['p95_ok'] else 'FAIL'} | {'PASS' if r['ratio_ok'] else 'FAIL'} |"
        )
    if loads:
        lines += ["", "| load (wrk) | req/s | requests | errors | p50 | p99 |", "|---|---|---|---|---|---|"]
        for r in loads:
            lines.append(
                f"| {r['label']} | {r['rps']:.1f} | {r['requests']} | {r['errors']} "
                f"{'PASS' if r['errors'] == 0 else 'FAIL'} | {r['p50']} | {r['p99']} |"
            )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=50, help="timed requests per URL (after 5 warm-up)")
    parser.add_argument("--cold-requests", type=int, default=7, help="timed cold requests per URL (cache emptied)")
    parser.add_argument("--budget", type=float, default=40,
                        help="seconds per URL and state; at least 20 warm and 3 cold requests are timed")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers")
    parser.add_argument("--duration", type=int, default=20, help="wrk seconds per URL")
    parser.add_argument("--connections", type=int, default=8, help="wrk connections")
    parser.add_argument("--skip-generate", action="store_true", help="the database already holds the data")
    parser.add_argument("--no-load", action="store_true")
    parser.add_argument("--explain-dir", help="write EXPLAIN ANALYZE of each URL's slowest query here")
    parser.add_argument("--only", action="append",
                        help="time only the URLs whose label or URL contains this (repeatable), e.g. --only q=")
    parser.add_argument("--json", help="write the results here as JSON")
    args = parser.parse_args()

    # timeout(1) sends SIGTERM: exit through the finally blocks so gunicorn is stopped too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    setup_django()
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor != "postgresql":
        raise SystemExit("bench_site.py needs PostgreSQL: set DATABASE_URL")
    call_command("migrate", verbosity=0, interactive=False)
    if not args.skip_generate:
        t = time.perf_counter()
        generate(args.articles)
        print(f"generated in {time.perf_counter() - t:.0f} s", flush=True)
    refresh_counts(force=not args.skip_generate)
    from articles.models import Article

    n = Article.objects.count()
    explain_dir = Path(args.explain_dir) if args.explain_dir else None
    if explain_dir:
        explain_dir.mkdir(parents=True, exist_ok=True)
    request_ms = request_floor()
    print(f"  request floor (/robots.txt): median {request_ms:.2f} ms", flush=True)
    views = time_views(args.requests, explain_dir, args.budget, args.cold_requests, args.only)
    targets = [
        (r["label"], r["url"], r["kind"])
        for r in views
        if r["state"] == "warm"
        and (r["label"] in ("unfiltered", "region=510000 (四川省)") or r["label"].startswith(("theme=", "q=科普")))
    ]
    connection.close()
    loads = [] if args.no_load else load_run(
        targets, workers=args.workers, duration=args.duration, connections=args.connections
    )
    lines = report(views, loads, n, request_ms)
    print("\n".join(lines))
    if args.json:
        Path(args.json).write_text(json.dumps({"articles": n, "request_floor_ms": request_ms, "views": views, "load": loads}, indent=2,
                                              ensure_ascii=False))
    # Every row counts: a warm or a cold miss of either target fails the run.
    ok = all(r["p95_ok"] and r["ratio_ok"] for r in views) and all(r["errors"] == 0 for r in loads)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
