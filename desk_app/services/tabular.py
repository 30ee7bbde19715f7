"""Reading and writing tables as CSV (UTF-8, as Excel saves it) or XLSX (read with calamine,
written with openpyxl).

Both import paths (the register and the catalogue) read a header row, map its names, Vietnamese
aliases included, onto canonical column names, and hand on plain text cells with their row
numbers as a spreadsheet shows them (the header is row 1).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from desk_app.domain.errors import ValidationError
from desk_app.domain.text import fold
from desk_app.services import jobs

FORMATS = (".csv", ".xlsx")
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def table_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            f"{path.name}: chỉ nhận tệp .csv hoặc .xlsx (tệp này là {suffix or 'không đuôi'})",
            "file",
        )
    return suffix


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    reason: str

    def line(self) -> str:
        return f"dòng {self.row}, cột {self.column}: {self.reason}"


class ImportRejected(ValidationError):
    """The file has bad rows; nothing was written."""

    def __init__(self, path: Path, errors: list[RowError]):
        self.errors = errors
        super().__init__(
            f"{path.name}: {len(errors)} dòng không hợp lệ, chưa nhập dòng nào", "file"
        )


@dataclass(frozen=True)
class Table:
    """The body of a table, column by column: ``cells[name][i]`` is the stripped text of column
    ``name`` in the ``i``-th non-blank row, which the spreadsheet shows as row ``numbers[i]``."""

    columns: tuple[str, ...]  # canonical names, in file order
    numbers: list[int]
    cells: dict[str, list[str]]

    def column(self, name: str) -> list[str]:
        """The column's cells; all empty when the file has no such column."""
        found = self.cells.get(name)
        return found if found is not None else [""] * len(self.numbers)

    @functools.cached_property
    def rows(self) -> list[tuple[int, dict[str, str]]]:
        """Row by row: (spreadsheet row number, canonical name -> text)."""
        columns = self.columns
        by_row = zip(*(self.cells[name] for name in columns), strict=True)
        return [
            (n, dict(zip(columns, row, strict=True)))
            for n, row in zip(self.numbers, by_row, strict=True)
        ]


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# A cell starting with one of these is a formula to a spreadsheet (OWASP, "CSV injection"): an
# exported applicant named =HYPERLINK(...) must stay a name. CSV cells get a leading apostrophe
# (which spreadsheets hide, and the import takes off again); XLSX cells are typed as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _unquoted(cells: list[str]) -> list[str]:
    """The cells of a column with the apostrophe of :func:`csv_safe` taken off."""
    if "\n'" not in "\n" + "\n".join(cells):  # the usual column: one pass in C
        return cells
    return [c[1:] if c[:1] == "'" and c[1:].startswith(FORMULA_STARTS) else c for c in cells]


def _raw_rows(path: Path) -> Iterator[list[str]]:
    """The rows of the file as lists of text, read as they are needed (a CSV file is never
    held whole in memory); a file that cannot be read is a :class:`ValidationError`."""
    if table_format(path) == ".xlsx":
        return _xlsx_rows(path)
    return _csv_rows(path)


def _csv_rows(path: Path) -> Iterator[list[str]]:
    reader = None
    try:
        with path.open(encoding="utf-8-sig", newline="") as file:
            first_line = file.readline()
            file.seek(0)
            delimiter = max(",;\t", key=first_line.count) if first_line else ","
            reader = csv.reader(file, delimiter=delimiter)
            yield from reader
    except UnicodeDecodeError:
        raise ValidationError(
            f"{path.name}: tệp CSV không phải mã UTF-8 (trong Excel chọn lưu dạng "
            "'CSV UTF-8 (Comma delimited)')",
            "file",
        ) from None
    except csv.Error as exc:
        line = f" ở dòng {reader.line_num}" if reader is not None else ""
        raise ValidationError(f"{path.name}: tệp CSV hỏng{line} ({exc})", "file") from None


def _xlsx_rows(path: Path) -> Iterator[list[str]]:
    """The first sheet's rows from its first row on (so that row numbers are the sheet's), each
    cell as text. Read with calamine, which takes a twelfth of openpyxl's time; the values a
    formula last computed, as Excel shows them. The sheet is held by calamine (in Rust); its rows
    become Python lists one at a time (leading empty columns left out, which names nothing)."""
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        with CalamineWorkbook.from_path(path) as book:
            sheet = book.get_sheet_by_index(0).iter_rows()
    except (CalamineError, OSError, ValueError) as exc:
        message = f"{path.name}: không đọc được tệp Excel ({exc})"
        raise ValidationError(message, "file") from None
    for row in sheet:
        yield row if set(map(type, row)) <= {str} else [_cell_text(v) for v in row]


def _header_key(name: str) -> str:
    """``"Tên tổ chức, cá nhân"``, ``"ten to chuc/ca nhan"`` and ``"TEN_TO_CHUC_CA_NHAN"`` alike."""
    return " ".join(_NOT_WORD.sub(" ", fold(name)).split())


def read_table(path: Path, aliases: Mapping[str, Sequence[str]], required: Iterable[str]) -> Table:
    """Read ``path``; ``aliases`` maps each canonical column to the other header names it may
    have. Unknown columns are an error (a typo must not silently drop data)."""
    return next(read_chunks(path, aliases, required, size=None))


def read_chunks(
    path: Path,
    aliases: Mapping[str, Sequence[str]],
    required: Iterable[str],
    size: int | None = 20_000,
) -> Iterator[Table]:
    """:func:`read_table` in pieces of ``size`` rows of the file (``None``: one piece), read as
    they are asked for; at least one piece, empty when the file has no rows under its header.
    The header is checked before the first piece is given."""
    if not path.is_file():
        raise ValidationError(f"Không tìm thấy tệp {path}", "file")
    rows = _raw_rows(path)
    columns, first_number = _header(path, rows, aliases, required)
    names = tuple(c for c in columns if c is not None)

    def pieces() -> Iterator[Table]:
        number = first_number
        while True:
            batch = list(itertools.islice(rows, size))
            if batch or number == first_number:
                yield Table(names, *_body(batch, columns, number))
            if not batch or size is None or len(batch) < size:
                return
            number += len(batch)

    return pieces()


def _header(
    path: Path,
    rows: Iterator[list[str]],
    aliases: Mapping[str, Sequence[str]],
    required: Iterable[str],
) -> tuple[list[str | None], int]:
    """The canonical name of each column of the first non-blank row (None: no name), and the
    number of the row after it."""
    lookup: dict[str, str] = {}
    for canonical, names in aliases.items():
        for name in (canonical, *names):
            lookup[_header_key(name)] = canonical
    header, header_number = next(rows, None), 1
    while header is not None and not any(cell.strip() for cell in header):
        header, header_number = next(rows, None), header_number + 1
    if header is None:
        raise ValidationError(f"{path.name}: tệp trống, không có dòng tiêu đề", "file")
    columns: list[str | None] = []
    for cell in header:
        key = _header_key(cell)
        if not key:
            columns.append(None)
            continue
        if key not in lookup:
            raise ValidationError(f"{path.name}: cột không rõ «{cell.strip()}»", "file")
        if lookup[key] in columns:
            raise ValidationError(f"{path.name}: cột «{cell.strip()}» xuất hiện hai lần", "file")
        columns.append(lookup[key])
    missing = [name for name in required if name not in columns]
    if missing:
        raise ValidationError(f"{path.name}: thiếu cột {', '.join(missing)}", "file")
    return columns, header_number + 1


def _body(
    rows: list[list[str]], columns: list[str | None], first_number: int
) -> tuple[list[int], dict[str, list[str]]]:
    """Stripped cells by column, without blank rows and cells under a nameless column, and the
    row numbers of the rows kept."""
    width = len(columns)
    if all(columns) and set(map(len, rows)) <= {width}:
        # The usual file: every column named, every row as wide as the header. Transpose and
        # strip in C, one column at a time.
        by_column = [_unquoted(list(map(str.strip, cells))) for cells in zip(*rows, strict=True)]
        if not rows:  # zip() of nothing has no columns at all
            by_column = [[] for _ in columns]
        kept = list(map(any, zip(*by_column, strict=True)))
        numbers = list(range(first_number, first_number + len(rows)))
        if not all(kept):
            numbers = list(itertools.compress(numbers, kept))
            by_column = [list(itertools.compress(cells, kept)) for cells in by_column]
        return numbers, dict(zip(columns, by_column, strict=True))
    numbers = []
    by_name: dict[str, list[str]] = {name: [] for name in columns if name is not None}
    for number, cells in enumerate(rows, start=first_number):
        stripped = list(map(str.strip, cells))
        if not any(stripped):
            continue
        if len(stripped) != width:
            stripped = (stripped + [""] * width)[:width]
        numbers.append(number)
        for name, cell in zip(columns, stripped, strict=True):
            if name is not None:
                by_name[name].append(cell)
    return numbers, {name: _unquoted(cells) for name, cells in by_name.items()}


def write_table(path: Path, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write a header and ``rows`` to ``path`` (.csv with a BOM so Excel reads the accents, or
    .xlsx); through a temporary file, so a failure never leaves half a file. Returns the row
    count."""
    kind = table_format(path)
    temporary = path.with_name(f".{path.name}.part")
    count = 0
    try:
        if kind == ".xlsx":
            from openpyxl import Workbook

            book = Workbook(write_only=True)
            sheet = book.create_sheet()
            sheet.append(list(columns))
            try:
                for row in rows:
                    sheet.append([_xlsx_cell(sheet, _cell_text(v)) for v in row])
                    count += 1
                    if count % 1000 == 0:
                        jobs.checkpoint(done=count)
            except BaseException:
                sheet.close()  # openpyxl's own scratch file, not ``path``: closed, not kept
                raise
            book.save(temporary)
        else:
            with temporary.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(columns)
                for row in rows:
                    writer.writerow([csv_safe(_cell_text(v)) for v in row])
                    count += 1
                    if count % 1000 == 0:
                        jobs.checkpoint(done=count)
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ValidationError(f"Không ghi được tệp {path}: {exc.strerror or exc}", "file") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return count


def _xlsx_cell(sheet, text: str):
    """The cell as openpyxl writes it: a plain string, or for text that a spreadsheet would
    read as a formula, a cell typed as text."""
    if not text.startswith("="):  # openpyxl takes only "=..." for a formula
        return text
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    return cell


def writable_target(path: Path, field: str = "out") -> Path:
    """Refuse, before any work, a file that cannot be written where asked: a folder that does
    not exist or that this account cannot write, or a folder given as the file."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ValidationError(f"{path} là một thư mục, không phải tệp", field)
    if not folder.is_dir():
        raise ValidationError(f"Không có thư mục {folder} để ghi tệp {path.name}", field)
    probe = folder / f".{path.name}.probe"
    try:  # the one test that holds for every account and file system: write a file there
        probe.open("xb").close()
        probe.unlink()
    except FileExistsError:
        pass
    except OSError as exc:
        raise ValidationError(
            f"Không ghi được vào thư mục {folder}: {exc.strerror or exc}", field
        ) from None
    return path


def write_bytes(path: Path, data: bytes, field: str = "out") -> None:
    """Write ``data`` through a temporary file beside ``path``: a reader never sees half a
    file, and a failure leaves the old file as it was."""
    temporary = path.with_name(f".{path.name}.part")
    try:
        temporary.write_bytes(data)
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ValidationError(f"Không ghi được tệp {path}: {exc.strerror or exc}", field) from None
