"""One translation mechanism: the window's names of states, actions, roles and units come from
Qt's catalogue; English shows no Vietnamese one, and Vietnamese shows the domain's own words."""

from __future__ import annotations

import re

from desk_app.domain.deadline import LimitUnit, TimeLimit
from desk_app.domain.lifecycle import EVENT_LABELS, STATE_LABELS, EventKind, State
from desk_app.domain.roles import Role

VIETNAMESE = re.compile(r"[À-ỹĐđ]")


def _all_labels():
    from desk_app.ui import labels

    return (
        [labels.state_label(s) for s in State]
        + [labels.event_label(k) for k in EventKind]
        + [labels.role_label(r) for r in Role]
        + [labels.limit_label(TimeLimit(3, u)) for u in LimitUnit if u is not LimitUnit.SAME_DAY]
        + [labels.limit_label(TimeLimit(0, LimitUnit.SAME_DAY, None))]
    )


def test_english_shows_no_vietnamese_label(qapp):
    found = _all_labels()
    assert all(not VIETNAMESE.search(text) for text in found), found


def test_vietnamese_labels_are_the_domains_words(qapp):
    from desk_app.ui import labels
    from desk_app.ui.qt_support import install_translators

    translators = install_translators(qapp, "vi")
    try:
        assert [labels.state_label(s) for s in State] == [STATE_LABELS[s] for s in State]
        assert [labels.event_label(k) for k in EventKind] == [EVENT_LABELS[k] for k in EventKind]
        assert [labels.role_label(r) for r in Role] == [r.label_vi for r in Role]
        limit = TimeLimit(15, LimitUnit.WORKING_DAYS)
        assert labels.limit_label(limit) == limit.describe()
        same_day = TimeLimit(0, LimitUnit.SAME_DAY, __import__("datetime").time(15, 0))
        assert labels.limit_label(same_day) == same_day.describe()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
