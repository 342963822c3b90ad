"""The update path of an import: an existing page's articles rewritten, and the ones it no longer yields retired.

A field an editor changed is never written. ``importer.PageWriter`` hands its page's result,
context and outcome to an ``ArticleUpdater`` and calls it for each matched article; it also
uses its ``apply_fields`` and ``apply_facet_keys`` to fill a new article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from articles.models import Article, ArticleFlag, ArticleOrganization, ArticleRegion, Byline, PhotoCaption
from articles.services.facet_keys import region_keys, upper_keys
from articles.services.item_values import slug_for, without_fingerprint
from articles.textpipeline.enrich import found_names, headline_search_text
from articles.textpipeline.model import Item, PageResult

if TYPE_CHECKING:  # importer imports this module
    from articles.services.context import ImportContext
    from articles.services.importer import PageOutcome


class ArticleUpdater:
    """Writes one page's item values onto its existing articles and their rows, and counts
    what it removes in the page's ``outcome``."""

    def __init__(self, context: ImportContext, result: PageResult, outcome: PageOutcome):
        self.context = context
        self.result = result
        self.outcome = outcome

    def update(self, article: Article, item: Item, values: dict) -> bool:
        """Write the fields the editor has not changed; return whether anything changed."""
        new_output = without_fingerprint(values)
        if article.machine_output == new_output and article.span_start == item.span[0]:
            return False
        content_changed = article.machine_output != new_output  # not only moved on its page
        writable = [name for name in Article.EDITABLE_FIELDS if name not in set(article.edited_fields or [])]
        overtaken = machine_changes_under_edits(article, new_output)
        article.machine_output = new_output
        article.fingerprint = values["fingerprint"]
        if "body" in writable:  # once an editor merged, split or rewrote the body, the span is theirs
            article.span_start, article.span_end = item.span[0], max(item.span)
        article.page_date = self.result.meta.page_date
        self.apply_fields(article, values, fields=writable)
        self.apply_facet_keys(article, values, fields=writable)
        if "title" in writable:
            article.slug = slug_for(article.title)
        article.search_title = self.search_title(article, item)
        article.search_text = item.search_text if "body" in writable else article.search_text
        article.save()
        if content_changed:
            self.outcome.updated_titles.append(article.title)
        self._apply_related(article, values, fields=writable)
        self._replace_open_flags(article, item)
        if overtaken:
            fields = "、".join(field_label(name) for name in overtaken)
            ArticleFlag.objects.create(
                article=article,
                code=ArticleFlag.Code.MACHINE_CHANGED,
                message=f"重新导入后，机器对编辑改过的{fields}给出了新的结果；编辑的值保持不变，请对照“机器结果”核对。",
                excerpt="；".join(filter(None, (overtaken_excerpt(name, new_output[name]) for name in overtaken))),
            )
        return True

    def search_title(self, article: Article, item) -> str:
        """The article's headline lines (as written now, an editor's included) cut for the index."""
        return headline_search_text(
            self.context.segmenter,
            kicker=article.kicker,
            title=article.title,
            subtitle=article.subtitle,
            names=found_names(item.organizations),
        )

    @staticmethod
    def apply_fields(article: Article, values: dict, *, fields) -> None:
        """The item's plain values for ``fields`` (those an editor has not changed)."""
        for name in ("kind", "title", "subtitle", "kicker", "body", "dateline", "source_text", "keywords"):
            if name in fields:
                setattr(article, name, values[name])
        if "date" in fields:
            article.date = values["date"]
        if "source_organization" in fields:
            article.source_organization_id = values["source_organization"]

    def apply_facet_keys(self, article: Article, values: dict, *, fields) -> None:
        """The article's facet keys (``facet_keys.py``) from the region and theme links it gets."""
        if "regions" in fields:
            article.facet_regions = region_keys(values["regions"], self.context.region_ancestors)
            article.facet_upper_regions = upper_keys(article.facet_regions, self.context.upper_region_ids)
        if "themes" in fields:
            article.facet_themes = values["themes"]

    @staticmethod
    def _apply_related(article: Article, values: dict, *, fields) -> None:
        if "regions" in fields:
            ArticleRegion.objects.filter(article=article).delete()
            ArticleRegion.objects.bulk_create(ArticleRegion(article=article, region_id=pk) for pk in values["regions"])
        if "organizations" in fields:
            ArticleOrganization.objects.filter(article=article).delete()
            ArticleOrganization.objects.bulk_create(
                ArticleOrganization(article=article, organization_id=pk) for pk in values["organizations"]
            )
        if "themes" in fields:
            article.themes.set(values["themes"])
        if "bylines" in fields:
            article.bylines.all().delete()
            Byline.objects.bulk_create(
                Byline(article=article, order=i, role=role, name=name) for i, (role, name) in enumerate(values["bylines"])
            )
        if "captions" in fields:
            article.captions.all().delete()
            PhotoCaption.objects.bulk_create(
                PhotoCaption(article=article, order=i, text=text, photographer=who)
                for i, (text, who) in enumerate(values["captions"])
            )

    @staticmethod
    def _replace_open_flags(article: Article, item: Item) -> None:
        """The item's flags replace the open ones the pipeline raised; a re-import's own notes stay."""
        resolved = set(article.flags.filter(resolved_at__isnull=False).values_list("code", "excerpt"))
        article.flags.filter(resolved_at__isnull=True).exclude(code=ArticleFlag.Code.MACHINE_CHANGED).delete()
        ArticleFlag.objects.bulk_create(
            ArticleFlag(article=article, code=f.code[:40], message=f.message, excerpt=f.excerpt)
            for f in item.flags
            if (f.code[:40], f.excerpt) not in resolved
        )

    def retire_unmatched(self, existing: dict[int, Article], matched: set[int]) -> None:
        """Items the changed page no longer yields: delete the machine's, keep and flag an editor's."""
        spans = [item.span for item in self.result.items]
        for pk, article in existing.items():
            if pk in matched:
                continue
            split_off = any(start <= article.span_start and article.span_end <= end for start, end in spans)
            if article.edited_fields and split_off:
                continue  # an editor split this part off an item the page still yields
            if article.edited_fields:
                ArticleFlag.objects.get_or_create(
                    article=article,
                    code="not_in_page",
                    resolved_at=None,
                    defaults={"message": "重新导入后，页面中已找不到这篇稿件；因编辑改过，予以保留，请核对。"},
                )
            else:
                article.delete()
                self.outcome.removed += 1


def machine_changes_under_edits(article: Article, new_output: dict) -> list[str]:
    """The fields an editor changed whose machine value this import changes (the editor's value stays):
    what the editor decided against is no longer what the machine says."""
    old_output = article.machine_output or {}
    return [
        name
        for name in Article.EDITABLE_FIELDS
        if name in set(article.edited_fields or []) and name in old_output and old_output[name] != new_output.get(name)
    ]


def field_label(name: str) -> str:
    field = Article._meta.get_field(name)
    return str(getattr(field, "verbose_name", None) or field.related_model._meta.verbose_name)


def overtaken_excerpt(name: str, value) -> str:
    """A text field's new machine value (ids and lists are shown by name in the change form's table)."""
    return f"{field_label(name)}：{value[:100]}" if isinstance(value, str) and value else ""


def inside_an_editors_merge(existing: dict[int, Article], item: Item) -> bool:
    """An editor merged this item into a neighbour: its text lives on there, so don't bring it back."""
    start, end = item.span
    return any(
        article.edited_fields
        and article.span_start <= start
        and end <= article.span_end
        and (article.span_start, article.span_end) != (start, end)
        for article in existing.values()
    )


def deleted_by_an_editor(deleted_items: list[dict], item: Item, values: dict) -> bool:
    """An editor deleted this item (``editing.remember_deleted``): same text, or same place on the page."""
    span = [item.span[0], max(item.span)]
    return any(
        entry.get("fingerprint") == values["fingerprint"] or entry.get("span") == span
        for entry in deleted_items
    )
