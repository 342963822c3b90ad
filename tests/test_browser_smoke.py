"""Browser wiring: Playwright drives Debian's chromium against the live server."""

import pytest

pytestmark = pytest.mark.browser


def test_admin_login_page_is_chinese(page):
    """The admin login page loads in chromium and speaks 简体中文."""
    response = page.goto("/admin/login/")

    assert response is not None and response.ok
    assert page.locator("html").get_attribute("lang") == "zh-hans"
    assert "用户名" in page.locator("#login-form").inner_text()
    assert page.locator("input[type=submit]").get_attribute("value") == "登录"
