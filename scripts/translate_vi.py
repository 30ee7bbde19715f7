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
    "&Procedure (type a code or words of the name):": "&Thủ tục (gõ mã hoặc vài chữ trong tên):",
    "Type a code or words of the name, with or without diacritics": "Gõ mã hoặc vài chữ trong tên thủ tục, có dấu hoặc không dấu",
    "Documents recei&ved (tick and count):": "Thành phần hồ sơ đã &nhận (đánh dấu và ghi số lượng):",
    "Document": "Giấy tờ",
    "Originals": "Bản chính",
    "Certified copies": "Bản sao chứng thực",
    "Copies": "Bản sao",
    "Applicant": "Người nộp hồ sơ",
    "Applicant &type:": "&Loại người nộp:",
    "&Name:": "&Tên tổ chức, cá nhân:",
    "Person or organisation, as on the identity paper": "Tên cá nhân hoặc tổ chức, đúng như trên giấy tờ",
    "&Citizen ID / tax code:": "Số &CCCD / mã số thuế:",
    "12-digit citizen ID, or a 10-digit tax code (10-3 for a branch)": "CCCD 12 chữ số, hoặc mã số thuế 10 chữ số (10-3 với chi nhánh)",
    "A&ddress:": "Đị&a chỉ:",
    "P&hone:": "Điện t&hoại:",
    "E&mail:": "Thư điện tử (&email):",
    "Channel and result": "Kênh nộp và nhận kết quả",
    "Channe&l:": "&Kênh nộp:",
    "&Result by:": "Nhận &kết quả:",
    "Postal addr&ess:": "Địa chỉ nhận qua &bưu chính:",
    "&Sets:": "&Số bộ hồ sơ:",
    "N&ote:": "&Ghi chú:",
    "Appointment": "Ngày hẹn trả kết quả",
    "Save and &print": "Lưu và &in giấy tiếp nhận",
    "Register the dossier and print the receipt (Ctrl+Enter)": "Tiếp nhận hồ sơ và in giấy tiếp nhận, hẹn trả kết quả (Ctrl+Enter)",
    "Request to supplement (form 0&2)...": "Hướng dẫn bổ sung (mẫu 0&2)...",
    "Incomplete dossier: print what is missing, without registering": "Hồ sơ chưa đủ: in nội dung cần bổ sung, không tiếp nhận",
    "Re&fuse (form 03)...": "Từ &chối (mẫu 03)...",
    "Print a refusal, without registering": "In phiếu từ chối, không tiếp nhận",
    "Ne&w applicant": "Người nộp &mới",
    "Clear the form (Ctrl+N)": "Xóa trắng để tiếp nhận hồ sơ mới (Ctrl+N)",
    "Ctrl+N": "Ctrl+N",
    "Person": "Cá nhân",
    "Organisation": "Tổ chức",
    "At the desk": "Tại Bộ phận Một cửa",
    "Field: %1. Legal time limit: %2. Fee: %3. Handled by: %4.": "Lĩnh vực: %1. Thời hạn giải quyết: %2. Phí, lệ phí: %3. Cơ quan chủ trì: %4.",
    "(sample procedure: check it against the national database)": "(thủ tục mẫu: cần đối chiếu Cơ sở dữ liệu quốc gia về TTHC)",
    "Choose a procedure": "Chọn thủ tục",
    "The clock starts at %1.": "Thời hạn tính từ %1.",
    "Moved by days off: %1.": "Lùi do ngày nghỉ: %1.",
    "The days off of %1 are estimated (not yet announced).": "Lịch nghỉ năm %1 là ước tính (chưa có thông báo chính thức).",
    "Choose the procedure first.": "Hãy chọn thủ tục trước.",
    "Registered %1, register no. %2.": "Đã tiếp nhận hồ sơ %1, số thứ tự %2.",
    "Request to supplement": "Hướng dẫn bổ sung hồ sơ",
    "What is missing or must be corrected (one item per line):": "Nội dung cần bổ sung, hoàn thiện (mỗi dòng một nội dung):",
    "Refusal": "Từ chối tiếp nhận",
    "Reason for refusing the dossier:": "Lý do từ chối tiếp nhận hồ sơ:",
    "&Intake": "&Tiếp nhận hồ sơ",
    "Register a dossier and print its receipt (F2)": "Tiếp nhận hồ sơ và in giấy hẹn (F2)",
    "F2": "F2",
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
