"""What editors do to articles beyond typing: mark edits, publish, merge, split, re-extract, re-tag.

Every function is one transaction with keyword-only arguments, called by the
admin (and usable from a shell or a test). A field an editor changed is listed
in ``Article.edited_fields``; the importer and ``reextract`` never write it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone

from articles import bodytext
from articles.models import (
    Article,
    ArticleFlag,
    ArticleOrganization,
    ArticleRegion,
    Byline,
    SourceDocument,
    Theme,
)
from articles.models.articles import ARTICLE_HISTORY
from articles.services import count_corrections
from articles.services.context import get_import_context, get_segmenter
from articles.services.organizations import OrganizationResolver
from articles.services.search import refresh_search_vectors
from articles.slugs import pinyin_slug
from articles.textpipeline import model as pipeline
from articles.textpipeline.enrich import byline_search_tokens, enrich_item, headline_search_text, item_text

# Related EDITABLE_FIELDS, compared before and after an admin save to see what an editor changed.
RELATED_FIELDS = ("regions", "organizations", "themes", "bylines", "captions")
EXTRACTED_FIELDS = ("regions", "organizations", "themes", "keywords")


class EditingError(Exception):
    """An editing request that cannot be carried out; the message is for the editor."""


# --- edited fields and search text ---------------------------------------------------------------


def related_values(article: Article) -> dict:
    """The article's related EDITABLE_FIELDS in the JSON form of ``machine_output``."""
    return {
        "regions": sorted(ArticleRegion.objects.filter(article=article).values_list("region_id", flat=True)),
        "organizations": sorted(
            ArticleOrganization.objects.filter(article=article).values_list("organization_id", flat=True)
        ),
        "themes": sorted(article.themes.values_list("id", flat=True)),
        "bylines": [list(pair) for pair in article.bylines.order_by("order", "id").values_list("role", "name")],
        "captions": [
            list(pair) for pair in article.captions.order_by("order", "id").values_list("text", "photographer")
        ],
    }


def current_values(article: Article) -> dict:
    """Every EDITABLE_FIELD's current value, comparable key by key with ``machine_output``."""
    values = {
        "kind": article.kind,
        "title": article.title,
        "subtitle": article.subtitle,
        "kicker": article.kicker,
        "body": article.body,
        "dateline": article.dateline,
        "source_text": article.source_text,
        "source_organization": article.source_organization_id,
        "date": article.date.isoformat() if article.date else None,
        "keywords": list(article.keywords or []),
    }
    values.update(related_values(article))
    return values


def mark_edited(*, article: Article, field_names) -> list[str]:
    """Add the fields to ``edited_fields`` (in EDITABLE_FIELDS order); return the ones newly added."""
    names = set(field_names) & set(Article.EDITABLE_FIELDS)
    before = set(article.edited_fields or [])
    added = [name for name in Article.EDITABLE_FIELDS if name in names - before]
    if added:
        article.edited_fields = [name for name in Article.EDITABLE_FIELDS if name in before | names]
        with transaction.atomic():
            Article.objects.filter(pk=article.pk).update(edited_fields=article.edited_fields)
    return added


def record_links_in_history(*, article: Article) -> None:
    """Put the article's current region, organization and theme links into its latest history version.

    The admin saves the article, which writes the version, before the inlines save its links: without
    this the version holds the links as they were, and the next saver's version shows this one's changes.
    """
    version = article.history.order_by("-history_date", "-history_id").first()
    if version is None:
        return
    for m2m_model in ARTICLE_HISTORY.m2m_models.values():
        m2m_model.objects.filter(history=version).delete()
    ARTICLE_HISTORY.create_historical_record_m2ms(version, article)


def record_bylines_in_history(*, article: Article, before: list | None, after: list) -> None:
    """Put the article's bylines (``after``, as ``related_values`` gives them) into its latest history version,
    and ``before`` into the version before it when that one holds none (an import's or a publish's).

    Bylines are rows of their own that a version would not otherwise keep; with both ends written, the
    history shows this save's byline change beside its other changes (``admin/history.py``).
    """
    History = article.history.model
    versions = list(article.history.order_by("-history_date", "-history_id").values_list("pk", "bylines")[:2])
    if not versions:
        return
    History.objects.filter(pk=versions[0][0]).update(bylines=after)
    if before is not None and len(versions) > 1 and versions[1][1] is None:
        History.objects.filter(pk=versions[1][0]).update(bylines=before)


def search_fields(article: Article, segmenter=None) -> tuple[str, str]:
    """``search_title`` and ``search_text`` as the importer makes them: the headline lines, then everything
    a reader sees, bylines' names included; the bodies the story names, as written, are one word each
    (``Segmenter.analyze``)."""
    segmenter = segmenter or get_segmenter()
    names = {link.name_in_text.lower() for link in article.organization_links.all() if link.name_in_text}
    item = item_for(article)
    return (
        headline_search_text(
            segmenter, kicker=article.kicker, title=article.title, subtitle=article.subtitle, names=names
        ),
        " ".join([*segmenter.tokens(item_text(item), names=names), *byline_search_tokens(segmenter, item)]),
    )


def refresh_search_text(*, article: Article, segmenter=None) -> None:
    """Re-segment the article into ``search_title``/``search_text`` as the importer does, then the vector."""
    article.search_title, article.search_text = search_fields(article, segmenter)
    Article.objects.filter(pk=article.pk).update(search_title=article.search_title, search_text=article.search_text)
    refresh_search_vectors([article.pk])


# --- status ---------------------------------------------------------------------------------------


@count_corrections.keeps_counts
def publish(*, articles) -> int:
    """Publish the articles not yet published (one save each, so history records who)."""
    articles = list(articles)
    count_corrections.track(article.pk for article in articles)
    count = 0
    for article in articles:
        if article.status != Article.Status.PUBLISHED:
            article.status = Article.Status.PUBLISHED
            article.published_at = article.published_at or timezone.now()
            article.save(update_fields=["status", "published_at", "updated_at"])
            count += 1
    return count


@count_corrections.keeps_counts
def send_back_to_review(*, articles) -> int:
    """Put the articles back in the review queue (withdrawn from the public site if published)."""
    articles = list(articles)
    count_corrections.track(article.pk for article in articles)
    count = 0
    for article in articles:
        if article.status != Article.Status.REVIEW:
            article.status = Article.Status.REVIEW
            article.save(update_fields=["status", "updated_at"])
            count += 1
    return count


@count_corrections.keeps_counts
def set_theme(*, articles, theme: Theme, present: bool) -> int:
    """Add (``present``) or remove one theme on each article; an editor's choice, so ``themes`` is marked edited."""
    articles = list(articles)
    count_corrections.track(article.pk for article in articles)
    count = 0
    for article in articles:
        has = article.themes.filter(pk=theme.pk).exists()
        if has == present:
            continue
        if present:
            article.themes.add(theme)
        else:
            article.themes.remove(theme)
        mark_edited(article=article, field_names=["themes"])
        count += 1
    return count


def remember_deleted(*, articles) -> None:
    """Note the articles on their pages before an editor deletes them, so re-importing a page
    does not bring them back (``article_updates.deleted_by_an_editor``)."""
    by_page: dict[int, list[dict]] = {}
    for article in articles:
        if article.source_document_id is not None:
            span = [article.span_start, article.span_end]
            by_page.setdefault(article.source_document_id, []).append(
                {"fingerprint": article.fingerprint, "span": span, "title": article.title}
            )
    for page in SourceDocument.objects.filter(pk__in=by_page).only("deleted_items"):
        page.deleted_items = [*(page.deleted_items or []), *by_page[page.pk]]
        page.save(update_fields=["deleted_items"])


# --- machine extraction ---------------------------------------------------------------------------


def item_for(article: Article) -> pipeline.Item:
    """The article as the text pipeline's Item, for enrichment."""
    return pipeline.Item(
        kind=article.kind,
        title=article.title,
        subtitle=article.subtitle,
        kicker=article.kicker,
        blocks=bodytext.text_to_blocks(article.body),
        bylines=[pipeline.Byline(byline.role, byline.name) for byline in article.bylines.all()],
        captions=[pipeline.Caption(caption.text, caption.photographer or None) for caption in article.captions.all()],
        source=article.source_text or None,
        dateline=article.dateline or None,
        date=article.date,
        position=article.position,
        span=(article.span_start, article.span_end),
    )


def _province_hint(article: Article) -> str | None:
    page = article.source_document
    if page is None or page.province_id is None:
        return None
    return page.province.adcode


def machine_extraction(*, article: Article, context) -> dict:
    """What the machine extracts from the article's current text: region/organization/theme ids and keywords."""
    hint = _province_hint(article)
    site = article.source_document.site if article.source_document else None
    found = enrich_item(item_for(article), context.enrichment, province_hint=hint, site=site)
    resolver = OrganizationResolver(context, province_hint=hint)
    organization_ids = [resolver.ensure(mention) for mention in found.organizations]
    return {
        "regions": sorted({context.region_ids[code] for code in found.region_codes if code in context.region_ids}),
        "organizations": sorted({pk for pk in organization_ids if pk}),
        "themes": sorted({context.theme_ids[slug] for slug in found.themes if slug in context.theme_ids}),
        "keywords": list(found.keywords),
    }


def _write_extracted(article: Article, values: dict, fields) -> None:
    if "regions" in fields:
        ArticleRegion.objects.filter(article=article).delete()
        ArticleRegion.objects.bulk_create(ArticleRegion(article=article, region_id=pk) for pk in values["regions"])
    if "organizations" in fields:
        ArticleOrganization.objects.filter(article=article).exclude(organization_id__in=values["organizations"]).delete()
        linked = set(ArticleOrganization.objects.filter(article=article).values_list("organization_id", flat=True))
        ArticleOrganization.objects.bulk_create(
            ArticleOrganization(article=article, organization_id=pk)
            for pk in values["organizations"]
            if pk not in linked
        )
    if "themes" in fields:
        article.themes.set(values["themes"])
    if "keywords" in fields:
        article.keywords = values["keywords"]


@count_corrections.keeps_counts
def reextract(*, article: Article, context=None) -> list[str]:
    """Re-run regions, organizations, themes and keywords on the current text; return the fields written.

    Fields in ``edited_fields`` are left alone; the machine's new values go to
    ``machine_output`` either way, so the admin can show them beside the editor's.
    """
    count_corrections.track([article.pk])
    context = context or get_import_context()
    values = machine_extraction(article=article, context=context)
    writable = [name for name in EXTRACTED_FIELDS if name not in set(article.edited_fields or [])]
    _write_extracted(article, values, writable)
    article.machine_output = {**(article.machine_output or {}), **{k: values[k] for k in EXTRACTED_FIELDS}}
    article.save()
    refresh_search_text(article=article, segmenter=context.enrichment.segmenter)
    return writable


@dataclass
class RetagOutcome:
    added: int = 0
    removed: int = 0
    skipped: int = 0  # articles whose themes an editor chose


@transaction.atomic
def retag_with_theme(*, theme: Theme, context=None) -> RetagOutcome:
    """Apply the theme's current keyword rules to every published article (editor-chosen themes are kept)."""
    count_corrections.track_all()  # public counts: recounted once, after the commit
    context = context or get_import_context()
    outcome = RetagOutcome()
    articles = Article.objects.published().select_related("source_document__province").prefetch_related("themes")
    for article in articles:
        found = enrich_item(item_for(article), context.enrichment, province_hint=_province_hint(article))
        wanted = theme.slug in found.themes
        has = any(t.pk == theme.pk for t in article.themes.all())
        machine = set((article.machine_output or {}).get("themes", []))
        machine = machine | {theme.pk} if wanted else machine - {theme.pk}
        article.machine_output = {**(article.machine_output or {}), "themes": sorted(machine)}
        if "themes" in (article.edited_fields or []):
            outcome.skipped += wanted != has
        elif wanted and not has:
            article.themes.add(theme)
            outcome.added += 1
        elif has and not wanted:
            article.themes.remove(theme)
            outcome.removed += 1
        Article.objects.filter(pk=article.pk).update(machine_output=article.machine_output)
    return outcome


# --- merge and split ------------------------------------------------------------------------------


def page_neighbours(article: Article):
    """The other articles of the same page, in page order (by span, then position)."""
    return Article.objects.filter(source_document_id=article.source_document_id).order_by(
        "span_start", "position", "id"
    )


def are_adjacent(first: Article, second: Article) -> bool:
    """Two items of one page with no other item between them."""
    if first.source_document_id is None or first.source_document_id != second.source_document_id:
        return False
    order = list(page_neighbours(first).values_list("pk", flat=True))
    i, j = order.index(first.pk), order.index(second.pk)
    return abs(i - j) == 1


@count_corrections.keeps_counts
def merge_adjacent_items(*, first: Article, second: Article, may_withdraw: bool = False) -> Article:
    """Join two neighbouring items of one page the machine split wrongly; the earlier one survives.

    The later item's title becomes a sub-heading, its body, bylines, captions,
    regions, organizations, themes, keywords and open flags move over, and the
    span grows to cover both. Returns the merged article.

    The merged item is published only if both were: a published item merged with an
    unpublished one goes back to 待审核, since part of its text is unreviewed (and the
    other order would delete a published item). Either takes a published story off the
    public site, so it needs ``may_withdraw`` (审核), as withdrawing does.
    """
    count_corrections.track([first.pk, second.pk])
    if first.pk == second.pk or not are_adjacent(first, second):
        raise EditingError("只能合并同一版面上相邻的两篇稿件。")
    published = {article.status == Article.Status.PUBLISHED for article in (first, second)}
    mixed = published == {True, False}
    if mixed and not may_withdraw:
        raise EditingError(
            "两篇稿件一篇已发布、一篇未发布：合并后的稿件要退回待审核，这会撤下已发布的稿件，需要审核权限。"
        )
    if (second.span_start, second.position) < (first.span_start, first.position):
        first, second = second, first
    parts = [first.body]
    if second.title and second.kind == Article.Kind.ARTICLE:
        parts.append(bodytext.SUBHEADING_MARK + second.title)
    parts.append(second.body)
    first.body = "\n\n".join(part.strip() for part in parts if part and part.strip())
    first.keywords = list(dict.fromkeys([*(first.keywords or []), *(second.keywords or [])]))
    first.span_start = min(first.span_start, second.span_start)
    first.span_end = max(first.span_end, second.span_end)
    if not first.source_text and second.source_text:
        first.source_text, first.source_organization_id = second.source_text, second.source_organization_id
    first.date = first.date or second.date
    if mixed:
        first.status = Article.Status.REVIEW

    names = set(first.bylines.values_list("role", "name"))
    order = first.bylines.aggregate(m=Max("order"))["m"] or 0
    for byline in second.bylines.all():
        if (byline.role, byline.name) not in names:
            order += 1
            Byline.objects.create(article=first, order=order, role=byline.role, name=byline.name)
    offset = (first.captions.aggregate(m=Max("order"))["m"] or 0) + 1
    second.captions.update(article=first, order=F("order") + offset)
    for region_id in ArticleRegion.objects.filter(article=second).values_list("region_id", flat=True):
        ArticleRegion.objects.get_or_create(article=first, region_id=region_id)
    for link in ArticleOrganization.objects.filter(article=second):
        ArticleOrganization.objects.get_or_create(
            article=first, organization_id=link.organization_id, defaults={"name_in_text": link.name_in_text}
        )
    first.themes.add(*second.themes.all())
    ArticleFlag.objects.filter(article=second).update(article=first)

    second.delete()
    first.edited_fields = sorted(
        set(first.edited_fields or [])
        | {"body", "keywords", "bylines", "captions", "regions", "organizations", "themes", "source_text", "date"},
        key=Article.EDITABLE_FIELDS.index,
    )
    first.save()
    refresh_search_text(article=first)
    return first


def _span_pattern(text: str) -> re.Pattern:
    """A pattern for text as it stood in the raw page: either punctuation width, any whitespace between."""
    chars = []
    for ch in "".join(text.split()):
        half = _FULL_TO_HALF.get(ch)
        chars.append(f"[{re.escape(ch)}{re.escape(half)}]" if half else re.escape(ch))
    return re.compile(r"\s*".join(chars))


_FULL_TO_HALF = {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "？": "?", "！": "!", "“": '"', "”": '"'}


def locate_in_page(raw_text: str, start: int, end: int, text: str) -> int | None:
    """Where ``text`` (as repaired by the machine) begins in the raw page between start and end."""
    compact = "".join(text.split())
    for size in (24, 12, 6, 3):
        if len(compact) < size and size != 3:
            continue
        match = _span_pattern(compact[:size]).search(raw_text, start, end)
        if match:
            return match.start()
    return None


def _cut_position(raw_text: str, article: Article, heading: str | None, tail) -> int:
    """Where the split-off part starts in the raw page: its heading if printed, else its first block."""
    start, end = article.span_start, article.span_end
    first = locate_in_page(raw_text, start, end, tail[0].text) if tail else None
    if heading:
        found = locate_in_page(raw_text, start, first if first is not None else end, heading)
        if found is not None:
            return found
    return first if first is not None else end


def _free_position(page: SourceDocument, after: int) -> int:
    taken = set(page.articles.values_list("position", flat=True))
    position = after + 1
    while position in taken:
        position += 1000
    return position


@count_corrections.keeps_counts
def split_item_at(*, article: Article, paragraph_index: int, title: str = "") -> Article:
    """Cut the article before body block ``paragraph_index`` (a missed split); return the new second item.

    A sub-heading at the cut becomes the new item's title unless ``title`` is
    given. The new item keeps the page, the rest of the span and a free position
    on the page; bylines and captions stay with the first item; regions,
    organizations, themes and keywords are extracted afresh for both and count
    as the editor's from then on (a re-import keeps them; 重新提取 does too).
    """
    count_corrections.track([article.pk])
    blocks = bodytext.text_to_blocks(article.body)
    if not 0 < paragraph_index < len(blocks):
        raise EditingError("拆分位置必须在第一段之后、最后一段之前或之上。")
    head, tail = blocks[:paragraph_index], blocks[paragraph_index:]
    heading = tail[0].text if tail[0].kind == pipeline.SUBHEADING else None
    if not title and heading:
        title, tail = heading, tail[1:]
    title = (title or "").strip()
    if not title:
        raise EditingError("请为拆出的新稿件填写标题。")
    if not tail:
        raise EditingError("拆出的新稿件没有正文。")

    cut = article.span_end
    page = article.source_document
    if page is not None:
        cut = _cut_position(page.raw_text, article, heading, tail)
    new = Article(
        kind=Article.Kind.ARTICLE,
        title=title[:300],
        body=bodytext.blocks_to_text(tail),
        date=article.date,
        page_date=article.page_date,
        original_url=article.original_url,
        status=Article.Status.REVIEW,
        source_document=page,
        position=_free_position(page, article.position) if page else 0,
        span_start=cut,
        span_end=max(cut, article.span_end),
        edited_fields=["kind", "title", "body"],
        machine_output={},
    )
    new.slug = pinyin_slug(new.title, max_length=60)
    new.save()
    count_corrections.track([new.pk], created=True)
    article.body = bodytext.blocks_to_text(head)
    article.span_end = max(article.span_start, cut)
    article.edited_fields = sorted(set(article.edited_fields or []) | {"body"}, key=Article.EDITABLE_FIELDS.index)
    article.save()
    for item in (article, new):
        reextract(article=item)
        # The machine's item still covers the whole story: what each half now holds is the editor's
        # split, so a re-import must not bring back the other half's regions, organizations, themes, keywords.
        mark_edited(article=item, field_names=EXTRACTED_FIELDS)
    return new
