"""Importing customers, tickets and feedback: normalization, idempotence, likely duplicates."""
from datetime import date, datetime

from sqlalchemy import select

from crm_app.db import search_index
from crm_app.db.models import Customer, Feedback, Ticket, TicketCategory, TicketEvent
from crm_app.domain.customer import CustomerInput
from crm_app.io.importer import ImportOptions, run_import
from crm_app.services import customers as customer_service
from tests.integration.import_helpers import counts, fingerprint, write_csv

HEADER = ["code", "full_name", "phone", "email", "country", "birthday", "phone2", "email2", "tags", "language",
          "created_at"]


def _all(db):
    with db.read() as s:
        return {c.code: c for c in s.scalars(select(Customer).order_by(Customer.id))}


def test_customers_normalized_like_the_form(db, tmp_path):
    path = write_csv(tmp_path / "c.csv", HEADER, [
        ["k1", "  Layla   Haddad ", "050 123 4567", "Layla@Example.COM", "sa", "15/03/1990", "", "", "vip, newsletter",
         "ar", "2019-05-01"],
        ["", "Иван Петров", "8 (912) 345-67-89", "", "RU", "01.02.1985", "+7 916 123-45-67", "ivan@mail.ru", "", "ru",
         ""],
        ["", "علی رضایی", "۰۹۱۲ ۱۲۳ ۴۵۶۷", "", "IR", "", "", "", "", "fa", ""],
    ])
    r = run_import(db, path, ImportOptions("customers"))
    assert (r.imported, r.rejected, r.created_customers) == (3, 0, 3), r.errors
    with db.read() as s:
        cs = list(s.scalars(select(Customer).order_by(Customer.id)))
        layla, ivan, ali = cs
        assert layla.code == "K1" and layla.full_name == "Layla Haddad" and layla.search_name == "layla haddad"
        assert [p.e164 for p in layla.phones] == ["+966501234567"]             # read with the row's country
        assert [e.email for e in layla.emails] == ["Layla@example.com"]
        assert [t.name for t in layla.tags] == ["newsletter", "vip"]
        assert layla.birthday == date(1990, 3, 15) and layla.created_at == datetime(2019, 5, 1)
        assert [p.e164 for p in ivan.phones] == ["+79123456789", "+79161234567"]
        assert ivan.code == f"C{ivan.id:07d}" and ivan.birthday == date(1985, 2, 1)
        assert [p.e164 for p in ali.phones] == ["+989121234567"]
        assert [x.code for x in search_index.search(s, "петров")] == [ivan.code]
        assert [x.code for x in search_index.search(s, "علي")] == [ali.code]     # folded like typed names


def test_invalid_rows_name_their_columns(db, tmp_path):
    path = write_csv(tmp_path / "c.csv", ["Name", "Mobile", "E-mail", "Country", "DOB"], [
        ["", "12", "x@", "Saudi", "2999-01-01"],
        ["Omar", "", "", "", ""],
    ])
    r = run_import(db, path, ImportOptions("customers"))
    assert r.rejected == 1 and not r.committed and counts(db)["customers"] == 0
    assert {(e.row, e.column) for e in r.errors} == {(2, "Name"), (2, "Mobile"), (2, "E-mail"), (2, "Country"),
                                                     (2, "DOB")}


def test_reimport_matches_code_email_or_phone(db, tmp_path):
    path = write_csv(tmp_path / "c.csv", HEADER[:4], [
        ["K1", "Layla Haddad", "+966501234567", ""],
        ["", "Omar Haddad", "", "omar@example.com"],
        ["", "Noor", "+966551234567", ""],
        ["", "Noor K.", "+966 55 123 4567", ""],             # the same phone later in the file: the same person
    ])
    first = run_import(db, path, ImportOptions("customers"))
    assert (first.imported, first.skipped) == (3, 1)
    before = fingerprint(db)
    again = run_import(db, path, ImportOptions("customers", batch_size=1))
    assert (again.imported, again.skipped, again.rejected) == (0, 4, 0)
    assert fingerprint(db)[:5] == before[:5]


def test_likely_duplicates_are_reported(db, tmp_path):
    with db.write() as s:
        old = customer_service.create_customer(s, CustomerInput(full_name="Layla Haddad", code="OLD1",
                                                                emails=("layla@example.com",))).id
        twin = customer_service.create_customer(s, CustomerInput(full_name="Omar Khalil", code="OLD2")).id
    path = write_csv(tmp_path / "c.csv", ["code", "full_name", "email"], [
        ["NEW1", "Layla H.", "LAYLA@example.com"],       # new code, known email
        ["NEW2", "omar  KHALIL", ""],                     # same name
        ["NEW3", "Someone Else", ""],
    ])
    dry = run_import(db, path, ImportOptions("customers", dry_run=True))
    assert {(m.row, m.new_id, m.existing_id) for m in dry.merge_candidates} == {(2, None, old), (3, None, twin)}
    r = run_import(db, path, ImportOptions("customers"))
    ids = {c.code: c.id for c in _all(db).values()}
    assert {(m.new_id, m.existing_id, m.reason) for m in r.merge_candidates} == {
        (ids["NEW1"], old, "same email or phone"), (ids["NEW2"], twin, "same name")}


def test_name_parts_and_arabic_headers(db, tmp_path):
    path = write_csv(tmp_path / "c.csv", ["Фамилия", "Имя", "Отчество", "Телефон"],
                     [["Петров", "Иван", "Сергеевич", "+79123456789"]], encoding="cp1251", delimiter=";")
    assert run_import(db, path, ImportOptions("customers")).imported == 1
    # cp1256 has no Arabic-Indic digits: files in it carry ASCII digits; UTF-8 files may carry either
    path = write_csv(tmp_path / "a.csv", ["الاسم", "الجوال", "تاريخ الميلاد", "الدولة"],
                     [["ليلى حداد", "0501234567", "15/03/1990", "SA"]], encoding="cp1256")
    r = run_import(db, path, ImportOptions("customers"))
    assert r.rejected == 0 and r.encoding == "cp1256"
    path = write_csv(tmp_path / "u.csv", ["الاسم", "الجوال", "تاريخ الميلاد", "الدولة"],
                     [["فاطمة", "٠٥٥١٢٣٤٥٦٧", "١٥/٠٣/١٩٩١", "SA"]])
    r = run_import(db, path, ImportOptions("customers"))
    assert r.rejected == 0, r.errors
    names = {c.full_name: c for c in _all(db).values()}
    assert "Иван Сергеевич Петров" in names        # first, middle, last
    with db.read() as s:
        layla = s.scalar(select(Customer).where(Customer.full_name == "ليلى حداد"))
        assert layla.birthday == date(1990, 3, 15) and [p.e164 for p in layla.phones] == ["+966501234567"]
        fatima = s.scalar(select(Customer).where(Customer.full_name == "فاطمة"))
        assert fatima.birthday == date(1991, 3, 15) and [p.e164 for p in fatima.phones] == ["+966551234567"]


def test_xlsx_customers(db, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Customer ID", "Name", "Phone", "Birthday"])
    ws.append(["X1", "Ada", 12015550123, datetime(1990, 1, 2)])
    path = tmp_path / "c.xlsx"
    wb.save(path)
    r = run_import(db, path, ImportOptions("customers"))
    assert r.imported == 1 and r.rejected == 0
    with db.read() as s:
        c = s.scalar(select(Customer).where(Customer.code == "X1"))
        assert c.birthday == date(1990, 1, 2) and [p.e164 for p in c.phones] == ["+12015550123"]


def test_tickets(db, tmp_path):
    with db.write() as s:
        cid = customer_service.create_customer(s, CustomerInput(full_name="Layla", code="C1")).id
    header = ["Subject", "Customer", "Channel", "Priority", "Status", "Category", "Created", "Resolved"]
    rows = [["Late delivery", "C1", "Phone", "High", "solved", "Delivery delay", "2024-01-10 09:00", "2024-01-11"],
            ["Question", "", "e-mail", "", "", "Brand new category", "2024-01-12 10:00", ""],
            ["Bad", "C404", "fax", "", "", "", "", ""]]
    path = write_csv(tmp_path / "t.csv", header, rows)
    r = run_import(db, path, ImportOptions("tickets", skip_invalid=True))
    assert (r.imported, r.rejected) == (2, 1)
    assert {(e.row, e.column) for e in r.errors} == {(4, "Channel")}
    with db.read() as s:
        t1, t2 = s.scalars(select(Ticket).order_by(Ticket.id))
        assert (t1.customer_id, t1.channel, t1.priority, t1.status) == (cid, "phone", "high", "resolved")
        assert t1.resolved_at == datetime(2024, 1, 11) and t1.first_response_due_at is not None
        assert t2.status == "new" and t2.channel == "email" and t2.customer_id is None
        assert s.get(TicketCategory, t2.category_id).name == "Brand new category"
        assert s.scalar(select(TicketEvent.new_value).where(TicketEvent.ticket_id == t1.id)) == "resolved"
    again = run_import(db, path, ImportOptions("tickets", skip_invalid=True))
    assert (again.imported, again.skipped) == (0, 2)


def test_feedback(db, tmp_path):
    with db.write() as s:
        customer_service.create_customer(s, CustomerInput(full_name="Layla", code="C1"))
    path = write_csv(tmp_path / "f.csv", ["customer_code", "NPS", "CSAT", "comment", "date"], [
        ["C1", "9", "", "great", "2024-01-10"], ["C1", "", "4", "", "2024-01-11"], ["C1", "11", "", "", "2024-01-12"]])
    r = run_import(db, path, ImportOptions("feedback"))
    assert r.rejected == 1 and r.errors[0].column == "NPS" and counts(db)["feedback"] == 0
    r = run_import(db, path, ImportOptions("feedback", skip_invalid=True))
    assert r.imported == 2
    with db.read() as s:
        assert sorted(s.execute(select(Feedback.kind, Feedback.score, Feedback.source)).all()) == [
            ("csat", 4, "import"), ("nps", 9, "import")]
    assert run_import(db, path, ImportOptions("feedback", skip_invalid=True)).skipped == 2
    bare = write_csv(tmp_path / "b.csv", ["customer_code", "score"], [["C1", "3"]])
    assert run_import(db, bare, ImportOptions("feedback")).errors[0].column == "kind"
    assert run_import(db, bare, ImportOptions("feedback", feedback_kind="csat")).imported == 1


def test_reimport_of_rows_with_only_a_name(db, tmp_path):
    """Rows without code, phone or email: a re-import adds nobody; two people of one name stay two."""
    with db.write() as s:
        customer_service.create_customer(s, CustomerInput(full_name="Omar Khalil", phones=("+966501234567",)))
    rows = [["Omar Khalil", ""], ["Noor", "1990-05-01"], ["Noor", "1990-05-01"], ["Noor", ""], ["omar  khalil", ""]]
    path = write_csv(tmp_path / "c.csv", ["full_name", "birthday"], rows)
    first = run_import(db, path, ImportOptions("customers", batch_size=2))
    assert (first.imported, first.skipped) == (5, 0)        # the Omar with a phone may be someone else
    assert {m.reason for m in first.merge_candidates} == {"same name"}
    before = fingerprint(db)
    again = run_import(db, path, ImportOptions("customers"))
    assert (again.imported, again.skipped, again.rejected) == (0, 5, 0) and fingerprint(db)[:5] == before[:5]
    longer = write_csv(tmp_path / "c2.csv", ["full_name", "birthday"], rows + [["Noor", ""], ["Layla", ""]])
    third = run_import(db, longer, ImportOptions("customers", batch_size=3))
    assert (third.imported, third.skipped) == (2, 5)
    assert sorted(c.full_name for c in _all(db).values()).count("Noor") == 4


def test_undated_tickets_and_answers_reimport_without_duplicates(db, tmp_path):
    """Found by the fuzz test: rows without a date took the import's time, so every re-import added them again;
    and a dry run did not see duplicates across batches."""
    with db.write() as s:
        customer_service.create_customer(s, CustomerInput(full_name="Layla", code="C1"))
    tickets = write_csv(tmp_path / "t.csv", ["subject", "customer_code", "description"], [
        ["Late delivery", "C1", "box 1"], ["Late delivery", "C1", "box 1"], ["Refund", "", ""]])
    answers = write_csv(tmp_path / "f.csv", ["customer_code", "nps", "comment"], [
        ["C1", "9", "great"], ["C1", "9", "great"], ["", "3", ""]])
    for path, kind, n in ((tickets, "tickets", 3), (answers, "feedback", 3)):
        dry = run_import(db, path, ImportOptions(kind, dry_run=True, batch_size=1))
        first = run_import(db, path, ImportOptions(kind, batch_size=1))
        assert (dry.imported, first.imported) == (n, n)          # two alike rows are two tickets / answers
        again = run_import(db, path, ImportOptions(kind, batch_size=2))
        assert (again.imported, again.skipped) == (0, n)
    assert counts(db)["tickets"] == 3 and counts(db)["feedback"] == 3
    dated = write_csv(tmp_path / "d.csv", ["subject", "customer_code", "created_at"],
                      [["Broken", "C1", "2024-01-10 09:00"], ["Broken", "C1", "2024-01-10 09:00"]])
    dry = run_import(db, dated, ImportOptions("tickets", dry_run=True, batch_size=1))
    real = run_import(db, dated, ImportOptions("tickets", batch_size=1))
    assert (dry.imported, dry.skipped) == (real.imported, real.skipped) == (1, 1)
