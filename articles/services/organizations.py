"""Organization records from what the text names: find by any name, create when new, merge duplicates."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Q

from articles.models import ArticleOrganization, Organization, OrganizationAlias
from articles.services.rows import history_statements, insert_new, insert_statements, run_together
from articles.slugs import pinyin_slug, unique_slug
from articles.textpipeline.model import OrganizationMention
from articles.textpipeline.organizations import mention_for_name


class OrganizationResolver:
    """Turns mentions into Organization ids for one page, creating records the tables lack.

    New records are planned in memory and written together by ``flush()``: a page
    names dozens of new organizations, and creating them one by one (insert,
    history row, slug probe, alias get_or_create) cost more than the rest of the
    page's writes. ``ensure()`` and ``lookup()`` still answer with ids at once; the
    importer uses ``plan()``/``plan_named()``, then one ``flush()``, then ``pk()``.
    A planned organization is an unsaved ``Organization`` until the flush.
    """

    def __init__(self, context, *, province_hint: str | None):
        self.context = context
        self.province_hint = province_hint
        self._ids: dict[str, int | Organization | None] = {}
        self._new: list[Organization] = []  # in creation order, parents before children
        self._new_aliases: dict[str, int | Organization] = {}  # first claim wins, as with get_or_create

    def lookup(self, name: str | None) -> int | None:
        """The id of the organization that goes by this exact name, if any."""
        return self.pk(self.find(name))

    def ensure(self, mention: OrganizationMention) -> int | None:
        """The mention's organization id, created now if the tables lack it."""
        ref = self.plan(mention)
        self.flush()
        return self.pk(ref)

    def ensure_named(self, name: str) -> int | None:
        ref = self.plan_named(name)
        self.flush()
        return self.pk(ref)

    @staticmethod
    def pk(ref: int | Organization | None) -> int | None:
        """The id behind what ``plan()`` returned (a planned organization has one after ``flush()``)."""
        return ref.pk if isinstance(ref, Organization) else ref

    def prefetch(self, names) -> None:
        """Look many names up in one query; lookups then answer them from memory."""
        wanted = sorted({name for name in names if name and name not in self._ids})
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            found = dict(OrganizationAlias.objects.filter(name__in=chunk).values_list("name", "organization_id"))
            for name in chunk:
                self._ids[name] = found.get(name)

    def plan(self, mention: OrganizationMention, *, depth: int = 0) -> int | Organization | None:
        """The mention's organization: an id, a planned new record, or None when the mention has no key."""
        found = self.find(mention.key) or self.find(mention.short_name)
        if not found and (found := self._find_written(mention)):
            self._add_alias(found, mention.key)  # the key it is found by from now on
        if found or not mention.key:
            if found:
                self._add_alias(found, mention.name_in_text)
            return found
        parent = None
        if mention.parent_key and depth < 4:
            parent = self.find(mention.parent_key) or self.plan(self._mention(mention.parent_key), depth=depth + 1)
        organization = Organization(
            name=mention.key[:120],
            short_name=(mention.short_name or "")[:60] if not self.find(mention.short_name) else "",
            kind=mention.kind if mention.kind in Organization.Kind.values else Organization.Kind.QITA,
            region_id=self.context.region_ids.get(mention.region_code or ""),
        )
        if isinstance(parent, Organization):
            organization.parent = parent
        else:
            organization.parent_id = parent
        self._new.append(organization)
        # As sync_primary_aliases() would, but in a fixed order (a set's order changes from run to run).
        for name in dict.fromkeys(name for name in (organization.name, organization.short_name) if name):
            self._new_aliases.setdefault(name, organization)
        self._ids[organization.name] = organization
        if organization.short_name:
            self._ids[organization.short_name] = organization
        for name in (mention.name_in_text, *mention.aliases):
            self._add_alias(organization, name)
        return organization

    def plan_named(self, name: str) -> int | Organization | None:
        return self.find(name) or self.plan(self._mention(name))

    def flush(self) -> None:
        """Write the planned organizations, their history and the new aliases, a few queries in all."""
        if self._new:
            self._assign_slugs(self._new)
            for batch in _parents_first_batches(self._new):
                insert_new(Organization, batch)
        # The "+" records post_save would have written for each create(), and the new names (like
        # get_or_create, a name that exists by now is left as it is): one round trip on PostgreSQL.
        run_together([
            *history_statements(Organization, self._new),
            *insert_statements(
                OrganizationAlias,
                ["name", "organization"],
                [(name, self.pk(ref)) for name, ref in self._new_aliases.items()],
                ignore_conflicts=True,
            ),
        ])
        if self._new or self._new_aliases:
            from articles.services.context import tables_changed

            tables_changed()  # new names: the search segmenter checks the tables again
        self._new, self._new_aliases = [], {}

    def find(self, name: str | None) -> int | Organization | None:
        """The organization that goes by this exact name: an id, a planned record, or None."""
        if not name:
            return None
        if name not in self._ids:
            self._ids[name] = (
                OrganizationAlias.objects.filter(name=name).values_list("organization_id", flat=True).first()
            )
        return self._ids[name]

    @staticmethod
    def _assign_slugs(organizations: list[Organization]) -> None:
        """``unique_slug`` for each, in creation order, with one query for every slug they could collide with."""
        bases = [pinyin_slug(organization.name, max_length=100) for organization in organizations]
        prefixes = Q()
        for base in set(bases):
            prefixes |= Q(slug__startswith=base)
        taken = set(Organization.objects.filter(prefixes).values_list("slug", flat=True))
        for organization, base in zip(organizations, bases, strict=True):
            organization.slug = unique_slug(base, taken.__contains__)
            taken.add(organization.slug)

    def _find_written(self, mention: OrganizationMention) -> int | Organization | None:
        """The record that goes by a name the text wrote (重庆市荣昌区畜牧兽医学会): one made before its key was
        taken from its most specific region on (荣昌区畜牧兽医学会) still answers to it."""
        for name in (mention.name_in_text, *mention.aliases):
            if _is_specific(name) and (found := self.find(name)):
                return found
        return None

    def _mention(self, name: str) -> OrganizationMention:
        context = self.context
        return mention_for_name(
            name, context.organizations, context.regions, province_hint=self.province_hint, context_codes=()
        )

    def _add_alias(self, organization: int | Organization, name: str | None) -> None:
        """Remember a surface form the text used, unless it is generic (市科协) or taken."""
        if not _is_specific(name):
            return
        if self.find(name) is None:
            self._new_aliases.setdefault(name[:120], organization)
            self._ids[name] = organization


# Short forms every region's body goes by: no alias of one record (绵阳市老科协's short 老科协)
_GENERIC_SHORT = frozenset(["科协", "老科协", "农技协", "学会", "协会"])


def _is_specific(name: str | None) -> bool:
    """Whether a written name names one body: not 市科协, 区医学会 or a bare 老科协 (the context gives theirs)."""
    return bool(name) and len(name) >= 3 and not name.startswith(("市", "省", "区", "县", "州")) and name not in _GENERIC_SHORT


def _parents_first_batches(organizations: list[Organization]) -> list[list[Organization]]:
    """Consecutive runs in which no record's parent is in the same run, so each run can be one INSERT.

    Creation order is kept (ids come out as they did with one create() each); a
    parent is always planned before its children, so it is saved by an earlier run.
    """
    batches: list[list[Organization]] = [[]]
    for organization in organizations:
        planned_parent = Organization._meta.get_field("parent").get_cached_value(organization, default=None)
        if planned_parent is not None and any(planned_parent is member for member in batches[-1]):
            batches.append([])
        batches[-1].append(organization)
    return batches


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
        # The duplicate's children come under the target, except one the target itself is under
        # (its 上级 would be its own 下级): that one takes the duplicate's place under its parent.
        above_target = [pk for pk, _name in Organization.ancestors(target.parent_id)]
        duplicate.children.filter(pk__in=above_target).update(parent=duplicate.parent_id)
        duplicate.children.exclude(pk=target.pk).exclude(pk__in=above_target).update(parent=target)
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
