"""Organizations: one record per body, reachable under every name it goes by."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .names import split_lines


class OrganizationQuerySet(models.QuerySet):
    def with_published_news(self):
        """Organizations a published article names or was supplied by (供稿单位): the ones with a public page.

        One named only by drafts or items awaiting review is not public: its page, its sitemap entry
        and the list's ``organization=`` filter do not exist for it.
        """
        from .articles import Article, ArticleOrganization

        published = Article.objects.published()
        named = ArticleOrganization.objects.filter(
            organization=models.OuterRef("pk"), article__in=published.values("pk")
        )
        supplied = published.filter(source_organization=models.OuterRef("pk"))
        return self.filter(models.Exists(named) | models.Exists(supplied))


class Organization(models.Model):
    class Kind(models.TextChoices):
        KEXIE = "kexie", _("科协")
        XUEHUI = "xuehui", _("学会")
        XIEHUI = "xiehui", _("协会")
        YANJIUHUI = "yanjiuhui", _("研究会")
        NONGJIXIE = "nongjixie", _("农技协")
        GAOXIAO = "gaoxiao", _("高校")
        YIYUAN = "yiyuan", _("医院")
        QIYE = "qiye", _("企业")
        ZHENGFU = "zhengfu", _("政府机关")
        RENDA = "renda", _("人大")
        MEITI = "meiti", _("媒体")
        KEYAN = "keyan", _("科研院所")
        QITA = "qita", _("其他")

    name = models.CharField(
        _("全称"), max_length=120, unique=True, help_text=_("规范全称，如“德阳市科学技术协会”。")
    )
    short_name = models.CharField(
        _("简称"), max_length=60, blank=True, help_text=_("最常用的简称，如“德阳市科协”。")
    )
    kind = models.CharField(_("类别"), max_length=12, choices=Kind.choices, default=Kind.QITA)
    region = models.ForeignKey(
        "articles.Region",
        verbose_name=_("所在地区"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organizations",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("上级组织"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        help_text=_("科协体系中的上级，如德阳市科协的上级是四川省科协。"),
    )
    slug = models.SlugField(_("网址名"), max_length=160, unique=True)
    description = models.TextField(_("说明"), blank=True)
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    objects = OrganizationQuerySet.as_manager()
    # History is read by organization id and date, not by the record's own look-up columns.
    history = HistoricalRecords(
        excluded_fields=["updated_at"], no_db_index=["name", "slug", "parent", "region"]
    )

    class Meta:
        verbose_name = _("组织")
        verbose_name_plural = _("组织")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(name=""), name="organization_name_not_empty"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:organization", args=[self.slug])

    def clean(self):
        """Refuse a full or short name that already belongs to another organization."""
        for value in [self.name, self.short_name]:
            if not value:
                continue
            taken = OrganizationAlias.objects.filter(name=value).exclude(organization_id=self.pk).first()
            if taken:
                raise ValidationError(
                    _("名称“%(name)s”已属于组织“%(other)s”，请改名或合并组织。"),
                    params={"name": value, "other": taken.organization},
                )
        if self.parent_id and self.parent_id == self.pk:
            raise ValidationError({"parent": _("组织不能是自己的上级。")})
        above = self.ancestors(self.parent_id)
        if self.pk and any(pk == self.pk for pk, _name in above):
            chain = [name for _pk, name in above[: [pk for pk, _name in above].index(self.pk) + 1]]
            raise ValidationError(
                {"parent": _("上级组织不能是它自己的下级（%(chain)s）。") % {"chain": " → ".join(chain)}}
            )

    @classmethod
    def ancestors(cls, parent_id: int | None) -> list[tuple[int, str]]:
        """(id, name) of the organization ``parent_id`` and its 上级 upwards, stopping where the chain repeats."""
        chain: list[tuple[int, str]] = []
        while parent_id and parent_id not in {pk for pk, _name in chain}:
            row = cls.objects.filter(pk=parent_id).values_list("name", "parent_id").first()
            if row is None:
                break
            chain.append((parent_id, row[0]))
            parent_id = row[1]
        return chain

    def all_names(self) -> list[str]:
        return split_lines(
            "\n".join([self.name, self.short_name, *self.aliases.values_list("name", flat=True)])
        )

    def sync_primary_aliases(self):
        """Make sure the full and short names are aliases too, so every name resolves to one record."""
        for value in {self.name, self.short_name} - {""}:
            OrganizationAlias.objects.get_or_create(name=value, defaults={"organization": self})


class OrganizationAlias(models.Model):
    """Every name an organization goes by; the unique name is what makes it one record per body."""

    organization = models.ForeignKey(
        Organization, verbose_name=_("组织"), on_delete=models.CASCADE, related_name="aliases"
    )
    name = models.CharField(_("名称"), max_length=120, unique=True)

    class Meta:
        verbose_name = _("组织名称")
        verbose_name_plural = _("组织名称（全称、简称、别名）")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(name=""), name="organization_alias_not_empty"),
        ]

    def __str__(self):
        return self.name

    def unique_error_message(self, model_class, unique_check):
        """A name taken by another organization: say which, as ``Organization.clean`` does."""
        taken = OrganizationAlias.objects.filter(name=self.name).exclude(pk=self.pk).select_related("organization")
        if tuple(unique_check) == ("name",) and (other := taken.first()):
            return ValidationError(
                _("名称“%(name)s”已属于组织“%(other)s”，请改名或合并组织。"),
                code="unique",
                params={"name": self.name, "other": other.organization},
            )
        return super().unique_error_message(model_class, unique_check)
