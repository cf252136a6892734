# The two commands of the README. Both create .venv on first use.
#   make run   – the dashboard on the embedded data pack, http://127.0.0.1:8050
#   make test  – the whole test suite, browser tests in headless Chromium included
#   make bench – the performance benchmark (bench/README.md); prints its tables
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test bench chromium servers encoder lint lock axe

run: $(VENV)/.installed
	$(PY) app.py

# Two workers (CI has two cores); a test file stays on one worker, so its module-wide app and browser are started once.
test: $(VENV)/.installed-test chromium servers encoder axe lint
	$(PY) -m pytest -n 2 --dist loadfile

# ruff (settings in pyproject.toml): the code is clean and formatted, or the tests do not start
lint: $(VENV)/.installed-test
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

bench: $(VENV)/.installed-test chromium servers
	$(PY) -m bench

$(VENV)/.installed: requirements.txt requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt -c requirements.lock
	touch $@

$(VENV)/.installed-test: requirements.txt requirements-test.txt requirements.lock $(VENV)/.installed
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-test.txt -c requirements.lock
	touch $@

# the lock: the whole tested environment, pinned (after editing requirements*.txt, in a fresh .venv)
lock: $(VENV)/.installed-test
	{ sed -n '1,3p' requirements.lock; $(PY) -m pip freeze --disable-pip-version-check; } > requirements.lock.new && mv requirements.lock.new requirements.lock

# Browser tests drive Debian's Chromium; a missing browser is an error, never a skipped test.
chromium:
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	else echo "The browser tests need Chromium: sudo apt-get install chromium chromium-driver" >&2; exit 1; fi

# axe-core for the accessibility test, pinned by tests/browser/axe/package-lock.json (test-only, never served to visitors)
AXE := tests/browser/axe
axe: $(AXE)/node_modules/.package-lock.json

$(AXE)/node_modules/.package-lock.json: $(AXE)/package.json $(AXE)/package-lock.json
	cd $(AXE) && npm ci --silent --no-audit --no-fund

# The MP4 export encodes with Debian's ffmpeg; its test needs it (the atlas runs without it, offering no MP4).
encoder:
	@if command -v ffmpeg >/dev/null && command -v ffprobe >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ffmpeg >/dev/null; \
	else echo "The MP4 export's test needs ffmpeg: sudo apt-get install ffmpeg" >&2; exit 1; fi

# The answer-store tests start Debian's redis-server; the load test puts nginx in front of two app instances.
servers:
	@if command -v redis-server >/dev/null && { command -v nginx || test -x /usr/sbin/nginx; } >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server nginx >/dev/null; \
	else echo "The tests need redis-server and the load test nginx: sudo apt-get install redis-server nginx" >&2; exit 1; fi
