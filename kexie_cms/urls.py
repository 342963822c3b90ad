from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path

from articles.sitemaps import SITEMAPS
from articles.views import favicon, robots_txt
from articles.views.readonly import read_only
from articles.views.revalidate import revalidated

urlpatterns = [
    path("admin/", admin.site.urls),
    path(
        "sitemap.xml",
        read_only(revalidated(sitemap_views.index)),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        read_only(revalidated(sitemap_views.sitemap)),
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    path("robots.txt", read_only(robots_txt), name="robots"),
    path("favicon.ico", read_only(favicon)),
    path("", include("articles.urls")),
]

handler400 = "articles.admin.errors.bad_request"  # the public 400 page, or the admin's under /admin/
