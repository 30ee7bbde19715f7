"""Render the sample documents shown in the README (docs/images/*.png) from a scratch database.

python scripts/sample_documents.py      # needs pdftoppm (Debian: poppler-utils); the XLSX
                                        # report is drawn by LibreOffice when `soffice` exists
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "images"


def main() -> None:
    os.environ["DESK_DATA_DIR"] = tempfile.mkdtemp(prefix="desk-samples-")
    from desk_app.db.database import open_database
    from desk_app.domain.roles import SYSTEM
    from desk_app.services import auth, dossiers, printing, setup
    from desk_app.services.dossiers import Intake, ReceivedDocument

    auth.sign_in(SYSTEM)  # a scratch database without accounts

    db = open_database(f"sqlite:///{os.environ['DESK_DATA_DIR']}/samples.sqlite3")
    setup.initialise(db, samples=True)
    T = dt.datetime
    first = dossiers.register(
        db,
        Intake(
            "1.009645",
            "Công ty TNHH Sản xuất Thương mại Đại Phát",
            applicant_kind="organisation",
            applicant_id_no="3600123456",
            address="Lô A5, đường số 7, KCN Amata, phường Long Bình, Biên Hòa, Đồng Nai",
            phone="0912345678",
            email="info@daiphat.vn",
            documents=(
                ReceivedDocument("Văn bản đề nghị thực hiện dự án đầu tư", 1),
                ReceivedDocument("Bản sao giấy tờ pháp lý của nhà đầu tư", 0, 1),
                ReceivedDocument("Đề xuất dự án đầu tư", 1),
                ReceivedDocument("Bản sao báo cáo tài chính 02 năm gần nhất", 0, 0, 2),
            ),
            received_at=T(2026, 11, 23, 8, 37),
        ),
    )
    second = dossiers.register(
        db,
        Intake(
            "1.009646",
            "Nguyễn Thị Ngọc Ánh",
            applicant_id_no="079123456789",
            address="Phường Tân Phong, Biên Hòa, Đồng Nai",
            phone="0987654321",
            received_at=T(2026, 11, 23, 9, 5),
        ),
    )
    dossiers.apply_event(db, second.code, "handed_over", at=T(2026, 11, 23, 14, 0))
    dossiers.apply_event(
        db,
        second.code,
        "apology",
        at=T(2026, 12, 4, 9, 0),
        note="Cần lấy ý kiến thẩm định của Sở Tài nguyên và Môi trường",
        data={"new_due": T(2026, 12, 15, 16, 0)},
    )
    third = dossiers.register(
        db, Intake("1.009645", "Trần Văn Bình", received_at=T(2026, 11, 24, 10, 0))
    )
    dossiers.apply_event(db, third.code, "handed_over", at=T(2026, 11, 24, 14, 0))
    dossiers.apply_event(
        db,
        third.code,
        "supplement_requested",
        at=T(2026, 11, 25, 9, 0),
        data={"items": ["Bản sao Điều lệ công ty", "Báo cáo tài chính năm 2025 đã kiểm toán"]},
    )
    fourth = dossiers.register(
        db, Intake("1.009646", "Lê Thị Mai", received_at=T(2026, 11, 25, 8, 0))
    )
    dossiers.apply_event(
        db,
        fourth.code,
        "refused",
        at=T(2026, 11, 25, 9, 0),
        note="Dự án nằm ngoài khu công nghiệp, không thuộc thẩm quyền của Ban Quản lý",
    )
    fifth = dossiers.register(
        db, Intake("1.009645", "Phạm Quốc Cường", received_at=T(2026, 11, 25, 8, 30))
    )
    dossiers.apply_event(
        db, fifth.code, "stopped", at=T(2026, 11, 26, 9, 0), note="Nhà đầu tư đổi địa điểm dự án"
    )
    # the internal process of 1.009645 (sample catalogue): Phòng Quản lý Đầu tư 11 days,
    # Lãnh đạo Ban 3, Văn thư 1; form 06 is printed from these hand-overs
    dossiers.apply_event(db, first.code, "handed_over", at=T(2026, 11, 23, 9, 30))
    dossiers.apply_event(
        db, first.code, "forwarded", at=T(2026, 12, 4, 10, 0), data={"receiver": "Phạm Thu Hà"}
    )
    dossiers.apply_event(db, first.code, "forwarded", at=T(2026, 12, 10, 15, 0))
    dossiers.apply_event(db, first.code, "result_ready", at=T(2026, 12, 14, 9, 0))
    handed = T(2026, 11, 27, 10, 15)
    for name, address, number in (
        ("Công ty CP Cơ khí Tân Thành", "Lô C2, KCN Hố Nai, Trảng Bom, Đồng Nai", "EE123456785VN"),
        ("Nguyễn Hoàng Long", "25 Phạm Văn Thuận, phường Tam Hiệp, Biên Hòa", "RE000000005VN"),
    ):
        posted = dossiers.register(
            db,
            Intake(
                "1.009646",
                name,
                channel="postal",
                return_method="post",
                return_address=address,
                received_at=T(2026, 11, 9, 8, 0),
            ),
        )
        dossiers.apply_event(db, posted.code, "result_ready", at=T(2026, 11, 20, 9, 0))
        dossiers.apply_event(db, posted.code, "returned", at=handed, data={"postal": number})
        handed += dt.timedelta(minutes=7)
    OUT.mkdir(parents=True, exist_ok=True)
    documents = {
        "postal-list": printing.postal_list_document(db, dt.date(2026, 11, 27)),
        "receipt": printing.dossier_document(db, "receipt", first.code),
        "form02-supplement": printing.dossier_document(
            db, "supplement", third.code, today=dt.date(2026, 11, 25)
        ),
        "form03-refusal": printing.dossier_document(
            db, "refusal", fourth.code, today=dt.date(2026, 11, 25)
        ),
        "form05-stop": printing.dossier_document(
            db, "stop", fifth.code, today=dt.date(2026, 11, 26)
        ),
        "form06-control": printing.dossier_document(db, "control", first.code),
        "form04-apology": printing.dossier_document(
            db, "apology", second.code, today=dt.date(2026, 12, 4)
        ),
        "form07-register": printing.register_document(
            db, dt.date(2026, 11, 1), dt.date(2026, 11, 30)
        ),
    }
    with tempfile.TemporaryDirectory() as scratch:
        for name, pdf in documents.items():
            path = Path(scratch) / f"{name}.pdf"
            path.write_bytes(pdf)
            _first_page_png(path, name)
    _report_samples()


def _first_page_png(pdf: Path, name: str) -> None:
    subprocess.run(
        ["pdftoppm", "-r", "80", "-png", "-f", "1", "-singlefile", str(pdf), str(OUT / name)],
        check=True,
    )
    print(OUT / f"{name}.png")


def _report_samples() -> None:
    """The statistics report (Form 06/VPCP/KSTT) for Q3 2026 on 30,000 demo dossiers, as PDF
    and as XLSX (rendered through LibreOffice, so the picture is what a spreadsheet shows)."""
    import shutil

    from desk_app.db.database import open_database
    from desk_app.domain.statistics import quarter_period
    from desk_app.services import demo, report, report_files, setup

    db = open_database(f"sqlite:///{os.environ['DESK_DATA_DIR']}/report.sqlite3")
    setup.initialise(db, samples=True)
    demo.generate(db, 30_000, seed=3, now=dt.datetime(2026, 11, 20, 16, 0))
    result = report.report(db, *quarter_period(2026, 3))
    with tempfile.TemporaryDirectory() as scratch:
        pdf = Path(scratch) / "report.pdf"
        report_files.write_report(result, pdf, "field", day=dt.date(2026, 10, 5))
        _first_page_png(pdf, "report-pdf")
        if shutil.which("soffice") is None:
            print("soffice not found: the XLSX rendering is left as it was")
            return
        xlsx = Path(scratch) / "report-xlsx.xlsx"
        report_files.write_report(result, xlsx, "field", day=dt.date(2026, 10, 5))
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", scratch, str(xlsx)],
            check=True,
            capture_output=True,
        )
        _first_page_png(Path(scratch) / "report-xlsx.pdf", "report-xlsx")


if __name__ == "__main__":
    main()
