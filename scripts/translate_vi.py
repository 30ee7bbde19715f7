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
    "Cancel": "Hủy",
    "&Screens": "&Màn hình",
    "&Statistics report": "&Báo cáo thống kê",
    "Results report (Form 06) with charts (Ctrl+R)": "Báo cáo kết quả giải quyết (Biểu 06) kèm biểu đồ (Ctrl+R)",
    "Ctrl+R": "Ctrl+R",
    "Month": "Tháng",
    "Quarter": "Quý",
    "Year": "Năm",
    "Two dates": "Từ ngày đến ngày",
    "Field, procedure": "Lĩnh vực, thủ tục",
    "Received (3)": "Tổng nhận (3)",
    "Online (4)": "Trực tuyến (4)",
    "Direct, postal (5)": "Trực tiếp, BC (5)",
    "Carried over (6)": "Kỳ trước (6)",
    "Resolved (7)": "Đã giải quyết (7)",
    "Early (8)": "Trước hạn (8)",
    "On time (9)": "Đúng hạn (9)",
    "Late (10)": "Quá hạn (10)",
    "In progress (11)": "Đang giải quyết (11)",
    "Within deadline (12)": "Chưa đến hạn (12)",
    "Overdue (13)": "Quá hạn (13)",
    "Month %1": "Tháng %1",
    "Quarter %1": "Quý %1",
    "Computing the report...": "Đang lập báo cáo...",
    "Report": "Báo cáo",
    "Total": "Tổng số",
    "%1: on time or early %2 of resolved; online %3 of received. New in the period: counter %4, post %5, online %6.": "Kỳ %1: giải quyết trước và đúng hạn %2; hồ sơ trực tuyến %3. Tiếp nhận mới trong kỳ: trực tiếp %4, bưu chính %5, trực tuyến %6.",
    "On time or early, % of resolved, last 12 months": "Tỷ lệ trước và đúng hạn (%), 12 tháng gần nhất",
    "On time or early": "Trước và đúng hạn",
    "Received in the period, by channel": "Tiếp nhận mới trong kỳ theo kênh",
    "At the counter": "Trực tiếp",
    "By post": "Bưu chính",
    "Online": "Trực tuyến",
    "Export the report": "Xuất báo cáo",
    "Excel, official form (*.xlsx);;PDF (*.pdf);;CSV (*.csv)": "Excel theo mẫu biểu (*.xlsx);;PDF (*.pdf);;CSV (*.csv)",
    "&Period:": "&Kỳ báo cáo:",
    "Month, quarter, year, or any two dates": "Tháng, quý, năm hoặc từ ngày đến ngày",
    "Month or quarter": "Tháng hoặc quý",
    "&From": "&Từ",
    "dd/MM/yyyy": "dd/MM/yyyy",
    "&To": "Đế&n",
    "&Show": "&Xem",
    "Compute the report for the period (F5)": "Lập báo cáo cho kỳ đã chọn (F5)",
    "F5": "F5",
    "&Export...": "X&uất tệp...",
    "Save the report as XLSX (official form), PDF or CSV (Ctrl+Shift+E)": "Lưu báo cáo ra XLSX (đúng mẫu biểu), PDF hoặc CSV (Ctrl+Shift+E)",
    "Ctrl+Shift+E": "Ctrl+Shift+E",
    "Signed in: %1 (%2)": "Đăng nhập: %1 (%2)",
    "Sign in to the reception desk.": "Đăng nhập vào phần mềm Bộ phận Một cửa.",
    "No account exists yet. Create the administrator's account: it manages the other users, the settings and the backups. There is no default password.": "Chưa có tài khoản nào. Hãy tạo tài khoản quản trị hệ thống: tài khoản này quản lý người dùng, cài đặt và sao lưu. Không có mật khẩu mặc định.",
    "The window was locked after a period without use.": "Cửa sổ đã được khóa sau một thời gian không sử dụng.",
    "An administrator's password is needed to restore a backup.": "Cần mật khẩu của quản trị hệ thống để khôi phục bản sao lưu.",
    "Create the administrator": "Tạo tài khoản quản trị",
    "The two passwords differ.": "Hai lần nhập mật khẩu không khớp.",
    "Only the signed-in user can unlock the window.": "Chỉ người đang đăng nhập mới mở khóa được cửa sổ.",
    "Sign in": "Đăng nhập",
    "&User name:": "&Tên đăng nhập:",
    "&Full name:": "&Họ và tên:",
    "&Password:": "&Mật khẩu:",
    "&Repeat password:": "&Nhập lại mật khẩu:",
    "The database is damaged": "Cơ sở dữ liệu bị hỏng",
    "%1 No backup that passes the check was found. Nothing was written to the file.": "%1 Không tìm thấy bản sao lưu nào còn tốt. Chương trình không ghi gì vào tệp này.",
    "%1 Nothing was written to it. Restore the newest good backup, %2? The damaged file is kept aside.": "%1 Chương trình không ghi gì vào tệp này. Khôi phục bản sao lưu gần nhất còn tốt, %2? Tệp bị hỏng được giữ lại bên cạnh.",
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
