"""Name, phone and email material per locale (English, Arabic, Persian, Russian).

Faker makes pools of first and last names once (seeded); customers combine them by index,
so a million names cost a few array operations instead of a million Faker calls.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

LOCALES = {"en": ("en_US", "US", "en", 0.40), "ar": ("ar_SA", "SA", "ar", 0.25),
           "fa": ("fa_IR", "IR", "fa", 0.20), "ru": ("ru_RU", "RU", "ru", 0.15)}

EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "mail.ru", "yandex.ru", "hotmail.com", "icloud.com"]


@dataclass
class NamePool:
    male: list[str]
    female: list[str]
    last_male: list[str]
    last_female: list[str]


def name_pools(seed: int, size: int = 400) -> dict[str, NamePool]:
    from faker import Faker

    pools = {}
    for key, (loc, *_rest) in LOCALES.items():
        fk = Faker(loc)
        fk.seed_instance(seed)

        def uniq(fn, n=size):
            seen: dict[str, None] = {}
            for _ in range(n * 3):
                seen.setdefault(fn(), None)
                if len(seen) >= n:
                    break
            return list(seen)

        last_m = uniq(fk.last_name_male) if hasattr(fk, "last_name_male") else uniq(fk.last_name)
        last_f = uniq(fk.last_name_female) if hasattr(fk, "last_name_female") else last_m
        pools[key] = NamePool(uniq(fk.first_name_male), uniq(fk.first_name_female), last_m, last_f)
    return pools


def phone_numbers(country: str, rng: np.random.Generator, n: int) -> tuple[list[str], list[str]]:
    """Valid mobile numbers: (as a person would write them, E.164)."""
    if country == "US":
        area = rng.choice(np.array([212, 310, 415, 617, 702, 206, 305, 512, 303, 404]), n)
        exch = rng.integers(200, 1000, n)
        line = rng.integers(0, 10000, n)
        e164 = [f"+1{a}{b}{c:04d}" for a, b, c in zip(area, exch, line)]
        raw = [f"({a}) {b}-{c:04d}" for a, b, c in zip(area, exch, line)]
    elif country == "SA":
        pre = rng.choice(np.array([50, 53, 54, 55, 56, 58, 59]), n)
        sub = rng.integers(0, 10_000_000, n)
        e164 = [f"+966{p}{s:07d}" for p, s in zip(pre, sub)]
        raw = [f"0{p} {s // 10000:03d} {s % 10000:04d}" for p, s in zip(pre, sub)]
    elif country == "IR":
        pre = rng.choice(np.array([912, 935, 936, 901, 919, 921, 990]), n)
        sub = rng.integers(0, 10_000_000, n)
        e164 = [f"+98{p}{s:07d}" for p, s in zip(pre, sub)]
        raw = [f"0{p} {s // 10000:03d} {s % 10000:04d}" for p, s in zip(pre, sub)]
    else:  # RU
        pre = rng.choice(np.array([903, 905, 915, 916, 925, 926, 977, 985]), n)
        sub = rng.integers(0, 10_000_000, n)
        e164 = [f"+7{p}{s:07d}" for p, s in zip(pre, sub)]
        raw = [f"8 ({p}) {s // 10000:03d}-{s // 100 % 100:02d}-{s % 100:02d}" for p, s in zip(pre, sub)]
    return raw, e164


PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
