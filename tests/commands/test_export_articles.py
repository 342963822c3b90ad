"""export_articles: valid JSON Lines, every article in any status, Chinese unescaped."""

import io
import json
from datetime import date

import pytest
from django.core.management import call_command

from articles.models import Article, ArticleFlag, Byline
from tests.factories import make_article, make_organization, make_page

pytestmark = pytest.mark.django_db

REQUIRED_KEYS = {
    "id": int,
    "kind": str,
    "title": str,
    "subtitle": str,
    "body": str,
    "subheadings": list,
    "bylines": list,
    "source": (str, type(None)),
    "date": (str, type(None)),
    "page_date": (str, type(None)),
    "regions": list,
    "organizations": list,
    "themes": list,
    "keywords": list,
    "flags": list,
    "status": str,
    "source_file": (str, type(None)),
    "position": int,
    "url": (str, type(None)),
}


@pytest.fixture
def articles():
    page = make_page(file_name="000_page.txt", source_ref="000_page.txt")
    deyang = make_organization("德阳市科学技术协会", short_name="德阳市科协")
    published = make_article(
        "德阳市科协推广使用“学习强国”平台",
        source_document=page,
        position=0,
        body="导语。\n\n## 小标题\n\n正文。",
        source_text="李华",
        date=date(2020, 3, 25),
        page_date=date(2020, 3, 25),
        regions=["510600"],
        themes=["dangjian-xuexi"],
        organizations=[deyang],
        keywords=["学习强国", "德阳"],
    )
    Byline.objects.create(article=published, order=0, role=Byline.Role.REPORTER, name="刘代荣")
    draft = make_article("待审稿件", status=Article.Status.REVIEW, source_document=page, position=1, date=None)
    ArticleFlag.objects.create(article=draft, code="mid_sentence_start", message="第2段开头像是句子中间。")
    return published, draft


def export_lines(**options):
    out = io.StringIO()
    call_command("export_articles", stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue()


def test_every_article_in_any_status_is_one_json_line(articles, tmp_path):
    target = tmp_path / "out.jsonl"
    call_command("export_articles", output=str(target), stderr=io.StringIO())
    raw = target.read_bytes().decode("utf-8")
    lines = raw.splitlines()
    assert len(lines) == 2
    rows = [json.loads(line) for line in lines]
    assert {row["status"] for row in rows} == {"published", "review"}
    for row in rows:
        for key, expected_type in REQUIRED_KEYS.items():
            assert isinstance(row[key], expected_type), key


def test_chinese_is_written_unescaped(articles, tmp_path):
    target = tmp_path / "out.jsonl"
    call_command("export_articles", output=str(target), stderr=io.StringIO())
    raw = target.read_text(encoding="utf-8")
    assert "\\u" not in raw
    assert "学习强国" in raw


def test_fields_round_trip(articles, tmp_path):
    published, draft = articles
    target = tmp_path / "out.jsonl"
    call_command("export_articles", output=str(target), stderr=io.StringIO())
    rows = {row["id"]: row for row in map(json.loads, target.read_text(encoding="utf-8").splitlines())}
    row = rows[published.pk]
    assert row["kind"] == "article"
    assert row["body"] == "导语。\n\n小标题\n\n正文。"
    assert row["subheadings"] == ["小标题"]
    assert row["bylines"] == [{"role": "reporter", "name": "刘代荣"}]
    assert row["source"] == "李华"
    assert row["date"] == row["page_date"] == "2020-03-25"
    assert row["regions"] == [{"name": "德阳市", "full_name": "四川省德阳市", "level": "prefecture", "adcode": "510600"}]
    assert row["organizations"] == [{"name": "德阳市科协", "full_name": "德阳市科学技术协会", "kind": "kexie"}]
    assert [theme["slug"] for theme in row["themes"]] == ["dangjian-xuexi"]
    assert row["keywords"] == ["学习强国", "德阳"]
    assert row["source_file"] == "000_page.txt"
    assert row["position"] == 0
    assert row["url"] == published.get_absolute_url()
    hidden = rows[draft.pk]
    assert hidden["url"] is None
    assert hidden["date"] is None
    assert hidden["flags"] == [{"code": "mid_sentence_start", "message": "第2段开头像是句子中间。"}]


def test_standard_output_is_the_default(articles):
    rows = [json.loads(line) for line in export_lines().splitlines()]
    assert len(rows) == 2


def test_export_runs_a_fixed_number_of_queries(articles, django_assert_max_num_queries):
    for n in range(20):
        make_article(f"更多稿件{n}", regions=["500105"], themes=["kexue-puji"])
    with django_assert_max_num_queries(10):
        export_lines()


def test_unwritable_output_is_a_clear_error(articles):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="无法写入"):
        call_command("export_articles", output="/nonexistent-dir/out.jsonl", stderr=io.StringIO())
