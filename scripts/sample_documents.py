"""Render the sample documents shown in the README (docs/images/*.png) from a scratch database.

python scripts/sample_documents.py      # needs pdftoppm (Debian: poppler-utils)
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
    from desk_app.services import dossiers, printing, setup
    from desk_app.services.dossiers import Intake, ReceivedDocument

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
    OUT.mkdir(parents=True, exist_ok=True)
    documents = {
        "receipt": printing.dossier_document(db, "receipt", first.code),
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
            subprocess.run(
                ["pdftoppm", "-r", "80", "-png", "-singlefile", str(path), str(OUT / name)],
                check=True,
            )
            print(OUT / f"{name}.png")


if __name__ == "__main__":
    main()
