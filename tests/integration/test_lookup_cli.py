"""`crm-app lookup`: one query (text or --json), or '-' for one JSON line per stdin line (phone systems)."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date

import pytest

from crm_app.cli import main
from crm_app.db.models import Customer
from crm_app.domain.customer import CustomerInput
from crm_app.services import customers


@pytest.fixture
def shop(db):
    with db.write() as s:
        ids = {}
        for key, name, phones, emails in [
            ("layla", "Layla Haddad", ("+966 50 123 4567", "+1 212 555 0123"), ("layla@example.com",)),
            ("reza", "محمدرضا کریمی", ("+98 912 123 4567",), ()),
            ("fedor", "Фёдор Семёнов", ("+7 916 765 43 21",), ("fedor@yandex.ru",)),
        ]:
            ids[key] = customers.create_customer(s, CustomerInput(name, phones=phones, emails=emails)).id
        s.execute(Customer.__table__.update().where(Customer.id == ids["layla"])
                  .values(tier_code="gold", last_order_date=date(2025, 1, 1)))
    return ids


def test_json_result_shape(db_path, shop, capsys):
    assert main(["--db", str(db_path), "lookup", "00966501234567", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["query"] == "00966501234567" and isinstance(out["ms"], (int, float)) and out["ms"] >= 0
    assert out["results"] == [{"code": f"C{shop['layla']:07d}", "name": "Layla Haddad",
                               "phones": ["+966501234567", "+12125550123"], "emails": ["layla@example.com"],
                               "tier": "gold"}]


def test_text_output_and_no_match(db_path, shop, capsys):
    assert main(["--db", str(db_path), "lookup", "كريمي"]) == 0          # Arabic letters find the Persian name
    out = capsys.readouterr().out
    assert "محمدرضا کریمی" in out and "+989121234567" in out and len(out.strip().splitlines()) == 1
    assert main(["--db", str(db_path), "lookup", "nobody-like-this"]) == 1
    assert "no customer matches" in capsys.readouterr().out


def test_limit(db_path, shop, capsys):
    assert main(["--db", str(db_path), "lookup", "+", "--json"]) == 0   # '+' alone: a harmless query
    capsys.readouterr()
    assert main(["--db", str(db_path), "lookup", "e", "--json", "--limit", "1"]) == 0
    assert len(json.loads(capsys.readouterr().out)["results"]) <= 1


def test_stdin_one_json_line_per_query(db_path, shop, capsys, monkeypatch):
    queries = ["۰۹۱۲ ۱۲۳ ۴۵۶۷", "FEDOR@YANDEX.RU", "", "'; DROP TABLE customers; --", 'NEAR("', "7654321",
               "семенов"]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(queries) + "\n"))
    assert main(["--db", str(db_path), "lookup", "-"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(queries)
    rows = [json.loads(line) for line in lines]
    assert [r["query"] for r in rows] == queries
    assert all(set(r) == {"query", "results", "ms"} for r in rows)
    assert all(set(x) == {"code", "name", "phones", "emails", "tier"} for r in rows for x in r["results"])
    names = [[x["name"] for x in r["results"]] for r in rows]
    assert names[0] == ["محمدرضا کریمی"] and names[1] == ["Фёдор Семёнов"] and names[5] == ["Фёдор Семёнов"]
    assert names[2] == [] and names[3] == [] and names[4] == [] and names[6] == ["Фёдор Семёнов"]


def test_stdin_through_a_real_pipe_answers_line_by_line(db_path, shop):
    proc = subprocess.Popen([sys.executable, "-m", "crm_app", "--db", str(db_path), "lookup", "-", "--limit", "3"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            encoding="utf-8")
    proc.stdin.write("+1 (212) 555-0123\n")
    proc.stdin.flush()
    first = json.loads(proc.stdout.readline())            # answered before stdin is closed
    assert first["results"][0]["name"] == "Layla Haddad"
    out, err = proc.communicate("layla\n", timeout=60)
    assert proc.returncode == 0, err
    assert json.loads(out.strip())["results"][0]["code"] == f"C{shop['layla']:07d}"


def test_errors_are_one_line(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "missing" / "x.db"), "lookup", "x"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("crm-app: ") and len(err.splitlines()) == 1
