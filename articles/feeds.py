"""RSS and Atom feeds: all news, one region (with everything under it), one theme."""

from datetime import datetime, time

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import linebreaks
from django.utils.text import Truncator

from articles.models import Article, Region, Theme

FEED_SIZE = 30
SUMMARY_LENGTH = 200
FEED_FIELDS = (
    "id",
    "slug",
    "title",
    "subtitle",
    "body",
    "date",
    "published_at",
    "updated_at",
    "source_text",
)


class LatestArticlesFeed(Feed):
    title = f"{settings.SITE_NAME}：最新新闻"
    description = "重庆、四川科协系统的最新新闻。"
    language = "zh-cn"
    author_name = settings.SITE_NAME  # Atom: every entry has an author, its own or the feed's

    def link(self):
        return reverse("articles:list")

    def items(self):
        return self.articles(Article.objects.published())

    @staticmethod
    def articles(queryset):
        return (
            queryset.newest_first()
            .only(*FEED_FIELDS)
            .prefetch_related("themes", "bylines", "captions")[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        """HTML, as RSS and Atom (type="html") declare it: the plain text escaped, its paragraphs kept,
        so a reader shows the words the article page shows (``<谨慎点击>``), never markup. A photo
        story's text is its captions; a long text is cut with "…", as the list cards are."""
        return linebreaks(Truncator(item.summary_text).chars(SUMMARY_LENGTH, truncate="…"), autoescape=True)

    def item_pubdate(self, item):
        """The news date (the story's day, midnight in the site's zone), as the site orders and shows
        stories; the publishing moment only for a story without a date."""
        if item.date:
            return datetime.combine(item.date, time.min, tzinfo=timezone.get_current_timezone())
        return timezone.localtime(item.published_at)

    def item_updateddate(self, item):
        """The last change (a correction, a re-publication), so that readers fetch the entry again."""
        return timezone.localtime(item.updated_at)

    def item_categories(self, item):
        return [theme.name for theme in item.themes.all()]

    def item_author_name(self, item):
        """The bylines' names (记者, 作者, 通讯员, 摄影 …), else the source (来源)."""
        names = list(dict.fromkeys(byline.name for byline in item.bylines.all()))
        return "、".join(names) or item.source_text or None


class LatestArticlesAtomFeed(LatestArticlesFeed):
    feed_type = Atom1Feed
    subtitle = LatestArticlesFeed.description


class RegionFeed(LatestArticlesFeed):
    def get_object(self, request, adcode):
        return get_object_or_404(Region, adcode=adcode)

    def title(self, region):
        return f"{settings.SITE_NAME}：{region.full_name}"

    def description(self, region):
        return f"{region.full_name}及下辖地区的科协新闻。"

    def link(self, region):
        return region.get_absolute_url()

    def items(self, region):
        return self.articles(Article.objects.published().in_region(region))


class RegionAtomFeed(RegionFeed):
    feed_type = Atom1Feed

    def subtitle(self, region):
        return self.description(region)


class ThemeFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Theme, slug=slug)

    def title(self, theme):
        return f"{settings.SITE_NAME}：{theme.name}"

    def description(self, theme):
        return theme.description or f"关于“{theme.name}”的科协新闻。"

    def link(self, theme):
        return theme.get_absolute_url()

    def items(self, theme):
        return self.articles(Article.objects.published().with_theme(theme))


class ThemeAtomFeed(ThemeFeed):
    feed_type = Atom1Feed

    def subtitle(self, theme):
        return self.description(theme)
