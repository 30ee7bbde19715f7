"""Data files shipped with desk, installed as the package ``desk_app.resources``."""
