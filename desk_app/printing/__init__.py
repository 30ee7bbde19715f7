"""Printed documents as PDF (reportlab): the seven one-stop forms, the end-of-day review sheet and
the queue slip. Plain Python, no Qt: the PDF is the record that is previewed, printed and kept."""
