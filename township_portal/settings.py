"""Settings, read from environment variables.

The defaults give the embedded single-machine setup: SQLite, tasks run in-process and a
local-memory cache. DATABASE_URL and REDIS_URL switch to PostgreSQL, Redis and Celery workers.
Helpers fail loudly on a bad value instead of guessing (healthchecks' envbool).
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def envbool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    word = value.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{name}={value!r}: expected one of true/false, yes/no, on/off, 1/0")


def envint(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r}: expected a whole number") from None


def envlist(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None:
        return default
    return [part.strip() for part in value.split(",") if part.strip()]


def envurl(name: str, default: str) -> str:
    value = os.environ.get(name, default).strip()
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise ImproperlyConfigured(f"{name}={value!r}: expected an http(s) address")
    return value.rstrip("/")


DEBUG = envbool("DEBUG", False)

# Without SECRET_KEY, management commands and the local demo still start with an insecure
# key; `check --deploy` reports it (security.W009) and the WSGI server refuses to serve.
SECRET_KEY_IS_SET = bool(os.environ.get("SECRET_KEY"))
SECRET_KEY = os.environ.get("SECRET_KEY") or "django-insecure-local-demo-only-never-in-production"

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
SITE_URL = envurl("SITE_URL", "http://127.0.0.1:8000")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", [SITE_URL])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "guardian",
    "simple_history",
    "axes",
    "csp",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    # The project's apps, from the bottom up: each imports only those before it (the import
    # contract in pyproject.toml, checked by `make lint`).
    "powers",
    "printing",
    "risks",
    "disclosures",
    "projects",
    "exchange",
    "feedback",
    "cases",
    "public",
    "opendata",
    "audit",
    "operations",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "public.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a lockout into its response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "township_portal.urls"
WSGI_APPLICATION = "township_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=envint("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory, for the test database: Celery workers in the tests must open it too.
    # It lies beside the database (test-db.sqlite3 for db.sqlite3), so two checkouts or two runs
    # with their own DATABASE_URL do not share one.
    _sqlite = Path(DATABASES["default"]["NAME"])
    DATABASES["default"]["TEST"] = {"NAME": str(_sqlite.with_name(f"test-{_sqlite.name}"))}
    # WAL lets the public read while an official writes; the busy timeout rides out short locks.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:
    # Redis down is a cache miss, not an error page (powers/cache_backend.py); the short
    # timeouts bound the wait for a server that does not answer.
    CACHES = {
        "default": {
            "BACKEND": "powers.cache_backend.FailSoftRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "portal"),
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1.0},
        }
    }
    CACHES["limits"] = CACHES["default"]
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        # Per-address limits must count across processes (gunicorn workers): in the database,
        # in the table disclosures' migration 0008 creates.
        "limits": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "portal_limits_cache",
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        },
    }

# Celery: with no Redis, tasks run in-process at once (the embedded setup).
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = envint("CELERY_TASK_TIME_LIMIT", 300)
CELERY_TASK_SOFT_TIME_LIMIT = envint("CELERY_TASK_SOFT_TIME_LIMIT", 240)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = "Asia/Shanghai"
CELERY_BEAT_SCHEDULE: dict[str, dict] = {
    # The outbox sweep: renders whose task could not be sent (Redis down) or whose worker died.
    "sweep-flowchart-renders": {
        "task": "powers.tasks.sweep_flowchart_renders",
        "schedule": envint("FLOWCHART_SWEEP_SECONDS", 60),
    },
    # The same for printed sheets (打印件): print jobs left queued or killed while rendering.
    "sweep-print-jobs": {
        "task": "printing.tasks.sweep_print_jobs",
        "schedule": envint("PRINT_SWEEP_SECONDS", 60),
    },
    # The same for imports (导入): previews and imports never sent, lost, or killed midway.
    "sweep-import-jobs": {
        "task": "exchange.tasks.sweep_import_jobs",
        "schedule": envint("IMPORT_SWEEP_SECONDS", 60),
    },
    # Early warnings from the risk ledger's checks, and escalation of unanswered ones.
    "issue-system-warnings": {
        "task": "risks.tasks.issue_system_warnings",
        "schedule": crontab(hour=6, minute=0),  # in CELERY_TIMEZONE, Asia/Shanghai
    },
    # Scheduled publication (定时发布) of approved disclosures whose time has come.
    "publish-due-disclosures": {
        "task": "disclosures.tasks.publish_due_disclosures",
        "schedule": 5 * 60,
    },
    # A warning for each disclosure-catalog matter past its deadline (公开目录逾期预警).
    "warn-overdue-obligations": {
        "task": "disclosures.catalog_tasks.warn_overdue_obligations",
        "schedule": crontab(hour=6, minute=30),  # in CELERY_TIMEZONE, Asia/Shanghai
    },
    # A warning for each work-plan checklist item past its phase's deadline (实施步骤逾期预警).
    "warn-overdue-workplan-items": {
        "task": "audit.tasks.warn_overdue_workplan_items",
        "schedule": crontab(hour=6, minute=40),  # in CELERY_TIMEZONE, Asia/Shanghai
    },
    # The audit chain's head of the day, on the public page of daily heads (the page records it
    # itself when no beat runs, as in the embedded setup).
    "publish-daily-chain-head": {
        "task": "audit.tasks.publish_daily_chain_head",
        "schedule": crontab(hour=0, minute=5),  # in CELERY_TIMEZONE, Asia/Shanghai
    },
    # Open cases re-checked as days pass: a step past its time limit (权力运行超时预警).
    "check-open-cases": {
        "task": "cases.tasks.check_open_cases",
        "schedule": crontab(hour=6, minute=50),  # in CELERY_TIMEZONE, Asia/Shanghai
    },
}
FLOWCHART_RENDER_TIMEOUT = envint("FLOWCHART_RENDER_TIMEOUT", 30)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "guardian.backends.ObjectPermissionBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "powers:my_work"
LOGOUT_REDIRECT_URL = "public:home"

# Clients behind reverse proxies: how many trusted proxies stand in front of the web server
# (0: none, X-Forwarded-For is ignored). Every per-address limit asks powers.clientip.client_ip.
TRUSTED_PROXY_COUNT = envint("TRUSTED_PROXY_COUNT", 0)
if TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured(f"TRUSTED_PROXY_COUNT={TRUSTED_PROXY_COUNT}: expected 0 or more")

# Sign-in lockout: five failures for one account from one address lock it for a cool-off, and
# so do twenty failures from one address across accounts (password spraying).
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", 5)
AXES_IP_FAILURE_LIMIT = envint("AXES_IP_FAILURE_LIMIT", 20)
AXES_COOLOFF_TIME = timedelta(minutes=envint("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_HANDLER = "powers.clientip.SprayLimitingAxesHandler"
AXES_CLIENT_IP_CALLABLE = "powers.clientip.client_ip"
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

# django-guardian: grants live on Unit and Township only (direct foreign-key models in powers).
ANONYMOUS_USER_NAME = None
GUARDIAN_RAISE_403 = False

SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True
SIMPLE_HISTORY_REVERT_DISABLED = True

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Uploaded archives (Word and Excel files are zip packages) are refused before anything reads
# them when their entries would unpack to more than this, are this many, or one entry unpacks
# to more than this many times its compressed size (risks.uploads): a zip bomb.
UPLOAD_ARCHIVE_MAX_BYTES = envint("UPLOAD_ARCHIVE_MAX_BYTES", 100 * 1024 * 1024)
UPLOAD_ARCHIVE_MAX_ENTRIES = envint("UPLOAD_ARCHIVE_MAX_ENTRIES", 2000)
UPLOAD_ARCHIVE_MAX_RATIO = envint("UPLOAD_ARCHIVE_MAX_RATIO", 200)
# A table to import (exchange): a few thousand rows are a few MB; a bigger file is not a table.
IMPORT_MAX_BYTES = envint("IMPORT_MAX_BYTES", 20 * 1024 * 1024)
# A picture is decoded to be cleaned of its metadata: 50 megapixels (a phone's largest photo)
# decode to about 150 MB; a small file claiming more is refused before decoding.
UPLOAD_IMAGE_MAX_PIXELS = envint("UPLOAD_IMAGE_MAX_PIXELS", 50_000_000)
# Hashed, compressed static files (after collectstatic) unless DEBUG or STATIC_MANIFEST=false
# (the test suite serves them straight from the app folders).
STATIC_MANIFEST = envbool("STATIC_MANIFEST", not DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if STATIC_MANIFEST
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = not STATIC_MANIFEST

# Security. With DEBUG off, `manage.py check --deploy` reports nothing.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = envint("SESSION_COOKIE_AGE", 8 * 3600)
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if envbool("SECURE_PROXY_SSL_HEADER_ENABLED", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SILENCED_SYSTEM_CHECKS: list[str] = []

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}

# Public pages are cached until something in their township is published or withdrawn.
PUBLIC_PAGE_CACHE_SECONDS = envint("PUBLIC_PAGE_CACHE_SECONDS", 3600)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        "axes": {"level": "WARNING"},  # it logs every sign-in at INFO
        "celery.app.trace": {"level": "WARNING"},  # every task's success, at INFO
    },
}

# The open data API (/api/, opendata/api.py): read-only, public data only, for everyone
# without an account. No authentication at all, so neither sessions nor CSRF play a part and
# every caller is throttled as anonymous, per address, in the "limits" cache.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.AnonRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": "120/min"},
    # The API's own throttle asks powers.clientip.client_ip; this keeps DRF's default (on the
    # schema view) from believing a client's X-Forwarded-For too.
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "权力公开透明运行平台 开放数据接口",
    "DESCRIPTION": "各单位已发布的权力事项、流程图、风险点、公开事项和民生工程，只读。",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/",
}

# Public feedback (监督评议): a daily reminder for feedback past its reply deadline, and the
# 429 page of django-ratelimit's per-address limits (counted in the "limits" cache).
CELERY_BEAT_SCHEDULE["warn-unanswered-feedback"] = {
    "task": "feedback.tasks.warn_unanswered_feedback",
    "schedule": crontab(hour=6, minute=10),  # in CELERY_TIMEZONE, Asia/Shanghai
}
RATELIMIT_VIEW = "feedback.views.rate_limited"
RATELIMIT_USE_CACHE = "limits"
RATELIMIT_IP_META_KEY = "powers.clientip.client_ip"
# With the cache server down, the limits let requests through instead of refusing everyone.
RATELIMIT_FAIL_OPEN = True

# Running the portal (operations): the scheduled backup and its retention, and what /readyz/
# accepts. A backup runs daily at BACKUP_HOUR:30 (Beijing time) only when BACKUP_DIR is set;
# retention keeps BACKUP_KEEP_COUNT backups and none older than BACKUP_KEEP_DAYS (0 turns a
# rule off), and always the newest one.
BACKUP_DIR = os.environ.get("BACKUP_DIR", "").strip()
BACKUP_KEEP_DAYS = envint("BACKUP_KEEP_DAYS", 14)
BACKUP_KEEP_COUNT = envint("BACKUP_KEEP_COUNT", 7)
if BACKUP_DIR:
    CELERY_BEAT_SCHEDULE["backup"] = {
        "task": "operations.tasks.backup_and_prune",
        "schedule": crontab(hour=envint("BACKUP_HOUR", 2), minute=30),  # in CELERY_TIMEZONE
    }
# The worker's sign of life (and beat's, which sends it) for /readyz/.
CELERY_BEAT_SCHEDULE["heartbeat"] = {
    "task": "operations.tasks.heartbeat",
    "schedule": envint("HEARTBEAT_SECONDS", 60),
}
READY_HEARTBEAT_MAX_AGE = envint("READY_HEARTBEAT_MAX_AGE", 300)
READY_BEAT_MAX_AGE = envint("READY_BEAT_MAX_AGE", 300)
READY_MEDIA_MIN_FREE_MB = envint("READY_MEDIA_MIN_FREE_MB", 500)
