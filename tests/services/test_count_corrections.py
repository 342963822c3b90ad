"""An editor's change corrects the stored counts in its transaction (services/count_corrections.py)."""


import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection

from articles.models import Article, ArticleRegion, FacetCount, Region, Theme
from articles.services import count_cache, count_corrections, editing, facet_counts
from tests.factories import make_article
from tests.services.counts import (
    assert_current,
    assert_followed,
    live_page_counts,
    no_refresh_pending,
    page_counts,
    stored_rows,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("chief", "chief@example.org", "pw")
    client.force_login(user)
    return client


def test_editing_services_correct_the_counts_in_their_transaction(client, dataset, django_capture_on_commit_callbacks):
    """Each change adds what its articles count for now minus what they counted before."""
    facet_counts.refresh()
    draft = Article.objects.get(title="草稿")
    guanghan = Article.objects.filter(title="广汉")
    steps = [
        lambda: editing.publish(articles=[draft]),
        lambda: editing.send_back_to_review(articles=[draft]),
        lambda: editing.set_theme(articles=guanghan, theme=Theme.objects.get(slug="keji-jinrong"), present=True),
        lambda: editing.set_theme(articles=guanghan, theme=Theme.objects.get(slug="kexue-puji"), present=False),
        lambda: editing.publish(articles=Article.objects.exclude(status=Article.Status.PUBLISHED)),
        lambda: editing.reextract(article=Article.objects.get(title="德阳两地")),
    ]
    for number, step in enumerate(steps):
        before = stored_rows()
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            step()
        assert no_refresh_pending(callbacks)
        assert stored_rows() != before, f"step {number} changed no count: the test would prove nothing"
        assert_followed()
        cache.clear()
        counts, read_table = page_counts(client, "/articles/?region=510600")
        assert read_table
        assert counts == live_page_counts(client, "/articles/?region=510600")
        facet_counts.refresh()


def two_neighbours():
    """Two adjacent items of one page, the second published and about 广汉 with a theme of its own."""
    from articles.models import SourceDocument

    page = SourceDocument.objects.create(source_ref="p.txt", file_name="p.txt", raw_text="甲\n\n乙", content_hash="x")
    first = make_article("甲稿", regions=["500118"], source_document=page, position=0, span_start=0, span_end=1)
    second = make_article(
        "乙稿", regions=["510681"], themes=["keji-jinrong"], source_document=page, position=1, span_start=3, span_end=4,
        body="第一段。\n\n第二段。\n\n第三段。",
    )
    return first, second


def test_merge_and_split_correct_the_counts(dataset, django_capture_on_commit_callbacks):
    first, second = two_neighbours()
    facet_counts.refresh()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        editing.split_item_at(article=second, paragraph_index=1, title="拆出的稿件")
    assert no_refresh_pending(callbacks)
    assert_followed()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        editing.merge_adjacent_items(first=first, second=Article.objects.get(pk=second.pk))
    assert no_refresh_pending(callbacks)
    assert_followed()


def test_a_change_while_the_counts_are_stale_refreshes_on_commit(dataset, django_capture_on_commit_callbacks):
    """Counts already behind (an import running, raw SQL): correcting them would be wrong; recount."""
    facet_counts.refresh()
    ArticleRegion.objects.create(article=Article.objects.get(title="无地区"), region=Region.objects.get(adcode="500118"))
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        editing.publish(articles=[Article.objects.get(title="草稿")])
    assert not no_refresh_pending(callbacks)
    assert_followed()


def test_retagging_every_article_recounts_on_commit(dataset, django_capture_on_commit_callbacks):
    facet_counts.refresh()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        editing.retag_with_theme(theme=Theme.objects.get(slug="kexue-puji"))
    assert not no_refresh_pending(callbacks)
    assert_followed()


def test_a_failed_change_leaves_the_counts_as_they_were(dataset):
    facet_counts.refresh()
    kept = stored_rows()
    with pytest.raises(editing.EditingError):
        editing.split_item_at(article=Article.objects.get(title="广汉"), paragraph_index=0)
    assert stored_rows() == kept
    assert_current()


def test_admin_actions_and_deletes_correct_the_counts(admin_client, dataset, django_capture_on_commit_callbacks):
    facet_counts.refresh()
    changelist = "/admin/articles/article/"
    drafts = list(Article.objects.exclude(status=Article.Status.PUBLISHED).values_list("pk", flat=True))
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = admin_client.post(changelist, {"action": "publish", "_selected_action": drafts})
    assert response.status_code == 302
    assert no_refresh_pending(callbacks)  # two articles published, counts corrected in the action
    assert_current()
    counts, read_table = page_counts(admin_client)
    assert read_table and counts[0] == 7

    guanghan = Article.objects.get(title="广汉")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = admin_client.post(f"{changelist}{guanghan.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert no_refresh_pending(callbacks)
    assert_followed()
    cache.clear()
    counts, read_table = page_counts(admin_client, "/articles/?region=510681")
    assert read_table and counts == live_page_counts(admin_client, "/articles/?region=510681")
    assert counts[0] == 3


def test_an_admin_edit_of_an_articles_regions_corrects_the_counts(admin_client, dataset, django_capture_on_commit_callbacks):
    """The change form (article fields and the region inline in one save) corrects the counts."""
    from tests.admin.formdata import change_form_data

    facet_counts.refresh()
    article = Article.objects.get(title="广汉")
    url = f"/admin/articles/article/{article.pk}/change/"
    data = change_form_data(admin_client, url)
    total = int(data["region_links-TOTAL_FORMS"])
    for i in range(total):
        data[f"region_links-{i}-DELETE"] = "on"
    data[f"region_links-{total}-region"] = str(Region.objects.get(adcode="500118").pk)
    data[f"region_links-{total}-id"] = ""
    data[f"region_links-{total}-article"] = str(article.pk)
    data["region_links-TOTAL_FORMS"] = str(total + 1)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = admin_client.post(url, data)
    assert response.status_code == 302
    assert no_refresh_pending(callbacks)
    assert_followed()
    counts, read_table = page_counts(admin_client, "/articles/?region=500000")
    assert read_table and counts == live_page_counts(admin_client, "/articles/?region=500000")
    assert counts[0] == 2


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_write_from_another_connection_waits_until_the_correction_commits(dataset):
    """An import page (or raw SQL) during an editor's save is held back by the table lock, so the
    version stored by the save covers its change alone; the other write then makes it stale."""
    import threading

    facet_counts.refresh()
    draft = Article.objects.get(title="草稿")
    corrected, release, errors = threading.Event(), threading.Event(), []

    def editor():
        try:
            with count_corrections.following():
                editing.publish(articles=[draft])
                corrected.set()
                release.wait(timeout=10)
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connection.close()

    def other_writer():
        try:
            ArticleRegion.objects.create(article=Article.objects.get(title="无地区"), region=Region.objects.get(adcode="500118"))
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    saving = threading.Thread(target=editor)
    saving.start()
    assert corrected.wait(timeout=10)
    writing = threading.Thread(target=other_writer)
    writing.start()
    writing.join(timeout=1)
    assert writing.is_alive(), "the other write went ahead while the counts were being corrected"
    release.set()
    saving.join(timeout=10)
    writing.join(timeout=10)
    assert not errors, errors
    data, stored = count_cache.versions()
    assert data != stored  # the other write is not in the stored counts: readers count live
    facet_counts.refresh()
    assert FacetCount.objects.get(region=Region.objects.get(adcode="500000"), theme=None).articles == 2


def test_moving_a_region_link_to_another_article_in_the_admin_corrects_both(admin_client, dataset, django_capture_on_commit_callbacks):
    """The link admin tracks the article the link leaves as well as the one it joins."""
    facet_counts.refresh()
    link = ArticleRegion.objects.get(article__title="广汉")
    target = Article.objects.get(title="无地区")
    url = f"/admin/articles/articleregion/{link.pk}/change/"
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = admin_client.post(url, {"article": target.pk, "region": Region.objects.get(adcode="500118").pk})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert ArticleRegion.objects.get(pk=link.pk).article == target
    assert no_refresh_pending(callbacks)
    assert_followed()



def test_reverting_an_article_to_an_earlier_version_corrects_the_counts(admin_client, dataset, django_capture_on_commit_callbacks):
    """The history revert form saves the article (its status here) without the change form's hooks."""
    from tests.admin.formdata import change_form_data

    draft = Article.objects.get(title="草稿")
    editing.publish(articles=[draft])
    facet_counts.refresh()
    before_publishing = draft.history.order_by("history_id").first()
    assert before_publishing.status == Article.Status.DRAFT
    url = f"/admin/articles/article/{draft.pk}/history/{before_publishing.history_id}/"
    data = change_form_data(admin_client, url, form_id="historicalarticle_form")
    kept = stored_rows()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Article.objects.get(pk=draft.pk).status == Article.Status.DRAFT
    assert no_refresh_pending(callbacks)
    assert stored_rows() != kept
    assert_followed()


def test_a_change_to_many_articles_recounts_on_commit(dataset, monkeypatch, django_capture_on_commit_callbacks):
    """Past ``MAX_TRACKED`` articles a full recount is as cheap, and keeps the statements small."""
    monkeypatch.setattr(count_corrections, "MAX_TRACKED", 2)
    facet_counts.refresh()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        editing.publish(articles=Article.objects.exclude(status=Article.Status.PUBLISHED))  # two: corrected
    assert no_refresh_pending(callbacks)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        editing.send_back_to_review(articles=Article.objects.all()[:3])
    assert not no_refresh_pending(callbacks)
    assert_followed()
