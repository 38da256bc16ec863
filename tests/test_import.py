"""Import end to end: presets of real exports, messy lists, unreadable files,
duplicates, undo, atomicity, the CLI."""

import json
from datetime import date, datetime

import pytest

from crm_desktop.cli import main
from crm_desktop.errors import UserError
from crm_desktop.exchange import importer
from crm_desktop.exchange import mapping as mp
from crm_desktop.exchange.sources import ImportFileError
from crm_desktop.services import contacts, stats
from crm_desktop.services.contacts import ContactData, get_contact, load_contacts
from crm_desktop.services.listing import contact_query
from crm_desktop.store import close_database, open_database
from tests.importfiles import convert, soffice, write_csv, write_ods, write_xlsx
from tests.processes import kill_when_marked


def all_contacts(db):
    ids = [r[0] for r in db.execute_sql("SELECT id FROM contact ORDER BY id")]
    return load_contacts(ids)


def by_email(address):
    ids = contact_query(address).ids()
    assert len(ids) == 1, (address, ids)
    return get_contact(ids[0])


def by_email_id(address):
    ids = contact_query(address).ids()
    assert len(ids) == 1, (address, ids)
    return ids[0]


def snapshot(db):
    tables = ("contact", "contact_email", "contact_phone", "account", "import_batch",
              "import_change", "record_count", "contact_fts")
    return {t: db.execute_sql(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}


# --- presets --------------------------------------------------------------------------------
GOOGLE = [
    ["First Name", "Middle Name", "Last Name", "Nickname", "File As", "Organization Name",
     "Organization Title", "Organization Department", "Birthday", "Notes", "Labels",
     "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label", "E-mail 2 - Value",
     "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label", "Phone 2 - Value",
     "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City",
     "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code",
     "Address 1 - Country", "Website 1 - Label", "Website 1 - Value"],
    ["Ada", "", "Lovelace", "", "", "Analytical Engines", "Countess", "Research", "--12-10",
     "First programmer", "* myContacts ::: VIP", "* Work", "ada@example.org ::: ada@example.net",
     "Home", "ada@home.example", "Mobile", "+44 7700 900123", "Work", "+44 20 7946 0000",
     "Work", "12 St James's Sq, London", "12 St James's Sq", "London", "", "", "SW1Y 4JH",
     "United Kingdom", "", "https://ada.example"],
]
GOOGLE_LEGACY = [
    ["Name", "Given Name", "Additional Name", "Family Name", "Birthday", "Notes",
     "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value", "Phone 1 - Type",
     "Phone 1 - Value", "Organization 1 - Type", "Organization 1 - Name",
     "Organization 1 - Title"],
    ["Grace Hopper", "Grace", "", "Hopper", "1906-12-09", "Navy", "* My Contacts ::: Friends",
     "* Home", "grace@example.org", "Mobile", "(212) 555-0100", "", "US Navy",
     "Rear Admiral"],
]
OUTLOOK = [
    ["Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department",
     "Job Title", "Business Street", "Business City", "Business State",
     "Business Postal Code", "Business Country/Region", "Home Street", "Home City",
     "Business Phone", "Home Phone", "Mobile Phone", "Birthday", "Categories",
     "E-mail Address", "E-mail Type", "E-mail Display Name", "E-mail 2 Address", "Notes"],
    ["Mme", "Renée", "", "Dubois", "", "Boulangerie Dubois", "", "Gérante",
     "3 rue de la Paix", "Besançon", "", "25000", "France", "", "", "+33 3 81 00 00 00", "",
     "+33 6 12 34 56 78", "0/0/00", "Clients; Fournisseurs", "renee@example.fr", "SMTP",
     "Renée Dubois (renee@example.fr)", "", "Préfère le téléphone"],
]
OUTLOOK_COM = [
    ["First Name", "Middle Name", "Last Name", "Title", "Suffix", "Nickname", "E-mail Address",
     "E-mail 2 Address", "E-mail 3 Address", "Home Phone", "Business Phone", "Mobile Phone",
     "Company", "Job Title", "Business Street", "Business City", "Business Postal Code",
     "Business Country/Region", "Birthday", "Notes"],
    ["Søren", "", "Ødegaard", "", "", "", "soren@example.no", "s.o@example.com", "", "",
     "+47 22 00 00 00", "", "Fjord AS", "CEO", "Storgata 1", "Oslo", "0155", "Norway",
     "5/17/1980", ""],
]
LINKEDIN = [
    ["Notes:"],
    ["When exporting your connection data, you may notice that some of the email addresses"
     " are missing. You will only see email addresses for connections who have allowed their"
     " connections to see or download their email address."],
    [],
    ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
    ["Ngozi", "Okafor", "https://www.linkedin.com/in/ngozi", "ngozi@example.com",
     "Lagos Logistics", "Head of Operations", "12 Jan 2024"],
    ["Wei", "Zhang", "https://www.linkedin.com/in/wei", "", "Quantum Labs", "Engineer",
     "03 Feb 2023"],
]
HUBSPOT = [
    ["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Mobile Phone Number",
     "Company Name", "Job Title", "Lifecycle Stage", "Lead Status", "City", "Country/Region",
     "Create Date"],
    [501, "Lucía", "Fernández", "lucia@example.es", 34915550100, None, "Sol Energy",
     "Buyer", "salesqualifiedlead", "OPEN", "Madrid", "Spain", datetime(2024, 3, 1, 10, 0)],
]
SALESFORCE_REPORT = [
    ["First Name", "Last Name", "Title", "Account Name", "Email", "Phone", "Mobile",
     "Mailing Street", "Mailing City", "Mailing State/Province", "Mailing Zip/Postal Code",
     "Mailing Country", "Lead Source", "Birthdate", "Description", "Contact ID"],
    ["Jürgen", "Müller", "Einkauf", "Müller GmbH", "jm@example.de", "+49 30 555000",
     "+49 170 5550000", "Hauptstr. 5", "Berlin", "", "10115", "Germany", "Trade show",
     "03.04.1975", "Met at the fair", "0035g00000AbCdE"],
]
SALESFORCE_EXPORT = [
    ["Id", "IsDeleted", "MasterRecordId", "AccountId", "LastName", "FirstName", "Salutation",
     "Name", "MailingStreet", "MailingCity", "MailingState", "MailingPostalCode",
     "MailingCountry", "Phone", "Fax", "MobilePhone", "HomePhone", "OtherPhone", "Email",
     "Title", "Department", "LeadSource", "Birthdate", "Description", "OwnerId", "CreatedDate"],
    ["0035g00000XyZ", "false", "", "0015g00000Acc", "Kowalski", "Łukasz", "Mr.",
     "Łukasz Kowalski", "ul. Długa 1", "Kraków", "", "31-147", "Poland", "+48 12 555 0000", "",
     "", "", "", "lukasz@example.pl", "Owner", "", "Web", "1985-07-22", "Likes email",
     "0055g000", "2023-01-01T10:00:00.000Z"],
]


@pytest.mark.parametrize(("name", "write", "rows", "preset", "email", "expect"), [
    ("google.csv", "csv", GOOGLE, "Google Contacts", "ada@example.org", dict(
        first_name="Ada", last_name="Lovelace", company="Analytical Engines",
        job_title="Countess", birthday_month=12, birthday_day=10, birthday_year=None,
        tags="VIP", city="London", postal_code="SW1Y 4JH", country="United Kingdom",
        emails=[("work", "ada@example.org"), ("work", "ada@example.net"),
                ("home", "ada@home.example")],
        phones=[("mobile", "+44 7700 900123"), ("work", "+44 20 7946 0000")],
        source="Google Contacts")),
    ("legacy.csv", "csv", GOOGLE_LEGACY, "Google Contacts (legacy CSV)", "grace@example.org",
     dict(first_name="Grace", last_name="Hopper", company="US Navy", job_title="Rear Admiral",
          birthday_year=1906, tags="Friends", emails=[("home", "grace@example.org")],
          phones=[("mobile", "(212) 555-0100")])),
    ("outlook.csv", "cp1252", OUTLOOK, "Outlook", "renee@example.fr", dict(
        first_name="Renée", last_name="Dubois", company="Boulangerie Dubois",
        job_title="Gérante", street="3 rue de la Paix", city="Besançon", postal_code="25000",
        birthday_month=None, tags="Clients, Fournisseurs", notes="Préfère le téléphone",
        phones=[("work", "+33 3 81 00 00 00"), ("mobile", "+33 6 12 34 56 78")])),
    ("outlook-com.csv", "bom", OUTLOOK_COM, "Outlook", "soren@example.no", dict(
        first_name="Søren", last_name="Ødegaard", company="Fjord AS", birthday_year=1980,
        birthday_month=5, birthday_day=17,
        emails=[("work", "soren@example.no"), ("home", "s.o@example.com")])),
    ("Connections.csv", "csv", LINKEDIN, "LinkedIn Connections", "ngozi@example.com", dict(
        first_name="Ngozi", company="Lagos Logistics", job_title="Head of Operations",
        source="LinkedIn",
        notes="URL: https://www.linkedin.com/in/ngozi\nConnected On: 12 Jan 2024")),
    ("hubspot.xlsx", "xlsx", HUBSPOT, "HubSpot", "lucia@example.es", dict(
        first_name="Lucía", status="prospect", company="Sol Energy",
        phones=[("work", "34915550100")], city="Madrid")),
    ("report.csv", "csv", SALESFORCE_REPORT, "Salesforce report", "jm@example.de", dict(
        job_title="Einkauf", company="Müller GmbH", source="Trade show", birthday_year=1975,
        birthday_month=4, birthday_day=3, notes="Met at the fair\n\nContact ID: 0035g00000AbCdE")),
    ("Contact.csv", "csv", SALESFORCE_EXPORT, "Salesforce data export", "lukasz@example.pl",
     dict(first_name="Łukasz", last_name="Kowalski", company="", job_title="Owner",
          city="Kraków", source="Web", birthday_year=1985)),
])
def test_presets_map_without_help(db, tmp_path, name, write, rows, preset, email, expect):
    path = tmp_path / name
    if write == "xlsx":
        write_xlsx(path, {"Contacts": rows})
    else:
        write_csv(path, rows, encoding="cp1252" if write == "cp1252" else "utf-8",
                  bom=write == "bom")
    preview = importer.inspect(path)
    assert preview.suggestion.preset.name == preset
    result, _ = importer.import_file(path)
    assert result.errors == [] and result.created == len(rows) - preview.header_row
    contact = by_email(email)
    for field, value in expect.items():
        assert getattr(contact, field) == value, field


def test_several_sheets_pick_one(db, tmp_path):
    path = write_xlsx(tmp_path / "book.xlsx", {
        "Notes": [["just a note"]],
        "Customers": [["Name", "E-mail"], ["Ada Lovelace", "ada@example.org"]],
        "Suppliers": [["Company", "Phone"], ["Acme Ltd", "+44 20 7946 0999"]],
    })
    assert importer.inspect(path).source.sheet == "Customers"  # first with rows to import
    importer.import_file(path, sheet="Suppliers")
    assert contact_query("acme").ids() and not contact_query("lovelace").ids()
    with pytest.raises(ImportFileError, match="no sheet 'Staff'.*'Customers'"):
        importer.inspect(path, sheet="Staff")


def test_ods_and_xls(db, tmp_path):
    rows = [["Full Name", "Email", "Mobile"], ["Grace Hopper", "grace@example.org", 2125550100]]
    importer.import_file(write_ods(tmp_path / "list.ods", rows))
    assert by_email("grace@example.org").phones == [("mobile", "2125550100")]
    if not soffice():
        pytest.skip("LibreOffice is not installed: no .xls to read")
    xls = convert(write_xlsx(tmp_path / "old.xlsx", {"S": [
        ["First", "Last", "E-mail"], ["Alan", "Turing", "alan@example.org"]]}), "xls")
    importer.import_file(xls)
    assert by_email("alan@example.org").last_name == "Turing"


# --- messy lists ------------------------------------------------------------------------------
def messy_rows():
    return [
        ["Customer list — exported by hand"],
        [],
        ["Name", " E-Mail ", "Tel", "Company", "Date of birth", "Shoe size"],
        [],
        ["Smith, John", "John.Smith@Example.com ", 447700900123.0, "Acme Ltd", "25/12/1980", 44],
        ["Jane Doe", "not-an-email", "020 7946 0000", "Acme Ltd", date(1985, 1, 2), 38],
        ["  john smith ", "  john.smith@example.COM", None, " acme ltd ", "", 44],
        ["Bob Stone", "bob@example.org", "", "", "1990-05-17", ""],
        ["", "", "", "", "", ""],
        ["Eve Adams", "eve@example.org", "abc", "", "31/02/1990", ""],
    ]


def test_messy_list(db, tmp_path):
    path = write_xlsx(tmp_path / "messy.xlsx", {"Sheet1": messy_rows()})
    preview = importer.inspect(path)
    assert preview.header_row == 3
    fields = {preview.headers[i]: f for i, f in preview.suggestion.mapping.items()}
    assert fields == {"Name": "full_name", "E-Mail": "email", "Tel": "phone",
                      "Company": "company", "Date of birth": "birthday", "Shoe size": ""}
    plan = importer.make_plan(preview)
    assert plan.date_orders == {"Date of birth": "dmy"}  # 25/12 can only be day-first
    assert {(a.row, a.action) for a in plan.actions} == {
        (5, "create"), (6, "error"), (7, "merge"), (8, "create"), (10, "error")}
    assert {(e.row, e.column) for e in plan.errors} == {
        (6, "E-Mail"), (10, "Tel"), (10, "Date of birth")}
    result = importer.execute(plan)
    assert (result.rows, result.created, result.skipped) == (5, 2, 0)
    john = by_email("john.smith@example.com")
    assert (john.first_name, john.last_name, john.company) == ("John", "Smith", "Acme Ltd")
    assert john.phones == [("work", "447700900123")]  # a number cell, not "447700900123.0"
    assert (john.birthday_year, john.birthday_month, john.birthday_day) == (1980, 12, 25)
    assert stats.counts()["accounts"] == 1  # " acme ltd " is Acme Ltd


def test_unmapped_columns_are_shown_and_can_be_kept_in_notes(db, tmp_path):
    path = write_xlsx(tmp_path / "messy.xlsx", {"Sheet1": messy_rows()})
    preview = importer.inspect(path)
    shoe = preview.headers.index("Shoe size")
    assert preview.suggestion.mapping[shoe] == ""  # shown as not imported, not dropped unseen
    mapping = {**preview.suggestion.mapping, shoe: "notes_column"}
    importer.execute(importer.make_plan(preview, importer.Options(mapping)))
    assert by_email("john.smith@example.com").notes == "Shoe size: 44"


def test_date_order_conflict_is_refused_with_the_column(db, tmp_path):
    path = write_csv(tmp_path / "d.csv", [["Name", "Birthday"], ["A B", "25/12/1980"],
                                          ["C D", "12/25/1980"]])
    with pytest.raises(UserError, match="'Birthday'.*both day-first and month-first"):
        importer.import_file(path)
    result, _ = importer.import_file(path, date_order="dmy")
    assert [e.row for e in result.errors] == [3]


def test_header_row_override(db, tmp_path):
    path = write_csv(tmp_path / "h.csv", [["Report", "2026"], ["Vorname", "Nachname"],
                                          ["Jürgen", "Klein"]])
    result, _ = importer.import_file(path, header_row=2)
    assert result.created == 1
    assert contact_query("klein").page(0, 1)[0][1:3] == ("Jürgen", "Klein")


# --- unreadable files ------------------------------------------------------------------------
def junk_files(tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", {"S": [["Name"], ["Ada"]]}).read_bytes()
    files = {
        "truncated.xlsx": (good[: len(good) // 2], "cannot be read"),
        "picture.xlsx": (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "not a xlsx workbook"),
        "empty.csv": (b"", "empty"),
        "headers.csv": (b"First Name,Last Name,Email\r\n\r\n", "only headers"),
        "junk.csv": (bytes(range(256)) * 4, "binary data"),
        "bad-encoding.csv": (b"Name\r\nRen\x81\xe9e\xff\xfe\x9d\r\n", "encoding"),
        "notes.txt.exe": (b"MZ", "not a file this can import"),
    }
    for name, (data, _) in files.items():
        (tmp_path / name).write_bytes(data)
    return files


def test_unreadable_files_change_nothing(db, tmp_path, capsys):
    contacts.create_contact(ContactData(first_name="Keep", last_name="Me"))
    before = snapshot(db)
    for name, (_, reason) in junk_files(tmp_path).items():
        with pytest.raises(ImportFileError, match=reason) as caught:
            importer.import_file(tmp_path / name)
        assert str(caught.value).startswith(f"{name}: ")
        assert main(["import", str(tmp_path / name), "--db", db.database]) == 1
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0 and name in err and reason in err
    assert snapshot(db) == before


# --- duplicates and policies -------------------------------------------------------------------
def test_duplicates_against_the_database_by_policy(db, tmp_path):
    contacts.create_contact(ContactData(first_name="Ada", last_name="King", company="Old Co",
                                        emails=[("work", "ada@example.org")], tags="vip",
                                        notes="met 2020"))
    contacts.create_contact(ContactData(first_name="Alan", last_name="Turing",
                                        phones=[("work", "+44 20 7946 0001")]))
    contacts.create_contact(ContactData(first_name="Grace", last_name="Hopper",
                                        company="US Navy"))
    path = write_csv(tmp_path / "dups.csv", [
        ["First Name", "Last Name", "Email", "Phone", "Company", "Tags"],
        ["Ada", "Lovelace", " ADA@example.org ", "", "Analytical Engines", "speaker"],
        ["Alan", "Turing", "alan@example.org", "+44 20 7946 0001", "", ""],
        ["grace", "HOPPER", "", "", "us navy", ""],
        ["New", "Person", "new@example.org", "", "", ""],
    ])
    for policy, counts in (("skip", (1, 0, 3)), ("create", (4, 0, 0))):
        result, plan = importer.import_file(path, on_duplicate=policy, dry_run=True)
        assert (result.created, result.updated, result.skipped) == counts, policy
    result, plan = importer.import_file(path)  # update, the default
    assert [a.action for a in plan.actions] == ["update", "update", "update", "create"]
    assert (result.created, result.updated, result.skipped) == (1, 2, 1)  # Grace: as stored
    ada = by_email("ada@example.org")
    assert (ada.last_name, ada.company, ada.tags, ada.notes) == (
        "Lovelace", "Analytical Engines", "speaker, vip", "met 2020")
    assert [v for _, v in by_email("alan@example.org").phones] == ["+44 20 7946 0001"]
    assert stats.counts()["contacts"] == 4
    again, _ = importer.import_file(path)  # the same file again: nothing new, nothing changed
    assert (again.created, again.updated, again.skipped) == (0, 0, 4)


def test_duplicates_within_the_file_differing_in_case_and_spaces(db, tmp_path):
    path = write_csv(tmp_path / "twice.csv", [
        ["Name", "Email", "Mobile"],
        ["Ada Lovelace", "ada@example.org", ""],
        ["ADA LOVELACE", " Ada@Example.org", "+44 7700 900123"],
        ["Someone Else", "", "+44 7700 900123"],
    ])
    result, plan = importer.import_file(path)
    assert result.created == 1 and [a.action for a in plan.actions] == ["create", "merge",
                                                                        "merge"]
    assert by_email("ada@example.org").phones == [("mobile", "+44 7700 900123")]
    result, _ = importer.import_file(path, on_duplicate="create")
    assert result.created == 3


# --- undo and atomicity ----------------------------------------------------------------------
def test_undo_restores_exactly(db, tmp_path):
    cid = contacts.create_contact(ContactData(
        first_name="Ada", last_name="King", company="Old Co", job_title="Countess",
        emails=[("home", "ada@example.org")], phones=[("work", "+44 1")], notes="keep",
        birthday_month=12, birthday_day=10))
    before = snapshot(db)
    stored = all_contacts(db)
    path = write_csv(tmp_path / "u.csv", [
        ["First Name", "Last Name", "Email", "Company", "Mobile"],
        ["Ada", "Lovelace", "ada@example.org", "New Co", "+44 7700 900123"],
        ["Grace", "Hopper", "grace@example.org", "US Navy", ""],
    ])
    result, _ = importer.import_file(path)
    assert get_contact(cid).company == "New Co" and stats.counts()["contacts"] == 2
    assert importer.undo(result.batch) == {"removed": 1, "restored": 1, "accounts": 2,
                                           "trashed": 0, "feedback": 0}
    assert all_contacts(db) == stored
    assert contact_query("hopper").ids() == [] and contact_query("old co").ids() == [cid]
    after = snapshot(db)
    for table in ("contact_email", "contact_phone", "account", "contact_fts"):
        assert [r[1:] for r in after[table]] == [r[1:] for r in before[table]], table
    assert {k: stats.counts()[k] for k in ("contacts", "accounts", "imports")} == (
        {"contacts": 1, "accounts": 1, "imports": 0})
    with pytest.raises(UserError, match="already undone"):
        importer.undo(result.batch)


def test_an_error_midway_leaves_nothing(db, tmp_path, monkeypatch):
    contacts.create_contact(ContactData(first_name="Keep", emails=[("work", "k@example.org")]))
    before = snapshot(db)
    rows = [["Name", "Email"]] + [[f"P{i} Q", f"p{i}@example.org"] for i in range(30)]
    rows.append(["Keep", "k@example.org"])
    path = write_csv(tmp_path / "many.csv", rows)
    monkeypatch.setattr(importer, "CHUNK", 7)
    calls = []

    def failing(*args):
        calls.append(args)
        if len(calls) == 3:
            raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError, match="disk on fire"):
        importer.import_file(path, progress=failing)
    assert snapshot(db) == before
    checks = iter([False, False, False, False, False, True] + [True] * 100)
    with pytest.raises(importer.ImportCancelled):
        importer.import_file(path, cancelled=lambda: next(checks))
    assert snapshot(db) == before


# --- remembering and the CLI -------------------------------------------------------------------
def test_corrected_mapping_is_remembered(db, tmp_path, capsys):
    rows = [["Kunde", "Kontakt", "Telefon"], ["Acme", "ada@example.org", "+49 30 1"]]
    first = write_csv(tmp_path / "a.csv", rows)
    assert importer.inspect(first).suggestion.mapping[0] == ""  # "Kunde" is not known
    assert main(["import", str(first), "--db", db.database, "--map", "Kunde=company",
                 "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["created"] == 1 and set(out) >= {"batch", "rows", "created", "updated",
                                                "skipped", "errors", "warnings"}
    second = importer.inspect(write_csv(tmp_path / "b.csv", rows[:1] + [["Z", "", ""]]))
    assert second.suggestion.remembered and second.suggestion.mapping == {
        0: "company", 1: "email", 2: "phone"}
    assert mp.recall(["kunde", "KONTAKT", "Telefon"]) is not None  # loose header match


def test_cli_dry_run_errors_report_and_undo(db, tmp_path, capsys):
    from openpyxl import load_workbook

    path = write_xlsx(tmp_path / "messy.xlsx", {"Sheet1": messy_rows()})
    report = tmp_path / "problems.xlsx"
    assert main(["import", str(path), "--db", db.database, "--dry-run", "--json"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert dry["batch"] is None and dry["created"] == 2 and stats.counts()["contacts"] == 0
    assert main(["import", str(path), "--db", db.database, "--json", "--errors",
                 str(report)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {(e["row"], e["column"]) for e in out["errors"]} == {
        (6, "E-Mail"), (10, "Tel"), (10, "Date of birth")}
    sheet = load_workbook(report).active
    rows = list(sheet.values)
    assert rows[0][:3] == ("Row", "Problem", "Name")
    assert [r[0] for r in rows[1:]] == [6, 10] and rows[1][2] == "Jane Doe"
    assert "not an e-mail" in rows[1][1]
    assert main(["stats", "--db", db.database, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["imports"] == 1
    assert main(["import", "--undo", str(out["batch"]), "--db", db.database]) == 0
    assert stats.counts()["contacts"] == 0


def test_cli_map_errors_are_one_line(db, tmp_path, capsys):
    path = write_csv(tmp_path / "x.csv", [["Name", "Email"], ["A B", "a@example.org"]])
    for args, message in ((["--map", "Nope=company"], "no column 'Nope'"),
                          (["--map", "Name=shoe"], "cannot become 'shoe'"),
                          (["--map", "Name"], "Header=field")):
        assert main(["import", str(path), "--db", db.database, *args]) == 1
        assert message in capsys.readouterr().err


def test_kill_9_midway_leaves_nothing(db, tmp_path):
    """A real process killed in the middle of writing: the import is all or nothing."""
    import textwrap

    contacts.create_contact(ContactData(first_name="Keep", emails=[("work", "k@example.org")]))
    before = snapshot(db)
    rows = [["Name", "Email"]] + [[f"P{i} Q", f"p{i}@example.org"] for i in range(3000)]
    path = write_csv(tmp_path / "big.csv", rows)
    marker = tmp_path / "writing"
    script = textwrap.dedent(f"""
        import time
        from crm_desktop.store import open_database
        from crm_desktop.exchange import importer
        open_database({db.database!r})
        importer.CHUNK = 500
        def progress(phase, done, total):
            if phase == "Adding contacts" and done >= 1000:
                open({str(marker)!r}, "w").close()
                time.sleep(60)  # killed here, inside the transaction
        importer.import_file({str(path)!r}, progress=progress)
    """)
    close_database()  # the child is the one writer
    kill_when_marked(script, marker, "import")
    db = open_database(db.path)
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert snapshot(db) == before


def test_gc_is_paused_only_while_importing(db, tmp_path):
    import gc

    path = write_csv(tmp_path / "g.csv", [["Name", "Email"], ["A B", "a@example.org"]])
    seen = []
    importer.import_file(path, progress=lambda *a: seen.append(gc.isenabled()))
    assert seen and not any(seen) and gc.isenabled()
    gc.disable()
    try:
        importer.import_file(path, dry_run=True)
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()


def test_the_page_cache_leaves_memory_for_a_big_plan(db, tmp_path):
    """A full Excel sheet's plan holds ~1.5 GB; the write's page cache must not add the
    usual 1 GB on top (it peaked at 2.6 GB; issue #3 asks for under 2 GB)."""
    path = write_csv(tmp_path / "m.csv", [["Name", "Email"], ["A B", "a@example.org"]])
    preview = importer.inspect(path)
    seen = []

    def progress(phase, *_):
        if phase == "Adding contacts":  # on the writer's connection, inside the write
            seen.append(-db.execute_sql("PRAGMA cache_size").fetchone()[0] // 1000)

    small = importer.make_plan(preview, importer.Options())
    importer.execute(small, progress)
    big = importer.make_plan(preview, importer.Options(on_duplicate="create"))
    big.rows = 1_048_575  # what a full sheet's plan counts (its rows are not needed here)
    importer.execute(big, progress)
    assert seen[0] == 1000  # a small import keeps the big cache it is faster with
    assert seen[1] <= 300 and seen[1] + big.rows * importer.PLAN_KB_PER_ROW / 1000 < 2000
    assert -db.execute_sql("PRAGMA cache_size").fetchone()[0] < 100_000  # given back


def test_imported_search_index_equals_a_rebuilt_one(db, tmp_path, monkeypatch):
    from crm_desktop.store.search import rebuild_contact_index

    monkeypatch.setattr(importer, "BULK_FROM", 0)  # the bulk path too
    path = write_csv(tmp_path / "s.csv", [
        ["Name", "Email", "Phone", "Mobile", "Company"],
        ["Zoë Ødegaard", "ZOE@Example.org; z@example.net", "+47 (22) 00-00-00", "", "Fjord AS"],
        ["Cher", "", "555 0100", "+1 555 0101", ""],
        ["", "only@example.org", "", "", ""],
        ["José  García", "", "", "", " Café  Réunion "],
    ])
    importer.import_file(path)
    built = db.execute_sql("SELECT rowid, body FROM contact_fts ORDER BY rowid").fetchall()
    with db.atomic() as txn:
        rebuild_contact_index(db)
        rebuilt = db.execute_sql("SELECT rowid, body FROM contact_fts ORDER BY rowid").fetchall()
        txn.rollback()
    assert built == rebuilt and len(built) == 4
    assert contact_query("odegaard").ids() and contact_query("2200").ids()


def test_spooled_rows_give_the_same_plan(db, tmp_path, monkeypatch):
    """Big workbooks go through a temporary file so the parsed sheet can be let go."""
    from crm_desktop.exchange import planning

    path = write_xlsx(tmp_path / "messy.xlsx", {"Sheet1": messy_rows()})

    def plan_of():
        plan = importer.make_plan(importer.inspect(path))
        return ([(a.row, a.action, a.name) for a in plan.actions],
                [e.as_dict() for e in plan.errors], plan.rows, plan.date_orders)

    direct = plan_of()
    spools = []

    class Counted(planning._Spool):
        def __init__(self):
            super().__init__()
            spools.append(self)

    monkeypatch.setattr(planning, "_Spool", Counted)
    monkeypatch.setattr(planning, "SPOOL_FROM", 0)
    monkeypatch.setattr(planning, "CHUNK", 2)  # several pickled chunks
    assert plan_of() == direct
    assert len(spools) == 1 and spools[0].file.closed


def test_a_shared_phone_or_name_never_merges_people_with_different_emails(db, tmp_path):
    contacts.create_contact(ContactData(first_name="Reception", company="Acme Ltd",
                                        emails=[("work", "desk@acme.example")],
                                        phones=[("work", "+44 20 7946 0000")]))
    contacts.create_contact(ContactData(first_name="Jo", last_name="Bloggs", company="Acme Ltd",
                                        emails=[("work", "jo@acme.example")]))
    path = write_csv(tmp_path / "acme.csv", [
        ["First Name", "Last Name", "Company", "Email", "Phone"],
        ["Sam", "Jones", "Acme Ltd", "sam@acme.example", "+44 20 7946 0000"],  # switchboard
        ["Jo", "Bloggs", "Acme Ltd", "jo.bloggs@other.example", ""],  # another Jo Bloggs
    ])
    result, plan = importer.import_file(path)
    assert [a.action for a in plan.actions] == ["create", "create"]
    assert (result.created, result.updated) == (2, 0)
    path = write_csv(tmp_path / "jo.csv", [
        ["First Name", "Last Name", "Company", "Phone"],
        ["jo", "BLOGGS", "acme ltd", "+44 1632 960000"],  # no e-mail: can only be... Jo
    ])
    result, plan = importer.import_file(path)
    assert [a.action for a in plan.actions] == ["update"]  # the first stored Jo Bloggs


def test_undo_keeps_created_contacts_with_history_in_the_trash(db, tmp_path):
    from datetime import date

    from crm_desktop.services import followups, interactions

    path = write_csv(tmp_path / "h.csv", [
        ["First Name", "Last Name", "Email"],
        ["Ada", "Lovelace", "ada@example.org"],
        ["Grace", "Hopper", "grace@example.org"],
        ["Alan", "Turing", "alan@example.org"],
    ])
    result, _ = importer.import_file(path)
    ada, grace = by_email_id("ada@example.org"), by_email_id("grace@example.org")
    iid = interactions.create_interaction(interactions.InteractionData(
        "call", None, "Welcome call", contact_id=ada))
    followups.create_followup(followups.FollowupData(date(2026, 12, 1), note="Send the notes",
                                                     contact_id=grace))
    undone = importer.undo(result.batch)
    assert (undone["removed"], undone["trashed"]) == (1, 2)
    assert stats.counts()["contacts"] == 0 and stats.trash_counts()["contacts"] == 2
    assert db.execute_sql("SELECT contact_id FROM interaction WHERE id = ?",
                          (iid,)).fetchone() == (ada,)


def test_after_an_import_the_windows_parked_objects_are_parked_again(db, tmp_path,
                                                                    monkeypatch):
    """Releasing a plan gives the collector back all that was parked, the window's
    start-up too: it looks once at once (the plan's garbage goes) and parks the rest
    again, so that its full passes do not hold the window at random moments after."""
    import gc
    import weakref

    from crm_desktop.exchange import memory

    class Node:
        pass

    monkeypatch.setattr(memory, "_long_lived_parked", False)
    gc.unfreeze()
    try:
        gc.collect()  # what earlier tests left: not part of what is parked below
        memory.park_long_lived()  # what the window does once it is up
        parked = gc.get_freeze_count()
        rows = [["Name", "Mail"]] + [[f"P {n}", f"p{n}@example.org"] for n in range(300)]
        plan = importer.make_plan(importer.inspect(write_xlsx(tmp_path / "l.xlsx", {"L": rows})))
        with memory.gc_paused():
            node = Node()
            node.me = node  # a cycle the import left behind
            gone = weakref.ref(node)
            del node
        importer.release(plan)
        assert gone() is None  # collected once the plan was let go
        assert gc.get_freeze_count() >= parked * 0.9  # the rest parked again
    finally:
        gc.unfreeze()


def test_a_plan_is_kept_out_of_the_collectors_sight_until_released(db, tmp_path):
    """The cycle collector is off while a plan is made; its first look after would scan
    every row's objects at once, holding every thread (0.3 s at 100k rows). They are
    parked (gc.freeze) until the plan is released, a chunk at a time."""
    import gc

    rows = [["Name", "Mail"]] + [[f"Person {n}", f"p{n}@example.org"] for n in range(3000)]
    plan = importer.make_plan(importer.inspect(write_xlsx(tmp_path / "l.xlsx", {"L": rows})))
    assert gc.isenabled() and gc.get_freeze_count() > 3000
    assert len(plan.creates) == 3000
    importer.release(plan)
    assert plan.actions == plan.creates == [] and gc.get_freeze_count() == 0
    result, _ = importer.import_file(tmp_path / "l.xlsx")  # the CLI's way: nothing kept
    assert result.created == 3000 and gc.get_freeze_count() == 0
