"""Multi-row INSERTs for the importer: new articles and organizations, their links, bylines,
captions, flags, aliases and history records.

``bulk_create`` spends more time building model instances and compiling its
statement than the database spends inserting such rows; these helpers write one
statement per table (or per 999 parameters, SQLite's lowest limit), preparing
dates and JSON exactly as the ORM would, from tuples (``insert_rows``) or from
new instances (``insert_new``, ``insert_history``).
"""

from __future__ import annotations

from functools import cache

from django.db import connection
from django.db.models.constants import OnConflict
from django.utils import timezone

from articles.models import Article

_PASSED_AS_IS = {
    "CharField", "TextField", "SlugField", "ForeignKey",
    "IntegerField", "BigIntegerField", "PositiveIntegerField", "PositiveSmallIntegerField",
}


def insert_rows(
    model,
    fields: list[str],
    rows: list[tuple],
    *,
    returning: bool = False,
    computed: dict[str, str] | None = None,
    ignore_conflicts: bool = False,
) -> list:
    """INSERT rows (tuples of values for ``fields``) in multi-row statements; return the new keys if asked.

    For plain rows — links, bylines, captions, flags, history — where ``bulk_create``
    spent more time building model instances and compiling the statement than the
    database spent inserting. Dates, JSON and the like still go through the field's
    ``get_db_prep_save``, so they are stored exactly as the ORM stores them.
    ``computed`` maps a field to the SQL the database computes its value with; that
    field's value in each row is then the tuple of the SQL's parameters.
    ``ignore_conflicts`` skips rows a unique constraint refuses, as ``bulk_create``'s does.
    Works on SQLite (RETURNING needs 3.35) and PostgreSQL.
    """
    if not rows:
        return []
    computed = computed or {}
    meta, quote = model._meta, connection.ops.quote_name
    columns = [meta.get_field(name) for name in fields]
    # Text and integer columns take the Python value as it is (get_db_prep_save would return it unchanged).
    preparers = [
        "sql" if name in computed else None if f.get_internal_type() in _PASSED_AS_IS else f.get_db_prep_save
        for name, f in zip(fields, columns, strict=True)
    ]
    on_conflict = OnConflict.IGNORE if ignore_conflicts else None
    head = (
        f"{connection.ops.insert_statement(on_conflict=on_conflict)} {quote(meta.db_table)}"
        f" ({', '.join(quote(f.column) for f in columns)}) VALUES "
    )
    tail = connection.ops.on_conflict_suffix_sql(columns, on_conflict, None, None) if on_conflict else ""
    tail += f" RETURNING {quote(meta.pk.column)}" if returning else ""
    row_sql = "(" + ", ".join(computed.get(name, "%s") for name in fields) + ")"
    per_statement = max(1, 999 // row_sql.count("%s"))  # SQLite's lowest limit on parameters per statement
    keys = []
    with connection.cursor() as cursor:
        for start in range(0, len(rows), per_statement):
            chunk = rows[start : start + per_statement]
            params = []
            for row in chunk:
                for prepare, value in zip(preparers, row, strict=True):
                    if prepare is None:
                        params.append(value)
                    elif prepare == "sql":
                        params.extend(value)
                    else:
                        params.append(prepare(value, connection))
            cursor.execute(head + ", ".join([row_sql] * len(chunk)) + tail, params)
            if returning:
                keys += [key for (key,) in cursor.fetchall()]
    return keys


def insert_new(model, objects: list, *, computed: dict[str, tuple[str, object]] | None = None) -> None:
    """INSERT new, unsaved instances as ``bulk_create`` would — defaults as constructed, ``auto_now``
    timestamps filled by ``pre_save`` — and give them their primary keys.

    ``computed``: field name → (SQL, a function of the instance returning the SQL's parameters),
    for a value the database computes in the INSERT itself (a search vector).
    """
    if not objects:
        return
    computed = computed or {}
    for obj in objects:  # a foreign key to an instance saved since it was assigned (a new parent) gets its id
        obj._prepare_related_fields_for_save(operation_name="insert_new")
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    rows = [
        tuple(
            computed[f.name][1](obj) if f.name in computed else f.pre_save(obj, add=True) for f in fields
        )
        for obj in objects
    ]
    names = [f.name for f in fields]
    keys = insert_rows(
        model, names, rows, returning=True, computed={name: sql for name, (sql, _params) in computed.items()}
    )
    for obj, key in zip(objects, keys, strict=True):
        obj.pk = key
        obj._state.adding = False
        obj._state.db = connection.alias


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

    history_ids = dict(zip((a.pk for a in articles), insert_history(Article, articles), strict=True))
    for m2m_field in historical_model(Article)._history_m2m_fields:
        through = m2m_field.remote_field.through
        rows = [(*row, history_ids[row[1]]) for row in links[through]]
        insert_rows(HistoricalRecords.m2m_models[m2m_field], ["id", *link_fields(through), "history"], rows)


def insert_history(model, objects: list) -> list:
    """The "+" historical records of new ``model`` instances as ``bulk_history_create`` makes them
    (same user, reason and fields), in one statement; their ids."""
    from simple_history.utils import get_change_reason_from_object

    history = historical_model(model)
    tracked = [field.attname for field in history.tracked_fields]
    now = timezone.now()
    rows = []
    for obj in objects:
        user = getattr(obj, "_history_user", None) or history.get_default_history_user(obj)
        rows.append((
            *(getattr(obj, name) for name in tracked),
            getattr(obj, "_history_date", None) or now,
            getattr(user, "pk", None),
            get_change_reason_from_object(obj),
            "+",
        ))
    fields = [*tracked, "history_date", "history_user_id", "history_change_reason", "history_type"]
    return insert_rows(history, fields, rows, returning=True)


@cache
def historical_model(model):
    """``model.history.model``: each ``.history`` access builds a manager class (~0.5 ms), so ask once."""
    return model.history.model
