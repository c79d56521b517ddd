"""HTML pages → article text plus title/url/site/date metadata (trafilatura does the extraction).

The publication date taken here is only what the page *declares* in its markup (meta tags,
JSON-LD, `<time pubdate>`); dates guessed from the URL or the visible text are left to
`storyline.dating`, which records how it found them.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser

import trafilatura

from storyline.ingest.common import error, make_document, normalize_published
from storyline.ingest.decode import UTF8_BOM, DecodeProblem, decode_bytes, sniff_binary
from storyline.records import Document, IngestError

log = logging.getLogger(__name__)

_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([a-zA-Z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_JSONLD_DATE = re.compile(r""""datePublished"\s*:\s*"([^"]{4,40})\"""")
_TIME_PUBDATE = re.compile(
    r"""<time\b[^>]*\bdatetime\s*=\s*["']([^"']+)["'][^>]*\bpubdate\b""", re.IGNORECASE
)
_CANONICAL = re.compile(
    r"""<link\b[^>]*\brel\s*=\s*["']?canonical["']?[^>]*\bhref\s*=\s*["']([^"']+)["']""", re.IGNORECASE
)
# Meta names/properties that declare the publication date, most specific first.
_DATE_KEYS: tuple[str, ...] = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "article.published",
    "publication_date",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dc.date",
    "date",
)
_DATE_RANK = {key: rank for rank, key in enumerate(_DATE_KEYS)}
_NEWLINES = re.compile(r"[ \t]*\n[\s]*")


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    text: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None


def decode_html(data: bytes) -> tuple[str, str | None]:
    """Decode HTML bytes, trusting a declared `<meta charset>` before guessing."""
    binary = sniff_binary(data)
    if binary is not None:
        raise DecodeProblem("binary", f"binary content ({binary})")
    body = data[len(UTF8_BOM) :] if data.startswith(UTF8_BOM) else data
    try:
        return body.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(body[:4096])
    if declared is not None:
        codec = declared.group(1).decode("ascii", "replace").lower()
        try:
            return body.decode(codec), f"decoded as {codec}"
        except (UnicodeDecodeError, LookupError):
            log.debug("declared charset %s does not fit", codec)
    return decode_bytes(body)


def meta_published(html: str) -> str | None:
    """The publication date the page declares in its markup, normalized, or None."""
    best: tuple[int, str] | None = None
    for tag in _META_TAG.finditer(html):
        attrs = {
            m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or ""
            for m in _ATTR.finditer(tag.group())
        }
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        rank = _DATE_RANK.get(key)
        if rank is None or (best is not None and rank >= best[0]):
            continue
        value = normalize_published(attrs.get("content", ""))
        if value is not None:
            best = (rank, value)
    if best is not None:
        return best[1]
    for pattern in (_JSONLD_DATE, _TIME_PUBDATE):
        m = pattern.search(html)
        if m is not None:
            value = normalize_published(m.group(1))
            if value is not None:
                return value
    return None


def extract_html(html: str, *, url: str | None = None) -> HtmlArticle | None:
    """Main text (paragraphs separated by blank lines) and metadata of one page, or None if empty."""
    extracted = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or text.isspace():
        text = trafilatura.html2txt(html)
    if not text or text.isspace():
        text = flat_text(html)  # lxml drops content nested deeper than it will parse
    if not text or text.isspace():
        return None
    # trafilatura separates blocks with one newline; blank lines make paragraphs explicit for clean.
    text = _NEWLINES.sub("\n\n", text.strip())
    canonical = _CANONICAL.search(html)
    page_url = url or getattr(extracted, "url", None) or (canonical.group(1) if canonical else None)
    title = getattr(extracted, "title", None)
    return HtmlArticle(
        text=text,
        title=title,
        url=page_url,
        source=getattr(extracted, "sitename", None) or title_site(html, title),
        published=meta_published(html),
    )


_TITLE_TAG = re.compile(r"<title[^>]*>([^<]{1,400})</title>", re.IGNORECASE)
# "Headline | Site Name", "Headline - Site", "Headline — Site": the site's name after the last separator
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+(?P<site>[A-Z0-9][^|–—]{1,50}?)\s*$")


def title_site(html: str, headline: str | None) -> str | None:
    """The site's name where the page's <title> appends it to the headline ("Headline | Site Name"),
    when the markup names no site; a suffix longer than a name (five words) is part of the headline."""
    m = _TITLE_TAG.search(html)
    if m is None or headline is None:
        return None
    raw = " ".join(unescape(m.group(1)).split())
    suffix = _SITE_SUFFIX.search(raw)
    if suffix is None or len(suffix["site"].split()) > 5:
        return None
    head = raw[: suffix.start()].strip()
    if head.casefold() != " ".join(headline.split()).casefold():
        return None  # the title is not "the headline + a name": no guess
    return suffix["site"].strip()


_SKIP_TAGS = frozenset({"head", "title", "script", "style", "noscript", "template", "svg", "nav", "footer"})
_BLOCK_TAGS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section",
                         "tr", "blockquote", "pre"})


class _FlatText(HTMLParser):
    """Visible text of a page by a streaming tokenizer: no tree, so no nesting limit."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def flat_text(html: str) -> str:
    """Last-resort text of a page trafilatura could not parse (e.g. thousands of nested elements)."""
    parser = _FlatText()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def html_document(
    path: str, data: bytes, *, url: str | None = None, item: str | None = None
) -> Document | IngestError:
    """One HTML page (a file or a WARC record) as a `Document`, or the per-item error that says why not."""
    try:
        html, note = decode_html(data)
    except DecodeProblem as problem:
        return error(path, problem.kind, problem.message, item)
    try:
        article = extract_html(html, url=url)
    except Exception as exc:  # a parser bug on one page must not end the run
        log.debug("extraction failed", exc_info=True)
        return error(path, "malformed", f"HTML extraction failed: {exc}", item)
    if article is None:
        return error(path, "empty", "no text in page", item)
    return make_document(
        article.text,
        path=path,
        url=article.url,
        source=article.source,
        title=article.title,
        given_published=article.published,
        notes=(note,) if note else (),
    )
