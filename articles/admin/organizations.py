"""Organizations: every name in one place, merge duplicates, found by any alias."""

from django.contrib import admin, messages
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from articles.models import ArticleOrganization, Organization, OrganizationAlias
from articles.services.organizations import merge_organizations

from .forms import MergeOrganizationsForm
from .history import HISTORY_FORM_TEMPLATE
from .reindexing import reindex_when_committed


class OrganizationAliasInline(admin.TabularInline):
    model = OrganizationAlias
    extra = 1
    verbose_name = _("名称")
    verbose_name_plural = _("全部名称（全称、简称和别名，每个名称只能属于一个组织；导入时按这些名称识别）")


@admin.register(Organization)
class OrganizationAdmin(SimpleHistoryAdmin):
    object_history_form_template = HISTORY_FORM_TEMPLATE
    list_display = ["name", "short_name", "kind", "region", "parent", "article_count"]
    list_filter = ["kind"]
    search_fields = ["name", "short_name", "aliases__name"]
    search_help_text = _("按全称、简称或任一别名查找。")
    list_select_related = ["region", "parent"]
    autocomplete_fields = ["region", "parent"]
    prepopulated_fields = {}
    inlines = [OrganizationAliasInline]
    fieldsets = [
        (None, {"fields": ["name", "short_name", "kind", "region", "parent", "slug", "description"]}),
    ]
    actions = ["merge"]

    def get_queryset(self, request):
        articles = (
            ArticleOrganization.objects.filter(organization=OuterRef("pk"))
            .order_by()
            .values("organization")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return super().get_queryset(request).annotate(
            article_n=Coalesce(Subquery(articles, output_field=IntegerField()), 0)
        )

    @admin.display(description=_("稿件数"), ordering="article_n")
    def article_count(self, organization):
        url = reverse("admin:articles_article_changelist")
        return format_html('<a href="{}?organization={}">{}</a>', url, organization.pk, organization.article_n)

    def save_related(self, request, form, formsets, change):
        """Make the full and short names aliases too, so matching and jieba learn them (no restart needed),
        and re-cut the index of the stories that hold a name new to the tables."""
        before = set(form.instance.aliases.values_list("name", flat=True)) if change else set()
        super().save_related(request, form, formsets, change)
        form.instance.sync_primary_aliases()
        reindex_when_committed(request, set(form.instance.aliases.values_list("name", flat=True)) - before)

    def has_merge_permission(self, request):
        """Merging changes one organization and deletes the others: both permissions are needed."""
        return self.has_change_permission(request) and self.has_delete_permission(request)

    @admin.action(description=_("合并重复的组织…"), permissions=["merge"])
    def merge(self, request, queryset):
        if queryset.count() < 2:
            self.message_user(request, _("请至少选择两个组织。"), messages.ERROR)
            return None
        form = MergeOrganizationsForm(request.POST if "apply" in request.POST else None, organizations=queryset)
        if form.is_bound and form.is_valid():
            target = form.cleaned_data["target"]
            count = merge_organizations(target, list(queryset.exclude(pk=target.pk)))
            self.message_user(
                request, _("%(n)d 个组织并入“%(target)s”，其名称都保留为别名。") % {"n": count, "target": target},
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("合并重复的组织"),
            "opts": self.model._meta,
            "queryset": queryset,
            "form": form,
            "action": "merge",
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/articles/article/action_form.html", context)


@admin.register(OrganizationAlias)
class OrganizationAliasAdmin(admin.ModelAdmin):
    list_display = ["name", "organization"]
    search_fields = ["name", "organization__name"]
    list_select_related = ["organization"]
    autocomplete_fields = ["organization"]

    def save_model(self, request, obj, form, change):
        """Save, mark the organization changed (the search box's segmenter learns a renamed alias from
        that), and re-cut the index of the stories that hold the name."""
        super().save_model(request, obj, form, change)
        # a bare timestamp, not a save: the organization's history gets no entry for a change it did not have
        Organization.objects.filter(pk=obj.organization_id).update(updated_at=timezone.now())
        if not change or "name" in form.changed_data:
            reindex_when_committed(request, [obj.name])
