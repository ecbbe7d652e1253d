# Retain CRM — two commands: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test bench demo clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(STAMP): $(PY) pyproject.toml
	$(PY) -m pip install -q -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/crm-app demo --if-missing
	$(VENV)/bin/crm-app

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen MPLBACKEND=Agg $(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) bench/demo_build.py --sizes 100000

clean:
	rm -rf $(VENV) build *.egg-info
