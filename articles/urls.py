from django.urls import path

from articles import feeds, views
from articles.views.readonly import read_only
from articles.views.revalidate import revalidated

app_name = "articles"

# Every public page is read only: GET and HEAD, a 405 page for any other method (views/readonly.py).
urlpatterns = [
    path("", read_only(views.HomeView.as_view()), name="home"),
    path("articles/", read_only(views.ArticleListView.as_view()), name="list"),
    path("articles/<int:pk>/<str:slug>/", read_only(views.ArticleDetailView.as_view()), name="detail"),
    # Without the slug: redirects to the canonical URL.
    path("articles/<int:pk>/", read_only(views.ArticleDetailView.as_view()), name="detail_by_id"),
    path("regions/<str:adcode>/", read_only(views.RegionView.as_view()), name="region"),
    path("themes/<slug:slug>/", read_only(views.ThemeView.as_view()), name="theme"),
    path("organizations/<slug:slug>/", read_only(views.OrganizationView.as_view()), name="organization"),
    # Feeds: all news, one region (and everything under it), one theme; RSS 2.0 and Atom.
    path("feeds/rss/", read_only(revalidated(feeds.LatestArticlesFeed())), name="feed"),
    path("feeds/atom/", read_only(revalidated(feeds.LatestArticlesAtomFeed())), name="feed_atom"),
    path("feeds/regions/<str:adcode>/rss/", read_only(revalidated(feeds.RegionFeed())), name="region_feed"),
    path(
        "feeds/regions/<str:adcode>/atom/",
        read_only(revalidated(feeds.RegionAtomFeed())),
        name="region_feed_atom",
    ),
    path("feeds/themes/<slug:slug>/rss/", read_only(revalidated(feeds.ThemeFeed())), name="theme_feed"),
    path(
        "feeds/themes/<slug:slug>/atom/",
        read_only(revalidated(feeds.ThemeAtomFeed())),
        name="theme_feed_atom",
    ),
]
