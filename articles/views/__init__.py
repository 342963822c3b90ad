"""Public views: home, lists (with region/theme/organization context), article detail, robots.txt."""

from .detail import ArticleDetailView
from .discovery import favicon, robots_txt
from .home import HomeView
from .lists import ArticleListView
from .topics import OrganizationView, RegionView, ThemeView

__all__ = [
    "ArticleDetailView",
    "ArticleListView",
    "HomeView",
    "OrganizationView",
    "RegionView",
    "ThemeView",
    "favicon",
    "robots_txt",
]
