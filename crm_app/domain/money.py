"""Money as Decimal with a currency; stored as integer minor units. Never float."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from crm_app.domain.errors import FieldError

# ISO 4217 minor-unit exponents that differ from 2.
_EXPONENTS = {"BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
              "JPY": 0, "KRW": 0, "VND": 0, "CLP": 0, "ISK": 0, "UGX": 0, "XAF": 0, "XOF": 0,
              "PYG": 0, "RWF": 0, "KMF": 0, "GNF": 0, "VUV": 0, "XPF": 0, "DJF": 0, "BIF": 0}


def exponent(currency: str) -> int:
    return _EXPONENTS.get(currency.upper(), 2)


@dataclass(frozen=True, order=True)
class Money:
    amount: Decimal
    currency: str

    @classmethod
    def parse(cls, value: str | int | Decimal, currency: str, field: str = "amount") -> "Money":
        try:
            amount = Decimal(str(value).strip())
        except (InvalidOperation, ValueError):
            raise FieldError(field, f"'{value}' is not an amount") from None
        if not amount.is_finite():
            raise FieldError(field, f"'{value}' is not an amount")
        q = Decimal(1).scaleb(-exponent(currency))
        return cls(amount.quantize(q, rounding=ROUND_HALF_EVEN), currency.upper())

    @classmethod
    def from_minor(cls, minor: int, currency: str) -> "Money":
        return cls(Decimal(int(minor)).scaleb(-exponent(currency)), currency.upper())

    def to_minor(self) -> int:
        return int((self.amount.scaleb(exponent(self.currency))).to_integral_value(ROUND_HALF_EVEN))

    def __add__(self, other: "Money") -> "Money":
        if other.currency != self.currency:
            raise ValueError(f"cannot add {self.currency} and {other.currency}")
        return Money(self.amount + other.amount, self.currency)

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}"
