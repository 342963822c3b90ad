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


class RegionView(ArticleListView):
    template_name = "articles/region.html"

    def dispatch(self, request, *args, **kwargs):
        self.region = get_object_or_404(Region.objects.select_related("parent"), adcode=kwargs["adcode"])
        return super().dispatch(request, *args, **kwargs)

    def fixed_params(self):
        return {"region": self.region.adcode}

    def heading(self, filterset):
        return self.region.full_name

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        codes = [code for code in self.region.path.strip("/").split("/") if code]
        ancestors = list(Region.objects.filter(adcode__in=codes[:-1]).only("adcode", "name", "path"))
        ancestors.sort(key=lambda region: len(region.path))
        context.update(
            region=self.region,
            breadcrumbs=ancestors,
            children=facets.children_counts(
                self.filterset.queryset_without("region"),
                self.region,
                counts_cache=self.counts_cache,
                key=self.filter_key,
                shape=facet_counts.shape_of(self.filterset, "region"),
            ),
            feed_rss=reverse("articles:region_feed", args=[self.region.adcode]),
            feed_atom=reverse("articles:region_feed_atom", args=[self.region.adcode]),
            description=f"{self.region.full_name}的科协新闻：科普、学会、科技服务与基层动态。",
        )
        return context


class ThemeView(ArticleListView):
    template_name = "articles/theme.html"

    def dispatch(self, request, *args, **kwargs):
        self.theme = get_object_or_404(Theme, slug=kwargs["slug"])
        return super().dispatch(request, *args, **kwargs)

    def fixed_params(self):
        return {"theme": self.theme.slug}

    def heading(self, filterset):
        return self.theme.name

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            theme=self.theme,
            feed_rss=reverse("articles:theme_feed", args=[self.theme.slug]),
            feed_atom=reverse("articles:theme_feed_atom", args=[self.theme.slug]),
            description=self.theme.description or f"川渝科协新闻中关于“{self.theme.name}”的报道。",
        )
        return context


class OrganizationView(ArticleListView):
    template_name = "articles/organization.html"

    def dispatch(self, request, *args, **kwargs):
        self.organization = get_object_or_404(
            Organization.objects.select_related("region", "parent").prefetch_related("aliases"),
            slug=kwargs["slug"],
        )
        return super().dispatch(request, *args, **kwargs)

    def fixed_params(self):
        return {"organization": self.organization.slug}

    def heading(self, filterset):
        return self.organization.name

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        organization = self.organization
        other_names = [alias.name for alias in organization.aliases.all() if alias.name != organization.name]
        context.update(
            organization=organization,
            other_names=other_names,
            description=f"{organization.name}（{organization.short_name or organization.get_kind_display()}）的相关新闻。",
        )
        return context
