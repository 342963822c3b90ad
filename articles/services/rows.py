"""Multi-row INSERTs for the importer: new articles and organizations, their links, bylines,
captions, flags, aliases and history records.

``bulk_create`` spends more time building model instances and compiling its
statement than the database spends inserting such rows; these helpers write one
statement per table (or per 999 parameters, SQLite's lowest limit), preparing
dates and JSON exactly as the ORM would, from tuples (``insert_rows``) or from
new instances (``insert_new``, ``history_statements``); ``run_together`` sends a page's
INSERTs to PostgreSQL in few round trips.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from django.db import connection
from django.db.models.constants import OnConflict
from django.utils import timezone

from articles.models import Article

_PASSED_AS_IS = {
    "CharField", "TextField", "SlugField", "ForeignKey",
    "IntegerField", "BigIntegerField", "PositiveIntegerField", "PositiveSmallIntegerField",
}


@dataclass(frozen=True)
class Insert:
    """One INSERT statement with its parameters; ``returning``: it returns the new keys."""

    sql: str
    params: list
    returning: bool


def insert_rows(model, fields: list[str], rows: list[tuple], **options) -> list:
    """INSERT rows (tuples of values for ``fields``) in multi-row statements; the new keys if
    ``returning=True``. ``options`` as for ``insert_statements``.

    For plain rows — links, bylines, captions, flags, history — where ``bulk_create``
    spent more time building model instances and compiling the statement than the
    database spent inserting.
    """
    return [key for keys in run_together(insert_statements(model, fields, rows, **options)) for key in keys]


def insert_statements(
    model,
    fields: list[str],
    rows: list[tuple],
    *,
    returning: bool = False,
    computed: dict[str, str] | None = None,
    ignore_conflicts: bool = False,
) -> list[Insert]:
    """The multi-row INSERTs that write ``rows`` (none for no rows), for ``run_together``.

    Dates, JSON and the like go through the field's ``get_db_prep_save``, so they are
    stored exactly as the ORM stores them. ``computed`` maps a field to the SQL the
    database computes its value with; that field's value in each row is then the tuple
    of the SQL's parameters. ``ignore_conflicts`` skips rows a unique constraint refuses,
    as ``bulk_create``'s does. Works on SQLite (RETURNING needs 3.35) and PostgreSQL.
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
    statements = []
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
        statements.append(Insert(head + ", ".join([row_sql] * len(chunk)) + tail, params, returning))
    return statements


def run_together(statements: list[Insert]) -> list[list]:
    """Execute the statements in order; each one's new keys (``[]`` when it returns none).

    On PostgreSQL they go to the server in one round trip (the driver binds the
    parameters on the client, so one ``execute`` may hold several statements, and
    ``nextset()`` walks their results): a page's dozen small INSERTs otherwise each
    wait for the server in turn. Elsewhere they run one by one.
    """
    if not statements:
        return []
    results = []
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql" and len(statements) > 1:
            cursor.execute("; ".join(s.sql for s in statements), [p for s in statements for p in s.params])
            raw = cursor.cursor
            for index, statement in enumerate(statements):
                if index:
                    raw.nextset()
                results.append([key for (key,) in raw.fetchall()] if statement.returning else [])
        else:
            for statement in statements:
                cursor.execute(statement.sql, statement.params)
                results.append([key for (key,) in cursor.fetchall()] if statement.returning else [])
    return results


def insert_new(model, objects: list, *, computed: dict[str, tuple[str, object]] | None = None) -> None:
    """INSERT new, unsaved instances as ``bulk_create`` would — defaults as constructed, ``auto_now``
    timestamps filled by ``pre_save`` — and give them their primary keys (an instance's own if it has
    one: the database's sequence is left as it is, so the id must be one it handed out before).

    ``computed``: field name → (SQL, a function of the instance returning the SQL's parameters),
    for a value the database computes in the INSERT itself (a search vector).
    """
    if not objects:
        return
    chosen = [obj for obj in objects if obj.pk is not None]  # an id given (a restored article's old one)
    if chosen and len(chosen) < len(objects):
        insert_new(model, [obj for obj in objects if obj.pk is None], computed=computed)
        insert_new(model, chosen, computed=computed)
        return
    computed = computed or {}
    for obj in objects:  # a foreign key to an instance saved since it was assigned (a new parent) gets its id
        obj._prepare_related_fields_for_save(operation_name="insert_new")
    fields = [f for f in model._meta.concrete_fields if chosen or not f.primary_key]
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


def write_created_history(articles: list[Article], links: dict, *, along: list[Insert] = ()) -> None:
    """History of bulk-created articles: one "+" record each, holding the regions,
    organizations and themes it was created with (its m2m history rows).

    ``links`` holds each link table's new rows as (id, article_id, other_id), the
    copies an m2m history row keeps. ``save()`` then ``themes.set()`` would write a
    second, "~" record repeating every field; the import creates the article and
    its links at once, so one record says what the machine made. ``along``: other
    INSERTs to send with the records (one round trip on PostgreSQL).
    """
    from simple_history.models import HistoricalRecords

    records = history_statements(Article, articles)
    results = run_together([*along, *records])[len(along) :]
    history_ids = dict(zip((a.pk for a in articles), (key for keys in results for key in keys), strict=True))
    m2m_rows = []
    for m2m_field in historical_model(Article)._history_m2m_fields:
        through = m2m_field.remote_field.through
        rows = [(*row, history_ids[row[1]]) for row in links[through]]
        m2m_rows += insert_statements(
            HistoricalRecords.m2m_models[m2m_field], ["id", *link_fields(through), "history"], rows
        )
    run_together(m2m_rows)


def history_statements(model, objects: list) -> list[Insert]:
    """INSERTs of the "+" historical records of new ``model`` instances as ``bulk_history_create``
    makes them (same user, reason and fields), returning their ids."""
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
    return insert_statements(history, fields, rows, returning=True)


@cache
def historical_model(model):
    """``model.history.model``: each ``.history`` access builds a manager class (~0.5 ms), so ask once."""
    return model.history.model
