"""Rendered pieces of the list pages, cached per data version.

A warm list request should cost little more than its SQL. What it used to spend its time on
was rendering: the facet panel (a region tree of ~80 nodes, each with a URL built from the
query parameters, and the theme checkboxes) and twenty article cards (a ``reverse()`` per
article and per tag, the body cut to an excerpt). Both depend only on data that
``count_cache.data_version()`` already fingerprints, so they are cached as HTML under keys that
carry that version:

- the facet panel: ``kexie:frag:panel:<version>:<themes>:<sha1 of path + valid parameters>``;
- a page's cards: ``kexie:frag:cards:<version>:<themes>:<sha1 of search tokens>:<sha1 of the ids>``.

``<themes>`` is a digest of the theme rows the FilterSet loads anyway (names and slugs
appear in both fragments; a renamed theme does not change the data version). A publish,
withdraw, edit, import or delete changes the version, so the next request renders afresh:
a cached fragment is never shown for data it was not rendered from. Which articles a page
shows is never cached as HTML: the list query runs on every request (published only), and
only their cards come from the cache.
"""

from __future__ import annotations

import hashlib

from django.core.cache import cache
from django.template.loader import get_template

from articles.services import count_cache

PREFIX = "kexie:frag"
# Bump when a fragment template or what feeds it changes shape (a shared file or database
# cache outlives a deploy).
SCHEMA = "2"  # 2: a search's cards show the bylines


def digest(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:20]


def themes_digest(themes) -> str:
    return digest(repr([(theme.pk, theme.slug, theme.name) for theme in themes]))


class Fragments:
    """Fragment keys for one request: the data version (one query, shared with the counts)."""

    def __init__(self, counts: count_cache.CountCache, themes, tokens=()):
        self.counts = counts
        self.themes = themes_digest(themes)
        self.tokens = digest("\x00".join(tokens)) if tokens else "-"

    def key(self, kind: str, *parts: str) -> str:
        return ":".join([PREFIX, SCHEMA, kind, self.counts.version, self.themes, *parts])

    def panel(self, page_key: str, render) -> str:
        """The facet panel's HTML for this path and these parameters; ``render()`` on a miss."""
        html = self.cached_panel(page_key)
        return html if html is not None else self.store_panel(page_key, render())

    def cached_panel(self, page_key: str) -> str | None:
        return cache.get(self.key("panel", digest(page_key)))

    def store_panel(self, page_key: str, html: str) -> str:
        cache.set(self.key("panel", digest(page_key)), html, count_cache.CACHE_SECONDS)
        return html

    def cards(self, ids: list[int], fetch, context: dict) -> list[str]:
        """The cards of ``ids`` in order, from one cache entry per page of ids; on a miss the rows
        are fetched with ``fetch(ids) -> {id: article}`` (one query) and rendered.

        One entry per page, not per card: Django's local-memory and file caches hold 300 entries
        by default, and twenty card entries a page would push the expensive counts out."""
        if not ids:
            return []
        key = self.key("cards", self.tokens, digest(",".join(map(str, ids))))
        cards = cache.get(key)
        if cards is None:
            template = get_template("articles/includes/card.html")
            articles = fetch(ids)
            # An article deleted or withdrawn between the list query and this one is left out.
            cards = [template.render({**context, "article": articles[pk]}) for pk in ids if pk in articles]
            cache.set(key, cards, count_cache.CACHE_SECONDS)
        return cards
