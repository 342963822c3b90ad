"""What the stored-count tests compare: the counts a page shows, the stored rows, their version."""

import re

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import FacetCount, FacetCountVersion
from articles.services import count_cache, facet_counts, facet_keys

TABLE = FacetCount._meta.db_table
# Regions a shape may select: provinces, a prefecture with two counties in the data, counties,
# and a prefecture with no articles.

def page_counts(client, url="/articles/"):
    """(total, region tree {adcode: n}, themes {slug: n}) as the page shows them, and whether the
    stored counts were read."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    tree = {}
    stack = list(response.context["region_tree"])
    while stack:
        node = stack.pop()
        tree[node.adcode] = node.count
        stack.extend(node.children)
    themes = {item.theme.slug: item.count for item in response.context["theme_facets"] if item.count}
    read_table = any(re.search(rf"\b{TABLE}\b", query["sql"]) for query in queries.captured_queries)
    return (response.context["total"], tree, themes), read_table

def live_page_counts(client, url):
    """The same page computed by the live queries (stored counts made stale, cache emptied)."""
    FacetCountVersion.objects.update(version="stale")
    cache.clear()
    counts, read_table = page_counts(client, url)
    assert not read_table
    return counts

def assert_current():
    data, stored = count_cache.versions()
    assert data == stored, "the stored counts were not refreshed after the change"

def stored_rows() -> list[tuple]:
    rows = FacetCount.objects.filter(articles__gt=0).values_list("region_id", "theme_id", "articles")
    return sorted(rows, key=lambda row: (row[0] or 0, row[1] or 0))

def assert_followed():
    """Current without a refresh, row for row what a full refresh stores, and every article's
    facet keys what its links give (``facet_keys.update`` has nothing to repair)."""
    assert_current()
    assert facet_keys.update() == 0, "an article's facet keys were not kept with its links"
    kept = stored_rows()
    facet_counts.refresh()
    assert kept == stored_rows()

def no_refresh_pending(callbacks) -> bool:
    return not [c for c in callbacks if getattr(c, "kexie_facet_refresh", None) is not None]
