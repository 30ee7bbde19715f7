<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../desk_app/ui/accounts.py" line="123"/>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/accounts.py" line="128"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/accounts.py" line="128"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/accounts.py" line="128"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/accounts.py" line="128"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/accounts.py" line="136"/>
        <source>&amp;Add an account...</source>
        <translation>&amp;Thêm tài khoản...</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/accounts.py" line="137"/>
        <source>&amp;Lock or unlock</source>
        <translation>&amp;Khóa / mở lại</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/accounts.py" line="138"/>
        <source>Set a new &amp;password...</source>
        <translation>Đặt &amp;mật khẩu mới...</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/accounts.py" line="139"/>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/accounts.py" line="155"/>
        <source>active</source>
        <translation>đang dùng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/accounts.py" line="155"/>
        <source>locked</source>
        <translation>đã khóa</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <location filename="../../desk_app/ui/action_form.py" line="85"/>
        <source>&amp;Record</source>
        <translation>&amp;Ghi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/action_form.py" line="86"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/action_form.py" line="116"/>
        <source>Choose the day on a calendar (F4)</source>
        <translation>Chọn ngày trên lịch (F4)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/action_form.py" line="164"/>
        <source>Write the date as dd/mm/yyyy hh:mm.</source>
        <translation>Ghi ngày theo dạng dd/mm/yyyy hh:mm.</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../desk_app/ui/agency_dialog.py" line="35"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/agency_dialog.py" line="36"/>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/agency_dialog.py" line="51"/>
        <source>Type the identifier the province assigned, not the placeholder.</source>
        <translation>Hãy nhập mã định danh do tỉnh cấp, không dùng mã tạm.</translation>
    </message>
    <message>
        <location filename="../../forms/agency_dialog.ui" line="14"/>
        <source>The agency</source>
        <translation>Thông tin cơ quan</translation>
    </message>
    <message>
        <location filename="../../forms/agency_dialog.ui" line="20"/>
        <source>Before the first dossier: the agency&apos;s name, its province and the unit identifier the province assigned to it. Every dossier code carries that identifier.</source>
        <translation>Trước hồ sơ đầu tiên: tên cơ quan, tỉnh và mã định danh đơn vị do tỉnh cấp. Mọi mã hồ sơ đều mang mã định danh này.</translation>
    </message>
    <message>
        <location filename="../../forms/agency_dialog.ui" line="32"/>
        <source>Agency &amp;name:</source>
        <translation>Tên &amp;cơ quan:</translation>
    </message>
    <message>
        <location filename="../../forms/agency_dialog.ui" line="55"/>
        <source>&amp;Province:</source>
        <translation>&amp;Tỉnh:</translation>
    </message>
    <message>
        <location filename="../../forms/agency_dialog.ui" line="78"/>
        <source>&amp;Unit identifier:</source>
        <translation>Mã định &amp;danh đơn vị:</translation>
    </message>
    <message>
        <location filename="../../forms/agency_dialog.ui" line="88"/>
        <source>As assigned by the province, e.g. 000.17.22.H56</source>
        <translation>Mã do tỉnh cấp, ví dụ 000.17.22.H56</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../desk_app/ui/tasks.py" line="70"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/tasks.py" line="89"/>
        <source>Cancelling...</source>
        <translation>Đang hủy...</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../forms/calendar_page.ui" line="19"/>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="72"/>
        <source>Office sessions</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="85"/>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="90"/>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="95"/>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="100"/>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="105"/>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="110"/>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="115"/>
        <source>Sunday</source>
        <translation>Chủ Nhật</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="120"/>
        <source>Sessions (e.g. 07:30-11:30, 13:30-17:00)</source>
        <translation>Các buổi (ví dụ 07:30-11:30, 13:30-17:00)</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="128"/>
        <source>Sa&amp;ve sessions</source>
        <translation>&amp;Lưu giờ làm việc</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="131"/>
        <source>Store the sessions and recompute every open dossier</source>
        <translation>Lưu giờ làm việc và tính lại hạn mọi hồ sơ đang giải quyết</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="141"/>
        <source>Open dossiers whose appointment changed</source>
        <translation>Hồ sơ đang giải quyết có ngày hẹn thay đổi</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="154"/>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="159"/>
        <source>Printed appointment</source>
        <translation>Ngày hẹn đã in</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="164"/>
        <source>New legal due</source>
        <translation>Hạn mới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/calendar_page.py" line="46"/>
        <source>ordinary week</source>
        <translation>tuần làm việc thông thường</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/calendar_page.py" line="47"/>
        <source>Labour Code</source>
        <translation>Bộ luật Lao động</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/calendar_page.py" line="48"/>
        <source>official notice</source>
        <translation>thông báo chính thức</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/calendar_page.py" line="49"/>
        <source>the agency&apos;s override</source>
        <translation>điều chỉnh của cơ quan</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/calendar_page.py" line="61"/>
        <source>weekend</source>
        <translation>nghỉ cuối tuần</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/calendar_page.py" line="62"/>
        <source>holiday</source>
        <translation>ngày lễ, Tết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/calendar_page.py" line="63"/>
        <source>swapped day off</source>
        <translation>ngày nghỉ hoán đổi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/calendar_page.py" line="64"/>
        <source>worked Saturday</source>
        <translation>thứ Bảy làm bù</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/calendar_page.py" line="65"/>
        <source>agency day off</source>
        <translation>ngày nghỉ của cơ quan</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/calendar_page.py" line="66"/>
        <source>agency working day</source>
        <translation>ngày làm việc của cơ quan</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/calendar_page.py" line="89"/>
        <source>Print the &amp;new receipts of these dossiers</source>
        <translation>In giấy &amp;hẹn mới cho các hồ sơ này</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/calendar_page.py" line="122"/>
        <source>New receipts kept as %1.</source>
        <translation>Giấy hẹn mới đã lưu tại %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/calendar_page.py" line="133"/>
        <source>confirmed by the official notices</source>
        <translation>đã xác nhận theo thông báo chính thức</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/calendar_page.py" line="135"/>
        <source>estimated from the law (no notice yet)</source>
        <translation>ước tính theo luật (chưa có thông báo)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/calendar_page.py" line="157"/>
        <source>Day off for the agency...</source>
        <translation>Ngày nghỉ của cơ quan...</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/calendar_page.py" line="158"/>
        <source>Working day</source>
        <translation>Ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/calendar_page.py" line="159"/>
        <source>Morning only</source>
        <translation>Chỉ làm buổi sáng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/calendar_page.py" line="160"/>
        <source>Afternoon only</source>
        <translation>Chỉ làm buổi chiều</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/calendar_page.py" line="163"/>
        <source>Remove the agency&apos;s override</source>
        <translation>Bỏ điều chỉnh của cơ quan</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/calendar_page.py" line="170"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/calendar_page.py" line="170"/>
        <source>Reason for %1:</source>
        <translation>Lý do cho ngày %1:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/calendar_page.py" line="206"/>
        <source>%1 open dossiers recomputed; %2 appointments to tell the applicants.</source>
        <translation>Đã tính lại %1 hồ sơ đang giải quyết; %2 hồ sơ cần báo lại ngày hẹn cho người nộp.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../forms/catalogue_page.ui" line="20"/>
        <source>The agency&apos;s procedures by field. Procedures marked as samples must be checked against the national procedure database before real use.</source>
        <translation>Thủ tục của cơ quan theo lĩnh vực. Thủ tục đánh dấu mẫu phải được đối chiếu với Cơ sở dữ liệu quốc gia về thủ tục hành chính trước khi dùng thật.</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_page.ui" line="34"/>
        <source>Field, procedure</source>
        <translation>Lĩnh vực, thủ tục</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_page.ui" line="39"/>
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_page.ui" line="44"/>
        <source>Time limit</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_page.ui" line="49"/>
        <source>Fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_page.ui" line="54"/>
        <source>Handled by</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_page.ui" line="59"/>
        <source>Internal process (budget per step)</source>
        <translation>Quy trình nội bộ (thời gian mỗi bước)</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_page.ui" line="69"/>
        <source>&amp;Import...</source>
        <translation>&amp;Nhập tệp...</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_page.ui" line="72"/>
        <source>Create or update procedures from a CSV or XLSX file (all or nothing)</source>
        <translation>Thêm hoặc cập nhật thủ tục từ tệp CSV, XLSX (lỗi một dòng thì không nhập gì)</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_page.ui" line="79"/>
        <source>&amp;Export...</source>
        <translation>X&amp;uất tệp...</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_page.ui" line="82"/>
        <source>Save the catalogue as CSV or XLSX</source>
        <translation>Lưu danh mục ra tệp CSV hoặc XLSX</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue_page.py" line="64"/>
        <source>Sample: check it against the national database</source>
        <translation>Thủ tục mẫu: cần đối chiếu Cơ sở dữ liệu quốc gia</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue_page.py" line="71"/>
        <source>Import procedures</source>
        <translation>Nhập danh mục thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue_page.py" line="85"/>
        <source>%1 procedures added, %2 updated.</source>
        <translation>Đã thêm %1 thủ tục, cập nhật %2 thủ tục.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue_page.py" line="98"/>
        <source>Export procedures</source>
        <translation>Xuất danh mục thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/catalogue_page.py" line="108"/>
        <source>%1 procedures saved.</source>
        <translation>Đã lưu %1 thủ tục.</translation>
    </message>
</context>
<context>
    <name>CitizenScreen</name>
    <message>
        <location filename="../../desk_app/ui/citizen.py" line="128"/>
        <source>Applicant&apos;s screen</source>
        <translation>Màn hình người nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen.py" line="136"/>
        <source>%1
Welcome</source>
        <translation>%1
Xin kính chào</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen.py" line="143"/>
        <source>Thank you for your rating.</source>
        <translation>Xin cảm ơn Ông/Bà đã đánh giá.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen.py" line="191"/>
        <source>Please check your details:</source>
        <translation>Xin Ông/Bà kiểm tra thông tin:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen.py" line="192"/>
        <source>Name: %1</source>
        <translation>Họ tên: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen.py" line="193"/>
        <source>ID: %1</source>
        <translation>Số giấy tờ: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen.py" line="194"/>
        <source>Phone: %1</source>
        <translation>Điện thoại: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen.py" line="195"/>
        <source>E-mail: %1</source>
        <translation>Thư điện tử: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen.py" line="196"/>
        <source>Procedure: %1</source>
        <translation>Thủ tục: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen.py" line="199"/>
        <source>Appointment to collect the result: %1</source>
        <translation>Hẹn trả kết quả: %1</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../desk_app/ui/viewer.py" line="67"/>
        <source>This file cannot be shown here; copy it to a folder to open it (the dossier&apos;s files, Copy to a folder).</source>
        <translation>Không hiển thị được tệp này ở đây; hãy chép ra thư mục để mở (tệp số hóa của hồ sơ, Chép ra thư mục).</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../forms/dossier_dialog.ui" line="14"/>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_dialog.ui" line="38"/>
        <source>&amp;History</source>
        <translation>&amp;Quá trình xử lý</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_dialog.ui" line="51"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_dialog.ui" line="56"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_dialog.ui" line="61"/>
        <source>What</source>
        <translation>Việc</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_dialog.ui" line="66"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_dialog.ui" line="75"/>
        <source>&amp;Documents</source>
        <translation>&amp;Thành phần hồ sơ</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_dialog.ui" line="88"/>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_dialog.ui" line="93"/>
        <source>Originals</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_dialog.ui" line="98"/>
        <source>Certified copies</source>
        <translation>Bản sao chứng thực</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_dialog.ui" line="103"/>
        <source>Copies</source>
        <translation>Bản sao</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_dialog.ui" line="115"/>
        <source>Actions</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_dialog.ui" line="125"/>
        <source>&amp;Reprint:</source>
        <translation>&amp;In lại:</translation>
    </message>
    <message>
        <location filename="../../forms/dossier_dialog.ui" line="138"/>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="70"/>
        <source>Receipt and appointment (01)</source>
        <translation>Giấy tiếp nhận và hẹn trả (01)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="71"/>
        <source>Papers returned, not supplemented</source>
        <translation>Thông báo trả lại hồ sơ không bổ sung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="72"/>
        <source>Request to supplement (02)</source>
        <translation>Phiếu yêu cầu bổ sung (02)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="73"/>
        <source>Refusal (03)</source>
        <translation>Phiếu từ chối (03)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="74"/>
        <source>Apology and new appointment (04)</source>
        <translation>Văn bản xin lỗi và hẹn lại (04)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="75"/>
        <source>Stop notice (05)</source>
        <translation>Thông báo dừng giải quyết (05)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="76"/>
        <source>Process-control slip (06)</source>
        <translation>Phiếu kiểm soát quá trình (06)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="77"/>
        <source>Queue slip (80 mm)</source>
        <translation>Phiếu hẹn khổ 80 mm</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="86"/>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="91"/>
        <source>Digitised &amp;files</source>
        <translation>Tệp số &amp;hóa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="96"/>
        <source>Dossier %1</source>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="98"/>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="98"/>
        <source>Citizen ID</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="101"/>
        <source>register no. %1/%2</source>
        <translation>số thứ tự %1/%2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="105"/>
        <source>Received: %1</source>
        <translation>Tiếp nhận: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="106"/>
        <source>State: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="115"/>
        <source>Waiting for the applicant&apos;s supplement: the clock is stopped.</source>
        <translation>Đang chờ người nộp bổ sung hồ sơ: thời hạn tạm dừng.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="117"/>
        <source>Legal due: %1</source>
        <translation>Hạn giải quyết: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="119"/>
        <source>new appointment: %1</source>
        <translation>hẹn lại: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="176"/>
        <source>What is missing (one item per line):</source>
        <translation>Nội dung cần bổ sung (mỗi dòng một nội dung):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="177"/>
        <source>Reason for a late request (supervisor):</source>
        <translation>Lý do yêu cầu muộn (lãnh đạo bộ phận):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="181"/>
        <source>Reason for the delay:</source>
        <translation>Lý do chậm trễ:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="182"/>
        <source>New appointment (dd/mm/yyyy hh:mm):</source>
        <translation>Ngày hẹn mới (dd/mm/yyyy hh:mm):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="187"/>
        <source>Field to correct:</source>
        <translation>Trường cần sửa:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="188"/>
        <source>Correct value:</source>
        <translation>Giá trị đúng:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="192"/>
        <source>To %1 — received by (name):</source>
        <translation>Chuyển đến %1 — người nhận (họ tên):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="195"/>
        <source>Received by (name):</source>
        <translation>Người nhận kết quả (họ tên):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="199"/>
        <source>Postal item no. (e.g. EE123456785VN):</source>
        <translation>Số hiệu bưu gửi (ví dụ EE123456785VN):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="202"/>
        <source>Reason for refusal:</source>
        <translation>Lý do từ chối:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="203"/>
        <source>Reason for stopping:</source>
        <translation>Lý do dừng giải quyết:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="204"/>
        <source>Note (the applicant&apos;s request):</source>
        <translation>Ghi chú (đề nghị của người nộp):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="205"/>
        <source>Handed to (department, person):</source>
        <translation>Chuyển cho (phòng, người nhận):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="218"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="219"/>
        <source>Text message</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="220"/>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="221"/>
        <source>Public service portal</source>
        <translation>Cổng dịch vụ công</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="222"/>
        <source>Letter</source>
        <translation>Thư bưu chính</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="223"/>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="226"/>
        <source>Early return: how was the applicant told?</source>
        <translation>Trả trước hẹn: đã báo người nộp bằng cách nào?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="229"/>
        <source>When was the applicant told (dd/mm/yyyy hh:mm)?</source>
        <translation>Đã báo người nộp lúc nào (dd/mm/yyyy hh:mm)?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_dialog.py" line="266"/>
        <source>Done: %1.</source>
        <translation>Đã thực hiện: %1.</translation>
    </message>
</context>
<context>
    <name>DossierModel</name>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="64"/>
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="65"/>
        <source>No.</source>
        <translation>Số TT</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="66"/>
        <source>Applicant</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="67"/>
        <source>ID (last 4)</source>
        <translation>CCCD/MST (4 số cuối)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="68"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="69"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="70"/>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="71"/>
        <source>Due</source>
        <translation>Hạn giải quyết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="224"/>
        <source>more than %1 dossiers</source>
        <translation>hơn %1 hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="225"/>
        <source>%1 dossiers</source>
        <translation>%1 hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="242"/>
        <source>At %1 since %2; its time there runs out at %3</source>
        <translation>Ở %1 từ %2; hết thời gian của bước lúc %3</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossier_model.py" line="248"/>
        <source>(used up)</source>
        <translation>(đã hết)</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <location filename="../../forms/dossiers_page.ui" line="19"/>
        <source>F&amp;ind:</source>
        <translation>Tìm:</translation>
    </message>
    <message>
        <location filename="../../forms/dossiers_page.ui" line="29"/>
        <source>Code (or scan the barcode), name without diacritics, phone, ID, register no.</source>
        <translation>Mã hồ sơ (hoặc quét mã vạch), tên không dấu, điện thoại, CCCD, số thứ tự</translation>
    </message>
    <message>
        <location filename="../../forms/dossiers_page.ui" line="39"/>
        <source>E&amp;xport view...</source>
        <translation>&amp;Xuất danh sách...</translation>
    </message>
    <message>
        <location filename="../../forms/dossiers_page.ui" line="42"/>
        <source>Save the dossiers of this view to an XLSX file</source>
        <translation>Lưu các hồ sơ đang xem ra tệp XLSX</translation>
    </message>
    <message>
        <location filename="../../forms/dossiers_page.ui" line="53"/>
        <source>S&amp;tate:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <location filename="../../forms/dossiers_page.ui" line="63"/>
        <source>Which dossiers: open, closed, or one state</source>
        <translation>Hồ sơ đang giải quyết, đã đóng, hoặc một trạng thái</translation>
    </message>
    <message>
        <location filename="../../forms/dossiers_page.ui" line="70"/>
        <source>&amp;Warning:</source>
        <translation>&amp;Cảnh báo:</translation>
    </message>
    <message>
        <location filename="../../forms/dossiers_page.ui" line="80"/>
        <source>Overdue, due today, due soon or waiting for a supplement</source>
        <translation>Quá hạn, đến hạn hôm nay, sắp đến hạn hoặc chờ bổ sung</translation>
    </message>
    <message>
        <location filename="../../forms/dossiers_page.ui" line="87"/>
        <source>Fi&amp;eld:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <location filename="../../forms/dossiers_page.ui" line="97"/>
        <source>Field of procedures</source>
        <translation>Lĩnh vực thủ tục hành chính</translation>
    </message>
    <message>
        <location filename="../../forms/dossiers_page.ui" line="104"/>
        <source>Cha&amp;nnel:</source>
        <translation>&amp;Kênh nộp:</translation>
    </message>
    <message>
        <location filename="../../forms/dossiers_page.ui" line="142"/>
        <source>Received fro&amp;m</source>
        <translation>Nhận từ ngà&amp;y</translation>
    </message>
    <message>
        <location filename="../../forms/dossiers_page.ui" line="114"/>
        <source>How the dossier was received</source>
        <translation>Hình thức nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../forms/dossiers_page.ui" line="125"/>
        <source>&amp;Procedure:</source>
        <translation>T&amp;hủ tục:</translation>
    </message>
    <message>
        <location filename="../../forms/dossiers_page.ui" line="135"/>
        <source>One procedure of the catalogue</source>
        <translation>Một thủ tục trong danh mục</translation>
    </message>
    <message>
        <location filename="../../forms/dossiers_page.ui" line="152"/>
        <location filename="../../forms/dossiers_page.ui" line="172"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../forms/dossiers_page.ui" line="159"/>
        <source>t&amp;o</source>
        <translation>đế&amp;n</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers.py" line="50"/>
        <source>Open</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers.py" line="51"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers.py" line="54"/>
        <source>Any</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers.py" line="56"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers.py" line="57"/>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers.py" line="58"/>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers.py" line="59"/>
        <source>Waiting for a supplement</source>
        <translation>Chờ bổ sung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers.py" line="115"/>
        <source>All fields</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers.py" line="262"/>
        <source>Exporting...</source>
        <translation>Đang xuất tệp...</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers.py" line="275"/>
        <source>%1 dossiers exported to %2</source>
        <translation>Đã xuất %1 hồ sơ ra %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers.py" line="63"/>
        <source>All channels</source>
        <translation>Mọi kênh</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers.py" line="65"/>
        <source>At the counter</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers.py" line="66"/>
        <source>By post</source>
        <translation>Bưu chính</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers.py" line="67"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers.py" line="119"/>
        <source>All procedures</source>
        <translation>Mọi thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers.py" line="187"/>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/dossiers.py" line="253"/>
        <location filename="../../desk_app/ui/dossiers.py" line="280"/>
        <source>Export the view</source>
        <translation>Xuất danh sách</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <location filename="../../desk_app/ui/files_panel.py" line="40"/>
        <source>Attach &amp;to:</source>
        <translation>Đính kèm &amp;vào:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/files_panel.py" line="45"/>
        <source>&amp;Attach a file...</source>
        <translation>Đính &amp;kèm tệp...</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/files_panel.py" line="51"/>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/files_panel.py" line="52"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/files_panel.py" line="53"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/files_panel.py" line="54"/>
        <source>Size</source>
        <translation>Độ dài</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/files_panel.py" line="55"/>
        <source>Added</source>
        <translation>Thêm lúc</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/files_panel.py" line="62"/>
        <source>Sh&amp;ow</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/files_panel.py" line="63"/>
        <source>Copy all to a &amp;folder...</source>
        <translation>Chép tất cả ra &amp;thư mục...</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/files_panel.py" line="84"/>
        <source>The result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/files_panel.py" line="103"/>
        <source>Attach a file</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/files_panel.py" line="115"/>
        <source>%1 attached to %2.</source>
        <translation>Đã đính kèm %1 vào %2.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/files_panel.py" line="146"/>
        <source>Copy the files to a folder</source>
        <translation>Chép các tệp ra thư mục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/files_panel.py" line="156"/>
        <source>%1 files copied to %2.</source>
        <translation>Đã chép %1 tệp ra %2.</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../forms/intake_page.ui" line="21"/>
        <source>Pr&amp;ocedure (type a code or words of the name):</source>
        <translation>Thủ tục (gõ mã hoặc &amp;vài chữ trong tên):</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="37"/>
        <source>Type a code or words of the name, with or without diacritics</source>
        <translation>Gõ mã hoặc vài chữ trong tên thủ tục, có dấu hoặc không dấu</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="54"/>
        <source>Dossier &amp;code issued by the provincial system:</source>
        <translation>&amp;Mã hồ sơ do hệ thống của tỉnh cấp:</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="64"/>
        <source>Type or scan the code, e.g. 000.17.22.H56-261123-0001</source>
        <translation>Nhập hoặc quét mã, ví dụ 000.17.22.H56-261123-0001</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="81"/>
        <source>Documents recei&amp;ved (tick and count):</source>
        <translation>Thành phần hồ sơ đã nhận (đánh dấu và ghi số lượng):</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="95"/>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="100"/>
        <source>Originals</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="105"/>
        <source>Certified copies</source>
        <translation>Bản sao chứng thực</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="110"/>
        <source>Copies</source>
        <translation>Bản sao</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="122"/>
        <source>Applicant</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="128"/>
        <source>Applicant t&amp;ype:</source>
        <translation>&amp;Loại người nộp:</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="208"/>
        <source>Phon&amp;e:</source>
        <translation>Điện t&amp;hoại:</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="289"/>
        <source>Postal &amp;address:</source>
        <translation>Địa chỉ nhận qua &amp;bưu chính:</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="312"/>
        <source>Num&amp;ber of sets:</source>
        <translation>&amp;Số bộ hồ sơ:</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="342"/>
        <source>No&amp;te:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="461"/>
        <source>Ref&amp;use (form 03)...</source>
        <translation>Từ chối (mẫu &amp;03)...</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="141"/>
        <source>&amp;Name:</source>
        <translation>Tên tổ chức, cá nhân:</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="151"/>
        <source>Person or organisation, as on the identity paper</source>
        <translation>Tên cá nhân hoặc tổ chức, đúng như trên giấy tờ</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="168"/>
        <source>&amp;Citizen ID / tax code:</source>
        <translation>Số CCC&amp;D / mã số thuế:</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="178"/>
        <source>12-digit citizen ID, or a 10-digit tax code (10-3 for a branch)</source>
        <translation>CCCD 12 chữ số, hoặc mã số thuế 10 chữ số (10-3 với chi nhánh)</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="195"/>
        <source>A&amp;ddress:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="231"/>
        <source>E&amp;mail:</source>
        <translation>Thư điện tử (&amp;email):</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="257"/>
        <source>Channel and result</source>
        <translation>Kênh nộp và nhận kết quả</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="263"/>
        <source>Channe&amp;l:</source>
        <translation>&amp;Kênh nộp:</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="276"/>
        <source>&amp;Result by:</source>
        <translation>Nhận kết &amp;quả:</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="355"/>
        <source>Postal &amp;item no.:</source>
        <translation>Số hiệ&amp;u bưu gửi đến:</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="368"/>
        <source>The number of the postal item the dossier came in (dossiers received by post)</source>
        <translation>Số hiệu bưu gửi chứa hồ sơ (hồ sơ nộp qua bưu chính)</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="385"/>
        <source>Applicant a&amp;grees to be told by text message or e-mail</source>
        <translation>Người nộ&amp;p đồng ý nhận tin nhắn, thư điện tử về hồ sơ</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="398"/>
        <source>Appointment</source>
        <translation>Ngày hẹn trả kết quả</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="440"/>
        <source>Save and &amp;print</source>
        <translation>Lưu và &amp;in giấy tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="443"/>
        <source>Register the dossier and print the receipt (Ctrl+Enter)</source>
        <translation>Tiếp nhận hồ sơ và in giấy tiếp nhận, hẹn trả kết quả (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="451"/>
        <source>Request to supplement (form 0&amp;2)...</source>
        <translation>Hướng dẫn bổ sung (mẫu 0&amp;2)...</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="454"/>
        <source>Incomplete dossier: print what is missing, without registering</source>
        <translation>Hồ sơ chưa đủ: in nội dung cần bổ sung, không tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="464"/>
        <source>Print a refusal, without registering</source>
        <translation>In phiếu từ chối, không tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="478"/>
        <source>Ne&amp;w applicant</source>
        <translation>&amp;Người nộp mới</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="481"/>
        <source>Clear the form (Ctrl+N)</source>
        <translation>Xóa trắng để tiếp nhận hồ sơ mới (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../forms/intake_page.ui" line="484"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="92"/>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="93"/>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="97"/>
        <source>At the counter</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="98"/>
        <location filename="../../desk_app/ui/intake.py" line="102"/>
        <source>By post</source>
        <translation>Bưu chính</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="99"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="102"/>
        <source>At the desk</source>
        <translation>Tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="203"/>
        <source>Field: %1. Legal time limit: %2. Fee: %3. Handled by: %4.</source>
        <translation>Lĩnh vực: %1. Thời hạn giải quyết: %2. Phí, lệ phí: %3. Cơ quan chủ trì: %4.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="210"/>
        <source>(sample procedure: check it against the national database)</source>
        <translation>(thủ tục mẫu: cần đối chiếu Cơ sở dữ liệu quốc gia về TTHC)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="344"/>
        <source>Choose a procedure</source>
        <translation>Chọn thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="358"/>
        <source>The clock starts at %1.</source>
        <translation>Thời hạn tính từ %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="361"/>
        <source>Moved by days off: %1.</source>
        <translation>Lùi do ngày nghỉ: %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="365"/>
        <source>The days off of %1 are estimated (not yet announced).</source>
        <translation>Lịch nghỉ năm %1 là ước tính (chưa có thông báo chính thức).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="376"/>
        <location filename="../../desk_app/ui/intake.py" line="510"/>
        <source>Choose the procedure first.</source>
        <translation>Hãy chọn thủ tục trước.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="399"/>
        <source>Registered %1, register no. %2.</source>
        <translation>Đã tiếp nhận hồ sơ %1, số thứ tự %2.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="422"/>
        <source>Scans: %1</source>
        <translation>Bản quét: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="445"/>
        <source>Not attached: %1</source>
        <translation>Chưa đính kèm được: %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="459"/>
        <source>Kept as %1.</source>
        <translation>Đã lưu tại %1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="469"/>
        <source>Request to supplement</source>
        <translation>Hướng dẫn bổ sung hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="470"/>
        <source>What is missing or must be corrected (one item per line):</source>
        <translation>Nội dung cần bổ sung, hoàn thiện (mỗi dòng một nội dung):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="492"/>
        <source>Refusal</source>
        <translation>Từ chối tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/intake.py" line="492"/>
        <source>Reason for refusing the dossier:</source>
        <translation>Lý do từ chối tiếp nhận hồ sơ:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="94"/>
        <location filename="../../desk_app/ui/main_window.py" line="501"/>
        <source>Reception desk - %s</source>
        <translation>Bộ phận Một cửa - %s</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="95"/>
        <source>Database: %s</source>
        <translation>Cơ sở dữ liệu: %s</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="171"/>
        <source>The database is damaged</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="173"/>
        <source>%1 Nothing will be written to it. Close the program and restore the newest good backup (desk-app restore, or the offer at the next start).</source>
        <translation>%1 Chương trình sẽ không ghi gì vào tệp này. Hãy đóng chương trình và khôi phục bản sao lưu gần nhất còn tốt (desk-app restore, hoặc theo đề nghị ở lần mở sau).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="188"/>
        <source>Daily backup written to %1</source>
        <translation>Đã sao lưu hằng ngày vào %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="198"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Đăng nhập: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="243"/>
        <location filename="../../desk_app/ui/main_window.py" line="267"/>
        <location filename="../../desk_app/ui/main_window.py" line="272"/>
        <source>Import a register</source>
        <translation>Nhập sổ theo dõi hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="251"/>
        <source>Importing %1...</source>
        <translation>Đang nhập %1...</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="256"/>
        <source>Imported %1 dossiers from %2.</source>
        <translation>Đã nhập %1 hồ sơ từ %2.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="273"/>
        <source>%1
%2

Import the good rows and write the bad ones to a side file?</source>
        <translation>%1
%2

Nhập các dòng hợp lệ và ghi các dòng lỗi ra tệp riêng?</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="282"/>
        <source>Backing up...</source>
        <translation>Đang sao lưu...</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="285"/>
        <source>Backed up to %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="288"/>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="368"/>
        <source>Postal hand-over list</source>
        <translation>Danh sách bàn giao bưu chính</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="370"/>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="378"/>
        <source>Scanner folder</source>
        <translation>Thư mục máy quét</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="385"/>
        <source>New scans in %1 appear in the intake screen.</source>
        <translation>Bản quét mới trong %1 sẽ hiện ở màn hình tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="416"/>
        <source>(the system&apos;s default printer)</source>
        <translation>(máy in mặc định của hệ thống)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="421"/>
        <source>Counter&apos;s printer</source>
        <translation>Máy in của quầy</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="421"/>
        <source>Print on:</source>
        <translation>In ra máy:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="436"/>
        <source>The interface will be in English from the next start.</source>
        <translation>Giao diện sẽ bằng tiếng Anh từ lần mở sau.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="438"/>
        <source>The interface will be in Vietnamese from the next start.</source>
        <translation>Giao diện sẽ bằng tiếng Việt từ lần mở sau.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="445"/>
        <source>About desk</source>
        <translation>Giới thiệu desk</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="446"/>
        <source>desk %s
Reception desk for public administrative procedures.</source>
        <translation>desk %s
Phần mềm Bộ phận Một cửa tiếp nhận và trả kết quả thủ tục hành chính.</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="14"/>
        <source>Reception desk</source>
        <translation>Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="25"/>
        <source>Welcome to the reception desk.</source>
        <translation>Chào mừng đến Bộ phận Một cửa.</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="41"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="57"/>
        <source>&amp;Screens</source>
        <translation>&amp;Màn hình</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="72"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="84"/>
        <source>&amp;Import a register...</source>
        <translation>&amp;Nhập sổ theo dõi hồ sơ...</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="87"/>
        <source>Import dossiers from a CSV or XLSX tracking register (supervisors)</source>
        <translation>Nhập hồ sơ từ sổ theo dõi dạng CSV hoặc XLSX (lãnh đạo bộ phận)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="92"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="95"/>
        <source>A checked copy of the database in the backup folder (administrators)</source>
        <translation>Bản sao đã kiểm tra của cơ sở dữ liệu trong thư mục sao lưu (quản trị hệ thống)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="100"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="103"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="108"/>
        <source>&amp;Intake</source>
        <translation>&amp;Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="111"/>
        <source>Register a dossier and print its receipt (F2)</source>
        <translation>Tiếp nhận hồ sơ và in giấy hẹn (F2)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="114"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="119"/>
        <source>&amp;Dossiers</source>
        <translation>&amp;Danh sách hồ sơ</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="122"/>
        <source>Find, follow and act on dossiers (F3)</source>
        <translation>Tìm, theo dõi và xử lý hồ sơ (F3)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="125"/>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="130"/>
        <source>&amp;End-of-day review</source>
        <translation>&amp;Rà soát cuối ngày</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="133"/>
        <source>Overdue, due and waiting dossiers; apology letters; review sign-off (Ctrl+E)</source>
        <translation>Hồ sơ quá hạn, đến hạn, chờ bổ sung; văn bản xin lỗi; xác nhận rà soát (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="136"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="141"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Lịch làm việc</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="144"/>
        <source>Days off, worked days and office sessions (Ctrl+L)</source>
        <translation>Ngày nghỉ, ngày làm bù và giờ làm việc (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="147"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="152"/>
        <source>Procedure c&amp;atalogue</source>
        <translation>&amp;Danh mục thủ tục</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="155"/>
        <source>Procedures and fields, import and export (Ctrl+T)</source>
        <translation>Thủ tục và lĩnh vực, nhập và xuất tệp (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="158"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="163"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="166"/>
        <source>Agency, policies, paper, backups (administrators)</source>
        <translation>Cơ quan, quy định, khổ giấy, sao lưu (quản trị hệ thống)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="171"/>
        <source>&amp;Statistics report</source>
        <translation>&amp;Báo cáo thống kê</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="174"/>
        <source>Results report (Form 06) with charts (Ctrl+R)</source>
        <translation>Báo cáo kết quả giải quyết (Biểu 06) kèm biểu đồ (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="177"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="182"/>
        <source>&amp;Notices to applicants</source>
        <translation>&amp;Thông báo cho người nộp</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="185"/>
        <source>Text messages and e-mails sent, failed or waiting</source>
        <translation>Tin nhắn và thư điện tử đã gửi, gửi lỗi hoặc đang chờ</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="190"/>
        <source>Notices, ratings and &amp;postal service...</source>
        <translation>Thông báo, đánh giá và &amp;bưu chính...</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="193"/>
        <source>E-mail server, text-message gateway, satisfaction target (administrators)</source>
        <translation>Máy chủ thư, cổng tin nhắn, chỉ tiêu hài lòng (quản trị hệ thống)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="198"/>
        <source>Print today&apos;s &amp;postal hand-over list</source>
        <translation>In danh sách bàn giao &amp;bưu chính hôm nay</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="201"/>
        <source>The results handed to the postal clerk today, for both signatures</source>
        <translation>Các kết quả giao cho nhân viên bưu chính hôm nay, để hai bên ký</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="206"/>
        <source>S&amp;canner folder...</source>
        <translation>Thư mục &amp;máy quét...</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="209"/>
        <source>The folder where this counter&apos;s scanner saves its scans (shown in the intake screen)</source>
        <translation>Thư mục máy quét của quầy này lưu bản quét (hiện ở màn hình tiếp nhận)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="214"/>
        <source>Counter&apos;s p&amp;rinter...</source>
        <translation>Máy &amp;in của quầy...</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="217"/>
        <source>The printer this counter prints on (the system&apos;s default unless chosen)</source>
        <translation>Máy in quầy này dùng (máy in mặc định của hệ thống nếu chưa chọn)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="222"/>
        <source>Acco&amp;unts...</source>
        <translation>&amp;Tài khoản...</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="225"/>
        <source>Add, lock or unlock accounts, set a new password (administrators)</source>
        <translation>Thêm, khóa, mở lại tài khoản, đặt mật khẩu mới (quản trị hệ thống)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="230"/>
        <source>Change my pass&amp;word...</source>
        <translation>Đổi &amp;mật khẩu của tôi...</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="235"/>
        <source>Sign &amp;out / switch user</source>
        <translation>Đăng &amp;xuất / đổi người dùng</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="240"/>
        <source>&amp;Language: Tiếng Việt / English</source>
        <translation>&amp;Ngôn ngữ: Tiếng Việt / English</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="243"/>
        <source>Switch the interface language (from the next start)</source>
        <translation>Đổi ngôn ngữ giao diện (từ lần mở sau)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="248"/>
        <source>&amp;About desk</source>
        <translation>&amp;Giới thiệu desk</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../desk_app/ui/accounts.py" line="69"/>
        <source>New account</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/accounts.py" line="78"/>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/accounts.py" line="79"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/accounts.py" line="80"/>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/accounts.py" line="81"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/accounts.py" line="82"/>
        <source>Password &amp;again:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/accounts.py" line="86"/>
        <source>The two passwords differ</source>
        <translation>Hai lần nhập mật khẩu không khớp</translation>
    </message>
</context>
<context>
    <name>NoticeSettingsDialog</name>
    <message>
        <location filename="../../desk_app/ui/notice_settings.py" line="28"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (cổng 587)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/notice_settings.py" line="29"/>
        <source>TLS from the start (port 465)</source>
        <translation>TLS ngay từ đầu (cổng 465)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/notice_settings.py" line="30"/>
        <source>None (inside the agency&apos;s network only)</source>
        <translation>Không mã hóa (chỉ trong mạng nội bộ của cơ quan)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/notice_settings.py" line="33"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/notice_settings.py" line="34"/>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/notice_settings.py" line="78"/>
        <source>%1 settings changed.</source>
        <translation>Đã thay đổi %1 cài đặt.</translation>
    </message>
    <message>
        <location filename="../../forms/notice_settings.ui" line="14"/>
        <source>Notices, ratings and postal service</source>
        <translation>Thông báo, đánh giá và bưu chính</translation>
    </message>
    <message>
        <location filename="../../forms/notice_settings.ui" line="20"/>
        <source>Notices sent to applicants</source>
        <translation>Các thông báo gửi người nộp</translation>
    </message>
    <message>
        <location filename="../../forms/notice_settings.ui" line="26"/>
        <source>Dossier &amp;received</source>
        <translation>Đã tiếp &amp;nhận</translation>
    </message>
    <message>
        <location filename="../../forms/notice_settings.ui" line="33"/>
        <source>&amp;Supplement requested</source>
        <translation>Yêu cầu &amp;bổ sung</translation>
    </message>
    <message>
        <location filename="../../forms/notice_settings.ui" line="40"/>
        <source>Result &amp;ready</source>
        <translation>Có &amp;kết quả</translation>
    </message>
    <message>
        <location filename="../../forms/notice_settings.ui" line="47"/>
        <source>Result ready &amp;early</source>
        <translation>Có kết quả &amp;trước hẹn</translation>
    </message>
    <message>
        <location filename="../../forms/notice_settings.ui" line="54"/>
        <source>&amp;Apology, new appointment</source>
        <translation>&amp;Xin lỗi, hẹn lại</translation>
    </message>
    <message>
        <location filename="../../forms/notice_settings.ui" line="61"/>
        <source>Re&amp;fused</source>
        <translation>Từ &amp;chối</translation>
    </message>
    <message>
        <location filename="../../forms/notice_settings.ui" line="68"/>
        <source>S&amp;topped</source>
        <translation>&amp;Dừng giải quyết</translation>
    </message>
    <message>
        <location filename="../../forms/notice_settings.ui" line="78"/>
        <source>E-mail (SMTP)</source>
        <translation>Thư điện tử (SMTP)</translation>
    </message>
    <message>
        <location filename="../../forms/notice_settings.ui" line="84"/>
        <source>Mail &amp;server:</source>
        <translation>&amp;Máy chủ thư:</translation>
    </message>
    <message>
        <location filename="../../forms/notice_settings.ui" line="100"/>
        <source>P&amp;ort:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <location filename="../../forms/notice_settings.ui" line="119"/>
        <source>Se&amp;curity:</source>
        <translation>Mã &amp;hóa:</translation>
    </message>
    <message>
        <location filename="../../forms/notice_settings.ui" line="132"/>
        <source>Sign-in &amp;name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <location filename="../../forms/notice_settings.ui" line="145"/>
        <source>Pass&amp;word:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <location filename="../../forms/notice_settings.ui" line="161"/>
        <source>Sender a&amp;ddress:</source>
        <translation>Địa chỉ &amp;gửi:</translation>
    </message>
    <message>
        <location filename="../../forms/notice_settings.ui" line="177"/>
        <source>Text messages (HTTP gateway)</source>
        <translation>Tin nhắn (cổng HTTP)</translation>
    </message>
    <message>
        <location filename="../../forms/notice_settings.ui" line="183"/>
        <source>Gateway &amp;URL:</source>
        <translation>Địa chỉ &amp;cổng:</translation>
    </message>
    <message>
        <location filename="../../forms/notice_settings.ui" line="199"/>
        <source>&amp;Method:</source>
        <translation>&amp;Phương thức:</translation>
    </message>
    <message>
        <location filename="../../forms/notice_settings.ui" line="212"/>
        <source>&amp;Headers (JSON):</source>
        <translation>&amp;Tiêu đề (JSON):</translation>
    </message>
    <message>
        <location filename="../../forms/notice_settings.ui" line="228"/>
        <source>&amp;Body template:</source>
        <translation>&amp;Mẫu nội dung:</translation>
    </message>
    <message>
        <location filename="../../forms/notice_settings.ui" line="241"/>
        <source>Send text messages &amp;without diacritics (160 characters a message instead of 70)</source>
        <translation>Gửi tin nhắn &amp;không dấu (160 ký tự một tin thay vì 70)</translation>
    </message>
    <message>
        <location filename="../../forms/notice_settings.ui" line="250"/>
        <source>Ratings and postal service</source>
        <translation>Đánh giá và bưu chính</translation>
    </message>
    <message>
        <location filename="../../forms/notice_settings.ui" line="256"/>
        <source>Satisfaction &amp;target (%):</source>
        <translation>&amp;Chỉ tiêu hài lòng (%):</translation>
    </message>
    <message>
        <location filename="../../forms/notice_settings.ui" line="275"/>
        <source>Days before an undelivered &amp;postal result is listed:</source>
        <translation>Số ngày kết quả gửi &amp;bưu chính chưa phát thì báo:</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../desk_app/ui/outbox.py" line="92"/>
        <source>Notices to applicants</source>
        <translation>Thông báo cho người nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/outbox.py" line="100"/>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/outbox.py" line="101"/>
        <source>Notice</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/outbox.py" line="102"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/outbox.py" line="103"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/outbox.py" line="104"/>
        <source>Attempts</source>
        <translation>Số lần gửi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/outbox.py" line="105"/>
        <source>Sent / next attempt</source>
        <translation>Đã gửi / lần gửi tới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/outbox.py" line="106"/>
        <source>Size</source>
        <translation>Độ dài</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/outbox.py" line="107"/>
        <source>Why it failed</source>
        <translation>Lý do lỗi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/outbox.py" line="116"/>
        <source>&amp;Send now</source>
        <translation>&amp;Gửi ngay</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/outbox.py" line="117"/>
        <source>&amp;Retry the failed ones</source>
        <translation>Gửi &amp;lại các thông báo lỗi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/outbox.py" line="118"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/outbox.py" line="119"/>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/outbox.py" line="137"/>
        <source>Waiting: %1 · sent: %2 · failed: %3</source>
        <translation>Đang chờ: %1 · đã gửi: %2 · lỗi: %3</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/outbox.py" line="142"/>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/outbox.py" line="142"/>
        <source>Text message</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/outbox.py" line="144"/>
        <source>Waiting</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/outbox.py" line="145"/>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/outbox.py" line="146"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/outbox.py" line="147"/>
        <source>Failed</source>
        <translation>Gửi không được</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/outbox.py" line="152"/>
        <source>%1 msg</source>
        <translation>%1 tin</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/outbox.py" line="172"/>
        <source>Sending...</source>
        <translation>Đang gửi...</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/outbox.py" line="193"/>
        <source>Sent %1; to retry later %2; failed %3.</source>
        <translation>Đã gửi %1; gửi lại sau %2; gửi không được %3.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/outbox.py" line="206"/>
        <source>%1 notices queued again.</source>
        <translation>Đưa lại vào hàng đợi %1 thông báo.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desk_app/ui/accounts.py" line="97"/>
        <source>Change my password</source>
        <translation>Đổi mật khẩu của tôi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/accounts.py" line="97"/>
        <source>New password for %1</source>
        <translation>Mật khẩu mới cho %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/accounts.py" line="102"/>
        <source>&amp;Current password:</source>
        <translation>Mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/accounts.py" line="105"/>
        <source>&amp;New password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/accounts.py" line="106"/>
        <source>Password &amp;again:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/accounts.py" line="110"/>
        <source>The two passwords differ</source>
        <translation>Hai lần nhập mật khẩu không khớp</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../../desk_app/ui/printer.py" line="122"/>
        <source>Preview: %1</source>
        <translation>Xem trước: %1</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../../desk_app/ui/citizen.py" line="101"/>
        <source>The applicant&apos;s rating</source>
        <translation>Đánh giá của người nộp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen.py" line="107"/>
        <source>The applicant does not rate now</source>
        <translation>Người nộp không đánh giá lúc này</translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <location filename="../../desk_app/ui/citizen.py" line="36"/>
        <source>Very satisfied</source>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen.py" line="37"/>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen.py" line="38"/>
        <source>Not satisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen.py" line="74"/>
        <source>Your comment (optional)</source>
        <translation>Ý kiến của Ông/Bà (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/citizen.py" line="85"/>
        <source>How satisfied are you with the handling of dossier %1?</source>
        <translation>Ông/Bà đánh giá thế nào về việc giải quyết hồ sơ %1?</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="62"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="63"/>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="64"/>
        <source>Six months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="65"/>
        <source>Nine months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="66"/>
        <location filename="../../forms/reports_page.ui" line="36"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="67"/>
        <source>Two dates</source>
        <translation>Từ ngày đến ngày</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="76"/>
        <source>Field, procedure</source>
        <translation>Lĩnh vực, thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="77"/>
        <source>Received (3)</source>
        <translation>Tổng nhận (3)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="78"/>
        <source>Online (4)</source>
        <translation>Trực tuyến (4)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="79"/>
        <source>Direct, postal (5)</source>
        <translation>Trực tiếp, BC (5)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="80"/>
        <source>Carried over (6)</source>
        <translation>Kỳ trước (6)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="81"/>
        <source>Resolved (7)</source>
        <translation>Đã giải quyết (7)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="82"/>
        <source>Early (8)</source>
        <translation>Trước hạn (8)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="83"/>
        <source>On time (9)</source>
        <translation>Đúng hạn (9)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="84"/>
        <source>Late (10)</source>
        <translation>Quá hạn (10)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="85"/>
        <source>In progress (11)</source>
        <translation>Đang giải quyết (11)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="86"/>
        <source>Within deadline (12)</source>
        <translation>Chưa đến hạn (12)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="87"/>
        <source>Overdue (13)</source>
        <translation>Quá hạn (13)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="121"/>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="125"/>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="128"/>
        <source>First half</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="129"/>
        <source>Second half</source>
        <translation>6 tháng cuối năm</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="178"/>
        <source>Computing the report...</source>
        <translation>Đang lập báo cáo...</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="187"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="203"/>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="210"/>
        <source>%1: on time or early %2 of resolved; online %3 of received. New in the period: counter %4, post %5, online %6.</source>
        <translation>Kỳ %1: giải quyết trước và đúng hạn %2; hồ sơ trực tuyến %3. Tiếp nhận mới trong kỳ: trực tiếp %4, bưu chính %5, trực tuyến %6.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="225"/>
        <source>Satisfied: %1 of %2 ratings (target %3 %).</source>
        <translation>Hài lòng: %1 trong %2 lượt đánh giá (chỉ tiêu %3 %).</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="288"/>
        <source>On time or early, % of resolved, last 12 months</source>
        <translation>Tỷ lệ trước và đúng hạn (%), 12 tháng gần nhất</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="289"/>
        <source>On time or early</source>
        <translation>Trước và đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="298"/>
        <source>Received in the period, by channel</source>
        <translation>Tiếp nhận mới trong kỳ theo kênh</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="301"/>
        <source>At the counter</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="302"/>
        <source>By post</source>
        <translation>Bưu chính</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="303"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="317"/>
        <source>Satisfied, % of ratings, against the target of %1 %</source>
        <translation>Tỷ lệ hài lòng (%) so với chỉ tiêu %1 %</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="320"/>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="326"/>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="338"/>
        <source>Steps over their time budget, % by department</source>
        <translation>Tỷ lệ bước quá thời gian (%) theo phòng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="339"/>
        <source>Over budget</source>
        <translation>Quá thời gian</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="357"/>
        <location filename="../../desk_app/ui/reports.py" line="368"/>
        <source>Export the report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="359"/>
        <source>Excel, official form (*.xlsx);;PDF (*.pdf);;CSV (*.csv)</source>
        <translation>Excel theo mẫu biểu (*.xlsx);;PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="19"/>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="29"/>
        <source>Month, quarter, year, or any two dates</source>
        <translation>Tháng, quý, năm hoặc từ ngày đến ngày</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="49"/>
        <source>Month or quarter</source>
        <translation>Tháng hoặc quý</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="56"/>
        <source>&amp;From</source>
        <translation>&amp;Từ</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="69"/>
        <location filename="../../forms/reports_page.ui" line="89"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="76"/>
        <source>&amp;To</source>
        <translation>Đế&amp;n</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="96"/>
        <source>Sh&amp;ow</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="99"/>
        <source>Compute the report for the period (F5)</source>
        <translation>Lập báo cáo cho kỳ đã chọn (F5)</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="102"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="125"/>
        <source>&amp;Export...</source>
        <translation>X&amp;uất tệp...</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="128"/>
        <source>Save the report as XLSX (official form), PDF or CSV (Ctrl+Shift+E)</source>
        <translation>Lưu báo cáo ra XLSX (đúng mẫu biểu), PDF hoặc CSV (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="131"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../forms/review_page.ui" line="45"/>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../forms/review_page.ui" line="50"/>
        <source>Applicant</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../forms/review_page.ui" line="55"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../forms/review_page.ui" line="60"/>
        <source>Due</source>
        <translation>Hạn giải quyết</translation>
    </message>
    <message>
        <location filename="../../forms/review_page.ui" line="65"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../forms/review_page.ui" line="75"/>
        <source>&amp;Apology letters for the ticked...</source>
        <translation>&amp;Văn bản xin lỗi cho hồ sơ đã đánh dấu...</translation>
    </message>
    <message>
        <location filename="../../forms/review_page.ui" line="78"/>
        <source>Form 04 for every ticked overdue dossier, with one new appointment</source>
        <translation>Mẫu 04 cho từng hồ sơ quá hạn đã đánh dấu, cùng một ngày hẹn mới</translation>
    </message>
    <message>
        <location filename="../../forms/review_page.ui" line="85"/>
        <source>&amp;Print the review sheet</source>
        <translation>&amp;In phiếu rà soát</translation>
    </message>
    <message>
        <location filename="../../forms/review_page.ui" line="88"/>
        <source>The day&apos;s review on paper (Ctrl+P)</source>
        <translation>In phiếu rà soát trong ngày (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../forms/review_page.ui" line="91"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../forms/review_page.ui" line="98"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location filename="../../forms/review_page.ui" line="101"/>
        <source>Read the lists again (F5)</source>
        <translation>Đọc lại các danh sách (F5)</translation>
    </message>
    <message>
        <location filename="../../forms/review_page.ui" line="104"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../forms/review_page.ui" line="118"/>
        <source>Review &amp;done</source>
        <translation>Đã rà s&amp;oát</translation>
    </message>
    <message>
        <location filename="../../forms/review_page.ui" line="121"/>
        <source>Record who reviewed the day, and when</source>
        <translation>Ghi nhận người rà soát và thời điểm</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/review.py" line="76"/>
        <source>Review of %1</source>
        <translation>Rà soát cuối ngày %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/review.py" line="109"/>
        <source>Review done by %1 at %2</source>
        <translation>Đã rà soát: %1 lúc %2</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/review.py" line="113"/>
        <source>Not reviewed yet</source>
        <translation>Chưa rà soát</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/review.py" line="132"/>
        <source>Tick the overdue dossiers first.</source>
        <translation>Hãy đánh dấu các hồ sơ quá hạn trước.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/review.py" line="136"/>
        <location filename="../../desk_app/ui/review.py" line="142"/>
        <source>Apology letters</source>
        <translation>Văn bản xin lỗi</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/review.py" line="136"/>
        <source>Reason for the delay:</source>
        <translation>Lý do chậm trễ:</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/review.py" line="142"/>
        <source>New appointment (dd/mm/yyyy hh:mm):</source>
        <translation>Ngày hẹn mới (dd/mm/yyyy hh:mm):</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/review.py" line="149"/>
        <source>Write the date as dd/mm/yyyy hh:mm.</source>
        <translation>Ghi ngày theo dạng dd/mm/yyyy hh:mm.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/review.py" line="161"/>
        <source>%1 apology letters made.</source>
        <translation>Đã lập %1 văn bản xin lỗi.</translation>
    </message>
</context>
<context>
    <name>ScanTray</name>
    <message>
        <location filename="../../desk_app/ui/scans.py" line="86"/>
        <source>New scans in %1: %2 (select a document and press Ctrl+D)</source>
        <translation>Bản quét mới trong %1: %2 (chọn giấy tờ rồi bấm Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../forms/settings_page.ui" line="19"/>
        <source>Agency &amp;name:</source>
        <translation>Tên &amp;cơ quan:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="32"/>
        <source>&amp;Parent agency:</source>
        <translation>Cơ &amp;quan chủ quản:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="45"/>
        <source>&amp;Desk name:</source>
        <translation>Tên &amp;bộ phận:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="58"/>
        <source>&amp;Unit identifier code:</source>
        <translation>Mã định &amp;danh đơn vị:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="71"/>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="110"/>
        <source>&amp;Warn this many working days before:</source>
        <translation>Cảnh báo trước (ngày làm &amp;việc):</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="144"/>
        <source>&amp;Lookup address for the QR code:</source>
        <translation>Địa chỉ t&amp;ra cứu cho mã QR:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="84"/>
        <source>Phon&amp;e:</source>
        <translation>Điện t&amp;hoại:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="97"/>
        <source>Place for da&amp;tes:</source>
        <translation>Địa danh ghi ngà&amp;y tháng:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="127"/>
        <source>Waitin&amp;g for a supplement longer than (days):</source>
        <translation>Chờ bổ s&amp;ung quá (ngày):</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="157"/>
        <source>Receipt pape&amp;r:</source>
        <translation>Khổ giấy tiếp &amp;nhận:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="170"/>
        <source>Print d&amp;irectly to the default printer</source>
        <translation>In thẳng ra máy in mặc định</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="177"/>
        <source>&amp;Backup folder:</source>
        <translation>Thư mục sa&amp;o lưu:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="190"/>
        <source>Backups &amp;kept:</source>
        <translation>Số bản sao lưu g&amp;iữ lại:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="207"/>
        <source>Lock the window after (&amp;minutes idle, 0 = never):</source>
        <translation>Khóa cửa sổ sau (&amp;phút không dùng, 0 = không khóa):</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="224"/>
        <source>Time to supplement before the papers go back (da&amp;ys, Decree 118/2025):</source>
        <translation>Thời hạn bổ sung trước khi trả lại hồ sơ (ngày, Nghị định &amp;118/2025):</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="244"/>
        <source>Rep&amp;orting periods:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="257"/>
        <source>Dossier &amp;codes:</source>
        <translation>Mã hồ &amp;sơ:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="274"/>
        <source>Sa&amp;ve settings</source>
        <translation>&amp;Lưu cài đặt</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="277"/>
        <source>Check and store the settings (administrators)</source>
        <translation>Kiểm tra và lưu cài đặt (quản trị hệ thống)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="42"/>
        <source>A4, both copies on one sheet</source>
        <translation>A4, hai liên trên một tờ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="43"/>
        <source>A5, one sheet per copy</source>
        <translation>A5, mỗi liên một tờ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="45"/>
        <source>Closing on the 14th (Decree 09/2019): month from the 15th before</source>
        <translation>Chốt số liệu ngày 14 (Nghị định 09/2019): tháng tính từ ngày 15 tháng trước</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="47"/>
        <source>Calendar months, quarters and years</source>
        <translation>Theo tháng, quý, năm dương lịch</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="48"/>
        <source>Numbered by the desk</source>
        <translation>Bộ phận Một cửa tự cấp số</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="50"/>
        <source>Issued by the provincial system (typed or scanned at intake)</source>
        <translation>Do hệ thống của tỉnh cấp (nhập hoặc quét khi tiếp nhận)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/settings_page.py" line="91"/>
        <source>%1 settings changed.</source>
        <translation>Đã thay đổi %1 cài đặt.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desk_app/ui/sign_in.py" line="47"/>
        <location filename="../../forms/sign_in_dialog.ui" line="20"/>
        <source>Sign in to the reception desk.</source>
        <translation>Đăng nhập vào phần mềm Bộ phận Một cửa.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sign_in.py" line="49"/>
        <source>No account exists yet. Create the administrator&apos;s account: it manages the other users, the settings and the backups. There is no default password.</source>
        <translation>Chưa có tài khoản nào. Hãy tạo tài khoản quản trị hệ thống: tài khoản này quản lý người dùng, cài đặt và sao lưu. Không có mật khẩu mặc định.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sign_in.py" line="52"/>
        <source>The window was locked after a period without use.</source>
        <translation>Cửa sổ đã được khóa sau một thời gian không sử dụng.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sign_in.py" line="53"/>
        <source>An administrator&apos;s password is needed to restore a backup.</source>
        <translation>Cần mật khẩu của quản trị hệ thống để khôi phục bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sign_in.py" line="57"/>
        <source>Create the administrator</source>
        <translation>Tạo tài khoản quản trị</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sign_in.py" line="64"/>
        <source>&amp;Create</source>
        <translation>&amp;Tạo tài khoản</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sign_in.py" line="64"/>
        <source>&amp;Sign in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sign_in.py" line="66"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sign_in.py" line="76"/>
        <source>The two passwords differ.</source>
        <translation>Hai lần nhập mật khẩu không khớp.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/sign_in.py" line="81"/>
        <source>Only the signed-in user can unlock the window.</source>
        <translation>Chỉ người đang đăng nhập mới mở khóa được cửa sổ.</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="14"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="32"/>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="45"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="58"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="75"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <location filename="../../desk_app/ui/start.py" line="20"/>
        <source>The database is damaged</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/start.py" line="22"/>
        <source>%1 No backup was found. Create a new, empty register here? Only do so if this is a new installation: dossier numbering starts again at 1.</source>
        <translation>%1 Không tìm thấy bản sao lưu nào. Tạo sổ hồ sơ mới, trống tại đây? Chỉ làm vậy khi đây là cài đặt mới: số thứ tự hồ sơ sẽ bắt đầu lại từ 1.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/start.py" line="32"/>
        <source>%1 No backup that passes the check was found. Nothing was written to the file.</source>
        <translation>%1 Không tìm thấy bản sao lưu nào còn tốt. Chương trình không ghi gì vào tệp này.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/start.py" line="37"/>
        <source>%1 Nothing was written to it. Restore the newest good backup, %2? The damaged file is kept aside.</source>
        <translation>%1 Chương trình không ghi gì vào tệp này. Khôi phục bản sao lưu gần nhất còn tốt, %2? Tệp bị hỏng được giữ lại bên cạnh.</translation>
    </message>
    <message>
        <location filename="../../desk_app/app.py" line="50"/>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/qt_support.py" line="59"/>
        <source>An unexpected error occurred. Your saved data is safe; the details are in the log file.</source>
        <translation>Đã xảy ra lỗi không mong đợi. Dữ liệu đã lưu vẫn an toàn; chi tiết nằm trong tệp nhật ký.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="21"/>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="22"/>
        <source>Being handled</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="23"/>
        <source>Waiting for a supplement</source>
        <translation>Chờ bổ sung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="26"/>
        <source>Result ready, to be returned</source>
        <translation>Có kết quả, chờ trả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="27"/>
        <source>Result returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="28"/>
        <source>Refused</source>
        <translation>Từ chối giải quyết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="29"/>
        <source>Stopped</source>
        <translation>Dừng giải quyết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="30"/>
        <source>Withdrawn</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="31"/>
        <source>Returned unsupplemented</source>
        <translation>Trả lại do không bổ sung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="39"/>
        <source>Receive</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="40"/>
        <source>Hand over to the department</source>
        <translation>Chuyển phòng chuyên môn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="41"/>
        <source>Request a supplement</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="44"/>
        <source>Supplement received</source>
        <translation>Nhận hồ sơ bổ sung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="45"/>
        <source>Result ready</source>
        <translation>Có kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="46"/>
        <source>Return the result</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="47"/>
        <source>Apologise, new appointment</source>
        <translation>Xin lỗi, hẹn lại</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="48"/>
        <source>Stop handling</source>
        <translation>Dừng giải quyết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="49"/>
        <source>Withdraw</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="50"/>
        <source>Refuse</source>
        <translation>Từ chối giải quyết</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="51"/>
        <source>Correct a typing error</source>
        <translation>Sửa lỗi nhập liệu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="52"/>
        <source>Return the papers: not supplemented</source>
        <translation>Trả hồ sơ không bổ sung</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="55"/>
        <source>Delivered by the post</source>
        <translation>Bưu điện đã phát kết quả</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="56"/>
        <source>Forward to the next step</source>
        <translation>Chuyển bước tiếp theo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="62"/>
        <source>Reception clerk</source>
        <translation>Cán bộ tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="63"/>
        <source>Desk supervisor</source>
        <translation>Lãnh đạo bộ phận</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="64"/>
        <source>System administrator</source>
        <translation>Quản trị hệ thống</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="72"/>
        <source>Same day</source>
        <translation>Trong ngày</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="73"/>
        <source>Same day (after %1: the next working day)</source>
        <translation>Trong ngày (nhận sau %1 trả ngày làm việc tiếp theo)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="77"/>
        <source>working days</source>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="78"/>
        <source>working half-days</source>
        <translation>buổi làm việc</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="79"/>
        <source>working hours</source>
        <translation>giờ làm việc</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/labels.py" line="80"/>
        <source>days</source>
        <translation>ngày</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../desk_app/ui/tasks.py" line="131"/>
        <source>An unexpected error occurred. Your saved data is safe; the details are in the log file.</source>
        <translation>Đã xảy ra lỗi không mong đợi. Dữ liệu đã lưu vẫn an toàn; chi tiết nằm trong tệp nhật ký.</translation>
    </message>
</context>
</TS>
