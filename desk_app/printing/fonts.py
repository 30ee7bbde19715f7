"""The serif typeface of every printed document: Liberation Serif (Times New Roman metrics, every
Vietnamese letter; SIL Open Font License, shipped in resources/fonts with its licence).

Registered once per process and embedded (subset) in each PDF. There is no fallback: a missing
font file is an error, never a PDF with empty boxes instead of "ắ, ặ, ề, ộ, ữ, đ".
"""

from __future__ import annotations

import functools

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desk_app.resources_path import resource_path

SERIF = "DeskSerif"
SERIF_BOLD = "DeskSerif-Bold"
SERIF_ITALIC = "DeskSerif-Italic"
SERIF_BOLD_ITALIC = "DeskSerif-BoldItalic"

_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}

# Every letter Vietnamese writes, both cases.
VIETNAMESE = (
    "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
    "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴĐ"
)


@functools.cache
def register_fonts() -> str:
    """Register the family (once) and return the regular face's name."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    addMapping(SERIF, 0, 0, SERIF)
    addMapping(SERIF, 1, 0, SERIF_BOLD)
    addMapping(SERIF, 0, 1, SERIF_ITALIC)
    addMapping(SERIF, 1, 1, SERIF_BOLD_ITALIC)
    return SERIF


def missing_glyphs(font_name: str, text: str = VIETNAMESE) -> str:
    """The characters of ``text`` the registered font has no glyph for."""
    face = pdfmetrics.getFont(font_name).face
    return "".join(ch for ch in dict.fromkeys(text) if ord(ch) not in face.charToGlyph)
