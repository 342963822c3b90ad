"""Stories indexed before the tables knew a name are found by it once they are cut again."""

from pathlib import Path

import pytest
from django.core.management import call_command

from articles.models import Article, OrganizationAlias
from articles.services import reindex
from articles.services.context import get_segmenter
from articles.services.importer import import_page
from articles.services.reindex import articles_naming, reindex_articles, reindex_naming
from tests.factories import make_organization

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_segmenter")]


TEAM = "青苗苗科普志愿队"  # jieba alone cuts it 青 / 苗苗 / 科普 / 志愿队
PAGE = (
    "重庆科技报 2024年6月5日\n\n"
    "青苗苗科普志愿队走进社区\n\n"
    "本报讯（记者 李华）近日，青苗苗科普志愿队走进北碚区天生街道，为居民讲解防灾知识。\n\n"
    "北碚区科协举办讲座\n\n"
    "本报讯（记者 王军）近日，北碚区科协举办健康讲座，百余名居民参加。\n"
)
TRADITIONAL_PAGE = "綦江區科協開展活動\n\n近日，青苗苗科普志願隊走進綦江區古南街道，講解防災知識。\n"


@pytest.fixture(params=["sql", "scan"])
def finding(request, monkeypatch):
    """Both ways of finding the stories that print a name: the database's LIKE for a few names, one pass
    over every story's text for many (forced here with a threshold of 0)."""
    if request.param == "scan":
        monkeypatch.setattr(reindex, "SQL_NAMES", 0)
    return request.param


def found(words: str) -> list[str]:
    """The titles of the published stories a search for ``words`` finds."""
    tokens = get_segmenter().query_tokens(words)
    return sorted(Article.objects.published().search(tokens).values_list("title", flat=True))


def learn(name: str) -> None:
    """Add a body with ``name`` to the tables, as the admin does, and let the search box's segmenter see it."""
    make_organization(name)  # with its name as an alias, which the segmenter learns


@pytest.fixture
def page(db):
    outcome = import_page(PAGE.encode(), source_ref="team.txt", status=Article.Status.PUBLISHED)
    assert outcome.status == "created", outcome.error
    return outcome


def test_a_name_learnt_after_the_import_misses_the_story_until_it_is_cut_again(page, finding):
    assert found(TEAM) == ["青苗苗科普志愿队走进社区"]  # the query is cut into the same pieces
    learn(TEAM)
    assert get_segmenter().query_tokens(TEAM) == [TEAM]
    assert found(TEAM) == []  # one word now; the story's index holds the pieces

    counts = reindex_naming([TEAM])

    assert (counts.checked, counts.changed) == (1, 1)
    assert found(TEAM) == ["青苗苗科普志愿队走进社区"]
    assert found("科普") == ["青苗苗科普志愿队走进社区"]  # the name's sub-words stay in the index
    assert reindex_naming([TEAM]).changed == 0  # a second run finds nothing to change


def test_only_stories_holding_the_name_are_read(page):
    assert set(articles_naming([TEAM]).values_list("title", flat=True)) == {"青苗苗科普志愿队走进社区"}
    assert not articles_naming(["  ", ""]).exists()


def test_a_story_printed_in_traditional_characters_is_found_by_the_simplified_name(db, finding):
    outcome = import_page(TRADITIONAL_PAGE.encode(), source_ref="trad.txt", status=Article.Status.PUBLISHED)
    assert outcome.status == "created", outcome.error
    learn(TEAM)
    assert found(TEAM) == []

    assert reindex_naming([TEAM]).changed == 1

    assert found(TEAM) == ["綦江區科協開展活動"]


def test_a_name_in_a_caption_is_read_too(page, finding):
    story = Article.objects.get(title="北碚区科协举办讲座")
    story.captions.create(text=f"{TEAM}队员在讲座现场", photographer="张三")
    learn(TEAM)

    reindex_naming([TEAM])

    assert found(TEAM) == ["北碚区科协举办讲座", "青苗苗科普志愿队走进社区"]


def test_the_whole_index_can_be_cut_again(page):
    """``reindex_articles`` over every story changes only those the dictionary now cuts differently."""
    learn(TEAM)
    counts = reindex_articles(Article.objects.all())
    assert (counts.checked, counts.changed) == (Article.objects.count(), 1)


def test_the_command_reports_what_it_changed(page, capsys):
    learn(TEAM)
    call_command("reindex_search", "--name", TEAM)
    assert "检查 1 篇稿件，1 篇的检索词已更新" in capsys.readouterr().out
    assert found(TEAM) == ["青苗苗科普志愿队走进社区"]
    call_command("reindex_search")
    assert f"检查 {Article.objects.count()} 篇稿件，0 篇的检索词已更新" in capsys.readouterr().out


@pytest.mark.parametrize("through", ["import_page", "import_seeds"])
def test_a_name_a_later_seed_page_adds_is_found_in_the_earlier_pages(db, settings, through):
    """重庆小雨点 becomes an organization on seed 004, after seed 003 printed it; 广元市农技协联合会 is
    added as seed 002 is written, its story indexed with 市农技协联合会. Each import re-cuts at its end."""
    seeds = sorted(Path(settings.BASE_DIR, "seeds").glob("*.txt"))
    if through == "import_page":
        for path in seeds:
            assert (
                import_page(path.read_bytes(), source_ref=path.name, status="published").status == "created"
            )
    else:
        call_command("import_seeds", *map(str, seeds), "--status", "published", verbosity=0)

    assert len(found("重庆小雨点")) == 2
    assert len(found("广元市农技协联合会")) == 1
    every_name = OrganizationAlias.objects.values_list("name", flat=True)
    assert reindex_naming(every_name).changed == 0  # no story left lacking a name of the tables it prints


def test_a_name_inside_a_longer_one_is_not_added_to_its_stories(db, finding):
    """宁县科协 (甘肃's 宁县) inside 长宁县科协 (宜宾's 长宁县): a search for the shorter finds no story of the longer."""
    page = "长宁县科协开展科普活动\n\n本报讯 近日，长宁县科协在竹海镇开展科普活动，群众200余人参加。\n"
    assert import_page(page.encode(), source_ref="changning.txt", status="published").status == "created"
    learn("长宁县科协")
    learn("宁县科协")

    assert reindex_naming(["宁县科协", "长宁县科协"]).changed == 0
    assert found("宁县科协") == []
    assert found("长宁县科协") == ["长宁县科协开展科普活动"]


def test_an_import_whose_re_cut_fails_keeps_its_pages_and_says_what_to_run(page, monkeypatch, caplog):
    """The re-cut runs after the pages are committed: a database error there is logged with the command
    that does it later, and the import's pages stay."""
    from django.db import DatabaseError

    def fail(names):
        raise DatabaseError("database is locked")

    mark = reindex.name_mark()
    learn(TEAM)
    monkeypatch.setattr(reindex, "reindex_naming", fail)

    assert reindex.reindex_names_added_since(mark) == reindex.ReindexCounts()
    assert "manage.py reindex_search" in caplog.text and "database is locked" in caplog.text
    assert Article.objects.filter(source_document__source_ref="team.txt").count() == 2


def test_the_migration_gives_older_stories_the_words_inside_their_longer_words(db, monkeypatch):
    """0035 (whose work 0045 does now): a story indexed before the index held the short forms inside
    longer words is found by them after the migration."""
    import importlib
    from types import SimpleNamespace

    from django.apps import apps
    from django.db import connection

    from articles.textpipeline.segment import Segmenter

    page = "重庆科技报 2020年3月5日\n\n重庆市科协助力复工复产\n\n本报讯 近日，重庆市科协组织专家宣讲新冠肺炎防控知识。\n"
    with monkeypatch.context() as older:  # the index as the segmenter wrote it before: no inner forms
        older.setattr(Segmenter, "_inner_forms", lambda self, word: [])
        older.setattr(get_segmenter(), "_memo", {})
        outcome = import_page(page.encode(), source_ref="old.txt", status=Article.Status.PUBLISHED)
        assert outcome.status == "created", outcome.error
    get_segmenter()._memo.clear()
    assert found("新冠") == found("复产") == []

    migration = importlib.import_module("articles.migrations.0045_search_tokens_of_zones_and_whole_body_names")
    migration.reindex(apps, SimpleNamespace(connection=connection))  # 0035's work, done by 0045 now

    assert found("新冠") == found("复产") == found("市科协") == ["重庆市科协助力复工复产"]


def test_the_migration_gives_older_stories_split_words_joined_and_their_bylines_names(db, monkeypatch):
    """0039 (whose work 0045 does now): a story indexed before the index joined the words the dictionary splits into single
    characters (川渝) and held the bylines' names is found by them after the migration."""
    import importlib
    from types import SimpleNamespace

    from django.apps import apps
    from django.db import connection

    from articles.textpipeline import enrich
    from articles.textpipeline.segment import Segmenter

    page = "重庆科技报 2024年6月5日\n\n两地科协签署合作协议\n\n本报记者 刘代荣\n\n本报讯 近日，川渝两地科协签署合作协议。\n"
    with monkeypatch.context() as older:  # the index as the importer wrote it before: no joins, no bylines
        older.setattr(Segmenter, "_joins", lambda self, cut: [])
        older.setattr(enrich, "byline_search_tokens", lambda segmenter, item: [])
        older.setattr(get_segmenter(), "_memo", {})
        outcome = import_page(page.encode(), source_ref="old.txt", status=Article.Status.PUBLISHED)
        assert outcome.status == "created", outcome.error
    assert Article.objects.get().bylines.get().name == "刘代荣"
    assert found("川渝") == found("刘代荣") == []

    migration = importlib.import_module("articles.migrations.0045_search_tokens_of_zones_and_whole_body_names")
    migration.reindex(apps, SimpleNamespace(connection=connection))

    assert found("川渝") == found("刘代荣") == ["两地科协签署合作协议"]


def test_the_migration_takes_the_parts_of_a_persons_name_out_of_older_stories(db, monkeypatch):
    """0040 (whose work 0045 does now): a story indexed when every two characters of a name were tokens (王琳 in 王琳琳) is no
    longer found by the shorter name after the migration, and still by the whole one."""
    import importlib
    from types import SimpleNamespace

    from django.apps import apps
    from django.db import connection

    from articles.textpipeline.segment import Segmenter

    page = "重庆科技报 2024年6月5日\n\n科普之星评选揭晓\n\n本报讯 近日，王琳琳获评科普之星。\n"
    with monkeypatch.context() as older:  # the index as the segmenter wrote it before: no name told apart
        older.setattr(Segmenter, "_guessed_name", lambda self, word: False)
        older.setattr(get_segmenter(), "_memo", {})
        outcome = import_page(page.encode(), source_ref="old.txt", status=Article.Status.PUBLISHED)
        assert outcome.status == "created", outcome.error
    get_segmenter()._memo.clear()
    assert found("王琳") == found("王琳琳") == ["科普之星评选揭晓"]

    migration = importlib.import_module("articles.migrations.0045_search_tokens_of_zones_and_whole_body_names")
    migration.reindex(apps, SimpleNamespace(connection=connection))

    assert found("王琳") == [] and found("王琳琳") == ["科普之星评选揭晓"]


def test_the_migration_gives_older_stories_the_zones_as_words(db):
    """0045: a story indexed before the index held 两江新区 as a word (only 两江 and 新区: the search for 两江新区,
    one token, missed it) is found by it after the migration."""
    import importlib
    from types import SimpleNamespace

    from django.apps import apps
    from django.db import connection

    from articles.services.search import refresh_search_vectors

    page = "重庆科技报 2024年6月5日\n\n两江新区科协举办科普活动\n\n本报讯 近日，两江新区科协在礼嘉街道举办科普活动。\n"
    outcome = import_page(page.encode(), source_ref="old.txt", status=Article.Status.PUBLISHED)
    assert outcome.status == "created", outcome.error
    article = Article.objects.get()
    older = [" ".join(t for t in field.split() if t != "两江新区") for field in (article.search_title, article.search_text)]
    Article.objects.filter(pk=article.pk).update(search_title=older[0], search_text=older[1])
    refresh_search_vectors([article.pk])
    assert found("两江新区") == []

    migration = importlib.import_module("articles.migrations.0045_search_tokens_of_zones_and_whole_body_names")
    migration.reindex(apps, SimpleNamespace(connection=connection))

    assert found("两江新区") == ["两江新区科协举办科普活动"]
