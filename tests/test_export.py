"""Export: xlsx, csv and vCard that other programs read as written, and our import reads
back without loss."""

import csv
import shutil
import subprocess
from datetime import UTC, date, datetime

import pytest

from crm_desktop.cli import main as cli_main
from crm_desktop.exchange import importer
from crm_desktop.exchange.export import ExportCancelled, ExportScope, export
from crm_desktop.services import feedback, followups, interactions
from crm_desktop.services.contacts import ContactData, create_contact, load_contacts
from crm_desktop.services.feedback import FeedbackData
from crm_desktop.services.followups import FollowupData
from crm_desktop.services.interactions import InteractionData
from crm_desktop.store import close_database, open_database
from crm_desktop.store.db import database_proxy

PEOPLE = [
    ContactData(first_name="Zoë", last_name="Müller", company="Café Réunion", job_title="Owner",
                emails=[("home", "zoe@cafe.example"), ("work", "z.muller@cafe.example"),
                        ("mobile", "zoe.m@phone.example")],
                phones=[("mobile", "+44 7700 900123"), ("work", "020 7946 0000"),
                        ("home", "0161 496 0001")],
                street="1 Rue de la Paix", city="Paris", region="Île-de-France",
                postal_code="75002", country="FR", birthday_year=1980, birthday_month=2,
                birthday_day=29, tags="vip, wholesale", notes="Likes oat milk.\nCall after 10.",
                status="customer", source="Trade show"),
    ContactData(first_name="=SUM(A1:A9)", last_name="-Dash", company="@Mention Ltd",
                emails=[("work", "formula@example.org")], notes="+1 is not a formula",
                birthday_month=12, birthday_day=24, status="lead"),
    ContactData(first_name="José", last_name="García", emails=[("other", "jg@example.org")],
                phones=[("other", "+34 91 555 0101")], status="inactive", tags="event-2026"),
]


@pytest.fixture
def people(db):
    return [create_contact(p) for p in PEOPLE]


def stored(ids=None):
    if ids is None:
        ids = [r[0] for r in database_proxy.execute_sql(
            "SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY id")]
    return sorted(load_contacts(ids).values(), key=lambda d: (d.last_name, d.first_name))


def reimport(path, tmp_path, **kw):
    """Import ``path`` into a new, empty database; its contacts."""
    close_database()
    open_database(tmp_path / "other.sqlite3")
    result, _ = importer.import_file(path, **kw)
    assert not result.errors, result.errors
    return stored()


def test_xlsx_round_trip_loses_nothing(people, tmp_path):
    before = stored()
    path = tmp_path / "out.xlsx"
    result = export(path)
    assert result.counts["Contacts"] == 3
    assert reimport(path, tmp_path) == before


def test_vcard_round_trip_and_an_independent_reader(people, tmp_path):
    vobject = pytest.importorskip("vobject")
    before = stored()
    path = tmp_path / "out.vcf"
    export(path)
    raw = path.read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    cards = list(vobject.readComponents(raw.decode("utf-8")))
    zoe = next(c for c in cards if c.fn.value == "Zoë Müller")
    assert zoe.n.value.family == "Müller" and zoe.org.value == ["Café Réunion"]
    assert [e.value for e in zoe.contents["email"]] == [e for _l, e in PEOPLE[0].emails]
    assert "HOME" in [t.upper() for t in zoe.contents["email"][0].params["TYPE"]]
    assert [t.value for t in zoe.contents["tel"]] == [n for _l, n in PEOPLE[0].phones]
    assert zoe.bday.value == "1980-02-29"
    assert zoe.note.value == "Likes oat milk.\nCall after 10."
    assert zoe.categories.value == ["vip", "wholesale"]
    assert zoe.adr.value.city == "Paris"
    yearless = next(c for c in cards if c.n.value.family == "-Dash")
    assert yearless.bday.value == "--1224"
    # Our import reads them back: all but status and source, which vCards do not carry.
    back = reimport(path, tmp_path)
    for a, b in zip(back, before, strict=True):
        a.status, a.source, b.status, b.source = "", "", "", ""
        assert a == b


def test_vcard_4_is_read_by_vobject(people, tmp_path):
    vobject = pytest.importorskip("vobject")
    path = tmp_path / "four.vcf"
    export(path, vcard_version="4.0")
    cards = list(vobject.readComponents(path.read_text("utf-8")))
    assert {c.version.value for c in cards} == {"4.0"} and len(cards) == 3


def test_phone_and_apple_vcards_import_with_types_and_yearless_birthdays(db, tmp_path):
    path = tmp_path / "phone.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8:Lindqvist;Sofia;;;\r\n"
        b"TEL;CELL:+46 70 555 0142\r\nEMAIL;HOME:sofia@home.example\r\n"
        b"ORG:Nordic Bakery AB\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Appleseed;Johnny;;;\r\nFN:Johnny Appleseed\r\n"
        b"item1.EMAIL;type=INTERNET;type=WORK;type=pref:johnny@work.example\r\n"
        b"BDAY;X-APPLE-OMIT-YEAR=1604:1604-05-17\r\nNOTE:Line one\\nline two\r\n"
        b"END:VCARD\r\n")
    result, plan = importer.import_file(path)
    assert result.created == 2 and not result.errors
    sofia, johnny = sorted(stored(), key=lambda d: d.first_name, reverse=True)
    assert (sofia.phones, sofia.emails, sofia.company) == (
        [("mobile", "+46 70 555 0142")], [("home", "sofia@home.example")], "Nordic Bakery AB")
    assert (johnny.birthday_year, johnny.birthday_month, johnny.birthday_day) == (None, 5, 17)
    assert johnny.notes == "Line one\nline two"
    assert importer.import_file(path)[0].created == 0  # duplicates found, not doubled


def test_not_a_vcard_is_one_clear_error(db, tmp_path):
    from crm_desktop.exchange.sources import ImportFileError, open_source

    path = tmp_path / "junk.vcf"
    path.write_text("hello, world\n")
    with pytest.raises(ImportFileError, match="junk.vcf: no vCards in it"):
        open_source(path)


def test_formulas_stay_text_in_xlsx_and_csv(people, tmp_path):
    from openpyxl import load_workbook

    xlsx, csvfile = tmp_path / "f.xlsx", tmp_path / "f.csv"
    export(xlsx)
    export(csvfile)
    sheet = load_workbook(xlsx)["Contacts"]
    cells = {c.value: c for row in sheet.iter_rows() for c in row if c.value is not None}
    for text in ("=SUM(A1:A9)", "-Dash", "@Mention Ltd", "+44 7700 900123"):
        assert cells[text].data_type == "s", text
    raw = csvfile.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    flat = {v for r in rows for v in r}
    assert {"'=SUM(A1:A9)", "'-Dash", "'@Mention Ltd", "'+44 7700 900123"} <= flat
    assert "Likes oat milk.\nCall after 10." in raw.decode("utf-8-sig")  # quoted newline


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_reads_every_value_as_written(people, tmp_path):
    path = tmp_path / "lo.xlsx"
    export(path)
    utf8 = "csv:Text - txt - csv (StarCalc):44,34,76"
    subprocess.run(["soffice", "--headless", "--convert-to", utf8, "--outdir", str(tmp_path),
                    str(path)], check=True, capture_output=True, timeout=120)
    rows = list(csv.reader((tmp_path / "lo.csv").read_text("utf-8").splitlines()))
    header = rows[0]
    by_first = {r[0]: dict(zip(header, r, strict=False)) for r in rows[1:]}
    assert by_first["=SUM(A1:A9)"]["Last Name"] == "-Dash"  # text, not computed
    assert by_first["=SUM(A1:A9)"]["Company"] == "@Mention Ltd"
    assert by_first["Zoë"]["Phone 1 - Value"] == "+44 7700 900123"
    assert by_first["Zoë"]["Birthday"] in ("1980-02-29", "02/29/80", "29/02/1980")
    assert by_first["José"]["E-mail 1 - Value"] == "jg@example.org"


def test_xlsx_sheets_headers_dates_and_related_records(people, tmp_path):
    from openpyxl import load_workbook

    zoe, dash, jose = people
    interactions.create_interaction(InteractionData(
        "purchase", datetime(2026, 3, 1, 10, tzinfo=UTC), "Order", contact_id=zoe,
        amount="12.50", currency="EUR"))
    followups.create_followup(FollowupData(date(2026, 12, 1), None, "Call back", jose))
    feedback.create_feedback(FeedbackData(zoe, date(2026, 11, 2), "survey", 5, 9, "Service",
                                          "=lovely"))
    from crm_desktop.services import deals

    proposal = next(s.id for s in deals.stages() if s.name == "Proposal")
    deals.create_deal(deals.DealData("Espresso machines", proposal, "4,800", "EUR",
                                     contact_id=zoe, expected_close=date(2026, 12, 15)))
    path = tmp_path / "all.xlsx"
    counts = export(path).counts
    assert counts == {"Contacts": 3, "Accounts": 2, "Interactions": 1, "Follow-ups": 1,
                      "Feedback": 1, "Deals": 1}
    book = load_workbook(path)
    assert book.sheetnames == ["Contacts", "Accounts", "Interactions", "Follow-ups",
                               "Feedback", "Deals"]
    deal = {h.value: c.value for h, c in zip(book["Deals"][1], book["Deals"][2], strict=True)}
    assert (deal["Deal"], deal["Stage"], deal["Value"], deal["Currency"]) == (
        "Espresso machines", "Proposal", 4800, "EUR")
    assert deal["Probability"] == 0.5 and deal["Expected Close"] == datetime(2026, 12, 15)
    assert deal["E-mail"] == "zoe@cafe.example" and deal["Closed"] is None
    contacts_sheet = book["Contacts"]
    assert contacts_sheet.freeze_panes == "A2" and contacts_sheet["A1"].font.b
    assert contacts_sheet.auto_filter.ref.startswith("A1:")
    assert contacts_sheet.column_dimensions["A"].width >= 10
    header = [h.value for h in contacts_sheet[1]]
    rows = [dict(zip(header, (c.value for c in r), strict=True))
            for r in contacts_sheet.iter_rows(min_row=2)]
    zoe_row = next(r for r in rows if r["First Name"] == "Zoë")
    assert zoe_row["Birthday"] == datetime(1980, 2, 29)  # a real date cell
    assert next(r for r in rows if r["Last Name"] == "-Dash")["Birthday"] == "--12-24"
    sale = {h.value: c.value for h, c in zip(book["Interactions"][1], book["Interactions"][2],
                                             strict=True)}
    assert isinstance(sale["Date"], datetime) and sale["Amount"] == 12.5
    fb = {h.value: c.value for h, c in zip(book["Feedback"][1], book["Feedback"][2],
                                           strict=True)}
    assert (fb["Email"], fb["CSAT"], fb["NPS"], fb["Comment"]) == (
        "zoe@cafe.example", 5, 9, "=lovely")
    # Only Zoë: her company, her interaction and feedback, not José's follow-up.
    mine = export(tmp_path / "zoe.xlsx", ExportScope(search="müller")).counts
    assert mine == {"Contacts": 1, "Accounts": 1, "Interactions": 1, "Follow-ups": 0,
                    "Feedback": 1, "Deals": 1}
    tagged = export(tmp_path / "tag.xlsx", ExportScope(tag="VIP")).counts
    assert tagged["Contacts"] == 1


def test_feedback_sheet_imports_back(people, tmp_path):
    from crm_desktop.exchange.feedback_import import import_feedback

    feedback.create_feedback(FeedbackData(people[0], date(2026, 11, 2), "survey", 4, 8,
                                          "Delivery", "On time"))
    path = tmp_path / "fb.xlsx"
    export(path)
    close_database()
    open_database(tmp_path / "again.sqlite3")
    importer.import_file(path)  # the Contacts sheet first (the first sheet)
    result = import_feedback(path, sheet="Feedback")
    assert (result.created, result.errors) == (1, [])
    [(when, csat, nps, cat, comment)] = feedback.recent_for(_id_of("zoe@cafe.example"))
    assert (when.astimezone().date(), csat, nps, cat, comment) == (
        date(2026, 11, 2), 4, 8, "Delivery", "On time")


def _id_of(address):
    return database_proxy.execute_sql(
        "SELECT contact_id FROM contact_email WHERE value_key = ?", (address,)).fetchone()[0]


def test_cancel_leaves_the_old_file_and_no_partial(people, tmp_path, monkeypatch):
    from crm_desktop.exchange import export as export_module

    path = tmp_path / "keep.csv"
    path.write_text("old contents")
    monkeypatch.setattr(export_module, "CHUNK", 1)
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ExportCancelled):
        export(path, cancelled=cancelled)
    assert path.read_text() == "old contents"
    assert list(tmp_path.glob(".keep.csv.part")) == []


def test_cli_export_and_errors(people, db_path, tmp_path, capsys):
    out = tmp_path / "cli.xlsx"
    assert cli_main(["export", str(out), "--db", str(db_path), "--tag", "event-2026"]) == 0
    assert "Contacts 1" in capsys.readouterr().out
    assert cli_main(["export", str(tmp_path / "x.pdf"), "--db", str(db_path)]) == 1
    assert "export writes .xlsx, .csv, .vcf files" in capsys.readouterr().err
    assert cli_main(["export", str(tmp_path / "no" / "x.csv"), "--db", str(db_path)]) == 1


def test_xlsx_writer_cells_that_xml_cannot_hold_and_column_letters(tmp_path):
    from openpyxl import load_workbook

    from crm_desktop.exchange.xlsx_writer import Workbook, column_letter

    assert [column_letter(i) for i in (0, 25, 26, 51, 52, 701, 702)] == [
        "A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]
    path = tmp_path / "w.xlsx"
    with Workbook(path) as book:
        sheet = book.add_sheet("Odd & <Ends>", ["Text", "Number", "When"], [10, 10, 10])
        sheet.append(["bell\x07 and <tag> & \"quotes\"", 3.5, datetime(2026, 1, 2, 3, 4)])
        sheet.append(["  spaced  ", -7, date(1900, 3, 1)])
        sheet.append(["=1+1", None, ""])
        assert sheet.close() == 3
    ws = load_workbook(path)["Odd & <Ends>"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[1] == ["bell and <tag> & \"quotes\"", 3.5, datetime(2026, 1, 2, 3, 4)]
    assert values[2] == ["  spaced  ", -7, datetime(1900, 3, 1)]
    assert values[3][0] == "=1+1" and ws["A4"].data_type == "s"


def test_a_failure_in_the_middle_of_a_sheet_leaves_no_file(people, tmp_path, monkeypatch):
    """The workbook's open sheet is closed before the zip, so the real error comes out
    (not zipfile's "open writing handle") and nothing half-written is left."""
    from crm_desktop.exchange import xlsx_writer

    real, calls = xlsx_writer.Sheet.append, []

    def failing(self, values):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk trouble")
        return real(self, values)

    monkeypatch.setattr(xlsx_writer.Sheet, "append", failing)
    path = tmp_path / "broken.xlsx"
    with pytest.raises(RuntimeError, match="disk trouble"):
        export(path)
    assert not path.exists() and list(tmp_path.glob("*broken*")) == []
