"""The creation path of an import: a page's new articles and all their rows, one statement per table.

Kept apart from the page writer (``importer.py``), which builds the articles and hands them here.
"""

from __future__ import annotations

from django.utils import timezone

from articles.models import Article, ArticleFlag, ArticleOrganization, ArticleRegion, Byline, PhotoCaption
from articles.services.rows import (
    insert_new,
    insert_statements,
    link_fields,
    link_rows,
    run_together,
    write_created_history,
)
from articles.services.search import search_vector_insert_sql
from articles.textpipeline.model import Item


def create_all(new: list[tuple[Article, Item, dict]]) -> None:
    """Insert the page's new articles and their rows with one statement per table.

    The articles go through ``insert_new`` (defaults and timestamps as
    ``bulk_create`` fills them), the plain rows through ``insert_statements``, sent
    in three batches by ``run_together``. Each article gets one "+" history record
    with its regions, organizations and themes.
    """
    if not new:
        return
    articles = [article for article, _item, _values in new]
    vector_sql = search_vector_insert_sql()
    insert_new(Article, articles, computed={
        "search_vector": (vector_sql, lambda article: (article.search_title, article.search_text)),
    } if vector_sql else None)
    for article in articles:
        del article.search_vector  # computed by the database: deferred, read from the row if asked
    links = {
        through: link_rows(through, [(article.pk, pk) for article, _item, values in new for pk in values[name]])
        for through, name in (
            (ArticleRegion, "regions"), (ArticleOrganization, "organizations"), (Article.themes.through, "themes"),
        )
    }
    # One round trip on PostgreSQL for the three link tables, one for the plain rows with the
    # history records, one for the history's links (rows.run_together).
    link_statements = {
        through: insert_statements(through, link_fields(through), rows, returning=True)
        for through, rows in links.items()
    }
    results = iter(run_together([statement for group in link_statements.values() for statement in group]))
    link_ids = {
        through: [key for _statement in group for key in next(results)] for through, group in link_statements.items()
    }
    now = timezone.now()
    plain = [
        *insert_statements(Byline, ["article", "order", "role", "name"], [
            (article.pk, i, role, name)
            for article, _item, values in new for i, (role, name) in enumerate(values["bylines"])
        ]),
        *insert_statements(PhotoCaption, ["article", "order", "text", "photographer"], [
            (article.pk, i, text, who)
            for article, _item, values in new for i, (text, who) in enumerate(values["captions"])
        ]),
        *insert_statements(ArticleFlag, ["article", "code", "message", "excerpt", "created_at"], [
            (article.pk, f.code[:40], f.message, f.excerpt, now) for article, item, _values in new for f in item.flags
        ]),
    ]
    write_created_history(articles, {
        through: [(link_id, *row) for link_id, row in zip(link_ids[through], rows, strict=True)]
        for through, rows in links.items()
    }, along=plain)
