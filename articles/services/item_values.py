"""An item as the machine sees it: the values kept in ``Article.machine_output``, and its fingerprint.

Kept apart from the page writer (``importer.py``): both the creation and the update
path (``article_updates.py``) derive what they write from these values.
"""

from __future__ import annotations

import hashlib

from articles import bodytext
from articles.textpipeline.headline import display_title
from articles.textpipeline.model import Item


def machine_values(
    item: Item, *, region_ids, theme_ids, organization_ids, source_organization_id, page_editors=()
) -> dict:
    """The item as the machine sees it, in the JSON form kept in ``Article.machine_output``.

    ``page_editors`` (责任编辑 and the like from the page footer) are added to every item's bylines.
    """
    bylines = list(item.bylines) + [editor for editor in page_editors if editor not in item.bylines]
    return {
        "kind": item.kind,
        "title": display_title(item)[:300],
        "subtitle": item.subtitle[:300],
        "kicker": item.kicker[:300],
        "body": bodytext.blocks_to_text(item.blocks),
        "dateline": (item.dateline or "")[:200],
        "source_text": (item.source or "")[:200],
        "source_organization": source_organization_id,
        "date": item.date.isoformat() if item.date else None,
        "keywords": list(item.keywords),
        "regions": sorted({region_ids[code] for code in item.region_codes if code in region_ids}),
        "organizations": sorted(set(organization_ids)),
        "themes": sorted({theme_ids[slug] for slug in item.themes if slug in theme_ids}),
        "bylines": [[byline.role, byline.name[:60]] for byline in bylines],
        "captions": [[caption.text, (caption.photographer or "")[:60]] for caption in item.captions],
        # What the machine changed because it could prove it (a repeat removed, a break joined), with
        # any text it took out: shown to the editor beside the page, never applied again by hand.
        # (a replacement's letters are told in its note: 2O23 → 2023)
        "repairs": [[repair.code, repair.detail, "" if repair.added else repair.removed] for repair in item.repairs],
    }


def fingerprint(values: dict) -> str:
    text = "\n".join([values["title"], values["subtitle"], values["body"]])
    return hashlib.sha256("".join(text.split()).encode("utf-8")).hexdigest()


def without_fingerprint(values: dict) -> dict:
    return {key: value for key, value in values.items() if key != "fingerprint"}


def slug_for(title: str) -> str:
    from articles.slugs import pinyin_slug

    return pinyin_slug(title, max_length=60)
