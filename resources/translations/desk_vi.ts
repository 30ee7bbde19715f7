<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="23"/>
        <source>Reception desk - %s</source>
        <translation>Bộ phận Một cửa - %s</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="24"/>
        <source>Database: %s</source>
        <translation>Cơ sở dữ liệu: %s</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="32"/>
        <source>About desk</source>
        <translation>Giới thiệu desk</translation>
    </message>
    <message>
        <location filename="../../desk_app/ui/main_window.py" line="33"/>
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
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="57"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="60"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="65"/>
        <source>&amp;About desk</source>
        <translation>&amp;Giới thiệu desk</translation>
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
        <location filename="../../desk_app/ui/qt_support.py" line="47"/>
        <source>An unexpected error occurred. Your saved data is safe; the details are in the log file.</source>
        <translation>Đã xảy ra lỗi không mong đợi. Dữ liệu đã lưu vẫn an toàn; chi tiết nằm trong tệp nhật ký.</translation>
    </message>
</context>
</TS>
