# Two commands do everything: `make report` and `make test`.
# Both create .venv if it is missing and install the pinned dependencies first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
CORPUS ?= corpus

.PHONY: setup report test export lock clean bench bench-100k bench-scattertext bench-reuse evaluate lab

setup: $(STAMP)

$(STAMP): requirements.txt constraints.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt -c constraints.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

## Export the tables, run every notebook, render reports/ (CORPUS=path for another corpus).
report: $(STAMP)
	$(BIN)/python -m analysis report --corpus $(CORPUS)

## The whole test suite: style (ruff), unit and property tests, and every notebook under nbval (strict).
test: $(STAMP)
	$(BIN)/ruff check analysis tests
	$(BIN)/ruff format --check analysis tests
	$(BIN)/python -m pytest

## JupyterLab at the repository root, so the exercises reach corpus/, analysis/data/ and coding/;
## it opens the first lesson. --allow-root only when run as root (Jupyter refuses root without it).
lab: $(STAMP)
	$(BIN)/jupyter lab --ServerApp.root_dir="$(CURDIR)" --LabApp.default_url=/lab/tree/notebooks/01_corpus.ipynb \
	  $(if $(filter 0,$(shell id -u)),--allow-root)

export: $(STAMP)
	$(BIN)/python -m analysis export --corpus $(CORPUS)

## Re-pin every package after changing requirements.txt.
lock: $(STAMP)
	{ echo "# Every package of the environment, pinned (pip freeze with Python 3.11)."; \
	  echo "# Used as 'pip install -r requirements.txt -c constraints.txt'; regenerate with 'make lock'."; \
	  $(BIN)/python -m pip freeze --exclude-editable | grep -v '^analysis'; } > constraints.txt

clean:
	rm -rf $(VENV) build

## Benchmark every export stage on synthetic corpora (figures printed, nothing asserted):
## realistic vocabulary (analysis/bench_corpus.py), tables written as CSV and as Parquet.
bench: $(STAMP)
	$(BIN)/python -m analysis bench --articles 1000 --out build/bench
	$(BIN)/python -m analysis bench --articles 1000 --stream --chunk-size 500 --out build/bench --formats parquet
	$(BIN)/python -m analysis bench --articles 10000 --stream --chunk-size 1000 --out build/bench --formats parquet

## 1,000, 10,000 and 100,000 articles side by side, streamed (10k and 100k in the same chunks of 2,000, so the
## two compare for linearity); long: more than an hour on 2 cores. Parquet only (the CSV would be tens of GB).
bench-100k: $(STAMP)
	$(BIN)/python -m analysis bench --articles 1000 --stream --chunk-size 500 --out build/bench --formats parquet
	$(BIN)/python -m analysis bench --articles 10000 --stream --chunk-size 2000 --out build/bench --formats parquet
	$(BIN)/python -m analysis bench --articles 100000 --stream --chunk-size 2000 --out build/bench --formats parquet

## The benchmark with Scattertext as a reference, in its own environment (it needs an older scipy).
bench-scattertext: $(STAMP)
	test -x .venv-scattertext/bin/python || $(PYTHON) -m venv .venv-scattertext
	.venv-scattertext/bin/python -m pip install --quiet --disable-pip-version-check scattertext==0.2.2 six==1.17.0
	$(BIN)/python -m analysis bench --articles 1000 --out build/bench --scattertext .venv-scattertext/bin/python
	$(BIN)/python -m analysis bench --articles 10000 --out build/bench --scattertext .venv-scattertext/bin/python

## Reuse detection on 1,000, 5,000 and 10,000 synthetic articles with planted reuse: time, memory, precision, recall.
bench-reuse: $(STAMP)
	$(BIN)/python -m analysis bench-reuse --articles 10000

## Score cleaning, attribution and voice on the held-out pages (python -m analysis evaluate --part dev for the others).
evaluate: $(STAMP)
	$(BIN)/python -m analysis evaluate --part heldout
