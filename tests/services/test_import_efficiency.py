"""What keeps a large import fast and small: the writer's light context, constant queries per page,
the search vector written by the INSERT, and the search box's own cached segmenter."""

from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article, OrganizationAlias
from articles.services import context as context_module
from articles.services.analysis import AnalysisTask, run_task, text_digest
from articles.services.context import build_import_context, get_import_context, get_segmenter
from articles.services.importer import write_analysis
from articles.services.search import refresh_search_vectors
from articles.textpipeline.decode import decode_page
from tests.factories import make_organization

pytestmark = pytest.mark.django_db

SEEDS = sorted((Path(settings.BASE_DIR) / "seeds").glob("*.txt"))
# Queries to write one new page whose organizations all exist (SQLite; PostgreSQL adds the advisory lock).
QUERIES_PER_PAGE = 16  # 15–18 before the co-organizer links and the two history kinds were one INSERT each


def analysed(path: Path, enrichment):
    decoded = decode_page(path.read_bytes())
    return run_task(AnalysisTask(decoded.text, decoded.encoding, text_digest(decoded.text)), enrichment)


@pytest.fixture
def analyses():
    """The seed pages analysed as a worker does, with a context of its own."""
    enrichment = build_import_context().spec.build()
    return [analysed(path, enrichment) for path in SEEDS]


def write_all(analyses, context, prefix: str) -> list[int]:
    """Write every page under a new source reference; the queries each page took."""
    counts = []
    for n, analysis in enumerate(analyses):
        with CaptureQueriesContext(connection) as queries:
            outcome = write_analysis(analysis, source_ref=f"{prefix}-{n}.txt", file_name=None, context=context)
        assert outcome.status == "created", outcome.error
        counts.append(len(queries))
    return counts


def test_the_writer_never_builds_the_segmenter_when_workers_analyse(analyses):
    """With analysis elsewhere, the importing process needs only the gazetteers and the id lookups."""
    context = build_import_context()
    write_all(analyses, context, "a")
    assert Article.objects.count() == 24
    assert not context.has_segmenter


def test_queries_per_page_stay_constant_as_the_tables_grow(analyses):
    context = build_import_context()
    write_all(analyses, context, "first")  # creates the pages' organizations
    before = write_all(analyses, context, "second")
    for n in range(3):
        write_all(analyses, context, f"more{n}")
    after = write_all(analyses, context, "last")
    assert before == after, f"{before} queries per page at first, {after} with four times the articles"
    assert max(after) <= QUERIES_PER_PAGE + (connection.vendor == "postgresql"), after


@pytest.mark.postgres_only
def test_the_insert_writes_the_same_search_vector_as_the_refresh(analyses):
    context = build_import_context()
    write_all(analyses, context, "v")
    written = dict(Article.objects.values_list("id", "search_vector"))
    assert all(written.values())
    refresh_search_vectors(written)
    assert dict(Article.objects.values_list("id", "search_vector")) == written


@pytest.fixture
def fresh_search_cache():
    context_module._search.clear()
    yield
    context_module._search.clear()


def test_search_segments_like_the_import_context(fresh_search_cache):
    make_organization("重庆市测试盆景协会", short_name="渝测盆协")
    segmenter, imported = get_segmenter(), get_import_context().segmenter
    for text in ["渝测盆协举办科普活动", "成渝地区双城经济圈建设", "开州区科协主席说", "脱贫攻坚与复工复产"]:
        assert segmenter.query_tokens(text) == imported.query_tokens(text)
        assert segmenter.search_text(text) == imported.search_text(text)


def test_search_does_not_query_the_tables_per_request(fresh_search_cache):
    first = get_segmenter()
    with CaptureQueriesContext(connection) as queries:
        assert get_segmenter() is first
    assert len(queries) == 0


def test_a_saved_name_reaches_search_at_once_in_this_process(fresh_search_cache):
    organization = make_organization("重庆市测试盆景协会")
    assert get_segmenter().query_tokens("渝测盆协") != ["渝测盆协"]
    OrganizationAlias.objects.create(organization=organization, name="渝测盆协")
    assert get_segmenter().query_tokens("渝测盆协") == ["渝测盆协"]


def test_another_process_change_reaches_search_after_the_check_interval(fresh_search_cache, monkeypatch):
    organization = make_organization("重庆市测试盆景协会")
    get_segmenter()
    OrganizationAlias.objects.bulk_create([OrganizationAlias(organization=organization, name="渝测盆协")])  # no signal
    assert get_segmenter().query_tokens("渝测盆协") != ["渝测盆协"]  # not checked again yet
    monkeypatch.setattr(context_module, "SEGMENTER_CHECK_SECONDS", 0)
    assert get_segmenter().query_tokens("渝测盆协") == ["渝测盆协"]
