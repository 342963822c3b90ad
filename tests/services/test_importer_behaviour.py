"""Importer behaviour: idempotence, editor corrections, bad input, one transaction per page."""

from pathlib import Path

import pytest
from django.conf import settings

from articles.models import Article, ArticleRegion, Organization, Region, SourceDocument
from articles.services.importer import import_page

pytestmark = pytest.mark.django_db

SEED = Path(settings.BASE_DIR) / "seeds" / "002_af39cf8c56ef8002.txt"


def snapshot():
    return (
        list(Article.objects.order_by("id").values_list("id", "title", "body", "updated_at")),
        list(ArticleRegion.objects.order_by("id").values_list("id", "article_id", "region_id")),
        Organization.objects.count(),
        SourceDocument.objects.count(),
    )


def test_a_second_run_changes_nothing():
    first = import_page(SEED.read_bytes(), source_ref=SEED.name)
    before = snapshot()
    second = import_page(SEED.read_bytes(), source_ref=SEED.name)
    assert first.created == 4
    assert (second.status, second.created, second.updated, second.unchanged) == ("unchanged", 0, 0, 4)
    assert snapshot() == before


def test_each_new_article_gets_one_history_record_holding_its_links():
    import_page(SEED.read_bytes(), source_ref=SEED.name)
    for article in Article.objects.all():
        records = list(article.history.all())
        assert [record.history_type for record in records] == ["+"]
        record = records[0]
        assert record.title == article.title and record.body == article.body
        assert not hasattr(record, "machine_output")  # the machine's copy is not history
        assert {link.region_id for link in record.regions.all()} == set(article.regions.values_list("id", flat=True))
        assert {link.theme_id for link in record.themes.all()} == set(article.themes.values_list("id", flat=True))
        assert {link.organization_id for link in record.organizations.all()} == set(
            article.organizations.values_list("id", flat=True)
        )
    assert Article.objects.filter(regions__isnull=False).exists()
    assert Article.objects.filter(themes__isnull=False).exists()


def settled_import():
    """Import the seed, then once more: organizations found the first time join jieba's dictionary
    (the dictionary follows the tables), which may refine keywords once."""
    import_page(SEED.read_bytes(), source_ref=SEED.name)
    import_page(SEED.read_bytes(), source_ref=SEED.name, force=True)


def test_forced_rerun_of_the_same_text_matches_every_item():
    settled_import()
    before = snapshot()
    again = import_page(SEED.read_bytes(), source_ref=SEED.name, force=True)
    assert (again.created, again.updated, again.unchanged, again.removed) == (0, 0, 4, 0)
    assert snapshot() == before


def test_changed_page_text_updates_items_in_place():
    settled_import()
    ids = set(Article.objects.values_list("id", flat=True))
    changed = SEED.read_text(encoding="utf-8").replace("熊艳主持大会", "熊艳主持会议")
    outcome = import_page(changed.encode("utf-8"), source_ref=SEED.name)
    assert (outcome.created, outcome.updated, outcome.unchanged) == (0, 1, 3)
    assert set(Article.objects.values_list("id", flat=True)) == ids
    assert Article.objects.filter(body__contains="熊艳主持会议").count() == 1


def test_an_editors_correction_survives_a_reimport_and_the_machine_value_is_kept_beside_it():
    settled_import()
    article = Article.objects.get(title__contains="遂宁市科协")
    machine_title = article.title
    article.title = "遂宁市科协部署脱贫攻坚督战工作"
    article.edited_fields = ["title", "regions"]
    article.save()
    article.regions.set([Region.objects.get(adcode="510900")])
    changed = SEED.read_text(encoding="utf-8").replace("遂宁市科协安排部署脱贫攻坚工作", "遂宁市科协安排部署脱贫攻坚督战工作")
    import_page(changed.encode("utf-8"), source_ref=SEED.name)
    article.refresh_from_db()
    assert article.title == "遂宁市科协部署脱贫攻坚督战工作"
    assert list(article.regions.values_list("adcode", flat=True)) == ["510900"]
    assert article.machine_output["title"] == "遂宁市科协安排部署脱贫攻坚督战工作" != machine_title


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "空"),
        (b"   \n\n  \r\n", "空"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "二进制"),
    ],
)
def test_bad_input_fails_with_a_message_and_writes_nothing(data, message):
    outcome = import_page(data, source_ref="bad.txt")
    assert outcome.status == "failed"
    assert message in outcome.error
    assert SourceDocument.objects.count() == 0 and Article.objects.count() == 0


def test_a_failing_page_is_rolled_back_whole(monkeypatch):
    from articles.services import article_updates

    def explode(self, *args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(article_updates.ArticleUpdater, "retire_unmatched", explode)
    outcome = import_page(SEED.read_bytes(), source_ref=SEED.name)
    assert outcome.status == "failed" and outcome.error.endswith("RuntimeError: disk full")
    assert SourceDocument.objects.count() == 0 and Article.objects.count() == 0


def test_dry_run_writes_nothing_but_counts():
    outcome = import_page(SEED.read_bytes(), source_ref=SEED.name, dry_run=True)
    assert outcome.created == 4
    assert SourceDocument.objects.count() == 0 and Article.objects.count() == 0


def test_status_override_applies_to_new_items():
    import_page(SEED.read_bytes(), source_ref=SEED.name, status=Article.Status.DRAFT)
    assert set(Article.objects.values_list("status", flat=True)) == {"draft"}


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030", "utf-16"])
def test_other_encodings_give_the_same_articles(encoding):
    text = SEED.read_text(encoding="utf-8")
    import_page(text.encode(encoding), source_ref=f"{encoding}.txt")
    page = SourceDocument.objects.get(source_ref=f"{encoding}.txt")
    assert page.encoding.replace("_", "-").lower().startswith(encoding.split("-")[0])
    assert page.articles.count() == 4


def test_a_page_read_through_latin1_is_imported_as_the_page_and_says_so():
    """Mojibake (重庆 saved as é‡åº†) is read as the clean page: the clean copy is then the same text, not
    imported twice; the page records the repair in its encoding and among its repairs, for the editor."""
    text = SEED.read_text(encoding="utf-8")
    import_page(text.encode("utf-8").decode("latin-1").encode("utf-8"), source_ref="mojibake.txt")
    repaired = SourceDocument.objects.get(source_ref="mojibake.txt")
    assert repaired.encoding == "utf-8 (mojibake)"
    assert [repair["code"] for repair in repaired.repairs] == ["mojibake"]
    assert repaired.articles.count() == 4
    clean = import_page(text.encode("utf-8"), source_ref="clean.txt")
    assert (clean.status, clean.same_as) == ("duplicate", "mojibake.txt")


def test_page_footer_editors_become_editor_bylines_of_every_item():
    page = (
        "德阳市科协举办科普讲座\n\n本报讯（记者 王伟）5月20日，德阳市科协举办科普讲座。\n\n"
        "讲座吸引了300余名市民参加。\n\n"
        "遂宁市科协开展科技志愿服务\n\n本报讯（通讯员 李华）5月21日，遂宁市科协开展科技志愿服务活动。\n\n"
        "责任编辑：张敏 版式：刘洋\n"
    )
    import_page(page.encode("utf-8"), source_ref="footer.txt")
    for article in Article.objects.filter(source_document__source_ref="footer.txt"):
        assert ("editor", "张敏") in set(article.bylines.values_list("role", "name")), article.title


def test_the_machines_repairs_are_kept_with_the_text_they_removed():
    """A paragraph the copy printed twice is removed from the body; the article keeps what the machine
    did and the removed text, for the editor (nothing disappears without a record)."""
    repeated = "会议要求各学会加强组织建设，充分发挥学会作用，推动学术交流与科学普及工作再上新台阶。"
    page = (
        "德阳市科协召开学会工作会\n\n本报讯（记者 王伟）5月20日，德阳市科协召开学会工作会。\n\n"
        f"{repeated}\n\n{repeated}\n\n会议由市科协党组书记主持。\n"
    )
    import_page(page.encode("utf-8"), source_ref="repeat.txt")
    article = Article.objects.get(source_document__source_ref="repeat.txt")
    assert article.body.count(repeated) == 1
    repairs = article.machine_output["repairs"]
    assert [code for code, _detail, _removed in repairs if code == "duplicate_removed"] == ["duplicate_removed"]
    assert [removed for code, _detail, removed in repairs if code == "duplicate_removed"] == [repeated]
