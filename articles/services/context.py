"""The importer's view of the tables: gazetteers, theme rules and the segmenter, rebuilt when editors change them.

The text pipeline takes all of this as plain data; this module is the one place
that reads it from the database. The built context is cached per process and
rebuilt when a cheap signature of the tables changes, so a name an editor adds
reaches matching and jieba's dictionary without a restart.
"""

from __future__ import annotations

import time
from functools import cached_property

from django.db import connection
from django.db.models.signals import post_delete, post_save

from articles.models import Organization, OrganizationAlias, Region, Theme
from articles.models.names import split_lines
from articles.services import facet_keys
from articles.services.analysis import ContextSpec
from articles.textpipeline.enrich import EnrichmentContext
from articles.textpipeline.orgnames import OrganizationGazetteer, OrgEntry
from articles.textpipeline.regions import RegionEntry, RegionGazetteer
from articles.textpipeline.segment import Segmenter
from articles.textpipeline.themes import ThemeRule


class ImportContext:
    """The lookups the importer needs to turn results into rows, and the enrichment context.

    Everything is built when first asked for: the gazetteers by the writer's
    first page (so a batch's worker processes start meanwhile, not after them),
    the segmenter (jieba's dictionary with the user words, ~60 MB) and so
    ``enrichment`` only by analysis in this process or a changed page's
    update: with analysis in worker processes the importing process never needs them.
    """

    def __init__(self, spec: ContextSpec, region_ids: dict[str, int], theme_ids: dict[str, int],
                 signature: tuple = ()):
        self.spec = spec
        self.region_ids = region_ids  # adcode → id
        self.theme_ids = theme_ids  # slug → id
        self.signature = signature
        self._enrichment: EnrichmentContext | None = None

    @cached_property
    def regions(self) -> RegionGazetteer:
        return self.spec.build_regions()

    @cached_property
    def region_ancestors(self) -> dict[int, tuple[int, ...]]:
        """Region id → its ancestors at the facet levels, for the articles' ``facet_regions``."""
        return facet_keys.region_ancestors()

    @cached_property
    def upper_region_ids(self) -> frozenset[int]:
        """The regions at province and prefecture level, for the articles' ``facet_upper_regions``."""
        return facet_keys.upper_region_ids()

    @cached_property
    def organizations(self) -> OrganizationGazetteer:
        return self.spec.build_organizations()

    @property
    def enrichment(self) -> EnrichmentContext:
        """The full pipeline context (built on first use, reusing the gazetteers)."""
        if self._enrichment is None:
            self._enrichment = self.spec.build(regions=self.regions, organizations=self.organizations)
        return self._enrichment

    @property
    def segmenter(self) -> Segmenter:
        return self.enrichment.segmenter

    @property
    def has_segmenter(self) -> bool:
        return self._enrichment is not None


_cache: dict[str, ImportContext] = {}
_SIGNATURE_TABLES = (
    (Region, "updated_at"),
    (OrganizationAlias, "id"),
    (Organization, "updated_at"),
    (Theme, "updated_at"),
)


def tables_signature() -> tuple:
    """Row counts and last-change times of the tables the context is built from, in one small query."""
    quote = connection.ops.quote_name
    parts = []
    for model, column in _SIGNATURE_TABLES:
        table = quote(model._meta.db_table)
        parts.append(f"(SELECT COUNT(*) FROM {table}), (SELECT MAX({quote(column)}) FROM {table})")
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts))
        row = cursor.fetchone()
    return tuple(str(value) for value in row)


def get_import_context(*, refresh: bool = False) -> ImportContext:
    """The cached context, rebuilt when the tables changed since it was built."""
    signature = tables_signature()
    cached = _cache.get("default")
    if cached is None or refresh or cached.signature != signature:
        cached = build_import_context(signature)
        _cache["default"] = cached
    if _search.get("signature") != signature:
        tables_changed()
    return cached


def load_context_spec() -> tuple[ContextSpec, dict[str, int]]:
    """Read the tables once: the spec, and adcode → region id."""
    region_rows = list(
        Region.objects.values_list("id", "adcode", "name", "parent__adcode", "level", "short_names", "former_names")
    )
    regions = tuple(
        RegionEntry(
            adcode=adcode,
            name=name,
            parent_adcode=parent,
            level=level,
            aliases=tuple(split_lines(short_names) + split_lines(former_names)),
        )
        for _id, adcode, name, parent, level, short_names, former_names in region_rows
    )
    rules = tuple(
        ThemeRule(slug=slug, name=name, keywords=tuple(split_lines(keywords)))
        for slug, name, keywords in Theme.objects.values_list("slug", "name", "keywords")
    )
    spec = ContextSpec(
        regions=regions,
        organizations=tuple(organization_entries()),
        theme_rules=rules,
        user_words=_user_words(regions),
    )
    return spec, {adcode: pk for pk, adcode, *_rest in region_rows}


def _user_words(regions) -> tuple[str, ...]:
    """The names the segmenter learns: every region name and alias, every organization name."""
    user_words = {entry.name for entry in regions}
    user_words.update(alias for entry in regions for alias in entry.aliases)
    user_words.update(OrganizationAlias.objects.values_list("name", flat=True))
    return tuple(sorted(user_words))


def build_import_context(signature: tuple = ()) -> ImportContext:
    spec, region_ids = load_context_spec()
    return ImportContext(
        spec=spec,
        region_ids=region_ids,
        theme_ids=dict(Theme.objects.values_list("slug", "id")),
        signature=signature,
    )


def organization_entries() -> list[OrgEntry]:
    names: dict[int, list[str]] = {}
    for organization_id, name in OrganizationAlias.objects.values_list("organization_id", "name"):
        names.setdefault(organization_id, []).append(name)
    rows = Organization.objects.values_list("id", "name", "short_name", "kind", "region__adcode", "parent__name")
    return [
        OrgEntry(
            key=name,
            names=tuple(split_lines("\n".join([name, short_name, *names.get(pk, [])]))),
            kind=kind,
            region_code=region_code,
            parent_key=parent_name,
        )
        for pk, name, short_name, kind, region_code, parent_name in rows
    ]


# The search box's segmenter: the importer's user words, without the gazetteers and theme rules.
SEGMENTER_CHECK_SECONDS = 10.0  # how stale another process's table change may be for search
_search: dict = {}


def get_segmenter() -> Segmenter:
    """The segmenter that indexed the articles, for segmenting search queries the same way.

    Built from the same user words as the import context's, cached per process,
    and checked against the tables' signature (one query) at most every
    ``SEGMENTER_CHECK_SECONDS``; a change in this process (a save, an import)
    makes the next call check at once.
    """
    now = time.monotonic()
    if _search and now - _search["checked"] < SEGMENTER_CHECK_SECONDS:
        return _search["segmenter"]
    signature = tables_signature()
    if _search.get("signature") != signature:
        cached = _cache.get("default")
        if cached is not None and cached.signature == signature and cached.has_segmenter:
            segmenter = cached.segmenter
        else:
            region_rows = Region.objects.values_list("name", "short_names", "former_names")
            regions = [
                RegionEntry(adcode="", name=name, parent_adcode=None, level="",
                            aliases=tuple(split_lines(short) + split_lines(former)))
                for name, short, former in region_rows
            ]
            segmenter = Segmenter(_user_words(regions))
        _search.update(segmenter=segmenter, signature=signature)
    _search["checked"] = now
    return _search["segmenter"]


def tables_changed(**_kwargs) -> None:
    """Make the next ``get_segmenter()`` compare the tables' signature (a region, name or theme changed)."""
    if _search:
        _search["checked"] = float("-inf")


for _model in (Region, Organization, OrganizationAlias, Theme):
    post_save.connect(tables_changed, sender=_model, dispatch_uid=f"segmenter-{_model.__name__}-save")
    post_delete.connect(tables_changed, sender=_model, dispatch_uid=f"segmenter-{_model.__name__}-delete")
