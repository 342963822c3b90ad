"""Time (or profile, or dump) the pure text pipeline: decode_page → split_page → enrich_page.

    .venv/bin/python scripts/profile_pipeline.py bench [--sets 100] [--mode pages|concat|both]
    .venv/bin/python scripts/profile_pipeline.py profile [--sets 20] [--mode pages] [--sort cumulative]
    .venv/bin/python scripts/profile_pipeline.py dump OUTDIR [PAGES_DIR ...]

The corpus is the five seed pages repeated ``--sets`` times, either page by page
(the importer's per-page overhead) or concatenated into one text. The reference,
``jieba.lcut`` on the same decoded text (dictionary loaded first), is timed in
the same run. ``dump`` writes the full output of every page (each field of each
item, the metadata, the remainders) as JSON, one file per page, to compare runs
byte for byte. The context is built as the importer builds it, without Django.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import json
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from articles.textpipeline.decode import decode_page  # noqa: E402
from articles.textpipeline.enrich import EnrichmentContext, enrich_page  # noqa: E402
from articles.textpipeline.orgnames import OrganizationGazetteer, load_seed_entries  # noqa: E402
from articles.textpipeline.regions import load_gazetteer  # noqa: E402
from articles.textpipeline.segment import Segmenter  # noqa: E402
from articles.textpipeline.split import split_page  # noqa: E402
from articles.textpipeline.themes import DEFAULT_THEME_RULES  # noqa: E402

SEEDS = ROOT / "seeds"
DEFAULT_DUMP_DIRS = (SEEDS, ROOT / "tests" / "pipeline" / "pages", Path("/work/shared/devset/pages"))


def build_context() -> EnrichmentContext:
    """Gazetteers, theme rules and segmenter as ``services.context`` builds them, from the shipped data."""
    regions = load_gazetteer()
    entries = load_seed_entries(regions)
    user_words = set()
    for adcode in list(regions._entries):
        entry = regions.get(adcode)
        user_words.add(entry.name)
        user_words.update(entry.aliases)
    for entry in entries:
        user_words.update(entry.names)
        user_words.add(entry.key)
    return EnrichmentContext(
        regions=regions,
        organizations=OrganizationGazetteer(entries),
        theme_rules=list(DEFAULT_THEME_RULES),
        segmenter=Segmenter(sorted(user_words)),
    )


def page_output(data: bytes, ctx: EnrichmentContext) -> dict:
    decoded = decode_page(data)
    result = split_page(decoded.text, encoding=decoded.encoding)
    enrich_page(result, ctx)
    return dataclasses.asdict(result)


def dump(out_dir: Path, dirs: list[Path], ctx: EnrichmentContext) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    count = 0
    for directory in dirs:
        for path in sorted(directory.glob("*.txt")):
            output = page_output(path.read_bytes(), ctx)
            name = f"{directory.name}__{path.stem}.json"
            text = json.dumps(output, ensure_ascii=False, indent=1, default=str, sort_keys=True)
            (out_dir / name).write_text(text, encoding="utf-8")
            count += 1
    print(f"wrote {count} pages to {out_dir}")


def seed_pages() -> list[bytes]:
    return [p.read_bytes() for p in sorted(SEEDS.glob("*.txt"))]


def run_pages(pages: list[bytes], ctx: EnrichmentContext) -> tuple[float, float]:
    """Seconds spent in decode+split and in enrich over ``pages``."""
    split_s = enrich_s = 0.0
    for data in pages:
        t0 = time.perf_counter()
        decoded = decode_page(data)
        result = split_page(decoded.text, encoding=decoded.encoding)
        t1 = time.perf_counter()
        enrich_page(result, ctx)
        t2 = time.perf_counter()
        split_s += t1 - t0
        enrich_s += t2 - t1
    return split_s, enrich_s


def bench(sets: int, modes: list[str], ctx: EnrichmentContext) -> None:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    seeds = seed_pages()
    corpora = {}
    if "pages" in modes:
        corpora["pages"] = seeds * sets
    if "concat" in modes:
        corpora["concat"] = [b"\n\n".join(seeds * sets)]
    run_pages(seeds, ctx)  # warm up caches built on first use (OpenCC, IDF table, automata)
    for name, pages in corpora.items():
        texts = [decode_page(p).text for p in pages]
        mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        t0 = time.perf_counter()
        for text in texts:
            jieba.lcut(text)
        lcut_s = time.perf_counter() - t0
        split_s, enrich_s = run_pages(pages, ctx)
        total = split_s + enrich_s
        print(
            f"{name:6s} {mb:5.2f} MB  lcut {mb / lcut_s:6.3f} MB/s | decode+split {mb / split_s:6.3f} MB/s"
            f" | enrich {mb / enrich_s:6.3f} MB/s | pipeline {mb / total:6.3f} MB/s = {lcut_s / total:4.2f}× lcut"
        )


def profile(sets: int, modes: list[str], ctx: EnrichmentContext, sort: str) -> None:
    seeds = seed_pages()
    pages = seeds * sets if "pages" in modes else [b"\n\n".join(seeds * sets)]
    run_pages(seeds, ctx)
    profiler = cProfile.Profile()
    profiler.enable()
    run_pages(pages, ctx)
    profiler.disable()
    pstats.Stats(profiler).sort_stats(sort).print_stats(45)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("bench", "profile", "dump"))
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--sets", type=int, default=100)
    parser.add_argument("--mode", choices=("pages", "concat", "both"), default="both")
    parser.add_argument("--sort", default="tottime")
    args = parser.parse_args()
    modes = ["pages", "concat"] if args.mode == "both" else [args.mode]
    ctx = build_context()
    if args.command == "dump":
        if not args.paths:
            parser.error("dump needs OUTDIR")
        dump(args.paths[0], args.paths[1:] or [d for d in DEFAULT_DUMP_DIRS if d.is_dir()], ctx)
    elif args.command == "bench":
        bench(args.sets, modes, ctx)
    else:
        profile(args.sets, modes, ctx, args.sort)


if __name__ == "__main__":
    main()
