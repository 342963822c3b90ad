"""sitemap.xml: the published articles, and the region, theme and organization pages that have any."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from articles.models import Article, ArticleRegion, Organization, Region, Theme


class ArticleSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.8
    limit = 5000

    def items(self):
        return Article.objects.published().newest_first().only("id", "slug", "updated_at")

    def lastmod(self, article):
        return article.updated_at


class StaticSitemap(Sitemap):
    changefreq = "daily"
    priority = 1.0

    def items(self):
        return ["articles:home", "articles:list"]

    def location(self, name):
        return reverse(name)


class RegionSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.5

    def items(self):
        """Regions named by a published article, and every region above them (two queries)."""
        paths = (
            ArticleRegion.objects.filter(article__in=Article.objects.published().values("pk"))
            .values_list("region__path", flat=True)
            .distinct()
        )
        codes = {code for path in paths for code in path.strip("/").split("/") if code}
        return Region.objects.filter(adcode__in=sorted(codes)).order_by("adcode").only("adcode")


class ThemeSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.5

    def items(self):
        linked = Article.themes.through.objects.filter(article__in=Article.objects.published().values("pk"))
        return Theme.objects.filter(pk__in=linked.values("theme")).order_by("position", "name")


class OrganizationSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.4

    def items(self):
        return Organization.objects.with_published_news().order_by("slug").only("slug")


SITEMAPS = {
    "static": StaticSitemap,
    "articles": ArticleSitemap,
    "regions": RegionSitemap,
    "themes": ThemeSitemap,
    "organizations": OrganizationSitemap,
}
