from django.urls import path

from articles import feeds, views
from articles.views.revalidate import revalidated

app_name = "articles"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("articles/", views.ArticleListView.as_view(), name="list"),
    path("articles/<int:pk>/<str:slug>/", views.ArticleDetailView.as_view(), name="detail"),
    path("articles/<int:pk>/", views.ArticleDetailView.as_view(), name="detail_by_id"),  # redirects
    path("regions/<str:adcode>/", views.RegionView.as_view(), name="region"),
    path("themes/<slug:slug>/", views.ThemeView.as_view(), name="theme"),
    path("organizations/<slug:slug>/", views.OrganizationView.as_view(), name="organization"),
    # Feeds: all news, one region (and everything under it), one theme; RSS 2.0 and Atom.
    path("feeds/rss/", revalidated(feeds.LatestArticlesFeed()), name="feed"),
    path("feeds/atom/", revalidated(feeds.LatestArticlesAtomFeed()), name="feed_atom"),
    path("feeds/regions/<str:adcode>/rss/", revalidated(feeds.RegionFeed()), name="region_feed"),
    path("feeds/regions/<str:adcode>/atom/", revalidated(feeds.RegionAtomFeed()), name="region_feed_atom"),
    path("feeds/themes/<slug:slug>/rss/", revalidated(feeds.ThemeFeed()), name="theme_feed"),
    path("feeds/themes/<slug:slug>/atom/", revalidated(feeds.ThemeAtomFeed()), name="theme_feed_atom"),
]
