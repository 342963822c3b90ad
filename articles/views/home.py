"""The home page: the newest articles, a section per leading province, and the facet panel.

Kept apart from ``lists.py``: it is not a filtered list, only a few fixed queries
(the facets read the same count cache as the lists).
"""

from __future__ import annotations

from django.http import QueryDict
from django.urls import reverse
from django.views.generic import TemplateView

from articles.filters import ArticleFilterSet
from articles.models import Article, Region
from articles.services import count_cache, facet_counts, facets
from articles.views.lists import LISTING_FIELDS, listing

HOME_LATEST = 12
HOME_SECTION = 5


class HomeView(TemplateView):
    template_name = "articles/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        published = Article.objects.published()
        latest = list(listing(published.newest_first())[:HOME_LATEST])
        provinces = {r.adcode: r for r in Region.objects.filter(adcode__in=facets.HOME_PROVINCES)}
        sections = []
        for adcode in facets.HOME_PROVINCES:
            region = provinces.get(adcode)
            if region is not None:
                items = list(published.in_region(region).newest_first().only(*LISTING_FIELDS)[:HOME_SECTION])
                sections.append({"region": region, "articles": items})
        filterset = ArticleFilterSet(QueryDict())
        list_url = reverse("articles:list")
        counts = count_cache.CountCache()
        context.update(
            lead=latest[0] if latest else None,
            latest=latest[1:],
            sections=sections,
            theme_facets=facets.theme_counts(
                published,
                filterset.themes,
                url_for=lambda item: f"{list_url}?theme={item.theme.slug}",
                counts_cache=counts,
                shape=facet_counts.Shape(),
            ),
            region_tree=facets.region_tree(
                published,
                url_for=lambda node: f"{list_url}?region={node.adcode}",
                counts_cache=counts,
                shape=facet_counts.Shape(),
            ),
            canonical_path=reverse("articles:home"),
            search_tokens=[],
        )
        return context
