"""Write resources/translations/qt_vi.ts: Vietnamese for the words Qt itself shows (standard
buttons, message boxes, the file dialog, line edit menus, the print dialogs), because the
PySide6 wheels ship no qtbase_vi.qm. Kept here as a table, like scripts/translate_vi.py.

    python scripts/qt_vi.py && python scripts/build_ui.py
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "qt_vi.ts"

QT_VI: dict[str, dict[str, str]] = {
    "QPlatformTheme": {
        "OK": "Đồng ý",
        "Save": "Lưu",
        "Save All": "Lưu tất cả",
        "Open": "Mở",
        "&Yes": "&Có",
        "Yes to &All": "Có với &tất cả",
        "&No": "&Không",
        "N&o to All": "Không &với tất cả",
        "Abort": "Hủy bỏ",
        "Retry": "Thử lại",
        "Ignore": "Bỏ qua",
        "Close": "Đóng",
        "Cancel": "Hủy",
        "Discard": "Bỏ",
        "Help": "Trợ giúp",
        "Apply": "Áp dụng",
        "Reset": "Đặt lại",
        "Restore Defaults": "Khôi phục mặc định",
        "Don't Save": "Không lưu",
        "Close without Saving": "Đóng không lưu",
        "Yes": "Có",
        "No": "Không",
    },
    "QMessageBox": {
        "Show Details...": "Xem chi tiết...",
        "Hide Details...": "Ẩn chi tiết...",
        "OK": "Đồng ý",
        "Help": "Trợ giúp",
        "About Qt": "Giới thiệu Qt",
    },
    "QDialogButtonBox": {"OK": "Đồng ý", "Cancel": "Hủy", "&OK": "&Đồng ý", "&Cancel": "&Hủy"},
    "QInputDialog": {"Enter a value:": "Nhập giá trị:"},
    "QLineEdit": {
        "&Undo": "&Hoàn tác",
        "&Redo": "&Làm lại",
        "Cu&t": "Cắ&t",
        "&Copy": "&Chép",
        "&Paste": "&Dán",
        "Delete": "Xóa",
        "Select All": "Chọn tất cả",
    },
    "QWidgetTextControl": {
        "&Undo": "&Hoàn tác",
        "&Redo": "&Làm lại",
        "Cu&t": "Cắ&t",
        "&Copy": "&Chép",
        "&Paste": "&Dán",
        "Delete": "Xóa",
        "Select All": "Chọn tất cả",
        "Copy &Link Location": "Chép địa chỉ &liên kết",
    },
    "QFileDialog": {
        "Look in:": "Tìm trong:",
        "&Look in:": "&Tìm trong:",
        "Files of &type:": "&Loại tệp:",
        "Back": "Lùi",
        "Forward": "Tiến",
        "Parent Directory": "Thư mục cha",
        "Create New Folder": "Tạo thư mục mới",
        "List View": "Xem danh sách",
        "Detail View": "Xem chi tiết",
        "File &name:": "&Tên tệp:",
        "Files of type:": "Loại tệp:",
        "&Open": "&Mở",
        "&Save": "&Lưu",
        "&Choose": "&Chọn",
        "Open": "Mở",
        "Save As": "Lưu thành",
        "Find Directory": "Chọn thư mục",
        "New Folder": "Thư mục mới",
        "&New Folder": "Thư mục &mới",
        "&Rename": "Đổi &tên",
        "&Delete": "&Xóa",
        "Show &hidden files": "Hiện tệp &ẩn",
        "Directory:": "Thư mục:",
        "File": "Tệp",
        "Directory": "Thư mục",
        "File Folder": "Thư mục",
        "Folder": "Thư mục",
        "All Files (*)": "Mọi tệp (*)",
        "All Files (*.*)": "Mọi tệp (*.*)",
        "Recent Places": "Nơi vừa dùng",
        "Go back": "Quay lại",
        "Go forward": "Đi tới",
        "Go to the parent directory": "Lên thư mục cha",
        "Create a New Folder": "Tạo một thư mục mới",
        "Change to list view mode": "Xem dạng danh sách",
        "Change to detail view mode": "Xem dạng chi tiết",
        "Sidebar": "Thanh bên",
        "Files": "Tệp",
        "Are you sure you want to delete '%1'?": "Xóa «%1»?",
        "%1 already exists.\nDo you want to replace it?": "%1 đã có.\nThay tệp đó?",
        "Confirm Save As": "Xác nhận lưu",
        "My Computer": "Máy tính",
        "Drive": "Ổ đĩa",
        "Unknown": "Không rõ",
    },
    "QFileSystemModel": {
        "Name": "Tên",
        "Size": "Cỡ",
        "Type": "Loại",
        "Kind": "Loại",
        "Date Modified": "Ngày sửa",
        "My Computer": "Máy tính",
        "Computer": "Máy tính",
        "%1 KB": "%1 KB",
        "%1 MB": "%1 MB",
        "%1 bytes": "%1 byte",
    },
    "QPrintPreviewDialog": {
        "Page Setup": "Thiết lập trang",
        "%1%": "%1%",
        "Print Preview": "Xem trước khi in",
        "Next page": "Trang sau",
        "Previous page": "Trang trước",
        "First page": "Trang đầu",
        "Last page": "Trang cuối",
        "Fit width": "Vừa chiều ngang",
        "Fit page": "Vừa trang",
        "Zoom in": "Phóng to",
        "Zoom out": "Thu nhỏ",
        "Portrait": "Trang dọc",
        "Landscape": "Trang ngang",
        "Show single page": "Từng trang",
        "Show facing pages": "Hai trang đối diện",
        "Show overview of all pages": "Tổng quan mọi trang",
        "Print": "In",
        "Page setup": "Thiết lập trang",
        "Export to PDF": "Xuất ra PDF",
    },
    "QPrintDialog": {
        "Print": "In",
        "&Print": "&In",
        "Print to File (PDF)": "In ra tệp (PDF)",
        "Local file": "Tệp trên máy",
        "Write PDF file": "Ghi tệp PDF",
        "Print all": "In tất cả",
        "Print selection": "In phần chọn",
        "Print range": "In khoảng trang",
        "Print current page": "In trang hiện tại",
        "Pages from": "Từ trang",
        "to": "đến",
        "Copies": "Số bản",
        "Options": "Tùy chọn",
        "&Options >>": "&Tùy chọn >>",
        "&Options <<": "&Tùy chọn <<",
    },
    "QPageSetupWidget": {
        "Paper": "Giấy",
        "Page size:": "Khổ giấy:",
        "Orientation": "Hướng",
        "Portrait": "Dọc",
        "Landscape": "Ngang",
        "Margins": "Lề",
        "top margin": "lề trên",
        "left margin": "lề trái",
        "right margin": "lề phải",
        "bottom margin": "lề dưới",
    },
}


def main() -> None:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        '<TS version="2.1" language="vi_VN">',
    ]
    for context, table in QT_VI.items():
        lines.append(f"<context>\n    <name>{context}</name>")
        for source, target in table.items():
            lines.append(
                "    <message>\n"
                f"        <source>{escape(source)}</source>\n"
                f"        <translation>{escape(target)}</translation>\n"
                "    </message>"
            )
        lines.append("</context>")
    lines.append("</TS>")
    TS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
