"""Qt widgets. The only package (with desk_app.app) that imports PySide6."""
