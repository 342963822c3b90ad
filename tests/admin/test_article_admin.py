"""The article list, its filters and search, and the change form beside the page text."""

import re
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

import articles
from articles.admin.articles import ArticleAdmin
from articles.models import Article, ArticleFlag, Organization, Region
from articles.services import editing
from tests.factories import make_article, make_organization, make_page

from .formdata import change_form_data, form_data

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:articles_article_changelist")


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def filter_spec(response, parameter):
    return next(s for s in response.context["cl"].filter_specs if getattr(s, "parameter_name", None) == parameter)


def titles(response) -> list[str]:
    return [article.title for article in response.context["cl"].result_list]


def test_changelist_shows_columns(editor_client, page_items):
    """Title, kind, status, date, page, regions and the open-flag count are listed."""
    page, first, *_ = page_items
    response = editor_client.get(CHANGELIST)

    html = response.content.decode()
    assert response.status_code == 200
    for text in ["荣昌区科协开展科普活动", "待审核", "荣昌区", page.file_name, "kexie-flag-count"]:
        assert text in html
    row = next(a for a in response.context["cl"].result_list if a.pk == first.pk)
    assert row.open_flags_n == 1


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("region=500000", {"荣昌区科协开展科普活动", "江北区科协助力复工复产"}),
        ("region=510000", {"德阳市科协召开学会工作会"}),
        ("region=500153", {"荣昌区科协开展科普活动"}),
        ("flag=__any__", {"荣昌区科协开展科普活动"}),
        ("flag=mid_sentence_start", {"荣昌区科协开展科普活动"}),
        ("flag=__none__", {"江北区科协助力复工复产", "德阳市科协召开学会工作会"}),
        ("status__exact=review", {"荣昌区科协开展科普活动"}),
        ("kind__exact=photo", set()),
    ],
)
def test_filters(editor_client, page_items, query, expected):
    """Region filters include everything below; flag and status filters select what they say."""
    response = editor_client.get(f"{CHANGELIST}?{query}")

    assert response.status_code == 200
    assert set(titles(response)) == expected


def test_resolved_flag_does_not_count(editor_client, page_items):
    _page, first, *_ = page_items
    first.flags.update(resolved_at="2020-05-01T00:00:00+08:00")

    response = editor_client.get(f"{CHANGELIST}?flag=__any__")

    assert titles(response) == []


def test_theme_organization_page_and_edited_filters(editor_client, page_items):
    """Theme, organization, page and “changed by an editor” filters."""
    page, first, second, third = page_items
    organization = make_organization("德测市科学技术协会", short_name="德测市科协")
    third.organizations.add(organization)
    third.themes.add(theme := first.themes.model.objects.first())
    editing.mark_edited(article=second, field_names=["title"])
    other = make_article("别的页面的稿件", source_document=make_page())

    assert titles(editor_client.get(f"{CHANGELIST}?themes__id__exact={theme.pk}")) == [third.title]
    assert titles(editor_client.get(f"{CHANGELIST}?organization={organization.pk}")) == [third.title]
    assert set(titles(editor_client.get(f"{CHANGELIST}?page={page.pk}"))) == {first.title, second.title, third.title}
    assert titles(editor_client.get(f"{CHANGELIST}?edited=yes")) == [second.title]
    assert other.title in titles(editor_client.get(f"{CHANGELIST}?edited=no"))


def test_region_filter_lists_a_tree_not_the_whole_table(editor_client, page_items):
    """The region filter offers 川渝's top levels and regions with articles, a few dozen, not 3,000."""
    response = editor_client.get(CHANGELIST)

    choices = dict(filter_spec(response, "region").lookup_choices)
    assert Region.objects.count() > 3000
    assert len(choices) < 120
    assert choices["500000"] == "重庆市"
    assert choices["500153"].strip() == "荣昌区" and choices["500153"].startswith("\u3000")
    assert choices["510600"].strip() == "德阳市"


def test_the_page_lists_province_filter_lists_the_provinces_pages_have(editor_client, page_items):
    """所属省份 on 导入页面 offers the provinces of the pages (one query), not the national region table."""
    make_page(province=Region.objects.get(adcode="510000"))
    url = reverse("admin:articles_sourcedocument_changelist")

    with CaptureQueriesContext(connection) as queries:
        response = editor_client.get(url)

    spec = next(s for s in response.context["cl"].filter_specs if s.title == "所属省份")
    choices = [title for _pk, title in spec.lookup_choices]
    assert choices == ["重庆市", "四川省"]
    region_queries = [q for q in queries if 'FROM "articles_region"' in q["sql"]]
    assert len(region_queries) <= 2  # one per build of the filters (Django builds them twice)
    assert "北京市东城区" not in response.content.decode()


def test_organization_filter_is_bounded(editor_client, page_items):
    """With many organizations the filter lists the most-linked few, plus the chosen one."""
    _page, first, *_ = page_items
    Organization.objects.bulk_create(
        Organization(name=f"测试协会{i}", slug=f"ce-shi-{i}") for i in range(60)
    )
    chosen = Organization.objects.get(name="测试协会59")

    response = editor_client.get(f"{CHANGELIST}?organization={chosen.pk}")

    spec = filter_spec(response, "organization")
    assert len(spec.lookup_choices) <= 21
    assert str(chosen.pk) in dict(spec.lookup_choices)


def test_chinese_search_uses_segmented_text(editor_client, page_items):
    """The search box segments the query like the public site and matches title or body."""
    _page, first, second, third = page_items
    for article in (first, second, third):
        editing.refresh_search_text(article=article)

    assert titles(editor_client.get(CHANGELIST, {"q": "复工复产"})) == [second.title]
    assert titles(editor_client.get(CHANGELIST, {"q": "部署 全年"})) == [third.title]
    assert titles(editor_client.get(CHANGELIST, {"q": "量子计算"})) == []


@pytest.mark.parametrize("ids_limit", [None, 0], ids=["ids", "past_the_limit"])
def test_a_search_scans_the_text_once_per_page_without_postgresql(
    editor_client, page_items, monkeypatch, ids_limit
):
    """Without PostgreSQL's index the LIKE scan runs once, not again for the count and the date links."""
    if connection.vendor == "postgresql":
        pytest.skip("PostgreSQL matches the indexed search vector")
    _page, first, second, third = page_items
    for article in (first, second, third):
        editing.refresh_search_text(article=article)
    if ids_limit is not None:
        monkeypatch.setattr(ArticleAdmin, "search_ids_limit", ids_limit)

    editor_client.get(CHANGELIST, {"q": "科协"})
    with CaptureQueriesContext(connection) as queries:
        response = editor_client.get(CHANGELIST, {"q": "科协"})

    assert set(titles(response)) == {first.title, second.title, third.title}
    assert response.context["cl"].result_count == 3
    scans = [q["sql"] for q in queries if '"search_text"' in q["sql"]]
    assert len(scans) == (1 if ids_limit is None else 5), scans  # past the limit: the probe, and each query


def test_search_finds_a_reporters_pieces_by_the_byline(editor_client, page_items):
    """A name searched in the list finds the articles it signs, though the text does not hold it."""
    _page, first, second, _third = page_items
    first.bylines.update(name="王小明")

    assert titles(editor_client.get(f"{CHANGELIST}?q=王小明")) == [first.title]
    assert "署名" in editor_client.get(CHANGELIST).content.decode()


@pytest.mark.parametrize("url", ["changelist", "flagged"])
def test_changelist_query_count_is_constant(editor_client, url):
    """The changelist runs the same number of queries for 10 and for 200 articles."""
    path = CHANGELIST if url == "changelist" else f"{CHANGELIST}?flag=__any__&region=500000"
    regions = list(Region.objects.filter(adcode__in=["500153", "500105", "510600"]))
    page = make_page()

    def add(n, start):
        for i in range(start, start + n):
            article = make_article(
                f"稿件{i}", regions=[regions[i % 3]], source_document=page, position=i, status=Article.Status.REVIEW
            )
            ArticleFlag.objects.create(article=article, code="short", message="过短")

    def count():
        editor_client.get(path)  # warm caches (content types, the import context)
        with CaptureQueriesContext(connection) as queries:
            response = editor_client.get(path)
        assert response.status_code == 200
        return len(queries)

    add(10, 0)
    small = count()
    add(190, 10)
    large = count()
    print(f"changelist queries: {small} at 10 articles, {large} at 200")
    assert small == large, (small, large)


def test_the_article_list_offers_no_counts_that_would_scan_it_once_per_choice(editor_client, page_items):
    """No 显示计数 on the article list, and a forged ``?_facets=True`` runs no more queries than the list."""

    def queries_for(path):
        editor_client.get(path)
        with CaptureQueriesContext(connection) as queries:
            response = editor_client.get(path)
        assert response.status_code == 200
        return response, [q["sql"] for q in queries]

    plain, listed = queries_for(CHANGELIST)
    faceted, counted = queries_for(f"{CHANGELIST}?_facets=True")

    assert "_facets=True" not in plain.content.decode() and "显示计数" not in plain.content.decode()
    assert len(counted) == len(listed), set(counted) - set(listed)
    assert not any("FILTER (WHERE" in sql for sql in counted)


def test_change_form_shows_page_text_with_span_and_flags(editor_client, page_items):
    """The original page is beside the article, its span in a <mark>, open flags with their messages."""
    page, first, *_ = page_items
    response = editor_client.get(change_url(first))

    html = response.content.decode()
    span = re.search(r'<mark class="kexie-span" id="kexie-span">(.*?)</mark>', html, re.S).group(1)
    assert span.startswith("荣昌区科协开展科普活动") and span.endswith("活动吸引了很多群众。")
    assert "江北区科协助力复工复产" not in span
    assert "【地方科协】" in html  # the rest of the page is there too
    assert "第二段开头可能缺字。" in html and "mid_sentence_start" in html


def test_flag_resolved_from_the_change_form(editor_client, editor, page_items):
    """Ticking 已处理 and saving resolves the flag and records who did it."""
    _page, first, *_ = page_items
    data = change_form_data(editor_client, change_url(first))
    flag = first.flags.get()
    prefix = next(key[: -len("-id")] for key, value in data.items() if key.endswith("-id") and value == str(flag.pk))
    data[f"{prefix}-resolve"] = "on"

    response = editor_client.post(change_url(first), data)

    assert response.status_code == 302, response.context and response.context["errors"]
    flag.refresh_from_db()
    assert flag.resolved_at is not None and flag.resolved_by == editor
    assert "第二段开头可能缺字。" not in editor_client.get(change_url(first)).content.decode()


def test_save_marks_changed_fields_including_inlines(editor_client, page_items):
    """Title, region (inline) and byline (inline) changes are listed in edited_fields; search text follows."""
    _page, first, *_ = page_items
    data = change_form_data(editor_client, change_url(first))
    data["title"] = "荣昌区科协开展科技周活动"
    region_key = next(k for k, v in data.items() if k.endswith("-region") and v == str(Region.objects.get(adcode="500153").pk))
    data[region_key] = str(Region.objects.get(adcode="500105").pk)
    byline_key = next(k for k, v in data.items() if k.endswith("-name") and v == "李霜")
    data[byline_key] = "李双"

    response = editor_client.post(change_url(first), data)

    assert response.status_code == 302
    first.refresh_from_db()
    assert first.title == "荣昌区科协开展科技周活动"
    assert set(first.edited_fields) == {"title", "regions", "bylines"}
    assert [r.adcode for r in first.regions.all()] == ["500105"]
    assert "科技" in first.search_title.split() and "荣昌区" in first.search_title.split()


def test_a_corrected_byline_points_at_the_old_name_left_in_the_dateline(editor_client, page_items):
    """李霜 → 李双 in 署名 while 电头 still reads “本报讯（记者 李霜）”: the saved page says to check it."""
    _page, first, *_ = page_items
    data = change_form_data(editor_client, change_url(first))
    byline_key = next(k for k, v in data.items() if k.endswith("-name") and v == "李霜")
    data[byline_key] = "李双"

    response = editor_client.post(change_url(first), data, follow=True)

    assert "署名改过了，但电头或正文中仍有“李霜”，请一并核对。" in response.content.decode()


@pytest.mark.parametrize("forged", ["abc", "1.5", "1e3", "99999999999999999999999"])
@pytest.mark.parametrize("field", ["source_organization", "themes", "-region", "-organization"])
def test_a_forged_id_in_an_autocomplete_field_is_a_form_error(editor_client, page_items, field, forged):
    """Not a number, or past the column's range: the form says so (as for an unknown id), no server error."""
    _page, first, *_ = page_items
    make_organization("荣昌区测试学会").article_links.create(article=first)
    data = change_form_data(editor_client, change_url(first))
    key = field if not field.startswith("-") else next(k for k in data if k.endswith(field))
    data[key] = forged

    response = editor_client.post(change_url(first), data)

    assert response.status_code == 200
    assert response.context["errors"]  # 选择一个有效的选项 / “abc” 不是一个有效的值
    assert Article.objects.get(pk=first.pk).edited_fields == []


def test_unchanged_save_marks_nothing(editor_client, page_items):
    _page, first, *_ = page_items
    response = editor_client.post(change_url(first), change_form_data(editor_client, change_url(first)))

    assert response.status_code == 302
    first.refresh_from_db()
    assert first.edited_fields == []


def test_a_body_posted_with_a_browsers_line_breaks_is_unchanged(editor_client, page_items):
    """A textarea comes back with CR LF line breaks: an unchanged body is no edit, and no CR is stored."""
    _page, first, *_ = page_items
    data = change_form_data(editor_client, change_url(first))
    data["body"] = data["body"].replace("\n", "\r\n")
    assert "\r\n\r\n" in data["body"]

    response = editor_client.post(change_url(first), data)

    assert response.status_code == 302
    first.refresh_from_db()
    assert first.edited_fields == []
    assert "\r" not in first.body
    assert "body" not in first.history.latest().diff_against(first.history.earliest()).changed_fields


def test_change_form_compares_editor_and_machine_values(editor_client, page_items):
    """For every edited field the machine's latest value is shown beside the editor's."""
    _page, first, *_ = page_items
    first.title = "编辑改的标题"
    first.save()
    editing.mark_edited(article=first, field_names=["title", "regions"])

    html = editor_client.get(change_url(first)).content.decode()

    comparison = html[html.index("kexie-comparison") :]
    assert "编辑改的标题" in comparison and "荣昌区科协开展科普活动" in comparison
    assert "重庆市荣昌区" in comparison  # the current region, by full name


def test_history_records_who_changed_what_and_reverts(editor_client, editor, page_items):
    """History lists the editor and a field diff; reverting restores the old title."""
    _page, first, *_ = page_items
    data = change_form_data(editor_client, change_url(first))
    data["title"] = "改过的标题"
    editor_client.post(change_url(first), data)

    history_url = reverse("admin:articles_article_history", args=[first.pk])
    html = editor_client.get(history_url).content.decode()
    assert "editor" in html and "改过的标题" in html and "荣昌区科协开展科普活动" in html

    record = first.history.order_by("history_date").first()  # as created
    revert_url = reverse("admin:articles_article_simple_history", args=[first.pk, record.history_id])
    data = change_form_data(editor_client, revert_url, form_id="historicalarticle_form")
    response = editor_client.post(revert_url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    first.refresh_from_db()
    assert first.title == "荣昌区科协开展科普活动"
    assert first.history.latest().history_user == editor


def test_a_revert_says_to_which_version_and_links_to_the_article(editor_client, page_items):
    """The message after 还原 names the version's time and links to the article, not to the old version."""
    _page, first, *_ = page_items
    data = change_form_data(editor_client, change_url(first))
    data["title"] = "改过的标题"
    editor_client.post(change_url(first), data)
    record = first.history.order_by("history_date").first()
    revert_url = reverse("admin:articles_article_simple_history", args=[first.pk, record.history_id])

    data = change_form_data(editor_client, revert_url, form_id="historicalarticle_form")
    response = editor_client.post(revert_url, data, follow=True)

    html = response.content.decode()
    when = timezone.localtime(record.history_date).strftime("%Y-%m-%d %H:%M")
    assert f'稿件“<a href="{change_url(first)}">荣昌区科协开展科普活动</a>”已还原为 {when} 的版本。' in html
    assert f'href="{revert_url}"' not in html


def test_the_hidden_version_field_is_labelled_in_chinese(editor_client, page_items):
    """The change form's and the revert form's hidden 打开时的版本 row has no English label."""
    _page, first, *_ = page_items
    record = first.history.latest()
    revert_url = reverse("admin:articles_article_simple_history", args=[first.pk, record.history_id])
    for url in (change_url(first), revert_url):
        html = editor_client.get(url).content.decode()
        assert 'for="id_version">打开时的版本' in html and "Version:" not in html, url


def test_history_credits_link_changes_to_the_user_who_made_them(editor_client, reviewer, page_items):
    """A region changed in the inline is in the editor's own version; the next save, changing nothing,
    records no link change (the version was written before the inlines were saved)."""
    _page, first, *_ = page_items
    data = change_form_data(editor_client, change_url(first))
    region_key = next(k for k, v in data.items() if k.endswith("-region") and v)
    data[region_key] = str(Region.objects.get(adcode="500105").pk)
    assert editor_client.post(change_url(first), data).status_code == 302

    versions = list(first.history.order_by("-history_date", "-history_id")[:2])
    assert versions[0].history_user.username == "editor"
    delta = versions[0].diff_against(versions[1])
    assert "regions" in delta.changed_fields
    assert [link.region.adcode for link in versions[0].regions.all()] == ["500105"]

    client = Client()
    client.force_login(reviewer)
    assert client.post(change_url(first), change_form_data(client, change_url(first))).status_code == 302
    latest, previous = first.history.order_by("-history_date", "-history_id")[:2]
    assert latest.history_user == reviewer
    assert not {"regions", "organizations", "themes"} & set(latest.diff_against(previous).changed_fields)
    html = client.get(reverse("admin:articles_article_history", args=[first.pk])).content.decode()
    assert html.count("重庆市江北区") == 1  # once, in the editor's version


def test_history_shows_byline_changes_with_the_other_edits(editor_client, reviewer, page_items):
    """A byline corrected in the inline is in the editor's version, old and new, escaped; a later save
    that leaves the bylines alone shows no byline change."""
    _page, first, *_ = page_items
    first.save()  # a version before the editor's (a publish, a re-import) that holds no bylines
    data = change_form_data(editor_client, change_url(first))
    data[next(k for k, v in data.items() if k.endswith("-name") and v == "李霜")] = "李双"
    total = next(k for k in data if k.endswith("-TOTAL_FORMS") and k.startswith("bylines"))
    prefix = total.removesuffix("-TOTAL_FORMS")
    data[f"{prefix}-TOTAL_FORMS"] = "2"
    data.update({f"{prefix}-1-order": "1", f"{prefix}-1-role": "photographer", f"{prefix}-1-name": "<b>王五"})
    data["title"] = "荣昌区科协开展科技周活动"
    assert editor_client.post(change_url(first), data).status_code == 302

    client = Client()
    client.force_login(reviewer)
    assert client.post(change_url(first), change_form_data(client, change_url(first))).status_code == 302

    html = client.get(reverse("admin:articles_article_history", args=[first.pk])).content.decode()
    changes = [re.sub(r"<[^>]+>|\s+|&nbsp;", "", item) for item in re.findall(r"<li>(.*?)</li>", html, re.S)]
    assert "署名:记者李霜&rarr;记者李双、摄影&lt;b&gt;王五" in changes, changes
    assert sum(change.startswith("署名:") for change in changes) == 1  # not again in the reviewer's version
    assert "<b>王五" not in html


def test_the_revert_page_has_a_chinese_breadcrumb(reviewer_client, page_items):
    """首页 › 新闻 › 稿件 › … › 历史 › 还原 稿件, as elsewhere in the admin, for articles, organizations and themes."""
    _page, first, *_ = page_items
    organization = make_organization("荣昌区测试学会")
    organization.save()
    theme = first.themes.model.objects.first()
    theme.save()
    for obj, name in ((first, "article"), (organization, "organization"), (theme, "theme")):
        record = obj.history.order_by("history_id").first()
        url = reverse(f"admin:articles_{name}_simple_history", args=[obj.pk, record.history_id])
        html = reviewer_client.get(url).content.decode()
        start = html.index('<div class="breadcrumbs">')
        crumbs = re.sub(r"<[^>]+>|\s+", "", html[start : html.index("</div>", start)]).split("&rsaquo;")
        assert crumbs[:3] == ["首页", "新闻", str(obj._meta.verbose_name_plural)], crumbs
        assert crumbs[-2:] == ["历史", "还原" + str(obj._meta.verbose_name)], crumbs
        assert "Articles" not in html and "Historical" not in html


def test_history_reads_in_chinese_with_local_times(reviewer_client, page_items):
    """The 历史 list: 状态 / 改动 headers, 待审核 / 已发布 values, Shanghai times, no “None” reason,
    long texts shortened in Chinese, and the importer's bookkeeping (内容指纹) left out."""
    _page, first, *_ = page_items
    data = change_form_data(reviewer_client, change_url(first))
    data["body"] = "荣昌区科协近日开展科普活动。" * 20 + "\n\n新加的一段。"
    reviewer_client.post(change_url(first), data)
    reviewer_client.post(CHANGELIST, {"action": "publish", "_selected_action": [first.pk]})
    Article.objects.get(pk=first.pk).save()  # e.g. a re-import: a record with no reason, no user
    Article.objects.filter(pk=first.pk).update(fingerprint="0" * 16)
    first.refresh_from_db()
    first.save()

    html = reviewer_client.get(reverse("admin:articles_article_history", args=[first.pk])).content.decode()

    headers = re.findall(r'<th scope="col">\s*(.*?)\s*</th>', html)
    assert "状态" in headers and "改动" in headers and "status" not in headers and "Changes" not in headers
    assert "已发布" in html and "待审核" in html and ">review<" not in html and "→&nbsp;&nbsp;published" not in html
    published = timezone.localtime(first.published_at).strftime("%Y-%m-%d %H:%M")
    assert published in html and "+00:00" not in html
    assert "[省略 " in html and " chars]" not in html
    assert "内容指纹" not in html
    reasons = re.findall(r"<td>\s*(None)\s*</td>", html)
    assert reasons == []


def test_a_save_based_on_a_stale_form_is_refused_and_keeps_the_input(editor, reviewer, page_items):
    """Two people open one article; the first saves; the second's save names who saved in between,
    writes nothing and keeps their text in the form; saving again from there goes through."""
    _page, first, *_ = page_items
    url = change_url(first)
    editor_side, reviewer_side = Client(), Client()
    editor_side.force_login(editor)
    reviewer_side.force_login(reviewer)
    editor_data, reviewer_data = change_form_data(editor_side, url), change_form_data(reviewer_side, url)
    editor_data["title"] = "甲改的标题"
    reviewer_data["body"] += "\n\n乙加的一段。"

    assert editor_side.post(url, editor_data).status_code == 302
    response = reviewer_side.post(url, reviewer_data)

    html = response.content.decode()
    assert response.status_code == 200
    assert "这篇稿件在你打开之后已被 editor 于" in html
    assert "乙加的一段。" in html  # the reviewer's input is still in the form
    first.refresh_from_db()
    assert first.title == "甲改的标题" and "乙加的一段。" not in first.body
    assert first.edited_fields == ["title"]

    again = form_data(html, "article_form")
    assert reviewer_side.post(url, again).status_code == 302
    first.refresh_from_db()
    assert "乙加的一段。" in first.body


def test_change_form_lists_the_machines_repairs_with_the_removed_text_escaped(editor_client, page_items):
    """The workbench shows what the machine changed on import and the text a repair took out."""
    _page, first, *_ = page_items
    first.machine_output = {
        **first.machine_output,
        "repairs": [
            ["duplicate_removed", "删除重复的第3段：“活动吸引了很多群众…”", "活动吸引了很多群众。<script>x</script>"],
            ["punctuation", "2 个半角标点按 GB/T 15834 改为全角", ""],
        ],
    }
    first.save(update_fields=["machine_output"])
    html = editor_client.get(change_url(first)).content.decode()
    section = re.search(r'<section class="kexie-repairs module">(.*?)</section>', html, re.S).group(1)
    assert "机器的修复（2）" in section
    assert "删除重复的第3段" in section and "2 个半角标点按 GB/T 15834 改为全角" in section
    assert "活动吸引了很多群众。&lt;script&gt;x&lt;/script&gt;" in section and "<script>x" not in html


def test_change_form_without_repairs_has_no_repairs_section(editor_client, page_items):
    _page, _first, second, _third = page_items
    assert 'class="kexie-repairs' not in editor_client.get(change_url(second)).content.decode()


@pytest.mark.postgres_only
def test_the_changelist_reads_its_page_in_order_from_an_index(editor_client):
    """The list's LIMIT 50 in ``Meta.ordering`` (any status, no filter) is read from
    ``article_date_id`` rather than sorting every article (~140 ms at 100,000 articles)."""
    page = make_page()
    for i in range(60):
        make_article(f"稿件{i}", source_document=page, position=i, status=Article.Status.REVIEW)
    editor_client.get(CHANGELIST)
    with CaptureQueriesContext(connection) as queries:
        assert editor_client.get(CHANGELIST).status_code == 200
    listing = [q["sql"] for q in queries if 'ORDER BY "articles_article"."date" DESC' in q["sql"] and "LIMIT" in q["sql"]]
    assert len(listing) == 1
    order = re.search(r" ORDER BY (.+) LIMIT ", listing[0]).group(1)
    with connection.cursor() as cursor:
        # The test table is small enough that sorting it is cheaper and a plan may join first: with
        # sorting off, an index in exactly the list's order is the only way to avoid one.
        cursor.execute("SET LOCAL enable_seqscan = off; SET LOCAL enable_sort = off")
        cursor.execute(f'EXPLAIN SELECT "articles_article"."id" FROM "articles_article" ORDER BY {order} LIMIT 50')
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "article_date_id" in plan and "Sort" not in plan, plan


def test_flag_codes_are_shown_by_their_chinese_names(editor_client, page_items):
    """The flag filter, the change form's flags and the flag list name a flag's kind in Chinese, not its code."""
    _page, first, *_ = page_items

    changelist = editor_client.get(CHANGELIST)
    assert ("mid_sentence_start", "段落从句中开始") in filter_spec(changelist, "flag").lookup_choices
    form_html = editor_client.get(change_url(first)).content.decode()
    flags_html = editor_client.get(reverse("admin:articles_articleflag_changelist")).content.decode()
    flag_url = reverse("admin:articles_articleflag_change", args=[first.flags.get().pk])
    flag_html = editor_client.get(flag_url).content.decode()

    for html in (form_html, flags_html, flag_html):
        assert "段落从句中开始" in html
        assert ">mid_sentence_start<" not in html and "mid_sentence_start:" not in html


def test_the_flag_list_filters_by_handled_or_not(editor_client, page_items):
    """待查问题 are filtered as 未处理 / 已处理, not by Django's 空 / 非空 of 处理时间."""
    _page, first, *_ = page_items
    resolved = ArticleFlag.objects.create(
        article=first, code="mid_sentence_start", message="已核对。", resolved_at=timezone.now()
    )
    flags = reverse("admin:articles_articleflag_changelist")

    html = editor_client.get(flags).content.decode()
    unresolved = editor_client.get(flags + "?resolved=no").context["cl"].result_list
    done = editor_client.get(flags + "?resolved=yes").context["cl"].result_list

    assert "未处理" in html and "已处理" in html and "非空" not in html
    assert list(unresolved) == [first.flags.get(resolved_at__isnull=True)]
    assert list(done) == [resolved]


FLAG_CODE = r'(?:Flag|\.flag)\(\s*"([a-z_]+)"|code="([a-z_]+)"'


def test_every_flag_code_of_the_pipeline_has_a_chinese_name():
    """Each code the text pipeline or the importer writes on an article is one of ArticleFlag.Code's."""
    root = Path(articles.__file__).parent
    written = set()
    for path in [*root.glob("textpipeline/*.py"), *root.glob("services/*.py")]:
        for call, keyword in re.findall(FLAG_CODE, path.read_text()):
            written.add(call or keyword)

    assert len(written) > 10
    assert written <= set(ArticleFlag.Code.values), written - set(ArticleFlag.Code.values)


def test_inlines_and_flags_are_labelled_in_chinese(editor_client, page_items):
    """Link inlines head their columns 地区/组织 and label rows by name, not “6 → 2259”; a repeated region
    is named in words; a flag's article is 稿件."""
    _page, first, *_ = page_items
    organization = make_organization("荣测区科学技术协会")
    first.organizations.add(organization)
    region = Region.objects.get(adcode="500153")

    html = editor_client.get(change_url(first)).content.decode()
    flag_url = reverse("admin:articles_articleflag_change", args=[first.flags.get().pk])
    flag_html = editor_client.get(flag_url).content.decode()

    assert f"{first.pk} → {region.pk}" not in html and "重庆市荣昌区" in html
    assert f"<p>{organization.pk}</p>" not in html.replace("\n", "").replace(" ", "")
    headers = re.findall(r'<th class="column-(?:region|organization)[^"]*"[^>]*>\s*([^<]+?)\s*<', html)
    assert headers == ["地区", "组织"], headers
    assert "Article:" not in flag_html and "稿件:" in flag_html

    data = change_form_data(editor_client, change_url(first))
    prefix = next(key[: -len("-region")] for key, value in data.items() if key.endswith("-region") and value)
    data[prefix.replace("-0", "-1") + "-region"] = str(region.pk)
    data["region_links-TOTAL_FORMS"] = "2"
    response = editor_client.post(change_url(first), data)

    errors = response.content.decode()
    assert response.status_code == 200
    assert "同一地区填了两次，请删去重复的一行。" in errors and "region的重复" not in errors


def test_view_on_site_of_a_draft_is_a_preview_only_staff_can_open(editor_client, page_items):
    """在站点上查看 on an unpublished article opens a 预览 (noindex) in the admin; the public URL stays a 404."""
    _page, first, second, _third = page_items
    preview = reverse("admin:articles_article_preview", args=[first.pk])
    assert first.status == Article.Status.REVIEW and second.status == Article.Status.PUBLISHED

    form = editor_client.get(change_url(first)).content.decode()
    response = editor_client.get(preview)

    assert f'href="{preview}"' in form
    html = response.content.decode()
    assert response.status_code == 200 and "荣昌区科协开展科普活动" in html
    assert "<strong>预览</strong>" in html and '<meta name="robots" content="noindex, nofollow">' in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert editor_client.get(first.get_absolute_url()).status_code == 404
    assert f'href="{preview.replace(str(first.pk), str(second.pk))}"' not in editor_client.get(
        change_url(second)
    ).content.decode()
    assert editor_client.get(reverse("admin:articles_article_preview", args=["abc"])).status_code == 404
    editor_client.logout()
    assert editor_client.get(preview).status_code == 302  # to the login page


@pytest.mark.parametrize(
    ("typed", "saved", "error"),
    [
        ("2020年10月27日", "2020-10-27", None),  # as the list and the site show a date
        ("2020/10/27", "2020-10-27", None),
        ("2020/13/45", None, "请按 2020-10-27 的格式填写日期"),
        ("2099/01/01", None, "日期 2099-01-01 不像这篇稿件的日期，请检查年份。"),
        ("1899/01/01", None, "日期 1899-01-01 不像这篇稿件的日期，请检查年份。"),
    ],
)
def test_a_date_is_taken_as_shown_and_a_wrong_one_says_the_format_or_the_year(
    editor_client, page_items, typed, saved, error
):
    _page, first, *_ = page_items
    data = change_form_data(editor_client, change_url(first))
    data["date"] = typed

    response = editor_client.post(change_url(first), data)

    first.refresh_from_db()
    if error is None:
        assert response.status_code == 302 and first.date.isoformat() == saved
    else:
        assert response.status_code == 200 and error in response.content.decode()
        assert first.date.isoformat() == "2020-04-02"


def test_a_bad_slug_says_what_a_slug_may_hold(editor_client, page_items):
    """网址名: help text, and an error naming the allowed characters (Django's zh_Hans says “有效‘字段’”)."""
    _page, first, *_ = page_items
    data = change_form_data(editor_client, change_url(first))
    data["slug"] = "荣昌 科协!"

    html = editor_client.post(change_url(first), data).content.decode()

    assert "网址名只能用字母、数字、连字符（-）和下划线，如 rong-chang-ke-xie。" in html and "“字段”" not in html
    assert "留空则按标题生成" in html


def test_a_link_changed_on_its_own_page_is_an_editors_edit(editor_client, page_items):
    """稿件地区 / 稿件组织 pages (reachable by URL) record the change as the inline does, so a re-import keeps it."""
    _page, first, second, _third = page_items
    link = first.region_links.get()
    organization = make_organization("荣测区科学技术协会")
    organization_link = second.organization_links.create(organization=organization)
    other = make_organization("江测区科学技术协会")

    response = editor_client.post(
        reverse("admin:articles_articleregion_change", args=[link.pk]),
        {"article": first.pk, "region": Region.objects.get(adcode="500105").pk},
    )
    assert response.status_code == 302
    response = editor_client.post(
        reverse("admin:articles_articleorganization_change", args=[organization_link.pk]),
        {"article": second.pk, "organization": other.pk, "name_in_text": "江测区科协"},
    )
    assert response.status_code == 302

    first.refresh_from_db()
    second.refresh_from_db()
    assert first.edited_fields == ["regions"] and [r.adcode for r in first.regions.all()] == ["500105"]
    assert second.edited_fields == ["organizations"] and list(second.organizations.all()) == [other]


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_save_that_arrives_while_another_is_being_written_waits_and_is_refused(editor, page_items):
    """Two saves at the same moment: the stale check reads the version only after the other save
    has committed (both hold the article tables' write lock from their start), so the second is
    told of the first instead of writing over it unseen."""
    import threading

    from articles.services import count_corrections

    _page, first, *_ = page_items
    url = change_url(first)
    editor_side = Client()
    editor_side.force_login(editor)
    data = change_form_data(editor_side, url)  # opened before the other save
    data["body"] += "\n\n编辑加的一段。"
    writing, release, outcome = threading.Event(), threading.Event(), {}

    def other_save():
        try:
            with count_corrections.following([first.pk]):
                Article.objects.filter(pk=first.pk).update(title="另一人改的标题", updated_at=timezone.now())
                writing.set()
                release.wait(timeout=10)
        finally:
            connection.close()

    def editors_save():
        try:
            outcome["response"] = editor_side.post(url, data)
        finally:
            connection.close()

    other = threading.Thread(target=other_save)
    other.start()
    assert writing.wait(timeout=10)
    saving = threading.Thread(target=editors_save)
    saving.start()
    saving.join(timeout=1)
    assert saving.is_alive(), "the editor's save went ahead while another save was being written"
    release.set()
    other.join(timeout=10)
    saving.join(timeout=10)

    response = outcome["response"]
    assert response.status_code == 200
    assert "这篇稿件在你打开之后已被" in response.content.decode()
    first.refresh_from_db()
    assert first.title == "另一人改的标题" and "编辑加的一段。" not in first.body
