"""Multi-row INSERTs for the importer's plain rows: links, bylines, captions, flags and history.

``bulk_create`` spends more time building model instances and compiling its
statement than the database spends inserting such rows; these helpers take
tuples and write one statement per table (or per 999 parameters, SQLite's
lowest limit), preparing dates and JSON exactly as the ORM would.
"""

from __future__ import annotations

from functools import lru_cache

from django.db import connection
from django.utils import timezone

from articles.models import Article

_PASSED_AS_IS = {
    "CharField", "TextField", "SlugField", "ForeignKey",
    "IntegerField", "BigIntegerField", "PositiveIntegerField", "PositiveSmallIntegerField",
}


def insert_rows(model, fields: list[str], rows: list[tuple], *, returning: bool = False) -> list:
    """INSERT rows (tuples of values for ``fields``) in multi-row statements; return the new keys if asked.

    For plain rows — links, bylines, captions, flags, history — where ``bulk_create``
    spent more time building model instances and compiling the statement than the
    database spent inserting. Dates, JSON and the like still go through the field's
    ``get_db_prep_save``, so they are stored exactly as the ORM stores them.
    Works on SQLite (RETURNING needs 3.35) and PostgreSQL.
    """
    if not rows:
        return []
    meta, quote = model._meta, connection.ops.quote_name
    columns = [meta.get_field(name) for name in fields]
    # Text and integer columns take the Python value as it is (get_db_prep_save would return it unchanged).
    preparers = [None if f.get_internal_type() in _PASSED_AS_IS else f.get_db_prep_save for f in columns]
    head = f"INSERT INTO {quote(meta.db_table)} ({', '.join(quote(f.column) for f in columns)}) VALUES "
    tail = f" RETURNING {quote(meta.pk.column)}" if returning else ""
    row_sql = "(" + ", ".join(["%s"] * len(columns)) + ")"
    per_statement = 999 // len(columns)  # SQLite's lowest limit on parameters per statement
    keys = []
    with connection.cursor() as cursor:
        for start in range(0, len(rows), per_statement):
            chunk = rows[start : start + per_statement]
            params = [
                value if prepare is None else prepare(value, connection)
                for row in chunk
                for prepare, value in zip(preparers, row, strict=True)
            ]
            cursor.execute(head + ", ".join([row_sql] * len(chunk)) + tail, params)
            if returning:
                keys += [key for (key,) in cursor.fetchall()]
    return keys


def link_fields(through) -> list[str]:
    """A link table's columns but its id: the article, the other side, then any plain ones (name_in_text)."""
    names = [f.name for f in through._meta.concrete_fields if not f.primary_key]
    return sorted(names, key=lambda name: (name != "article", not through._meta.get_field(name).is_relation))


def link_rows(through, pairs: list[tuple[int, int]]) -> list[tuple]:
    """Rows for ``link_fields`` from (article id, other id) pairs, any other column at its default."""
    defaults = tuple(through._meta.get_field(name).get_default() for name in link_fields(through)[2:])
    return [(*pair, *defaults) for pair in pairs]


def write_created_history(articles: list[Article], links: dict) -> None:
    """History of bulk-created articles: one "+" record each, holding the regions,
    organizations and themes it was created with (its m2m history rows).

    ``links`` holds each link table's new rows as (id, article_id, other_id), the
    copies an m2m history row keeps. ``save()`` then ``themes.set()`` would write a
    second, "~" record repeating every field; the import creates the article and
    its links at once, so one record says what the machine made.
    """
    from simple_history.models import HistoricalRecords

    history_ids = dict(zip((a.pk for a in articles), insert_history(articles), strict=True))
    for m2m_field in historical_article()._history_m2m_fields:
        through = m2m_field.remote_field.through
        rows = [(*row, history_ids[row[1]]) for row in links[through]]
        insert_rows(HistoricalRecords.m2m_models[m2m_field], ["id", *link_fields(through), "history"], rows)


def insert_history(articles: list[Article]) -> list:
    """The "+" historical records of new articles as ``bulk_history_create`` makes them (same user,
    reason and fields), in one statement; their ids."""
    from simple_history.utils import get_change_reason_from_object

    model = historical_article()
    tracked = [field.attname for field in model.tracked_fields]
    now = timezone.now()
    rows = []
    for article in articles:
        user = getattr(article, "_history_user", None) or model.get_default_history_user(article)
        rows.append((
            *(getattr(article, name) for name in tracked),
            getattr(article, "_history_date", None) or now,
            getattr(user, "pk", None),
            get_change_reason_from_object(article),
            "+",
        ))
    fields = [*tracked, "history_date", "history_user_id", "history_change_reason", "history_type"]
    return insert_rows(model, fields, rows, returning=True)


@lru_cache(maxsize=1)
def historical_article():
    """``Article.history.model``: each ``.history`` access builds a manager class (~0.5 ms), so ask once."""
    return Article.history.model
