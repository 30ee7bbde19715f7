"""Modules generated from forms/*.ui by scripts/build_ui.py. Do not edit by hand."""
