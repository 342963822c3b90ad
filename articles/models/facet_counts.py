"""Published-article counts kept on write for the public list's common filters (services/facet_counts.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class FacetCount(models.Model):
    """Distinct published articles under ``region`` (any of its places) carrying ``theme``.

    NULL region: every region (also articles with none); NULL theme: every theme (also
    articles with none). Regions are those of the facet tree's levels (province, prefecture,
    county) with at least one article; a missing row is a zero.
    """

    region = models.ForeignKey(
        "articles.Region", verbose_name=_("地区"), null=True, on_delete=models.CASCADE, related_name="+"
    )
    theme = models.ForeignKey(
        "articles.Theme", verbose_name=_("主题"), null=True, on_delete=models.CASCADE, related_name="+"
    )
    articles = models.PositiveIntegerField(_("已发布稿件数"))

    class Meta:
        verbose_name = _("分面计数")
        verbose_name_plural = _("分面计数")

    def __str__(self):
        return f"{self.region_id or '*'} × {self.theme_id or '*'}: {self.articles}"


class FacetCountVersion(models.Model):
    """The one row saying which ``count_cache.data_version()`` the counts were computed at.

    Readers use the counts only when it equals the version they see, so a write the
    refresh has not followed (raw SQL, a crash) sends them to the live queries instead.
    """

    version = models.CharField(_("数据版本"), max_length=32, blank=True)
    refreshed_at = models.DateTimeField(_("计算时间"), null=True)

    class Meta:
        verbose_name = _("分面计数版本")
        verbose_name_plural = _("分面计数版本")

    def __str__(self):
        return self.version or "—"
