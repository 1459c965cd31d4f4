# syntax=docker/dockerfile:1
# One image for the web server (gunicorn), the Celery worker and Celery beat; docker-compose.yml
# picks the command. Configuration comes from the environment at run time (see README.md).
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# The Debian packages (Graphviz, Pango and HarfBuzz for WeasyPrint, CJK fonts, gettext, libmagic,
# poppler-utils) come from scripts/install-os-deps.sh, the one list that `make run`, `make test`
# and CI install from too; tests/test_deployment.py checks that it covers what the code loads.
# Copied alone so that this layer is rebuilt only when the list changes.
COPY scripts/install-os-deps.sh scripts/
RUN bash scripts/install-os-deps.sh run \
    && rm -rf /var/lib/apt/lists/*

# Dependencies first, so that a code change does not reinstall them.
COPY requirements.txt .
RUN pip install -r requirements.txt

COPY . .

# The settings want a SECRET_KEY when DEBUG is off; these commands sign nothing, so a throwaway
# key that exists only during the build will do. The real one comes at run time. `check` imports
# every URL and view, so a missing system library (libmagic, Pango) fails the build, not the start.
RUN export SECRET_KEY=build-time-only-not-a-secret \
    && python manage.py check \
    && python manage.py compilemessages --ignore=.venv \
    && python manage.py collectstatic --noinput

# Run as an unprivileged user that can write only the media directory (a volume in compose).
RUN useradd --system --uid 10001 --user-group --no-create-home --home-dir /app \
        --shell /usr/sbin/nologin portal \
    && mkdir -p /data/media \
    && chown portal:portal /data/media
ENV MEDIA_ROOT=/data/media
USER portal

EXPOSE 8000
CMD ["gunicorn", "township_portal.wsgi", "--bind", "0.0.0.0:8000", "--access-logfile", "-"]
