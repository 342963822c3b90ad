"""Changelist filters that stay small on large tables: each renders a few dozen links at most."""

from django.contrib import admin
from django.db.models import Count, Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from articles.models import ArticleFlag, ArticleRegion, Organization, Region, SourceDocument

# The provinces the paper covers: their prefectures (四川) and districts/counties (重庆) are listed.
HOME_PROVINCES = ("500000", "510000")
INDENT = "\u3000"


class UsedValuesFilter(admin.RelatedOnlyFieldListFilter):
    """A foreign key's filter listing only the rows the table points at (a page's 所属省份: 重庆, 四川, not
    the 3,214 regions of the national table), found in one query on the table alone: Django's own filter
    takes them from the admin's list query, with its joins and counts."""

    def field_choices(self, field, request, model_admin):
        used = field.model._default_manager.order_by().values(field.attname)
        ordering = self.field_admin_ordering(field, request, model_admin)
        return field.get_choices(include_blank=False, limit_choices_to={"pk__in": used}, ordering=ordering)


class RegionTreeFilter(admin.SimpleListFilter):
    """A region and everything under it (prefix match on ``Region.path``)."""

    title = _("地区（含下级）")
    parameter_name = "region"

    def lookups(self, request, model_admin):
        shown = Q(adcode__in=HOME_PROVINCES) | Q(parent__adcode__in=HOME_PROVINCES)
        shown |= Q(Exists(ArticleRegion.objects.filter(region=OuterRef("pk"))))
        if self.value():
            shown |= Q(adcode=self.value())
        rows = list(Region.objects.filter(shown).order_by("path").values_list("adcode", "name", "full_name", "path"))
        listed = {adcode for adcode, *_rest in rows}
        choices = []
        for adcode, name, full_name, path in rows:
            codes = path.strip("/").split("/")
            depth = sum(code in listed for code in codes[:-1])
            parent_listed = len(codes) == 1 or codes[-2] in listed
            choices.append((adcode, INDENT * depth + (name if parent_listed else full_name)))
        return choices

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        region = Region.objects.filter(adcode=self.value()).first()
        return queryset.in_region(region) if region else queryset.none()


class OrganizationFilter(admin.SimpleListFilter):
    """The organizations most written about (not the whole table); any one is reachable by ``?organization=id``."""

    title = _("组织")
    parameter_name = "organization"
    limit = 20

    def lookups(self, request, model_admin):
        top = (
            Organization.objects.annotate(n=Count("article_links"))
            .filter(n__gt=0)
            .order_by("-n", "name")
            .values_list("pk", "name")[: self.limit]
        )
        choices = [(str(pk), name) for pk, name in top]
        if self.value() and self.value() not in {pk for pk, _name in choices}:
            chosen = Organization.objects.filter(pk=self.value_as_int()).values_list("pk", "name").first()
            if chosen:
                choices.insert(0, (str(chosen[0]), chosen[1]))
        return choices

    def value_as_int(self):
        try:
            return int(self.value())
        except (TypeError, ValueError):
            return None

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        organization = Organization.objects.filter(pk=self.value_as_int()).first()
        return queryset.by_organization(organization) if organization else queryset.none()


class FlagFilter(admin.SimpleListFilter):
    """Articles with an open flag, of any code or of one code."""

    title = _("待查问题")
    parameter_name = "flag"
    ANY = "__any__"
    NONE = "__none__"

    def lookups(self, request, model_admin):
        codes = (
            ArticleFlag.objects.filter(resolved_at__isnull=True)
            .values_list("code", flat=True)
            .distinct()
            .order_by("code")
        )
        labels = dict(ArticleFlag.Code.choices)
        return [
            (self.ANY, _("有待查问题")),
            (self.NONE, _("没有待查问题")),
            *((code, labels.get(code, code)) for code in codes),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if not value:
            return queryset
        open_flags = ArticleFlag.objects.filter(article=OuterRef("pk"), resolved_at__isnull=True)
        if value == self.NONE:
            return queryset.filter(~Exists(open_flags))
        if value != self.ANY:
            open_flags = open_flags.filter(code=value)
        return queryset.filter(Exists(open_flags))


class PageFilter(admin.SimpleListFilter):
    """The most recently imported pages; any page is reachable by ``?page=id`` (link from the page admin)."""

    title = _("来源页面")
    parameter_name = "page"
    limit = 15

    def lookups(self, request, model_admin):
        pages = list(SourceDocument.objects.order_by("-updated_at").values_list("pk", "file_name")[: self.limit])
        choices = [(str(pk), name) for pk, name in pages]
        if self.value() and self.value() not in {pk for pk, _name in choices} and self.value().isdigit():
            chosen = SourceDocument.objects.filter(pk=int(self.value())).values_list("pk", "file_name").first()
            if chosen:
                choices.insert(0, (str(chosen[0]), chosen[1]))
        return choices

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        if not self.value().isdigit():
            return queryset.none()
        return queryset.filter(source_document_id=int(self.value()))


class EditedFilter(admin.SimpleListFilter):
    title = _("编辑改过")
    parameter_name = "edited"

    def lookups(self, request, model_admin):
        return [("yes", _("改过")), ("no", _("未改过"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.exclude(edited_fields=[])
        if self.value() == "no":
            return queryset.filter(edited_fields=[])
        return queryset


class ResolvedFilter(admin.SimpleListFilter):
    """A flag's state in the editors' words (Django's empty-field filter says 空 / 非空)."""

    title = _("处理情况")
    parameter_name = "resolved"

    def lookups(self, request, model_admin):
        return [("no", _("未处理")), ("yes", _("已处理"))]

    def queryset(self, request, queryset):
        if self.value() in ("yes", "no"):
            return queryset.filter(resolved_at__isnull=self.value() == "no")
        return queryset


class RegionParentFilter(admin.SimpleListFilter):
    """Walk the region tree: the top level, or the children of one region."""

    title = _("上级地区")
    parameter_name = "parent"
    ROOT = "root"

    def lookups(self, request, model_admin):
        choices = [(self.ROOT, _("省级（顶层）"))]
        provinces = Region.objects.filter(adcode__in=HOME_PROVINCES).values_list("adcode", "name")
        choices += [(adcode, name) for adcode, name in provinces]
        if self.value() and self.value() != self.ROOT:
            region = Region.objects.filter(adcode=self.value()).first()
            if region:
                codes = [code for code in region.path.strip("/").split("/") if code not in HOME_PROVINCES]
                chain = dict(Region.objects.filter(adcode__in=codes).values_list("adcode", "name"))
                depth = 1
                for code in codes:
                    if code in chain:
                        choices.append((code, INDENT * depth + chain[code]))
                        depth += 1
        return choices

    def queryset(self, request, queryset):
        if self.value() == self.ROOT:
            return queryset.filter(parent__isnull=True)
        if self.value():
            return queryset.filter(parent__adcode=self.value())
        return queryset


__all__ = [
    "EditedFilter",
    "FlagFilter",
    "OrganizationFilter",
    "PageFilter",
    "RegionParentFilter",
    "RegionTreeFilter",
    "UsedValuesFilter",
]
