"""The one FilterSet behind every public list: /articles/ and the region, theme and organization pages.

Parameters are codes and slugs, never primary keys, so URLs can be shared. A bad
value never fails the page: its filter is left out and ``messages()`` explains
why in words a reader understands. Facets ask ``queryset_without(name)`` for the
current filter minus their own.
"""

import copy
import re
from functools import cached_property

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django_filters.fields import ModelChoiceField

from articles.models import Article, Organization, Region, Theme
from articles.services.search_syntax import ParsedQuery, parse_query

MAX_QUERY_LENGTH = 60
# An unknown theme, region or organization is quoted back at most this long.
ECHO_LENGTH = 30


class FilterCopies(dict):
    """The declared filters, copied per FilterSet instance without ``copy.deepcopy``.

    django-filter deep-copies every declared filter for each instance (their querysets,
    widgets and error messages: ~15,000 ``deepcopy`` calls per list request, about a third
    of a warm request's Python time). An instance only sets attributes on its filters and
    replaces ``extra`` values (the theme choices), so a shallow copy of each filter with its
    own ``extra`` dict is as independent; the form fields built from them copy their widgets
    and clone their querysets themselves.
    """

    def __deepcopy__(self, memo):
        copies = {}
        for name, filter_ in self.items():
            clone = copy.copy(filter_)
            clone.extra = dict(filter_.extra)
            if filter_.method:  # rebind: the copied FilterMethod still points at the declared filter
                clone.method = filter_.method
            copies[name] = clone
        return copies


class ShortEchoChoiceField(ModelChoiceField):
    """A region or organization not found is quoted back cut short, not at whatever length the address gave."""

    def to_python(self, value):
        try:
            return super().to_python(value)
        except ValidationError as error:
            if error.code != "invalid_choice":
                raise
            shown = Truncator(str(value)).chars(ECHO_LENGTH)
            raise ValidationError(
                self.error_messages["invalid_choice"], "invalid_choice", {"value": shown}
            ) from None


class ShortEchoChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = ShortEchoChoiceField


class DayField(forms.DateField):
    """2020-02-30 is written right but is no day: say so, rather than ask for the form it already has."""

    def to_python(self, value):
        try:
            return super().to_python(value)
        except ValidationError:
            written = re.fullmatch(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*", str(value))
            if not written:
                raise
            year, month, day = (int(part) for part in written.groups())
            if not (1 <= month <= 12 and 1 <= day <= 31):
                raise
            raise ValidationError(
                self.error_messages["no_such_day"], "no_such_day", {"day": f"{year}年{month}月{day}日"}
            ) from None


class DayFilter(django_filters.DateFilter):
    field_class = DayField


class KnownSlugsField(forms.MultipleChoiceField):
    """Keep the known slugs and remember the unknown ones, instead of rejecting the whole list."""

    unknown: list[str] = []

    def clean(self, value):
        values = [str(v).strip() for v in self.to_python(value) if str(v).strip()]
        known = {str(key) for key, _label in self.choices}
        self.unknown = [v for v in values if v not in known]
        return [v for v in dict.fromkeys(values) if v in known]


class KnownSlugsFilter(django_filters.MultipleChoiceFilter):
    field_class = KnownSlugsField


class ArticleFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("关键词"),
        method="filter_q",
        max_length=MAX_QUERY_LENGTH,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "如：科普、脱贫攻坚、双城经济圈"}),
        error_messages={"max_length": _("关键词太长（最多 %(limit_value)d 个字），请缩短后再搜。")},
    )
    region = ShortEchoChoiceFilter(
        label=_("地区"),
        queryset=Region.objects.all(),
        to_field_name="adcode",
        method="filter_region",
        # The region table has thousands of rows: choose from the facet tree, never from a <select>.
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": _("没有找到代码为“%(value)s”的地区，已忽略地区条件。")},
    )
    theme = KnownSlugsFilter(
        label=_("主题"),
        method="filter_theme",
        widget=forms.CheckboxSelectMultiple,
    )
    organization = ShortEchoChoiceFilter(
        label=_("组织"),
        queryset=Organization.objects.with_published_news().select_related("region", "parent"),
        to_field_name="slug",
        method="filter_organization",
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": _("没有找到组织“%(value)s”，已忽略组织条件。")},
    )
    kind = django_filters.ChoiceFilter(
        label=_("类型"),
        choices=Article.Kind.choices,
        empty_label=_("全部"),
        error_messages={"invalid_choice": _("类型只能是文章或图片新闻，已忽略类型条件。")},
    )
    date_after = DayFilter(
        label=_("起始日期"),
        field_name="date",
        lookup_expr="gte",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "invalid": _("起始日期格式不对，请写成 2020-04-02 这样的形式，已忽略起始日期。"),
            "no_such_day": _("起始日期没有这一天（%(day)s），已忽略起始日期。"),
        },
    )
    date_before = DayFilter(
        label=_("截止日期"),
        field_name="date",
        lookup_expr="lte",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "invalid": _("截止日期格式不对，请写成 2020-04-02 这样的形式，已忽略截止日期。"),
            "no_such_day": _("截止日期没有这一天（%(day)s），已忽略截止日期。"),
        },
    )

    class Meta:
        model = Article
        fields = ["q", "region", "theme", "organization", "kind", "date_after", "date_before"]

    def __init__(self, data=None, queryset=None, **kwargs):
        if queryset is None:
            queryset = Article.objects.published()
        super().__init__(data, queryset=queryset, **kwargs)
        # Twelve-odd themes: loaded once, reused by the theme facet and the checkboxes.
        self.themes = list(Theme.objects.all())
        self.filters["theme"].extra["choices"] = [(theme.slug, theme.name) for theme in self.themes]

    # Filters: each one goes through the ArticleQuerySet method every other public reader uses.

    def filter_q(self, queryset, name, value):
        return queryset.matching(self.search_query) if self.searching else queryset

    def filter_region(self, queryset, name, region):
        return queryset.in_region(region)

    def filter_theme(self, queryset, name, slugs):
        return queryset.with_theme(*[theme for theme in self.themes if theme.slug in slugs])

    def filter_organization(self, queryset, name, organization):
        return queryset.by_organization(organization)

    # What the view and the facets need.

    @cached_property
    def cleaned(self) -> dict:
        """The valid parameters; invalid ones are dropped (see ``messages()``)."""
        self.is_valid()
        return {name: value for name, value in self.form.cleaned_data.items() if value not in (None, "", [])}

    @cached_property
    def search_query(self) -> ParsedQuery:
        """The search box's words, phrases, exclusions and ORs (``search_syntax``), cut by the segmenter
        that built the index."""
        query = (self.cleaned.get("q") or "").strip()
        if not query:
            return ParsedQuery()
        from articles.services.context import get_segmenter

        return parse_query(query, get_segmenter())

    @cached_property
    def search_tokens(self) -> list[str]:
        """The tokens searched for (not the excluded ones): the ranking, the highlighting and the cache key."""
        return self.search_query.tokens

    @property
    def searching(self) -> bool:
        """The search box holds a word to look for or to leave out (``-人工智能`` alone: all news without it)."""
        return bool(self.search_query.groups or self.search_query.excluded)

    @property
    def selected_region(self) -> Region | None:
        return self.cleaned.get("region")

    @property
    def selected_organization(self) -> Organization | None:
        return self.cleaned.get("organization")

    @property
    def selected_themes(self) -> list[Theme]:
        slugs = self.cleaned.get("theme") or []
        return [theme for theme in self.themes if theme.slug in slugs]

    def queryset_without(self, *names: str, base=None):
        """The filtered queryset without the named filters (a facet leaves out its own);
        ``base``: apply the filters to this queryset instead of the FilterSet's own."""
        queryset = (self.queryset if base is None else base).all()
        for name, value in self.cleaned.items():
            if name not in names:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    @cached_property
    def filtered(self):
        return self.queryset_without()

    def messages(self) -> list[str]:
        """Friendly sentences about parameters that were ignored or match nothing."""
        self.is_valid()
        notes = []
        for name, errors in self.form.errors.items():
            label = self.filters[name].label if name in self.filters else name
            for error in errors:
                text = str(error)
                notes.append(text if any(mark in text for mark in "，。") else f"{label}：{text}")
        unknown = getattr(self.form.fields["theme"], "unknown", [])
        if unknown:
            shown = "、".join(f"“{Truncator(value).chars(ECHO_LENGTH)}”" for value in unknown[:3])
            notes.append(f"没有找到主题 {shown}，已忽略。")
        after, before = self.cleaned.get("date_after"), self.cleaned.get("date_before")
        if after and before and after > before:
            notes.append("起始日期晚于截止日期，这段时间里不会有稿件，请检查日期。")
        if "\ufffd" in (
            self.data.get("q") or ""
        ):  # bytes that are no UTF-8: an old GB2312/GBK form's address
            notes.append("关键词的编码不对（网址里的中文不是 UTF-8 编码），请在上方搜索框里重新输入关键词。")
        elif "|" in (self.cleaned.get("q") or "") and self.searching:
            notes.append("“|”不表示“或”，已按同时包含各个词搜索；要找包含任一词的稿件，请用 OR，如：科普 OR 扶贫。")
        elif self.cleaned.get("q") and not self.searching:
            notes.append("关键词里没有可以搜索的字词，已显示全部结果。")
        elif self.search_tokens and all(
            len(token) == 1 and not token.isascii() for token in self.search_tokens
        ):
            # Not every character is indexed: one would double the index, and match most stories.
            notes.append("单个汉字只能找到它单独成词的稿件，请输入两个字或以上的词语。")
        return notes


ArticleFilterSet.base_filters = FilterCopies(ArticleFilterSet.base_filters)
