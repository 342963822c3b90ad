"""Run split_page on every page of a directory and write JSON Lines for the devset scorer.

usage: python scripts/devset_split.py PAGES_DIR OUTPUT.jsonl

Each line: source_file (the file name), kind, title, subtitle, body (blocks
joined by blank lines; a photo item's body is its captions and credits) and
bylines (the names; the scorer ignores them, ``--bylines`` compares them with
the gold set's ``byline_names``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from articles.textpipeline.decode import decode_page
from articles.textpipeline.split import split_page


def export_page(path: Path) -> list[dict]:
    decoded = decode_page(path.read_bytes())
    result = split_page(decoded.text, encoding=decoded.encoding)
    rows = []
    for item in result.items:
        body = item.body
        if not body and item.captions:
            body = "\n\n".join([c.text for c in item.captions] + item.credit_lines)
        title = " ".join(part for part in (item.kicker, item.title) if part)
        rows.append(
            {
                "source_file": path.name,
                "kind": item.kind,
                "title": title,
                "subtitle": item.subtitle,
                "body": body,
                "bylines": [byline.name for byline in item.bylines],
            }
        )
    return rows


def main(pages_dir: str, output: str) -> None:
    with open(output, "w", encoding="utf-8") as out:
        for path in sorted(Path(pages_dir).glob("*.txt")):
            for row in export_page(path):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
