"""The data model: regions, organizations, themes, imported pages and articles."""

from .articles import Article, ArticleFlag, ArticleOrganization, ArticleRegion, Byline, PhotoCaption
from .facet_counts import FacetCount, FacetCountVersion
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
    "FacetCount",
    "FacetCountVersion",
    "Organization",
    "OrganizationAlias",
    "PhotoCaption",
    "Region",
    "SourceDocument",
    "Theme",
]
