"""Malformed input thrown at the validators and the services: nothing crashes, and every
rejection is a DeskError whose message says something (issue 8)."""

from __future__ import annotations

import argparse
import csv
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.cli import parse_day, parse_moment
from desk_app.domain import validation
from desk_app.domain.errors import DeskError
from desk_app.services import dossiers, register_io, register_parse, setup, users
from desk_app.services.dossiers import Intake
from desk_app.services.register_io import COLUMNS
from desk_app.services.tabular import ImportRejected

NOW = dt.datetime(2026, 11, 20, 16, 0)
# text as it arrives from a keyboard, a scanner or a badly exported file
messy = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), max_codepoint=0x2FFF), max_size=60
) | st.sampled_from(
    [
        "",
        " ",
        "Nguyễn Văn An",
        "NGUYEN VAN AN",
        "079123456789",
        "3600123456-001",
        "+84 912 345 678",
        "0912.345.678",
        "2026-02-30 08:00",
        "2026-11-20 25:61",
        "Robert'); DROP TABLE dossiers;--",
        "\x00\x1b[31m",
        "a" * 400,
    ]
)
FAST = settings(max_examples=150, deadline=None)
DB_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _rejected_clearly(call) -> None:
    try:
        call()
    except DeskError as exc:
        assert str(exc).strip(), f"a rejection without a message: {exc!r}"


@FAST
@given(messy, st.sampled_from(["person", "organisation"]))
def test_validators_accept_or_explain(value, kind):
    for check in (
        validation.person_or_org_name,
        lambda v: validation.identity_number(v, kind),
        validation.phone,
        validation.email,
        users.check_username,
        users.check_password,
        users.check_role,
    ):
        _rejected_clearly(lambda check=check: check(value))


@FAST
@given(messy)
def test_dates_on_the_command_line_accept_or_explain(value):
    for parse in (parse_moment, parse_day):
        try:
            parse(value)
        except argparse.ArgumentTypeError as exc:
            assert str(exc).strip()


@FAST
@given(st.dictionaries(st.sampled_from(COLUMNS), messy, max_size=len(COLUMNS)))
def test_import_rows_parse_or_name_the_column(cells):
    try:
        register_parse._parse(2, cells, NOW)
    except register_parse._Bad as exc:
        assert exc.column in COLUMNS or exc.column == "?"
        assert exc.reason.strip()


@pytest.fixture
def seeded(sqlite_db):
    setup.initialise(sqlite_db, samples=True)
    return sqlite_db


@DB_SETTINGS
@given(
    name=messy,
    identity=messy,
    phone=messy,
    email=messy,
    channel=st.sampled_from(["counter", "online", "postal", "fax", ""]),
    procedure=st.sampled_from(["1.009645", "2.000908", "9.999", ""]),
    sets=st.integers(min_value=-3, max_value=200),
    received=st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2040, 1, 1)),
)
def test_registration_accepts_or_explains(
    seeded, name, identity, phone, email, channel, procedure, sets, received
):
    intake = Intake(
        procedure,
        name,
        applicant_id_no=identity,
        phone=phone,
        email=email,
        channel=channel,
        sets_count=sets,
        received_at=received,
    )
    _rejected_clearly(lambda: dossiers.register(seeded, intake))


@DB_SETTINGS
@given(st.lists(st.dictionaries(st.sampled_from(COLUMNS), messy), min_size=1, max_size=5))
def test_import_files_land_or_every_bad_row_is_explained(seeded, tmp_path_factory, rows):
    path = tmp_path_factory.mktemp("fuzz") / "rows.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([row.get(c, "").replace("\x00", "") for c in COLUMNS])
    try:
        register_io.import_register(seeded, path, now=NOW)
    except ImportRejected as exc:
        assert exc.errors and all(e.reason.strip() and e.row >= 2 for e in exc.errors)
    except DeskError as exc:
        assert str(exc).strip()
