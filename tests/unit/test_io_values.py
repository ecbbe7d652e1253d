"""Cell value parsing: dates in ISO and local formats (any digits), amounts with any separators."""
from datetime import date, datetime
from decimal import Decimal

import pytest

from crm_app.io import values as V


@pytest.mark.parametrize("text, order, expected", [
    ("2024-01-15", None, date(2024, 1, 15)),
    ("2024/1/5", None, date(2024, 1, 5)),
    ("2024.01.15", None, date(2024, 1, 15)),
    ("15/01/2024", None, date(2024, 1, 15)),            # day > 12 decides
    ("01/15/2024", None, date(2024, 1, 15)),            # month/day
    ("03/04/2024", "DMY", date(2024, 4, 3)),
    ("03/04/2024", "MDY", date(2024, 3, 4)),
    ("15.01.24", "DMY", date(2024, 1, 15)),             # Russian style, two-digit year
    ("15-01-1999", "DMY", date(1999, 1, 15)),
    ("٢٠٢٤-٠٣-١٥", None, date(2024, 3, 15)),            # Arabic-Indic digits
    ("١٥/٠٣/٢٠٢٤", "DMY", date(2024, 3, 15)),
    ("۲۰۲۴/۰۳/۱۵", None, date(2024, 3, 15)),            # Persian digits, Gregorian year
    ("۱۴۰۳/۰۱/۰۱", None, date(2024, 3, 20)),            # Persian digits, Solar Hijri year: Nowruz 1403
    ("12 Jan 2024", None, date(2024, 1, 12)),
    ("Jan 12, 2024", None, date(2024, 1, 12)),
    ("12 января 2024 г.", None, date(2024, 1, 12)),
    ("12 مارس 2024", None, date(2024, 3, 12)),
    ("\u200f15/01/2024\u200f", None, date(2024, 1, 15)),  # bidi marks from an RTL spreadsheet
])
def test_dates(text, order, expected):
    assert V.parse_date(text, order) == expected


def test_date_times():
    assert V.parse_datetime("2024-01-15T10:11:12.5Z") == datetime(2024, 1, 15, 10, 11, 12, 500000)
    assert V.parse_datetime("2024-01-15 10:30") == datetime(2024, 1, 15, 10, 30)
    assert V.parse_datetime("3/4/2024 5:06 PM", "MDY") == datetime(2024, 3, 4, 17, 6)
    assert V.parse_datetime(datetime(2024, 1, 2, 3, 4)) == datetime(2024, 1, 2, 3, 4)   # an .xlsx cell
    assert V.parse_datetime(date(2024, 1, 2)) == datetime(2024, 1, 2)


@pytest.mark.parametrize("text, order", [
    ("03/04/2024", None),          # ambiguous and no column format
    ("25/13/2024", "DMY"),         # against the column's format
    ("2024-02-30", None), ("31/02/2024", "DMY"), ("yesterday", None), ("", None), ("1850-01-01", None),
    ("2024-13-01", None), ("45123", None),
])
def test_bad_dates(text, order):
    with pytest.raises(ValueError):
        V.parse_date(text, order)


def test_number_cells_are_not_dates():
    with pytest.raises(ValueError):
        V.parse_date(45123.0)


def test_infer_date_order():
    assert V.infer_date_order(["01/02/2024", "25/02/2024"]) == "DMY"
    assert V.infer_date_order(["02/25/2024", "01/02/2024"]) == "MDY"
    assert V.infer_date_order(["01/02/2024"], default="MDY") == "MDY"
    assert V.infer_date_order(["2024-01-02"]) is None
    # dots are written day.month.year (Russian, German, Turkish...), even where the region reads month first
    assert V.infer_date_order(["03.04.1988", "01.02.1990"], default="MDY") == "DMY"
    assert V.infer_date_order(["03.04.1988", "03/04/1988"], default="MDY") == "MDY"
    assert V.infer_date_order(["04.25.1988"], default="DMY") == "MDY"        # the values decide first


def test_jalali_conversion():
    assert V.jalali_to_gregorian(1403, 1, 1) == (2024, 3, 20)
    assert V.jalali_to_gregorian(1402, 12, 29) == (2024, 3, 19)
    assert V.jalali_to_gregorian(1399, 12, 30) == (2021, 3, 20)   # leap Esfand
    with pytest.raises(ValueError):
        V.jalali_to_gregorian(1403, 7, 31)


@pytest.mark.parametrize("text, decimal, expected", [
    ("1234.5", None, "1234.5"), ("1,234.50", None, "1234.50"), ("1.234,50", None, "1234.50"),
    ("1 234,50", None, "1234.50"), ("1\u00a0234,50", None, "1234.50"), ("1'234.50", None, "1234.50"),
    ("١٬٢٣٤٫٥٠", None, "1234.50"), ("۱۲۳٫۵", None, "123.5"), ("$12", None, "12"), ("12.50 SAR", None, "12.50"),
    ("12,50 ₽", None, "12.50"), ("€ 1.234.567,89", None, "1234567.89"), ("12.50 ر.س", None, "12.50"),
    ("(12.50)", None, "-12.50"), ("-3", None, "-3"), ("−3.5", None, "-3.5"), ("12,5", None, "12.5"),
    (".5", None, "0.5"), ("0,250", None, "0.250"),
    ("1,250", None, "1250"), ("1.250", None, "1.250"),        # no hint: comma groups, point is decimal
    ("1,250", ",", "1.250"), ("1.250", ",", "1250"),          # the column says comma is the decimal mark
    ("1,234,567", None, "1234567"), ("1.234.567", None, "1234567"),
])
def test_amounts(text, decimal, expected):
    assert V.parse_amount(text, decimal) == Decimal(expected)


def test_amount_cells_from_xlsx_are_exact():
    assert V.parse_amount(12.3) == Decimal("12.3")      # never a binary float artefact
    assert V.parse_amount(0.1 + 0.2) == Decimal("0.30000000000000004")
    assert V.parse_amount(7) == Decimal(7)
    assert isinstance(V.parse_amount("12.5"), Decimal)


@pytest.mark.parametrize("text", ["abc", "1e5", "12/5", "1,2,3.4.5", "1.23,4.5", "", "  ", "12.345,67,8",
                                  "=1+2", "1,23,456"])
def test_bad_amounts(text):
    with pytest.raises(ValueError):
        V.parse_amount(text)


def test_bad_amount_values():
    for v in (float("nan"), float("inf"), True):
        with pytest.raises(ValueError):
            V.parse_amount(v)


def test_infer_decimal():
    assert V.infer_decimal(["12,50", "3,1"]) == ","
    assert V.infer_decimal(["1,234.50"]) == "."
    assert V.infer_decimal(["1.234.567"]) == ","
    assert V.infer_decimal(["1.250", "2.500"]) is None


def test_integers_and_flags():
    assert V.parse_int("٣") == 3 and V.parse_int("2.0") == 2 and V.parse_int(5.0) == 5 and V.parse_int("1,000") == 1000
    for bad in ("1.5", "x", "", True):
        with pytest.raises(ValueError):
            V.parse_int(bad)
    with pytest.raises(ValueError):
        V.parse_int("0", minimum=1)
    assert V.parse_bool("Yes") and V.parse_bool("نعم") and V.parse_bool("да") and V.parse_bool("x")
    assert not V.parse_bool("no") and not V.parse_bool("нет") and not V.parse_bool("")
    with pytest.raises(ValueError):
        V.parse_bool("maybe")


def test_text():
    assert V.text("  Layla \t Haddad ") == "Layla Haddad"
    assert V.text(123.0) == "123" and V.text(None) == ""
    with pytest.raises(ValueError):
        V.text("x" * 201, 200)


def test_fast_amount_paths_read_exactly_like_the_parser():
    """The importer's fast path for common till formats gives the parser's result, or declines."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from crm_app.io.import_purchases import _minor, fast_minor

    for raw, dec, exp, want in [("1.234,50", ",", 2, 123450), ("1 234,50", None, 2, 123450),
                                ("1,234.50", ".", 2, 123450), ("12,5", None, 2, 1250), ("1\u00a0234", None, 2, 123400),
                                ("0,250", None, 3, 250), ("1.234.567,89", ",", 2, 123456789), ("١٢٫٥", None, 2, None)]:
        assert fast_minor(raw, dec, exp) == want, raw
    for raw, dec in [("1,250", None), ("1.250", ","), ("1.234.50", None), ("-3", None), ("$3", None),
                     ("1,2345", None), ("1.234,567", ",")]:
        assert fast_minor(raw, dec, 2) is None, raw

    digits = st.integers(0, 10 ** 9).map(str)

    @st.composite
    def amounts(draw):
        whole = draw(st.integers(0, 10 ** 9))
        group = draw(st.sampled_from(["", ".", ",", " ", "\u00a0"]))
        text = f"{whole:,}".replace(",", group) if group else str(whole)
        if draw(st.booleans()):
            text += draw(st.sampled_from([".", ","])) + draw(digits.map(lambda d: d[:draw(st.integers(1, 4))]))
        return text

    @settings(max_examples=2000, deadline=None)
    @given(raw=amounts(), dec=st.sampled_from([None, ".", ","]), exp=st.sampled_from([0, 2, 3]))
    def check(raw, dec, exp):
        fast = fast_minor(raw, dec, exp)
        try:
            slow = _minor(V.parse_amount(raw, dec), exp)
        except ValueError:
            assert fast is None
            return
        assert fast is None or fast == slow, (raw, dec, exp, fast, slow)

    check()


def test_formula_like_text_is_defused_in_csv_and_read_back():
    from crm_app.io.export import cell_text
    from crm_app.io.values import clean

    for text in ("=HYPERLINK(\"http://x\")", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3+cmd|x"):
        out = cell_text(text)
        assert out.startswith("'") and clean(out) == clean(text)
    assert cell_text("\tx") == "'\tx"
    assert cell_text("- note") == "'- note"
    for text in ("+966 50 123 4567", "+1 (212) 555-0100", "-12.50", "Ali", ""):
        assert cell_text(text) == text
    assert cell_text(-5) == "-5"
