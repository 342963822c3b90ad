"""Two imports running at once on PostgreSQL never create duplicates."""

import threading
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from articles.models import Article, Organization, OrganizationAlias, SourceDocument
from articles.services.importer import import_page

SEEDS = sorted((Path(settings.BASE_DIR) / "seeds").glob("*.txt"))


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_concurrent_imports_of_the_same_pages_create_each_item_once():
    errors = []
    barrier = threading.Barrier(2)

    def worker():
        try:
            barrier.wait(timeout=30)
            for path in SEEDS:
                import_page(path.read_bytes(), source_ref=path.name)
        except Exception as error:  # reported below, the test must see it
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not errors, errors
    assert SourceDocument.objects.count() == 5
    assert Article.objects.count() == 24
    assert Organization.objects.count() == OrganizationAlias.objects.values("organization").distinct().count()
