"""Small builders for test data. Regions and themes come from the data migrations."""

import itertools
from datetime import date

from django.utils import timezone

from articles.models import Article, Organization, Region, SourceDocument, Theme
from articles.services import facet_keys

_numbers = itertools.count(1)


def make_page(**fields) -> SourceDocument:
    number = next(_numbers)
    values = {
        "source_ref": f"page-{number}.txt",
        "file_name": f"page-{number}.txt",
        "content_hash": f"{number:064d}",
        "raw_text": "标题\n\n正文。",
        "encoding": "utf-8",
    }
    values.update(fields)
    return SourceDocument.objects.create(**values)


def make_organization(name: str, **fields) -> Organization:
    """The organization of that name with these fields; the starting organizations already exist (migration 0006)."""
    values = {"slug": f"org-{next(_numbers)}", "kind": Organization.Kind.KEXIE}
    values.update(fields)
    organization, created = Organization.objects.get_or_create(name=name, defaults=values)
    if not created:
        for field, value in fields.items():
            setattr(organization, field, value)
        organization.save()
    organization.sync_primary_aliases()
    return organization


def make_article(
    title: str = "测试稿件",
    *,
    status: str = Article.Status.PUBLISHED,
    regions=(),
    themes=(),
    organizations=(),
    **fields,
) -> Article:
    values = {
        "body": "第一段正文。\n\n第二段正文。",
        "date": date(2020, 4, 2),
        "slug": f"ce-shi-{next(_numbers)}",
        "published_at": timezone.now() if status == Article.Status.PUBLISHED else None,
    }
    values.update(fields)
    article = Article.objects.create(title=title, status=status, **values)
    for region in regions:
        article.regions.add(region if isinstance(region, Region) else Region.objects.get(adcode=region))
    for theme in themes:
        article.themes.add(theme if isinstance(theme, Theme) else Theme.objects.get(slug=theme))
    for organization in organizations:
        article.organizations.add(organization)
    facet_keys.update([article.pk])  # as the importer and the editing services keep them
    article.refresh_from_db(fields=["facet_regions", "facet_upper_regions", "facet_themes"])
    return article


def indexed(article: Article) -> Article:
    """Fill the segmented fields and the search vector the way the importer does, and save."""
    from articles.services.context import get_segmenter
    from articles.services.search import refresh_search_vectors

    segmenter = get_segmenter()
    article.search_title = segmenter.search_text(" ".join([article.kicker, article.title, article.subtitle]))
    article.search_text = segmenter.search_text(article.plain_body)
    article.save()
    refresh_search_vectors([article.pk])
    return article
