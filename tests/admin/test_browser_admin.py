"""In chromium: an editor logs in, filters flagged items, fixes a title and a region, merges, publishes, checks the site."""

import re

import pytest
from django.urls import reverse

from articles.models import Article, Theme

from .conftest import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def run_action(page, action: str, *articles):
    for article in articles:
        page.check(f'input[name="_selected_action"][value="{article.pk}"]')
    page.select_option('select[name="action"]', action)
    page.click('#changelist-form button[name="index"]')
    page.wait_for_load_state()


def test_editor_workflow_in_chromium(page, page_items):
    source, first, second, third = page_items
    make_user("shenhe", "审核")

    page.goto("/admin/login/")
    page.fill("#id_username", "shenhe")
    page.fill("#id_password", "pw-shenhe")
    page.click('input[type="submit"]')
    page.wait_for_url(re.compile(r"/admin/$"))

    # Chromium posts the body's line breaks as CR LF: a save without a change leaves 正文 the machine's.
    # A Backspace pressed in 主题 (tabbing on from 关键词) drops no theme.
    themes = list(Theme.objects.order_by("position")[:2])
    third.themes.set(themes)
    page.goto(reverse("admin:articles_article_change", args=[third.pk]))
    page.focus("#id_keywords")
    page.keyboard.press("Tab")
    page.keyboard.press("Backspace")
    assert page.locator('#id_themes option:checked, input[name="themes"]:checked').count() == 2
    page.click('input[name="_continue"]')
    page.wait_for_selector(".messagelist .success")
    saved = Article.objects.get(pk=third.pk)
    assert saved.edited_fields == []
    assert list(saved.themes.order_by("position")) == themes
    assert saved.body == third.body and "\r" not in saved.body

    # Filter the flagged items: only the first item has an open flag.
    page.goto(reverse("admin:articles_article_changelist"))
    page.click('#changelist-filter a:text-is("有待查问题")')
    page.wait_for_url(re.compile(r"flag=__any__"))
    rows = page.locator("#result_list tbody tr")
    assert rows.count() == 1
    rows.first.locator("th a").click()

    # The page text is beside the form, the article's span highlighted.
    assert page.locator("mark#kexie-span").inner_text().startswith("荣昌区科协开展科普活动")
    page.fill("#id_title", "荣昌区科协启动科技活动周")
    row = page.locator("#region_links-0")
    row.locator(".select2-selection").click()
    page.fill(".select2-container--open .select2-search__field", "江北")
    page.locator(".select2-results__option", has_text=re.compile(r"^重庆市江北区$")).click()
    # 添加另一个 by keyboard: the focus goes into the new row, which appears above the link.
    page.focus("#region_links-group .add-row a")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.closest('#region_links-1') !== null")
    page.click("#region_links-1 .inline-deletelink")
    page.check('input[name$="-resolve"]')
    page.click('input[name="_save"]')
    page.wait_for_selector(".messagelist .success")

    first.refresh_from_db()
    assert first.title == "荣昌区科协启动科技活动周"
    assert [r.adcode for r in first.regions.all()] == ["500105"]
    assert not first.flags.filter(resolved_at__isnull=True).exists()

    # Merge the first two items of the page (a wrong split), then publish the result.
    page.goto(f"{reverse('admin:articles_article_changelist')}?page={source.pk}")
    run_action(page, "merge_adjacent", first, second)
    assert "已合并为" in page.locator(".messagelist").inner_text()
    run_action(page, "publish", first)
    assert "发布了 1 篇稿件" in page.locator(".messagelist").inner_text()

    merged = Article.objects.get(pk=first.pk)
    assert merged.status == Article.Status.PUBLISHED
    assert not Article.objects.filter(pk=second.pk).exists()

    # The reader sees the corrected, merged article on the public site.
    page.goto(merged.get_absolute_url())
    body = page.locator("body").inner_text()
    assert "荣昌区科协启动科技活动周" in body
    assert "江北区科协组织专家走进企业" in body
