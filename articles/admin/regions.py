"""Regions: the official 行政区划 tree, navigated level by level; only short and former names are editable."""

from django.contrib import admin
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from articles.models import Region
from articles.models.names import split_lines

from .filters import RegionParentFilter
from .reindexing import reindex_when_committed


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["name", "full_name", "adcode", "level", "children_link", "articles_link"]
    list_filter = [RegionParentFilter, "level"]
    search_fields = ["name", "full_name", "^adcode", "short_names", "former_names"]
    search_help_text = _("按名称、简称、曾用名或行政区划代码（可只输前几位）查找。")
    list_per_page = 100
    fields = ["adcode", "name", "full_name", "level", "parent_link", "path", "short_names", "former_names"]
    readonly_fields = ["adcode", "name", "full_name", "level", "parent_link", "path"]
    ordering = ["path"]

    def get_queryset(self, request):
        children = (
            Region.objects.filter(parent=OuterRef("pk")).order_by().values("parent").annotate(n=Count("pk")).values("n")
        )
        return (
            super()
            .get_queryset(request)
            .annotate(children_n=Coalesce(Subquery(children, output_field=IntegerField()), 0))
        )

    @admin.display(description=_("下级"), ordering="children_n")
    def children_link(self, region):
        if not region.children_n:
            return "—"
        return format_html('<a href="?parent={}">{} 个下级 ›</a>', region.adcode, region.children_n)

    @admin.display(description=_("稿件"))
    def articles_link(self, region):
        url = reverse("admin:articles_article_changelist")
        return format_html('<a href="{}?region={}">本地区及下级的稿件</a>', url, region.adcode)

    @admin.display(description=_("上级"))
    def parent_link(self, region):
        if region.parent_id is None:
            return "—"
        url = reverse("admin:articles_region_change", args=[region.parent_id])
        return format_html('<a href="{}">{}</a>', url, region.parent)

    def save_model(self, request, obj, form, change):
        """Save, and re-cut the index of the stories that hold a short or former name added here."""
        before = {name for field in ("short_names", "former_names") for name in split_lines(form.initial.get(field))}
        super().save_model(request, obj, form, change)
        reindex_when_committed(request, set(obj.aliases) - before)

    def has_add_permission(self, request):
        return False  # official data: loaded by the data migration, rebuilt by manage.py rebuild_region_data

    def has_delete_permission(self, request, obj=None):
        return False
