"""Users in the editors' groups, logged-in clients, and a page with three items for the admin tests."""

from datetime import date

import pytest
from django.contrib.auth.models import Group, User

from articles.models import Article, ArticleFlag, Byline, Region
from tests.factories import make_article, make_page

PAGE_TEXT = (
    "【地方科协】\n\n"
    "荣昌区科协开展科普活动\n\n"
    "本报讯(记者 李霜)荣昌区科协近日在荣昌开展科普活动。\n\n"
    "活动吸引了很多群众。\n\n"
    "江北区科协助力复工复产\n\n"
    "江北区科协组织专家走进企业。\n\n"
    "德阳市科协召开学会工作会\n\n"
    "德阳市科协召开学会工作会议,部署全年工作。\n\n"
    "加强组织建设\n\n"
    "会议要求各学会加强组织建设。\n"
)


def span_of(text: str, start_marker: str, end_marker: str) -> tuple[int, int]:
    start = PAGE_TEXT.index(start_marker)
    end = PAGE_TEXT.index(end_marker) + len(end_marker)
    return start, end


def make_user(username: str, *groups: str, staff: bool = True) -> User:
    user = User.objects.create_user(username, password="pw-" + username, is_staff=staff)
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


@pytest.fixture
def editor(db):
    return make_user("editor", "编辑")


@pytest.fixture
def reviewer(db):
    return make_user("reviewer", "审核")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def reviewer_client(client, reviewer):
    client.force_login(reviewer)
    return client


@pytest.fixture
def page_items(db):
    """A 重庆 page with three items in page order; the first carries an open flag."""
    page = make_page(raw_text=PAGE_TEXT, province=Region.objects.get(adcode="500000"))
    spans = [
        span_of("荣昌区科协开展科普活动", "荣昌区科协开展", "活动吸引了很多群众。"),
        span_of("江北区科协助力复工复产", "江北区科协助力", "江北区科协组织专家走进企业。"),
        span_of("德阳市科协召开学会工作会", "德阳市科协召开学会工作会\n", "会议要求各学会加强组织建设。"),
    ]
    first = make_article(
        "荣昌区科协开展科普活动",
        body="荣昌区科协近日在荣昌开展科普活动。\n\n活动吸引了很多群众。",
        dateline="本报讯（记者 李霜）",
        status=Article.Status.REVIEW,
        regions=["500153"],
        source_document=page,
        position=0,
        span_start=spans[0][0],
        span_end=spans[0][1],
        date=date(2020, 4, 2),
        machine_output={"title": "荣昌区科协开展科普活动", "regions": []},
    )
    Byline.objects.create(article=first, role=Byline.Role.REPORTER, name="李霜")
    ArticleFlag.objects.create(article=first, code="mid_sentence_start", message="第二段开头可能缺字。", excerpt="活动吸引")
    second = make_article(
        "江北区科协助力复工复产",
        body="江北区科协组织专家走进企业。",
        regions=["500105"],
        source_document=page,
        position=1,
        span_start=spans[1][0],
        span_end=spans[1][1],
    )
    third = make_article(
        "德阳市科协召开学会工作会",
        body="德阳市科协召开学会工作会议，部署全年工作。\n\n## 加强组织建设\n\n会议要求各学会加强组织建设。",
        regions=["510600"],
        source_document=page,
        position=2,
        span_start=spans[2][0],
        span_end=spans[2][1],
    )
    return page, first, second, third
