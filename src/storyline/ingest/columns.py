"""Two-column page layouts in plain text: a PDF or print copy's lines set side by side.

Text copied from a two-column page (`pdftotext -layout`, a print edition's export) puts both columns
on every line, "left half ... right half", with a run of spaces (the gutter) between them, so each
line reads half a sentence from one column and half from the other. The gutter is found as the one
character column where, line after line, the right-hand text starts after a run of spaces; the lines
around it are then read column by column: all of the left one, then all of the right one.
"""

from __future__ import annotations

import re
from collections import Counter

# where a right-hand part may start: after two or more spaces, or at a line's start past its indent
_GAP = re.compile(r"(?<=\S)( {2,})(?=\S)")
# a token of prose: a word, maybe hyphenated or with an apostrophe, between quotes or before punctuation
_WORD = re.compile(r"[(\"“‘']?[^\W\d_]+(?:['’-][^\W\d_]+)*-?[.,;:!?\"”’')]*")
_MIN_LINES = 6  # a gutter seen on fewer lines may be a table, a signature block, an aligned list
_MIN_SIDE = 20  # each column's lines hold prose: on average at least this many characters


def read_columns(text: str) -> str | None:
    """`text` with its two-column stretches read column by column, or None when it has none. Each page
    (pages part at form feeds) is read on its own, and so is each stretch between full-width lines."""
    if "  " not in text or "\t" in text:
        return None
    pages = text.split("\f")
    gutter = _gutter([line.rstrip("\r") for line in text.split("\n")])  # one layout for every page
    if gutter is None:
        return None
    read = [_read_page(page, gutter) for page in pages]
    if all(r is None for r in read):
        return None
    return "\f".join(page if r is None else r for page, r in zip(pages, read, strict=True))


def _read_page(text: str, gutter: int) -> str | None:
    bare = [line.rstrip("\r") for line in text.split("\n")]
    parts = [_split(line, gutter) for line in bare]
    out: list[str] = []
    changed = False
    i = 0
    while i < len(bare):
        if parts[i] is None:
            out.append(bare[i])
            i += 1
            continue
        j = i
        while j < len(bare) and parts[j] is not None:
            j += 1
        stretch = _read_stretch(bare[i:j], [p for p in parts[i:j] if p is not None])
        changed = changed or stretch is not None
        out.extend(bare[i:j] if stretch is None else stretch)
        i = j
    return "\n".join(out) if changed else None


def _read_stretch(lines: list[str], parts: list[tuple[str, str]]) -> list[str] | None:
    """Lines between full-width ones, read column by column when they hold two columns of prose."""
    # from the first to the last line with text on both sides of the gutter ...
    both = [i for i, p in enumerate(parts) if p[0] and p[1]]
    if len(both) < _MIN_LINES // 2:
        return None
    first, last = both[0], both[-1]
    # ... and the lines run on from it in one column alone (the other's paragraph ended higher up)
    while last + 1 < len(lines) and lines[last + 1].strip():
        last += 1
    while first > 0 and lines[first - 1].strip():
        first -= 1
    lefts = [p[0] for p in parts[first : last + 1]]
    rights = [p[1] for p in parts[first : last + 1]]
    if not (_prose(lefts) and _prose(rights)):
        return None
    left, right = _column(lefts), _column(rights)
    # the left column's last sentence runs on at the top of the right one
    glue = [] if left and left[-1][-1] not in ".!?:;\"”'’)" else [""]
    return [*lines[:first], *left, *glue, *right, *lines[last + 1 :]]


def _gutter(lines: list[str]) -> int | None:
    """The column where right-hand parts start on enough lines (None when no column stands out)."""
    starts: Counter[int] = Counter()
    for line in lines:
        for m in _GAP.finditer(line):
            starts[m.end()] += 1
    if not starts:
        return None
    column, count = starts.most_common(1)[0]
    # a neighbouring column counts too: a proportional font's copy drifts by a character
    count += starts[column - 1] + starts[column + 1]
    filled = sum(1 for line in lines if line.strip())
    if count < _MIN_LINES or count < 0.4 * filled or column < 2 * _MIN_SIDE:
        return None
    return column


def _split(line: str, gutter: int) -> tuple[str, str] | None:
    """A line's left and right parts, or None when its text crosses the gutter (a full-width line)."""
    if not line.strip():
        return "", ""
    if len(line.rstrip()) < gutter:
        return line.strip(), ""  # the left column alone (the right one ended its paragraph)
    for at in (gutter, gutter - 1, gutter + 1):
        if at < len(line) and line[at] != " " and line[at - 2 : at] == "  ":
            return line[:at].strip(), line[at:].strip()
    return None


def _prose(parts: list[str]) -> bool:
    """The column's text is running prose (words), not a table's figures or a form's short fields."""
    filled = [p for p in parts if p]
    if len(filled) < _MIN_LINES // 2:
        return False
    tokens = [t for p in filled for t in p.split()]
    words = sum(1 for t in tokens if _WORD.fullmatch(t))
    return sum(map(len, filled)) >= _MIN_SIDE * len(filled) and words >= 0.7 * len(tokens)


def _column(parts: list[str]) -> list[str]:
    """One column's lines; an empty stretch in it is a paragraph break (one blank line)."""
    out: list[str] = []
    for part in parts:
        if part or (out and out[-1]):
            out.append(" ".join(part.split()))  # a justified line's stretched spaces
    while out and not out[-1]:
        out.pop()
    return out
