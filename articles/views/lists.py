"""The filtered list of /articles/, which the region, theme and organization pages extend (``topics.py``).

One FilterSet filters every list; a region, theme or organization page is the
same list with one parameter fixed by its URL, plus context about the thing.
Facet counts come from the filter without the facet's own parameter. Every
query is a constant: the page of articles, one COUNT for the paginator, one
grouped query per facet — for a search, the COUNT, its ranking (``results.py``)
and the facets in one statement that finds the matches once (``search_counts.prime``).
The COUNT, the facets and a search's ranking are
cached per data version (``count_cache.CountCache``): a repeated request makes one
version query instead of them. The facet panel and the article cards are cached
as rendered HTML under the same version (``fragments.py``); the list query itself
runs on every request and reads only the page's ids.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.db.models import Prefetch
from django.http import QueryDict
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.safestring import mark_safe
from django.views.generic import TemplateView

from articles.filters import ArticleFilterSet
from articles.models import Article, Byline, PhotoCaption
from articles.services import count_cache, facet_counts, facets, search_counts
from articles.views import results
from articles.views.fragments import Fragments
from articles.views.results import CountedPaginator, ResultIds

PAGE_SIZE = 20
# Columns a list needs: not the import bookkeeping (machine_output, segmented copies, vectors).
LISTING_FIELDS = (
    "id",
    "slug",
    "kind",
    "title",
    "kicker",
    "subtitle",
    "body",
    "date",
    "source_text",
    "status",
)


def listing(queryset, *, bylines: bool = False):
    """The cards' articles, with their themes and, for the photo stories' summaries, their captions;
    ``bylines`` for a search's cards, which show them (a name in a byline finds its story)."""
    captions = Prefetch("captions", queryset=PhotoCaption.objects.only("id", "article_id", "order", "text"))
    related = ["themes", captions]
    if bylines:
        bylines_rows = Byline.objects.only("id", "article_id", "order", "role", "name")
        related.append(Prefetch("bylines", queryset=bylines_rows))
    return queryset.only(*LISTING_FIELDS).prefetch_related(*related)


class ArticleListView(TemplateView):
    """``/articles/``: every published article, filtered by the query parameters."""

    template_name = "articles/article_list.html"
    page_size = PAGE_SIZE

    def fixed_params(self) -> dict[str, str]:
        """Parameters the URL path fixes (a region page fixes ``region``)."""
        return {}

    def get_filterset(self) -> ArticleFilterSet:
        data = self.request.GET.copy()
        for key, value in self.fixed_params().items():
            data.setlist(key, [value])
        return ArticleFilterSet(data, queryset=Article.objects.published(), request=self.request)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = self.filterset = self.get_filterset()
        counts = self.counts_cache = count_cache.CountCache()
        notes = filterset.messages()
        params = self.clean_params(filterset)
        tokens = filterset.search_tokens
        # What the filtered set depends on: the valid parameters (fixed ones included) and the
        # search tokens (the segmenter's words can change without the data version changing).
        self.filter_key = params.urlencode() + "\x00" + "\x00".join(tokens)
        fragments = Fragments(counts, filterset.themes, tokens)

        articles = filterset.filtered
        panel_key = f"{self.request.path}?{self.filter_key}"
        cached_panel = fragments.cached_panel(panel_key)
        if tokens:
            self.prime_counts(filterset, counts, facets_too=cached_panel is None)
        page, page_note = self.paginate(ResultIds(articles, tokens, counts, self.filter_key, filterset.search_query.groups), articles)
        if page_note:
            notes.append(page_note)
        ids = list(page.object_list)
        cards = fragments.cards(
            ids,
            fetch=lambda missing: {
                a.pk: a
                for a in listing(Article.objects.published().filter(pk__in=missing), bylines=bool(tokens))
            },
            context={"search_tokens": tokens},
        )

        url = self.url_builder(params)
        selected_slugs = [theme.slug for theme in filterset.selected_themes]
        # Built only when the facet panel is rendered (a cache miss) or a test reads them.
        region_tree = SimpleLazyObject(
            lambda: facets.region_tree(
                filterset.queryset_without("region"),
                selected=filterset.selected_region,
                url_for=lambda node: url(region=None if node.selected else node.adcode),
                counts_cache=counts,
                shape=facet_counts.shape_of(filterset, "region"),
            )
        )
        theme_facets = SimpleLazyObject(
            lambda: facets.theme_counts(
                filterset.queryset_without("theme"),
                filterset.themes,
                selected=selected_slugs,
                url_for=lambda item: url(
                    theme=[s for s in selected_slugs if s != item.theme.slug]
                    if item.selected
                    else [*selected_slugs, item.theme.slug]
                ),
                counts_cache=counts,
                shape=facet_counts.shape_of(filterset, "theme"),
            )
        )
        query = filterset.cleaned.get("q", "")
        panel = cached_panel
        if panel is None:
            panel = fragments.store_panel(
                panel_key,
                render_to_string(
                    "articles/includes/filters.html",
                    {
                        "query": query,
                        "theme_facets": theme_facets,
                        "region_tree": region_tree,
                        "params": params,
                        "kind_choices": Article.Kind.choices,
                    },
                ),
            )
        canonical = params.copy()
        for key in self.fixed_params():
            canonical.pop(key, None)
        if page.number > 1:
            canonical["page"] = str(page.number)
        context.update(
            filterset=filterset,
            form=filterset.form,
            notes=notes,
            page_obj=page,
            cards=[mark_safe(card) for card in cards],  # rendered by card.html: escaped
            total=page.paginator.count,
            search_tokens=tokens,
            query=query,
            filter_panel=mark_safe(panel),  # rendered by filters.html: escaped
            region_tree=region_tree,
            theme_facets=theme_facets,
            active_filters=self.active_filters(filterset, url),
            # Shown only when nothing matches: one link per condition, the fixed one included.
            relaxations=SimpleLazyObject(lambda: self.active_filters(filterset, url, include_fixed=True)),
            params=params,
            page_params=self.page_params(params),
            fixed=self.fixed_params(),
            canonical_path=self.request.path + (f"?{canonical.urlencode()}" if canonical else ""),
            heading=self.heading(filterset),
            kind_choices=Article.Kind.choices,
        )
        return context

    def prime_counts(self, filterset, counts, *, facets_too: bool) -> None:
        """A search: its COUNT, ranked ids and (when the panel is not cached) facets in one statement
        that finds the published matches once (``search_counts.prime``); they are then read from the cache.
        Without a search the sets are cheap to find and separate statements plan better."""
        tokens = filterset.search_tokens
        others = [name for name in filterset.cleaned if name != "q"]
        on_match = search_counts.in_match(Article.objects.all())

        def from_match(*without: str):
            """The set on the match with the other filters but ``without``; None = the match itself."""
            if not [name for name in others if name not in without]:
                return None
            return filterset.queryset_without("q", *without, base=on_match)

        wanted = [search_counts.Wanted(count_cache.COUNT_KIND, from_match(), counts.keyed(count_cache.COUNT_KIND, self.filter_key))]
        if self.requested_page() * self.page_size <= results.RANK_LIMIT:  # else the page is newest first
            wanted.append(
                search_counts.Wanted(
                    results.RANKED_KIND,
                    from_match(),
                    counts.keyed(results.RANKED_KIND, self.filter_key),
                    rank=lambda cte: results.ranked_positions(cte, tokens, filterset.search_query.groups),
                )
            )
        if facets_too:
            regions, themes = filterset.queryset_without("region"), filterset.queryset_without("theme")
            branch = facets.region_branch(filterset.selected_region)
            wanted += [
                search_counts.Wanted("regions", from_match("region"), counts.key(count_cache.regions_kind(branch), regions), branch),
                search_counts.Wanted(count_cache.THEMES_KIND, from_match("theme"), counts.key(count_cache.THEMES_KIND, themes)),
            ]
        search_counts.prime(filterset.queryset_without(*others), wanted, counts.using)

    def requested_page(self) -> int:
        """The page number asked for (1 when it is not a positive number; ``paginate`` explains)."""
        try:
            return max(1, int(self.request.GET.get("page", "1").strip() or "1"))
        except ValueError:
            return 1

    def heading(self, filterset) -> str:
        if filterset.searching:
            query = filterset.cleaned["q"]
            if any(mark in query for mark in '"“”'):  # a phrase's own quotes: not inside another pair
                return f"搜索：{query}"
            return f"搜索“{query}”"
        parts = [filterset.selected_region.name] if filterset.selected_region else []
        parts += [theme.name for theme in filterset.selected_themes]
        if filterset.selected_organization:
            parts.append(filterset.selected_organization.short_name or filterset.selected_organization.name)
        return " · ".join(parts) + "新闻" if parts else "全部新闻"

    def paginate(self, ordered, articles):
        """The requested page, or the nearest real one with a note (never a 404 or a 500)."""
        paginator = CountedPaginator(
            ordered, self.page_size, count_queryset=articles, counts_cache=self.counts_cache,
            count_key=self.filter_key, count_shape=facet_counts.shape_of(self.filterset),
        )
        raw = self.request.GET.get("page", "1").strip() or "1"
        note = ""
        try:
            number = int(raw)
            if number < 1:
                raise ValueError
        except ValueError:
            number, note = 1, f"页码“{raw[:20]}”无效，已显示第 1 页。"
        if number > paginator.num_pages:
            note = f"没有第 {number} 页（共 {paginator.num_pages} 页），已显示最后一页。"
            number = paginator.num_pages
        return paginator.page(number), note

    @staticmethod
    def clean_params(filterset) -> QueryDict:
        """The valid parameters in a stable order: what links and canonical URLs carry."""
        params = QueryDict(mutable=True)
        cleaned = filterset.cleaned
        if cleaned.get("q"):
            params["q"] = cleaned["q"]
        if filterset.selected_region:
            params["region"] = filterset.selected_region.adcode
        if filterset.selected_themes:
            params.setlist("theme", [theme.slug for theme in filterset.selected_themes])
        if filterset.selected_organization:
            params["organization"] = filterset.selected_organization.slug
        if cleaned.get("kind"):
            params["kind"] = cleaned["kind"]
        for name in ("date_after", "date_before"):
            if cleaned.get(name):
                params[name] = cleaned[name].isoformat()
        return params

    def url_builder(self, params: QueryDict):
        """``url(region="510600")``: this page's parameters changed, page reset.

        While the fixed parameters stay as they are, the link stays on this page;
        otherwise it goes to ``/articles/``.
        """
        fixed = self.fixed_params()
        own_path = self.request.path
        list_path = reverse("articles:list")
        # A plain dict of lists, not QueryDict.copy() (a deep copy) per link: the facet panel
        # makes one link per region and theme, ~80 on a list page. Same order, same encoding.
        current = {key: params.getlist(key) for key in params}

        def url(**changes) -> str:
            query = dict(current)
            for key, value in changes.items():
                if value is None or value == []:
                    query.pop(key, None)
                else:
                    query[key] = value if isinstance(value, list) else [value]
            path = list_path
            if fixed and all(query.get(key) == [value] for key, value in fixed.items()):
                query = {key: values for key, values in query.items() if key not in fixed}
                path = own_path
            encoded = urlencode([(key, value) for key, values in query.items() for value in values])
            return f"{path}?{encoded}" if encoded else path

        return url

    def page_params(self, params: QueryDict) -> str:
        """The query string for page links on this page (fixed parameters come from the path)."""
        query = params.copy()
        for key in self.fixed_params():
            query.pop(key, None)
        encoded = query.urlencode()
        return f"{encoded}&" if encoded else ""

    def active_filters(self, filterset, url, *, include_fixed: bool = False) -> list[dict]:
        """The chips above the list: what is filtered, each with a link that removes it and keeps
        the rest. With ``include_fixed``, also the parameter this page's URL fixes (its link goes
        to ``/articles/`` with the other conditions): the ways out of an empty list."""
        fixed = {} if include_fixed else self.fixed_params()
        chips = []
        cleaned = filterset.cleaned
        if cleaned.get("q"):
            chips.append({"label": "关键词", "value": cleaned["q"], "url": url(q=None)})
        if filterset.selected_region and "region" not in fixed:
            chips.append(
                {"label": "地区", "value": filterset.selected_region.full_name, "url": url(region=None)}
            )
        slugs = [theme.slug for theme in filterset.selected_themes]
        for theme in filterset.selected_themes:
            if fixed.get("theme") == theme.slug:
                continue
            chips.append(
                {
                    "label": "主题",
                    "value": theme.name,
                    "url": url(theme=[s for s in slugs if s != theme.slug]),
                }
            )
        if filterset.selected_organization and "organization" not in fixed:
            chips.append(
                {
                    "label": "组织",
                    "value": filterset.selected_organization.name,
                    "url": url(organization=None),
                }
            )
        if cleaned.get("kind"):
            chips.append(
                {"label": "类型", "value": Article.Kind(cleaned["kind"]).label, "url": url(kind=None)}
            )
        if cleaned.get("date_after"):
            chips.append(
                {"label": "起始", "value": cleaned["date_after"].isoformat(), "url": url(date_after=None)}
            )
        if cleaned.get("date_before"):
            chips.append(
                {"label": "截止", "value": cleaned["date_before"].isoformat(), "url": url(date_before=None)}
            )
        return chips
