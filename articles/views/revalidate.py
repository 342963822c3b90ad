"""Feeds and sitemaps: caches may keep them, but must ask the site again before each use.

A feed or sitemap that a browser, proxy or CDN kept by guess (a Last-Modified and no freshness
rule lets them keep it about a tenth of its age) would go on listing an article after it was
withdrawn. So every answer says ``Cache-Control: no-cache``, with an ETag from the data version
(which moves on every publish, withdrawal, edit and deletion) and a Last-Modified of the last
change to any article: a cache that asks again gets 304 while nothing changed, the new list as
soon as anything did. Django's own Last-Modified (the newest item still listed) would go back in
time when the newest item is withdrawn, and stay put when an item is edited or withdrawn.
"""

from functools import wraps

from django.db.models import Max
from django.views.decorators.cache import cache_control
from django.views.decorators.http import condition

from articles.models import Article
from articles.services import count_cache


def _etag(request, *args, **kwargs):
    return count_cache.data_version()


def _last_change(request, *args, **kwargs):
    return Article.objects.aggregate(last=Max("updated_at"))["last"]


def revalidated(view):
    """``view`` with the ETag and Last-Modified of the site's data, and ``no-cache``; 304 when unchanged."""

    @wraps(view)
    def without_own_date(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response.headers.pop("Last-Modified", None)
        return response

    return cache_control(no_cache=True)(
        condition(etag_func=_etag, last_modified_func=_last_change)(without_own_date)
    )
