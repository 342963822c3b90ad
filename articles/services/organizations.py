"""Organization records from what the text names: find by any name, create when new, merge duplicates."""

from __future__ import annotations

from django.db import transaction

from articles.models import ArticleOrganization, Organization, OrganizationAlias
from articles.slugs import pinyin_slug, unique_slug
from articles.textpipeline.model import OrganizationMention
from articles.textpipeline.organizations import mention_for_name


class OrganizationResolver:
    """Turns mentions into Organization ids for one page, creating records the tables lack."""

    def __init__(self, context, *, province_hint: str | None):
        self.context = context
        self.province_hint = province_hint
        self._ids: dict[str, int | None] = {}

    def lookup(self, name: str | None) -> int | None:
        """The id of the organization that goes by this exact name, if any."""
        if not name:
            return None
        if name not in self._ids:
            self._ids[name] = (
                OrganizationAlias.objects.filter(name=name).values_list("organization_id", flat=True).first()
            )
        return self._ids[name]

    def prefetch(self, names) -> None:
        """Look many names up in one query; ``lookup()`` then answers them from memory."""
        wanted = sorted({name for name in names if name and name not in self._ids})
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            found = dict(OrganizationAlias.objects.filter(name__in=chunk).values_list("name", "organization_id"))
            for name in chunk:
                self._ids[name] = found.get(name)

    def ensure(self, mention: OrganizationMention, *, depth: int = 0) -> int | None:
        found = self.lookup(mention.key) or self.lookup(mention.short_name)
        if found or not mention.key:
            if found:
                self._add_alias(found, mention.name_in_text)
            return found
        parent_id = None
        if mention.parent_key and depth < 4:
            parent_id = self.lookup(mention.parent_key) or self.ensure(self._mention(mention.parent_key), depth=depth + 1)
        organization = Organization.objects.create(
            name=mention.key[:120],
            short_name=(mention.short_name or "")[:60] if not self.lookup(mention.short_name) else "",
            kind=mention.kind if mention.kind in Organization.Kind.values else Organization.Kind.QITA,
            region_id=self.context.region_ids.get(mention.region_code or ""),
            parent_id=parent_id,
            slug=unique_slug(
                pinyin_slug(mention.key, max_length=100),
                lambda slug: Organization.objects.filter(slug=slug).exists(),
            ),
        )
        organization.sync_primary_aliases()
        self._ids[organization.name] = organization.pk
        if organization.short_name:
            self._ids[organization.short_name] = organization.pk
        for name in (mention.name_in_text, *mention.aliases):
            self._add_alias(organization.pk, name)
        return organization.pk

    def ensure_named(self, name: str) -> int | None:
        return self.lookup(name) or self.ensure(self._mention(name))

    def _mention(self, name: str) -> OrganizationMention:
        enrichment = self.context.enrichment
        return mention_for_name(
            name, enrichment.organizations, enrichment.regions, province_hint=self.province_hint, context_codes=()
        )

    def _add_alias(self, organization_id: int, name: str | None) -> None:
        """Remember a surface form the text used, unless it is generic (市科协) or taken."""
        if not name or len(name) < 3 or name.startswith(("市", "省", "区", "县", "州")):
            return
        if self.lookup(name) is None:
            OrganizationAlias.objects.get_or_create(name=name[:120], defaults={"organization_id": organization_id})
            self._ids[name] = organization_id


@transaction.atomic
def merge_organizations(target: Organization, duplicates) -> int:
    """Fold duplicates into target: re-link articles and children, keep every name as an alias."""
    merged = 0
    for duplicate in duplicates:
        if duplicate.pk == target.pk:
            continue
        linked = set(ArticleOrganization.objects.filter(organization=target).values_list("article_id", flat=True))
        for link in ArticleOrganization.objects.filter(organization=duplicate):
            if link.article_id in linked:
                link.delete()
            else:
                link.organization = target
                link.save(update_fields=["organization"])
        duplicate.sourced_articles.update(source_organization=target)
        duplicate.children.exclude(pk=target.pk).update(parent=target)
        duplicate.aliases.update(organization=target)
        for page in duplicate.co_organized_pages.all():
            page.co_organizers.add(target)
        names = [duplicate.name, duplicate.short_name]
        duplicate.delete()
        for name in names:
            if name:
                OrganizationAlias.objects.get_or_create(name=name, defaults={"organization": target})
        merged += 1
    return merged
