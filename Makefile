# Developer tasks for the township power-disclosure portal (GNU make). `make` lists them.
# No target reads standard input, so each works in CI and with `make run < /dev/null`.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:
MAKEFLAGS += --no-print-directory

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
PIP := $(BIN)/python -m pip --disable-pip-version-check
COMPILEMESSAGES := $(MANAGE) compilemessages --ignore=$(VENV)
RUNSERVER_ADDR ?= 127.0.0.1:8000
PYTEST_ARGS ?=

# The stamps live inside the virtualenv, so deleting .venv also forgets what was installed in it.
RUNTIME_STAMP := $(VENV)/.runtime-requirements.stamp
DEV_STAMP := $(VENV)/.dev-requirements.stamp

.PHONY: help run test test-dates lint bench messages clean os-deps-run os-deps-test

help: ## list the targets
	@echo "Township power-disclosure portal. Targets:"
	@awk -F ':.*## ' '/^[a-z][a-z-]*:.*## / {printf "  make %-9s %s\n", $$1, $$2}' $(MAKEFILE_LIST)
	@echo "Variables: PYTEST_ARGS (e.g. make test PYTEST_ARGS='-k catalog'), RUNSERVER_ADDR, PYTHON."

# Without Redis there is no Celery beat: the periodic jobs run in a scheduler beside the server
# (manage.py run_scheduler), stopped when the server stops. With REDIS_URL, worker and beat do.
run: export DEBUG := true
run: os-deps-run $(RUNTIME_STAMP) ## install what is missing, migrate, load the demo township, serve http://127.0.0.1:8000
	$(COMPILEMESSAGES)
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	@if [ -n "$${REDIS_URL:-}" ]; then \
		$(MANAGE) runserver $(RUNSERVER_ADDR); \
	else \
		$(MANAGE) run_scheduler & scheduler=$$!; \
		trap 'kill $$scheduler 2>/dev/null || true; wait $$scheduler || true' EXIT; \
		$(MANAGE) runserver $(RUNSERVER_ADDR); \
	fi

test: os-deps-test $(DEV_STAMP) ## run the tests (SQLite and in-process tasks unless DATABASE_URL / REDIS_URL are set)
	$(COMPILEMESSAGES)
	$(BIN)/pytest $(PYTEST_ARGS)

# The tests marked `dates` again, as if each session started on one of these days (Beijing time):
# a new year's day, February's end, a month's 31st, the 7th (before a monthly deadline).
DATE_MATRIX ?= 2027-01-01 2027-02-28 2027-08-31 2027-06-07
test-dates: os-deps-test $(DEV_STAMP) ## run the date-sensitive tests as if today were each day of DATE_MATRIX
	$(COMPILEMESSAGES)
	@failed=""; for day in $(DATE_MATRIX); do \
		echo "==> tests marked 'dates' on $$day"; \
		$(BIN)/pytest -m dates --today $$day -p no:cacheprovider -q $(PYTEST_ARGS) || failed="$$failed $$day"; \
	done; \
	if [ -n "$$failed" ]; then echo "test-dates failed on:$$failed"; exit 1; fi

lint: $(DEV_STAMP) ## ruff, Django's system checks and missing migrations (scripts/check)
	bash scripts/check

# The benchmark runs as docker-compose.yml serves: DEBUG off (static files from the collected
# manifest) and no https redirect (TLS ends at the proxy). The environment may override both.
bench: export SECURE_SSL_REDIRECT ?= false
bench: os-deps-run $(DEV_STAMP) ## migrate, collect static files, then print the benchmark table
	$(MANAGE) migrate --noinput
	$(MANAGE) collectstatic --noinput --verbosity 0
	$(MANAGE) bench

messages: os-deps-run $(RUNTIME_STAMP) ## update the English catalog (locale/en) from the source strings and compile it
	$(MANAGE) makemessages -l en --no-location --ignore=$(VENV) --ignore=staticfiles
	$(COMPILEMESSAGES)

clean: ## remove the virtualenv (with its stamps), caches and compiled files; keeps the database and media
	rm -rf $(VENV) .pytest_cache .ruff_cache staticfiles
	find . -path ./.git -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +
	find . -path ./.git -prune -o -type f -name '*.mo' -exec rm -f {} +

os-deps-run:
	bash scripts/install-os-deps.sh run

os-deps-test:
	bash scripts/install-os-deps.sh test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall only when a requirements file changed since the last install.
$(RUNTIME_STAMP): requirements.txt | $(BIN)/python
	$(PIP) install -r requirements.txt
	touch $@

# requirements-dev.txt includes requirements.txt, so this install covers the runtime stamp too.
$(DEV_STAMP): requirements.txt requirements-dev.txt | $(BIN)/python
	$(PIP) install -r requirements-dev.txt
	touch $@ $(RUNTIME_STAMP)
