# Everyday commands. `make run` sets up and serves the demo site; `make test` runs the tests.
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run install db demo serve test test-fast lint format check messages screenshots clean bench-scale

run: install db demo serve

$(PY):
	@py=$$(scripts/find-python) || exit 1; echo "Using $$py"; "$$py" -m venv $(VENV)

$(VENV)/.installed: $(PY) requirements/dev.lock
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements/dev.lock
	touch $@

install: $(VENV)/.installed

db: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py update_translation_fields
	$(PY) manage.py record_page_translations

demo: install
	$(PY) manage.py load_demo --create-admin

# Links in e-mails (Wagtail's notices too) lead to this address unless
# WAGTAILADMIN_BASE_URL is set.
serve: install
	@echo "Serving on http://$(HOST):$(PORT)/"
	WAGTAILADMIN_BASE_URL="$${WAGTAILADMIN_BASE_URL:-http://$(HOST):$(PORT)}" \
		$(PY) manage.py runserver $(HOST):$(PORT)

test: install
	$(BIN)/pytest

test-fast: install
	$(BIN)/pytest -m "not browser"

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

# Story pages, listings, writes and sitemap at 100, 1,000 and 10,000 stories.
# Needs DATABASE_URL pointing at a PostgreSQL server; uses a scratch database there.
bench-scale: install
	$(PY) scripts/bench_scale.py $(BENCH_ARGS)

messages: install
	$(PY) manage.py makemessages --all --no-obsolete --no-location --ignore=.venv --ignore=node_modules
	$(PY) manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
