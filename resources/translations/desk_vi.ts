<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../desk_app/ui/tasks.py" line="58"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="24"/>
        <source>Reception desk - %s</source>
        <translation>Bộ phận Một cửa - %s</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="25"/>
        <source>Database: %s</source>
        <translation>Cơ sở dữ liệu: %s</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="42"/>
        <source>About desk</source>
        <translation>Giới thiệu desk</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="43"/>
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
        <location filename="../../forms/main_window.ui" line="47"/>
        <source>&amp;Screens</source>
        <translation>&amp;Màn hình</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="53"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="64"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="67"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="72"/>
        <source>&amp;Statistics report</source>
        <translation>&amp;Báo cáo thống kê</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="75"/>
        <source>Results report (Form 06) with charts (Ctrl+R)</source>
        <translation>Báo cáo kết quả giải quyết (Biểu 06) kèm biểu đồ (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="78"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="83"/>
        <source>&amp;About desk</source>
        <translation>&amp;Giới thiệu desk</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="58"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="58"/>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="58"/>
        <location filename="../../forms/reports_page.ui" line="36"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="58"/>
        <source>Two dates</source>
        <translation>Từ ngày đến ngày</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="66"/>
        <source>Field, procedure</source>
        <translation>Lĩnh vực, thủ tục</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="67"/>
        <source>Received (3)</source>
        <translation>Tổng nhận (3)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="68"/>
        <source>Online (4)</source>
        <translation>Trực tuyến (4)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="69"/>
        <source>Direct, postal (5)</source>
        <translation>Trực tiếp, BC (5)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="70"/>
        <source>Carried over (6)</source>
        <translation>Kỳ trước (6)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="71"/>
        <source>Resolved (7)</source>
        <translation>Đã giải quyết (7)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="72"/>
        <source>Early (8)</source>
        <translation>Trước hạn (8)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="73"/>
        <source>On time (9)</source>
        <translation>Đúng hạn (9)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="74"/>
        <source>Late (10)</source>
        <translation>Quá hạn (10)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="75"/>
        <source>In progress (11)</source>
        <translation>Đang giải quyết (11)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="76"/>
        <source>Within deadline (12)</source>
        <translation>Chưa đến hạn (12)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="77"/>
        <source>Overdue (13)</source>
        <translation>Quá hạn (13)</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="106"/>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="110"/>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="150"/>
        <source>Computing the report...</source>
        <translation>Đang lập báo cáo...</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="159"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="175"/>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="182"/>
        <source>%1: on time or early %2 of resolved; online %3 of received. New in the period: counter %4, post %5, online %6.</source>
        <translation>Kỳ %1: giải quyết trước và đúng hạn %2; hồ sơ trực tuyến %3. Tiếp nhận mới trong kỳ: trực tiếp %4, bưu chính %5, trực tuyến %6.</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="218"/>
        <source>On time or early, % of resolved, last 12 months</source>
        <translation>Tỷ lệ trước và đúng hạn (%), 12 tháng gần nhất</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="219"/>
        <source>On time or early</source>
        <translation>Trước và đúng hạn</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="242"/>
        <source>Received in the period, by channel</source>
        <translation>Tiếp nhận mới trong kỳ theo kênh</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="245"/>
        <source>At the counter</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="246"/>
        <source>By post</source>
        <translation>Bưu chính</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="247"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="268"/>
        <location filename="../../desk_app/ui/reports.py" line="279"/>
        <source>Export the report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/reports.py" line="270"/>
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
        <source>&amp;Show</source>
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
    <name>desk</name>
    <message>
        <location filename="../../desk_app/app.py" line="41"/>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/qt_support.py" line="52"/>
        <source>An unexpected error occurred. Your saved data is safe; the details are in the log file.</source>
        <translation>Đã xảy ra lỗi không mong đợi. Dữ liệu đã lưu vẫn an toàn; chi tiết nằm trong tệp nhật ký.</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../desk_app/ui/tasks.py" line="94"/>
        <source>An unexpected error occurred. Your saved data is safe; the details are in the log file.</source>
        <translation>Đã xảy ra lỗi không mong đợi. Dữ liệu đã lưu vẫn an toàn; chi tiết nằm trong tệp nhật ký.</translation>
    </message>
</context>
</TS>
