"""Fill Vietnamese translations into resources/translations/desk_vi.ts from a table kept here.

    python scripts/translate_vi.py   # after scripts/build_ui.py has extracted new strings

Qt Linguist can edit the .ts file too; this table is the reviewed source of truth for the
strings the developers wrote, so a string added in code gets its translation in the same change.
A test fails when a string in the .ts file has no Vietnamese translation.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "desk_vi.ts"

VI = {
    "Reception desk - %s": "Bộ phận Một cửa - %s",
    "Database: %s": "Cơ sở dữ liệu: %s",
    "About desk": "Giới thiệu desk",
    "desk %s\nReception desk for public administrative procedures.": "desk %s\nPhần mềm Bộ phận Một cửa tiếp nhận và trả kết quả thủ tục hành chính.",
    "Reception desk": "Bộ phận Một cửa",
    "Welcome to the reception desk.": "Chào mừng đến Bộ phận Một cửa.",
    "&File": "&Tệp",
    "&Help": "Trợ &giúp",
    "&Quit": "&Thoát",
    "Ctrl+Q": "Ctrl+Q",
    "&About desk": "&Giới thiệu desk",
    "Cannot open the database": "Không mở được cơ sở dữ liệu",
    "An unexpected error occurred. Your saved data is safe; the details are in the log file.": "Đã xảy ra lỗi không mong đợi. Dữ liệu đã lưu vẫn an toàn; chi tiết nằm trong tệp nhật ký.",
}


def main() -> int:
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if source in VI:
            translation.text = VI[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished" or not translation.text:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    if missing:
        print("no Vietnamese translation for:", *missing, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
