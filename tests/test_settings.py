"""Settings: production hardening, required secrets, locale, DATABASE_URL parsing."""

import os
import runpy
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

ROOT = Path(__file__).resolve().parent.parent
SETTINGS_FILE = ROOT / "kexie_cms" / "settings.py"
SETTINGS_ENV = (
    "DATABASE_URL",
    "DJANGO_DEBUG",
    "DJANGO_HTTPS",
    "DJANGO_SECRET_KEY",
    "DJANGO_ALLOWED_HOSTS",
    "DJANGO_CSRF_TRUSTED_ORIGINS",
    "DJANGO_CONN_MAX_AGE",
    "DJANGO_PG_RANDOM_PAGE_COST",
    "DJANGO_PG_GIN_PENDING_LIST_LIMIT",
    "DJANGO_CACHE_MAX_ENTRIES",
)


def load_settings(monkeypatch, **env):
    """Execute settings.py afresh with only the given DJANGO_* / DATABASE_URL variables."""
    for name in SETTINGS_ENV:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(SETTINGS_FILE))


def production_env():
    return {
        "DJANGO_DEBUG": "0",
        "DJANGO_HTTPS": "1",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
        "DJANGO_ALLOWED_HOSTS": "news.example.org",
    }


def test_production_settings_pass_check_deploy():
    """`check --deploy` reports nothing, not even a warning, with production variables."""
    # The browser fixture sets DJANGO_ALLOW_ASYNC_UNSAFE, which check --deploy rejects.
    unset = {*SETTINGS_ENV, "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {k: v for k, v in os.environ.items() if k not in unset}
    env.update(production_env(), DJANGO_SETTINGS_MODULE="kexie_cms.settings")
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_settings_are_hardened(monkeypatch):
    """DEBUG off and HTTPS on turn on redirects, secure cookies and HSTS."""
    conf = load_settings(monkeypatch, **production_env())

    assert conf["DEBUG"] is False
    assert conf["ALLOWED_HOSTS"] == ["news.example.org"]
    assert conf["SECURE_SSL_REDIRECT"] is True
    assert conf["SESSION_COOKIE_SECURE"] and conf["CSRF_COOKIE_SECURE"]
    assert conf["SECURE_HSTS_SECONDS"] >= 60 * 60 * 24 * 365


def test_missing_secret_key_with_debug_off_fails(monkeypatch):
    """Without DJANGO_SECRET_KEY, DEBUG off refuses to start and names the variable."""
    with pytest.raises(ImproperlyConfigured, match="DJANGO_SECRET_KEY"):
        load_settings(monkeypatch, DJANGO_DEBUG="0")


def test_development_defaults_need_no_environment(monkeypatch):
    """With no variables: DEBUG on, a development key, an SQLite file in the project."""
    conf = load_settings(monkeypatch)

    assert conf["DEBUG"] is True
    assert conf["SECRET_KEY"].startswith("django-insecure-")
    db = conf["DATABASES"]["default"]
    assert db["ENGINE"] == "django.db.backends.sqlite3"
    assert Path(db["NAME"]) == ROOT / "db.sqlite3"
    assert "journal_mode=WAL" in db["OPTIONS"]["init_command"]


def test_locale_and_time_zone():
    """The site is Simplified Chinese on Beijing time, with aware datetimes."""
    assert settings.LANGUAGE_CODE == "zh-hans"
    assert settings.TIME_ZONE == "Asia/Shanghai"
    assert settings.USE_TZ is True


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "postgresql://kexie:s3cret@db.example.org:5433/news",
            {"NAME": "news", "USER": "kexie", "PASSWORD": "s3cret", "HOST": "db.example.org", "PORT": 5433},
        ),
        # The form scripts/test.sh uses for its throwaway cluster's Unix socket.
        (
            "postgresql://postgres@/kexie?host=/tmp/kexie-pg.abc",
            {
                "NAME": "kexie",
                "USER": "postgres",
                "HOST": "",
                "OPTIONS": {
                    "host": "/tmp/kexie-pg.abc",
                    "options": "-c random_page_cost=1.1 -c gin_pending_list_limit=256kB",
                },
            },
        ),
        ("postgresql://postgres@%2Fvar%2Frun%2Fpostgresql/kexie", {"HOST": "/var/run/postgresql"}),
    ],
)
def test_database_url_parsing(monkeypatch, url, expected):
    """DATABASE_URL selects PostgreSQL with persistent, health-checked connections."""
    db = load_settings(monkeypatch, DATABASE_URL=url)["DATABASES"]["default"]

    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert db["CONN_MAX_AGE"] == 60
    assert db["CONN_HEALTH_CHECKS"] is True
    for key, value in expected.items():
        assert db[key] == value, key


@pytest.mark.parametrize(
    ("value", "expected"),
    [("", None), ("2", "-c random_page_cost=2.0"), ("1.1", "-c random_page_cost=1.1")],
)
def test_postgres_random_page_cost(monkeypatch, value, expected):
    """The planner cost for the site's PostgreSQL connections: set per connection, or left to the server."""
    db = load_settings(
        monkeypatch, DATABASE_URL="postgresql://u@h/news", DJANGO_PG_RANDOM_PAGE_COST=value,
        DJANGO_PG_GIN_PENDING_LIST_LIMIT="",
    )["DATABASES"]["default"]

    assert db.get("OPTIONS", {}).get("options") == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("", None), ("1MB", "-c gin_pending_list_limit=1MB"), ("512", "-c gin_pending_list_limit=512")],
)
def test_postgres_gin_pending_list_limit(monkeypatch, value, expected):
    """The search index's pending list for the site's connections (services/search.py explains why)."""
    db = load_settings(
        monkeypatch, DATABASE_URL="postgresql://u@h/news", DJANGO_PG_RANDOM_PAGE_COST="",
        DJANGO_PG_GIN_PENDING_LIST_LIMIT=value,
    )["DATABASES"]["default"]

    assert db.get("OPTIONS", {}).get("options") == expected


def test_a_malformed_gin_pending_list_limit_is_refused(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="DJANGO_PG_GIN_PENDING_LIST_LIMIT"):
        load_settings(monkeypatch, DATABASE_URL="postgresql://u@h/news", DJANGO_PG_GIN_PENDING_LIST_LIMIT="1 -c x=y")


def test_sqlite_gets_no_postgres_options(monkeypatch):
    db = load_settings(monkeypatch)["DATABASES"]["default"]

    assert "options" not in db["OPTIONS"]


@pytest.mark.postgres_only
def test_live_connection_uses_the_configured_random_page_cost(db):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        assert float(cursor.fetchone()[0]) == float(os.environ.get("DJANGO_PG_RANDOM_PAGE_COST") or 1.1)


@pytest.mark.postgres_only
def test_live_connection_keeps_the_search_indexs_pending_list_small(db):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW gin_pending_list_limit")
        assert cursor.fetchone()[0] == (os.environ.get("DJANGO_PG_GIN_PENDING_LIST_LIMIT") or "256kB")


def test_cache_keeps_more_entries_than_djangos_default(monkeypatch):
    caches = load_settings(monkeypatch, DJANGO_CACHE_MAX_ENTRIES="5000")["CACHES"]

    assert caches["default"]["OPTIONS"]["MAX_ENTRIES"] == 5000
    assert load_settings(monkeypatch)["CACHES"]["default"]["OPTIONS"]["MAX_ENTRIES"] == 3000


@pytest.mark.parametrize(
    ("url", "backend"),
    [
        ("locmem://", "django.core.cache.backends.locmem.LocMemCache"),
        ("file:///var/cache/kexie", "django.core.cache.backends.filebased.FileBasedCache"),
        ("db://kexie_cache", "django.core.cache.backends.db.DatabaseCache"),
    ],
)
def test_cache_url(url, backend):
    from kexie_cms.settings import cache_from_url

    assert cache_from_url(url)["BACKEND"] == backend


def test_unknown_cache_scheme_is_a_clear_error():
    from django.core.exceptions import ImproperlyConfigured

    from kexie_cms.settings import cache_from_url

    with pytest.raises(ImproperlyConfigured, match="DJANGO_CACHE_URL"):
        cache_from_url("memcached://localhost")


@pytest.mark.django_db
def test_sqlite_connections_checkpoint_the_wal_in_large_steps():
    """The import commits once per page; small automatic checkpoints cost it ~8 %."""
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_autocheckpoint")
        assert cursor.fetchone()[0] == 10000
