"""import_page_files: worker processes give the same result as in-process analysis; failures stay local."""

import shutil
import signal
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings
from django.db import DatabaseError

from articles.models import Article, SourceDocument
from articles.services import analysis_pool, batch, importer
from articles.services.analysis import FAILED, AnalysisTask, run_task
from articles.services.context import get_import_context
from articles.services.export import article_to_dict, export_queryset
from articles.services.pagefiles import collect_page_files
from tests.services import worker_deaths

pytestmark = pytest.mark.django_db

SEEDS = Path(settings.BASE_DIR) / "seeds"


@pytest.fixture
def pages(tmp_path):
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "broken.bin").write_bytes(b"\x00\x01\x02" * 100)
    files, _ = collect_page_files([tmp_path])
    return files


def exported():
    rows = [article_to_dict(a) for a in export_queryset()]
    for row in rows:
        row.pop("id"), row.pop("url")
    return rows


def run(files, workers):
    return [(f.path.name, o.status, o.created) for f, o in
            batch.import_page_files(files, context=get_import_context(), workers=workers)]


def forget_pages():
    """Drop the imported pages but keep the organizations they created, so both runs see the same tables."""
    Article.objects.all().delete()
    SourceDocument.objects.all().delete()


def test_worker_processes_give_the_same_articles_in_the_same_order(pages):
    run(pages, workers=0)
    forget_pages()
    in_process = run(pages, workers=0)
    expected = exported()
    forget_pages()
    assert run(pages, workers=2) == in_process
    assert exported() == expected
    assert [name for name, status, _ in in_process if status == "failed"] == ["broken.bin"]



def test_a_temporary_directory_too_long_for_the_fork_servers_socket_still_imports(pages, tmp_path, monkeypatch):
    """TMPDIR deep in a test's or a build's directory: the fork server cannot bind its socket there
    (107 bytes at most), so the worker processes are spawned instead, and the pages are imported."""
    deep = tmp_path / ("d" * 60) / ("e" * 60)
    deep.mkdir(parents=True)
    monkeypatch.setattr(tempfile, "tempdir", str(deep))
    assert analysis_pool._process_context().get_start_method() == "spawn"
    statuses = run(pages, workers=1)
    assert [name for name, status, _ in statuses if status == "failed"] == ["broken.bin"]
    assert sum(created for _name, _status, created in statuses) == 24

    monkeypatch.setattr(tempfile, "tempdir", "/tmp")
    assert analysis_pool._process_context().get_start_method() == "forkserver"


def test_unchanged_pages_are_skipped_without_analysis(pages, monkeypatch):
    run(pages, workers=0)

    def no_pool_please(*args, **kwargs):
        raise AssertionError("a re-import of unchanged pages must not start worker processes")

    monkeypatch.setattr(analysis_pool.multiprocessing, "get_context", no_pool_please)
    again = list(batch.import_page_files(pages, context=get_import_context(), workers=2))
    assert {o.status for f, o in again if f.path.suffix == ".txt"} == {"unchanged"}
    assert sum(o.unchanged for _, o in again) == Article.objects.count() == 24


@contextmanager
def at_most(seconds: int):
    """Fail instead of hanging: a worker pool that waits for a dead process never returns."""

    def too_long(signum, frame):
        raise TimeoutError(f"the import did not finish within {seconds} s")

    previous = signal.signal(signal.SIGALRM, too_long)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_a_page_that_kills_its_worker_is_reported_and_the_others_are_imported(pages, tmp_path, monkeypatch):
    """The worker analysing the poisoned page dies (SIGKILL, as the out-of-memory killer sends it);
    the pages queued behind it in the same process are analysed again and imported."""
    poisoned = tmp_path / "0015_poisoned.txt"
    poisoned.write_text(f"市科协召开座谈会\n\n本报讯 近日，市科协召开座谈会。{worker_deaths.POISON}\n", encoding="utf-8")
    files, _ = collect_page_files([tmp_path])
    monkeypatch.setattr(batch, "run_task_in_worker", worker_deaths.analyse_unless_poisoned)
    with at_most(180):
        outcomes = {f.path.name: o for f, o in batch.import_page_files(files, context=get_import_context(), workers=1)}
    assert outcomes["0015_poisoned.txt"].status == "failed"
    assert outcomes["0015_poisoned.txt"].error == analysis_pool.DIED
    seeds = {path.name for path in SEEDS.glob("*.txt")}
    statuses = {name: o.status for name, o in outcomes.items() if name in seeds}
    assert statuses == dict.fromkeys(seeds, "created"), {name: o.error for name, o in outcomes.items()}
    assert Article.objects.count() == 24
    assert not SourceDocument.objects.filter(source_ref__contains="poisoned").exists()


def test_a_worker_that_cannot_start_fails_each_page_with_the_reason(pages, monkeypatch):
    monkeypatch.setattr(batch, "init_worker", worker_deaths.start_without_memory)
    with at_most(120):
        outcomes = {f.path.name: o for f, o in batch.import_page_files(pages, context=get_import_context(), workers=2)}
    analysed = {name: o for name, o in outcomes.items() if name.endswith(".txt")}
    assert len(analysed) == 5
    assert {o.status for o in analysed.values()} == {"failed"}
    assert all(
        o.error == f"{analysis_pool.COULD_NOT_START}：MemoryError: 无法为分词词典分配内存" for o in analysed.values()
    )
    assert outcomes["broken.bin"].status == "failed" and outcomes["broken.bin"].error != next(iter(analysed.values())).error
    assert not SourceDocument.objects.exists() and not Article.objects.exists()


@pytest.mark.parametrize(
    ("failure", "message"),
    [
        (DatabaseError("disk I/O error"), "写入数据库失败，已回滚：disk I/O error"),
        (KeyError("no such theme rule"), "写入时出错（internal error），已回滚：KeyError: 'no such theme rule'"),
    ],
    ids=["database error", "a bug only this page meets"],
)
def test_a_page_that_cannot_be_written_is_rolled_back_and_reported_and_the_next_goes_on(pages, monkeypatch, failure, message):
    """The failure comes after the page's document, organizations and articles were inserted."""
    real_refresh = importer.refresh_search_vectors
    writing = []

    def failing_after_the_inserts(article_ids):
        if SourceDocument.objects.filter(source_ref__startswith="001").exists():
            writing.append(Article.objects.filter(source_document__source_ref__startswith="001").count())
            raise failure
        return real_refresh(article_ids)

    monkeypatch.setattr(importer, "refresh_search_vectors", failing_after_the_inserts)
    outcomes = {f.path.name[:3]: o for f, o in batch.import_page_files(pages, context=get_import_context())}
    assert writing == [4]  # the page's four items were in the database when it failed
    assert outcomes["001"].status == "failed"
    assert outcomes["001"].error == message
    assert not SourceDocument.objects.filter(source_ref__startswith="001").exists()
    assert not Article.objects.filter(source_document__source_ref__startswith="001").exists()
    assert [outcomes[n].status for n in ("000", "002", "003", "004")] == ["created"] * 4
    assert Article.objects.count() == 24 - 4


def test_an_analysis_crash_becomes_a_failed_page_not_a_crash():
    analysis = run_task(AnalysisTask("标题\n\n正文。", "utf-8", "digest"), context=None)
    assert analysis.status == FAILED
    assert "internal error" in analysis.error


@pytest.mark.parametrize(
    ("files", "cores", "expected"),
    [(5, 8, 0), (100, 1, 0), (100, 2, 1), (100, 4, 2), (100, 16, 2)],
)
def test_default_workers_leave_a_core_to_the_writer(files, cores, expected):
    assert batch.default_workers(files, cores=cores) == expected


def pending_list_limit() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW gin_pending_list_limit")
        return cursor.fetchone()[0]


@pytest.mark.postgres_only
def test_an_import_batches_search_index_entries_and_merges_them_at_its_end(pages):
    """While pages are written the search index's pending list is PostgreSQL's 4 MB; afterwards the
    site's small limit is back and nothing is left pending (services/search.py explains why)."""
    from articles.services.search import merge_pending_entries

    site_limit = pending_list_limit()
    during = [pending_list_limit() for _page in batch.import_page_files(pages, context=get_import_context())]
    assert set(during) == {"4MB"}
    assert pending_list_limit() == site_limit == "256kB"
    assert Article.objects.count() == 24
    assert merge_pending_entries() == 0  # the import merged its entries already
