import pytest

from crm_app.domain.normalize import (InvalidEmail, InvalidPhone, ascii_digits, digits_only, fold, normalize_email,
                                      normalize_phone)


@pytest.mark.parametrize("written, typed", [
    ("José Muñoz", "jose munoz"),
    ("FRANÇOIS Lefèvre", "francois lefevre"),
    ("Ørsted Ångström", "ørsted angstrom"),     # ø is a letter of its own, å folds
    ("Фёдор Семёнов", "федор семенов"),          # ё → е
    ("Йосиф", "йосиф"),                          # й stays й (a letter, not и with a mark)
    ("مُحَمَّد", "محمد"),                           # harakat removed
    ("محـــمد", "محمد"),                          # tatweel removed
    ("علي", "علی"),                               # Arabic yeh ≡ Persian yeh
    ("مصطفى", "مصطفی"),                           # alef maksura ≡ yeh
    ("كريم", "کریم"),                             # Arabic kaf ≡ Persian keheh
    ("فاطمة", "فاطمه"),                           # teh marbuta ≡ heh
    ("أحمد", "احمد"), ("إسلام", "اسلام"), ("آرش", "ارش"),   # alef variants
    ("محمد\u200cرضا", "محمدرضا"),                 # zero-width non-joiner dropped
    ("  Anna   Maria ", "anna maria"),
    ("Room ٣٤ / ۵۶", "room 34 / 56"),            # Arabic-Indic and Persian digits
])
def test_fold_makes_spellings_equal(written, typed):
    assert fold(written) == fold(typed)


def test_fold_keeps_different_names_different():
    assert fold("Iván Petrov") != fold("Ivan Petrova")
    assert fold("سعيد") != fold("سعد")
    assert fold("Анна") != fold("Анни")


def test_digits():
    assert ascii_digits("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹") == "0123456789 0123456789"
    assert digits_only("+98 (912) ۱۲۳-۴۵۶۷") == "989121234567"


@pytest.mark.parametrize("raw, region, e164", [
    ("+966 50 123 4567", "US", "+966501234567"),
    ("00966501234567", "US", "+966501234567"),
    ("050-123-4567", "SA", "+966501234567"),
    ("٠٥٠١٢٣٤٥٦٧", "SA", "+966501234567"),              # Arabic-Indic digits
    ("۰۹۱۲ ۳۴۵ ۶۷۸۹", "IR", "+989123456789"),            # Persian digits, national form
    ("8 (916) 123-45-67", "RU", "+79161234567"),         # Russian trunk prefix 8
    ("+7 916 123 45 67", "US", "+79161234567"),
    ("(212) 555-0123", "US", "+12125550123"),
    ("212.555.0123", "US", "+12125550123"),
])
def test_phone_formats_normalize_to_e164(raw, region, e164):
    assert normalize_phone(raw, region) == e164


@pytest.mark.parametrize("raw", ["", "abc", "123", "+1 555", "+966 12"])
def test_bad_phones_are_rejected(raw):
    with pytest.raises(InvalidPhone):
        normalize_phone(raw, "US")


def test_emails():
    assert normalize_email("  Anna.Smith@Example.COM ") == "Anna.Smith@example.com"
    for bad in ["", "anna", "anna@", "@x.com", "a b@x.com"]:
        with pytest.raises(InvalidEmail):
            normalize_email(bad)


def test_national_phones_are_read_with_the_customers_country():
    from crm_app.domain.customer import CustomerInput, clean_customer
    from crm_app.domain.errors import ValidationError

    # An Iranian customer's '0912 ...' in a business whose default region is US.
    clean = clean_customer(CustomerInput("مریم رضایی", phones=("0912 345 6789",), country="ir"), "US")
    assert clean.phones == (("0912 345 6789", "+989123456789"),)
    # Without a country the business's region decides: the same digits are no US number.
    with pytest.raises(ValidationError):
        clean_customer(CustomerInput("مریم رضایی", phones=("0912 345 6789",)), "US")
    # International form works whatever the country says.
    assert clean_customer(CustomerInput("Ivan", phones=("+7 916 555-12-34",), country="US"), "US").phones[0][1] == \
        "+79165551234"
