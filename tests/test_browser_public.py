"""The public site in Debian's chromium: browse by region and theme, read, search, keyboard, axe-core.

Data: the five seed pages through the real importer. Set KEXIE_SCREENSHOTS=1 to
refresh docs/screenshots/ (desktop and phone) from the same data.
"""

import importlib
import os
import re
from pathlib import Path

import pytest
from django.conf import settings

from articles.models import Article
from articles.services.importer import import_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SEEDS = sorted((Path(settings.BASE_DIR) / "seeds").glob("*.txt"))
SCREENSHOTS = Path(settings.BASE_DIR) / "docs" / "screenshots"
PHONE = {"width": 390, "height": 844}


def restore_reference_data():
    """Reload the regions and themes of the data migrations when a flush emptied them.

    A transactional test ends with a flush; serialized_rollback should restore the
    migrations' rows, but once Playwright's event loop runs in this thread Django
    may hand out a connection without the serialized copy, so reload them here.
    """
    from django.apps import apps

    from articles.models import Region, Theme

    if not Region.objects.exists():
        importlib.import_module("articles.migrations.0003_load_regions").load_regions(apps, None)
    if not Theme.objects.exists():
        importlib.import_module("articles.migrations.0004_load_themes").load_themes(apps, None)


@pytest.fixture
def seeds():
    """The five seed pages through the real importer, published as after an editor's review."""
    restore_reference_data()
    for path in SEEDS:
        outcome = import_page(path.read_bytes(), source_ref=path.name, status=Article.Status.PUBLISHED)
        assert outcome.status != "failed"


def total(page) -> int:
    return int(page.locator("#result-count strong").inner_text())


def card_titles(page) -> list[str]:
    return page.locator("article.card h2 a").all_inner_texts()


def region_count(page, adcode: str) -> int:
    text = page.locator(f'.tree a[data-adcode="{adcode}"] .count').first.inner_text()
    return int(re.sub(r"\D", "", text))


def test_browse_by_region_and_theme_then_read(page, seeds):
    """Home → choose 四川省 → choose a theme: the list narrows and the counts change; then open an article."""
    page.goto("/")
    assert page.locator("h2#latest-title").inner_text() == "最新新闻"
    page.locator('.home-aside .tree a[data-adcode="510000"]').click()
    page.wait_for_url(re.compile(r"/articles/\?region=510000$"))
    in_sichuan = total(page)
    page.goto("/articles/")
    everything = total(page)
    assert 0 < in_sichuan < everything
    page.go_back()

    chongqing_before = region_count(page, "500000")
    page.get_by_label(re.compile("^科学普及")).check()
    page.get_by_role("button", name="筛选").click()
    page.wait_for_url(re.compile(r"theme=kexue-puji"))
    assert "region=510000" in page.url
    assert 0 < total(page) < in_sichuan
    assert region_count(page, "500000") < chongqing_before  # the region facet now counts 科普 only
    assert page.locator(".chips").inner_text().count("×") == 2

    first = card_titles(page)[0]
    page.locator("article.card h2 a").first.click()
    assert page.locator("h1#story-title").inner_text() == first
    assert page.locator(".article-aside").get_by_role("link", name="科学普及").count() == 1


def test_search_chinese_words(page, seeds):
    """Searching 小雨点 from the header finds the two 小雨点 articles, highlighted."""
    page.goto("/")
    page.get_by_role("searchbox", name="搜索新闻").fill("小雨点")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/articles/\?q="))
    assert total(page) == 2
    assert all("小雨点" in title for title in card_titles(page))
    assert page.locator("article.card mark").first.inner_text() == "小雨点"
    page.get_by_role("searchbox", name="关键词").fill("双城经济圈")
    page.get_by_role("button", name="筛选").click()
    assert total(page) >= 3 and "双城经济圈" in page.locator("main").inner_text()


def test_filters_by_keyboard(page, seeds):
    """Skip link first; Tab reaches the filters; Space checks a theme; Enter submits; focus is visible."""
    page.goto("/articles/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "跳到正文"
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "theme-tuopin-gongjian":
            break
    else:
        pytest.fail("Tab never reached the 脱贫攻坚 checkbox")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none")
    page.keyboard.press("Space")
    assert page.locator("#theme-tuopin-gongjian").is_checked()
    page.locator("#id_date_after").focus()
    page.keyboard.press("Enter")  # submits the GET form
    page.wait_for_url(re.compile(r"theme=tuopin-gongjian"))
    assert all(chip for chip in page.locator(".chips a").all_inner_texts())
    assert "脱贫攻坚" in page.locator(".chips").inner_text()


def test_phone_layout_folds_the_filters(browser, live_server, seeds):
    """On a phone the filters start folded under a summary that opens them; nothing overflows sideways."""
    context = browser.new_context(viewport=PHONE, locale="zh-CN", base_url=live_server.url, is_mobile=True)
    page = context.new_page()
    page.goto("/articles/")
    panel = page.locator("details.filter-panel")
    assert panel.get_attribute("open") is None
    page.locator("details.filter-panel > summary").click()
    assert panel.get_attribute("open") is not None
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    context.close()


def test_the_sites_script_runs_and_no_other(browser, live_server, seeds):
    """Content-Security-Policy: the site's own script file runs (the filters fold on a phone), a script put
    into a page inline does not, and no page's own resource is refused."""
    context = browser.new_context(viewport=PHONE, locale="zh-CN", base_url=live_server.url, is_mobile=True)
    page = context.new_page()
    refused = []
    page.on(
        "console",
        lambda message: refused.append(message.text) if "Content Security Policy" in message.text else None,
    )
    for path in ["/", "/articles/", "/regions/510000/", "/themes/kexue-puji/"]:
        page.goto(path)
    assert page.locator("details.filter-panel").get_attribute("open") is None
    assert refused == []
    page.evaluate(
        "() => document.body.append(Object.assign(document.createElement('script'), {textContent: 'window.injected = 1'}))"
    )
    assert page.evaluate("() => window.injected") is None
    context.close()


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/articles/?region=510000&theme=kexue-puji",
        "/articles/?q=科普",
        "/regions/510600/",
        "/themes/tuopin-gongjian/",
        "/articles/?page=abc&region=x",
        "article",
    ],
)
def test_no_serious_accessibility_violations(page, seeds, path):
    """axe-core finds no serious or critical violation on the public pages."""
    from axe_playwright_python.sync_playwright import Axe

    if path == "article":
        page.goto("/articles/")
        page.locator("article.card h2 a").first.click()
    else:
        page.goto(path)
    results = Axe().run(page)
    assert results.response["passes"], "axe-core did not run"
    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], results.generate_report()


@pytest.mark.skipif(
    not os.environ.get("KEXIE_SCREENSHOTS"), reason="set KEXIE_SCREENSHOTS=1 to refresh docs/screenshots"
)
def test_screenshots(browser, live_server, seeds):
    """Write desktop and phone screenshots of the main pages to docs/screenshots/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shots = {
        "home": "/",
        "list": "/articles/?region=510000&theme=kexue-puji",
        "search": "/articles/?q=双城经济圈",
        "region": "/regions/500000/",
    }
    for device, options in {
        "desktop": {"viewport": {"width": 1280, "height": 900}},
        "phone": {"viewport": PHONE, "is_mobile": True, "device_scale_factor": 2},
    }.items():
        context = browser.new_context(locale="zh-CN", base_url=live_server.url, **options)
        page = context.new_page()
        for name, url in shots.items():
            page.goto(url)
            page.screenshot(path=SCREENSHOTS / f"{name}-{device}.png", full_page=device == "desktop")
        page.goto("/articles/?q=小雨点")
        page.locator("article.card h2 a").first.click()
        page.screenshot(path=SCREENSHOTS / f"article-{device}.png", full_page=device == "desktop")
        context.close()


LONG_RUN = "Supercalifragilisticexpialidocious_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


@pytest.mark.parametrize("viewport", [{"width": 375, "height": 667}, {"width": 1280, "height": 900}])
def test_a_long_latin_run_in_a_title_wraps_instead_of_widening_the_page(browser, live_server, viewport):
    """A title ending in a 60-character run without spaces wraps in the home page's columns, the related
    list and 上一篇/下一篇: the page never scrolls sideways and 下一篇 stays on screen."""
    from datetime import date

    from tests.factories import make_article

    restore_reference_data()
    older = make_article(
        "成都市科协召开年度工作会", regions=["510100"], themes=["kexue-puji"], date=date(2020, 3, 1)
    )
    long = make_article(
        f"川渝两地科协联合推进会议{LONG_RUN}",
        regions=["510100"],
        themes=["kexue-puji"],
        date=date(2020, 4, 1),
    )
    newer = make_article(
        "德阳市科协开展科普活动", regions=["510100"], themes=["kexue-puji"], date=date(2020, 5, 1)
    )
    make_article("永川区科协助力脱贫攻坚", regions=["500118"], themes=["kexue-puji"], date=date(2020, 6, 1))
    make_article(f"重庆科协{LONG_RUN}", regions=["500118"], themes=["kexue-puji"], date=date(2020, 2, 1))
    context = browser.new_context(viewport=viewport, locale="zh-CN", base_url=live_server.url)
    page = context.new_page()
    for article in [None, older, long, newer]:
        page.goto(article.get_absolute_url() if article else "/")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"], f"{page.url}: {width} px wide"
    page.goto(newer.get_absolute_url())
    box = page.locator(".neighbours .older a").bounding_box()
    assert box["x"] + box["width"] <= viewport["width"]
    context.close()


def test_a_table_in_a_story_and_a_search_for_a_long_run_fit_a_phone(browser, live_server):
    """At 375 px: a story holding a table as the importer keeps it (spaced cells, a sidebar's rows, a long
    number) and a search for a run without spaces — its heading, chip and 去掉… link — never scroll sideways."""
    from datetime import date

    from tests.factories import make_article

    restore_reference_data()
    table = make_article(
        "各区县科普经费统计",
        body=(
            "各区县科普经费统计如下。\n\n"
            "区县　　　　科普经费（万元）　　　参与人数　　　　活动场次　　　　备注\n"
            "万州区　　　　120.5　　　　　　　3000　　　　　　　45　　　　　　　含线上\n"
            "合计  19  280  4500  120  38\n\n"
            f"编号 {LONG_RUN}\n\n"
            "> 表1 2020年各区县科普经费\n> 区县\t经费\t人数\t场次\t备注\n> 万州区\t120.5\t3000\t45\t含线上"
        ),
        regions=["500101"],
        themes=["kexue-puji"],
        date=date(2020, 5, 1),
    )
    viewport = {"width": 375, "height": 667}
    # Not is_mobile: a phone's browser would widen its layout viewport to the page and hide the overflow.
    context = browser.new_context(viewport=viewport, locale="zh-CN", base_url=live_server.url)
    page = context.new_page()
    number = "2020123456789012345678901234567890123456789012"  # a search box takes 60 characters
    for path in [table.get_absolute_url(), f"/articles/?q={number}", f"/articles/?q={number}&region=500000"]:
        page.goto(path)
        width, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert width <= inner == viewport["width"], f"{page.url}: {width} px wide"
    context.close()


def test_a_search_cards_bylines_fit_a_phone(browser, live_server):
    """At 375 px the meta line of a card found by a name — date, a long list of bylines, one a Latin run
    without spaces, and the source — wraps inside the card: nothing scrolls sideways."""
    from datetime import date

    from articles.services.editing import refresh_search_text
    from tests.factories import indexed, make_article

    restore_reference_data()
    article = indexed(
        make_article(
            "川渝科协联合开展科普进社区活动", source_text="重庆市科学技术协会", date=date(2020, 5, 1)
        )
    )
    names = ["刘代荣", "张亚飞", "蓝倩", "王琳琳", "欧阳晓明", LONG_RUN[:60]]
    for order, name in enumerate(names):
        article.bylines.create(role="reporter" if order < 3 else "correspondent", name=name, order=order)
    article.bylines.create(role="photographer", name="陈婧", order=len(names))
    refresh_search_text(article=article)
    viewport = {"width": 375, "height": 667}
    context = browser.new_context(viewport=viewport, locale="zh-CN", base_url=live_server.url)
    page = context.new_page()
    page.goto("/articles/?q=刘代荣")
    assert page.locator("article.card .meta .byline").all_inner_texts() == [
        "记者 刘代荣 张亚飞 蓝倩",
        f"通讯员 王琳琳 欧阳晓明 {LONG_RUN[:60]}",
    ]
    assert page.locator("article.card .meta .byline-more").inner_text() == "等7人"  # 摄影 陈婧 is the 7th
    assert page.locator("article.card .meta mark").inner_text() == "刘代荣"
    width, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width <= inner == viewport["width"], f"{width} px wide"
    rights = page.locator("article.card .meta > *").evaluate_all(
        "els => els.map(e => e.getBoundingClientRect().right)"
    )
    assert max(rights) <= viewport["width"]
    context.close()


def test_english_paragraphs_are_not_justified_or_indented_on_a_phone(browser, live_server):
    """At 375 px an English paragraph of a bilingual story starts at the margin and is set ragged-right;
    the Chinese paragraph keeps its 2-em indent and justification."""
    from tests.factories import make_article

    restore_reference_data()
    article = make_article(
        "柑橘病虫害发生规律及防控策略",
        body="研究了重庆地区柑橘病虫害的发生规律。\n\nOccurrence Regularity and Control Strategies of Citrus Pests",
    )
    context = browser.new_context(
        viewport={"width": 375, "height": 667}, locale="zh-CN", base_url=live_server.url
    )
    page = context.new_page()
    page.goto(article.get_absolute_url())
    styles = page.locator(".story-body p").evaluate_all(
        "els => els.map(e => [getComputedStyle(e).textIndent, getComputedStyle(e).textAlign])"
    )
    assert styles[0][0] != "0px" and styles[0][1] == "justify"
    assert styles[1][0] == "0px" and styles[1][1] != "justify"
    context.close()
