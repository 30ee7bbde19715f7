"""desk: the reception desk (Bộ phận Một cửa) of a Vietnamese public agency.

Layers, from the bottom up:

* ``desk_app.domain``   - the rules (calendar, deadlines, codes, validation); plain Python, no Qt.
* ``desk_app.db``       - SQLAlchemy models, Alembic migrations, opening and checking the database.
* ``desk_app.services`` - one function per use case, each in its own transaction.
* ``desk_app.ui``       - Qt widgets; they call services and nothing else.
"""

__version__ = "0.1.0"
APP_NAME = "desk"
APP_AUTHOR = "desk"
APP_TITLE = "Bộ phận Một cửa"
