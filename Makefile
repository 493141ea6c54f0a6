# KSO Desktop: build, test and run targets.  Run `make` or `make help` for the list.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-builtin-rules

VENV      := .venv
PY        := $(VENV)/bin/python
PIP       := $(VENV)/bin/pip
STAMP_SYS := $(VENV)/.system-deps-ok
STAMP_VENV := $(VENV)/.installed

# Debian packages the app, the Qt platform plugins and the test session need.
SYSTEM_PACKAGES := libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 \
	libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-dejavu-core fonts-noto-core xvfb xauth \
	gnome-keyring dbus dbus-x11 poppler-utils postgresql

UI_FILES   := $(sort $(wildcard ui/*.ui))
FORMS_DIR  := kso_desktop/gui/forms
LINT_PATHS := $(wildcard kso_desktop kso_portal tests bench tools)
PYTEST_ARGS ?=

.PHONY: help deps-system venv forms check-forms translations check-translations lint test run bench dist dist-check screenshots screenshots-200 clean distclean

help:
	@echo "KSO Desktop make targets:"
	@echo "  deps-system  check/install the Debian packages (root: apt-get; otherwise prints the sudo line)"
	@echo "  venv         create $(VENV) and install the project with [dev] extras (re-runs when pyproject.toml changes)"
	@echo "  forms        regenerate $(FORMS_DIR)/ui_*.py from ui/*.ui"
	@echo "  check-forms  fail if the committed generated forms are stale"
	@echo "  translations        update resources/translations/kso_desktop_en.ts (lupdate) and build the .qm (lrelease)"
	@echo "  check-translations  fail if the committed .ts/.qm are stale or an English translation is missing"
	@echo "  lint         ruff check, ruff format --check, mypy, lint-imports"
	@echo "  test         deps-system, venv, check-forms, lint, then pytest in a private D-Bus/keyring session"
	@echo "               (extra pytest arguments: make test PYTEST_ARGS='-k foo')"
	@echo "  run          start the app in demo mode (on Xvfb when there is no display)"
	@echo "  bench        run every bench/*.py (not part of make test)"
	@echo "  dist         build the one-folder app with PyInstaller (build.spec)"
	@echo "  screenshots  render docs/screenshots/main.png offscreen"
	@echo "  screenshots-200  the main window and the plan at 200% scaling (docs/screenshots/200/)"
	@echo "  dist-check   build the app and run its --smoke-test on the frozen binary (CI does this)"
	@echo "  clean        remove build/, dist/ and caches (keeps $(VENV))"
	@echo "  distclean    clean, and remove $(VENV) too"

# ---------------------------------------------------------------------------
# System packages
deps-system: $(STAMP_SYS)

# Re-checked whenever the stamp is missing or this Makefile (the package list) changed.
$(STAMP_SYS): Makefile
	@missing=(); \
	for pkg in $(SYSTEM_PACKAGES); do \
	  status="$$(dpkg-query -W -f='$${Status}' "$$pkg" 2>/dev/null || true)"; \
	  [[ "$$status" == "install ok installed" ]] || missing+=("$$pkg"); \
	done; \
	if (( $${#missing[@]} )); then \
	  if [[ "$$(id -u)" == 0 ]]; then \
	    echo ">> Ontbrekende systeempakketten worden geïnstalleerd / installing missing system packages: $${missing[*]}"; \
	    apt-get update; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$${missing[@]}"; \
	  else \
	    echo "" >&2; \
	    echo "Er ontbreken systeempakketten. Installeer ze met:" >&2; \
	    echo "Missing system packages. Install them with:" >&2; \
	    echo "" >&2; \
	    echo "    sudo apt-get install -y $${missing[*]}" >&2; \
	    echo "" >&2; \
	    exit 1; \
	  fi; \
	fi; \
	mkdir -p $(VENV); \
	touch $@

# ---------------------------------------------------------------------------
# Virtualenv
venv: $(STAMP_VENV)

$(PY):
	@pybin="$$(command -v python3.11 || command -v python3 || true)"; \
	if [[ -z "$$pybin" ]]; then \
	  echo "Geen python3.11/python3 gevonden / no python3.11 or python3 found (need Python >= 3.11)." >&2; exit 1; \
	fi; \
	if ! "$$pybin" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then \
	  echo "Python >= 3.11 nodig / Python >= 3.11 required, but $$pybin is $$("$$pybin" --version 2>&1)." >&2; exit 1; \
	fi; \
	echo ">> creating $(VENV) with $$pybin ($$("$$pybin" --version 2>&1))"; \
	"$$pybin" -m venv $(VENV)

$(STAMP_VENV): pyproject.toml | $(PY)
	$(PIP) install --upgrade pip
	$(PIP) install -e '.[dev]'
	touch $@

# ---------------------------------------------------------------------------
# Generated Qt Designer forms (kso_desktop/gui/forms/__init__.py is never touched)
forms: $(STAMP_VENV)
	@mkdir -p $(FORMS_DIR)
	@for ui in $(UI_FILES); do \
	  name="$$(basename "$$ui" .ui)"; \
	  echo "pyside6-uic $$ui -> $(FORMS_DIR)/ui_$$name.py"; \
	  $(VENV)/bin/pyside6-uic "$$ui" -o "$(FORMS_DIR)/ui_$$name.py"; \
	done

check-forms: $(STAMP_VENV)
	@tmp="$$(mktemp -d)"; trap 'rm -rf "$$tmp"' EXIT; \
	stale=0; \
	for ui in $(UI_FILES); do \
	  name="$$(basename "$$ui" .ui)"; \
	  committed="$(FORMS_DIR)/ui_$$name.py"; \
	  $(VENV)/bin/pyside6-uic "$$ui" -o "$$tmp/ui_$$name.py"; \
	  if [[ ! -f "$$committed" ]]; then \
	    echo "missing: $$committed (from $$ui)" >&2; stale=1; \
	  elif ! diff -u "$$committed" "$$tmp/ui_$$name.py"; then \
	    stale=1; \
	  fi; \
	done; \
	shopt -s nullglob; \
	for gen in $(FORMS_DIR)/ui_*.py; do \
	  name="$$(basename "$$gen" .py)"; name="$${name#ui_}"; \
	  if [[ ! -f "ui/$$name.ui" ]]; then echo "orphan: $$gen has no ui/$$name.ui (delete it)" >&2; stale=1; fi; \
	done; \
	if (( stale )); then echo "Generated forms are stale: run make forms" >&2; exit 1; fi; \
	echo "forms up to date"

# ---------------------------------------------------------------------------
# Translations (Qt Linguist): Dutch is the source language, English the translation.
# Generated forms are left out: lupdate reads the .ui files themselves.
TS_FILE  := resources/translations/kso_desktop_en.ts
QM_FILE  := resources/translations/kso_desktop_en.qm
TR_SOURCES = $(UI_FILES) $(filter-out %/__init__.py %/smoke.py,$(sort $(wildcard kso_desktop/gui/*.py)))
LUPDATE_FLAGS := -silent -no-obsolete -locations none -source-language nl_NL -target-language en_GB

translations: $(STAMP_VENV)
	@mkdir -p resources/translations
	$(VENV)/bin/pyside6-lupdate $(LUPDATE_FLAGS) $(TR_SOURCES) -ts $(TS_FILE)
	$(VENV)/bin/pyside6-lrelease -silent $(TS_FILE) -qm $(QM_FILE)

# The tests in tests/gui/test_gui_translations.py do the real comparison; this runs them early and alone.
check-translations: $(STAMP_VENV)
	bash tools/with-test-session.sh $(PY) -m pytest -q -p no:cacheprovider tests/gui/test_gui_translations.py

# ---------------------------------------------------------------------------
# Lint and tests
lint: $(STAMP_VENV)
	$(VENV)/bin/ruff check $(LINT_PATHS)
	$(VENV)/bin/ruff format --check $(LINT_PATHS)
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

# pytest's exit code 5 (no tests collected) is non-zero, so it fails the target too.
test: deps-system venv check-forms check-translations lint
	bash tools/with-test-session.sh $(PY) -m pytest $(PYTEST_ARGS)

# ---------------------------------------------------------------------------
# Running
run: deps-system venv
	@if [[ -z "$${DISPLAY:-}" && -z "$${WAYLAND_DISPLAY:-}" ]]; then \
	  echo "Let op: geen scherm gevonden (DISPLAY/WAYLAND_DISPLAY leeg); de app draait op een virtueel scherm (xvfb-run)."; \
	  echo "Note: no display found (DISPLAY/WAYLAND_DISPLAY unset); running the app on a virtual screen (xvfb-run)."; \
	  xvfb-run -a $(VENV)/bin/kso-desktop --demo; \
	else \
	  $(VENV)/bin/kso-desktop --demo; \
	fi

# Every bench script in turn (not the _helpers), then one table of their RESULT lines in bench/RESULTS.md.
bench: deps-system venv
	@shopt -s nullglob; files=(bench/[!_]*.py); \
	if (( ! $${#files[@]} )); then echo "no bench/*.py"; exit 0; fi; \
	: > .bench.log; \
	for f in "$${files[@]}"; do \
	  echo ">> $$f"; \
	  bash tools/with-test-session.sh $(PY) "$$f" | tee -a .bench.log; \
	done; \
	$(PY) tools/bench_results.py .bench.log -o bench/RESULTS.md

dist: venv
	$(PIP) install -e '.[build]'
	$(VENV)/bin/pyinstaller --noconfirm build.spec
	@echo ">> bundle: $$(du -sh dist/kso-desktop | cut -f1) in dist/kso-desktop/"

# Build the one-folder app and run its --smoke-test (database, keyring, PDF fonts, translations, window).
dist-check: deps-system dist
	bash tools/with-test-session.sh dist/kso-desktop/kso-desktop --smoke-test

# Rendered from a fresh demo database, so they show what a new user sees.
SCREENSHOT_VIEWS := main te-doen logboek jongere mentor vastleggen vergrendeld

screenshots: venv
	mkdir -p docs/screenshots
	tmp="$$(mktemp -d)"; trap 'rm -rf "$$tmp"' EXIT; \
	for view in $(SCREENSHOT_VIEWS); do \
	  QT_QPA_PLATFORM=offscreen $(VENV)/bin/kso-desktop --data-dir "$$tmp" --demo \
	    screenshot "docs/screenshots/$$view.png" --view "$$view"; \
	done; \
	daniel="$$($(VENV)/bin/kso-desktop --data-dir "$$tmp" --demo jongeren list --json --alle \
	  | $(PY) -c 'import json,sys; print(next(j["id"] for j in json.load(sys.stdin) if j["naam"] == "Daniel Tekle"))')"; \
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/kso-desktop --data-dir "$$tmp" --demo \
	  screenshot docs/screenshots/plan.png --view plan --jongere "$$daniel"; \
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/kso-desktop --data-dir "$$tmp" --demo \
	  screenshot docs/screenshots/formulieren.png --view formulieren --jongere "$$daniel"; \
	mariam="$$($(VENV)/bin/kso-desktop --data-dir "$$tmp" --demo jongeren list --json --alle \
	  | $(PY) -c 'import json,sys; print(next(j["id"] for j in json.load(sys.stdin) if j["naam"] == "Mariam Haddad"))')"; \
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/kso-desktop --data-dir "$$tmp" --demo \
	  screenshot docs/screenshots/netwerk.png --view netwerk --jongere "$$mariam"

# 200% scaling (QT_SCALE_FACTOR=2) on a 2560x1440 screen: 1280x720 logical; the PNGs are 2560x1440 pixels.
screenshots-200: venv
	mkdir -p docs/screenshots/200
	tmp="$$(mktemp -d)"; trap 'rm -rf "$$tmp"' EXIT; \
	daniel="$$($(VENV)/bin/kso-desktop --data-dir "$$tmp" --demo jongeren list --json --alle \
	  | $(PY) -c 'import json,sys; print(next(j["id"] for j in json.load(sys.stdin) if j["naam"] == "Daniel Tekle"))')"; \
	for view in main plan; do \
	  QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=2 $(VENV)/bin/kso-desktop --data-dir "$$tmp" --demo \
	    screenshot "docs/screenshots/200/$$view.png" --view "$$view" --jongere "$$daniel" --size 1280x720; \
	done

# ---------------------------------------------------------------------------
clean:
	rm -rf build dist .mypy_cache .ruff_cache .pytest_cache .hypothesis
	find . -path ./$(VENV) -prune -o \( -name __pycache__ -o -name '*.egg-info' \) -type d -print0 \
	  | xargs -0 -r rm -rf

distclean: clean
	rm -rf $(VENV)
