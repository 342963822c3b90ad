"""The data model: regions, organizations, themes, imported pages and articles."""

from .articles import Article, ArticleFlag, ArticleOrganization, ArticleRegion, Byline, PhotoCaption
from .organizations import Organization, OrganizationAlias
from .regions import Region
from .sources import SourceDocument
from .themes import Theme

__all__ = [
    "Article",
    "ArticleFlag",
    "ArticleOrganization",
    "ArticleRegion",
    "Byline",
    "Organization",
    "OrganizationAlias",
    "PhotoCaption",
    "Region",
    "SourceDocument",
    "Theme",
]
