"""Header recognition: canonical names, common variants in four languages, hand mappings."""
import pytest

from crm_app.io.fields import FIELDS, map_headers, parse_mapping


def _mapped(kind, headers, manual=None):
    fmap = map_headers(kind, headers, manual)
    return {f: headers[i] for f, i in fmap.columns.items()}


def test_canonical_headers():
    headers = ["code", "full_name", "phone", "email", "country", "birthday", "phone2", "email2", "tags",
               "language", "created_at"]
    assert _mapped("customers", headers) == {h: h for h in headers}
    p = ["customer_code", "date", "amount", "order_code", "quantity", "product", "currency", "customer_name"]
    assert _mapped("purchases", p) == {h: h for h in p}


@pytest.mark.parametrize("kind, headers, expected", [
    ("customers", ["Customer ID", "Name", "Mobile", "E-mail", "Date of Birth"],
     {"code": "Customer ID", "full_name": "Name", "phone": "Mobile", "email": "E-mail", "birthday": "Date of Birth"}),
    ("customers", ["CUSTOMER_CODE", "Full-Name", "Phone Number"],
     {"code": "CUSTOMER_CODE", "full_name": "Full-Name", "phone": "Phone Number"}),
    ("customers", ["رقم العميل", "الاسم", "الجوال", "البريد الإلكتروني", "تاريخ الميلاد"],
     {"code": "رقم العميل", "full_name": "الاسم", "phone": "الجوال", "email": "البريد الإلكتروني",
      "birthday": "تاريخ الميلاد"}),
    ("customers", ["Код клиента", "Фамилия", "Имя", "Отчество", "Телефон", "Эл. почта", "Дата рождения"],
     {"code": "Код клиента", "last_name": "Фамилия", "first_name": "Имя", "middle_name": "Отчество",
      "phone": "Телефон", "email": "Эл. почта", "birthday": "Дата рождения"}),
    ("customers", ["کد مشتری", "نام و نام خانوادگی", "موبایل", "ایمیل"],
     {"code": "کد مشتری", "full_name": "نام و نام خانوادگی", "phone": "موبایل", "email": "ایمیل"}),
    ("purchases", ["Invoice No", "Client ID", "Invoice Date", "Item", "Qty", "Unit Price", "Total"],
     {"order_code": "Invoice No", "customer_code": "Client ID", "date": "Invoice Date", "product": "Item",
      "quantity": "Qty", "unit_price": "Unit Price", "amount": "Total"}),
    ("purchases", ["رقم العميل", "التاريخ", "المبلغ", "رقم الفاتورة"],
     {"customer_code": "رقم العميل", "date": "التاريخ", "amount": "المبلغ", "order_code": "رقم الفاتورة"}),
    ("purchases", ["Код клиента", "Дата", "Сумма", "Номер чека", "Товар", "Количество"],
     {"customer_code": "Код клиента", "date": "Дата", "amount": "Сумма", "order_code": "Номер чека",
      "product": "Товар", "quantity": "Количество"}),
    ("feedback", ["Customer code", "NPS", "Comment", "Date"],
     {"customer_code": "Customer code", "nps": "NPS", "comment": "Comment", "created_at": "Date"}),
    ("tickets", ["Title", "Customer", "Status", "Opened"],
     {"subject": "Title", "customer_code": "Customer", "status": "Status", "created_at": "Opened"}),
])
def test_variants(kind, headers, expected):
    assert _mapped(kind, headers) == expected


def test_canonical_name_wins_over_a_variant():
    # "customer" is a variant of customer_name; the canonical customer_code column still maps.
    assert _mapped("purchases", ["customer", "customer_code", "date", "amount"]) == {
        "customer_name": "customer", "customer_code": "customer_code", "date": "date", "amount": "amount"}


def test_hand_mapping_overrides_and_ignores():
    headers = ["Kunde", "Datum", "Betrag", "Name"]
    manual = parse_mapping(["Kunde=customer_code", "Datum=date", "Betrag=amount", "Name=-"])
    fmap = map_headers("purchases", headers, manual)
    assert fmap.columns == {"customer_code": 0, "date": 1, "amount": 2}
    assert fmap.missing() == []
    assert map_headers("purchases", ["a", "b", "c"], {"2": "date"}).columns == {"date": 1}   # by column number


def test_missing_and_bad_mappings():
    assert map_headers("purchases", ["customer_code", "amount"]).missing() == ["date"]
    assert map_headers("purchases", ["customer_code", "date", "unit price"]).missing() == []
    assert map_headers("customers", ["Фамилия"]).missing() == []
    assert map_headers("customers", ["phone"]).missing() == ["full_name or first_name or last_name"]
    with pytest.raises(ValueError, match="no column"):
        map_headers("purchases", ["a"], {"b": "date"})
    with pytest.raises(ValueError, match="not a purchases field"):
        map_headers("purchases", ["a"], {"a": "birthday"})
    with pytest.raises(ValueError):
        parse_mapping(["nonsense"])
    with pytest.raises(ValueError):
        map_headers("nope", ["a"])


def test_rejected_rows_columns_are_ignored_on_reimport():
    fmap = map_headers("purchases", ["customer_code", "date", "amount", "import_row", "import_errors"])
    assert set(fmap.columns) == {"customer_code", "date", "amount"}


def test_every_field_has_a_label():
    for kind, fields in FIELDS.items():
        assert len({f.name for f in fields}) == len(fields)
        assert all(f.label for f in fields)


@pytest.mark.parametrize("headers", [["Customer #", "Customer", "Date", "Total"],
                                     ["Customer", "Customer #", "Date", "Total"]])
def test_number_signs_mean_number(headers):
    """'Customer #' is the customer's number, 'Customer' their name, in whatever order they come."""
    got = _mapped("purchases", headers)
    assert got["customer_code"] == "Customer #" and got["customer_name"] == "Customer"
    assert _mapped("purchases", ["Order #", "Client #", "Date", "Total"])["order_code"] == "Order #"
    assert _mapped("purchases", ["№ чека", "Код клиента", "Дата", "Сумма"]) == {
        "order_code": "№ чека", "customer_code": "Код клиента", "date": "Дата", "amount": "Сумма"}
    assert _mapped("purchases", ["Date/Time", "Customer ID", "Amount"])["date"] == "Date/Time"


def test_looks_like_header():
    from crm_app.io.fields import looks_like_header

    assert looks_like_header("purchases", ["Receipt No", "Customer #", "Date", "Line Total"])
    assert not looks_like_header("purchases", ["Daily sales report"])
    assert not looks_like_header("purchases", ["C1", "2024-01-15", "3.50"])
    assert looks_like_header("customers", ["Name"]) and not looks_like_header("customers", ["Phone"])
    # a hand mapping counts; one naming a column the row does not have rules the row out
    assert looks_like_header("purchases", ["Kunde", "Datum", "Betrag"],
                             {"Kunde": "customer_code", "Datum": "date", "Betrag": "amount"})
    assert not looks_like_header("purchases", ["Report"], {"Kunde": "customer_code"})


def test_a_repeated_phone_or_email_header_is_the_second_one():
    got = _mapped("customers", ["Name", "Phone", "Email", "Phone", "Email", "Phone"])
    fmap = map_headers("customers", ["Name", "Phone", "Email", "Phone", "Email", "Phone"])
    assert fmap.columns == {"full_name": 0, "phone": 1, "email": 2, "phone2": 3, "email2": 4}
    assert got["phone2"] == "Phone"
