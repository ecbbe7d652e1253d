"""Which text encoding a CSV file uses: UTF-8 (with or without BOM), UTF-16, Windows-1256 or Windows-1251.

Deterministic and limited to the encodings small businesses' tools actually write: a BOM decides;
NUL bytes in every other position mean UTF-16 without BOM; text that decodes as UTF-8 is UTF-8;
otherwise the legacy Arabic and Cyrillic code pages are told apart by how plausible the words
look in each (Russian read as cp1256 mixes Latin accents into Arabic words; Arabic read as cp1251
gives Cyrillic words with upper- and lower-case letters mixed at random).
"""
from __future__ import annotations

import codecs
import re

ENCODINGS = {
    "utf-8": "utf-8-sig", "utf8": "utf-8-sig", "utf-8-sig": "utf-8-sig",
    "utf-16": "utf-16", "utf16": "utf-16", "utf-16-le": "utf-16-le", "utf-16le": "utf-16-le",
    "utf-16-be": "utf-16-be", "utf-16be": "utf-16-be",
    "cp1256": "cp1256", "windows-1256": "cp1256", "arabic": "cp1256",
    "cp1251": "cp1251", "windows-1251": "cp1251", "cyrillic": "cp1251",
    "latin-1": "latin-1", "iso-8859-1": "latin-1", "cp1252": "cp1252", "windows-1252": "cp1252",
}
LABELS = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE",
          "cp1256": "Windows-1256 (Arabic)", "cp1251": "Windows-1251 (Cyrillic)", "latin-1": "Latin-1",
          "cp1252": "Windows-1252"}

_WORD = re.compile(r"[^\W\d_]{2,}")


def canonical(name: str) -> str:
    """The Python codec name for a user-given encoding name; ValueError for an unknown one."""
    key = (name or "").strip().lower().replace("_", "-")
    if key in ENCODINGS:
        return ENCODINGS[key]
    try:
        return codecs.lookup(key).name
    except LookupError:
        raise ValueError(f"unknown encoding {name!r} (try utf-8, utf-16, cp1256, cp1251)") from None


def detect(sample: bytes) -> str:
    """Codec name for the file whose first bytes are `sample` (pass up to about 1 MB)."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith(codecs.BOM_UTF16_LE) or sample.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    if sample:
        even, odd = sample[0::2], sample[1::2]
        if odd and odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
            return "utf-16-le"
        if even and even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
            return "utf-16-be"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8-sig"
    except UnicodeDecodeError:
        pass
    arabic = _score(sample.decode("cp1256", errors="replace"), _arabic_word)
    cyrillic = _score(sample.decode("cp1251", errors="replace"), _cyrillic_word)
    return "cp1251" if cyrillic > arabic else "cp1256"


def _score(text: str, plausible) -> float:
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    if not words:
        return 0.0
    return sum(1 for w in words if plausible(w)) / len(words)


def _arabic_word(word: str) -> bool:
    return all(0x0600 <= ord(c) <= 0x06FF or c in "\u200c\u200d" for c in word)


def _cyrillic_word(word: str) -> bool:
    if not all(0x0400 <= ord(c) <= 0x04FF for c in word):
        return False
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())
