"""The translations: complete, placeholders intact, not stale against the code, compiled .qm in step with the .ts,
and plural forms working at run time (English too)."""
from __future__ import annotations

import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from tools import check_translations as ct

TS_FILES = sorted(ct.TRANSLATIONS.glob("retain_*.ts"))


def test_every_language_has_a_ts_and_a_qm():
    names = {p.name for p in ct.TRANSLATIONS.iterdir()}
    for lang in ("en", *ct.LANGUAGES):
        assert f"retain_{lang}.ts" in names and f"retain_{lang}.qm" in names, lang


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_ts_is_finished_with_placeholders_intact(path):
    assert ct.problems(path) == []


def test_ts_files_hold_every_string_of_the_code():
    """lupdate over crm_app/ui and crm_app/reports into a temporary file: nothing may be missing from the .ts."""
    found = ct.code_messages()
    assert len(found) > 500                                   # lupdate really read the sources
    assert ("CustomersView", "Searching…", False) in found
    assert ("Support", "Pending", False) in found             # literal QCoreApplication.translate("Context", ...)
    assert ("ProfileHeader", "%Ln month(s)", True) in found   # plural form
    assert ct.stale(found=found) == []


def test_english_holds_only_plural_forms():
    msgs = ct.messages(ct.TRANSLATIONS / "retain_en.ts")
    assert msgs and all(m.numerus for m in msgs)


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_compiled_qm_matches_the_ts(path):
    """The committed .qm (the app loads it; no Qt tools at build time) says what the .ts says."""
    tr = QTranslator()
    assert tr.load(str(path.with_suffix(".qm")))
    tree = ET.parse(path)
    checked = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            src, comment = m.findtext("source"), m.findtext("comment")
            t = m.find("translation")
            if t.get("type") == "unfinished":      # reported by test_ts_is_finished_with_placeholders_intact
                continue
            if m.get("numerus") == "yes":
                forms = [f.text for f in t.iter("numerusform")]
                for n in (1, 2, 5, 11, 100):
                    assert tr.translate(name, src, comment, n) in forms, (name, src, n)
            elif t.text != src:
                assert tr.translate(name, src, comment) == t.text, (name, src)
            checked += 1
    assert checked == sum(m.kind is None for m in ct.messages(path)) > 10


def _ts(tmp_path: Path, lang: str, body: str) -> Path:
    path = tmp_path / f"retain_{lang}.ts"
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="{lang}">'
                    f"<context><name>C</name>{textwrap.dedent(body)}</context></TS>", encoding="utf-8")
    return path


def test_checker_reports_each_kind_of_problem(tmp_path):
    path = _ts(tmp_path, "ru", """
        <message><source>Saved %1 of %2</source><translation>Сохранено %1</translation></message>
        <message><source>Open</source><translation type="unfinished"></translation></message>
        <message><source>Close</source><translation></translation></message>
        <message><source>Hi</source><translation>Привет %1</translation></message>
        <message><source>&lt;b&gt;%1&lt;/b&gt;</source><translation>%1</translation></message>
        <message numerus="yes"><source>%Ln points</source><translation>
            <numerusform>%Ln балл</numerusform><numerusform>балла</numerusform></translation></message>
        <message numerus="yes"><source>%Ln days</source><translation>
            <numerusform>%Ln день</numerusform><numerusform>%n дня</numerusform><numerusform>%Ln дней</numerusform>
            </translation></message>
        <message><source>Old</source><translation type="vanished">Старое %9</translation></message>
    """)
    out = "\n".join(ct.problems(path))
    assert "'Saved %1 of %2' (plural form" not in out and "'Saved %1 of %2': placeholders differ (lost %2)" in out
    assert "'Open': unfinished" in out
    assert "'Close': empty translation" in out
    assert "'Hi': placeholders differ (added %1)" in out
    assert "HTML tags differ" in out
    assert "'%Ln points': 2 plural forms, ru needs 3" in out
    assert "'%Ln points' (plural form 2): placeholders differ (lost %Ln)" in out
    assert "'%Ln days' (plural form 2): placeholders differ (lost %Ln; added %n)" in out
    assert "Old" not in out
    assert ct.main([str(path)]) == 1


def test_checker_lets_arabic_spell_out_one_and_two(tmp_path):
    """Arabic plural forms for exactly 0, 1 and 2 may write the count as a word ("عميلان"); the others may not."""
    forms = ["لا يوجد عملاء", "عميل واحد", "عميلان", "%Ln عملاء", "%Ln عميلًا", "%Ln عميل"]
    body = "".join(f"<numerusform>{f}</numerusform>" for f in forms)
    ok = _ts(tmp_path, "ar", f'<message numerus="yes"><source>%Ln customers</source><translation>{body}'
                             "</translation></message>")
    assert ct.problems(ok) == [] and ct.main([str(ok)]) == 0
    bad = _ts(tmp_path, "ar", '<message numerus="yes"><source>%Ln customers</source><translation>'
              + "".join(f"<numerusform>{f.replace('%Ln ', '')}</numerusform>" for f in forms)
              + "</translation></message>")
    assert [p.split(": placeholders")[0].rsplit("(", 1)[1] for p in ct.problems(bad)] == [
        "plural form 4)", "plural form 5)", "plural form 6)"]


@pytest.fixture
def language(qapp):
    """install_language for a test; the previous locale, direction and translators come back afterwards."""
    from crm_app.ui import i18n

    locale, direction = QLocale(), qapp.layoutDirection()
    yield lambda lang: i18n.install_language(qapp, lang)
    for t in i18n._translators:
        qapp.removeTranslator(t)
    i18n._translators.clear()
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)


def test_plural_forms_at_run_time(language):
    from crm_app.ui.profile_header import tenure_text

    def months(n):
        return QCoreApplication.translate("ProfileHeader", "%Ln month(s)", "", n)

    language("en")
    assert (months(1), months(4)) == ("1 month", "4 months")
    assert QCoreApplication.translate("TicketsView", "%Ln tickets", "", 1) == "1 ticket"
    language("ar")
    assert [months(n) for n in (1, 2, 4, 11, 100)] == ["شهر واحد", "شهران", "٤ أشهر", "١١ شهرًا", "١٠٠ شهر"]
    language("ru")
    assert [months(n) for n in (1, 3, 5, 21)] == ["1 месяц", "3 месяца", "5 месяцев", "21 месяц"]
    language("fa")
    assert months(4) == "۴ ماه"

    class Header:                 # what tenure_text reads from a ProfileHeader
        customer_since = __import__("datetime").date(2024, 3, 1)
        tenure_years, tenure_months = 2, 3

    assert tenure_text(Header()).startswith("مشتری از ") and "۲ سال ۳ ماه" in tenure_text(Header())


def test_domain_validation_messages_are_shown_translated(language):
    """The domain layer validates in English; forms show its messages through translatable templates."""
    from crm_app.domain.customer import CustomerInput, LineInput, OrderInput, clean_customer, clean_order
    from crm_app.domain.errors import ValidationError
    from crm_app.ui.forms import message_text

    def messages(fn, *args):
        with pytest.raises(ValidationError) as exc:
            fn(*args)
        return list(exc.value.by_field().values())

    from datetime import datetime

    bad_customer = messages(clean_customer, CustomerInput(full_name="", phones=("12-34",), country="Saudi"), "US")
    bad_order = messages(clean_order, OrderInput(1, datetime(2024, 1, 2), "USD", (LineInput("", -1, 0),)))
    language("en")
    assert [message_text(m) for m in bad_customer + bad_order] == bad_customer + bad_order
    language("ru")
    shown = [message_text(m) for m in bad_customer + bad_order]
    assert all(any("а" <= ch <= "я" for ch in s) for s in shown), shown      # every one in Russian
    assert "«12-34»" in " ".join(shown) and message_text("something new") == "something new"
    assert message_text("Gold must need more spend than Silver") == "для уровня «Gold» нужно больше трат, чем для «Silver»"
