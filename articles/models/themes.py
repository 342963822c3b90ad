"""Themes readers filter by, with the keyword rules the importer tags by."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .names import split_lines


class Theme(models.Model):
    name = models.CharField(_("名称"), max_length=40, unique=True)
    slug = models.SlugField(_("网址名"), max_length=60, unique=True, help_text=_("用于网址，只用小写字母、数字和连字符。"))
    description = models.TextField(_("说明"), blank=True)
    keywords = models.TextField(
        _("关键词规则"),
        blank=True,
        help_text=_(
            "每行一个词，正文出现即计分，标题中出现分数加倍；可写“词*3”加大权重。"
            "导入和“按规则重新标注”时使用。"
        ),
    )
    position = models.PositiveSmallIntegerField(_("排序"), default=0)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        verbose_name = _("主题")
        verbose_name_plural = _("主题")
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:theme", args=[self.slug])

    @property
    def keyword_lines(self) -> list[str]:
        return split_lines(self.keywords)
