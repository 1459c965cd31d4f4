# syntax=docker/dockerfile:1
# One image for the web server (gunicorn), the Celery worker and Celery beat; docker-compose.yml
# picks the command. Configuration comes from the environment at run time (see README.md).
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# Graphviz renders the flowcharts; Pango and HarfBuzz let WeasyPrint write PDFs; the CJK fonts
# keep Chinese text from turning into empty boxes in SVG, PNG and PDF; gettext compiles the
# translations.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        graphviz \
        fonts-noto-cjk \
        libpango-1.0-0 \
        libpangoft2-1.0-0 \
        libharfbuzz-subset0 \
        gettext \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app

# Dependencies first, so that a code change does not reinstall them.
COPY requirements.txt .
RUN pip install -r requirements.txt

COPY . .

# The settings want a SECRET_KEY when DEBUG is off; these two commands sign nothing, so a
# throwaway key that exists only during the build will do. The real one comes at run time.
RUN SECRET_KEY=build-time-only-not-a-secret python manage.py compilemessages --ignore=.venv \
    && SECRET_KEY=build-time-only-not-a-secret python manage.py collectstatic --noinput

# Run as an unprivileged user that can write only the media directory (a volume in compose).
RUN useradd --system --uid 10001 --user-group --no-create-home --home-dir /app \
        --shell /usr/sbin/nologin portal \
    && mkdir -p /data/media \
    && chown portal:portal /data/media
ENV MEDIA_ROOT=/data/media
USER portal

EXPOSE 8000
CMD ["gunicorn", "township_portal.wsgi", "--bind", "0.0.0.0:8000", "--access-logfile", "-"]
