"""Two counters on one register (a shared SQLite file, or PostgreSQL): what one registers shows
in the other's open dossier list and review within two seconds, without anyone refreshing and
without losing the row the clerk had selected."""

from __future__ import annotations

import datetime as dt

from desk_app.services import setup
from desk_app.services.desk import Desk
from desk_app.services.dossiers import Intake


def test_a_registration_at_one_counter_shows_at_the_other(qtbot, db):
    from desk_app.ui.dossiers import DossiersPage
    from desk_app.ui.review import ReviewPage

    setup.initialise(db, samples=True)
    here = Desk(db)
    there = Desk.open(db.url)  # another counter: its own connections
    try:
        now = dt.datetime.now().replace(second=0, microsecond=0)
        for i in range(3):
            here.register(Intake("1.009645", f"Công ty Cổ phần Số {i}", received_at=now))
        page = DossiersPage(here, open_dialogs=False)
        review = ReviewPage(here)
        for widget in (page, review):
            qtbot.addWidget(widget)
            widget.show()
        page.ui.table.setCurrentIndex(page.model.index(1, 0))
        selected = page.selected_code()
        assert selected is not None
        here.watch(interval=0.1)

        code = there.register(Intake("1.009645", "Công ty TNHH Đại Phát", received_at=now))
        code = code.value.code
        qtbot.waitUntil(lambda: page.model.row_of(code) is not None, timeout=2000)
        qtbot.waitUntil(lambda: code in review.codes(), timeout=2000)
        assert page.selected_code() == selected  # the clerk's row is still the selected one
        assert page.model.total == 4
    finally:
        here.unwatch()
        there.close()
