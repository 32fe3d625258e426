# Thung Ngoen: `make run` and `make test` set up everything they need on a fresh machine.
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PYTEST_ARGS ?=
export THUNGNGOEN_DATABASE_URL ?= sqlite:///var/thungngoen.db
# The demo pilot's PromptPay ID (a made-up number): a real deployment sets its own, and
# without one the server refuses PromptPay top-ups (decision 0030).
export THUNGNGOEN_OPERATOR_PROMPTPAY_ID ?= 0800000000

.PHONY: run test bench fuzz lint format setup system-deps clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

# Debian packages the tests use: hledger checks our exported journals; Chromium (with
# fonts that render Thai) runs the browser tests; poppler's pdftotext reads the PDFs we
# render. One apt-get update, only if one is missing.
system-deps:
	@missing=""; \
	command -v hledger >/dev/null || missing="$$missing hledger"; \
	[ -x /usr/bin/chromium ] || missing="$$missing chromium"; \
	dpkg-query -W -f='$${Status}' fonts-thai-tlwg 2>/dev/null | grep -q 'ok installed' || \
		missing="$$missing fonts-thai-tlwg"; \
	command -v pdftotext >/dev/null || missing="$$missing poppler-utils"; \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages:$$missing"; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

run: $(STAMP)
	$(BIN)/thungngoen db upgrade
	$(BIN)/thungngoen demo
	$(BIN)/thungngoen savings demo
	$(BIN)/thungngoen data demo
	$(BIN)/thungngoen simulate --members 300 --merchants 30 --days 30 --seed 7
	$(BIN)/thungngoen verify
	@echo "serving on http://127.0.0.1:8000 (API docs: http://127.0.0.1:8000/api/docs)"
	$(BIN)/thungngoen serve --host 127.0.0.1 --port 8000

test: $(STAMP) system-deps
	mkdir -p test-artifacts
	$(BIN)/pytest -n 2 --dist worksteal $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf var test-artifacts .pytest_cache .mypy_cache .ruff_cache

# Schemathesis over the whole JSON API as an operator and as a member (CI runs 45 s each).
FUZZ_SECONDS ?= 600
fuzz: $(STAMP)
	$(BIN)/python scripts/fuzz_api.py --seconds $(FUZZ_SECONDS) --report test-artifacts/fuzz
