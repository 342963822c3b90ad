"""Import one page: decode, split, enrich, then write it in one transaction keyed on its source reference.

Re-running is safe: an unchanged page is skipped by its content hash; a changed
page's items are matched to the existing ones by fingerprint, then by position;
a field an editor changed is never written — the machine's new value is kept in
``machine_output`` beside it for the editor to compare.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from articles.models import Article, SourceDocument
from articles.services import reindex
from articles.services.analysis import FAILED, UNCHANGED, PageAnalysis, PreparedItem, analyze_page
from articles.services.article_inserts import create_all
from articles.services.article_updates import ArticleUpdater, deleted_by_an_editor, inside_an_editors_merge
from articles.services.context import ImportContext, get_import_context
from articles.services.item_values import fingerprint, machine_values, slug_for, without_fingerprint
from articles.services.organizations import OrganizationResolver
from articles.services.rows import historical_model, insert_new, insert_rows, link_fields, link_rows
from articles.services.search import refresh_search_vectors
from articles.textpipeline.model import Item, PageResult
from articles.textpipeline.pagemeta_editors import page_editors

logger = logging.getLogger(__name__)

WRITTEN = frozenset({"created", "updated"})  # outcomes that added or changed rows

RESTORED_REASON = "恢复编辑删除的稿件"  # the history's reason on a restored story's "+" record

# Serializes the write phase of concurrent imports on PostgreSQL (parsing runs outside the lock).
IMPORT_LOCK_KEY = 4_172_020


@dataclass
class PageOutcome:
    source_ref: str
    status: str = "unchanged"  # created | updated | unchanged | duplicate | failed
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    merged: int = 0  # the machine's items an editor merged into a neighbour: left merged, not counted as unchanged
    restored: int = 0  # of ``created``: items an editor had deleted, created again (``restore_deleted``)
    # The restored stories, for the summary: (id, title, status, URL), in page order.
    restored_articles: list[tuple[int, str, str, str]] = field(default_factory=list)
    held_deleted: int = 0  # items an editor deleted, left deleted (not counted as unchanged)
    # Of ``restored``: their old id taken or unknown, so their old URL stays 404.
    restored_under_new_ids: int = 0
    flagged: int = 0
    error: str = ""
    article_ids: list[int] = field(default_factory=list)
    updated_titles: list[str] = field(default_factory=list)  # articles whose machine result changed (not only moved)
    same_as: str = ""  # a duplicate's: the page already imported with the same text


def duplicate_outcome(source_ref: str, same_as: str) -> PageOutcome:
    """A page whose text is already imported under another name: nothing written (its stories exist)."""
    return PageOutcome(source_ref=source_ref, status="duplicate", same_as=same_as)


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


def import_page(
    data: bytes,
    *,
    source_ref: str,
    file_name: str | None = None,
    context: ImportContext | None = None,
    status: str | None = None,
    force: bool = False,
    restore_deleted: bool = False,
    dry_run: bool = False,
) -> PageOutcome:
    """Import one page's bytes; bad input is reported in the outcome, not raised.

    A new page whose text is already imported under another name is not written again (its stories
    would be there twice), ``force`` or not: forcing re-reads a page, it does not copy one.
    The stories an editor deleted from the page stay deleted (``force`` too), unless ``restore_deleted``
    (which re-reads the page as ``force`` does) asks for them again.
    """
    known = SourceDocument.objects.filter(source_ref=source_ref).values_list("content_hash", flat=True).first()
    context = context or get_import_context()
    analysis = analyze_page(data, context.enrichment, known_digest=known, force=force or restore_deleted)
    if analysis.status == UNCHANGED:
        return unchanged_outcome(source_ref)
    if known is None and analysis.digest:
        same_as = SourceDocument.objects.filter(content_hash=analysis.digest).values_list("source_ref", flat=True).first()
        if same_as:
            return duplicate_outcome(source_ref, same_as)
    names = reindex.name_mark()
    outcome = write_analysis(
        analysis,
        source_ref=source_ref,
        file_name=file_name,
        context=context,
        status=status,
        restore_deleted=restore_deleted,
        dry_run=dry_run,
    )
    if outcome.status in WRITTEN and not dry_run:
        reindex.reindex_names_added_since(names)  # the page's new names, in older stories
    return outcome


def unchanged_outcome(source_ref: str, article_count: int | None = None) -> PageOutcome:
    if article_count is None:
        article_count = Article.objects.filter(source_document__source_ref=source_ref).count()
    return PageOutcome(source_ref=source_ref, unchanged=article_count)


def write_analysis(
    analysis: PageAnalysis,
    *,
    source_ref: str,
    file_name: str | None,
    context: ImportContext,
    status: str | None = None,
    restore_deleted: bool = False,
    dry_run: bool = False,
) -> PageOutcome:
    """Write an analysed page in one transaction (rolled back for a dry run).

    A page that cannot be written — a database error, or a bug that only this page meets — is
    rolled back and reported in the outcome, so the next page (or the editor's next action) goes on.
    """
    outcome = PageOutcome(source_ref=source_ref)
    if analysis.status == FAILED:
        outcome.status, outcome.error = "failed", analysis.error
        return outcome
    try:
        with transaction.atomic():
            _lock_for_import()
            writer = PageWriter(
                context,
                analysis.result,
                outcome,
                status=status,
                prepared=analysis.prepared,
                restore_deleted=restore_deleted,
            )
            writer.write(source_ref=source_ref, file_name=file_name or source_ref, digest=analysis.digest)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    except DatabaseError as error:
        return PageOutcome(source_ref, status="failed", error=f"写入数据库失败，已回滚：{error}")
    except Exception as error:
        logger.debug("writing %s failed", source_ref, exc_info=True)  # DJANGO_LOG_LEVEL=DEBUG shows where
        return PageOutcome(
            source_ref, status="failed", error=f"写入时出错（internal error），已回滚：{type(error).__name__}: {error}"
        )
    return outcome


def _lock_for_import() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [IMPORT_LOCK_KEY])


class PageWriter:
    """Writes one PageResult inside the caller's transaction and counts what it did."""

    def __init__(
        self,
        context: ImportContext,
        result: PageResult,
        outcome: PageOutcome,
        *,
        status: str | None,
        prepared: dict[int, PreparedItem] | None = None,
        restore_deleted: bool = False,
    ):
        self.context = context
        self.result = result
        self.prepared = prepared or {}
        self.page_editors = page_editors(result.meta)
        self.outcome = outcome
        self.status = status
        province = result.meta.province_code
        self.organizations = OrganizationResolver(context, province_hint=province)
        self.updater = ArticleUpdater(context, result, outcome)
        self._deleted_items: list[dict] | None = None
        self._deleted_records: list[dict] | None = None
        self.restore_deleted = restore_deleted

    def write(self, *, source_ref: str, file_name: str, digest: str) -> None:
        self.organizations.prefetch(self._organization_names())
        co_organizers, item_values = self._resolve_organizations()
        page, page_created = self._save_page(source_ref, file_name, digest, co_organizers)
        existing = {article.pk: article for article in page.articles.all()} if not page_created else {}
        self._taken_positions = {article.position for article in existing.values()}
        matched: set[int] = set()
        listed: list[Article] = []  # every item's article, in page order
        touched: list[Article] = []
        new: list[tuple[Article, Item, dict]] = []
        restored: list[tuple[Item, dict]] = []
        brought_back: list[Article] = []  # their articles
        for item, values in zip(self.result.items, item_values, strict=True):
            article = self._match(existing, matched, values, item)
            if article is None and inside_an_editors_merge(existing, item):
                self.outcome.merged += 1
                continue
            restoring = False
            if article is None and not page_created and self._deleted_by_an_editor(page, item, values):
                if not self.restore_deleted:
                    self.outcome.held_deleted += 1
                    continue
                restored.append((item, values))
                self.outcome.restored += 1
                restoring = True
            if article is None:
                article = self._build(page, item, values)
                if restoring:
                    self._restore(article, page, item, values)
                    brought_back.append(article)
                new.append((article, item, values))
                self.outcome.created += 1
            elif self.updater.update(article, item, values):
                self.outcome.updated += 1
            else:
                self.outcome.unchanged += 1
                listed.append(article)
                continue
            touched.append(article)
            listed.append(article)
            if item.flags:
                self.outcome.flagged += 1
        create_all(new)  # their search vectors are computed in the INSERT
        if restored:
            self._forget_deleted(page, restored)
            self.outcome.restored_articles.extend(
                (article.pk, article.title, article.status, article.get_absolute_url())
                for article in brought_back
            )
        self.outcome.article_ids.extend(article.pk for article in listed)
        self.updater.retire_unmatched(existing, matched)
        created = {id(article) for article, _item, _values in new}
        refresh_search_vectors([article.pk for article in touched if id(article) not in created])
        if page_created:
            self.outcome.status = "created"
        elif self.outcome.created or self.outcome.updated or self.outcome.removed:
            self.outcome.status = "updated"

    def _deleted_by_an_editor(self, page: SourceDocument, item: Item, values: dict) -> bool:
        """An item an editor deleted: its page's re-import does not bring it back."""
        if self._deleted_items is None:  # read once, and only for a page that has an item to create
            stored = SourceDocument.objects.filter(pk=page.pk).values_list("deleted_items", flat=True)
            self._deleted_items = stored.first() or []
        return deleted_by_an_editor(self._deleted_items, item, values)

    def _restore(self, article: Article, page: SourceDocument, item: Item, values: dict) -> None:
        """Give a restored story the id, status and publication time it had (kept by its "-" history
        record), so that its old URL shows it again, its history goes on and feeds do not show it as
        new; a new id if no record matches or the id is taken.

        A restore never publishes what was not public: without a record the story comes back 待审核,
        and ``--status`` other than published holds every restored story back too.
        """
        if self._deleted_records is None:
            self._deleted_records = [
                {
                    "id": pk,
                    "fingerprint": fingerprint,
                    "span": [start, end],
                    "status": status,
                    "published_at": at,
                }
                for pk, fingerprint, start, end, status, at in historical_model(Article)
                .objects.filter(source_document_id=page.pk, history_type="-")
                .order_by("-history_date", "-history_id")
                .values_list("id", "fingerprint", "span_start", "span_end", "status", "published_at")
            ]
        # Its text first, its place on the page second, as ``deleted_by_an_editor`` matches.
        records = [r for r in self._deleted_records if r["fingerprint"] == values["fingerprint"]]
        records = records or [r for r in self._deleted_records if deleted_by_an_editor([r], item, values)]
        record = records[0] if records else None
        article._change_reason = RESTORED_REASON
        article.status = record["status"] if record else Article.Status.REVIEW
        if self.status and self.status != Article.Status.PUBLISHED:
            article.status = self.status
        article.published_at = record["published_at"] if record else None
        if article.status == Article.Status.PUBLISHED and article.published_at is None:
            article.published_at = timezone.now()
        if record is None or Article.objects.filter(pk=record["id"]).exists():
            self.outcome.restored_under_new_ids += 1
        else:
            article.pk = record["id"]
        if record is not None:
            self._deleted_records.remove(record)  # one story per record

    def _forget_deleted(self, page: SourceDocument, restored: list[tuple[Item, dict]]) -> None:
        """Take the restored items off the page's list of deleted ones: a later re-import keeps them."""
        page.deleted_items = [
            entry
            for entry in self._deleted_items
            if not any(deleted_by_an_editor([entry], item, values) for item, values in restored)
        ]
        SourceDocument.objects.filter(pk=page.pk).update(deleted_items=page.deleted_items)

    def _organization_names(self) -> set[str]:
        """Every organization name this page may look up, to fetch them in one query."""
        names = set(self.result.meta.co_organizers)
        for item in self.result.items:
            names.add(item.source)
            for mention in item.organizations:
                names.update((mention.key, mention.short_name, mention.name_in_text, mention.parent_key))
                names.update(mention.aliases)
        return names

    def _resolve_organizations(self) -> tuple[list[int], list[dict]]:
        """The co-organizers' ids and each item's values, with the page's new organizations created together.

        Mentions are resolved in page order (co-organizers, then each item's
        mentions and source), so records, ids and slugs come out as they would
        with one ``ensure()`` each; ``flush()`` then writes them in a few queries.
        """
        resolver = self.organizations
        co_organizers = [resolver.plan_named(name) for name in self.result.meta.co_organizers]
        planned = [
            ([resolver.plan(mention) for mention in item.organizations], resolver.find(item.source))
            for item in self.result.items
        ]
        resolver.flush()
        item_values = [
            self._values(item, [resolver.pk(ref) for ref in mentions], resolver.pk(source))
            for item, (mentions, source) in zip(self.result.items, planned, strict=True)
        ]
        return [resolver.pk(ref) for ref in co_organizers], item_values

    def _save_page(self, source_ref: str, file_name: str, digest: str, co_organizers: list[int | None]):
        meta = self.result.meta
        province_id = self.context.region_ids.get(meta.province_code or "")
        values = {
            "file_name": file_name[:255],
            "content_hash": digest,
            "raw_text": self.result.text,
            "encoding": self.result.encoding[:20],
            "site": (meta.site or "")[:120],
            "page_date": meta.page_date,
            "source": (meta.source or "")[:200],
            "original_url": (meta.original_url or "")[:1000],
            "banners": list(meta.banners),
            "boilerplate": list(meta.boilerplate),
            "co_organizer_names": list(meta.co_organizers),
            "province_id": province_id,
            "remainders": [
                {"text": r.text, "span": list(r.span), "code": r.flag.code, "message": r.flag.message}
                for r in self.result.remainders
            ],
            "flags": [{"code": f.code, "message": f.message, "excerpt": f.excerpt} for f in self.result.flags],
            "repairs": [{"code": r.code, "detail": r.detail} for r in self.result.repairs],
        }
        page, created = _update_or_create_page(source_ref[:255], values)
        co_organizer_ids = list(dict.fromkeys(pk for pk in co_organizers if pk))
        if created:  # nothing to compare with: insert the links, without set()'s SELECT
            through = SourceDocument.co_organizers.through
            insert_rows(through, link_fields(through), link_rows(through, [(page.pk, pk) for pk in co_organizer_ids]))
        else:
            page.co_organizers.set(co_organizer_ids)
        return page, created

    def _values(self, item: Item, organization_ids: list[int | None], source_organization_id: int | None) -> dict:
        values = machine_values(
            item,
            region_ids=self.context.region_ids,
            theme_ids=self.context.theme_ids,
            organization_ids=[pk for pk in organization_ids if pk],
            source_organization_id=source_organization_id,
            page_editors=self.page_editors,
        )
        values["fingerprint"] = fingerprint(values)
        return values

    def _match(self, existing: dict[int, Article], matched: set[int], values: dict, item: Item):
        candidates = [a for pk, a in existing.items() if pk not in matched]
        for rule in (
            lambda a: a.fingerprint == values["fingerprint"],
            lambda a: a.position == item.position,
        ):
            for article in candidates:
                if rule(article):
                    matched.add(article.pk)
                    return article
        return None

    def _build(self, page: SourceDocument, item: Item, values: dict) -> Article:
        """A new article, not yet saved: ``_create_all`` writes a page's new articles together."""
        status = self.status or (Article.Status.REVIEW if item.flags else Article.Status.PUBLISHED)
        article = Article(
            source_document=page,
            position=self._free_position(item.position),
            span_start=item.span[0],
            span_end=max(item.span),
            page_date=self.result.meta.page_date,
            original_url=(self.result.meta.original_url or "")[:1000],
            status=status,
            published_at=timezone.now() if status == Article.Status.PUBLISHED else None,
            machine_output=without_fingerprint(values),
            fingerprint=values["fingerprint"],
        )
        self.updater.apply_fields(article, values, fields=Article.EDITABLE_FIELDS)
        self.updater.apply_facet_keys(article, values, fields=Article.EDITABLE_FIELDS)
        prepared = self.prepared.get(item.position)
        if prepared and prepared.title == article.title:  # computed by the analysis worker
            article.search_title, article.slug = prepared.search_title, prepared.slug
        else:
            article.search_title = self.updater.search_title(article, item)
            article.slug = slug_for(article.title)
        article.search_text = item.search_text
        return article

    def _free_position(self, position: int) -> int:
        while position in self._taken_positions:
            position += 1000
        self._taken_positions.add(position)
        return position

def _update_or_create_page(source_ref: str, values: dict) -> tuple[SourceDocument, bool]:
    """``update_or_create`` with one locked id look-up, then one INSERT or one UPDATE, and none of
    its savepoints: the page's transaction already rolls back as a whole."""
    table = connection.ops.quote_name(SourceDocument._meta.db_table)
    lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id FROM {table} WHERE source_ref = %s{lock}", [source_ref])
        row = cursor.fetchone()
    page = SourceDocument(pk=row[0] if row else None, source_ref=source_ref, **values)
    if row is None:
        insert_new(SourceDocument, [page])
        return page, True
    page._state.adding = False
    page.save(update_fields=[*values, "updated_at"])
    return page, False
