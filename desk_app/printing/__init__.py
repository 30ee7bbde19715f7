"""Printed documents as PDF (reportlab): the seven one-stop forms, the end-of-day review sheet and
the queue slip. Plain Python, no Qt: the PDF is the record that is previewed, printed and kept."""

# The documents by name: those of one dossier, and those of a range of days. Here, where the
# command line can read them without loading reportlab.
DOSSIER_FORMS = (
    "receipt",
    "supplement",
    "refusal",
    "apology",
    "stop",
    "unsupplemented",
    "control",
    "slip",
)
RANGE_FORMS = ("register", "review", "postal-list")

# what the command line calls each document when it says where it printed it
NAMES_VI = {
    "receipt": "giấy tiếp nhận (mẫu 01)",
    "supplement": "phiếu yêu cầu bổ sung (mẫu 02)",
    "refusal": "phiếu từ chối (mẫu 03)",
    "apology": "văn bản xin lỗi (mẫu 04)",
    "stop": "thông báo dừng (mẫu 05)",
    "unsupplemented": "thông báo trả hồ sơ không bổ sung",
    "control": "phiếu kiểm soát (mẫu 06)",
    "slip": "phiếu hẹn 80 mm",
    "register": "sổ theo dõi (mẫu 07)",
    "review": "phiếu rà soát cuối ngày",
    "postal-list": "danh sách bàn giao bưu chính",
}
