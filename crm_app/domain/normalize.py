"""Text, phone and email normalization: one pure module used when saving and when searching.

`fold()` makes names comparable across scripts: case, Latin accents, Arabic/Persian
harakat and tatweel, letter variants (ي/ی/ى, ك/ک, ة/ه, أ/إ/آ/ٱ/ا), Cyrillic ё, and
Arabic-Indic / Persian digits are all folded, so what the user types matches what
was saved regardless of how either was written.
"""
from __future__ import annotations

import re
import unicodedata

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from crm_app.domain.errors import FieldError

# --- digits --------------------------------------------------------------------------------

_DIGITS = {**{0x0660 + i: str(i) for i in range(10)},   # Arabic-Indic ٠–٩
           **{0x06F0 + i: str(i) for i in range(10)}}   # Extended Arabic-Indic (Persian/Urdu) ۰–۹

_ARABIC_MARKS = [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06DD),
                 *range(0x06DF, 0x06E9), *range(0x06EA, 0x06EE), 0x0640]  # harakat, Quranic marks, tatweel
_FORMAT_CHARS = [0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F),
                 *range(0x2066, 0x206A), 0xFEFF]  # zero-width and bidi controls

_FOLD_TABLE: dict[int, str | None] = {
    **_DIGITS,
    **{cp: None for cp in _ARABIC_MARKS},
    **{cp: None for cp in _FORMAT_CHARS},
    0x064A: "\u06CC", 0x0649: "\u06CC",             # ي ى → ی
    0x0643: "\u06A9",                               # ك → ک
    0x0629: "\u0647",                               # ة → ه
    0x0623: "\u0627", 0x0625: "\u0627", 0x0622: "\u0627", 0x0671: "\u0627",  # أ إ آ ٱ → ا
    0x0451: "\u0435",                               # ё → е
}
_DIGIT_TABLE = {cp: d for cp, d in _DIGITS.items()}
_SPACES = re.compile(r"\s+")


def _is_latin(ch: str) -> bool:
    cp = ord(ch)
    return cp < 0x0250 or 0x1E00 <= cp <= 0x1EFF


def fold(text: str | None) -> str:
    """Fold text for matching: NFKC, casefold, script-specific folding, single spaces."""
    if not text:
        return ""
    s = unicodedata.normalize("NFKC", text).casefold()
    if not s.isascii():
        s = s.translate(_FOLD_TABLE)
        if not s.isascii():
            # Strip combining marks that sit on Latin letters (é→e, ñ→n) but keep those
            # that make distinct letters in other scripts (Cyrillic й).
            out: list[str] = []
            base_latin = False
            for ch in unicodedata.normalize("NFD", s):
                if unicodedata.combining(ch):
                    if base_latin:
                        continue
                else:
                    base_latin = _is_latin(ch)
                out.append(ch)
            s = unicodedata.normalize("NFC", "".join(out)).translate(_FOLD_TABLE)
    return _SPACES.sub(" ", s).strip()


def ascii_digits(text: str) -> str:
    """Replace Arabic-Indic and Persian digits with ASCII digits, leave everything else."""
    return text.translate(_DIGIT_TABLE)


def digits_only(text: str) -> str:
    return "".join(ch for ch in ascii_digits(text) if ch.isdigit() and ch.isascii())


# --- phones --------------------------------------------------------------------------------


class InvalidPhone(FieldError):
    pass


class InvalidEmail(FieldError):
    pass


def normalize_phone(raw: str, default_region: str = "US") -> str:
    """Return the E.164 form of `raw` ('+966501234567'); raise InvalidPhone if it is not a valid number.

    Accepts any formatting: spaces, dashes, brackets, dots, a leading 00 or +, national form
    (read with `default_region`), Arabic-Indic and Persian digits.
    """
    text = ascii_digits(raw or "").strip()
    if not digits_only(text):
        raise InvalidPhone("phone", "enter a phone number")
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, default_region.upper() if not text.startswith("+") else None)
    except phonenumbers.NumberParseException:
        raise InvalidPhone("phone", f"'{raw}' is not a phone number") from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhone("phone", f"'{raw}' is not a valid phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_digits_reversed(e164: str) -> str:
    """Key for 'last N digits' lookups: the E.164 digits reversed, searched by prefix range."""
    return digits_only(e164)[::-1]


def format_phone(e164: str, international: bool = True) -> str:
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    fmt = phonenumbers.PhoneNumberFormat.INTERNATIONAL if international else phonenumbers.PhoneNumberFormat.NATIONAL
    return phonenumbers.format_number(number, fmt)


# --- emails --------------------------------------------------------------------------------


def normalize_email(raw: str) -> str:
    """Validated, normalized email (domain lower-cased, IDNA); raise InvalidEmail when malformed."""
    text = (raw or "").strip()
    if not text:
        raise InvalidEmail("email", "enter an email address")
    try:
        info = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise InvalidEmail("email", f"'{raw}' is not a valid email address: {exc}") from None
    return info.normalized


def email_key(email: str) -> str:
    """Case-insensitive match key for an email address."""
    return email.strip().casefold()


# --- codes and tags ------------------------------------------------------------------------


def normalize_code(code: str) -> str:
    return ascii_digits(code or "").strip().upper()


def normalize_tag(tag: str) -> str:
    return fold(tag).replace(" ", "-")
