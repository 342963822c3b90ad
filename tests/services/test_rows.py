"""The importer's INSERT helpers: statements sent together, keys returned per statement."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Byline, Organization, OrganizationAlias
from articles.services.rows import insert_statements, run_together
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_statements_run_together_return_each_ones_keys_in_one_round_trip_on_postgresql():
    article = make_article("标题")
    organization = Organization.objects.create(name="庚辛市测试协会", slug="gengxin")
    statements = [
        *insert_statements(Byline, ["article", "order", "role", "name"], [(article.pk, 0, "author", "张三")]),
        *insert_statements(
            OrganizationAlias, ["name", "organization"], [("庚辛测试会", organization.pk), ("庚辛协会", organization.pk)],
            returning=True,
        ),
        *insert_statements(Byline, ["article", "order", "role", "name"], [(article.pk, 1, "author", "李四")], returning=True),
    ]
    with CaptureQueriesContext(connection) as queries:
        results = run_together(statements)
    assert len(queries) == (1 if connection.vendor == "postgresql" else 3)
    aliases = dict(OrganizationAlias.objects.filter(name__in=["庚辛测试会", "庚辛协会"]).values_list("name", "pk"))
    assert results == [[], [aliases["庚辛测试会"], aliases["庚辛协会"]], [Byline.objects.get(name="李四").pk]]
    assert list(article.bylines.order_by("order").values_list("name", flat=True)) == ["张三", "李四"]


def test_a_failing_statement_among_them_raises_and_nothing_after_it_is_written():
    from django.db import IntegrityError, transaction

    article = make_article("标题")
    organization = Organization.objects.create(name="壬癸市测试协会", slug="rengui")
    OrganizationAlias.objects.create(name="壬癸会", organization=organization)
    statements = [
        *insert_statements(OrganizationAlias, ["name", "organization"], [("壬癸会", organization.pk)]),  # taken
        *insert_statements(Byline, ["article", "order", "role", "name"], [(article.pk, 0, "author", "王五")]),
    ]
    with pytest.raises(IntegrityError), transaction.atomic():
        run_together(statements)
    assert not Byline.objects.filter(name="王五").exists()
