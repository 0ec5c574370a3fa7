# The two commands a newcomer needs:
#   make run    install into .venv, migrate the SQLite database, load demo data, serve on 127.0.0.1:8000
#   make test   install the test tools into .venv and run the whole test suite
# Everything else here is what those two build on, plus `make lint` and `make ci`.

SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# The development server runs in DEBUG with generated keys in var/ (git-ignored).
DEV_ENV := DJANGO_DEBUG=true
# axe-core, injected into pages by the browser tests (npm ci installs it from package-lock.json).
AXE := node_modules/axe-core/axe.min.js

.PHONY: run test e2e screenshots lint format ci venv deps dev-deps fonts pdftools libreoffice office browser migrate demo clean

run: deps
	$(DEV_ENV) $(PY) manage.py migrate --no-input
	$(DEV_ENV) $(PY) manage.py load_demo
	@echo ""
	@echo "  Open http://$(HOST):$(PORT)/ and log in with a demo account above."
	@echo "  Stop the server with Ctrl-C."
	@echo ""
	@# A task worker beside the server builds bundles; it stops with the server.
	$(DEV_ENV) $(PY) manage.py db_worker --interval 1 --no-startup-delay & WORKER=$$!; \
	trap 'kill $$WORKER 2>/dev/null' EXIT INT TERM; \
	$(DEV_ENV) $(PY) manage.py runserver $(HOST):$(PORT)

test: dev-deps
	$(VENV)/bin/pytest

# The browser suite (e2e/): the whole journey in Debian's Chromium against a real server.
e2e: dev-deps browser $(AXE)
	$(VENV)/bin/pytest e2e -p no:randomly

# The user guide's pictures: the browser suite, saving its screenshots in docs/screenshots.
screenshots: dev-deps browser $(AXE)
	rm -f docs/screenshots/*.png
	E2E_SCREENSHOT_DIR=docs/screenshots $(VENV)/bin/pytest e2e -p no:randomly

lint: dev-deps
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/djlint --check templates
	$(VENV)/bin/djlint --lint templates
	$(VENV)/bin/bandit -r config testimony accounts -c pyproject.toml -ll -q
	$(DEV_ENV) DJANGO_VAR_DIR=var/lint $(PY) manage.py makemigrations --check --dry-run

format: dev-deps
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/djlint --reformat templates

ci:
	bash .ci/run

# A Python of 3.12 or newer: the one pyenv selects from .python-version, else python3.12/3.13.
venv: $(VENV)/bin/python

$(VENV)/bin/python:
	@set -e; \
	for candidate in python3 python3.13 python3.12; do \
	  if command -v $$candidate >/dev/null 2>&1 && \
	     $$candidate -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then \
	    PYTHON=$$candidate; break; \
	  fi; \
	done; \
	if [ -z "$$PYTHON" ]; then \
	  echo "This project needs Python 3.12 or newer; none was found on PATH." >&2; \
	  echo "On Debian/Ubuntu: sudo apt-get install python3.12 python3.12-venv (or use pyenv: pyenv install 3.12)." >&2; \
	  exit 1; \
	fi; \
	if ! $$PYTHON -m venv $(VENV) 2>/dev/null; then \
	  rm -rf $(VENV); \
	  VERSION=$$($$PYTHON -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")'); \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing python$$VERSION-venv with apt-get (venv support is a separate Debian package)."; \
	    apt-get update -qq && apt-get install -y -qq python$$VERSION-venv; \
	    $$PYTHON -m venv $(VENV); \
	  else \
	    echo "$$PYTHON cannot create a virtual environment." >&2; \
	    echo "On Debian/Ubuntu run: sudo apt-get install python$$VERSION-venv, then make again." >&2; \
	    exit 1; \
	  fi; \
	fi; \
	$(VENV)/bin/python -m pip install --quiet --upgrade pip

deps: $(VENV)/.deps fonts

$(VENV)/.deps: requirements.txt | $(VENV)/bin/python
	$(VENV)/bin/pip install --quiet -r requirements.txt
	touch $@

# Bundle PDFs embed TrueType fonts, each character in the first that has it: Hangul (Debian's
# fonts-nanum), Latin with diacritics, Greek and Cyrillic (fonts-dejavu-core), Chinese simplified
# and traditional (fonts-wqy-zenhei: TrueType outlines; reportlab cannot embed the CFF outlines of
# fonts-noto-cjk), symbols and emoji (fonts-symbola). Without the Hangul font nothing renders;
# without a fallback, a document holding a character only it has fails with a clear message.
HANGUL_FONT := /usr/share/fonts/truetype/nanum/NanumGothic.ttf
FALLBACK_FONTS := /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf:fonts-dejavu-core \
	/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc:fonts-wqy-zenhei \
	/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf:fonts-symbola
fonts:
	@MISSING=""; \
	if [ -z "$$TESTIMONY_PDF_FONT" ] && [ ! -f $(HANGUL_FONT) ]; then MISSING="fonts-nanum"; fi; \
	for entry in $(FALLBACK_FONTS); do \
	  [ -f "$${entry%%:*}" ] || MISSING="$$MISSING $${entry##*:}"; \
	done; \
	if [ -z "$$MISSING" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "Installing$$MISSING with apt-get (bundle PDFs embed fonts for Hangul, Latin, Cyrillic, Chinese and emoji)."; \
	  apt-get update -qq && apt-get install -y -qq $$MISSING; \
	elif [ -z "$$TESTIMONY_PDF_FONT" ] && [ ! -f $(HANGUL_FONT) ]; then \
	  echo "Bundle PDFs need a font that covers Hangul, and none was found." >&2; \
	  echo "On Debian/Ubuntu run: sudo apt-get install$$MISSING" >&2; \
	  echo "or set TESTIMONY_PDF_FONT to a TrueType (.ttf) font with Hangul. Then make again." >&2; \
	  exit 1; \
	else \
	  echo "Warning: bundle PDFs cannot draw every script without$$MISSING;" >&2; \
	  echo "a document with such a character fails with a message naming it." >&2; \
	  echo "On Debian/Ubuntu run: sudo apt-get install$$MISSING" >&2; \
	fi

# The tests read bundle PDFs back with pdftotext (Debian's poppler-utils).
pdftools:
	@if command -v pdftotext >/dev/null 2>&1; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "Installing poppler-utils with apt-get (the tests read bundle PDFs with pdftotext)."; \
	  apt-get update -qq && apt-get install -y -qq poppler-utils; \
	else \
	  echo "Warning: pdftotext was not found; the tests that read PDFs with it are skipped." >&2; \
	  echo "On Debian/Ubuntu run: sudo apt-get install poppler-utils" >&2; \
	fi

# LibreOffice (Debian's writer and calc without a GUI, some 230 MB installed): the tests that
# convert every bundle DOCX and XLSX as a real client would. `make test` does not need it (those
# tests are skipped without it, saying how to install it); CI installs it with this target and
# fails, rather than skips, when it is missing (CI=true). `make office` is the same target.
libreoffice:
	@if command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1; then exit 0; fi; \
	PACKAGES="libreoffice-writer-nogui libreoffice-calc-nogui"; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "Installing LibreOffice ($$PACKAGES) with apt-get (the tests convert bundle documents with it)."; \
	  apt-get update -qq && apt-get install -y -qq --no-install-recommends $$PACKAGES; \
	elif command -v apt-get >/dev/null 2>&1 && sudo -n true 2>/dev/null; then \
	  echo "Installing LibreOffice ($$PACKAGES) with sudo apt-get."; \
	  sudo apt-get update -qq && sudo apt-get install -y -qq --no-install-recommends $$PACKAGES; \
	else \
	  echo "The tests that open bundle documents in LibreOffice need soffice, and none was found." >&2; \
	  echo "On Debian/Ubuntu run: sudo apt-get install --no-install-recommends $$PACKAGES" >&2; \
	  echo "elsewhere install LibreOffice so that soffice is on PATH. Then make libreoffice again." >&2; \
	  exit 1; \
	fi

office: libreoffice

# The browser tests drive Debian's Chromium (never a browser downloaded by `playwright install`).
CHROMIUM := /usr/bin/chromium
browser:
	@if [ -n "$$E2E_CHROMIUM" ] || [ -x $(CHROMIUM) ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "Installing chromium with apt-get (the browser tests drive it)."; \
	  apt-get update -qq && apt-get install -y -qq chromium; \
	elif command -v apt-get >/dev/null 2>&1 && sudo -n true 2>/dev/null; then \
	  echo "Installing chromium with sudo apt-get (the browser tests drive it)."; \
	  sudo apt-get update -qq && sudo apt-get install -y -qq chromium; \
	else \
	  echo "The browser tests need Chromium at $(CHROMIUM), and none was found." >&2; \
	  echo "On Debian/Ubuntu run: sudo apt-get install chromium" >&2; \
	  echo "or set E2E_CHROMIUM to a Chromium or Chrome binary. Then make e2e again." >&2; \
	  exit 1; \
	fi

# axe-core (accessibility checks in the browser tests), pinned in package-lock.json.
$(AXE): package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
	  echo "The browser tests need npm to install axe-core." >&2; \
	  echo "On Debian/Ubuntu run: sudo apt-get install npm. Then make e2e again." >&2; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

dev-deps: $(VENV)/.dev-deps fonts pdftools

$(VENV)/.dev-deps: requirements.txt requirements-dev.txt | $(VENV)/bin/python
	$(VENV)/bin/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.deps $@

clean:
	rm -rf $(VENV) var/test var/lint .pytest_cache .ruff_cache node_modules
