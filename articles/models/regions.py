"""The official 行政区划 tree (province → prefecture → county), keyed by adcode."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .names import split_lines


class RegionQuerySet(models.QuerySet):
    def subtree(self, region: "Region"):
        """The region and everything under it: one indexed prefix query on ``path``."""
        return self.filter(path__startswith=region.path)

    def roots(self):
        return self.filter(parent__isnull=True)


class Region(models.Model):
    class Level(models.TextChoices):
        PROVINCE = "province", _("省级")
        PREFECTURE = "prefecture", _("地级")
        COUNTY = "county", _("县级")
        TOWN = "town", _("乡级")

    adcode = models.CharField(_("行政区划代码"), max_length=12, unique=True)
    name = models.CharField(_("名称"), max_length=64, help_text=_("官方名称，如“荣昌区”。"))
    full_name = models.CharField(
        _("全称"), max_length=160, help_text=_("带上级的全称，如“重庆市荣昌区”，由上级自动生成。")
    )
    short_names = models.TextField(
        _("简称"), blank=True, help_text=_("每行一个，如“荣昌”。导入时用于在正文中识别地名。")
    )
    former_names = models.TextField(
        _("曾用名"), blank=True, help_text=_("每行一个，如开州区的“开县”。旧名出现在正文中时也会识别为本地区。")
    )
    level = models.CharField(_("级别"), max_length=12, choices=Level.choices)
    parent = models.ForeignKey(
        "self", verbose_name=_("上级"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    path = models.CharField(
        _("路径"),
        max_length=80,
        db_index=True,
        editable=False,
        help_text=_("从省级到本级的代码路径，如“/510000/510100/510182/”，用于一次查询本地区及下级。"),
    )
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    objects = RegionQuerySet.as_manager()

    class Meta:
        verbose_name = _("地区")
        verbose_name_plural = _("地区")
        ordering = ["adcode"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(adcode=""), name="region_adcode_not_empty"),
        ]

    def __str__(self):
        return self.full_name or self.name

    def save(self, *args, **kwargs):
        self.path = self.build_path()
        self.full_name = self.build_full_name()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:region", args=[self.adcode])

    def build_path(self) -> str:
        prefix = self.parent.path if self.parent_id else "/"
        return f"{prefix}{self.adcode}/"

    def build_full_name(self) -> str:
        if self.parent_id and not self.name.startswith(self.parent.name):
            return f"{self.parent.full_name}{self.name}"
        return self.name

    @property
    def aliases(self) -> list[str]:
        return split_lines(self.short_names) + split_lines(self.former_names)

    @property
    def depth(self) -> int:
        return self.path.count("/") - 2
