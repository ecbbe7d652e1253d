# Retain CRM — two commands: `make run` and `make test`.
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: run test bench screenshots translations clean

# A .venv made by an older Python (< 3.12) is rebuilt: PySide6 6.12 is not safe on 3.11.
ifeq ($(shell [ -x $(PY) ] && $(PY) -c 'import sys; print(int(sys.version_info >= (3, 12)))' 2>/dev/null),0)
$(info rebuilding $(VENV) with Python >= 3.12)
$(shell rm -rf $(VENV))
endif

$(PY):
	"$$(sh tools/find-python.sh)" -m venv $(VENV)
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

screenshots: $(STAMP)
	$(VENV)/bin/crm-app --db /tmp/retain-shots.db demo --customers 3000 --if-missing
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py --db /tmp/retain-shots.db --out shots

# Refresh the .ts files from the sources (new strings appear untranslated for Qt Linguist), then compile.
translations: $(STAMP)
	for lang in ar; do \
		$(VENV)/bin/pyside6-lupdate crm_app/ui/*.py -ts crm_app/resources/translations/retain_$$lang.ts; \
		$(VENV)/bin/pyside6-lrelease crm_app/resources/translations/retain_$$lang.ts \
			-qm crm_app/resources/translations/retain_$$lang.qm; \
	done

clean:
	rm -rf $(VENV) build *.egg-info
