"""The Reports screen: the official results report for a period, its charts, and its export."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTreeWidgetItem, QWidget

from desk_app.domain.statistics import (
    GROUPINGS,
    MonthRate,
    Report,
    percent_text,
)
from desk_app.services import report_files
from desk_app.services.desk import Desk
from desk_app.services.ratings import SatisfactionReport
from desk_app.services.steps_report import StepsReport
from desk_app.ui.generated.ui_reports_page import Ui_ReportsPage
from desk_app.ui.labels import number
from desk_app.ui.tasks import BackgroundTask, show_error

KINDS = ("month", "quarter", "half", "nine", "year", "custom")


@dataclass(frozen=True)
class _Result:
    report: Report
    months: list[MonthRate]
    satisfaction: SatisfactionReport | None = None  # the period's ratings
    satisfaction_months: SatisfactionReport | None = None  # by month, last 12 months
    steps: StepsReport | None = None  # where the time went, by department


class ReportsPage(QWidget):
    def __init__(self, desk: Desk, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.desk = desk
        self.today = today or dt.date.today()
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self.result: _Result | None = None
        self.task: BackgroundTask | None = None
        ui = self.ui
        for kind, text in zip(
            KINDS,
            (
                self.tr("Month"),
                self.tr("Quarter"),
                self.tr("Six months"),
                self.tr("Nine months"),
                self.tr("Year"),
                self.tr("Two dates"),
            ),
            strict=True,
        ):
            ui.period_kind.addItem(text, kind)
        ui.year.setValue(self.today.year)
        ui.date_from.setDate(QDate(self.today.year, 1, 1))
        ui.date_to.setDate(QDate(self.today.year, self.today.month, self.today.day))
        headers = [
            self.tr("Field, procedure"),
            self.tr("Received (3)"),
            self.tr("Online (4)"),
            self.tr("Direct, postal (5)"),
            self.tr("Carried over (6)"),
            self.tr("Resolved (7)"),
            self.tr("Early (8)"),
            self.tr("On time (9)"),
            self.tr("Late (10)"),
            self.tr("In progress (11)"),
            self.tr("Within deadline (12)"),
            self.tr("Overdue (13)"),
        ]
        ui.table.setColumnCount(len(headers))
        # two lines ("Received" over "(3)") leave the names of the procedures room to show
        ui.table.setHeaderLabels([h.replace(" (", "\n(") for h in headers])
        header = ui.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.rate_view = self._chart_view()
        self.channel_view = self._chart_view()
        self.satisfaction_view = self._chart_view()
        self.steps_view = self._chart_view()
        ui.charts_layout.addWidget(self.rate_view, 3)
        ui.charts_layout.addWidget(self.channel_view, 2)
        ui.charts_layout.addWidget(self.satisfaction_view, 3)
        ui.charts_layout.addWidget(self.steps_view, 3)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.export_button.setEnabled(False)
        ui.period_kind.currentIndexChanged.connect(self._kind_changed)
        ui.show_button.clicked.connect(self.compute)
        ui.export_button.clicked.connect(lambda: self.export())  # not export(checked)
        self._restore_choices()

    # ------------------------------------------------------------------ period

    def _kind_changed(self) -> None:
        kind = self.ui.period_kind.currentData()
        part = self.ui.part
        part.clear()
        if kind == "month":
            for month in range(1, 13):
                part.addItem(self.tr("Month %1").replace("%1", str(month)), month)
            part.setCurrentIndex(self.today.month - 1)
        elif kind == "quarter":
            for quarter in range(1, 5):
                part.addItem(self.tr("Quarter %1").replace("%1", str(quarter)), quarter)
            part.setCurrentIndex((self.today.month - 1) // 3)
        elif kind == "half":
            part.addItem(self.tr("First half"), 1)
            part.addItem(self.tr("Second half"), 2)
            part.setCurrentIndex((self.today.month - 1) // 6)
        custom = kind == "custom"
        self.ui.year.setVisible(not custom)
        part.setVisible(kind in ("month", "quarter", "half"))
        for widget in (self.ui.from_label, self.ui.date_from, self.ui.to_label, self.ui.date_to):
            widget.setVisible(custom)

    def period(self) -> tuple[dt.date, dt.date]:
        """The chosen period's dates, under the agency's cut-off (Decree 09/2019's 14th, or
        calendar periods: setting ``report_cutoff``)."""
        kind = self.ui.period_kind.currentData()
        if kind == "custom":
            return self.ui.date_from.date().toPython(), self.ui.date_to.date().toPython()
        year, part = self.ui.year.value(), self.ui.part.currentData()
        spec = {
            "month": f"{year}-{part:02d}" if part else "",
            "quarter": f"{year}-Q{part}",
            "half": f"{year}-H{part}",
            "nine": f"{year}-9M",
            "year": f"{year}",
        }[kind]
        return self.desk.report_period(spec)

    def set_period(self, first: dt.date, last: dt.date) -> None:
        """Two dates (used by tests and by links from other screens)."""
        self.ui.period_kind.setCurrentIndex(KINDS.index("custom"))
        self.ui.date_from.setDate(QDate(first.year, first.month, first.day))
        self.ui.date_to.setDate(QDate(last.year, last.month, last.day))

    # ------------------------------------------------------------------ compute

    def compute(self) -> None:
        first, last = self.period()
        desk, end_month = self.desk, min(last, self.today)
        if self.task is not None and self.task.running:
            return

        def work() -> _Result:
            start = (end_month.replace(day=1) - dt.timedelta(days=335)).replace(day=1)
            return _Result(
                desk.report(first, last, now=dt.datetime.now()),
                desk.monthly_on_time(end_month),
                desk.satisfaction(first, last),
                desk.satisfaction(start, end_month, "month"),
                desk.steps_report(first, last),
            )

        self.ui.show_button.setEnabled(False)
        self.task = BackgroundTask(self, self.tr("Computing the report..."), work)
        self.task.finished.connect(self._show)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(lambda _text: self.ui.show_button.setEnabled(True))
        self.task.start()
        self._save_choices()

    def _failed(self, exc: Exception) -> None:
        self.ui.show_button.setEnabled(True)
        show_error(self, self.tr("Report"), exc)

    def _show(self, result: _Result) -> None:
        self.result = result
        self.ui.show_button.setEnabled(True)
        self.ui.export_button.setEnabled(True)
        report = result.report
        table = self.ui.table
        table.clear()
        bold = QFont(table.font())
        bold.setBold(True)
        for row in report.fields:
            item = self._item(row.name, row.counts.values(), bold)
            for child in row.children:
                item.addChild(self._item(f"{child.name} ({child.code})", child.counts.values()))
            table.addTopLevelItem(item)
        total = self._item(self.tr("Total"), report.total.values(), bold)
        for column in range(table.columnCount()):
            total.setBackground(column, QBrush(QColor("#e8e8e8")))
        table.addTopLevelItem(total)
        channels = report.received_by_channel
        self.ui.summary.setText(
            self.tr(
                "%1: on time or early %2 of resolved; online %3 of received. "
                "New in the period: counter %4, post %5, online %6."
            )
            .replace("%1", report.period_text)
            .replace("%2", percent_text(report.total.on_time_rate))
            .replace("%3", percent_text(report.total.online_share))
            .replace("%4", str(channels.get("counter", 0)))
            .replace("%5", str(channels.get("postal", 0)))
            .replace("%6", str(channels.get("online", 0)))
        )
        if result.satisfaction is not None:
            total = result.satisfaction.total
            self.ui.summary.setText(
                self.ui.summary.text()
                + " "
                + self.tr("Satisfied: %1 of %2 ratings (target %3 %).")
                .replace("%1", percent_text(total.satisfied_rate))
                .replace("%2", str(total.rated))
                .replace("%3", str(result.satisfaction.target))
            )
        self._draw_rate_chart(result.months)
        self._draw_channel_chart(channels)
        if result.satisfaction_months is not None:
            self._draw_satisfaction_chart(result.satisfaction_months)
        if result.steps is not None:
            self._draw_steps_chart(result.steps)

    @staticmethod
    def _item(name: str, values: tuple[int, ...], font: QFont | None = None) -> QTreeWidgetItem:
        item = QTreeWidgetItem([name, *(number(v) for v in values)])
        item.setToolTip(0, name)
        for column in range(1, len(values) + 1):
            item.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        if font is not None:
            for column in range(len(values) + 1):
                item.setFont(column, font)
        return item

    # ------------------------------------------------------------------ charts

    def _chart_view(self) -> QChartView:
        view = QChartView()
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(220)
        return view

    @staticmethod
    def _percent_chart(
        title: str, name: str, colour: str, values: list[float], categories: list[str]
    ) -> tuple[QChart, QBarCategoryAxis, QValueAxis]:
        """Bars of per cents (0-100) over categories, their values written on them."""
        chart = QChart()
        chart.setTitle(title)
        bars = QBarSet(name)
        bars.setColor(QColor(colour))
        for value in values:  # whole per cents: no decimal point to write the C way
            bars.append(round(value))
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(categories or ["-"])
        axis_y = QValueAxis()
        axis_y.setRange(0, 100)
        axis_y.setLabelFormat("%d")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        chart.legend().setVisible(False)
        return chart, axis_x, axis_y

    def _draw_rate_chart(self, months: list[MonthRate]) -> None:
        chart, _x, _y = self._percent_chart(
            self.tr("On time or early, % of resolved, last 12 months"),
            self.tr("On time or early"),
            "#2e7d32",
            [0 if m.rate is None else round(m.rate * 100, 1) for m in months],
            [f"{m.month:%m/%y}" for m in months],
        )
        self.rate_view.setChart(chart)

    def _draw_channel_chart(self, channels: dict[str, int]) -> None:
        chart = QChart()
        chart.setTitle(self.tr("Received in the period, by channel"))
        series = QPieSeries()
        names = {
            "counter": self.tr("At the counter"),
            "postal": self.tr("By post"),
            "online": self.tr("Online"),
        }
        for key, color in (("counter", "#1565c0"), ("postal", "#ef6c00"), ("online", "#6a1b9a")):
            count = channels.get(key, 0)
            pie_slice = series.append(f"{names[key]}: {count}", count)
            pie_slice.setColor(QColor(color))
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.channel_view.setChart(chart)

    def _draw_satisfaction_chart(self, months: SatisfactionReport) -> None:
        """Satisfied, % of the ratings of each month, against the agency's target (a line)."""
        rates = [row.satisfied_rate for row in months.rows]
        chart, axis_x, axis_y = self._percent_chart(
            self.tr("Satisfied, % of ratings, against the target of %1 %").replace(
                "%1", str(months.target)
            ),
            self.tr("Satisfied"),
            "#00838f",
            [0 if rate is None else round(rate * 100, 1) for rate in rates],
            [row.name[:2] + "/" + row.name[-2:] for row in months.rows],
        )
        target = QLineSeries()
        target.setName(self.tr("Target"))
        target.setColor(QColor("#c62828"))
        for index in range(max(len(months.rows), 1)):
            target.append(index, months.target)
        chart.addSeries(target)
        target.attachAxis(axis_x)
        target.attachAxis(axis_y)
        self.satisfaction_view.setChart(chart)

    def _draw_steps_chart(self, steps: StepsReport) -> None:
        """Where the time went: for each department, the share of its steps over budget."""
        chart, _x, _y = self._percent_chart(
            self.tr("Steps over their time budget, % by department"),
            self.tr("Over budget"),
            "#ef6c00",
            [round(100 * r.late / r.handled, 1) if r.handled else 0 for r in steps.rows],
            [row.department for row in steps.rows],
        )
        self.steps_view.setChart(chart)

    # ------------------------------------------------------------------ export

    def export(self, path: Path | None = None, by: str = "field") -> Path | None:
        if self.result is None:
            return None
        if path is None:
            report = self.result.report
            folder = Path(str(QSettings().value("reports/folder", str(Path.home()))))
            suggested = folder / f"bao-cao-{report.first:%Y%m%d}-{report.last:%Y%m%d}.xlsx"
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the report"),
                str(suggested),
                self.tr("Excel, official form (*.xlsx);;PDF (*.pdf);;CSV (*.csv)"),
            )
            if not name:
                return None
            path = Path(name)
            QSettings().setValue("reports/folder", str(path.parent))
        try:
            report_files.write_report(self.result.report, path, by if by in GROUPINGS else "field")
        except Exception as exc:  # a clear message; the detail of an unexpected one is logged
            show_error(self, self.tr("Export the report"), exc)
            return None
        return path

    # ------------------------------------------------------------------ remembered choices

    def _save_choices(self) -> None:
        QSettings().setValue("reports/kind", self.ui.period_kind.currentData())

    def _restore_choices(self) -> None:
        kind = str(QSettings().value("reports/kind", "quarter"))
        index = KINDS.index(kind) if kind in KINDS else 1
        self.ui.period_kind.setCurrentIndex(index)
        self._kind_changed()
