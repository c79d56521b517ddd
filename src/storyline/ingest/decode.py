"""Bytes → text: BOM handling, binary sniffing and charset detection.

Articles arrive as bytes from files, JSONL lines and WARC payloads; all of them go through
`decode_bytes` so every source gets the same rules: UTF-8 first (BOM stripped), newlines left
exactly as they were, other encodings detected and *noted* (the note ends up in
`Document.errors`), binary payloads refused rather than turned into mojibake.
"""

from __future__ import annotations

import codecs
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
# Text read as cp1252 that was written in another code page shows symbols glued to letters
# ("£ukasz", "powiedzia³" from cp1250), the Icelandic thorn and eth that stand for Turkish
# "ş" and "ğ" in cp1254, or letters that are nearly all accented (Cyrillic, Greek).
_SYMBOL_IN_WORD = re.compile(r"[^\W\d_][¹²³¯¿£¥¦¨´¸¤ª¬µ]|[¹²³¯¿¥¦¨´¸¤ª¬µ][^\W\d_]|[þðÞÐ]")
_LETTER = re.compile(r"[^\W\d_]")
_MAX_ACCENTED = 0.2


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
    wide = _bomless_utf16(data)
    if wide is not None:
        return wide, f"decoded as {_bomless_codec(data)}"
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
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed
    western = _as_cp1252(data)
    if western is not None:
        return western, "decoded as cp1252"
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding is None:
        raise DecodeProblem("undecodable", "not UTF-8 and no text encoding fits")
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DecodeProblem("undecodable", f"not UTF-8; {best.encoding} fails: {exc}") from exc
    return text, f"decoded as {best.encoding}"


def _bomless_codec(data: bytes) -> str:
    head = data[:_SNIFF]
    return "utf-16-le" if head[1::2].count(0) >= head[0::2].count(0) else "utf-16-be"


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 text saved without a byte-order mark: a NUL in nearly every other byte (ASCII letters
    are `x\\0` or `\\0x`), which the binary sniffer would otherwise refuse."""
    head = data[:_SNIFF]
    if len(data) % 2 or len(head) < 16 or b"\x00" not in head or any(data.startswith(b) for b, _ in _BOMS):
        return None
    zeros = max(head[0::2].count(0), head[1::2].count(0))
    if zeros < 0.7 * (len(head) // 2):
        return None
    try:
        text = data.decode(_bomless_codec(data))
    except UnicodeDecodeError:
        return None
    return None if _CONTROL.search(text.encode("utf-8", "replace")) else text


def _cp1252_byte(exc: UnicodeError) -> tuple[str, int]:
    assert isinstance(exc, UnicodeDecodeError)
    return exc.object[exc.start : exc.end].decode("cp1252", "replace"), exc.end


codecs.register_error("storyline-cp1252", _cp1252_byte)
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 text with a few stray Windows-1252 bytes (a pasted "’" or "é"): keep the UTF-8 and read
    only the stray bytes as cp1252, where decoding it all as cp1252 would garble every "é" into "Ã©"."""
    sequences = _UTF8_SEQUENCE.findall(data)
    if not sequences:
        return None
    stray = len(_HIGH_BYTE.findall(data)) - sum(len(m) for m in sequences)
    if stray > len(sequences):
        return None
    return data.decode("utf-8", "storyline-cp1252"), f"decoded as utf-8 ({stray} stray cp1252 bytes)"


def _as_cp1252(data: bytes) -> str | None:
    """`data` as Windows-1252 when it reads as Western European text, else None.

    Legacy English and Western European news is overwhelmingly cp1252 (latin-1 plus curly
    quotes and dashes in 0x80-0x9F); on short texts the detector picks a sibling code page
    (cp1250, cp1257, cp852, mac_iceland) that turns "’" into "ĺ" and "à" into "ą".
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if _SYMBOL_IN_WORD.search(text):
        return None
    letters = _LETTER.findall(text)
    accented = sum(1 for ch in letters if ord(ch) > 127)
    if letters and accented / len(letters) > _MAX_ACCENTED:
        return None
    return text


def content_id(text: str) -> str:
    """A stable id for a document without one: same text, same id, in every run."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


# UTF-8 read as Windows-1252 somewhere upstream and saved again ("Portugalâ€™s", "JosÃ©", "â€œ"): a lead byte's
# letter (Â-ô) then one to three of the letters its continuation bytes (0x80-0xBF) become in Windows-1252 (or
# in Latin-1, whose C1 controls stand for the five bytes Windows-1252 leaves undefined)
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][\u0080-\u00bf{_CP1252_HIGH}\ufffd]{{1,3}}")
_UNDEFINED = {"\u0081": 0x81, "\u008d": 0x8D, "\u008f": 0x8F, "\u0090": 0x90, "\u009d": 0x9D}


def _as_bytes(chunk: str) -> bytes | None:
    out = bytearray()
    for i, ch in enumerate(chunk):
        if ch in _UNDEFINED:
            out.append(_UNDEFINED[ch])
        elif ch == "\ufffd":
            # a byte lost to a replacement mark: after "â€" it is the closing double quote's (E2 80 9D), the
            # only undefined Windows-1252 byte a common punctuation mark ends in
            if chunk[:i] != "â€":
                return None
            out.append(0x9D)
        else:
            try:
                out.extend(ch.encode("cp1252"))
            except UnicodeEncodeError:
                return None
    return bytes(out)


def repair_mojibake(text: str) -> tuple[str, int]:
    """`text` with UTF-8 that was read as Windows-1252 turned back into its characters, and how many were
    mended. A run is mended only when its bytes are one whole UTF-8 character (so "Âge" or "Ã la" stay)."""
    count = 0

    def mend(m: re.Match[str]) -> str:
        nonlocal count
        chunk = m.group()
        for size in range(len(chunk), 1, -1):  # the longest run that is one whole character
            raw = _as_bytes(chunk[:size])
            if raw is None:
                continue
            try:
                char = raw.decode("utf-8")
            except UnicodeDecodeError:
                continue
            if len(char) == 1 and ("\u00a0" <= char <= "\u024f" or "\u2000" <= char <= "\u20cf" or char == "\u2122"):
                count += 1
                return char + chunk[size:]
        return chunk

    if not _MOJIBAKE.search(text):
        return text, 0
    return _MOJIBAKE.sub(mend, text), count
