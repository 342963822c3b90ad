"""The importer's view of the tables: gazetteers, theme rules and the segmenter, rebuilt when editors change them.

The text pipeline takes all of this as plain data; this module is the one place
that reads it from the database. The built context is cached per process and
rebuilt when a cheap signature of the tables changes, so a name an editor adds
reaches matching and jieba's dictionary without a restart.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Max

from articles.models import Organization, OrganizationAlias, Region, Theme
from articles.models.names import split_lines
from articles.services.analysis import ContextSpec
from articles.textpipeline.enrich import EnrichmentContext
from articles.textpipeline.organizations import OrgEntry
from articles.textpipeline.regions import RegionEntry
from articles.textpipeline.segment import Segmenter
from articles.textpipeline.themes import ThemeRule


@dataclass
class ImportContext:
    """The enrichment context plus the lookups the importer needs to turn results into rows."""

    enrichment: EnrichmentContext
    spec: ContextSpec
    region_ids: dict[str, int]  # adcode → id
    theme_ids: dict[str, int]  # slug → id
    signature: tuple


_cache: dict[str, ImportContext] = {}


def tables_signature() -> tuple:
    """Counts and last-change times of the tables the context is built from (three small queries)."""
    regions = Region.objects.aggregate(n=Count("id"), t=Max("updated_at"))
    names = OrganizationAlias.objects.aggregate(n=Count("id"), m=Max("id"))
    organizations = Organization.objects.aggregate(n=Count("id"), t=Max("updated_at"))
    themes = Theme.objects.aggregate(n=Count("id"), t=Max("updated_at"))
    return tuple(sorted({**_prefix("r", regions), **_prefix("a", names), **_prefix("o", organizations),
                         **_prefix("t", themes)}.items()))


def _prefix(prefix: str, values: dict) -> dict:
    return {f"{prefix}_{key}": str(value) for key, value in values.items()}


def get_import_context(*, refresh: bool = False) -> ImportContext:
    """The cached context, rebuilt when the tables changed since it was built."""
    signature = tables_signature()
    cached = _cache.get("default")
    if cached is None or refresh or cached.signature != signature:
        cached = build_import_context(signature)
        _cache["default"] = cached
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
    user_words = {entry.name for entry in regions}
    user_words.update(alias for entry in regions for alias in entry.aliases)
    user_words.update(OrganizationAlias.objects.values_list("name", flat=True))
    spec = ContextSpec(
        regions=regions,
        organizations=tuple(organization_entries()),
        theme_rules=rules,
        user_words=tuple(sorted(user_words)),
    )
    return spec, {adcode: pk for pk, adcode, *_rest in region_rows}


def build_import_context(signature: tuple = ()) -> ImportContext:
    spec, region_ids = load_context_spec()
    return ImportContext(
        enrichment=spec.build(),
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


def get_segmenter() -> Segmenter:
    """The segmenter that indexed the articles, for segmenting search queries the same way."""
    return get_import_context().enrichment.segmenter
