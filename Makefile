# Retain CRM — two commands: `make run` and `make test`.
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: run test bench screenshots translations report-translations clean

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
	$(VENV)/bin/crm-app demo --if-missing --loyalty
	$(VENV)/bin/crm-app

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen MPLBACKEND=Agg $(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) bench/demo_build.py --sizes 100000

screenshots: $(STAMP)
	$(VENV)/bin/crm-app --db /tmp/retain-shots.db demo --customers 3000 --loyalty --if-missing
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py --db /tmp/retain-shots.db --out shots

# Refresh the .ts files from the sources (new strings appear untranslated for Qt Linguist; strings gone from
# the code are dropped), compile the .qm files the app loads (committed: no Qt tools needed to run), then check
# that nothing is left unfinished. English holds only the plural forms ("%Ln month(s)" -> "1 month", "%Ln months").
# lupdate reads self.tr(...) and QCoreApplication.translate("Context", "literal", ...) calls. Sources: the UI and
# the Qt-free report modules whose texts the UI shows through the app's translator (kpis.py: KpiText, common.py:
# Segments). The PDF report builders translate through their own reports_xx.qm (crm_app/reports/translations/).
TR_DIR     := crm_app/resources/translations
TR_SOURCES  = $(wildcard crm_app/ui/*.py crm_app/reports/kpis.py crm_app/reports/common.py)
TR_LANGS   := ar fa ru

translations: $(STAMP) report-translations
	for lang in $(TR_LANGS); do \
		$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations relative $(TR_SOURCES) \
			-ts $(TR_DIR)/retain_$$lang.ts || exit 1; \
	done
	$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations relative -pluralonly $(TR_SOURCES) \
		-ts $(TR_DIR)/retain_en.ts
	for lang in en $(TR_LANGS); do \
		$(VENV)/bin/pyside6-lrelease -silent $(TR_DIR)/retain_$$lang.ts -qm $(TR_DIR)/retain_$$lang.qm || exit 1; \
	done
	$(PY) tools/check_translations.py

# The PDF reports' own translations (`make translations` runs this first; alone, it leaves the app's .ts alone):
# every crm_app/reports/*.py (their contexts Report, RetentionReport, CustomerReport, SupportReport, and the KpiText
# and Segments strings they share with the app, so a report is complete even where the app's .ts is not yet).
REPORT_TR_DIR := crm_app/reports/translations

report-translations: $(STAMP)
	for lang in $(TR_LANGS); do \
		$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations relative $(wildcard crm_app/reports/*.py) \
			-ts $(REPORT_TR_DIR)/reports_$$lang.ts || exit 1; \
		$(VENV)/bin/pyside6-lrelease -silent $(REPORT_TR_DIR)/reports_$$lang.ts \
			-qm $(REPORT_TR_DIR)/reports_$$lang.qm || exit 1; \
	done
	$(PY) tools/check_translations.py $(REPORT_TR_DIR)/reports_*.ts

clean:
	rm -rf $(VENV) build *.egg-info
