"""Imported pages: the raw text as received, with what the importer took from it."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .fields import web_address


class SourceDocument(models.Model):
    source_ref = models.CharField(
        _("来源标识"),
        max_length=255,
        unique=True,
        help_text=_("导入时的文件名，重新导入同名文件时据此找到本页。"),
    )
    file_name = models.CharField(_("文件名"), max_length=255)
    content_hash = models.CharField(
        _("内容哈希"),
        max_length=64,
        db_index=True,
        help_text=_("解码后文本的 SHA-256；内容不变的页面重新导入时直接跳过，文字相同的新文件不再重复导入。"),
    )
    raw_text = models.TextField(_("原文"), help_text=_("解码后的原始页面文本，未做任何修改。"))
    encoding = models.CharField(_("编码"), max_length=20)
    site = models.CharField(_("网站/报刊"), max_length=120, blank=True)
    page_date = models.DateField(_("版面日期"), null=True, blank=True)
    source = models.CharField(_("来源"), max_length=200, blank=True)
    original_url = models.URLField(_("原文链接"), max_length=1000, blank=True, validators=[web_address])
    banners = models.JSONField(_("栏目与通栏"), default=list, blank=True)
    boilerplate = models.JSONField(_("版权、联系方式与导航"), default=list, blank=True)
    co_organizers = models.ManyToManyField(
        "articles.Organization", verbose_name=_("协办单位"), blank=True, related_name="co_organized_pages"
    )
    co_organizer_names = models.JSONField(_("协办单位原文"), default=list, blank=True)
    province = models.ForeignKey(
        "articles.Region",
        verbose_name=_("所属省份"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("从页面判断出的省份（重庆或四川），用于解析“市科协”“江北区”等依上下文的名称。"),
    )
    remainders = models.JSONField(
        _("未归属文字"),
        default=list,
        blank=True,
        help_text=_("既不属于任何稿件、也不是页面信息的文字，需编辑查看。"),
    )
    flags = models.JSONField(_("页面问题"), default=list, blank=True)
    repairs = models.JSONField(
        _("页面上的修复"),
        default=list,
        blank=True,
        help_text=_("机器在稿件之外改正的页面文字，如报头日期里被认错的数字（2O23 → 2023）。"),
    )
    deleted_items = models.JSONField(
        _("编辑删除的稿件"),
        default=list,
        blank=True,
        help_text=_("在后台删除的本页稿件（内容指纹和位置）；重新导入本页时不再把它们建回来。"),
    )
    imported_at = models.DateTimeField(_("首次导入时间"), auto_now_add=True)
    updated_at = models.DateTimeField(_("最近导入时间"), auto_now=True)

    class Meta:
        verbose_name = _("导入页面")
        verbose_name_plural = _("导入页面")
        ordering = ["-imported_at", "source_ref"]

    def __str__(self):
        return self.file_name
