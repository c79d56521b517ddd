"""HTML pages → article text plus title/url/site/date metadata (trafilatura does the extraction).

The publication date taken here is only what the page *declares* in its markup (meta tags,
JSON-LD, `<time pubdate>`); dates guessed from the URL or the visible text are left to
`storyline.dating`, which records how it found them. The page's declared modification time
(`article:modified_time`, JSON-LD `dateModified`) becomes the document's `updated` stamp, never its
publication date.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser
from typing import Any

import trafilatura

from storyline.ingest.common import error, make_document, normalize_published
from storyline.ingest.decode import UTF8_BOM, DecodeProblem, decode_bytes, sniff_binary
from storyline.records import Document, IngestError, Updated

log = logging.getLogger(__name__)

_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([a-zA-Z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_JSONLD_DATE = re.compile(r""""datePublished"\s*:\s*"([^"]{4,40})\"""")
# Elements that may mark the publication date in the page body: `<time>`, or any tag with itemprop
_DATED_TAG = re.compile(r"""<(?:time|span|div|p|meta|abbr)\b[^>]*\b(?:datetime|itemprop)\s*=[^>]*>""", re.IGNORECASE)
# CMS classes of the publication <time> ("entry-date published" in WordPress); "updated" is another stamp
_PUBLISHED_CLASS = re.compile(r"\b(?:published|entry-date|pubdate|publish-date|date-published|post-date)\b", re.I)
_UPDATED_CLASS = re.compile(r"\b(?:updated|modified)\b", re.IGNORECASE)
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
# ... and those that declare when it was last modified (an update, not the publication)
_MODIFIED_KEYS: tuple[str, ...] = (
    "article:modified_time",
    "og:article:modified_time",
    "og:updated_time",
    "datemodified",
    "article.updated",
    "last-modified",
    "lastmod",
    "dcterms.modified",
    "dc.date.modified",
)
_MODIFIED_RANK = {key: rank for rank, key in enumerate(_MODIFIED_KEYS)}
_JSONLD_MODIFIED = re.compile(r""""dateModified"\s*:\s*"([^"]{4,40})\"""")
_NEWLINES = re.compile(r"[ \t]*\n[\s]*")


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    text: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None
    modified: str | None = None


# Browsers read these labels as windows-1252 (WHATWG Encoding): pages that declare latin-1 or
# ASCII still use its curly quotes and dashes in 0x80-0x9F, which latin-1 makes control codes.
_WINDOWS_1252_LABELS = {label: "windows-1252" for label in (
    "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso_8859-1", "cp819",
)}


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
        codec = _WINDOWS_1252_LABELS.get(codec, codec)
        try:
            return body.decode(codec), f"decoded as {codec}"
        except (UnicodeDecodeError, LookupError):
            log.debug("declared charset %s does not fit", codec)
    return decode_bytes(body)


def _attrs(tag: str) -> dict[str, str]:
    """A start tag's attributes, names lower-cased."""
    return {m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or "" for m in _ATTR.finditer(tag)}


def _meta_date(html: str, ranks: dict[str, int]) -> str | None:
    """The date of the best-ranked meta tag among `ranks` that holds a readable one, normalized."""
    best: tuple[int, str] | None = None
    for tag in _META_TAG.finditer(html):
        attrs = _attrs(tag.group())
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        rank = ranks.get(key)
        if rank is None or (best is not None and rank >= best[0]):
            continue
        value = normalize_published(attrs.get("content", ""))
        if value is not None:
            best = (rank, value)
    return None if best is None else best[1]


def meta_published(html: str) -> str | None:
    """The publication date the page declares in its markup, normalized, or None."""
    best = _meta_date(html, _DATE_RANK)
    if best is not None:
        return best
    m = _JSONLD_DATE.search(html)
    if m is not None:
        value = normalize_published(m.group(1))
        if value is not None:
            return value
    return _tag_published(html)


def _tag_published(html: str) -> str | None:
    """A date the body's markup marks as the publication date: `itemprop="datePublished"`,
    `<time pubdate>`, or a `<time>` whose class says so ("entry-date published")."""
    for tag in _DATED_TAG.finditer(html):
        attrs = _attrs(tag.group())
        raw = tag.group()
        is_time = raw[1:5].lower() == "time"
        cls = attrs.get("class", "")
        if not (
            attrs.get("itemprop", "").lower() == "datepublished"
            or (is_time and re.search(r"\bpubdate\b", raw, re.IGNORECASE))
            or (is_time and _PUBLISHED_CLASS.search(cls) and not _UPDATED_CLASS.search(cls))
        ):
            continue
        value = normalize_published(attrs.get("datetime") or attrs.get("content") or "")
        if value is not None:
            return value
    return _header_time(html)


def meta_modified(html: str) -> str | None:
    """When the page declares it was last modified (meta tags, JSON-LD `dateModified`, an
    `itemprop="dateModified"` or `<time class="updated">` element), normalized, or None."""
    found = _meta_date(html, _MODIFIED_RANK)
    if found is not None:
        return found
    m = _JSONLD_MODIFIED.search(html)
    if m is not None and (found := normalize_published(m.group(1))) is not None:
        return found
    for tag in _DATED_TAG.finditer(html):
        attrs = _attrs(tag.group())
        if attrs.get("itemprop", "").lower() == "datemodified" or (
                tag.group()[1:5].lower() == "time" and _UPDATED_CLASS.search(attrs.get("class", ""))):
            found = normalize_published(attrs.get("datetime") or attrs.get("content") or "")
            if found is not None:
                return found
    return None


def _later(modified: str | None, published: str | None) -> str | None:
    """A modification time that says the page changed after it was published (CMSs often repeat the
    publication time, or give a same-day date with no clock, as the modification time): else None."""
    if modified is None or (published is not None and modified[:len(published)] <= published):
        return None
    return modified


_H1 = re.compile(r"<h1\b", re.IGNORECASE)
_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)</p\s*>", re.IGNORECASE | re.DOTALL)
_TIME_TAG = re.compile(r"<time\b[^>]*\bdatetime\s*=[^>]*>", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]+>")


def _header_time(html: str) -> str | None:
    """The first `<time datetime>` between the headline and the story's first paragraph of prose: the
    byline's date ("By Jo Roe · <time datetime=…>Feb 14</time>"), which most CMSs print unmarked."""
    h1 = _H1.search(html)
    if h1 is None:
        return None
    for tag in _TIME_TAG.finditer(html, h1.end()):
        attrs = _attrs(tag.group())
        if not _UPDATED_CLASS.search(attrs.get("class", "")):
            break
    else:
        return None
    # the paragraphs before it only (a page with no <time> is not scanned for prose to its end)
    for p in _PARAGRAPH.finditer(html, h1.end()):
        if p.start() >= tag.end():
            break
        if len(_TAGS.sub("", p.group(1)).strip()) >= 100:
            return None  # the story's prose began before it: a date in the story, not the byline's
    return normalize_published(attrs.get("datetime", ""))


# The Wayback Machine's toolbar over a page it keeps (between its BEGIN/END comments, or from its
# "wm-ipp-base" box to the END comment): the archive's furniture, not the page's
_ARCHIVE_TOOLBAR = re.compile(
    r"<!--\s*BEGIN WAYBACK TOOLBAR INSERT\s*-->.*?<!--\s*END WAYBACK TOOLBAR INSERT\s*-->"
    r"|<div\b[^>]*\bid\s*=\s*[\"']?wm-ipp-base\b.*?<!--\s*END WAYBACK TOOLBAR INSERT\s*-->",
    re.IGNORECASE | re.DOTALL,
)
# An archived copy's address holds the page's own: "https://web.archive.org/web/20250301120000/https://x.example/a"
_ARCHIVED_URL = re.compile(r"https?://(?:web\.)?archive\.org/web/\d{4,14}(?:[a-z]{2}_)?/(?P<url>https?://[^\s\"'<>]+)")


# ... and so do an AMP cache's ("https://www-x-example.cdn.ampproject.org/c/s/www.x.example/a", the "s/" for
# https) and a search engine's cache ("https://webcache.googleusercontent.com/search?q=cache:Ab1:https://x.example/a")
_AMP_CACHE_URL = re.compile(r"https?://[\w.-]+\.cdn\.ampproject\.org/(?:[a-z]/)+?(?P<s>s/)?(?P<rest>[\w-]+(?:\.[\w-]+)+/\S*)")
_SEARCH_CACHE_URL = re.compile(r"https?://webcache\.[\w.-]+/search\?q=cache:(?:[\w-]+:)?(?P<url>https?://[^\s&+]+)\S*")


def original_url(url: str | None) -> str | None:
    """The page's own address for a web archive's or a cache's copy of it (the copy's address names it)."""
    if url is None:
        return None
    if (m := _ARCHIVED_URL.fullmatch(url)) is not None or (m := _SEARCH_CACHE_URL.fullmatch(url)) is not None:
        return m["url"]
    if (m := _AMP_CACHE_URL.fullmatch(url)) is not None:
        return ("https://" if m["s"] else "http://") + m["rest"]
    return url


def extract_html(html: str, *, url: str | None = None) -> HtmlArticle | None:
    """Main text (paragraphs separated by blank lines) and metadata of one page, or None if empty."""
    toolbar = _ARCHIVE_TOOLBAR.search(html)
    archived: str | None = None
    if toolbar is not None:
        found = _ARCHIVED_URL.search(toolbar.group())
        archived = found["url"] if found is not None else None
        html = html[: toolbar.start()] + html[toolbar.end() :]
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
    if "\n" not in text.strip():
        text = _blocks_of(html, text)
    # trafilatura separates blocks with one newline; blank lines make paragraphs explicit for clean.
    text = _NEWLINES.sub("\n\n", text.strip())
    canonical = _CANONICAL.search(html)
    page_url = original_url(url or getattr(extracted, "url", None) or (canonical.group(1) if canonical else None)
                            or archived)
    tag = _TITLE_TAG.search(html)
    tag_text = " ".join(unescape(tag.group(1)).split()) if tag is not None else None
    page_head, title_tail = _title_parts(tag_text)
    title = _title_parts(getattr(extracted, "title", None))[0]
    if page_head is not None and page_head != tag_text and (title is None or len(title.split()) <= 3):
        title = page_head  # "World | Headline | Site": the extraction took the section for the headline
    published = meta_published(html)
    if published is None:
        stamp = stamp_lines(html, title, text)
        if stamp:
            lead, _, rest = text.partition("\n\n")
            if rest and title and " ".join(lead.split()).casefold() == " ".join(title.split()).casefold():
                text = f"{lead}\n\n{stamp}\n\n{rest}"  # under the headline the text kept
            else:
                text = f"{stamp}\n\n{text}"  # dating reads it as the byline it is
    if (head := _shown_headline(html, title, text)) is not None:
        text = f"{head}\n\n{text}"  # the story's own first line, read like a plain-text headline
    site = getattr(extracted, "sitename", None)
    if not site or _HOSTNAME.fullmatch(site):
        # trafilatura falls back to the URL's host name; a name the page gives is better
        site = jsonld_publisher(html) or title_site(html, title) or title_tail or site
    return HtmlArticle(
        text=text,
        title=title,
        url=page_url,
        source=site,
        published=published,
        modified=_later(meta_modified(html), published),
    )


_H1_BLOCK = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)


def _shown_headline(html: str, title: str | None, text: str) -> str | None:
    """The page's headline where it shows it as its `<h1>` but the text extraction left it out (it goes
    to `title` only), so that the headline is read like a plain-text one; None when the text has it."""
    if not title:
        return None
    h1 = _H1_BLOCK.search(html)
    if h1 is None:
        return None
    shown = " ".join(unescape(_TAGS.sub(" ", h1.group(1))).split())
    if not shown or len(shown) > 300 or shown.casefold() != " ".join(title.split()).casefold():
        return None
    lead = " ".join(text[: len(shown) + 400].split()).casefold()
    return None if shown.casefold() in lead else shown


_STAMP_DATE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b"
    # "2025/05/14", "14-May-2025": year-first and dashed month-name dates, which the timexes read too
    r"|\b\d{4}/\d{1,2}/\d{1,2}\b|\b\d{1,2}-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*-\d{4}\b",
    re.IGNORECASE,
)
_MAX_STAMP_GAP = 6
_STAMP_CUE = re.compile(r"^\s*by\s|\b(?:updated|published|posted|modified)\b", re.IGNORECASE)


def stamp_lines(html: str, title: str | None, text: str) -> str | None:
    """The dated byline lines between the headline and the story ("Jo Roe • 14 May 2025, 08:12 UTC"),
    which the text extraction drops as page furniture, so that dating can read the date it shows;
    None when the page shows none there."""
    if not title:
        return None
    wanted = " ".join(title.split()).casefold()
    paragraphs = text.split("\n\n", 2)
    if len(paragraphs) > 1 and " ".join(paragraphs[0].split()).casefold() == wanted:
        paragraphs = paragraphs[1:]  # the extraction kept the headline: the story starts after it
    first = " ".join(paragraphs[0].split())[:40]
    lines = flat_text(html).splitlines()
    head = next((i for i, line in enumerate(lines) if line.casefold() == wanted), None)
    if head is None or not first:
        return None
    story = next((i for i in range(head + 1, min(len(lines), head + _MAX_STAMP_GAP + 1))
                  if lines[i].startswith(first)), None)
    if story is None:
        return None
    found = [line for line in lines[head + 1 : story] if len(line) <= 120 and _STAMP_DATE.search(line)
             and line not in text]
    # some pages print the byline above the headline ("By Jo Roe | Updated 9:15 a.m. ET, Thu April 10,
    # 2025" over the <h1>): the line right above it, when it says it is a byline or a stamp
    above = lines[head - 1] if head > 0 else ""
    if len(above) <= 120 and _STAMP_DATE.search(above) and _STAMP_CUE.search(above) and above not in text:
        found.insert(0, above)
    return "\n".join(found) or None


_JSONLD_BLOCK = re.compile(
    r"""<script\b[^>]*\btype\s*=\s*["']?application/ld\+json["']?[^>]*>(.*?)</script>""", re.IGNORECASE | re.DOTALL
)
_MAX_JSONLD = 200_000


def jsonld_publisher(html: str) -> str | None:
    """The publisher's name in the page's JSON-LD: inline, a list's first, or a node its "@id" points to
    (the "@graph" layout of many CMSs, which trafilatura does not follow)."""
    nodes: list[dict[str, Any]] = []
    for block in _JSONLD_BLOCK.finditer(html):
        if len(block.group(1)) > _MAX_JSONLD:
            continue
        try:
            data = json.loads(block.group(1))
        except ValueError:
            continue
        stack: list[Any] = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                nodes.append(item)
                stack.extend(v for k, v in item.items() if k == "@graph")
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    for node in nodes:
        publisher = node.get("publisher")
        if isinstance(publisher, list):
            publisher = publisher[0] if publisher else None
        if isinstance(publisher, dict) and not isinstance(publisher.get("name"), str):
            publisher = by_id.get(publisher.get("@id"))
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str) and publisher["name"].strip():
            return " ".join(publisher["name"].split())
        if isinstance(publisher, str) and publisher.strip() and not publisher.startswith(("http", "#")):
            return publisher.strip()
    return None


_HOSTNAME = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}", re.IGNORECASE)
_TITLE_TAG = re.compile(r"<title[^>]*>([^<]{1,400})</title>", re.IGNORECASE)
# "Headline | Site Name", "Headline - Site", "Headline — Site": the site's name after the last separator
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+(?P<site>[A-Z0-9][^|–—]{1,50}?)\s*$")


_TITLE_SEP = re.compile(r"\s+(?:\||::|»)\s+")


def _title_parts(title: str | None) -> tuple[str | None, str | None]:
    """A page title's headline and the site's name, where the title strings the headline with its section and
    site ("Headline | World | The Daily Post", "Headline :: Daily Post"): the one long piece is the headline, the
    last short one the site. A title of one piece is returned as it is."""
    if not title:
        return title, None
    parts = [p.strip() for p in _TITLE_SEP.split(title) if p.strip()]
    if len(parts) < 2:
        return title, None
    sizes = [len(p.split()) for p in parts]
    head = max(range(len(parts)), key=lambda k: sizes[k])
    if sizes[head] < 4 or any(size > 5 for k, size in enumerate(sizes) if k != head):
        return title, None
    # (a site names itself after the headline; a piece before it is more often a section: "World | ...")
    return parts[head], parts[-1] if head != len(parts) - 1 else None


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


# (a figure's caption is the picture's, not the story's: trafilatura leaves it out of a page too)
_SKIP_TAGS = frozenset({"head", "title", "script", "style", "noscript", "template", "svg", "nav", "footer",
                        "figcaption"})
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


def _blocks_of(html: str, text: str) -> str:
    """The page's own blocks for a text extracted as one run-on line (trafilatura's fallback on a short
    page joins headline, byline and paragraphs with spaces): the page's lines that make up the text,
    in order, when together they are all of it; else the text as it was."""
    flat = " ".join(text.split())
    picked: list[str] = []
    pos = 0
    for line in flat_text(html).split("\n"):
        at = flat.find(line, pos)
        if at >= 0 and not flat[pos:at].strip():
            picked.append(line)
            pos = at + len(line)
    return "\n".join(picked) if len(picked) > 1 and pos == len(flat) else text


def flat_text(html: str) -> str:
    """Last-resort text of a page trafilatura could not parse (e.g. thousands of nested elements)."""
    parser = _FlatText()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


_TAG_LIKE = re.compile(r"<(?:[a-zA-Z][\w:-]*|/[a-zA-Z][\w:-]*)(?:\s[^<>]*)?/?>")


def fragment_text(fragment: str) -> str:
    """A feed item's HTML body (`<p>`s, `<br>`s) as plain paragraphs, one per block; plain text stays as it is."""
    if _TAG_LIKE.search(fragment) is None:
        return unescape(fragment).strip()
    return "\n\n".join(flat_text(fragment).split("\n"))


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
    doc = make_document(
        article.text,
        path=path,
        url=article.url,
        source=article.source,
        title=article.title,
        given_published=article.published,
        notes=(note,) if note else (),
    )
    # the declared modification time is the page's update stamp (dating keeps a visible "Updated ..."
    # line over it, since that one has evidence in the text)
    return doc if article.modified is None else dataclasses.replace(doc, updated=Updated(article.modified))
