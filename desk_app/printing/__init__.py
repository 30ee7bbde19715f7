"""Printed documents as PDF (reportlab): the seven one-stop forms, the end-of-day review sheet and
the queue slip. Plain Python, no Qt: the PDF is the record that is previewed, printed and kept."""

# The documents by name: those of one dossier, and those of a range of days. Here, where the
# command line can read them without loading reportlab.
DOSSIER_FORMS = (
    "receipt",
    "supplement",
    "refusal",
    "apology",
    "stop",
    "unsupplemented",
    "control",
    "slip",
)
RANGE_FORMS = ("register", "review", "postal-list")
