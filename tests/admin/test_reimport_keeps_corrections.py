"""End to end: an editor's corrections in the admin survive import_seeds running again."""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.urls import reverse

from articles.models import Article, Region, SourceDocument
from articles.services import editing
from articles.services.importer import import_page
from tests.factories import make_article

from .formdata import change_form_data

pytestmark = pytest.mark.django_db

SEEDS = Path(settings.BASE_DIR) / "seeds"


def first_item():
    page = SourceDocument.objects.get(source_ref__startswith="000_")
    return page.articles.order_by("position").first()


def edit_title_and_region(client, article, *, title, adcode):
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = change_form_data(client, url)
    data["title"] = title
    total = int(data["region_links-TOTAL_FORMS"])
    for i in range(total):
        data[f"region_links-{i}-DELETE"] = "on"
    data[f"region_links-{total}-region"] = str(Region.objects.get(adcode=adcode).pk)
    data[f"region_links-{total}-id"] = ""
    data[f"region_links-{total}-article"] = str(article.pk)
    data["region_links-TOTAL_FORMS"] = str(total + 1)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["errors"]


def test_corrections_survive_import_seeds(editor_client):
    """Title and region changed in the admin stay after a forced re-import; the admin shows the machine's title."""
    call_command("import_seeds", str(SEEDS / "000_b37e9a0c58b6f3f4.txt"), "--no-progress", verbosity=0)
    article = first_item()
    machine_title = article.title

    edit_title_and_region(editor_client, article, title="重庆科技社团抗疫复产纪实", adcode="500153")
    article.refresh_from_db()
    assert {"title", "regions"} <= set(article.edited_fields)

    call_command("import_seeds", str(SEEDS / "000_b37e9a0c58b6f3f4.txt"), "--force", "--no-progress", verbosity=0)

    article = Article.objects.get(pk=article.pk)
    assert article.title == "重庆科技社团抗疫复产纪实"
    assert [r.adcode for r in article.regions.all()] == ["500153"]
    assert article.machine_output["title"] == machine_title
    html = editor_client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    comparison = html[html.index("kexie-comparison") :]
    assert "重庆科技社团抗疫复产纪实" in comparison and machine_title in comparison


def test_corrections_survive_import_page_force(editor_client):
    """The same through the importer service, as the SourceDocument admin's re-import runs it."""
    seed = SEEDS / "001_6958997b889f6f7e.txt"
    import_page(seed.read_bytes(), source_ref=seed.name)
    article = SourceDocument.objects.get(source_ref=seed.name).articles.order_by("position").first()
    edit_title_and_region(editor_client, article, title="编辑改过的标题", adcode="510600")

    outcome = import_page(seed.read_bytes(), source_ref=seed.name, force=True)

    assert outcome.status != "failed"
    article.refresh_from_db()
    assert article.title == "编辑改过的标题"
    assert [r.adcode for r in article.regions.all()] == ["510600"]


def imported_seed_page():
    """Seed 004 imported: its file, its page, its first two unflagged stories and its story count."""
    seed = SEEDS / "004_feb7e2b1474b1bef.txt"
    import_page(seed.read_bytes(), source_ref=seed.name)
    page = SourceDocument.objects.get(source_ref=seed.name)
    first, second, *_rest = page.articles.filter(flags=None).order_by("position")
    return seed, page, first, second, page.articles.count()


def test_articles_deleted_in_the_admin_stay_deleted_after_a_forced_reimport(reviewer_client):
    """Deleted from the change form or with the list's action: a forced re-import does not bring them back."""
    seed, page, first, second, count = imported_seed_page()

    reviewer_client.post(reverse("admin:articles_article_delete", args=[first.pk]), {"post": "yes"})
    changelist = reverse("admin:articles_article_changelist")
    delete_selected = {"action": "delete_selected", "_selected_action": [second.pk], "post": "yes"}
    reviewer_client.post(changelist, delete_selected)
    assert page.articles.count() == count - 2
    page_view = reviewer_client.get(reverse("admin:articles_sourcedocument_change", args=[page.pk]))
    assert first.title in page_view.content.decode() and second.title in page_view.content.decode()

    outcome = import_page(seed.read_bytes(), source_ref=seed.name, force=True)

    assert outcome.status != "failed" and outcome.created == 0
    assert page.articles.count() == count - 2
    assert not Article.objects.filter(title__in=[first.title, second.title]).exists()


def test_restore_deleted_brings_back_what_an_editor_deleted_from_the_pages_named(reviewer_client):
    """import_seeds --restore-deleted PAGE creates the deleted stories again (once), and they stay through
    later re-imports; it names its pages, and without one it refuses rather than touch every seed."""
    seed, page, first, second, count = imported_seed_page()
    reviewer_client.post(reverse("admin:articles_article_delete", args=[first.pk]), {"post": "yes"})
    reviewer_client.post(reverse("admin:articles_article_delete", args=[second.pk]), {"post": "yes"})
    assert page.articles.count() == count - 2

    with pytest.raises(CommandError, match="--restore-deleted"):
        call_command("import_seeds", "--restore-deleted", stdout=io.StringIO())
    out = io.StringIO()
    call_command("import_seeds", "--restore-deleted", str(seed), stdout=out)

    assert "新建 2" in out.getvalue() and "恢复编辑删除的 2" in out.getvalue()
    assert page.articles.count() == count
    assert set(page.articles.values_list("title", flat=True)) >= {first.title, second.title}
    page.refresh_from_db()
    assert page.deleted_items == []
    call_command("import_seeds", "--force", str(seed), stdout=io.StringIO())
    call_command("import_seeds", "--restore-deleted", str(seed), stdout=io.StringIO())
    assert page.articles.count() == count


def test_a_restored_story_gets_its_old_id_back_with_its_history_and_its_old_address(client, reviewer_client):
    """--restore-deleted gives a story the id it had before it was deleted (its "-" history record keeps it):
    its old URL shows it again and its history goes on; the next new article still gets a fresh id."""
    seed, page, first, second, count = imported_seed_page()
    old_url = first.get_absolute_url()
    reviewer_client.post(reverse("admin:articles_article_delete", args=[first.pk]), {"post": "yes"})
    assert client.get(old_url).status_code == 404

    out = io.StringIO()
    call_command("import_seeds", "--restore-deleted", str(seed), stdout=out)

    assert "恢复编辑删除的 1" in out.getvalue() and "新编号" not in out.getvalue()
    restored = page.articles.get(pk=first.pk)
    assert restored.title == first.title
    response = client.get(old_url)
    assert response.status_code == 200 and first.title in response.content.decode()
    history = Article.history.filter(id=first.pk).order_by("history_date", "history_id")
    assert [record.history_type for record in history] == ["+", "-", "+"]
    assert history.last().history_change_reason == "恢复编辑删除的稿件"
    newest = max(Article.objects.values_list("pk", flat=True))
    later = SEEDS / "001_6958997b889f6f7e.txt"
    assert import_page(later.read_bytes(), source_ref=later.name).status == "created"
    later_ids = SourceDocument.objects.get(source_ref=later.name).articles.values_list("pk", flat=True)
    assert min(later_ids) > newest


def test_a_restored_story_whose_old_id_is_taken_gets_a_new_one_and_the_summary_says_so(reviewer_client):
    """Should the deleted story's id be in use again, the story is restored under a new id, and said so."""
    seed, page, first, second, count = imported_seed_page()
    reviewer_client.post(reverse("admin:articles_article_delete", args=[first.pk]), {"post": "yes"})
    reviewer_client.post(reverse("admin:articles_article_delete", args=[second.pk]), {"post": "yes"})
    make_article("占用了原编号的稿件", id=first.pk)

    out = io.StringIO()
    call_command("import_seeds", "--restore-deleted", str(seed), stdout=out)

    assert "恢复编辑删除的 2，已发布 2，其中 1 篇原编号已被占用或无记录，用了新编号" in out.getvalue()
    assert Article.objects.get(pk=first.pk).title == "占用了原编号的稿件"
    assert page.articles.get(title=first.title).pk > second.pk
    assert page.articles.get(pk=second.pk).title == second.title


def test_a_reimport_that_changes_the_machines_value_of_a_corrected_field_raises_a_flag(editor_client):
    """The editor's title stays; a 待查 flag says the machine's title changed, with the new one, and
    survives the next re-import (the pipeline's own flags are replaced each time)."""
    seed = SEEDS / "001_6958997b889f6f7e.txt"
    import_page(seed.read_bytes(), source_ref=seed.name)
    article = SourceDocument.objects.get(source_ref=seed.name).articles.order_by("position").first()
    edit_title_and_region(editor_client, article, title="编辑改过的标题", adcode="510600")
    changed = seed.read_text(encoding="utf-8").replace("人大代表用行动赢得群众口碑", "人大代表用行动赢得群众称赞")

    import_page(changed.encode("utf-8"), source_ref=seed.name, force=True)
    import_page(changed.replace("深秋时节", "初冬时节").encode("utf-8"), source_ref=seed.name, force=True)

    article.refresh_from_db()
    assert article.title == "编辑改过的标题"
    flags = list(article.flags.filter(code="machine_changed", resolved_at__isnull=True))
    assert len(flags) == 1
    assert "标题" in flags[0].message and "赢得群众称赞" in flags[0].excerpt
    assert "地区" not in flags[0].message  # the machine's regions did not change
    html = editor_client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert "重新导入后机器结果变了" in html


def links(article) -> dict:
    return {
        "regions": sorted(article.regions.values_list("adcode", flat=True)),
        "organizations": sorted(article.organizations.values_list("name", flat=True)),
        "themes": sorted(article.themes.values_list("slug", flat=True)),
        "keywords": article.keywords,
    }


def test_a_split_stays_split_for_the_links_after_a_forced_reimport(reviewer_client):
    """After 拆分 both halves keep the regions, organizations, themes and keywords of their own text: a forced
    re-import, whose machine item still covers the whole story, does not bring back the other half's."""
    seed = SEEDS / "000_b37e9a0c58b6f3f4.txt"
    call_command("import_seeds", str(seed), "--no-progress", verbosity=0)
    article = first_item()
    whole = links(article)
    new = editing.split_item_at(article=article, paragraph_index=2, title="拆出来的第二篇")
    article = Article.objects.get(pk=article.pk)
    halves = links(article), links(Article.objects.get(pk=new.pk))
    assert halves[0] != whole

    call_command("import_seeds", str(seed), "--force", "--no-progress", verbosity=0)

    assert (links(Article.objects.get(pk=article.pk)), links(Article.objects.get(pk=new.pk))) == halves
    assert set(editing.EXTRACTED_FIELDS) <= set(Article.objects.get(pk=article.pk).edited_fields)


def test_a_story_withdrawn_then_deleted_is_restored_for_review_not_published(client, reviewer_client):
    """Set to 待审核 in the admin, then deleted: --restore-deleted brings it back 待审核 (still 404 publicly),
    as its "-" history record has it, and the summary says so and names it."""
    seed, page, first, second, count = imported_seed_page()
    url = reverse("admin:articles_article_change", args=[first.pk])
    data = change_form_data(reviewer_client, url)
    data["status"] = Article.Status.REVIEW
    assert reviewer_client.post(url, data).status_code == 302
    reviewer_client.post(reverse("admin:articles_article_delete", args=[first.pk]), {"post": "yes"})

    out = io.StringIO()
    call_command("import_seeds", "--restore-deleted", str(seed), stdout=out)

    restored = Article.objects.get(pk=first.pk)
    assert restored.status == Article.Status.REVIEW
    assert client.get(first.get_absolute_url()).status_code == 404
    assert "恢复编辑删除的 1，待审核 1）" in out.getvalue()
    assert f"恢复 #{first.pk} {first.title}（待审核）" in out.getvalue()


def test_a_restored_story_keeps_its_status_and_publication_time(reviewer_client):
    """A story deleted as 已发布 comes back 已发布 with its old 发布时间, so feeds do not show it as new;
    the summary names it with its address."""
    seed, page, first, second, count = imported_seed_page()
    published_at = Article.objects.get(pk=first.pk).published_at
    reviewer_client.post(reverse("admin:articles_article_delete", args=[first.pk]), {"post": "yes"})

    out = io.StringIO()
    call_command("import_seeds", "--restore-deleted", str(seed), stdout=out)

    restored = Article.objects.get(pk=first.pk)
    assert restored.status == Article.Status.PUBLISHED
    assert restored.published_at == published_at
    assert f"恢复 #{first.pk} {first.title}（已发布）{restored.get_absolute_url()}" in out.getvalue()


def test_stories_held_back_as_deleted_are_counted_apart_from_unchanged(reviewer_client):
    """A forced re-import counts the stories an editor deleted as 已删除未恢复, not as 未变."""
    seed, page, first, second, count = imported_seed_page()
    reviewer_client.post(reverse("admin:articles_article_delete", args=[first.pk]), {"post": "yes"})
    reviewer_client.post(reverse("admin:articles_article_delete", args=[second.pk]), {"post": "yes"})

    out = io.StringIO()
    call_command("import_seeds", "--force", str(seed), stdout=out)

    assert f"未变 {count - 2}，" in out.getvalue() and "已删除未恢复 2" in out.getvalue()
