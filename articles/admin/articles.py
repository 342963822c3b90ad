"""The editors' workbench: the article list, the change form beside the page text, and the actions."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.actions import delete_selected
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connections, models
from django.db.models import Count, IntegerField, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from articles.models import (
    Article,
    ArticleFlag,
    ArticleOrganization,
    ArticleRegion,
    Byline,
    Organization,
    PhotoCaption,
    Region,
    Theme,
)
from articles.services import count_corrections, editing
from articles.slugs import pinyin_slug
from articles.views.detail import ArticlePreviewView
from kexie_cms.admin_site import CheckedModelMultipleChoiceField, ChecksAutocompleteIds, is_object_id

from .filters import (
    EditedFilter,
    FlagFilter,
    OrganizationFilter,
    PageFilter,
    RegionTreeFilter,
    ResolvedFilter,
)
from .forms import (
    ArticleAdminForm,
    FlagResolveForm,
    LinkFormSet,
    MultilineTextField,
    SplitForm,
    ThemeActionForm,
)
from .history import ReadableHistoryMixin


class KeepsCountsMixin:
    """Saves, deletes and actions keep the stored public counts current in their own transaction
    (``count_corrections.following``): the articles a form or an action changes are tracked before
    they change, and their counts are corrected by what changed when it is done."""

    counted_article_field = "pk"  # the field holding the id of the article a row counts for

    def counted_article_ids(self, obj) -> set[int]:
        return {getattr(obj, self.counted_article_field)} - {None}

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        return self._following(request, super().changeform_view, object_id, form_url, extra_context)

    def delete_view(self, request, object_id, extra_context=None):
        return self._following(request, super().delete_view, object_id, extra_context)

    def response_action(self, request, queryset):
        """Each action in one transaction, so one that changes many articles corrects the counts once."""
        with count_corrections.following():
            return super().response_action(request, queryset)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """A revert to an earlier version (django-simple-history's form) saves the article too."""
        return self._following(request, super().history_form_view, object_id, version_id, extra_context)

    @staticmethod
    def _following(request, view, *args):
        if request.method != "POST":
            return view(request, *args)
        with count_corrections.following():
            return view(request, *args)

    def save_model(self, request, obj, form, change):
        before = self.counted_article_ids(obj)
        count_corrections.track(before)
        super().save_model(request, obj, form, change)
        count_corrections.track(self.counted_article_ids(obj) - before, created=True)  # a new article

    def delete_model(self, request, obj):
        count_corrections.track(self.counted_article_ids(obj))
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        count_corrections.track(queryset.values_list(self.counted_article_field, flat=True))
        super().delete_queryset(request, queryset)


class BylineInline(admin.TabularInline):
    model = Byline
    fields = ["order", "role", "name"]
    extra = 0
    verbose_name_plural = _("署名")


class PhotoCaptionInline(admin.TabularInline):
    model = PhotoCaption
    fields = ["order", "text", "photographer"]
    extra = 0
    formfield_overrides = {models.TextField: {"form_class": MultilineTextField}}


class ArticleRegionInline(ChecksAutocompleteIds, admin.TabularInline):
    model = ArticleRegion
    formset = LinkFormSet
    autocomplete_fields = ["region"]
    extra = 0
    verbose_name = _("地区")
    verbose_name_plural = _("地区（输入名称或行政区划代码查找）")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("region")  # each row is labelled by its name


class ArticleOrganizationInline(ChecksAutocompleteIds, admin.TabularInline):
    model = ArticleOrganization
    formset = LinkFormSet
    autocomplete_fields = ["organization"]
    fields = ["organization", "name_in_text"]
    extra = 0
    verbose_name = _("组织")
    verbose_name_plural = _("组织（输入任一名称查找）")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("organization")  # each row is labelled by its name


class OpenFlagInline(admin.TabularInline):
    """The article's open flags; ticking 已处理 and saving resolves them."""

    model = ArticleFlag
    form = FlagResolveForm
    fields = ["code", "message", "excerpt", "resolve"]
    readonly_fields = ["code", "message", "excerpt"]
    extra = 0
    can_delete = False
    verbose_name = _("待查问题")
    verbose_name_plural = _("待查问题（核对后勾选“已处理”再保存）")

    def get_queryset(self, request):
        return super().get_queryset(request).filter(resolved_at__isnull=True)

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Article)
class ArticleAdmin(KeepsCountsMixin, ReadableHistoryMixin, SimpleHistoryAdmin):
    form = ArticleAdminForm
    formfield_overrides = {
        models.TextField: {"form_class": MultilineTextField},  # the body's line breaks
        # 主题, a dozen: ticked in a list, where Select2's clear-all made one Backspace drop every theme.
        models.ManyToManyField: {
            "widget": forms.CheckboxSelectMultiple,
            "form_class": CheckedModelMultipleChoiceField,
        },
    }
    list_display = ["title", "kind", "status", "date", "page_link", "region_names", "open_flag_count"]
    list_filter = [
        "status",
        "kind",
        ("themes", admin.RelatedFieldListFilter),
        RegionTreeFilter,
        OrganizationFilter,
        FlagFilter,
        PageFilter,
        EditedFilter,
    ]
    # No 显示计数: Django counts a custom filter's choices with one subquery over the whole list each, and the
    # region tree has some 250 (every 川渝 region, and those with articles): 75 s at 20,000 articles.
    show_facets = admin.ShowFacets.NEVER
    search_fields = ["title"]  # shows the search box; get_search_results does the Chinese search
    search_help_text = _("与公开网站相同的中文分词搜索：标题和正文；也可输入署名的姓名，找出此人的稿件。")
    date_hierarchy = "date"
    list_per_page = 50
    autocomplete_fields = ["source_organization"]
    inlines = [OpenFlagInline, ArticleRegionInline, ArticleOrganizationInline, BylineInline, PhotoCaptionInline]
    readonly_fields = ["source_link", "position", "span_start", "span_end", "edited_fields_display", "published_at"]
    fieldsets = [
        (None, {"fields": ["kind", "kicker", "title", "subtitle", "status", "version"]}),
        (_("正文"), {"fields": ["dateline", "body", "source_text", "source_organization", "date", "keywords", "themes"]}),
        (
            _("出处"),
            {
                "classes": ["collapse"],
                "fields": [
                    "source_link",
                    ("position", "span_start", "span_end"),
                    "page_date",
                    "original_url",
                    "slug",
                    "published_at",
                    "edited_fields_display",
                ],
            },
        ),
    ]
    actions = [
        "publish",
        "send_back_to_review",
        "change_theme",
        "rerun_extraction",
        "merge_adjacent",
        "split_item",
        "delete_selected",
    ]
    history_list_display = ["status_label"]

    class Media:
        css = {"all": ["admin-kexie/workbench.css"]}
        js = ["admin-kexie/workbench.js"]

    @admin.display(description=_("状态"))
    def status_label(self, record):
        """The 历史 list's column (record: a historical article)."""
        return record.get_status_display()

    # --- list ---

    def get_queryset(self, request):
        open_flags = (
            ArticleFlag.objects.filter(article=OuterRef("pk"), resolved_at__isnull=True)
            .order_by()
            .values("article")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return (
            super()
            .get_queryset(request)
            .annotate(open_flags_n=Coalesce(Subquery(open_flags, output_field=IntegerField()), 0))
            .select_related("source_document")
            .defer(
                "source_document__raw_text",
                "source_document__remainders",
                "source_document__boilerplate",
                "source_document__flags",
                "body",
                "search_text",
                "search_title",
                "machine_output",
            )
            .prefetch_related(Prefetch("regions", queryset=Region.objects.only("id", "name")))
        )

    def get_object(self, request, object_id, from_field=None):
        """The change form needs the whole article, not the list's trimmed row."""
        queryset = Article.objects.select_related("source_document", "source_document__province")
        model = queryset.model
        field = model._meta.pk if from_field is None else model._meta.get_field(from_field)
        try:
            return queryset.get(**{field.name: field.to_python(object_id)})
        except (model.DoesNotExist, ValidationError, ValueError, TypeError):  # as Django's own get_object
            return None

    @admin.display(description=_("来源页面"), ordering="source_document__file_name")
    def page_link(self, article):
        if article.source_document_id is None:
            return "—"
        return format_html('<a href="?page={}">{}</a>', article.source_document_id, article.source_document.file_name)

    @admin.display(description=_("地区"))
    def region_names(self, article):
        return "、".join(region.name for region in article.regions.all()) or "—"

    @admin.display(description=_("待查"), ordering="open_flags_n")
    def open_flag_count(self, article):
        if not article.open_flags_n:
            return 0
        return format_html('<span class="kexie-flag-count">{}</span>', article.open_flags_n)

    def get_search_results(self, request, queryset, search_term):
        """Segment the query like the index and match the segmented title and text (the public site's search)."""
        term = search_term.strip()
        if not term:
            return queryset, False
        tokens = editing.get_segmenter().query_tokens(term) or [term]
        if hasattr(queryset, "search"):
            matches = queryset.search(tokens).order_by().values("pk")
            bylines = Byline.objects.filter(name=term).values("article_id")  # a reporter's pieces
            if connections[queryset.db].vendor != "postgresql":
                matches = self._matched_ids(matches)
            return queryset.filter(Q(pk__in=matches) | Q(pk__in=bylines)), False
        match = Q()
        for token in tokens:
            match &= Q(search_title__contains=token) | Q(search_text__contains=token)
        match |= Q(title__icontains=term)
        if term.isdigit():
            match |= Q(pk=int(term))
        return queryset.filter(match), False

    # Without PostgreSQL's index the search is a LIKE scan of every article's text, and the page runs it four
    # times (the rows, the paginator's count, the date links' years and range): the ids are found once.
    search_ids_limit = 30_000  # past this the ids stay a subquery (an SQLite query holds 32,766 parameters)

    def _matched_ids(self, matches):
        ids = list(matches.values_list("pk", flat=True)[: self.search_ids_limit + 1])
        return matches if len(ids) > self.search_ids_limit else ids

    # --- change form ---

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not self.has_publish_permission(request):
            fields.append("status")
        return fields

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            context.update(workbench_context(obj))
        return super().render_change_form(request, context, add=add, change=change, form_url=form_url, obj=obj)

    @admin.display(description=_("来源页面"))
    def source_link(self, article):
        page = article.source_document
        if page is None:
            return "—"
        url = reverse("admin:articles_sourcedocument_change", args=[page.pk])
        return format_html('<a href="{}">{}</a>（{}）', url, page.file_name, page.source_ref)

    @admin.display(description=_("编辑改过的字段"))
    def edited_fields_display(self, article):
        labels = [str(Article._meta.get_field(name).verbose_name) for name in article.edited_fields or [] if _is_field(name)]
        labels += [_related_label(name) for name in article.edited_fields or [] if not _is_field(name)]
        return "、".join(labels) or _("（无，重新导入时全部字段随机器更新）")

    def save_model(self, request, obj, form, change):
        """Only 审核 may change the status; remember related values to see what the inlines changed."""
        if change:
            stored = Article.objects.filter(pk=obj.pk).values("status", "published_at").first()
            if stored and not self.has_publish_permission(request):
                obj.status, obj.published_at = stored["status"], stored["published_at"]
            form.kexie_related_before = editing.related_values(obj)
        elif not self.has_publish_permission(request) and obj.status == Article.Status.PUBLISHED:
            obj.status = Article.Status.REVIEW
        if obj.status == Article.Status.PUBLISHED and obj.published_at is None:
            obj.published_at = timezone.now()
        if not obj.slug:
            obj.slug = pinyin_slug(obj.title, max_length=60)
        super().save_model(request, obj, form, change)
        editing.mark_edited(article=obj, field_names=form.changed_data)
        editing.refresh_search_text(article=obj)  # also covers a history revert, which skips save_related

    def save_formset(self, request, form, formset, change):
        if formset.model is ArticleFlag:
            now = timezone.now()
            formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
            for flag_form in formset.forms:
                if flag_form.cleaned_data.get("resolve") and flag_form.instance.pk:
                    flag = flag_form.instance
                    flag.resolved_at, flag.resolved_by = now, request.user
                    flag.save(update_fields=["resolved_at", "resolved_by"])
                    formset.changed_objects.append((flag, ["resolved_at"]))
            return
        super().save_formset(request, form, formset, change)

    def save_related(self, request, form, formsets, change):
        """After the m2m fields and inlines are saved: mark what changed, put the links and bylines into the
        version save_model wrote (one version per save, with this user's changes), refresh the search fields."""
        article = form.instance
        article.skip_history_when_saving = True  # changed themes would write a second version
        try:
            super().save_related(request, form, formsets, change)
        finally:
            del article.skip_history_when_saving
        before = getattr(form, "kexie_related_before", None)
        after = editing.related_values(article)
        changed = []
        if before is not None:
            changed = [name for name in after if after[name] != before[name]]
            editing.mark_edited(article=article, field_names=changed)
            self._point_at_old_bylines(request, article, before["bylines"], after["bylines"])
        if not change or {"regions", "organizations", "themes"} & set(changed):
            editing.record_links_in_history(article=article)
        if not change or "bylines" in changed:
            before_bylines = before["bylines"] if before is not None else None
            editing.record_bylines_in_history(article=article, before=before_bylines, after=after["bylines"])
        editing.refresh_search_text(article=article)

    def _point_at_old_bylines(self, request, article, before, after):
        """A name taken out of 署名 that the 电头 or the text still holds (记者 李霜 → 李双, “本报讯（记者 李霜）”)."""
        removed = {name for _role, name in before} - {name for _role, name in after}
        text = f"{article.dateline or ''}\n{article.body or ''}"
        stale = sorted(name for name in removed if name and name in text)
        if stale:
            self.message_user(
                request,
                _("署名改过了，但电头或正文中仍有“%(names)s”，请一并核对。") % {"names": "、".join(stale)},
                messages.WARNING,
            )

    # --- preview ---

    def get_urls(self):
        preview = path(
            "<path:object_id>/preview/",
            self.admin_site.admin_view(self.preview_view),
            name="articles_article_preview",
        )
        return [preview, *super().get_urls()]

    def get_view_on_site_url(self, obj=None):
        """在站点上查看: the public page of a published article, the staff-only preview of any other."""
        if obj is None or obj.is_public:
            return super().get_view_on_site_url(obj)
        return reverse("admin:articles_article_preview", args=[obj.pk])

    def preview_view(self, request, object_id):
        if not is_object_id(Article, object_id):
            raise Http404(_("没有这个编号的条目。"))
        if not self.has_view_permission(request):
            raise PermissionDenied
        return ArticlePreviewView.as_view()(request, pk=int(object_id))

    # --- permissions ---

    def delete_model(self, request, obj):
        editing.remember_deleted(articles=[obj])
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        editing.remember_deleted(
            articles=queryset.only("source_document", "fingerprint", "span_start", "span_end", "title")
        )
        super().delete_queryset(request, queryset)

    def has_publish_permission(self, request):
        return request.user.has_perm("articles.publish_article")

    def has_delete_permission(self, request, obj=None):
        """Deleting a published article takes it off the public site, a withdrawal: 审核 only."""
        published = obj is not None and obj.status == Article.Status.PUBLISHED
        if published and not self.has_publish_permission(request):
            return False
        return super().has_delete_permission(request, obj)

    def get_deleted_objects(self, objs, request):
        """An article's 待查 flags go with it: deleting the article needs no right to delete a flag on its
        own, which editors do not have (a flag is resolved, not deleted)."""
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        flags = str(ArticleFlag._meta.verbose_name)
        deleted, counts = _theme_links_in_words(objs, deleted, counts)
        return deleted, counts, {name for name in perms_needed if str(name) != flags}, protected

    # Django offers an action when the user has *any* of its permissions; these need all of theirs.
    def has_merge_permission(self, request):
        return self.has_change_permission(request) and self.has_delete_permission(request)

    def has_split_permission(self, request):
        return self.has_change_permission(request) and self.has_add_permission(request)

    # --- actions ---

    def response_action(self, request, queryset):
        """An action this user may not run (a form opened before the 审核 role was taken away, a forged or
        resent post) is refused in words, not as Django's 未选择动作: its choices no longer hold it."""
        name = self._posted_action(request)
        if name in self.actions and name not in self.get_actions(request):
            if name == "publish":
                message = _("发布需要审核权限，你的账号没有；所选稿件没有发布。")
            else:
                message = _("你没有“%(action)s”的权限，所选稿件没有改动。") % {
                    "action": getattr(self, name).short_description
                }
            self.message_user(request, message, messages.ERROR)
            return None  # the changelist shows the message, as Django does for an action it refuses
        return super().response_action(request, queryset)

    @staticmethod
    def _posted_action(request) -> str | None:
        """The action's name as Django's ``response_action`` reads it: the ``index``-th ``action`` field."""
        try:
            return request.POST.getlist("action")[int(request.POST.get("index", 0))]
        except (IndexError, ValueError):
            return None

    @admin.action(description=_("发布所选稿件"), permissions=["publish"])
    def publish(self, request, queryset):
        unpublished = queryset.exclude(status=Article.Status.PUBLISHED).values("pk")
        flagged = ArticleFlag.objects.filter(article__in=unpublished, resolved_at__isnull=True).aggregate(
            articles=Count("article", distinct=True), flags=Count("pk")
        )
        count = editing.publish(articles=queryset)
        self.message_user(request, ngettext("发布了 %d 篇稿件。", "发布了 %d 篇稿件。", count) % count, messages.SUCCESS)
        if flagged["flags"]:
            url = reverse("admin:articles_article_changelist") + "?flag=__any__&status__exact=published"
            self.message_user(
                request,
                format_html(
                    '其中 {} 篇还有 {} 个待查问题未处理，已经公开，请<a href="{}">核对</a>。',
                    flagged["articles"],
                    flagged["flags"],
                    url,
                ),
                messages.WARNING,
            )

    @admin.action(description=delete_selected.short_description, permissions=["delete"])
    def delete_selected(self, request, queryset):
        """Django's 删除所选的 稿件, but a published one among them is refused in the actions' words,
        where Django's page would blame some related object for the missing right."""
        if queryset.filter(status=Article.Status.PUBLISHED).exists() and not self.has_publish_permission(request):
            self.message_user(request, _("所选稿件中有已发布的，删除已发布的稿件需要审核权限。"), messages.ERROR)
            return None
        return delete_selected(self, request, queryset)

    @admin.action(description=_("退回待审核"), permissions=["change"])
    def send_back_to_review(self, request, queryset):
        if queryset.filter(status=Article.Status.PUBLISHED).exists() and not self.has_publish_permission(request):
            self.message_user(request, _("所选稿件中有已发布的，撤回发布需要审核权限。"), messages.ERROR)
            return
        count = editing.send_back_to_review(articles=queryset)
        self.message_user(request, ngettext("%d 篇稿件退回待审核。", "%d 篇稿件退回待审核。", count) % count, messages.SUCCESS)

    @admin.action(description=_("批量添加或去掉主题…"), permissions=["change"])
    def change_theme(self, request, queryset):
        form = ThemeActionForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            theme, add = form.cleaned_data["theme"], form.cleaned_data["operation"] == ThemeActionForm.ADD
            count = editing.set_theme(articles=queryset, theme=theme, present=add)
            verb = _("添加了") if add else _("去掉了")
            self.message_user(request, _("%(n)d 篇稿件%(verb)s主题“%(theme)s”。") % {"n": count, "verb": verb, "theme": theme})
            return None
        return self._intermediate(request, queryset, "change_theme", form, _("批量添加或去掉主题"))

    @admin.action(description=_("重新提取地区、组织、主题和关键词"), permissions=["change"])
    def rerun_extraction(self, request, queryset):
        count = 0
        for article in queryset.select_related("source_document__province"):
            editing.reextract(article=article)
            count += 1
        self.message_user(
            request, _("已为 %d 篇稿件重新提取；编辑改过的字段保持不变。") % count, messages.SUCCESS
        )

    @admin.action(description=_("合并同一版面上相邻的两篇稿件"), permissions=["merge"])
    def merge_adjacent(self, request, queryset):
        articles = list(queryset.order_by("span_start", "position"))
        if len(articles) != 2:
            self.message_user(request, _("请恰好选择两篇稿件。"), messages.ERROR)
            return
        published = [article.status == Article.Status.PUBLISHED for article in articles]
        try:
            merged = editing.merge_adjacent_items(
                first=articles[0], second=articles[1], may_withdraw=self.has_publish_permission(request)
            )
        except editing.EditingError as error:
            self.message_user(request, str(error), messages.ERROR)
            return
        url = reverse("admin:articles_article_change", args=[merged.pk])
        if any(published) and merged.status != Article.Status.PUBLISHED:
            message = '已合并为 <a href="{}">{}</a>；其中有未经审核的文字，已退回待审核，请核对后发布。'
        else:
            message = '已合并为 <a href="{}">{}</a>，请核对。'
        self.message_user(request, format_html(message, url, merged.title), messages.SUCCESS)

    @admin.action(description=_("在某一段拆成两篇…"), permissions=["split"])
    def split_item(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, _("拆分时请只选择一篇稿件。"), messages.ERROR)
            return None
        article = queryset.get()
        form = SplitForm(request.POST if "apply" in request.POST else None, article=article)
        if not form.fields["paragraph"].choices:
            self.message_user(request, _("这篇稿件只有一段，无法拆分。"), messages.ERROR)
            return None
        if form.is_bound and form.is_valid():
            try:
                new = editing.split_item_at(
                    article=article, paragraph_index=form.cleaned_data["paragraph"], title=form.cleaned_data["title"]
                )
            except editing.EditingError as error:
                form.add_error(None, str(error))
            else:
                url = reverse("admin:articles_article_change", args=[new.pk])
                self.message_user(
                    request, format_html('已拆出新稿件 <a href="{}">{}</a>（待审核），请核对。', url, new.title), messages.SUCCESS
                )
                return None
        return self._intermediate(request, queryset, "split_item", form, _("拆分稿件：%s") % article.title)

    def _intermediate(self, request, queryset, action, form, title):
        context = {
            **self.admin_site.each_context(request),
            "title": title,
            "opts": self.model._meta,
            "queryset": queryset,
            "form": form,
            "action": action,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/articles/article/action_form.html", context)


def _is_field(name: str) -> bool:
    return name not in editing.RELATED_FIELDS


_RELATED_LABELS = {
    "regions": _("地区"),
    "organizations": _("组织"),
    "themes": _("主题"),
    "bylines": _("署名"),
    "captions": _("图片说明"),
}


def _related_label(name: str) -> str:
    return str(_RELATED_LABELS.get(name, name))


def _field_label(name: str) -> str:
    if name in _RELATED_LABELS:
        return str(_RELATED_LABELS[name])
    return str(Article._meta.get_field(name).verbose_name)


def _display(name: str, value, names: dict) -> str:
    """A machine_output-style value as an editor reads it."""
    if value in (None, "", []):
        return "—"
    if name in ("regions", "organizations", "themes"):
        return "、".join(names[name].get(pk, f"#{pk}") for pk in value)
    if name == "source_organization":
        return names["organizations"].get(value, f"#{value}")
    if name == "bylines":
        roles = dict(Byline.Role.choices)
        return "；".join(f"{roles.get(role, role)} {who}" for role, who in value)
    if name == "captions":
        return "；".join(f"{text}（{who}）" if who else text for text, who in value)
    if name == "keywords":
        return "、".join(value)
    if name == "kind":
        return str(dict(Article.Kind.choices).get(value, value))
    return str(value)


def workbench_context(article: Article) -> dict:
    """The side panel: page text split around the span, open flags, the machine's repairs,
    machine-vs-editor values."""
    page = article.source_document
    context = {
        "kexie_page": page,
        "kexie_open_flags": [f for f in article.flags.all() if f.is_open],
        "kexie_repairs": [
            {"code": code, "detail": detail, "removed": removed}
            for code, detail, removed in (article.machine_output or {}).get("repairs", [])
        ],
    }
    if page is not None:
        raw = page.raw_text
        start, end = min(article.span_start, len(raw)), min(article.span_end, len(raw))
        context.update(kexie_before=raw[:start], kexie_span=raw[start:end], kexie_after=raw[end:])
        context["kexie_page_url"] = reverse("admin:articles_sourcedocument_change", args=[page.pk])
    edited = [name for name in Article.EDITABLE_FIELDS if name in set(article.edited_fields or [])]
    if edited:
        current, machine = editing.current_values(article), article.machine_output or {}
        ids = {key: set() for key in ("regions", "organizations", "themes")}
        for values in (current, machine):
            for key in ids:
                ids[key].update(values.get(key) or [])
            if values.get("source_organization"):
                ids["organizations"].add(values["source_organization"])
        names = {
            "regions": dict(Region.objects.filter(pk__in=ids["regions"]).values_list("pk", "full_name")),
            "organizations": dict(Organization.objects.filter(pk__in=ids["organizations"]).values_list("pk", "name")),
            "themes": dict(Theme.objects.filter(pk__in=ids["themes"]).values_list("pk", "name")),
        }
        context["kexie_comparison"] = [
            {
                "label": _field_label(name),
                "editor": _display(name, current.get(name), names),
                "machine": _display(name, machine[name], names) if name in machine else None,
                "same": name in machine and machine[name] == current.get(name),
            }
            for name in edited
        ]
    return context


def _theme_links_in_words(objs, deleted, counts):
    """The delete page's rows for the themes' links (Django's own link table, without a name of its own:
    “Article-theme关系: Article_themes object (8)”) as the other links read: “稿件主题: 科学普及”."""
    through = Article.themes.through
    label = str(capfirst(through._meta.verbose_name))
    rows = through.objects.filter(article__in=objs).select_related("theme")
    words = {f"{label}: {row}": f"{_('稿件主题')}: {row.theme}" for row in rows}

    def rename(items):
        return [rename(item) if isinstance(item, list) else words.get(item, item) for item in items]

    counts = {
        (_("稿件主题") if str(name) == str(through._meta.verbose_name_plural) else name): n
        for name, n in counts.items()
    }
    return rename(deleted), counts


@admin.register(ArticleFlag)
class ArticleFlagAdmin(admin.ModelAdmin):
    """Every flag, for a round-up across articles; resolving is easiest from the article's own page."""

    list_display = ["code", "message", "article_link", "created_at", "resolved_at", "resolved_by"]
    list_filter = [ResolvedFilter, "code"]
    search_fields = ["message", "excerpt", "article__title"]
    list_select_related = ["article", "resolved_by"]
    readonly_fields = ["article", "code", "message", "excerpt", "created_at", "resolved_at", "resolved_by"]
    actions = ["mark_resolved"]

    @admin.display(description=_("稿件"), ordering="article__title")
    def article_link(self, flag):
        url = reverse("admin:articles_article_change", args=[flag.article_id])
        return format_html('<a href="{}">{}</a>', url, flag.article.title)

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("标记为已处理"), permissions=["change"])
    def mark_resolved(self, request, queryset):
        count = 0
        for flag in queryset.filter(resolved_at__isnull=True):
            flag.resolved_at, flag.resolved_by = timezone.now(), request.user
            flag.save(update_fields=["resolved_at", "resolved_by"])
            count += 1
        self.message_user(request, _("%d 个问题标记为已处理。") % count, messages.SUCCESS)


class HiddenFromIndexAdmin(admin.ModelAdmin):
    """Registered (for completeness and direct links) but edited inline on the article, so not in the menu."""

    def get_model_perms(self, request):
        return {}


@admin.register(Byline)
class BylineAdmin(HiddenFromIndexAdmin):
    list_display = ["name", "role", "article"]
    search_fields = ["name"]
    list_select_related = ["article"]
    raw_id_fields = ["article"]


@admin.register(PhotoCaption)
class PhotoCaptionAdmin(HiddenFromIndexAdmin):
    list_display = ["text", "photographer", "article"]
    search_fields = ["text", "photographer"]
    list_select_related = ["article"]
    raw_id_fields = ["article"]


class ArticleLinkAdminMixin(KeepsCountsMixin):
    """A region or organization link changed on its own page (reachable by URL) is an editor's edit of
    the article, as in the change form's inline: recorded in ``edited_fields`` (so a re-import keeps it),
    the search text refreshed, the public counts corrected."""

    counted_article_field = "article_id"
    edited_field = ""  # the article's EDITABLE_FIELDS name the link belongs to

    def counted_article_ids(self, obj):
        """The link's article, and the one it belonged to before this change."""
        stored = self.model.objects.filter(pk=obj.pk).values_list("article_id", flat=True) if obj.pk else []
        return super().counted_article_ids(obj) | set(stored)

    def save_model(self, request, obj, form, change):
        articles = self.counted_article_ids(obj)
        super().save_model(request, obj, form, change)
        self.mark_articles_edited(articles | {obj.article_id})

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        self.mark_articles_edited({obj.article_id})

    def delete_queryset(self, request, queryset):
        articles = set(queryset.values_list("article_id", flat=True))
        super().delete_queryset(request, queryset)
        self.mark_articles_edited(articles)

    def mark_articles_edited(self, article_ids):
        for article in Article.objects.filter(pk__in=article_ids).select_related("source_document__province"):
            editing.mark_edited(article=article, field_names=[self.edited_field])
            editing.refresh_search_text(article=article)


@admin.register(ArticleRegion)
class ArticleRegionAdmin(ArticleLinkAdminMixin, HiddenFromIndexAdmin):
    edited_field = "regions"
    list_display = ["article", "region"]
    list_select_related = ["article", "region"]
    raw_id_fields = ["article", "region"]


@admin.register(ArticleOrganization)
class ArticleOrganizationAdmin(ArticleLinkAdminMixin, HiddenFromIndexAdmin):
    edited_field = "organizations"
    list_display = ["article", "organization", "name_in_text"]
    list_select_related = ["article", "organization"]
    raw_id_fields = ["article", "organization"]


__all__ = ["ArticleAdmin", "ArticleFlagAdmin", "workbench_context"]
