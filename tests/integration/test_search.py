"""Caller lookup (crm_app.db.search_index): any script, any phone format, ranking, hostile input, index sync."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from crm_app.commands import open_db
from crm_app.db import search_index
from crm_app.db.models import Customer
from crm_app.domain.customer import CustomerInput
from crm_app.services import customers, merge

# key: (name, phones, emails, tags, code, last purchase)
PEOPLE = {
    "jose": ("José Muñoz García", ("+34 612 345 678",), ("jose.munoz@example.es",), (), None, date(2025, 5, 1)),
    "jose2": ("Jose Munoz", (), (), (), None, date(2024, 1, 1)),
    "anna": ("Anna Maria Smith", ("+1 212 555 0123",), ("Anna.Smith@Mail.com",), ("VIP Event",), "VIP-0042",
             date(2025, 6, 1)),
    "gold": ("John Goldsmith", ("+1 415 555 0101",), (), (), None, date(2025, 7, 1)),
    "smithers": ("Smithers Brown", (), (), (), None, date(2023, 1, 1)),
    "francois": ("François Lefèvre", (), ("f.lefevre@example.fr",), (), None, None),
    "fedor": ("Фёдор Семёнов", ("+7 916 123 45 67",), ("fedor@yandex.ru",), (), None, date(2025, 2, 2)),
    "irina": ("Ирина Павловна Смирнова", ("+7 926 555 12 34",), (), (), None, date(2024, 12, 1)),
    "mohammed": ("مُحَمَّد علي الأحمد", ("+966 50 123 4567",), (), (), "SA-1001", date(2025, 8, 1)),
    "fatima": ("فاطمة الزهراء", ("+966 55 765 4321",), (), (), None, date(2024, 2, 2)),
    "rashid": ("عبد الرّشيد المغاولة", (), (), (), None, None),
    "mreza": ("محمد\u200cرضا کریمی", ("+98 912 123 4567",), (), (), None, date(2025, 3, 3)),
    "fatemeh": ("فاطمه احمدی", ("+98 935 111 2233",), (), (), None, date(2023, 3, 3)),
    "petrova_old": ("Anna Petrova", (), (), (), None, date(2022, 1, 1)),
    "petrova_new": ("Anna Petrova", (), (), (), None, date(2025, 9, 9)),
    "petrova_none": ("Anna Petrova", (), (), (), None, None),
    "hostile": ("O'Brien \"Bob\" (test) 100% _x_ back\\slash", (), (), (), None, None),
}


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    db = open_db(str(tmp_path_factory.mktemp("search") / "search.db"))
    ids = {}
    with db.write() as s:
        for key, (name, phones, emails, tags, code, last) in PEOPLE.items():
            c = customers.create_customer(s, CustomerInput(name, phones=phones, emails=emails, tags=tags, code=code))
            ids[key] = c.id
            s.execute(Customer.__table__.update().where(Customer.id == c.id).values(last_order_date=last))
    yield db, ids
    db.dispose()


def find(people, query, region="US", limit=50):
    db, _ = people
    with db.read() as s:
        return [r.id for r in search_index.search(s, query, region, limit)]


def keys(people, query, region="US", limit=50):
    _, ids = people
    back = {v: k for k, v in ids.items()}
    return [back[i] for i in find(people, query, region, limit)]


# --- names in every script -------------------------------------------------------------------------
@pytest.mark.parametrize("query, expected", [
    ("muñoz", {"jose", "jose2"}), ("MUNOZ", {"jose", "jose2"}), ("garcía", {"jose"}), ("garcia", {"jose"}),
    ("francois", {"francois"}), ("LEFÈVRE", {"francois"}), ("lefevre", {"francois"}),
    ("федор", {"fedor"}), ("Фёдор", {"fedor"}), ("семенов", {"fedor"}), ("СЕМЁН", {"fedor"}),
    ("павловна", {"irina"}), ("смирн", {"irina"}), ("мирно", {"irina"}),          # middle name, inside a surname
    ("علي", {"mohammed"}), ("علی", {"mohammed"}),                                    # Arabic / Persian yeh
    ("محمد", {"mohammed", "mreza"}), ("مُحَمَّد", {"mohammed", "mreza"}), ("محـــمد", {"mohammed", "mreza"}),
    ("الاحمد", {"mohammed"}), ("الأحمد", {"mohammed"}),                                # alef with hamza folded
    ("فاطمه", {"fatima", "fatemeh"}), ("فاطمة", {"fatima", "fatemeh"}),               # teh marbuta ≡ heh
    ("كريمي", {"mreza"}), ("کریمی", {"mreza"}), ("محمدرضا", {"mreza"}),               # kaf/yeh; ZWNJ dropped
    ("رشيد", {"rashid"}), ("الرشید", {"rashid"}), ("مغاول", {"rashid"}),              # shadda dropped; inside
    ("زهرا", {"fatima"}),
    ("maria", {"anna"}), ("goldsm", {"gold"}), ("oldsmi", {"gold"}),
])
def test_names_fold_in_every_script(people, query, expected):
    assert set(keys(people, query)) == expected


def test_two_letters_match_word_beginnings_and_one_letter_name_beginnings(people):
    assert set(keys(people, "mu")) == {"jose", "jose2"}                 # surname beginning
    assert set(keys(people, "се")) == {"fedor"}
    assert "gold" not in keys(people, "ld")                               # no 2-letter matches inside words
    assert set(keys(people, "j")) == {"jose", "jose2", "gold"}          # one letter: beginnings of names
    assert keys(people, "f") == ["francois"]
    assert set(keys(people, "ф")) == {"fedor"}


# --- phones in every format ------------------------------------------------------------------------
@pytest.mark.parametrize("query, region, expected", [
    ("+966 50 123 4567", "US", "mohammed"), ("00966501234567", "US", "mohammed"),
    ("+966-50-123-4567", "US", "mohammed"),
    ("050-123-4567", "SA", "mohammed"), ("050 123 4567", "US", "mohammed"),     # national: read with the region,
    ("٠٥٠١٢٣٤٥٦٧", "SA", "mohammed"), ("٠٥٠١٢٣٤٥٦٧", "US", "mohammed"),          # else by its last digits
    ("+٩٦٦٥٠١٢٣٤٥٦٧", "US", "mohammed"),
    ("۰۹۱۲ ۱۲۳ ۴۵۶۷", "IR", "mreza"), ("۰۹۱۲ ۱۲۳ ۴۵۶۷", "US", "mreza"), ("0098 912 123 4567", "US", "mreza"),
    ("8 (916) 123-45-67", "RU", "fedor"), ("8 (916) 123-45-67", "US", "fedor"), ("+7 (916) 123 45 67", "US", "fedor"),
    ("(212) 555-0123", "US", "anna"), ("212.555.0123", "US", "anna"), ("+1 212 555 0123", "SA", "anna"),
    ("5550123", "US", "anna"), ("555 01 23", "US", "anna"), ("4155550101", "US", "gold"),
    ("7654321", "US", "fatima"), ("۷۶۵۴۳۲۱", "US", "fatima"),                   # last 7 digits, Persian digits
])
def test_phones_in_any_format(people, query, region, expected):
    assert keys(people, query, region)[0] == expected


def test_last_seven_digits_find_every_number_ending_so(people):
    assert set(keys(people, "1234567")) == {"mohammed", "mreza", "fedor"}
    assert set(keys(people, "123-45-67")) == {"mohammed", "mreza", "fedor"}
    assert keys(people, "234567") == []                                          # 6 digits: not a phone ending


def test_partial_phone_beginnings(people):
    assert keys(people, "+7 916") == ["fedor"]
    assert set(keys(people, "+7 9")) == {"fedor", "irina"}
    assert keys(people, "0912", "IR") == ["mreza"]                                # national, read with the region
    assert keys(people, "8 926", "RU") == ["irina"]


# --- emails, codes, tags ---------------------------------------------------------------------------
@pytest.mark.parametrize("query, expected", [
    ("anna.smith@mail.com", "anna"), ("ANNA.SMITH@MAIL.COM", "anna"), (" Anna.Smith@Mail.com ", "anna"),
    ("anna.smi", "anna"), ("smith@mail", "anna"), ("@mail.com", "anna"), ("yandex", "fedor"),
    ("FEDOR@", "fedor"), ("lefevre@example.fr", "francois"), ("example.es", "jose"),
    ("VIP-0042", "anna"), ("vip-0042", "anna"), ("vip-00", "anna"), ("0042", "anna"), ("sa-1001", "mohammed"),
    ("vip-event", "anna"), ("event", "anna"), ("VIP-EVENT", "anna"),
])
def test_emails_codes_and_tags_case_insensitive_exact_or_partial(people, query, expected):
    assert keys(people, query)[0] == expected


def test_generated_codes(people):
    _, ids = people
    code = f"C{ids['fedor']:07d}"
    assert keys(people, code) == ["fedor"] and keys(people, code.lower()) == ["fedor"]
    assert set(keys(people, "C00000")) >= {"fedor", "irina", "jose"}


# --- ranking ---------------------------------------------------------------------------------------
def test_exact_before_prefix_before_substring_then_recent_purchase(people):
    # 'smith': word beginnings (Anna Maria Smith 2025-06, Smithers Brown 2023-01) before inside a word
    # (Goldsmith, although he bought most recently)
    assert keys(people, "smith") == ["anna", "smithers", "gold"]
    # 'jose munoz': exactly the name of one customer, the beginning of the other's (who bought later)
    assert keys(people, "jose munoz") == ["jose2", "jose"]
    # 'احمد': a word of فاطمه احمدی starts with it; in الاحمد it is inside a word
    assert keys(people, "احمد") == ["fatemeh", "mohammed"]
    # the same name three times: most recent purchase first, never-bought last
    assert keys(people, "anna petrova") == ["petrova_new", "petrova_old", "petrova_none"]
    # an exact phone beats name matches
    assert keys(people, "+1 415 555 0101")[0] == "gold"
    assert keys(people, "anna", limit=2) == ["petrova_new", "anna"]


def test_limit(people):
    assert len(find(people, "a", limit=3)) == 3
    assert len(find(people, "a", limit=0)) == 1                    # at least one row when asked


# --- hostile input ---------------------------------------------------------------------------------
HOSTILE = ['"', '""', "'", "*", "a*", "*a", "NEAR(", "NEAR(a b)", "near(a, b, 2)", "(", ")", "()", "a) OR (b",
           "%", "%%", "_", "__", "\\", "\\\\", "\\%", "'; DROP TABLE customers; --", "\"; DROP TABLE customers; --",
           "a AND b", "a OR b", "NOT a", "^a", "a:b", "keys:a", "{a b}", "a + b", "-a", "customer_fts",
           "\x00", "a\x00b", "\x1b[31m", "\u200f", "\ufeff", "😀", "🙂🙃", " ", "\t\n", "x" * 5000, "٠" * 300,
           "+", "00", "+0", "(((((", "a" * 201, "SELECT * FROM customers", "1=1", "' OR '1'='1", "%' OR 1=1 --",
           "[a-z]", "?", "?1", ":phrase", "@", "@@", "a@", "\u0651", "ـ"]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_input_never_errors(people, query):
    for region in ("US", "SA"):
        assert isinstance(find(people, query, region), list)


def test_hostile_input_is_searched_literally(people):
    assert keys(people, "o'brien") == ["hostile"]
    assert keys(people, '"bob"') == ["hostile"]
    assert keys(people, "(test)") == ["hostile"]
    assert keys(people, "100%") == ["hostile"]                    # % is not a wildcard
    assert keys(people, "_x_") == ["hostile"]                      # nor _
    assert keys(people, "back\\slash") == ["hostile"]
    assert keys(people, "%") == [] and keys(people, "_") == []
    assert keys(people, "'; DROP TABLE customers; --") == []
    db, _ = people
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == len(PEOPLE)


# --- the index follows every write -----------------------------------------------------------------
def test_index_stays_in_sync_after_create_update_merge(db):
    with db.write() as s:
        a = customers.create_customer(s, CustomerInput("Zoltan Kovacs", phones=("+36 20 123 4567",))).id
    with db.read() as s:
        assert [r.id for r in search_index.search(s, "kovacs")] == [a]       # same transaction as the write
    with db.write() as s:
        c = s.get(Customer, a)
        customers.update_customer(s, a, CustomerInput("Zoltán Kovács-Nagy", phones=("+36 20 123 4567",),
                                                      emails=("zk@example.hu",), tags=("golf",)), c.version)
    with db.read() as s:
        assert [r.id for r in search_index.search(s, "nagy")] == [a]
        assert [r.id for r in search_index.search(s, "zk@exa")] == [a]
        assert [r.id for r in search_index.search(s, "golf")] == [a]
        assert search_index.search(s, "zoltan kovacs")[0].id == a
    with db.write() as s:
        c = s.get(Customer, a)
        customers.update_customer(s, a, CustomerInput("Z. K.", phones=("+36 20 123 4567",)), c.version)
        b = customers.create_customer(s, CustomerInput("Zoli Kovacs", phones=("+36 30 765 4321",))).id
    with db.read() as s:
        assert search_index.search(s, "nagy") == [] and search_index.search(s, "golf") == []
        assert [r.id for r in search_index.search(s, "kovacs")] == [b]
    with db.write() as s:
        merge.merge_customers(s, a, b)
    with db.read() as s:
        assert search_index.search(s, "zoli") == []
        assert [r.id for r in search_index.search(s, "+36 30 765 4321")] == [a]


def test_rebuild_matches_incremental_sync(people):
    db, _ = people
    queries = ["smith", "محمد", "семенов", "yandex", "vip", "1234567"]
    with db.read() as s:
        before = {q: [r.id for r in search_index.search(s, q)] for q in queries}
    with db.write() as s:
        search_index.rebuild(s)
    with db.read() as s:
        assert {q: [r.id for r in search_index.search(s, q)] for q in queries} == before


def test_parse_query():
    q = search_index.parse_query("  ٠٥٠-١٢٣-٤٥٦٧ ", "SA")
    assert (q.digits, q.e164, q.phone_like) == ("0501234567", "+966501234567", True)
    q = search_index.parse_query("C0001234", "US")
    assert q.phone_like is False and q.code == "C0001234"
    assert search_index.parse_query("a\x00b", "US").folded == "a b"
    assert len(search_index.parse_query("x" * 5000, "US").raw) == search_index.MAX_QUERY
