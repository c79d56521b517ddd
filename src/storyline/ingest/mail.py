"""E-mails saved as `.eml` (a newsletter, a forwarded story): the body, its subject as the title.

The `Date:` header is when the mail was sent, which for a newsletter is its publication; the
sender's display name ("Harbour Briefing <desk@paper.example>") names the outlet. The plain-text
part is read when there is one, else the HTML part through the page extraction.
"""

from __future__ import annotations

import email.policy
import logging
import re
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parseaddr

from storyline.ingest.common import error, given_published, is_blank, make_document
from storyline.ingest.html import extract_html, fragment_text
from storyline.records import Document, IngestError

log = logging.getLogger(__name__)

# A newsletter laid out in a table: a cell holding headings or paragraphs (the page extraction would read
# each row of the layout as one line of a data table, running its stories together)
_LAYOUT_CELL = re.compile(r"<t[dh]\b[^>]*>(?:\s*<(?!/?t[dhr]\b|/?table\b)[a-z][^>]*>)*\s*<(?:p|h[1-6])\b",
                          re.IGNORECASE)
# the forwarded mail's own sender, under the forward mark ("---------- Forwarded message ---------" / "From: ...")
_FORWARDED_FROM = re.compile(r"^[-=_ \t]*(?i:forwarded\s+message|original\s+message|begin\s+forwarded\s+message)"
                             r"[-=_: \t]*\n(?:[ \t]*\n)?[ \t]*(?i:from):[ \t]*(?P<who>[^\n]+)", re.MULTILINE)
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|fwd?|aw|wg|tr)\s*:\s*)+", re.IGNORECASE)


def mail_document(path: str, data: bytes) -> Document | IngestError:
    """One saved e-mail as a `Document`, or the error that says why not."""
    try:
        msg = BytesParser(policy=email.policy.default).parsebytes(data)
    except Exception as exc:  # a broken header must not end the run
        return error(path, "malformed", f"cannot parse e-mail: {exc}")
    assert isinstance(msg, EmailMessage)
    text: str | None = None
    notes: list[str] = []
    try:
        part = msg.get_body(preferencelist=("plain", "html"))
        if part is not None:
            content = part.get_content()
            if isinstance(content, str):
                if part.get_content_subtype() == "html" and _LAYOUT_CELL.search(content):
                    text = fragment_text(content)  # a layout table's cells are the mail's blocks, not a table's rows
                elif part.get_content_subtype() == "html":
                    article = extract_html(content)
                    text = article.text if article is not None else None
                else:
                    text = content.replace("\r\n", "\n")
    except (LookupError, ValueError) as exc:  # an unknown charset or a broken transfer encoding
        return error(path, "malformed", f"cannot decode e-mail body: {exc}")
    if text is None or is_blank(text):
        return error(path, "empty", "e-mail has no text body")
    subject = _REPLY_PREFIX.sub("", str(msg.get("subject", "") or "")).strip() or None
    sender = parseaddr(str(msg.get("from", "") or ""))[0].strip() or None
    if (inner := _FORWARDED_FROM.search(text)) is not None and parseaddr(inner["who"])[0].strip():
        sender = parseaddr(inner["who"])[0].strip()  # a forwarded story: its first sender names its source
    if subject and sender:
        # "Harbour Weekly: Port expands terminal" from "Harbour Weekly": the newsletter's name is the
        # source, the story's headline the rest
        named = re.match(rf"{re.escape(sender)}\s*[:|–—-]\s*(?=\S)", subject, re.IGNORECASE)
        if named is not None and len(subject) - named.end() >= 12:
            subject = subject[named.end() :]
    sent = str(msg.get("date", "") or "").strip()
    given = given_published(sent, notes, "Date")
    return make_document(text.strip("\n"), path=path, source=sender, title=subject, given_published=given,
                         notes=tuple(notes))
