"""Parsing cell values from spreadsheets and CSV files: dates, amounts (Decimal, never float), integers.

Every parser accepts Arabic-Indic and Persian digits, stray bidi marks and surrounding spaces, and
raises ValueError with a message meant for the user. Column-wide conventions that a single value
cannot reveal (is 03/04/2024 the 3rd of April or March 4th? is 1.250 one and a quarter or twelve
hundred and fifty?) are inferred from a sample of the column with `infer_date_order` /
`infer_decimal` and passed in.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

from crm_app.domain.normalize import ascii_digits

DMY, MDY, YMD = "DMY", "MDY", "YMD"
_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"))
_PERSIAN_DIGITS = re.compile("[\u06f0-\u06f9]")

MONTHS: dict[str, int] = {}
for _i, _names in enumerate([
        "january jan январь января янв يناير ژانویه",
        "february feb февраль февраля фев فبراير شباط فوریه",
        "march mar март марта мар مارس آذار",
        "april apr апрель апреля апр أبريل ابريل نيسان آوریل",
        "may май мая مايو أيار ايار مه",
        "june jun июнь июня июн يونيو حزيران ژوئن",
        "july jul июль июля июл يوليو تموز ژوئیه",
        "august aug август августа авг أغسطس اغسطس آب اوت",
        "september sep sept сентябрь сентября сен сент سبتمبر أيلول سپتامبر",
        "october oct октябрь октября окт أكتوبر اكتوبر اکتبر",
        "november nov ноябрь ноября ноя نوفمبر نوامبر",
        "december dec декабрь декабря дек ديسمبر دسامبر"], start=1):
    for _n in _names.split():
        MONTHS.setdefault(_n, _i)

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"
                  r"(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6}))?)?\s*(?:[AaPp][Mm])?)?"
                  r"\s*(?:Z|[+-]\d{2}:?\d{2})?$")
_LOCAL = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})"
                    r"(?:[T\s,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$")
_NAMED_DMY = re.compile(r"^(\d{1,2})[\s\-/.]+([^\W\d_]+)\.?[\s\-/.,]+(\d{4})(?:\s*г\.?)?$")
_NAMED_MDY = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_DATE_PARTS = re.compile(r"^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})")


def clean(value) -> str:
    """Text of a cell with ASCII digits, no bidi marks, trimmed; the apostrophe our CSV export puts
    before formula-like text ('=…) is dropped."""
    if value is None:
        return ""
    text = ascii_digits(str(value)).translate(_MARKS).strip()
    if len(text) > 1 and text[0] == "'" and text[1] in "=@+-":
        text = text[1:]
    return text


def is_blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# --- dates ---------------------------------------------------------------------------------------
def parse_datetime(value, order: str | None = None) -> datetime:
    """A date or date-time cell as a naive datetime (wall time; a zone suffix is ignored)."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise ValueError(f"{value!r} is a number, not a date")
    raw = str(value)
    text = clean(raw)
    if not text:
        raise ValueError("the date is empty")
    m = _ISO.match(text)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        if 1300 <= y < 1500 and _PERSIAN_DIGITS.search(raw):
            y, mo, d = jalali_to_gregorian(y, mo, d)
        return _build(raw, y, mo, d, m[4], m[5], m[6], None, m[7])
    m = _LOCAL.match(text)
    if m:
        a, b, y = int(m[1]), int(m[2]), m[3]
        year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 70 else 1900 + int(y))
        if order not in (DMY, MDY):
            order = DMY if a > 12 else MDY if b > 12 else None
        if order is None:
            raise ValueError(f"'{raw.strip()}' could be day/month or month/day; choose the date format")
        d, mo = (a, b) if order == DMY else (b, a)
        if mo > 12:
            raise ValueError(f"'{raw.strip()}' is not a date in the {'day/month' if order == DMY else 'month/day'}"
                             f"/year format of this column")
        return _build(raw, year, mo, d, m[4], m[5], m[6], m[7])
    low = text.casefold()
    m = _NAMED_DMY.match(low) or _NAMED_MDY.match(low)
    if m:
        if m.re is _NAMED_DMY:
            d, name, y = int(m[1]), m[2], int(m[3])
        else:
            name, d, y = m[1], int(m[2]), int(m[3])
        mo = MONTHS.get(name) or MONTHS.get(name[:3])
        if mo:
            return _build(raw, y, mo, d, None, None, None)
    raise ValueError(f"'{raw.strip()}' is not a date (use YYYY-MM-DD or DD/MM/YYYY)")


def parse_date(value, order: str | None = None) -> date:
    return parse_datetime(value, order).date()


def _build(raw, y, mo, d, hh, mm, ss, ampm=None, frac=None) -> datetime:
    if y < 1900 or y > 2200:
        raise ValueError(f"'{str(raw).strip()}': the year {y} is out of range")
    try:
        hour = int(hh) if hh else 0
        if ampm:
            hour = hour % 12 + (12 if ampm.lower() == "pm" else 0)
        micro = int((frac or "0").ljust(6, "0")) if frac else 0
        return datetime(y, mo, d, hour, int(mm) if mm else 0, int(ss) if ss else 0, micro)
    except ValueError:
        raise ValueError(f"'{str(raw).strip()}' is not a valid date") from None


def infer_date_order(values, default: str | None = None) -> str | None:
    """DMY or MDY from a sample of a column's values; `default` when no value decides (dotted dates: DMY)."""
    dmy = mdy = dotted = dated = 0
    for v in values:
        m = _DATE_PARTS.match(clean(v)) if isinstance(v, str) else None
        if not m or len(m[1]) == 4:
            continue
        a, b = int(m[1]), int(m[2])
        dmy += a > 12 and b <= 12
        mdy += b > 12 and a <= 12
        dated += 1
        dotted += clean(v)[len(m[1])] == "."
    if dmy and not mdy:
        return DMY
    if mdy and not dmy:
        return MDY
    if dated and dotted == dated:
        return DMY          # 03.04.2024 is day.month.year wherever dots are written (never in the US style)
    return default


def jalali_to_gregorian(jy: int, jm: int, jd: int) -> tuple[int, int, int]:
    """Solar Hijri (Persian) date → Gregorian (y, m, d)."""
    if not (1 <= jm <= 12 and 1 <= jd <= (31 if jm <= 6 else 30)):
        raise ValueError(f"{jy}/{jm}/{jd} is not a valid Persian date")
    jy += 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd
    days += (jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    gd = days + 1
    leap = gy % 4 == 0 and (gy % 100 != 0 or gy % 400 == 0)
    for gm, n in enumerate((31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31), start=1):
        if gd <= n:
            return gy, gm, gd
        gd -= n
    raise ValueError("date out of range")  # pragma: no cover


# --- amounts -------------------------------------------------------------------------------------
_PLAIN_AMOUNT = re.compile(r"^\d{1,15}(?:\.\d{1,6})?$")
_AMOUNT_CORE = re.compile(r"[.,]?\d[\d.,]*")
_GROUPING = str.maketrans({" ": None, "\u00a0": None, "\u202f": None, "\u2009": None, "'": None,
                           "\u2019": None, "\u066c": None, "_": None})


def parse_amount(value, decimal: str | None = None) -> Decimal:
    """A money amount as Decimal. Accepts 1234.5, 1,234.50, 1.234,50, 1 234,50, ١٬٢٣٤٫٥٠, $12, 12 SAR, (12.50).

    A single separator followed by exactly three digits is ambiguous (1,250 / 1.250): it is read
    as a decimal point when it equals `decimal` (inferred for the column), else as grouping."""
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not an amount")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        return Decimal(value)
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("the amount is not a number")
        return Decimal(repr(value))   # the shortest text that reads back as this cell's value
    else:
        raw = "" if value is None else str(value)
        s = raw.strip()
        if _PLAIN_AMOUNT.match(s) and not (decimal == "," and "." in s):
            return Decimal(s)
        result = _parse_amount_text(raw, decimal)
    if not result.is_finite():
        raise ValueError("the amount is not a number")
    return result


def _parse_amount_text(raw: str, decimal: str | None) -> Decimal:
    s = clean(raw).translate(_GROUPING).replace("\u066b", ".").replace("\u2212", "-")
    if not s:
        raise ValueError("the amount is empty")
    matches = _AMOUNT_CORE.findall(s)
    if len(matches) != 1:
        raise ValueError(f"'{raw.strip()}' is not an amount")
    core = matches[0]
    start = s.index(core)
    prefix, suffix = s[:start], s[start + len(core):]
    for part in (prefix, suffix):
        if len(part) > 8 or any(c in "+*/=%" for c in part):
            raise ValueError(f"'{raw.strip()}' is not an amount")
    negative = "-" in prefix or "(" in prefix or suffix.startswith("-")
    core = core.rstrip(".,") if not core[-1].isdigit() else core
    dots, commas = core.count("."), core.count(",")
    if dots and commas:
        dec = "." if core.rfind(".") > core.rfind(",") else ","
        grp = "," if dec == "." else "."
        if core.count(dec) > 1 or core.rfind(grp) > core.rfind(dec):
            raise ValueError(f"'{raw.strip()}' is not an amount")
        core = _ungroup(core, grp, raw).replace(dec, ".")
    elif dots + commas > 1:
        core = _ungroup(core, "." if dots else ",", raw)
    elif dots + commas == 1:
        sep = "." if dots else ","
        head, tail = core.split(sep)
        if len(tail) == 3 and head and head != "0" and sep != decimal and not (sep == "." and decimal is None):
            core = head + tail
        else:
            core = (head or "0") + "." + tail
    try:
        amount = Decimal(core)
    except InvalidOperation:
        raise ValueError(f"'{raw.strip()}' is not an amount") from None
    return -amount if negative else amount


def _ungroup(core: str, sep: str, raw: str) -> str:
    groups = core.split(sep)
    decimals = ""
    last = groups[-1]
    other = "," if sep == "." else "."
    if other in last:
        last, decimals = last.split(other)
        decimals = "." + decimals
        groups[-1] = last
    if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
        raise ValueError(f"'{raw.strip()}' is not an amount (digit groups are not of three)")
    return "".join(groups) + decimals


def infer_decimal(values) -> str | None:
    """'.' or ',' when a sample of an amount column shows which one is the decimal separator."""
    votes = {".": 0, ",": 0}
    for v in values:
        if not isinstance(v, str):
            continue
        s = clean(v).translate(_GROUPING)
        m = _AMOUNT_CORE.search(s)
        if not m:
            continue
        core = m[0].rstrip(".,")
        if "." in core and "," in core:
            votes["." if core.rfind(".") > core.rfind(",") else ","] += 1
        elif core.count(".") == 1 or core.count(",") == 1:
            sep = "." if "." in core else ","
            if len(core.split(sep)[1]) != 3:
                votes[sep] += 1
        elif core.count(".") > 1:
            votes[","] += 1
        elif core.count(",") > 1:
            votes["."] += 1
    if votes["."] > votes[","]:
        return "."
    if votes[","] > votes["."]:
        return ","
    return None


# --- other values --------------------------------------------------------------------------------
def parse_int(value, *, minimum: int | None = None, maximum: int | None = None, what: str = "number") -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        n = value
    else:
        if is_blank(value):
            raise ValueError(f"the {what} is empty")
        try:
            d = parse_amount(value)
        except ValueError:
            raise ValueError(f"'{str(value).strip()}' is not a whole number") from None
        if d != d.to_integral_value() or abs(d) > 10 ** 15:
            raise ValueError(f"'{str(value).strip()}' is not a whole number")
        n = int(d)
    if minimum is not None and n < minimum:
        raise ValueError(f"the {what} must be at least {minimum}")
    if maximum is not None and n > maximum:
        raise ValueError(f"the {what} must be at most {maximum}")
    return n


_TRUE = {"1", "y", "yes", "true", "t", "x", "on", "✓", "✔", "نعم", "да", "بله", "آری"}
_FALSE = {"0", "n", "no", "false", "f", "off", "", "لا", "нет", "خیر", "نه"}


def parse_bool(value) -> bool:
    if isinstance(value, bool):
        return value
    text = clean(value).casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"'{str(value).strip()}' is not yes or no")


def text(value, limit: int | None = None, what: str = "text") -> str:
    """A text cell, whitespace-trimmed (digits left as written); ValueError when longer than `limit`."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        s = value.isoformat(" ")
    elif isinstance(value, float) and value.is_integer():
        s = str(int(value))
    else:
        s = str(value)
    s = " ".join(s.split())
    if limit is not None and len(s) > limit:
        raise ValueError(f"the {what} is longer than {limit} characters")
    return s
