"""Settings for kexie_cms, read from the environment with safe development defaults.

Production is PostgreSQL behind HTTPS (``DATABASE_URL``, ``DJANGO_DEBUG=0``,
``DJANGO_HTTPS=1``); development needs nothing and uses an SQLite file.
"""

import os
import re
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [part.strip() for part in value.split(",") if part.strip()]


DEBUG = env_bool("DJANGO_DEBUG", True)
HTTPS = env_bool("DJANGO_HTTPS", False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.")
    SECRET_KEY = "django-insecure-development-only-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "kexie_cms.admin_site.KexieAdminConfig",  # django.contrib.admin, ids checked (admin_site.py)
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django_filters",
    "simple_history",
    "articles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "kexie_cms.middleware.PublicContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "kexie_cms.middleware.RejectNullCharactersMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "kexie_cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "kexie_cms.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout let the dev server read while an import writes. A checkpoint every
    # 10,000 WAL pages (~40 MB) instead of 1,000: an import commits once per page, and the copying
    # and syncing of ten times as many small checkpoints cost it ~8 % (docs/BENCHMARKS.md).
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=10000;",
        "transaction_mode": "IMMEDIATE",
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Random reads cost little more than sequential ones on SSD storage. With PostgreSQL's
    # default of 4 the planner reads every stored search vector for a common search word
    # (0.5–0.9 s at 100k articles) instead of the GIN index (~0.13 s).
    random_page_cost = os.environ.get("DJANGO_PG_RANDOM_PAGE_COST", "1.1")
    if random_page_cost:
        options = DATABASES["default"].setdefault("OPTIONS", {})
        options["options"] = (
            f"{options.get('options', '')} -c random_page_cost={float(random_page_cost)}".strip()
        )
    # A small pending list for the search index, so editors' saves are merged into it every few
    # dozen and searches keep using it (articles/services/search.py; an import batches more).
    pending_list = os.environ.get("DJANGO_PG_GIN_PENDING_LIST_LIMIT", "256kB")
    if pending_list:
        if not re.fullmatch(r"\d+(kB|MB)?", pending_list):
            raise ImproperlyConfigured("DJANGO_PG_GIN_PENDING_LIST_LIMIT: a size such as 256kB")
        options = DATABASES["default"].setdefault("OPTIONS", {})
        options["options"] = f"{options.get('options', '')} -c gin_pending_list_limit={pending_list}".strip()

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
FORMS_URLFIELD_ASSUME_HTTPS = True  # Django 6.0 behaviour now; silences the transition warning

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文")]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
# Before Django's own catalogues: the strings its zh_Hans translation lacks (locale/zh_Hans/…/django.po).
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

SITE_NAME = os.environ.get("KEXIE_SITE_NAME", "川渝科协新闻")


def cache_from_url(url: str) -> dict:
    """``locmem://`` (default, per process), ``file:///var/cache/kexie`` (shared by gunicorn workers
    on one machine, no extra service) or ``db://table`` (shared across machines; run createcachetable)."""
    scheme, _, location = url.partition("://")
    backends = {
        "locmem": "django.core.cache.backends.locmem.LocMemCache",
        "file": "django.core.cache.backends.filebased.FileBasedCache",
        "db": "django.core.cache.backends.db.DatabaseCache",
    }
    if scheme not in backends:
        raise ImproperlyConfigured(f"DJANGO_CACHE_URL: unknown scheme {scheme!r} (use locmem, file or db)")
    return {
        "BACKEND": backends[scheme],
        "LOCATION": location or "kexie",
        "TIMEOUT": 600,
        # Django's default of 300 entries is soon full: every filter combination has its counts,
        # facet panel and a page of cards (about 20 KB) in the cache.
        "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("DJANGO_CACHE_MAX_ENTRIES", "3000"))},
    }


# Caches the public pages' counts and facets, keyed by a data version (articles/services/facets.py).
CACHES = {"default": cache_from_url(os.environ.get("DJANGO_CACHE_URL", "locmem://"))}

# Served over HTTPS in production: redirect, secure cookies, HSTS.
if HTTPS:
    SECURE_SSL_REDIRECT = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# The public pages load scripts, styles and everything else from the site itself, and nothing runs
# inline (kexie_cms/middleware.py; not sent with the admin's pages).
PUBLIC_CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}

# --- Admin login (issue 5, articles/admin) -------------------------------------------------
# Logged-out users are sent to the admin login; repeated failed logins are throttled by
# django-axes: 5 failures for one username from one IP lock that pair out for 15 minutes.
# Behind a reverse proxy, set AXES_IPWARE_PROXY_COUNT / AXES_IPWARE_META_PRECEDENCE_ORDER so
# axes sees the client's address, not the proxy's.
from datetime import timedelta  # noqa: E402

LOGIN_URL = "admin:login"
INSTALLED_APPS += ["axes"]
MIDDLEWARE += ["axes.middleware.AxesMiddleware"]
AUTHENTICATION_BACKENDS = [
    "articles.admin.auth.ThrottledLoginBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("KEXIE_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("KEXIE_LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "articles.admin.auth.locked_out"  # an admin page: the site header, the wait in minutes
AXES_VERBOSE = False
