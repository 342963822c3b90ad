"""Articles as JSON Lines: the editors' data-portability path (format in docs/EXPORT.md)."""

import json
from collections.abc import Iterable
from typing import TextIO

from django.db.models import Prefetch, QuerySet

from articles.models import Article, ArticleFlag


def export_queryset() -> QuerySet[Article]:
    """Every article in any status, with everything the export reads fetched in a fixed number of queries."""
    return (
        Article.objects.order_by("source_document__source_ref", "position", "id")
        .select_related("source_document", "source_organization")
        .prefetch_related(
            "bylines",
            "captions",
            "regions",
            "organizations",
            "themes",
            Prefetch("flags", queryset=ArticleFlag.objects.filter(resolved_at__isnull=True)),
        )
    )


def article_to_dict(article: Article) -> dict:
    page = article.source_document
    return {
        "id": article.pk,
        "kind": article.kind,
        "title": article.title,
        "subtitle": article.subtitle,
        "kicker": article.kicker,
        "body": article.plain_body,
        "subheadings": article.subheadings,
        "dateline": article.dateline or None,
        "bylines": [{"role": b.role, "name": b.name} for b in article.bylines.all()],
        "captions": [{"text": c.text, "photographer": c.photographer or None} for c in article.captions.all()],
        "source": article.source_text or None,
        "date": article.date.isoformat() if article.date else None,
        "page_date": article.page_date.isoformat() if article.page_date else None,
        "regions": [
            {"name": r.name, "full_name": r.full_name, "level": r.level, "adcode": r.adcode}
            for r in article.regions.all()
        ],
        "organizations": [
            {"name": o.short_name or o.name, "full_name": o.name, "kind": o.kind} for o in article.organizations.all()
        ],
        "themes": [{"name": t.name, "slug": t.slug} for t in article.themes.all()],
        "keywords": list(article.keywords or []),
        "flags": [{"code": f.code, "message": f.message} for f in article.flags.all()],
        "status": article.status,
        "source_file": page.file_name if page else None,
        "original_url": article.original_url or None,
        "position": article.position,
        "url": article.get_absolute_url() if article.is_public else None,
    }


def write_jsonl(articles: Iterable[Article], stream: TextIO) -> int:
    """Write one JSON object per line, Chinese unescaped; return how many were written."""
    count = 0
    for article in articles:
        stream.write(json.dumps(article_to_dict(article), ensure_ascii=False))
        stream.write("\n")
        count += 1
    return count
