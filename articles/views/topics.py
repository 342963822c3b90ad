"""The pages of one topic: a region, a theme or an organization.

Each is the article list (``lists.ArticleListView``) with one parameter fixed by its
URL, plus context about the thing: breadcrumbs and child regions, feeds, other names.
"""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from django.urls import reverse

from articles.models import Organization, Region, Theme
from articles.services import facet_counts, facets
from articles.views.lists import ArticleListView


class TopicView(ArticleListView):
    """The list with one filter (``param``) fixed to the object the URL names (``topic``), whose
    ``lookup`` field is both the URL's value and the filter's; headed by its ``title_field``."""

    param: str
    lookup: str
    title_field = "name"

    def topic_queryset(self):
        raise NotImplementedError

    def dispatch(self, request, *args, **kwargs):
        self.topic = get_object_or_404(self.topic_queryset(), **{self.lookup: kwargs[self.lookup]})
        return super().dispatch(request, *args, **kwargs)

    def fixed_params(self):
        return {self.param: getattr(self.topic, self.lookup)}

    def heading(self, filterset):
        return getattr(self.topic, self.title_field)


class RegionView(TopicView):
    template_name = "articles/region.html"
    param, lookup, title_field = "region", "adcode", "full_name"

    def topic_queryset(self):
        return Region.objects.select_related("parent")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        region = self.topic
        codes = [code for code in region.path.strip("/").split("/") if code]
        ancestors = list(Region.objects.filter(adcode__in=codes[:-1]).only("adcode", "name", "path"))
        ancestors.sort(key=lambda ancestor: len(ancestor.path))
        context.update(
            region=region,
            breadcrumbs=ancestors,
            children=facets.children_counts(
                self.filterset.queryset_without("region"),
                region,
                counts_cache=self.counts_cache,
                key=self.filter_key,
                shape=facet_counts.shape_of(self.filterset, "region"),
            ),
            feed_rss=reverse("articles:region_feed", args=[region.adcode]),
            feed_atom=reverse("articles:region_feed_atom", args=[region.adcode]),
            description=f"{region.full_name}的科协新闻：科普、学会、科技服务与基层动态。",
        )
        return context


class ThemeView(TopicView):
    template_name = "articles/theme.html"
    param, lookup = "theme", "slug"

    def topic_queryset(self):
        return Theme.objects.all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        theme = self.topic
        context.update(
            theme=theme,
            feed_rss=reverse("articles:theme_feed", args=[theme.slug]),
            feed_atom=reverse("articles:theme_feed_atom", args=[theme.slug]),
            description=theme.description or f"川渝科协新闻中关于“{theme.name}”的报道。",
        )
        return context


class OrganizationView(TopicView):
    template_name = "articles/organization.html"
    param, lookup = "organization", "slug"

    def topic_queryset(self):
        """Only an organization with published news has a page (as in the sitemap)."""
        return (
            Organization.objects.with_published_news()
            .select_related("region", "parent")
            .prefetch_related("aliases")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        organization = self.topic
        # 又称: the names 全称 and 简称 do not give already
        shown = {organization.name, organization.short_name}
        other_names = [alias.name for alias in organization.aliases.all() if alias.name not in shown]
        # The parent body is named either way, and linked only when it has a page of its own.
        public = Organization.objects.with_published_news()
        parent_has_page = (
            organization.parent_id is not None and public.filter(pk=organization.parent_id).exists()
        )
        context.update(
            organization=organization,
            other_names=other_names,
            parent_has_page=parent_has_page,
            description=f"{organization.name}（{organization.short_name or organization.get_kind_display()}）的相关新闻。",
        )
        return context
