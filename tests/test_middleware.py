"""RejectNullCharactersMiddleware: a NUL anywhere in a request is a 400 with a page, never a 500.

On PostgreSQL each of these URLs raised a DataError (text cannot hold NUL) before the middleware;
on SQLite they found nothing. Both databases now answer them alike.
"""

from urllib.parse import urlencode

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def client(client):
    client.raise_request_exception = False  # a 500 is what these tests look for, not an exception
    return client


PUBLIC = [
    "/regions/%00/",
    "/regions/500000%00/",
    "/feeds/regions/%00/rss/",
    "/articles/?q=%00",
    "/articles/?region=50%00",
    "/articles/?theme=%00&theme=keji",
    "/articles/?%00=1",
]
ADMIN = [
    "/admin/articles/article/?status=%00",
    "/admin/articles/article/%00/change/",
    "/admin/articles/article/1%00/change/",
    "/admin/articles/organization/?q=%00",
]


@pytest.mark.parametrize("url", PUBLIC + ADMIN)
def test_a_nul_in_a_url_is_a_bad_request_page(client, admin_user, url):
    if url.startswith("/admin/"):
        client.force_login(admin_user)
    response = client.get(url)
    assert response.status_code == 400
    assert "无法处理这个请求" in response.content.decode()


@pytest.mark.parametrize("encoded", [True, False], ids=["urlencoded", "multipart"])
def test_a_forged_form_post_with_a_nul_is_refused_before_any_action(admin_client, encoded):
    admin_client.raise_request_exception = False
    form = {"action": "delete_selected", "_selected_action": ["1\x00"], "index": "0"}
    url = reverse("admin:articles_article_changelist")
    if encoded:
        response = admin_client.post(
            url, urlencode(form, doseq=True), content_type="application/x-www-form-urlencoded"
        )
    else:
        response = admin_client.post(url, form)
    assert response.status_code == 400


def test_too_many_parameters_get_the_same_page(client):
    response = client.get("/articles/?" + "&".join(f"theme=t{index}" for index in range(2000)))
    assert response.status_code == 400
    assert "无法处理这个请求" in response.content.decode()


@pytest.mark.parametrize("url", ["/articles/?q=%E7%A7%91%E6%99%AE", "/regions/500000/", "/articles/?q=%2500"])
def test_requests_without_a_nul_pass(client, url):
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("url", ["/", "/articles/", "/no/such/page/", "/feeds/rss/"])
def test_public_pages_allow_only_the_sites_own_scripts(client, url):
    """The public site's responses carry the Content-Security-Policy: no inline script, nothing from elsewhere."""
    policy = client.get(url)["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "object-src 'none'" in policy and "'unsafe-inline'" not in policy


def test_the_admin_is_left_out_of_the_policy(client):
    assert "Content-Security-Policy" not in client.get("/admin/login/").headers
