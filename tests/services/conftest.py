"""Fixtures of the stored-count tests (test_facet_counts.py, test_count_corrections.py)."""

import pytest
from django.core.cache import cache

from articles.models import Article
from tests.factories import make_article


@pytest.fixture
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def dataset():
    """Several places under one prefecture (and its province) in one article, drafts, several
    themes, an article with no region and one with no theme."""
    make_article("德阳两地", regions=["510681", "510603", "510600"], themes=["kexue-puji", "tuopin-gongjian"])
    make_article("广汉", regions=["510681"], themes=["kexue-puji"])
    make_article("四川与永川", regions=["510000", "500118"], themes=["chengyu-shuangcheng"])
    make_article("成都无主题", regions=["510100", "510681"])
    make_article("无地区", themes=["tuopin-gongjian"])
    make_article("草稿", status=Article.Status.DRAFT, regions=["510681"], themes=["kexue-puji"])
    make_article("待审核", status=Article.Status.REVIEW, regions=["500118"], themes=["chengyu-shuangcheng"])
