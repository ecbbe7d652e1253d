"""What each import kind's columns mean: canonical field names, the header variants recognized
automatically (English, Arabic, Persian, Russian), and hand mappings (`--map column=field`).

Headers are compared folded (case, accents, Arabic letter variants; `_ - .` as spaces), so
"Customer_Code", "customer code" and "CUSTOMER-CODE" are the same header.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

KINDS = ("customers", "purchases", "tickets", "feedback")
IGNORE = "-"   # map a column to this to leave it out


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    required: bool = False
    aliases: tuple[str, ...] = ()


def _f(name: str, label: str, aliases: str, required: bool = False) -> Field:
    return Field(name, label, required, tuple(a.strip() for a in aliases.split("|") if a.strip()))


_CODE = ("customer code|customer id|customer no|customer number|customer #|client id|client code|client no|"
         "account|account no|account number|member id|card number|loyalty card|كود العميل|رمز العميل|رقم العميل|"
         "معرف العميل|код клиента|номер клиента|id клиента|код покупателя|کد مشتری|شناسه مشتری|شماره مشتری")

FIELDS: dict[str, tuple[Field, ...]] = {
    "customers": (
        _f("code", "Customer code", _CODE + "|code|id|كود|رمز|код|کد"),
        _f("full_name", "Full name", "full name|name|customer name|client name|customer|client|contact|"
           "contact name|display name|الاسم|الاسم الكامل|اسم العميل|العميل|фио|полное имя|имя клиента|клиент|"
           "покупатель|نام|نام کامل|نام مشتری|مشتری|نام و نام خانوادگی"),
        _f("first_name", "First name", "first name|given name|forename|first|الاسم الأول|الاسم الاول|имя|"
           "نام کوچک"),
        _f("last_name", "Last name", "last name|surname|family name|last|اسم العائلة|العائلة|الكنية|фамилия|"
           "نام خانوادگی"),
        _f("middle_name", "Middle name", "middle name|patronymic|отчество"),
        _f("phone", "Phone", "phone|phone number|telephone|tel|mobile|mobile phone|mobile number|cell|"
           "cell phone|whatsapp|contact number|الهاتف|هاتف|رقم الهاتف|الجوال|جوال|رقم الجوال|موبايل|"
           "телефон|номер телефона|мобильный|мобильный телефон|тел|تلفن|شماره تلفن|موبایل|تلفن همراه|"
           "شماره موبایل|شماره همراه"),
        _f("phone2", "Second phone", "phone2|phone 2|second phone|other phone|home phone|work phone|landline|"
           "secondary phone|alternate phone|هاتف 2|الهاتف 2|هاتف آخر|هاتف المنزل|телефон 2|второй телефон|"
           "домашний телефон|рабочий телефон|дополнительный телефон|تلفن 2|تلفن ثابت|تلفن منزل"),
        _f("email", "Email", "email|e mail|email address|mail|e mail address|البريد الإلكتروني|البريد الالكتروني|"
           "البريد|الايميل|ايميل|почта|электронная почта|эл почта|e mail адрес|email адрес|емейл|ایمیل|"
           "پست الکترونیک|پست الکترونیکی"),
        _f("email2", "Second email", "email2|email 2|second email|other email|work email|البريد 2|почта 2|"
           "ایمیل 2"),
        _f("country", "Country (2 letters)", "country|country code|nation|الدولة|البلد|دولة|страна|کشور"),
        _f("birthday", "Birthday", "birthday|birth date|date of birth|dob|birthdate|born|تاريخ الميلاد|"
           "الميلاد|дата рождения|день рождения|تاریخ تولد|تولد"),
        _f("tags", "Tags", "tags|tag|labels|label|segment|segments|groups|group|الوسوم|وسوم|تصنيف|теги|тег|"
           "метки|группа|برچسب|برچسب ها"),
        _f("language", "Language", "language|lang|locale|preferred language|اللغة|язык|زبان"),
        _f("created_at", "Customer since", "created at|created|customer since|since|signup date|sign up date|"
           "registration date|registered|joined|date joined|first seen|تاريخ التسجيل|تاريخ الانضمام|"
           "дата регистрации|клиент с|تاریخ ثبت نام|تاریخ عضویت"),
        _f("consent_email", "Email consent", "consent email|email consent|newsletter|accepts marketing|"
           "email opt in|opt in"),
        _f("consent_sms", "SMS consent", "consent sms|sms consent|sms opt in|accepts sms"),
    ),
    "purchases": (
        _f("customer_code", "Customer code", _CODE + "|customer code"),
        _f("date", "Date", "date|order date|purchase date|date of purchase|ordered at|created at|created|"
           "transaction date|sale date|invoice date|receipt date|datetime|date time|date and time|timestamp|time|التاريخ|تاريخ|"
           "تاريخ الطلب|تاريخ الشراء|تاريخ الفاتورة|дата|дата заказа|дата покупки|дата продажи|дата чека|"
           "تاریخ|تاریخ خرید|تاریخ سفارش|تاریخ فاکتور"),
        _f("amount", "Amount", "amount|total|order total|total amount|line total|sum|value|revenue|sales|"
           "net amount|gross|grand total|subtotal|paid|المبلغ|مبلغ|الإجمالي|الاجمالي|المجموع|القيمة|"
           "сумма|итого|стоимость|сумма заказа|сумма покупки|جمع|جمع کل|مبلغ کل"),
        _f("order_code", "Order number", "order code|order|order id|order no|order number|order #|invoice|"
           "invoice no|invoice number|invoice id|receipt|receipt no|receipt number|transaction id|"
           "transaction|رقم الطلب|الطلب|رقم الفاتورة|الفاتورة|رقم الإيصال|номер заказа|заказ|номер чека|"
           "чек|номер счета|no чека|no заказа|no документа|no счета|شماره سفارش|سفارش|شماره فاکتور|فاکتور"),
        _f("quantity", "Quantity", "quantity|qty|count|units|pcs|الكمية|كمية|العدد|количество|кол во|шт|"
           "تعداد|مقدار"),
        _f("unit_price", "Unit price", "unit price|price|price each|unit cost|سعر الوحدة|السعر|سعر|"
           "цена|цена за единицу|قیمت واحد|قیمت|فی"),
        _f("product", "Product", "product|item|product name|item name|description|article|sku|service|"
           "المنتج|منتج|الصنف|صنف|البند|товар|наименование|наименование товара|продукт|услуга|محصول|کالا|"
           "شرح|نام کالا"),
        _f("currency", "Currency", "currency|curr|currency code|العملة|عملة|валюта|ارز|واحد پول"),
        _f("customer_name", "Customer name", "customer name|customer|client|client name|name|buyer|"
           "اسم العميل|العميل|الاسم|имя клиента|клиент|покупатель|фио|نام مشتری|مشتری|نام"),
        _f("channel", "Channel", "channel|sales channel|source|store|shop|outlet|القناة|канал|магазин|کانال"),
    ),
    "tickets": (
        _f("subject", "Subject", "subject|title|summary|issue|topic|الموضوع|عنوان|тема|заголовок|موضوع",
           required=True),
        _f("customer_code", "Customer code", _CODE + "|customer code|customer"),
        _f("description", "Description", "description|details|body|message|text|problem|الوصف|التفاصيل|"
           "описание|текст|شرح|توضیحات"),
        _f("channel", "Channel", "channel|source|via|medium|القناة|канал|کانال"),
        _f("category", "Category", "category|type|reason|pain point|الفئة|التصنيف|категория|тип|دسته|"
           "دسته بندی"),
        _f("priority", "Priority", "priority|urgency|severity|الأولوية|приоритет|اولویت"),
        _f("status", "Status", "status|state|الحالة|статус|состояние|وضعیت"),
        _f("created_at", "Created", "created at|created|date|opened|opened at|date opened|submitted|"
           "تاريخ الإنشاء|التاريخ|дата|дата создания|создан|تاریخ|تاریخ ایجاد"),
        _f("resolved_at", "Resolved", "resolved at|resolved|solved|solved at|date resolved|تاريخ الحل|"
           "решен|дата решения|تاریخ حل"),
        _f("closed_at", "Closed", "closed at|closed|date closed|تاريخ الإغلاق|закрыт|дата закрытия|تاریخ بستن"),
        _f("tags", "Tags", "tags|tag|labels|الوسوم|теги|метки|برچسب"),
        _f("order_code", "Order number", "order code|order|order id|order no|order number|رقم الطلب|"
           "номер заказа|شماره سفارش"),
    ),
    "feedback": (
        _f("customer_code", "Customer code", _CODE + "|customer code|customer"),
        _f("kind", "Kind (nps/csat)", "kind|type|survey|survey type|metric|النوع|тип|نوع"),
        _f("score", "Score", "score|rating|grade|answer|value|stars|التقييم|الدرجة|оценка|балл|рейтинг|"
           "امتیاز"),
        _f("nps", "NPS score (0–10)", "nps|nps score|net promoter|net promoter score|likely to recommend|"
           "recommend"),
        _f("csat", "CSAT score (1–5)", "csat|csat score|satisfaction|customer satisfaction|الرضا|"
           "удовлетворенность|رضایت"),
        _f("comment", "Comment", "comment|comments|feedback|remark|remarks|review|text|note|ملاحظات|تعليق|"
           "التعليق|комментарий|отзыв|نظر|توضیحات"),
        _f("source", "Source", "source|channel|via|المصدر|источник|منبع"),
        _f("created_at", "Date", "created at|created|date|submitted|answered|answered at|timestamp|"
           "التاريخ|дата|تاریخ"),
    ),
}

# Fields of which at least one must be mapped (alternatives), per kind.
REQUIRED_ANY: dict[str, tuple[tuple[str, ...], ...]] = {
    "customers": (("full_name", "first_name", "last_name"),),
    "purchases": (("customer_code",), ("date",), ("amount", "unit_price")),
    "tickets": (("subject",),),
    "feedback": (("score", "nps", "csat"),),
}
SECOND_OF = {"customers": (("phone", "phone2"), ("email", "email2"))}
# Column names the importer itself adds to a rejected-rows CSV; ignored when that file is re-imported.
REJECT_COLUMNS = ("import_row", "import_errors")

_SEP = re.compile(r"[_\-.:/#()\[\]]+")


def header_key(header: str) -> str:
    """'Customer_Code', 'customer code', 'CUSTOMER-CODE' → 'customer code'; 'Order #', '№ чека' → 'order no', 'no чека'."""
    from crm_app.domain.normalize import fold   # phone and e-mail libraries: not to parse a command line

    key = fold(header or "").replace("#", " no ")
    return " ".join(_SEP.sub(" ", key).split())


def field_names(kind: str) -> list[str]:
    return [f.name for f in FIELDS[kind]]


def get_field(kind: str, name: str) -> Field:
    for f in FIELDS[kind]:
        if f.name == name:
            return f
    raise KeyError(name)


@dataclass
class FieldMap:
    """Column index of each mapped field, for one file of one kind."""

    kind: str
    headers: list[str]
    columns: dict[str, int] = field(default_factory=dict)      # field → column index

    def column_of(self, field_name: str) -> str:
        """The header of the column a field came from (for error reports), else the field name."""
        i = self.columns.get(field_name)
        return self.headers[i] if i is not None and self.headers[i] else field_name

    def field_of(self, index: int) -> str | None:
        for name, i in self.columns.items():
            if i == index:
                return name
        return None

    def missing(self) -> list[str]:
        """Human names of required fields that no column provides."""
        out = []
        for group in REQUIRED_ANY[self.kind]:
            if not any(g in self.columns for g in group):
                out.append(" or ".join(group))
        return out


def parse_mapping(items: list[str] | None) -> dict[str, str]:
    """['Tel=phone', 'Notes=-'] → {'Tel': 'phone', 'Notes': '-'}."""
    out: dict[str, str] = {}
    for item in items or []:
        col, sep, fld = item.rpartition("=")
        if not sep or not col.strip():
            raise ValueError(f"--map takes COLUMN=FIELD, not {item!r}")
        out[col.strip()] = fld.strip()
    return out


def map_headers(kind: str, headers: list[str], manual: dict[str, str] | None = None) -> FieldMap:
    """Match headers to fields: hand mappings first, then canonical names, then the known variants."""
    if kind not in FIELDS:
        raise ValueError(f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
    names = field_names(kind)
    fmap = FieldMap(kind, list(headers))
    taken: set[int] = set()
    keys = [header_key(h) for h in headers]
    for col, fld in (manual or {}).items():
        idx = _find_column(headers, keys, col)
        if idx is None:
            raise ValueError(f"--map: the file has no column {col!r} (columns: {', '.join(headers)})")
        taken.add(idx)
        if fld in ("", IGNORE):
            continue
        if fld not in names:
            raise ValueError(f"--map: {fld!r} is not a {kind} field (fields: {', '.join(names)})")
        fmap.columns[fld] = idx
    rejects = {header_key(c) for c in REJECT_COLUMNS}
    taken |= {i for i, k in enumerate(keys) if k in rejects}
    # canonical names beat variants: "name" is a variant of full_name, but the field of a column "name"
    # is decided before the variants are tried for any field.
    passes = [lambda f: (header_key(f.name), header_key(f.label)), lambda f: tuple(header_key(a) for a in f.aliases)]
    for candidates in passes:
        for f in FIELDS[kind]:
            if f.name in fmap.columns:
                continue
            wanted = candidates(f)
            for alias in wanted:
                hit = next((i for i, k in enumerate(keys) if i not in taken and k and k == alias), None)
                if hit is not None:
                    fmap.columns[f.name] = hit
                    taken.add(hit)
                    break
    # "Phone, Phone" or "Email, Email": the second column of the same header is the second one
    for first, second in SECOND_OF.get(kind, ()):
        if first in fmap.columns and second not in fmap.columns:
            key = keys[fmap.columns[first]]
            hit = next((i for i, k in enumerate(keys) if i not in taken and k == key), None)
            if hit is not None:
                fmap.columns[second] = hit
                taken.add(hit)
    return fmap


def looks_like_header(kind: str, cells: list[str], manual: dict[str, str] | None = None) -> bool:
    """Whether a row of cells is a header row of this kind: its columns provide every required field.
    (Finds the real header below the title lines of a till's or shop system's export.)"""
    try:
        return not map_headers(kind, cells, manual).missing()
    except ValueError:
        return False


def _find_column(headers: list[str], keys: list[str], col: str) -> int | None:
    if col in headers:
        return headers.index(col)
    key = header_key(col)
    if key in keys:
        return keys.index(key)
    if col.isdigit() and 1 <= int(col) <= len(headers):
        return int(col) - 1   # a column number, 1-based
    return None
