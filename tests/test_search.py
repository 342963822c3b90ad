"""Chinese full-text search: the seed queries, ranking, highlighting in the original text, both databases."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from articles.services.highlight import excerpt, highlight, match_spans
from articles.services.importer import import_page
from tests.factories import indexed, make_article

SEEDS = sorted((Path(settings.BASE_DIR) / "seeds").glob("*.txt"))
SEED_QUERIES = ["科普", "脱贫攻坚", "小雨点", "双城经济圈", "德阳", "重庆小雨点", "广元市农技协联合会"]


def result_titles(response) -> list[str]:
    html = response.content.decode()
    cards = re.findall(r'<article class="card">.*?<h2><a [^>]*>(.*?)</a>', html, re.S)
    return [re.sub(r"<[^>]+>", "", title) for title in cards]


def indexed_stories(stories: dict[str, str]) -> None:
    """One published, indexed article per title, with its body."""
    for title, body in stories.items():
        indexed(make_article(title, body=body))


@pytest.fixture
def seeds(db):
    """The five seed pages through the real importer, every item published as after an editor's review
    (flagged items wait for review otherwise; the queries are about what readers find once they are out)."""
    for path in SEEDS:
        outcome = import_page(path.read_bytes(), source_ref=path.name, status=Article.Status.PUBLISHED)
        assert outcome.status != "failed", outcome.error
    return Article.objects.published()


def full_text(article) -> str:
    return " ".join([article.kicker, article.title, article.subtitle, article.body])


@pytest.mark.django_db
@pytest.mark.parametrize("query", SEED_QUERIES)
def test_seed_queries_find_exactly_the_articles_that_say_it(client, seeds, query):
    """Each seed query finds every published article whose text contains it, and nothing else."""
    expected = {a.title for a in seeds if query in full_text(a)}
    response = client.get("/articles/", {"q": query})
    assert response.status_code == 200
    assert expected, f"the seeds should mention {query}"
    assert set(result_titles(response)) == expected
    assert response.context["total"] == len(expected)


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["新冠", "普惠", "复产", "卫协", "市科协", "区科协", "县科协", "省科协"])
def test_a_word_inside_a_longer_word_is_found(client, seeds, query):
    """A reader's short form finds the longer words holding it: 新冠 in 新冠肺炎, 复产 in 复工复产 (not
    words of jieba's dictionary), 市科协 in 重庆市科协 (cut 重庆市 + 科协)."""
    expected = {a.title for a in seeds if query in full_text(a)}
    response = client.get("/articles/", {"q": query})
    assert expected, f"the seeds should mention {query}"
    assert expected <= set(result_titles(response))


@pytest.fixture
def split_words(db):
    """Stories printing words the dictionary cuts into single characters (川渝 → 川 + 渝), and stories
    holding those characters only in other words (四川渝北, 重庆市科技馆, 规模大 … 模型, 18家)."""
    stories = {
        "资阳市科协与大足区科协签署合作协议": "两地科协将深化川渝合作。",
        "川渝两地科协联合开展科普活动": "活动在永川举行。",
        "四川渝北两地学会交流": "四川省科协代表到渝北区参观。",
        "AI大模型科普讲座": "讲座介绍了大模型的原理。",
        "重庆大学计算机学院开放日": "学院展示了新的模型。",
        "中学生数学建模竞赛举行": "竞赛规模大，选手建立了数学模型。",
        "市科协召开全委会": "会议部署全年工作。",
        "巴南区科协举办科普志愿者培训班": "培训在重庆市科技馆举行。",
        "两江新区科协组织观摩活动": "观摩智能制造企业。",
        "渝北区举办科技工作者日活动": "5月18日上午，活动在渝北区举行。",
        "綦江区科协召开学会工作会议": "5月召开会议，18家学会参加，会期2日。",
        "北碚科技馆发布活动日程": "5月20日，科技馆开幕。4月18日，报名开始。",
    }
    indexed_stories(stories)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("川渝", {"资阳市科协与大足区科协签署合作协议", "川渝两地科协联合开展科普活动"}),
        ("大模型", {"AI大模型科普讲座"}),
        ("市科协", {"市科协召开全委会", "资阳市科协与大足区科协签署合作协议"}),
        (
            "区科协",
            {
                "资阳市科协与大足区科协签署合作协议",
                "巴南区科协举办科普志愿者培训班",
                "两江新区科协组织观摩活动",
                "綦江区科协召开学会工作会议",
            },
        ),
        ("5月18日", {"渝北区举办科技工作者日活动"}),
    ],
)
def test_a_word_cut_into_single_characters_is_found_where_it_is_printed(client, split_words, query, expected):
    """A word the dictionary cuts into single characters is looked up whole: found where a story prints
    it, not where its characters stand in other words (四川渝北, 重庆市科技馆 beside 巴南区科协, 规模大
    beside 模型, 18家); a date only where it is printed (not 5月20日 … 4月18日)."""
    assert set(result_titles(client.get("/articles/", {"q": query}))) == expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("以大模型为代表", {"人工智能会不会替代医生", "人工智能进展座谈会"}),
        ("大模型", {"人工智能会不会替代医生", "人工智能进展座谈会"}),
        ("大模型为代表", {"人工智能会不会替代医生", "人工智能进展座谈会"}),
    ],
)
def test_a_query_printed_in_a_story_finds_it_whatever_word_its_particle_joins(client, query, expected):
    """A particle joins the character after it or the word before it as the text round it says (以大 +
    模型 in 近年来，以大模型为代表; 可以 + 大 + 模型): a query the story prints finds it either way, and
    not a story holding 大 and 模型 in other words."""
    stories = {
        "人工智能会不会替代医生": "编者按：近年来，以大模型为代表的人工智能技术快速发展。",
        "人工智能进展座谈会": "专家说，我们可以大模型为代表，看人工智能的进展。",
        "中学生数学建模竞赛举行": "竞赛规模大，选手建立了数学模型，并以此为代表作参赛。",
    }
    indexed_stories(stories)
    assert set(result_titles(client.get("/articles/", {"q": query}))) == expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [("王琳", {"王琳当选学会理事长"}), ("王琳琳", {"王琳琳获评科普之星"}), ("荣隆", {"荣隆镇科普大篷车进校园"})],
)
def test_a_persons_name_finds_that_person_not_a_longer_name(client, query, expected):
    """王琳 is another person than 王琳琳: her name finds her stories, not those of every longer name it
    opens; a place's name is still found inside the town's (荣隆 in 荣隆镇)."""
    stories = {
        "王琳当选学会理事长": "会上，王琳作了发言。",
        "王琳琳获评科普之星": "记者王琳琳报道。",
        "荣隆镇科普大篷车进校园": "活动在荣隆镇中心小学举行。",
    }
    indexed_stories(stories)
    assert set(result_titles(client.get("/articles/", {"q": query}))) == expected


@pytest.mark.django_db
def test_a_word_cut_into_single_characters_is_marked_whole(client, split_words):
    """The typed word is marked, not its characters inside other words (四川, 渝北, 重庆大学)."""
    html = client.get("/articles/", {"q": "川渝"}).content.decode()
    assert "<mark>川渝</mark>" in html
    assert "<mark>川</mark>" not in html and "<mark>渝</mark>" not in html
    html = client.get("/articles/", {"q": "大模型"}).content.decode()
    assert "AI<mark>大模型</mark>" in html
    assert "<mark>大</mark>" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["刘代荣", "许天位", "陈婧"])
def test_a_name_in_a_byline_finds_the_story(client, seeds, name):
    """The importer indexes the bylines' names (本报记者 刘代荣, 文/许天位, 通讯员 陈婧) with the story."""
    expected = {a.title for a in seeds.filter(bylines__name=name)}
    assert expected, f"the seeds should sign a story by {name}"
    assert expected <= set(result_titles(client.get("/articles/", {"q": name})))


@pytest.mark.django_db
def test_a_byline_an_editor_adds_is_searchable_but_not_its_role(client):
    """An edit's re-indexing (the admin's save) takes the bylines' names, not their roles (记者, 通讯员)."""
    from articles.services.editing import refresh_search_text

    article = indexed(make_article("九龙坡区科协召开学会工作座谈会", body="会议总结了全年工作。"))
    article.bylines.create(role="author", name="张丽华")
    article.bylines.create(role="correspondent", name="陈静", order=1)
    refresh_search_text(article=article)
    assert result_titles(client.get("/articles/", {"q": "张丽华"})) == ["九龙坡区科协召开学会工作座谈会"]
    assert result_titles(client.get("/articles/", {"q": "陈静"})) == ["九龙坡区科协召开学会工作座谈会"]
    assert result_titles(client.get("/articles/", {"q": "通讯员"})) == []


def card_of(html: str, title: str) -> str:
    """The result card whose title is ``title`` (marks taken out of the title)."""
    for card in re.findall(r'<article class="card">.*?</article>', html, re.S):
        heading = re.search(r"<h2>(.*?)</h2>", card, re.S).group(1)
        if re.sub(r"<[^>]+>", "", heading) == title:
            return card
    raise AssertionError(f"no card titled {title}")


@pytest.mark.django_db
def test_a_result_card_shows_the_bylines_with_the_searched_name_marked(client, seeds):
    """A story found by its reporter's name shows its bylines in the card's meta line (记者 刘代荣), the name
    marked as the title's and the excerpt's matches are: the reader sees why it was found."""
    story = seeds.get(bylines__name="刘代荣")
    card = card_of(client.get("/articles/", {"q": "刘代荣"}).content.decode(), story.title)
    meta = re.search(r'<p class="meta">(.*?)</p>', card, re.S).group(1)
    assert '<span class="byline">记者 <mark>刘代荣</mark></span>' in meta


@pytest.mark.django_db
def test_a_search_cards_bylines_keep_their_order_and_roles_escaped(client):
    """Each role once with its names in the printed order (作者 张丽华 李明, 通讯员 陈静), the name that
    matched marked, the others plain and escaped; a list without a search keeps its cards short."""
    from articles.services.editing import refresh_search_text

    article = indexed(make_article("九龙坡区科协召开学会工作座谈会", body="会议总结了全年工作。"))
    article.bylines.create(role="author", name="张丽华")
    article.bylines.create(role="author", name="李明", order=1)
    article.bylines.create(role="correspondent", name="<b>陈静</b>", order=2)
    refresh_search_text(article=article)

    html = client.get("/articles/", {"q": "张丽华"}).content.decode()

    meta = re.search(r'<p class="meta">(.*?)</p>', card_of(html, article.title), re.S).group(1)
    bylines = re.findall(r'<span class="byline">(.*?)</span>', meta)
    assert bylines == ["作者 <mark>张丽华</mark> 李明", "通讯员 &lt;b&gt;陈静&lt;/b&gt;"]
    assert 'class="byline"' not in client.get("/articles/").content.decode()


def card_bylines(client, article, query) -> list[str]:
    """The byline spans (and the "等 N 人" after them) of ``article``'s card in the results for ``query``."""
    html = client.get("/articles/", {"q": query}).content.decode()
    meta = re.search(r'<p class="meta">(.*?)</p>', card_of(html, article.title), re.S).group(1)
    return re.findall(r'<span class="byline(?:-more)?">(.*?)</span>', meta)


@pytest.mark.django_db
def test_a_search_cards_bylines_group_each_role_once_when_roles_alternate(client):
    """记者 A, 通讯员 B, 记者 C read 记者 A C · 通讯员 B: one label per role, in the order roles first appear."""
    from articles.services.editing import refresh_search_text

    article = indexed(make_article("九龙坡区科协召开学会工作座谈会", body="会议总结了全年工作。"))
    for order, (role, name) in enumerate(
        [("reporter", "王一明"), ("correspondent", "王万明"), ("reporter", "王与明")]
    ):
        article.bylines.create(role=role, name=name, order=order)
    refresh_search_text(article=article)

    assert card_bylines(client, article, "王一明") == ["记者 <mark>王一明</mark> 王与明", "通讯员 王万明"]


@pytest.mark.django_db
def test_a_search_card_shows_a_few_bylines_and_the_matched_one_beyond_them(client):
    """Forty bylines: the card shows six names, the searched one among them though printed last, then 等41人."""
    from articles.services.editing import refresh_search_text

    article = indexed(make_article("九龙坡区科协召开学会工作座谈会", body="会议总结了全年工作。"))
    names = [f"成员{number:02d}" for number in range(40)] + ["王一明"]
    for order, name in enumerate(names):
        article.bylines.create(role="author", name=name, order=order)
    refresh_search_text(article=article)

    bylines = card_bylines(client, article, "王一明")

    assert bylines == ["作者 成员00 成员01 成员02 成员03 成员04 <mark>王一明</mark>", "等41人"]


@pytest.mark.django_db
def test_a_single_character_asks_for_a_word(client):
    """A single character is found only where it stands alone as a word: the page says so."""
    indexed(make_article("科普大篷车进校园"))
    notes = client.get("/articles/", {"q": "科"}).context["notes"]
    assert "单个汉字只能找到它单独成词的稿件，请输入两个字或以上的词语。" in notes
    assert client.get("/articles/", {"q": "科普"}).context["notes"] == []


@pytest.mark.django_db
def test_seed_queries_find_the_right_articles(client, seeds):
    """Spot checks a reader would make on the seed pages."""

    def found(query):
        return result_titles(client.get("/articles/", {"q": query}))

    assert sorted(found("小雨点")) == sorted(
        t for t in seeds.values_list("title", flat=True) if "小雨点" in t
    )
    assert len(found("小雨点")) == 2
    assert all("德阳市科协" in title for title in found("德阳"))
    assert any("双城经济圈" in title for title in found("双城经济圈"))
    assert "遂宁市科协安排部署脱贫攻坚工作" in found("脱贫攻坚")
    assert "川渝科协共建共享科普工作格局" in found("科普")
    assert found("量子引力弦论") == []


@pytest.mark.django_db
def test_matches_are_highlighted_in_the_original_text(client, seeds):
    """Matches are wrapped in <mark> in the title and the excerpt, the text itself unchanged."""
    html = client.get("/articles/", {"q": "小雨点"}).content.decode()
    assert "重庆<mark>小雨点</mark>" in html
    assert html.count("<mark>") >= 4  # two titles and two excerpts


@pytest.mark.django_db
def test_unpublished_articles_are_never_found(client):
    """Search goes through published(): a draft with the word is not a result."""
    indexed(make_article("科普大篷车进校园"))
    indexed(make_article("科普草稿", status=Article.Status.DRAFT))
    indexed(make_article("科普待审", status=Article.Status.REVIEW))
    assert result_titles(client.get("/articles/", {"q": "科普"})) == ["科普大篷车进校园"]


@pytest.mark.django_db
def test_every_query_word_must_match(client):
    """Several words are combined with AND."""
    indexed(make_article("永川区科协开展科普活动"))
    indexed(make_article("永川区科协召开年会"))
    assert result_titles(client.get("/articles/", {"q": "永川 科普"})) == ["永川区科协开展科普活动"]
    assert len(result_titles(client.get("/articles/", {"q": "永川"}))) == 2


@pytest.mark.django_db
def test_title_matches_rank_above_body_matches(client):
    """A hit in the headline ranks above a hit only in the body, whatever the dates."""
    from datetime import date

    indexed(make_article("德阳召开工作会议", body="会议研究了全年工作。", date=date(2020, 1, 1)))
    indexed(make_article("四川省科协工作动态", body="德阳市的代表参加了会议。", date=date(2020, 12, 1)))
    assert result_titles(client.get("/articles/", {"q": "德阳"})) == [
        "德阳召开工作会议",
        "四川省科协工作动态",
    ]


@pytest.mark.django_db
def test_title_matches_rank_above_body_matches_in_an_or_search(client):
    """人工智能 OR 5G: a story with either word in its headline ranks above one with it only in the body,
    on both databases (PostgreSQL ranked every match alike and listed them by date)."""
    from datetime import date

    indexed(make_article("四川省科协召开人工智能产业发展研讨会", date=date(2020, 1, 1)))
    indexed(make_article("两江新区科协组织5G智能制造观摩活动", date=date(2020, 2, 1)))
    indexed(make_article("德阳市科协举办科技工作者创新论坛", body="论坛讨论了人工智能。", date=date(2020, 12, 1)))
    assert result_titles(client.get("/articles/", {"q": "人工智能 OR 5G"})) == [
        "两江新区科协组织5G智能制造观摩活动",
        "四川省科协召开人工智能产业发展研讨会",
        "德阳市科协举办科技工作者创新论坛",
    ]


@pytest.mark.django_db
def test_search_combines_with_filters(client):
    """q works together with region and theme filters."""
    indexed(make_article("重庆科普活动", regions=["500118"], themes=["kexue-puji"]))
    indexed(make_article("四川科普活动", regions=["510600"], themes=["kexue-puji"]))
    response = client.get("/articles/", {"q": "科普", "region": "510000"})
    assert result_titles(response) == ["四川科普活动"]
    tree = {node.adcode: node.count for node in response.context["region_tree"]}
    assert tree == {"500000": 1, "510000": 1}  # the region facet keeps the search, not the region


@pytest.mark.django_db
def test_search_syntax_excludes_joins_with_or_and_keeps_phrases(client):
    """-词 leaves out, OR gives either, "and" is the default, quotes keep a phrase; the same on every database."""
    indexed(make_article("南岸区科普讲座进社区"))
    indexed(make_article("北碚区科普工作会议"))
    indexed(make_article("科普宣传周启动", body="全区工作人员参加。"))
    indexed(make_article("扶贫产业调研"))

    def found(query):
        return sorted(result_titles(client.get("/articles/", {"q": query})))

    assert found("科普 -南岸") == ["北碚区科普工作会议", "科普宣传周启动"]
    assert found("科普 OR 扶贫") == found("扶贫 or 科普") == sorted(
        ["南岸区科普讲座进社区", "北碚区科普工作会议", "科普宣传周启动", "扶贫产业调研"]
    )
    assert found("科普 and 工作") == found("科普 工作") == ["北碚区科普工作会议", "科普宣传周启动"]
    assert found('"科普工作"') == found("“科普工作”") == ["北碚区科普工作会议"]
    assert found('"科普工作" -北碚') == []


@pytest.mark.django_db
def test_a_query_of_exclusions_alone_lists_the_news_without_them(client):
    """-人工智能 alone: every story but those holding it, under the search heading, with no note that
    there was nothing to search."""
    indexed(make_article("人工智能赋能基层科普"))
    indexed(make_article("北碚区科普工作会议"))
    indexed(make_article("扶贫产业调研"))
    response = client.get("/articles/", {"q": "-人工智能"})
    assert sorted(result_titles(response)) == ["北碚区科普工作会议", "扶贫产业调研"]
    assert response.context["total"] == 2
    assert response.context["notes"] == []
    assert response.context["heading"] == "搜索“-人工智能”"
    assert result_titles(client.get("/articles/", {"q": "--科普 -扶贫"})) == []
    assert result_titles(client.get("/articles/", {"q": "-人工智能 -扶贫"})) == ["北碚区科普工作会议"]


@pytest.mark.django_db
def test_a_phrase_is_found_in_any_letter_case_and_across_a_printed_space(client):
    """A quoted phrase finds what the story prints in any letter case, with or without a space between
    its words, the same on both databases; a word said twice in quotes must be printed twice."""
    indexed(make_article("重庆市科学技术协会举办AI大模型科普讲座", body="讲座介绍了Python编程。"))
    indexed(make_article("江北区科技活动周启动", body="主题为“科技创新 强国有我”。"))
    indexed(make_article("四川省科协召开人工智能产业发展研讨会"))

    def found(query):
        return result_titles(client.get("/articles/", {"q": query}))

    assert found('"ai大模型"') == found('"AI大模型"') == ["重庆市科学技术协会举办AI大模型科普讲座"]
    assert found('"python编程"') == ["重庆市科学技术协会举办AI大模型科普讲座"]
    assert found('"科技创新强国有我"') == found('"科技创新 强国有我"') == ["江北区科技活动周启动"]
    assert found('"人工智能 产业"') == ["四川省科协召开人工智能产业发展研讨会"]
    assert found('"科普科普"') == found("“科普 科普”") == []
    assert found('"科普"') == ["重庆市科学技术协会举办AI大模型科普讲座"]


@pytest.mark.django_db
def test_zero_width_characters_in_a_pasted_query_are_ignored(client):
    """科\u200b普 copied from a WeChat post finds what 科普 finds."""
    indexed(make_article("科普大篷车进校园"))
    response = client.get("/articles/", {"q": "科\u200b普\ufeff"})
    assert result_titles(response) == ["科普大篷车进校园"]


@pytest.mark.django_db
def test_words_with_signs_find_the_same_stories_on_every_database(client):
    """C++, 5%, 98%: the stories that print them, not every story with a C or a 5 (PostgreSQL's parser
    cut the signs off the query and the index alike)."""
    indexed(make_article("编程培训班开课", body="学员学习C++和Python编程。"))
    indexed(make_article("如何科学应对高温天气", body="气温达到40℃以上。"))
    indexed(make_article("防范电信诈骗", body="警惕C类号码。"))
    indexed(make_article("科协会员增长", body="会员人数增长了5%。"))
    indexed(make_article("5月科普活动", body="全市15家学会参加。"))
    indexed(make_article("众志成城抗疫", body="98名会员参加志愿服务。"))

    def found(query):
        return sorted(result_titles(client.get("/articles/", {"q": query})))

    assert found("C++") == found("c++") == ["编程培训班开课"]
    assert found("5%") == ["科协会员增长"]
    assert found("98%") == []
    assert found("C++ OR 98%") == ["编程培训班开课"]
    assert found("科协 -5%") == []


@pytest.mark.django_db
def test_a_vertical_bar_between_words_points_to_or(client):
    """科普|扶贫 searches both words together; the page says that OR asks for either."""
    indexed(make_article("科普扶贫在行动"))
    notes = client.get("/articles/", {"q": "科普|扶贫"}).context["notes"]
    assert "“|”不表示“或”，已按同时包含各个词搜索；要找包含任一词的稿件，请用 OR，如：科普 OR 扶贫。" in notes
    assert client.get("/articles/", {"q": "科普 OR 扶贫"}).context["notes"] == []


@pytest.mark.django_db
def test_a_quoted_query_is_not_quoted_again_in_the_heading(client):
    indexed(make_article("南岸区科普讲座进社区"))
    html = client.get("/articles/", {"q": "“科普讲座”"}).content.decode()
    assert "搜索：“科普讲座”" in html
    assert "““" not in html
    assert "搜索“科普”" in client.get("/articles/", {"q": "科普"}).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["'", "\\", "a & b", "!", "(科普", "科普:*", "||", "　", "％", "<script>"])
def test_awkward_queries_never_fail(client, query):
    """Quotes, tsquery operators and punctuation are safe on every database."""
    indexed(make_article("科普活动"))
    response = client.get("/articles/", {"q": query})
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.postgres_only
def test_postgresql_uses_the_stored_vector_and_ts_rank(client):
    """On PostgreSQL the query is a 'simple' to_tsquery against search_vector, ranked with ts_rank."""
    indexed(make_article("科普活动"))
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/articles/", {"q": "科普"})
    assert result_titles(response) == ["科普活动"]
    sql = " ".join(query["sql"] for query in queries.captured_queries)
    assert "@@" in sql and "to_tsquery" in sql and "ts_rank" in sql and "search_vector" in sql


@pytest.mark.parametrize(
    ("text", "tokens", "expected"),
    [
        ("德阳市科协开展科普活动", ["科普"], "德阳市科协开展<mark>科普</mark>活动"),
        ("德阳市科协", ["德阳", "德阳市"], "<mark>德阳市</mark>科协"),  # longest token wins
        ("脱贫 攻坚", ["脱贫", "攻坚"], "<mark>脱贫</mark> <mark>攻坚</mark>"),
        ("<b>科普</b>", ["科普"], "&lt;b&gt;<mark>科普</mark>&lt;/b&gt;"),  # escaped first, then marked
        ("科普&", ["&"], "科普<mark>&amp;</mark>"),
        ("IFC 世界银行", ["ifc"], "<mark>IFC</mark> 世界银行"),  # tokens are lowercased
        ("ＩＦＣ合作", ["ifc"], "<mark>ＩＦＣ</mark>合作"),  # full-width letters in the original
        ("學會工作", ["学会"], "<mark>學會</mark>工作"),  # traditional characters in the original
        ("没有匹配", ["科普"], "没有匹配"),
        # a run of Latin letters or digits is one word of the index: marked only whole
        ("Taiwan AI芯片", ["ai"], "Taiwan <mark>AI</mark>芯片"),
        ("用ai写作, said", ["ai"], "用<mark>ai</mark>写作, said"),
        ("2024年5G网络, 15G", ["5g", "20"], "2024年<mark>5G</mark>网络, 15G"),
        ("", ["科普"], ""),
    ],
)
def test_highlight(text, tokens, expected):
    """highlight() escapes the original text and marks every match."""
    assert str(highlight(text, tokens)) == expected


@pytest.mark.parametrize(
    ("text", "tokens", "spans"),
    [
        ("ＩＦＣ与世界银行", ["ifc", "世界银行"], [(0, 3), (4, 8)]),
        ("學會工作", ["学会"], [(0, 2)]),
        # ㈠ normalizes to three characters, "(一)": the spans after it still point into the original.
        ("㈠科普讲座", ["科普"], [(1, 3)]),
        ("第㈠项科普", ["(一)", "科普"], [(1, 2), (3, 5)]),
    ],
)
def test_match_spans_point_into_the_original(text, tokens, spans):
    """Spans index the original text, even when normalization changes it or its length."""
    assert match_spans(text, tokens) == spans


def test_excerpt_centres_on_the_first_match():
    """A long body is cut around the first match, with ellipses."""
    body = "开头" * 100 + "重庆小雨点" + "结尾" * 100
    result = str(excerpt(body, ["小雨点"]))
    assert "<mark>小雨点</mark>" in result and result.startswith("…") and result.endswith("…")


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("开头" * 300 + "重庆小雨点" + "结尾" * 10, ["小雨点"]),  # far past the first chunk
        ("开" * 398 + "小雨点" + "尾" * 50, ["小雨点"]),  # across the first chunk's end
        ("開頭" * 250 + "科學普及", ["科学", "普及"]),  # traditional characters, matched as simplified
        ("ＡＢ" * 5 + "vr体验" + "文" * 900, ["vr"]),  # full-width and case
        ("x" + "thai " * 100 + "AI芯片", ["ai"]),  # a Latin word's inside is no match, also at a chunk's edge
        ("没有匹配的正文" * 100, ["小雨点"]),
        ("", ["小雨点"]),
    ],
)
def test_first_match_is_where_match_spans_starts(text, tokens):
    """The excerpt reads a body a chunk at a time; it must find the match ``match_spans`` finds first."""
    from articles.services.highlight import first_match

    spans = match_spans(text, tokens)
    assert first_match(text, tokens) == (spans[0][0] if spans else None)


@pytest.mark.django_db
def test_a_common_word_ranks_only_its_newest_matches(client, monkeypatch):
    """With more matches than RANK_LIMIT, the newest RANK_LIMIT are ranked (title above body);
    older matches follow newest first, so every match is still listed once and counted."""
    from datetime import date, timedelta

    from articles.views import results

    monkeypatch.setattr(results, "RANK_LIMIT", 20)
    start = date(2020, 1, 1)
    old_title_hit = indexed(make_article("德阳旧闻", body="旧的正文。", date=start))
    for n in range(4):
        indexed(make_article(f"工作动态{n}", body="德阳市的代表参加了会议。", date=start + timedelta(days=1 + n)))
    newer = [
        indexed(make_article(f"近期动态{n}", body="德阳市的代表参加了会议。", date=start + timedelta(days=10 + n)))
        for n in range(19)
    ]
    new_title_hit = indexed(make_article("德阳新闻", body="正文。", date=start + timedelta(days=5)))
    first = client.get("/articles/", {"q": "德阳"})
    assert first.context["total"] == 25
    page_one = result_titles(first)
    # The 20 newest matches, ranked: the title hit among them first, then by date.
    assert page_one[0] == new_title_hit.title
    assert page_one[1:] == [a.title for a in reversed(newer)]
    # The 5 older ones follow newest first, the old title hit last (it is the oldest).
    page_two = result_titles(client.get("/articles/", {"q": "德阳", "page": 2}))
    assert page_two == ["工作动态3", "工作动态2", "工作动态1", "工作动态0", old_title_hit.title]


@pytest.mark.postgres_only
@pytest.mark.django_db
@pytest.mark.parametrize("in_transaction", [False, True])
def test_a_match_runs_through_the_gin_index_with_the_settings_reset_after(in_transaction):
    from contextlib import nullcontext

    from django.db import transaction

    from articles.services.search import execute_matching

    indexed(make_article("科普进社区"))
    sql = (
        "SELECT current_setting('enable_seqscan'), current_setting('work_mem'), COUNT(*) FROM articles_article"
        " WHERE search_vector @@ to_tsquery('simple', %s)"
    )
    with transaction.atomic() if in_transaction else nullcontext(), connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('work_mem')")
        (work_mem,) = cursor.fetchone()
        execute_matching(cursor, sql, ["科普"])
        assert cursor.fetchall() == [("off", "32MB", 1)]  # the match's rows stay in memory
        cursor.execute("SELECT current_setting('enable_seqscan'), current_setting('work_mem')")
        assert cursor.fetchone() == ("on", work_mem)


@pytest.mark.postgres_only
@pytest.mark.django_db
def test_a_cold_search_page_matches_through_the_gin_index(client):
    from django.core.cache import cache

    indexed(make_article("科普进社区"))
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/articles/", {"q": "科普"})
    assert response.status_code == 200 and response.context["total"] == 1
    matching = [q["sql"] for q in queries.captured_queries if "@@" in q["sql"]]
    assert matching and all(sql.startswith("SET LOCAL enable_seqscan = off;") for sql in matching)


@pytest.mark.django_db
def test_a_body_the_import_adds_is_found_by_its_name(client):
    """西南大学, found by its suffix and added to the tables by the import, is one word of a query once
    the tables hold it; the story's index holds it as one token too (it held 西南 + 大学, and the search
    found nothing)."""
    from articles.models import Organization
    from articles.services.context import get_segmenter

    page = "“小院”里的大科技\n本报记者 刘洋\n\n走进西南大学与江津区科协共建的花椒科技小院，研究生们正忙着记录数据。\n"
    outcome = import_page(page.encode(), source_ref="xiaoyuan.txt", status=Article.Status.PUBLISHED)
    assert outcome.status != "failed", outcome.error
    assert Organization.objects.filter(name="西南大学").exists()
    assert get_segmenter().query_tokens("西南大学") == ["西南大学"]
    assert result_titles(client.get("/articles/", {"q": "西南大学"})) == ["“小院”里的大科技"]
    assert result_titles(client.get("/articles/", {"q": "花椒 大学"})) == ["“小院”里的大科技"]  # its pieces too
