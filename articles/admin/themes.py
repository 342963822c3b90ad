"""Themes: the editors' keyword rules, and re-tagging published articles with them."""

from django.contrib import admin, messages
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from articles.models import Article, Theme
from articles.services import editing

from .history import HISTORY_FORM_TEMPLATE


@admin.register(Theme)
class ThemeAdmin(SimpleHistoryAdmin):
    object_history_form_template = HISTORY_FORM_TEMPLATE
    list_display = ["name", "slug", "position", "article_count"]
    list_editable = ["position"]
    search_fields = ["name", "slug", "keywords"]
    fields = ["name", "slug", "position", "description", "keywords"]
    actions = ["retag"]

    def get_queryset(self, request):
        through = Article.themes.through
        counts = (
            through.objects.filter(theme=OuterRef("pk")).order_by().values("theme").annotate(n=Count("pk")).values("n")
        )
        return super().get_queryset(request).annotate(article_n=Coalesce(Subquery(counts, output_field=IntegerField()), 0))

    @admin.display(description=_("稿件数"), ordering="article_n")
    def article_count(self, theme):
        url = reverse("admin:articles_article_changelist")
        return format_html('<a href="{}?themes__id__exact={}">{}</a>', url, theme.pk, theme.article_n)

    def has_retag_permission(self, request):
        return request.user.has_perm("articles.change_theme") and request.user.has_perm("articles.change_article")

    @admin.action(description=_("按关键词规则重新标注全部已发布稿件"), permissions=["retag"])
    def retag(self, request, queryset):
        for theme in queryset:
            outcome = editing.retag_with_theme(theme=theme)
            self.message_user(
                request,
                _("“%(theme)s”：新标注 %(added)d 篇，去掉 %(removed)d 篇，编辑定过主题而未改动 %(skipped)d 篇。")
                % {"theme": theme, "added": outcome.added, "removed": outcome.removed, "skipped": outcome.skipped},
                messages.SUCCESS,
            )
