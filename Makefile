# Two commands: `make run` serves the site with demo content, `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run serve bench bench-import bench-alerts soak test lint format migrate clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

migrate: install
	DEBUG=$${DEBUG:-true} $(BIN)/python manage.py migrate --noinput

# The development server and one task worker beside it; Ctrl-C stops both.
run: migrate
	DEBUG=$${DEBUG:-true} $(BIN)/python manage.py seed_demo
	DEBUG=$${DEBUG:-true} sh -c '$(BIN)/python manage.py db_worker & worker=$$!; \
		trap "kill $$worker 2>/dev/null" EXIT INT TERM; \
		$(BIN)/python manage.py runserver $(HOST):$(PORT)'

# Import a 70,000-row feed on PostgreSQL and SQLite; see README "Importing postings".
bench-import: install
	$(BIN)/python bench/import_feed.py

# Production-like serving on this machine: DEBUG off, gunicorn, hashed static files.
# Plain http on localhost, so no HTTPS redirect and no secure-only cookies here.
serve: export SECRET_KEY ?= $(shell test -s .secret-key || $(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > .secret-key; cat .secret-key)
serve: install
	DEBUG=false .venv/bin/python manage.py collectstatic --noinput -v0
	DEBUG=false .venv/bin/python manage.py migrate --noinput
	DEBUG=false SECURE_SSL_REDIRECT=false SECURE_COOKIES=false SECURE_HSTS_SECONDS=0 \
		BIND=$(HOST):$(PORT) $(BIN)/gunicorn jobboard.wsgi

# Load test at 100,000 postings on PostgreSQL; see README "Performance".
bench: install
	$(BIN)/python bench/run.py

# Ten minutes of steady load, a write a second and a cache outage in the middle, on
# PostgreSQL with a Redis of its own (not part of `make bench`); see README "Operating".
soak: install
	$(BIN)/python bench/soak.py

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles media .cache .pytest_cache .ruff_cache

# Match 100,000 job alerts against 1,000 new postings on PostgreSQL; see README "Job alerts".
bench-alerts: install
	$(BIN)/python bench/alert_matching.py
