"""Imported pages: the raw text, what the importer took from it, and re-importing one page."""

from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from articles.models import Article, SourceDocument
from articles.services.importer import import_page

from .filters import UsedValuesFilter


class PageArticleInline(admin.TabularInline):
    model = Article
    fields = ["position", "title_link", "kind", "status", "span_start", "span_end"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False
    ordering = ["span_start", "position"]
    verbose_name = _("由本页生成的稿件")
    verbose_name_plural = _("由本页生成的稿件")

    @admin.display(description=_("标题"))
    def title_link(self, article):
        url = reverse("admin:articles_article_change", args=[article.pk])
        return format_html('<a href="{}">{}</a>', url, article.title)

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(SourceDocument)
class SourceDocumentAdmin(admin.ModelAdmin):
    list_display = ["file_name", "site", "page_date", "province", "article_count", "remainder_count", "updated_at"]
    # Only the provinces pages have (重庆, 四川), not the 3,214 regions of the national table: that list was
    # unusable, and its 显示计数 counted one column per region (past SQLite's limit, a 500).
    list_filter = [("province", UsedValuesFilter), "site"]
    search_fields = ["file_name", "source_ref", "site", "raw_text"]
    date_hierarchy = "page_date"
    list_select_related = ["province"]
    inlines = [PageArticleInline]
    fieldsets = [
        (None, {"fields": ["file_name", "source_ref", "site", "page_date", "province", "source", "original_url"]}),
        (_("页面信息"), {"fields": ["banners_display", "co_organizers_display", "boilerplate_display"]}),
        (_("需要编辑查看"), {"fields": ["remainders_display", "flags_display", "repairs_display"]}),
        (_("原文"), {"fields": ["raw_text_display"]}),
        (
            _("导入"),
            {
                "classes": ["collapse"],
                "fields": ["encoding", "content_hash", "imported_at", "updated_at", "deleted_items_display"],
            },
        ),
    ]
    readonly_fields = [
        "file_name", "source_ref", "site", "page_date", "province", "source", "original_url", "encoding",
        "content_hash", "imported_at", "updated_at", "banners_display", "co_organizers_display",
        "boilerplate_display", "remainders_display", "flags_display", "repairs_display", "raw_text_display",
        "deleted_items_display",
    ]
    actions = ["reimport"]

    def get_queryset(self, request):
        from django.db.models import Count

        return super().get_queryset(request).defer("raw_text").annotate(article_n=Count("articles"))

    @admin.display(description=_("稿件数"), ordering="article_n")
    def article_count(self, page):
        url = reverse("admin:articles_article_changelist")
        return format_html('<a href="{}?page={}">{}</a>', url, page.pk, page.article_n)

    @admin.display(description=_("未归属文字"))
    def remainder_count(self, page):
        return len(page.remainders or [])

    @admin.display(description=_("原文"))
    def raw_text_display(self, page):
        return format_html('<pre class="kexie-page-text">{}</pre>', page.raw_text)

    @admin.display(description=_("栏目与通栏"))
    def banners_display(self, page):
        return "、".join(page.banners or []) or "—"

    @admin.display(description=_("协办单位"))
    def co_organizers_display(self, page):
        return "、".join(page.co_organizer_names or []) or "—"

    @admin.display(description=_("版权、联系方式与导航"))
    def boilerplate_display(self, page):
        return format_html_join("", "<div>{}</div>", ((line,) for line in page.boilerplate or [])) or "—"

    @admin.display(description=_("未归属文字"))
    def remainders_display(self, page):
        rows = ((r.get("message", ""), r.get("text", "")) for r in page.remainders or [])
        return format_html_join("", "<p><strong>{}</strong><br>{}</p>", rows) or "—"

    @admin.display(description=_("页面问题"))
    def flags_display(self, page):
        rows = ((f.get("code", ""), f.get("message", "")) for f in page.flags or [])
        return format_html_join("", "<p><code>{}</code> {}</p>", rows) or "—"

    @admin.display(description=_("页面上的修复"))
    def repairs_display(self, page):
        rows = ((r.get("code", ""), r.get("detail", "")) for r in page.repairs or [])
        return format_html_join("", "<p><code>{}</code> {}</p>", rows) or "—"

    @admin.display(description=_("编辑删除的稿件（重新导入时不再新建）"))
    def deleted_items_display(self, page):
        rows = ((item.get("title", ""),) for item in page.deleted_items or [])
        return format_html_join("", "<div>{}</div>", rows) or "—"

    def has_add_permission(self, request):
        return False  # pages come in through manage.py import_seeds

    @admin.action(description=_("重新导入所选页面（编辑改过的字段保持不变）"), permissions=["change"])
    def reimport(self, request, queryset):
        for page in queryset:
            outcome = import_page(
                page.raw_text.encode("utf-8"), source_ref=page.source_ref, file_name=page.file_name, force=True
            )
            level = messages.ERROR if outcome.status == "failed" else messages.SUCCESS
            merged = _("，已被编辑并入相邻稿件 %d") % outcome.merged if outcome.merged else ""
            if outcome.held_deleted:  # an editor's deletions stay; not "unchanged"
                merged += _("，已删除未恢复 %d") % outcome.held_deleted
            self.message_user(
                request,
                _("%(page)s：新建 %(created)d，更新 %(updated)d，未变 %(unchanged)d，删除 %(removed)d%(merged)s。%(error)s")
                % {
                    "page": page.file_name, "created": outcome.created, "updated": outcome.updated,
                    "unchanged": outcome.unchanged, "removed": outcome.removed, "merged": merged,
                    "error": outcome.error,
                },
                level,
            )

    class Media:
        css = {"all": ["admin-kexie/workbench.css"]}
