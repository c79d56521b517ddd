"""Bytes → text: BOM handling, binary sniffing and charset detection.

Articles arrive as bytes from files, JSONL lines and WARC payloads; all of them go through
`decode_bytes` so every source gets the same rules: UTF-8 first (BOM stripped), newlines left
exactly as they were, other encodings detected and *noted* (the note ends up in
`Document.errors`), binary payloads refused rather than turned into mojibake.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import charset_normalizer

UTF8_BOM = b"\xef\xbb\xbf"

# Magic numbers of formats that are never article text. Magics that could also begin a line of
# prose (e.g. "MZ", "ID3") are left to the NUL/control-byte test instead.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"%PDF", "PDF document"),
    (b"\x1f\x8b", "gzip data"),
    (b"7z\xbc\xaf\x27\x1c", "7-zip archive"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"\x28\xb5\x2f\xfd", "zstd data"),
    (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 (MS Office) document"),
    (b"\x00\x00\x01\x00", "icon image"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Control bytes other than tab, LF, VT, FF, CR and ESC: text almost never contains them.
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_SNIFF = 8192
_MAX_CONTROL_RATIO = 0.05


@dataclass(frozen=True, slots=True)
class DecodeProblem(Exception):
    """Why a payload is not text; `kind` is an `IngestError` kind."""

    kind: str
    message: str

    def __str__(self) -> str:
        return self.message


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format of `data`, or None when it may be text."""
    if data.startswith(UTF8_BOM):
        head = data[len(UTF8_BOM) : len(UTF8_BOM) + _SNIFF]
    elif any(data.startswith(bom) for bom, _ in _BOMS):
        return None  # UTF-16/32 text legitimately contains NUL bytes
    else:
        head = data[:_SNIFF]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if b"\x00" in head:
        return "NUL bytes"
    if head and len(_CONTROL.findall(head)) / len(head) > _MAX_CONTROL_RATIO:
        return "control characters"
    return None


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Decode an article payload; return the text and a note when it was not UTF-8.

    Raises `DecodeProblem` (kind "binary" or "undecodable") instead of guessing at garbage.
    """
    binary = sniff_binary(data)
    if binary is not None:
        raise DecodeProblem("binary", f"binary content ({binary})")
    if data.startswith(UTF8_BOM):
        data = data[len(UTF8_BOM) :]
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), f"decoded as {codec}"
            except UnicodeDecodeError as exc:
                raise DecodeProblem("undecodable", f"not valid {codec}: {exc.reason}") from exc
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding is None:
        raise DecodeProblem("undecodable", "not UTF-8 and no text encoding fits")
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DecodeProblem("undecodable", f"not UTF-8; {best.encoding} fails: {exc}") from exc
    return text, f"decoded as {best.encoding}"


def content_id(text: str) -> str:
    """A stable id for a document without one: same text, same id, in every run."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()
