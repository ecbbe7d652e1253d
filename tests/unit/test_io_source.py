"""Reading CSV and .xlsx files: encodings, delimiters, quoting, row numbers, unreadable files."""
from datetime import datetime

import pytest

from crm_app.io import encoding
from crm_app.io.source import SourceError, open_source, sniff_delimiter

ARABIC = "الاسم,الهاتف\nليلى حداد,0501234567\nمحمد العلي,0551234567\nفاطمة الزهراء,0561112233\n"
RUSSIAN = "Имя,Телефон\nИван Петров,89123456789\nОльга Смирнова,89161234567\nЁлка Зелёная,89031112233\n"
# Persian as legacy Windows tools save it: cp1256 has پ چ ژ گ ک but writes ی as the Arabic ي.
PERSIAN = "نام,تلفن\nعلي رضايي,09121234567\nمريم کريمي,09351234567\nژاله گلچين,09131112233\n"


def _rows(path, **kw):
    with open_source(path, **kw) as src:
        return src.headers, list(src.rows()), src


@pytest.mark.parametrize("text, codec, expected", [
    ("name,phone\nLayla,1\n", "utf-8", "utf-8-sig"),
    ("name,phone\nЛейла,1\n", "utf-8-sig", "utf-8-sig"),
    (ARABIC, "utf-8", "utf-8-sig"),
    (ARABIC, "utf-16", "utf-16"),            # with BOM (Excel's "Unicode text")
    (RUSSIAN, "utf-16-le", "utf-16-le"),     # without BOM
    (RUSSIAN, "utf-16-be", "utf-16-be"),
    (ARABIC, "cp1256", "cp1256"),
    (PERSIAN, "cp1256", "cp1256"),
    (RUSSIAN, "cp1251", "cp1251"),
])
def test_encoding_detection(tmp_path, text, codec, expected):
    path = tmp_path / "f.csv"
    path.write_bytes(text.encode(codec))
    assert encoding.detect(path.read_bytes()) == expected
    headers, rows, src = _rows(path)
    assert src.encoding == expected
    lines = text.strip().split("\n")
    assert headers == lines[0].split(",")
    assert [r[1] for r in rows] == [ln.split(",") for ln in lines[1:]]


def test_encoding_can_be_chosen(tmp_path):
    path = tmp_path / "f.csv"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    headers, rows, _ = _rows(path, encoding="windows-1251")
    assert headers == ["Имя", "Телефон"] and rows[0][1][0] == "Иван Петров"
    with pytest.raises(SourceError):
        open_source(path, encoding="klingon")


def test_wrong_utf8_deep_in_the_file_is_a_clear_error(tmp_path):
    path = tmp_path / "f.csv"
    path.write_bytes(b"a,b\n" + b"x,1\n" * 300_000 + "й,2\n".encode("cp1251"))
    with open_source(path) as src:
        assert src.encoding == "utf-8-sig"
        with pytest.raises(SourceError, match="encoding"):
            list(src.rows())


@pytest.mark.parametrize("delim", [",", ";", "\t", "|", "\u060c"])
def test_delimiters_are_sniffed(tmp_path, delim):
    path = tmp_path / "f.csv"
    path.write_text(delim.join(["code", "name", "amount"]) + "\n" + delim.join(["C1", "Layla", "1,5"]) + "\n",
                    encoding="utf-8")
    headers, rows, src = _rows(path)
    if delim == ",":
        assert src.delimiter == ","
    else:
        assert src.delimiter == delim and rows[0][1] == ["C1", "Layla", "1,5"]


def test_sniffing_prefers_the_consistent_delimiter():
    lines = ["code;name;amount", 'C1;"Haddad, Layla";1,50', "C2;Ivanov;2,00"]
    assert sniff_delimiter(lines) == ";"


def test_quotes_newlines_blank_rows_and_row_numbers(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text('code,note\n\nC1,"two\nlines"\n,\nC2,"a ""quoted"", text"\n\n', encoding="utf-8")
    headers, rows, _ = _rows(path)
    assert headers == ["code", "note"]
    assert rows == [(3, ["C1", "two\nlines"]), (5, ["C2", 'a "quoted", text'])]


def test_bom_is_not_part_of_the_first_header(tmp_path):
    path = tmp_path / "f.csv"
    path.write_bytes("\ufeffcode,name\nC1,A\n".encode("utf-8"))
    assert _rows(path)[0] == ["code", "name"]


def test_xlsx(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Sales"
    ws.append(["Customer code", "Date", "Amount"])
    ws.append(["C1", datetime(2024, 1, 15), 12.5])
    ws.append([None, None, None])
    ws.append(["C2", "16/01/2024", "7,25"])
    other = wb.create_sheet("Other")
    other.append(["x"])
    path = tmp_path / "f.xlsx"
    wb.save(path)
    headers, rows, src = _rows(path)
    assert src.kind == "xlsx" and src.sheet == "Sales"
    assert headers == ["Customer code", "Date", "Amount"]
    assert rows == [(2, ["C1", datetime(2024, 1, 15), 12.5]), (4, ["C2", "16/01/2024", "7,25"])]
    assert _rows(path, sheet="Other")[0] == ["x"]
    with pytest.raises(SourceError, match="no sheet"):
        open_source(path, sheet="Nope")


@pytest.mark.parametrize("name, content, message", [
    ("missing.csv", None, "does not exist"),
    ("empty.csv", b"", "empty"),
    ("blank.csv", b"\n\n  \n", "empty"),
    ("old.xls", b"\xd0\xcf\x11\xe0" + b"\0" * 100, "xls"),
    ("broken.xlsx", b"PK\x03\x04garbage", "xlsx"),
    ("binary.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "not a text"),
])
def test_unreadable_files(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(SourceError, match=message):
        open_source(path)


def test_a_folder_is_not_a_file(tmp_path):
    with pytest.raises(SourceError):
        open_source(tmp_path)


def _is_purchase_header(cells):
    from crm_app.io.fields import looks_like_header

    return looks_like_header("purchases", cells)


def test_title_lines_above_the_header_are_left_out(tmp_path):
    """A shop system's CSV: report title, date range and a blank line, then the real header."""
    path = tmp_path / "f.csv"
    path.write_text("Sales report;;\nFrom 01/01/2024 to 31/01/2024;;\n;;\nClient ID;Date;Total\nC1;15/01/2024;3\n",
                    encoding="utf-8")
    headers, rows, src = _rows(path, is_header=_is_purchase_header)
    assert src.delimiter == ";" and headers == ["Client ID", "Date", "Total"]
    assert rows == [(5, ["C1", "15/01/2024", "3"])]
    # without a header test (or when no row fits) the first non-empty row is the header, as before
    assert _rows(path)[0] == ["Sales report", "", ""]
    assert _rows(path, is_header=lambda cells: False)[0] == ["Sales report", "", ""]
    assert len(_rows(path, is_header=lambda cells: False)[1]) == 3


def test_title_lines_above_the_header_in_xlsx(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Daily sales"])
    ws.append([None, None, "Printed 2024-02-01"])
    ws.append([])
    ws.append(["Receipt #", "Customer #", "Date/Time", "Line Total"])
    ws.append(["R1", "C1", datetime(2024, 1, 15, 9, 30), 7.5])
    path = tmp_path / "till.xlsx"
    wb.save(path)
    headers, rows, _ = _rows(path, is_header=_is_purchase_header)
    assert headers == ["Receipt #", "Customer #", "Date/Time", "Line Total"]
    assert rows == [(5, ["R1", "C1", datetime(2024, 1, 15, 9, 30), 7.5])]


def test_excel_sep_line_sets_the_delimiter(tmp_path):
    path = tmp_path / "f.csv"
    path.write_bytes("sep=;\r\nКод клиента;Дата;Сумма\r\nC1;15.01.2024;1 250,00\r\n".encode("cp1251"))
    headers, rows, src = _rows(path)
    assert (src.encoding, src.delimiter) == ("cp1251", ";")
    assert headers == ["Код клиента", "Дата", "Сумма"] and rows == [(3, ["C1", "15.01.2024", "1 250,00"])]
    # a chosen delimiter still wins, and the sep= line is still not data
    assert _rows(path, delimiter="|")[0] == ["Код клиента;Дата;Сумма"]
