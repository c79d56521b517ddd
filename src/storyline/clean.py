"""Cleaning: find the article body, boilerplate and scrape damage — as spans, never rewriting text.

Scraped articles carry page furniture (donation appeals, "Read more" links, photo credits,
captions, cookie notices, "Original url:" trailers) and markdown damage (escapes, emphasis,
link syntax, one sentence split over two paragraphs). Extraction must not read any of it as
news, but provenance needs the text untouched, so cleaning only *labels* character ranges:

* `boilerplate` spans — never fed to extraction (`analysis_text` blanks them);
* `body` spans — the article paragraphs (title, date/update stamps and bylines are neither);
* `repairs` — markup to ignore and paragraph breaks to read as a space.

The rules are general line features (a call-to-action lexicon, first/second-person appeal
language without attribution, credit patterns, position in a run of such lines); nothing here
knows any particular site.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, replace

from storyline.dating import dateline_end
from storyline.records import Document, Repair, Span

# ---------------------------------------------------------------------------------------------
# Markup: what is syntax rather than text.

_ESCAPE = re.compile(r"\\[\\`*_{}\[\]()#+\-.!$<>|~&'\"=^]")
_LINK = re.compile(
    r"(?<!\\)(!?\[)([^\[\]\n]*)(\]\()([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"\n]*\")?)(\))"
)
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^>\s]+|mailto:[^>\s]+|www\.[^>\s]+)>")
_EMPHASIS = re.compile(r"(?<![\\*\w])(\*\*|\*|__|_)(?=[^\s*_])([^\n]*?[^\s\\*_])\1(?![*\w])")
_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_LINE_MARKER = re.compile(r"^[ \t]*(?:>[ \t]?|[*+•][ \t]+)")
_RULE = re.compile(r"^[ \t]*(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|={3,})$")
_LINE_SYNTAX = re.compile(r"^[ \t]*[#>*+•\-_=][^\n]*", re.MULTILINE)
_MARKUP_CHARS = "[<*_#>\\"

# Plain-text view of one line, for classification only (never for offsets).
_P_LINK = re.compile(r"!?\[([^\[\]\n]*)\]\([^()\n]*\)")
_P_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^>\s]+|mailto:[^>\s]+)>")
_P_MARKS = re.compile(r"(?<![\w\\])[*_]+|[*_]+(?![\w])|^#{1,6}\s+|^>\s?|\\(?=\S)")
_SPACES = re.compile(r"\s+")

# ---------------------------------------------------------------------------------------------
# Line lexicons.

_CTA_LINE = re.compile(
    r"""^(?:
      support\ (?:us|our\ (?:work|journalism|newsroom|reporting)|independent\ (?:journalism|media|news))
    | subscribe(?:\ (?:now|today|here|for\ free))?
    | subscribe\ (?:to|for)\ .{0,60}
    | sign\ (?:up|in)(?:\ (?:now|here|today|for\ .{0,60}|to\ .{0,60}))?
    | log\ ?in(?:\ to\ .{0,40})?
    | donate(?:\ (?:now|today|here))?
    | make\ a\ (?:donation|contribution)\b.{0,40}
    | become\ a\ (?:member|subscriber|supporter|patron)\b.{0,40}
    | (?:read|see|watch|listen)\ (?:more|also|next)\b.{0,200}
    | (?:also\ read|also\ see|more\ on\ this(?:\ (?:story|topic))?|related(?:\ (?:articles?|stories|coverage|content|news|reading|topics?|links?))?
       |recommended(?:\ (?:for\ you|stories|articles|reading|videos))?|most\ (?:read|popular|viewed)|trending(?:\ now)?
       |editor['’]?s\ picks?|you\ (?:may|might)\ also\ like|more\ stories|top\ stories|latest\ (?:news|stories))\b(?:\s*[:\-–—].{0,200})?
    | share(?:\ (?:this|on\ \w+|via\ \w+))?(?:\ (?:article|story|post|page))?
    | (?:tap|click|swipe)\ (?:here\ )?to\ share(?:\ (?:this|on\ \w+))?(?:\ (?:article|story|post|page))?
    | share\ (?:the\ )?full\ (?:article|story) | link\ copied(?:\ to\ clipboard)?
    | (?:share|comment)\ (?:or|and|&)\ (?:share|comment)(?:\ on)?\ (?:this|the)\ (?:article|story|post)
    | follow\ us(?:\ on\ .{0,40})?
    | remind\ me\ later | maybe\ later | no,?\ thanks? | not\ now
    | not\ ready\ to\ (?:support|donate|give|subscribe|contribute)(?:\ (?:us|today|now|yet))*
    | enjoying\ (?:ad-free\ content|this\ (?:article|story)|our\ (?:journalism|reporting|coverage|content))
    | advertisement|advertising|sponsored(?:\ content)?|ad|promoted
    | (?:continue|keep)\ reading(?:\ (?:below|the\ (?:main\ )?(?:story|article)))? | (?:click|tap)\ here\b.{0,80}
    | listen\ to\ (?:this\ )?(?:article|story) | print(?:\ this\ (?:article|page))?
    | e-?mail(?:\ this)?(?:\ (?:article|page|story))? | comments?(?:\ \(\d+\))? | \d+\ comments?
    | (?:payment|paiment)\ (?:methods?|options?)
    | (?:download|get)\ (?:our|the)\ app\b.{0,40}
    | search | home(?:page)? | (?:all\ )?sections | newsletters? | my\ account
    | unsubscribe(?:\ (?:here|now))? | manage\ (?:your\ )?(?:e-?mail\ )?(?:preferences|subscriptions?|settings)
    | view\ (?:this\ e-?mail\ )?in\ (?:your\ |a\ )?browser | forward\ (?:this\ )?to\ a\ friend
    | (?:story|article|content)\ continues(?:\ (?:below|after)(?:\ (?:this\ |the\ )?(?:advertisement|ad|video))?)?
    | privacy\ dashboard | in\ this\ (?:article|story) | [+\-−–]?\d{1,3}(?:[.,]\d{1,2})?\ ?%
    | advertisement\ [-–—]\ (?:scroll\ to\ continue|continue\ reading\ below) | scroll\ to\ continue(?:\ reading)? | read\ the\ (?:full|original|complete)\ (?:story|article|report)\b.{0,80}
    | save(?:\ (?:article|story|for\ later))? | bookmark | for\ immediate\ release | [#*]{3} | -30-
    | (?:show|load|see|view)\ (?:more|all|older|newer|earlier|latest)(?:\ (?:updates|posts|entries|comments|stories))? | (?:suggested|related|explore)\ topics(?:\ and\ more)?
    | privacy\ (?:notice|policy|statement)\s*:.{0,200} | report\ an?\ (?:typo|error|correction)(?:\ or\ (?:an?\ )?(?:typo|error))?
    | submit\ an?\ (?:news\ )?(?:tip|story\ idea) | send\ us\ (?:a|your)\ (?:news\ )?tips? | (?:enter|type)\ your\ e-?mail(?:\ address)?(?:\ here)? | (?:your\ )?e-?mail\ address | (?:show\ )?key\ events(?:\ only)?
    | about\ the\ authors? | skip\ to\ (?:main\ )?content | back\ to\ top | toggle\ navigation | menu
    | (?:your\ )?privacy\ (?:choices|settings|preferences|options) | (?:manage\ )?cookie\ (?:settings|preferences|choices)
    | manage\ (?:cookies|consent|preferences) | do\ not\ sell(?:\ or\ share)?\ my\ (?:personal\ )?(?:information|data)
    | (?:accept|reject|allow|decline)\ (?:all|all\ cookies|cookies|optional\ cookies)
    | more\ (?:from|in)\ (?:the\ )?[\w&'’-]+(?:\ [\w&'’-]+){0,3}\s*:
    | we\ value\ your\ privacy | continue\ with(?:out)?\ (?:accepting|(?:recommended\ |necessary\ |essential\ )?cookies)
    | (?:listen|play(?:\ audio)?)(?:\s*[·•|]\s*|\s*\(\s*|\ )\d{1,2}(?::\d{2}|\ ?min(?:ute)?s?)\)? | play\ audio
    | gift\ (?:this\ )?(?:article|story) | this\ field\ is\ required | thanks?(?:\ you)?\ for\ (?:signing\ up|subscribing)
    | (?:invalid|please\ enter\ a\ valid)\ e-?mail(?:\ address)? | you['’]re\ (?:all\ )?signed\ up | your\ e-?mail
    | pinned(?:\ post)? | breaking(?:\ news)? | live(?:\ updates|\ coverage|\ blog)?
    | follow\ (?:our\ )?(?:live\ )?(?:coverage|updates)(?:\ here)?
    | (?:open|view|enlarge|expand)\ (?:this\ )?(?:image|photo|picture)(?:\ in\ (?:gallery|fullscreen|full\ screen))?
    | (?:toggle|hide|show)\ caption | (?:(?:image|photo|picture|slide)\ )?\d{1,3}\ of\ \d{1,3} | \d{1,3}\ ?/\ ?\d{1,3}
    | (?:swipe|scroll|click|tap)\ (?:for|to\ (?:see|view))\ (?:more|all|the\ next)\ (?:photos|images|pictures|slides)
    | (?:this|the\ rest\ of\ this)\ (?:article|story|content|page)\ is\ (?:only\ )?(?:for|available\ (?:to|for)|reserved\ for
       |exclusive\ to|free\ for)\ (?:paying\ |premium\ |registered\ |our\ )?(?:subscribers|members|users)(?:\ only)?
    | already\ (?:a\ (?:subscriber|member)|have\ an\ account)\?.{0,40}
    | you['’]ve\ (?:read|reached|used)\ .{0,40}\b(?:free\ )?(?:articles?|stories|limit)\b.{0,60}
    | (?:to\ )?(?:continue|keep)\ reading,?\ (?:please\ )?(?:subscribe|log\ ?in|sign\ (?:in|up)|register)\b.{0,80}
    | explore\ more(?:\ on\ (?:these|this)\ topics?)? | topics | tags | filed\ under | reuse\ this\ content | (?:show|hide|view|read)\ (?:all\ )?comments
    | join\ the\ (?:conversation|discussion|debate) | get\ in\ touch
    | (?:do\ you\ have|got)\ a\ (?:(?:news\ |story\ )?tip|story)(?:\ to\ share)?\?.{0,80}
    )[\s.!?:,;…»›>|\-–—]*$""",
    re.IGNORECASE | re.VERBOSE,
)
_BUTTON_LINE = re.compile(
    r"""^(?:(?:give|donate|pay|contribute|support)\ (?:once|monthly|annually|yearly|weekly|now|today|[$€£]?\d+)
    |once|one[- ]?time|monthly|annual(?:ly)?|yearly|weekly|quarterly|continue|next|previous|back|close
    |cancel|ok(?:ay)?|submit|yes|no|accept|reject|decline|agree|i\ agree|i\ accept|got\ it
    |(?:accept|agree|allow)\ (?:and|&)\ (?:close|continue|proceed)|other(?:\ amount)?|[$€£]\ ?\d+(?:[.,]\d+)?(?:\ ?/\ ?\w+)?|\d+\ ?(?:\$|€|£|usd|eur))
    [\s.!?]*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A row of share buttons or a site menu: only network names / share verbs, or 3+ short items
# between pipes or bullets ("Home | News | Sport").
_SHARE_LINE = re.compile(
    r"""^(?:(?:share|tweet|pin|post|copy\ link|e-?mail|mail|print|facebook|twitter|x|whatsapp|linkedin|reddit
    |telegram|pinterest|messenger|flipboard|pocket|threads|bluesky|mastodon|vk|weibo|wechat|sms)
    (?:\s*[|,·•/]\s*|\s+|$))+$""",
    re.IGNORECASE | re.VERBOSE,
)
_MENU_ITEM = re.compile(r"^[^\W\d_][\w&'’.-]*(?:\s+[\w&'’.-]+){0,2}$")
# A "Related"/"Most read" header whose following short lines are links to other stories.
_LINKS_HEADER = re.compile(
    r"""^(?:also\ read|also\ see|more\ on\ this(?:\ (?:story|topic))?|related(?:\ (?:articles?|stories|coverage
    |content|news|reading|topics?|links?))?|recommended(?:\ (?:for\ you|stories|articles|reading|videos))?
    |most\ (?:read|popular|viewed)
    |trending(?:\ now)?|editor['’]?s\ picks?|you\ (?:may|might)\ also\ like|more\ stories|top\ stories
    |latest\ (?:news|stories)|read\ (?:more|next)|(?:suggested|related|explore)\ topics|key\ events
    |topics|tags|filed\ under|more\ about
    |more\ (?:from|in)\ (?:the\ )?[\w&'’-]+(?:\ [\w&'’-]+){0,3}\s*:)[\s:\-–—]*$""",
    re.IGNORECASE | re.VERBOSE,
)
_READ_TIME = re.compile(r"^\d{1,3}\s?(?:min(?:ute)?s?|m)\.?(?:\s(?:read|listen))?$", re.IGNORECASE)
# "Topics: Defence, Baltic, Finland": a tag list under the story (short items, no sentence).
_TAG_LINE = re.compile(
    r"^(?:topics?|tags?|filed\s+under|categories|more\s+(?:about|on))\s*:\s*"
    r"[^\W\d_][\w&'’.-]*(?:\s[\w&'’.-]+){0,3}(?:\s*[,;|]\s*[^\W\d_][\w&'’.-]*(?:\s[\w&'’.-]+){0,3})*$",
    re.IGNORECASE,
)
# Page furniture of text copied from a PDF or print edition: "-- Page 2 --", "Page 3 of 8", "- 4 -",
# or a running head set apart from its page number ("Regional Business Weekly      Page 2 of 3").
_PAGE_NO = r"(?:page|pg\.?|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
_PAGE_LINE = re.compile(rf"^[-–—=_*\s]*{_PAGE_NO}[-–—=_*\s]*$|^[-–—]\s*\d{{1,4}}\s*[-–—]$", re.IGNORECASE)
_RUNNING_HEAD = re.compile(
    rf"^(?:{_PAGE_NO}(?:\s{{3,}}|\t|\s[|•·]\s).{{1,80}}|.{{1,80}}?(?:\s{{3,}}|\t|\s[|•·]\s){_PAGE_NO})$", re.IGNORECASE
)
# A web page printed to PDF: the browser's header (the print time, then the page's title) and footer (the
# page's address, then "page/pages") on every page
_PRINT_HEADER = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:[ ]{2,}|\t)\s*\S.*$")
_PRINT_FOOTER = re.compile(r"^(?P<url>https?://\S+|www\.\S+)(?:[ ]{2,}|\t)\s*\d{1,4}\s*/\s*\d{1,4}$")
# E-mail headers over a forwarded or newsletter story.
_MAIL_HEADER = re.compile(r"^(?P<key>from|to|cc|bcc|reply-to|subject|sent|date):[ \t]+\S", re.IGNORECASE)
_GLYPH_LINE = re.compile(r"^[×✕✖✗✘xX☰≡⨯╳⋯…|•·\-–—]{1,3}$")
_TEMPLATE_LINE = re.compile(r"^\{\{?[^{}]*\}\}?$|^[{}|\s]+$")
_HEADER_LINE = re.compile(
    r"""^(?:
      (?:an?\ )?(?:message|note|letter|word|appeal)\ from\ .{1,80}?:?
    | dear\ (?:readers?|friends?|subscribers?|supporters?|visitors?|users?)[\s,:!.]*
    | before\ you\ go\b.{0,80}
    | (?:we|i)\ (?:have|need|['’]ve\ got)\ (?:a\ (?:small\ |quick\ )?(?:favou?r|request)|to\ ask)\b.{0,80}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_CTA_PHRASE = re.compile(
    r"""your\ (?:support|contribution|donation|subscription|help|generosity)
    | support\ us | please\ (?:support|donate|subscribe|consider\ (?:supporting|donating|subscribing)|help\ us)
    | \bdonat(?:e|es|ed|ion|ions|ing)\b | ad-free | ad[- ]?blocker | disabled\ (?:all\ )?ads
    | (?:subscribe|sign\ up)\ (?:to|for)\ (?:our|the|a)\  | newsletter | (?:in|to|into)\ your\ inbox
    | (?:we|this\ (?:site|website))(?:\ and\ our\ (?:partners|vendors))?\ (?:uses?|stores?|sets?|places?)\ cookies | cookie\ (?:policy|settings|preferences|consent|notice)
    | accept\ (?:all\ )?cookies | privacy\ policy | terms\ (?:of|and)\ (?:use|service|conditions)
    | all\ rights\ reserved | © | \(c\)\ \d{4} | copyright\ (?:©\ ?)?\d{4}
    | become\ a\ (?:member|subscriber|supporter|patron) | reader[- ](?:funded|supported)
    | paywall | free\ trial | unlimited\ access | already\ a\ subscriber | create\ (?:an|a\ free)\ account
    | support(?:ing)?\ (?:the|our)\ (?:work|journalism|newsroom|reporting) | by\ supporting\b
    | independent\ journalism | every\ contribution
    | views\ expressed\ (?:here\ |in\ this\ (?:article|column|piece|commentary)\ )?are | send\ us\ (?:a\ )?letter
    | have\ an\ opinion\ on\ this | follow\ us\ on\ [^\n] | thanks\ for\ reading\b | subscribe\ for\ free
    | (?:you\ (?:are|['’]re)\ receiving|you\ received|we\ sent\ you)\ this\ (?:e-?mail|newsletter|message)
    | this\ (?:e-?mail|newsletter|message)\ was\ sent\ to
    | here(?:['’]s|\ is|\ are)\ (?:what|all)\ you\ (?:need|want)\ to\ know\ (?:today|this\ (?:morning|evening|week))""",
    re.VERBOSE,  # matched against lowercased text: much faster than IGNORECASE
)
_APPEAL_PRONOUN = re.compile(r"\b(?:[Ww]e|W[Ee]|[Uu]s|[Oo]urs?|OURS?|[Yy]ou|YOU|[Yy]ours?|YOURS?)\b")
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|say|told|tells|according\ to|added|adds|stated|quoted|announced|declared|wrote|writes"
    r"|noted|explained|insisted|argued|claimed|reported|replied|warned|urged|asked)\b"
)  # matched against lowercased text
_OPENING_QUOTE = "\"“‘«„'"

_CREDIT_WORDS = re.compile(
    r"photo|image|picture|getty|reuters|\bap\b|afp|\bepa\b|shutterstock|istock|alamy|courtesy|handout|\bpool\b"
    r"|wiki|commons|unsplash|pixabay|flickr|sputnik|xinhua|anadolu|press\ service|press\ office|screenshot"
    r"|screen\ ?grab|video\ grab|\bfile\b|archive|youtube|twitter|facebook|instagram|telegram|credit",
    re.IGNORECASE | re.VERBOSE,
)
_CREDIT_SLASH = re.compile(r"[^\W\d_][\w .,'’-]*\s?/\s?[^\W\d_]")
_CREDIT_PREFIX = re.compile(
    r"^(?:photo(?:graph)?s?|images?|pictures?|illustrations?|graphics?|videos?|credits?|photo\ credit|pictured"
    r"|caption|file\ photo)\b\s*(?:by\b|:|/|–|—|-)",
    re.IGNORECASE | re.VERBOSE,
)
# "Image source, Getty Images", "Image caption, Crews at work", "Media caption, Watch: ..." (BBC style)
_CAPTION_LABEL = re.compile(r"^(?:image|media|video|photo|picture)\s+(?:source|caption|credit)s?\s*[,:]", re.I)
# A wire's closing credits: "(Reporting by Jo Roe in Lima; Editing by Al Poe)", "Compiled by Ann Lee"
_STAFF_CREDIT = re.compile(
    r"^\(?(?:(?:additional|further)\s+)?(?:reporting|writing|editing|compiled|compiling|research|graphics"
    r"|fact[- ]checking|production|translation|translated|video|photos?)(?:\s+and\s+\w+)?"
    r"(?:\s+from\s+(?:the\s+)?[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?(?:\s+original)?)?\s+by\s+[A-Z]",
    re.IGNORECASE,
)
# besides names, a credit line holds only these lower-case words ("Reporting by Jo Roe in Lima and ...")
_STAFF_WORDS = frozenset({"and", "in", "from", "by", "with", "additional", "further", "reporting", "writing", "editing",
                          "compiled", "compiling", "research", "graphics", "production", "translation", "translated",
                          "video", "photo", "photos", "fact-checking", "de", "da", "van", "von", "der", "al", "bin", "la",
                          "the", "original"})
# "Jo Roe in Lima contributed to this report.": the wire's tail credit
_CONTRIBUTED = re.compile(r"\bcontributed(?:\s+(?:reporting|research))?\s+to\s+this\s+(?:report|story|article)\.?\)?$",
                          re.IGNORECASE)
# A notice of copyright that opens the line ("Copyright 2025 The Wire. All rights reserved. ...")
_COPYRIGHT = re.compile(r"^(?:copyright\s*(?:©|\(c\)|\d{4})|©|\(c\)\s*\d{4})", re.IGNORECASE)
# "Contact Jo Roe at jroe@paper.example or follow her on X @jroe": how to reach the writer
_CONTACT_LINE = re.compile(
    r"^(?i:contact|reach|e-?mail|write\s+to)\s+(?:the\s+(?:author|writer|reporter)|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"\s+(?:at|via|on)\s+\S*(?:@|\d{3})"
)
# An editor's note on its own line: "This interview has been edited for length and clarity.", "This story
# was originally published by X." (inside a paragraph such words are the story's).
_EDITOR_NOTE = re.compile(
    r"^\(?(?:(?:this|the)\s+[\w&\s]{1,40}?\s+(?:has|have|was|were)\s+been\s+|(?:[\w&]+\s+){0,4}(?:were|was)\s+)?"
    r"(?:lightly\s+)?(?:edited|condensed)(?:\s+and\s+(?:edited|condensed))?\s+for\s+(?:length|clarity|brevity)"
    r"(?:,?\s+and\s+(?:length|clarity|brevity))?[.)]*$"
    r"|^\(?this\s+(?:article|story|piece|post|column|report|interview)\s+(?:was\s+)?(?:originally|first)\s+"
    r"(?:published|appeared)\b[^.!?]*[.)]*$"
    # "(Only the headline of this report may have been reworked by our staff; the rest is auto-generated from a
    # syndicated feed.)", "This story has not been edited by our staff"
    r"|^\(?[^()\n]{0,200}\b(?:syndicated|agency|wire|news)\s+feeds?\b[^()\n]{0,80}[.)]*$"
    r"|^\(?this\s+(?:story|article|report|copy)\s+has\s+not\s+been\s+edited\s+by\b[^()\n]{0,160}[.)]*$"
    # a blog feed's footer: "The post Bridge reopens appeared first on Valley News."
    r"|^the\s+post\s+[^\n]{1,200}?\s+appeared\s+first\s+on\s+[^\n]{1,80}$"
    # "Originally published at The Review. Republished with permission.", "Reprinted with permission of X."
    r"|^\(?(?:this\s+\w+\s+)?(?:was\s+)?(?:originally|first)\s+(?:published|appeared)\s+(?:at|in|on|by)\s+(?:the\s+)?(?-i:[A-Z])[^.!?,\n]{0,80}"
    r"(?:\.\s+(?:it\s+is\s+)?(?:republished|reprinted|reproduced)\s+(?:here\s+)?with\s+(?:kind\s+)?permission[^.!?\n]{0,80})?"
    r"[.)]*$"
    r"|^\(?(?:it\s+is\s+|this\s+\w+\s+is\s+)?(?:republished|reprinted|reproduced)\s+(?:here\s+)?with\s+(?:kind\s+)?"
    r"permission[^.!?\n]{0,80}[.)]*$",
    re.IGNORECASE,
)
# A mail's confidentiality footer: "This e-mail and any attachments are confidential and intended solely for ..."
_MAIL_DISCLAIMER = re.compile(
    r"^(?:this|the\s+information\s+in\s+this)\s+e-?mail(?:\s+message)?(?:\s+and\s+any\s+(?:attachments?|files?)"
    r"(?:\s+(?:to|with)\s+it)?)?\s+(?:is|are|may\s+be|contains?)\b.{0,500}$",
    re.IGNORECASE,
)
_CONFIDENTIAL = re.compile(r"\b(?:confidential|privileged|intended\s+(?:solely|only)\s+for)\b", re.IGNORECASE)
# A press release's furniture: its label, release terms, end mark and press-office contacts (the
# "Notes to editors" under the label stay: they are the release's own background facts)
_RELEASE_LINE = re.compile(
    r"^(?i:(?:joint\s+)?(?:press|news|media)\s+(?:release|advisory|statement)|for\s+(?:immediate|general)\s+release"
    r"|embargo(?:ed)?\b(?:\s+(?:until|till|to|for)\b.{0,60})?|notes?\s+(?:to|for)\s+(?:editors?|media)\s*:?"
    r"|(?:\d{1,2}[.)]\s+|[-*•]\s+)?(?:media|press)\s+(?:queries|enquiries|inquiries|contacts?|office)\s*:.*"
    r"|for\s+(?:all\s+)?(?:media|press)\s+(?:queries|enquiries|inquiries)\b.{0,80}"
    r"|issued\s+by\s*:?\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,4}(?:press|media|communications?|information|public\s+relations"
    r"|publicity)\s+(?:office|unit|department|desk|section|service|directorate|team|division|bureau)\b.{0,80})[.:]?$"
    r"|^[-–—=#*\s]*(?:ENDS?|-30-|###)[-–—=#*\s]*$|^[-–—=#*]+\s*(?i:ends?)\s*[-–—=#*]+$"
)
# A letterhead: the issuer set apart from the release's label ("MINISTRY OF HEALTH        Press Release")
_RELEASE_LABEL = r"(?i:(?:joint\s+)?(?:press|news|media)\s+(?:release|advisory|statement))"
_LETTERHEAD = re.compile(rf"^(?:.{{1,80}}?(?:\s{{3,}}|\t)\s*{_RELEASE_LABEL}|{_RELEASE_LABEL}(?:\s{{3,}}|\t)\s*.{{1,80}})$")
# A correction or clarification box ("Correction: An earlier version of this article misstated ...") and a
# wire's note on what a new version changed ("(Adds union comment in paragraph 5)", "(Recasts with
# minister's remarks)"): the newsroom talking about its copy, not news.
_CORRECTION_LINE = re.compile(
    r"^\(?(?i:(?:corrections?|clarifications?)(?:\s+(?:and|&)\s+clarifications?)?(?:\s*\([^()]{1,40}\)|,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)?"
    r"\s*[:\-–—]"
    r"|(?:editor['’]?s\s+note\s*:\s*)?(?:an?\s+)?(?:earlier|previous|prior)\s+version\s+of\s+this\s+"
    r"(?:article|story|report|piece|post|column)\b)"
    r"|^\((?i:adds|updates|recasts|rewrites|refiles|repeats|corrects|fixes|changes|removes|deletes|inserts|amends"
    r"|clarifies|moves|restores|replaces|tops|overlays|retops|writes\s+through)\b[^()]{0,200}\)$"
    r"|^\((?i:(?:this|the)\s+(?:[\w.,]+\s+){0,4}(?:story|article|report|item|version)\s+(?:corrects|refiles|adds"
    r"|updates|fixes|removes|clarifies|deletes|amends|replaces|was\s+(?:corrected|refiled|updated)))\b[^()]{0,200}\)$"
)
# Link text screen readers get: "Our Standards: The Trust Principles., opens new tab"
_NEW_TAB = re.compile(r"[,(]\s*opens?\s+(?:in\s+)?(?:a\s+)?new\s+(?:tab|window)\)?\s*$", re.IGNORECASE)
# A relative time stamp, or a stamp's label alone on its line ("Published" over "2 hours ago")
_RELATIVE_STAMP = re.compile(
    r"^(?:(?:first\s+)?(?:published|posted|updated|last\s+updated)\s*:?\s*)?(?:(?:\d{1,3}|an?|one)\s*"
    r"(?:seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w)\s+ago|yesterday|just\s+now)$"
    r"|^(?:[·•|\-–—]\s*)?(?:first\s+)?(?:published|posted|updated|last\s+updated|date)\s*:?$",
    re.IGNORECASE,
)
# A live blog's entry stamp alone on its line: "14:02 GMT", "Updated 9.41am", "08:15 BST"
_CLOCK = (
    r"(?:(?:updated|posted|published)\s*:?\s*(?:at\s+)?)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*{zone})?|\d{1,2}\.\d{2}\s*(?:[ap]\.?m\.?(?:\s*{zone})?|{zone}))"
    .replace("{zone}", r"(?:(?:gmt|utc|bst|cet|cest|eet|eest|msk|ist|jst|hkt|sgt|kst|aest|aedt|sast|wat|eat|cat|[ecmp][sd]?t)"
             r"(?:\s*[+-]\d{1,2})?|local(?:\s+time)?)")
)
_CLOCK_LINE = re.compile(rf"^{_CLOCK}$", re.IGNORECASE)
# ... and the stamp with the entry's heading after a dash on one line: "16:10 GMT — Army denies shelling claims"
_CLOCK_HEAD = re.compile(rf"^{_CLOCK}\s*[—–|-]\s*(?P<head>\S.*)$", re.IGNORECASE)
# An embedded social post's sign-off: "— Jo Roe (@joroe) June 3, 2025"
_EMBED_SIGNOFF = re.compile(r"^[—–-]{1,2}\s*[^()\n]{1,80}?\s*\(@\w{1,30}\)\s+[^()\n]{4,40}$")
_WIKI_IMAGE = re.compile(
    r"^(?:(?:thumb(?:nail)?|frame(?:less)?|left|right|center|upright|none|\d+px)\|)+", re.I
)
_CAPTION_CREDIT = re.compile(r"\(([^()]{1,60})\)\s*$")
_BARE_CREDIT = re.compile(r"(?:^|[.!?]\s+)([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2}\s?/\s?[A-Z][\w.'’-]*"
                          r"(?:\s+[A-Z][\w.'’-]*){0,3})\s*$")
_LABELLED_CREDIT = re.compile(r"[.!?]\s+(?i:photo(?:graph)?|picture|image|credit|illustration)s?\s*:\s*([A-Z][^:\n]{1,60})$")
_TRAILING_EMPH = re.compile(r"(\*\*|__|\*|_)([^*_\n]{2,80}?)\1\s*$")

_LINK_ONLY = re.compile(
    r"^(?:\s*(?:<(?:https?|ftp)://[^>\s]+>|(?:https?|ftp)://\S+|www\.\S+|!?\[[^\]\n]*\]\([^)\n]*\))\s*[|,·•]?)+$"
)
_URL = re.compile(r"(?:https?|ftp)://[^\s<>\]\)]+")
# A search engine's cache banner over the copy it keeps ("This is Google's cache of <url>. It is a snapshot of
# the page as it appeared on ...", "Full version Text-only version View source", "Tip: To quickly find your
# search term ..."): the cache's furniture; the address it names is the page's
_CACHE_BANNER = re.compile(
    r"^this\s+is\s+[\w.-]+['’]s\s+cache\s+of\s+(?P<url>\S+?)\.?(?:\s|$)"
    r"|^(?:full\s+version\s+)?text-only\s+version(?:\s+view\s+source)?$"
    r"|^tip:\s+to\s+quickly\s+find\s+your\s+search\s+term\b",
    re.IGNORECASE,
)
# The label of a summary box over its bullets ("Key points", "At a glance", "What we know so far"): the page's
# heading, not a sentence (the bullets under it stay: they are the story's facts)
_BOX_LABEL = re.compile(r"^(?:(?:the\s+)?key\s+(?:points|facts|takeaways|findings|numbers)|at\s+a\s+glance"
                        r"|what\s+we\s+know(?:\s+so\s+far)?|(?:quick|fast)\s+facts|tl;?\s?dr)\s*:?$", re.IGNORECASE)
# A page's table as text: its rows between pipes and the rule under its header row ("|---|---|")
_TABLE_ROW = re.compile(r"^\|(?:[^|\n]*\|){2,}$")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")
_TRAILER_LABEL = re.compile(
    r"^(?:original|source|canonical|article)?\s*(?:url|link|source|article)\s*:\s*(?P<rest>.*)$",
    re.IGNORECASE,
)

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_HAS_DATE = re.compile(
    rf"\b(?:{_MONTHS})\b\.?|\b\d{{4}}\b|\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b", re.IGNORECASE
)
_ISO_DATETIME = re.compile(r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?\b")
_DATE_TOKEN = re.compile(
    rf"""\b(?:{_MONTHS}
    | mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?
    | \d{{1,2}}(?:[:.]\d{{2}}(?::\d{{2}})?|h\d{{2}})(?:[ap]\.?m)? | \d{{1,4}}(?:st|nd|rd|th)? | [ap]\.?m\b\.? | noon | midnight
    | (?:\d{{1,3}}\s*|an?\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago
    | gmt|utc|msk|cet|cest|eet|eest|[ecmp][sd]?t|bst|ist|jst|hkt|sgt|kst|aest|aedt|sast|wat|eat|cat|z
    | hrs|local|uhr|um|à  # "10:02 hrs", "local time"; a German or French page's clock ("10:15 Uhr", "à 10h15")
    | published|posted|updated|last|modified|first|originally|on|at|date|time|of|the)\b\.?""",
    re.IGNORECASE | re.VERBOSE,
)
_DATE_RESIDUE = re.compile(r"^[\s,.:;/|()\[\]+\-–—@]*$")
_UPDATE_LINE = re.compile(r"^(?:last\s+)?(?:updated|modified|edited)\b", re.IGNORECASE)
# ... and a live blog's kicker with its update stamp: "Live coverage, updated Thursday, Sept. 25, 2025"
_LIVE_UPDATE = re.compile(r"^live(?:\s+(?:coverage|updates?|blog|reporting|news))?\s*[,:;–—-]\s*updated\b", re.IGNORECASE)
_POSTED_AT = re.compile(r"^(?:first\s+)?(?:published|posted)\s+(?:at\s+)?\d{1,2}[:.]\d{2}\b", re.IGNORECASE)
_PUBLISHED_LINE = re.compile(
    r"^(?:first\s+)?(?:published|posted)\b|^(?:issued|released|made(?:\s+on)?|dated|date\s+of\s+(?:issue|publication)"
    r"|(?:release|issue|statement|publication)\s+date)\s*:"
    r"|^for\s+(?:immediate|general)\s+release\s*[:,\-–—]"  # "For immediate release: 2 March 2025"
    # a notice's signing date under its signature: "Dated 20 March 2025", "Dated this 3rd day of May, 2025"
    rf"|^(?:dated|given|signed)(?:\s+(?:at\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?,?|on|this))*\s+(?:\d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:\s+day)?(?:\s+of)?\s+(?:{_MONTHS})\.?|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?),?\s+\d{{4}}\.?$",
    re.IGNORECASE,
)
# "A report by Relief Frontline", "New study from the Ocean Institute": a report's author under its headline
_REPORT_BY = re.compile(
    r"^(?i:(?:an?\s+)?(?:new\s+|joint\s+|special\s+)?(?:report|study|briefing|paper|analysis|survey|investigation))"
    r"\s+(?:by|from)\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|for|and|the|on)){0,6}$"
)
# A wire's note to editors, not a story ("ADVISORY: Editors please note ...", "ADVISORY-Corrected story moved")
_WIRE_ADVISORY = re.compile(r"^(?:EDITORS?['’]?\s+)?ADVISORY\s*[:\-–—]|^(?i:editors\s+(?:please\s+)?note)\s*[:\-–—]")
_BYLINE = re.compile(
    r"^(?:(?:written|words|story|text|reported)\s+by:?\s+(?=(?-i:[A-Z]))|by:?\s+)[A-Z][\w.'’-]*(?:\s+[A-Z\d][\w.'’-]*){0,3}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*"
    # ... and the writers' outlet or post: "…, Staff Writer", "… | Reuters", "…/Reuters", "… for The Daily Post"
    r"(?:\s*[,|/–—-]\s*[\w .'’-]{0,40}|\s+for\s+(?-i:[A-Z])[\w .&'’-]{0,40})?$",
    re.IGNORECASE,
)
# a byline and its stamp on one line: "By Jo Roe, Wire Updated 3:40 PM ET, Tue March 4, 2025"
_BYLINE_STAMP = re.compile(r"^(?P<by>(?:(?:written|words|story|text|reported)\s+)?by:?\s+\S.{2,80}?)\s+"
                           r"(?:(?P<stamp>(?:(?:last\s+)?updated|(?:first\s+)?published|posted)\b.+)|on\s+(?P<day>\S.+))$",
                           re.IGNORECASE)
_AGE = re.compile(r"^\d{1,2}\s?(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)$", re.IGNORECASE)  # "3h", "25 mins"

_TERMINAL = frozenset(".!?…:;")
_CLOSERS = " \t\r*_”\"’'»)]"
_QUOTE_STRAIGHT = '"'
_TITLE_STOP = frozenset(
    {
        *("a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "off"),
        *("on", "onto", "or", "over", "per", "the", "to", "up", "via", "vs", "with"),
    }
)
# words a broken sentence may stop on, which a headline does not end with
_OPEN_WORDS = frozenset({*_TITLE_STOP, "that", "which", "who", "whose", "when", "where", "while", "if", "than", "its",
                         "their", "his", "her", "our", "your", "this", "these", "those", "is", "are", "was", "were",
                         "be", "been", "has", "have", "had", "will", "would", "said", "says", "told"})
_SETEXT = re.compile(r"(?:=+|-+)$")
_KICKER = re.compile(r"^[A-Z]{3,}(?:\s[A-Z]{2,})?\s?[:|]\s+\S")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w'’.,/-]*")

# Line classes.
_N, _S, _B, _H, _W = "N", "S", "B", "H", "W"  # neutral, call-to-action, button, appeal header, appeal-like
_C, _L, _T = "C", "L", "T"  # credit/caption, link-only, template/markup residue
_D, _U, _Y, _HD = "D", "U", "Y", "HD"  # date line, update stamp, byline, markdown heading
_P = "P"  # page furniture (page number, running head) of a PDF or print copy
_TC = "TC"  # the second line of a headline a PDF copy wrapped with a hyphen ("... emer-" / "gency ...")


@dataclass(slots=True)
class _Line:
    start: int  # first non-space character
    end: int  # after the last non-space character
    block: int  # consecutive non-blank lines share a block
    plain: str
    cls: str = _N
    credit_from: int | None = None  # a trailing photo credit inside the line starts here


# ---------------------------------------------------------------------------------------------


def clean(doc: Document) -> Document:
    """Return `doc` with `title_span`, `body`, `boilerplate` and `repairs` filled in."""
    text = doc.text
    lines = _split_glued_head(text, _split_lines(text))
    for line in lines:
        line.cls = _classify(text, line)
    _mark_wrapped_bylines(lines)
    _mark_running_heads(text, lines)
    _mark_embeds(lines)
    _mark_gallery_captions(lines)
    url = doc.url
    boiler = _mark_runs(lines)
    trailer_url = _mark_trailers(lines, boiler)
    if url is None and trailer_url is not None:
        url = trailer_url
    if url is None:  # a printed page's footer gives its address
        url = next((m["url"] for line in lines if line.cls == _P
                    and (m := _PRINT_FOOTER.match(text[line.start : line.end])) is not None), None)
    for i, line in enumerate(lines):
        if line.cls in (_C, _L, _T, _P):
            boiler[i] = True
    subject = _mark_mail_headers(text, lines, boiler)
    forwarded = _mark_forwarded_block(text, lines, boiler)
    if subject is None and forwarded is not None:
        subject = forwarded, True  # the forwarded mail's subject names the story under it (its own headline, better)
    front_title = _mark_front_matter(text, lines, boiler)
    _mark_release_trailer(text, lines, boiler)
    _mark_footnotes(text, lines, boiler)
    _mark_link_lists(text, lines, boiler)
    _mark_menu_columns(lines, boiler)
    _mark_signature_delimiter(text, lines, boiler)
    _mark_author_box(lines, boiler)
    _mark_outlet_tagline(lines, boiler)
    _mark_gazette_head(text, lines, boiler)
    _mark_notice_number(lines, boiler)

    _mark_byline_blocks(lines)
    _mark_name_lists(lines)
    _mark_role_bylines(lines)
    _mark_agency_under_byline(lines)
    title_index = _find_title(text, lines, boiler, doc.title)
    if subject is not None and doc.title is None and (
        title_index is None or (not subject[1] and lines[title_index].cls != _HD
                                and not _words_within(lines[title_index].plain, text[subject[0].start : subject[0].end])
                                and not _words_within(_SUBJECT_LABEL.sub("", text[subject[0].start : subject[0].end]),
                                                      lines[title_index].plain))
    ):
        # a newsletter's subject names its story better than a label over the text ("Harbour Briefing"),
        # but not better than the story's own headline, which it may wrap ("Morning briefing: <headline>")
        title_index = None
    else:
        subject = None
    _mark_name_over_date(lines, title_index)
    _mark_section_labels(lines, boiler, title_index)
    _mark_video_lines(lines, boiler, title_index)
    _mark_pull_quotes(lines, boiler, title_index)
    _mark_entry_heads(lines, boiler, title_index)
    _mark_signature_block(lines, boiler, title_index)
    title_span: Span | None = None
    site_span: Span | None = None  # an outlet's name the headline line ends on
    source = doc.source
    title = doc.title
    if subject is None and title_index is None and doc.title is None and front_title is not None:
        subject = front_title, False  # the front matter's own title, when the page has no headline
    if subject is not None:
        title_span = subject[0]
        title = _plain(text[title_span.start : title_span.end]) or None
    elif title_index is not None:
        title_span = _title_span(text, lines[title_index])
        site_tail = _SITE_TAIL.search(text, title_span.start, title_span.end) if doc.title is None else None
        if site_tail is not None and len(_WORD.findall(text[title_span.start : site_tail.start()])) >= 3:
            # "Headline | Reuters", "Headline - Harbour News": a saved page's title names its outlet after the
            # headline; the name is the source, not the headline's words
            title_span = Span(title_span.start, site_tail.start())
            site_span = Span(site_tail.start() + (len(site_tail[0]) - len(site_tail[0].lstrip())), site_tail.end())
            if not doc.source:
                source = site_tail["site"]
        if title is None:
            title = _plain(text[title_span.start : title_span.end]) or None
        if title_index + 1 < len(lines) and lines[title_index + 1].cls == _TC:
            tail = lines[title_index + 1]
            title_span = Span(title_span.start, tail.end)
            if doc.title is None and title:
                title = title[:-1] + tail.plain  # "emer-" + "gency": the wrap's hyphen goes
        elif doc.title is None and title and (tails := _act_title_tail(lines, title_index)):
            # the lines go on naming the act; its title span stays on the first line, whose date line
            # under it is the page's date
            title = " ".join((title, *(lines[k].plain for k in tails)))

    boilerplate = _boilerplate_spans(lines, boiler)
    if site_span is not None:
        boilerplate.append(site_span)
    boilerplate = sorted((*boilerplate, *_inline_ads(text, lines, boiler)), key=lambda s: (s.start, s.end))
    body, joins = _body_and_joins(text, lines, boiler, title_index)
    repairs = sorted((*joins, *_markup_repairs(text, boilerplate)), key=lambda r: (r.start, r.end))
    return replace(
        doc,
        url=url,
        source=source,
        title=title,
        title_span=title_span,
        body=tuple(body),
        boilerplate=tuple(boilerplate),
        repairs=tuple(repairs),
    )


def analysis_text(doc: Document) -> str:
    """The text spaCy reads: same length as `doc.text`, boilerplate/markup blanked, repairs joined.

    Boilerplate keeps its newlines (paragraph structure stays); a join repair becomes spaces
    throughout so the parser reads one sentence across the mended break.
    """
    text = doc.text
    keep_nl = [(s.start, s.end) for s in doc.boilerplate]
    keep_nl.extend((r.start, r.end) for r in doc.repairs if r.kind not in ("join", "hyphen"))
    blank_all = [(r.start, r.end) for r in doc.repairs if r.kind == "join"]
    breaks = [r for r in doc.repairs if r.kind == "hyphen"]
    if not keep_nl and not blank_all and not breaks:
        return _dateline_dash(text, doc.dateline_span)
    marks: list[tuple[int, int, bool]] = [(s, e, False) for s, e in _union(keep_nl)]
    marks.extend((s, e, True) for s, e in _union(blank_all))
    marks.sort()
    out: list[str] = []
    pos = 0
    for start, end, all_chars in marks:
        start = max(start, pos)
        if end <= start:
            continue
        out.append(text[pos:start])
        chunk = text[start:end]
        out.append(" " * len(chunk) if all_chars else _NOT_NEWLINE.sub(" ", chunk))
        pos = end
    out.append(text[pos:])
    result = _dateline_dash("".join(out), doc.dateline_span)
    for start, rest_end, width in hyphen_shifts(doc) if breaks else ():
        # the word's rest slides back over the break, the freed characters trail it as spaces: the word
        # keeps its first offset (its last ones are short by the break's width; `original_offset` maps back)
        rest = result[start + width : rest_end + width]
        result = f"{result[:start]}{rest}{' ' * width}{result[rest_end + width :]}"
    assert len(result) == len(text)
    return result


# the hyphen (or two) a wire closes its dateline with ("LIMA - Peru's navy said ...")
_DATELINE_HYPHEN = re.compile(r"(?<=\s)-{1,2}(?=\s|$)")


def _dateline_dash(text: str, dateline: Span | None) -> str:
    """The dateline's closing hyphen read as the dash it stands for: the tagger takes "LIMA - Peru's navy"
    for one name across a hyphen, never across a dash."""
    if dateline is None:
        return text
    last = None
    for found in _DATELINE_HYPHEN.finditer(text, dateline.start, dateline.end):
        last = found
    if last is None:
        return text
    return f"{text[: last.start()]}—{' ' * (last.end() - last.start() - 1)}{text[last.end() :]}"


def hyphen_shifts(doc: Document) -> list[tuple[int, int, int]]:
    """Where `analysis_text` slid a broken word's rest back over its line break: (the break's start, the
    end of the slid rest, the break's width). An offset read off the analysis text that falls in
    (start, rest end] lies that width further on in `doc.text` (see `original_offset`)."""
    shifts = []
    for r in doc.repairs:
        if r.kind == "hyphen" and (tail := _BROKEN_TAIL.match(doc.text, r.end)) is not None:
            shifts.append((r.start, r.start + len(tail.group()), r.end - r.start))
    return shifts


def original_offset(offset: int, shifts: list[tuple[int, int, int]]) -> int:
    """An analysis-text offset as an offset into `doc.text` (they differ only inside a mended word)."""
    for start, rest_end, width in shifts:
        if start < offset <= rest_end:
            return offset + width
    return offset


_NOT_NEWLINE = re.compile(r"[^\n]")
_MAX_END = 1 << 62


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


# ---------------------------------------------------------------------------------------------
# Lines and their classes.


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    block = 0
    blank = True
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            if blank:
                block += 1
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            lines.append(_Line(start, start + len(stripped), block, _plain(stripped)))
            blank = False
        else:
            blank = True
        pos += len(raw) + 1
    return lines


# a capitals place inside a line, where a dateline may start: "... Above Average NEW DELHI - India's ..."
_INNER_PLACE = re.compile(r"(?<=\s)[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+)*\s*[,(–—-]")


def _split_glued_head(text: str, lines: list[_Line]) -> list[_Line]:
    """A copy flattened to one line per story (a scraper joined its blocks with spaces) runs the headline
    into the dateline: "Monsoon Rains Above Average NEW DELHI - India's monsoon ...". The words before a
    dateline that opens a capitalised lead, when they are a short phrase with no sentence end, are a line
    of their own (the headline) and the story's first paragraph starts at the dateline."""
    if not lines or (len(lines) > 1 and lines[1].block == lines[0].block):
        return lines
    first = lines[0]
    for m in _INNER_PLACE.finditer(text, first.start, min(first.end, first.start + 200)):
        head = text[first.start : m.start()].rstrip()
        words = _WORD.findall(head)
        if not 3 <= len(words) <= 20 or any(c in head for c in ".!?:;\"“”") or words[-1].lower() in _OPEN_WORDS \
                or not head[0].isupper() or (_title_case(words) < 0.6 and len(words) > 14):
            continue
        end = dateline_end(text, m.start())
        if end is None or end >= first.end or not text[end].isupper():
            continue
        split = [_Line(first.start, first.start + len(head), first.block, _plain(head)),
                 _Line(m.start(), first.end, first.block + 1, _plain(text[m.start() : first.end]))]
        for line in lines[1:]:
            line.block += 1
        return split + lines[1:]
    return lines


def _plain(line: str) -> str:
    if not any(c in line for c in _MARKUP_CHARS):
        return _SPACES.sub(" ", line)
    s = _P_LINK.sub(r"\1", line)
    s = _P_AUTOLINK.sub(r"\1", s)
    s = _P_MARKS.sub("", s)
    return _SPACES.sub(" ", s).strip()


def _classify(text: str, line: _Line) -> str:
    raw = text[line.start : line.end]
    plain = line.plain
    if _HEADING.match(raw):
        return _HD
    if not plain or _TEMPLATE_LINE.match(plain) or _RULE.match(raw) or _TABLE_RULE.match(plain):
        return _T
    if len(raw) <= 120 and (_PAGE_LINE.match(plain) or _RUNNING_HEAD.match(raw)):
        return _P
    if len(raw) <= 400 and (_PRINT_FOOTER.match(raw) or _PRINT_HEADER.match(raw)):
        return _P
    if _LINK_ONLY.match(raw):
        return _L
    if _GLYPH_LINE.match(plain) or (len(plain) <= 120 and _SHARE_LINE.match(plain)) or _is_menu(plain):
        return _S
    if len(plain) <= 120 and _HEADER_LINE.match(plain):
        return _H
    if len(plain) <= 220 and _CTA_LINE.match(plain):
        return _S
    if (len(plain) <= 400 and _CACHE_BANNER.match(plain)) or (len(plain) <= 40 and _BOX_LABEL.match(plain)):
        return _S
    if len(plain) <= 120 and (_cta_row(plain) or _TAG_LINE.match(plain) or _READ_TIME.match(plain)):
        return _S  # ... and a read or listen time alone on its line ("4 min", "6 min read")
    if len(plain) <= 40 and _BUTTON_LINE.match(plain):
        return _B
    if len(plain) <= 200 and _EMBED_SIGNOFF.match(plain) and _HAS_DATE.search(plain):
        return _C
    credit = _credit_class(raw, plain, line)
    if credit is not None:
        return credit
    if len(plain) <= 600 and _COPYRIGHT.match(plain):
        return _S
    if len(plain) <= 200 and _NEW_TAB.search(plain):
        return _L
    if len(plain) <= 200 and (_EDITOR_NOTE.match(plain) or _CONTACT_LINE.match(plain) or _RELEASE_LINE.match(plain)):
        return _S
    if len(plain) <= 400 and _WIRE_ADVISORY.match(plain):
        return _S
    if len(plain) <= 600 and _MAIL_DISCLAIMER.match(plain) and _CONFIDENTIAL.search(plain):
        return _S
    if len(raw) <= 200 and _LETTERHEAD.match(raw):
        return _S
    if len(plain) <= 600 and _CORRECTION_LINE.match(plain):
        return _S
    if _TABLE_ROW.match(plain):
        return _N  # a table's row ("| 2024 | 63 |") is the story's figures, not a date stamp
    if len(plain) <= 160 and (row := _stamp_row(plain)) is not None:
        return row
    if len(plain) <= 120:
        if _RELATIVE_STAMP.match(plain) or _CLOCK_LINE.match(plain):
            return _D
        if _UPDATE_LINE.match(plain) or (_LIVE_UPDATE.match(plain) and _HAS_DATE.search(plain)):
            return _U
        if _is_date_line(plain) or _PLACE_DAY.match(plain):
            return _D
        if len(plain) <= 80 and (_BYLINE.match(plain) or _REPORT_BY.match(plain)):
            return _Y
        if (both := _BYLINE_STAMP.match(plain)) is not None and _BYLINE.match(both["by"]) and (
                (both["day"] is not None and _is_date_line(both["day"])) or (both["stamp"] is not None and (
                    _is_date_line(both["stamp"]) or (_UPDATE_LINE.match(both["stamp"]) and _HAS_DATE.search(both["stamp"]))))):
            # "By Jo Roe, Wire Updated 3:40 PM ET, Tue March 4, 2025", "Written by Jo Roe on 03/03/2025"
            return _Y
    if plain[0] in _OPENING_QUOTE:
        return _N  # a quotation is reported speech, even when it says "we" and "you"
    has_pronoun = _APPEAL_PRONOUN.search(plain) is not None
    if not has_pronoun and len(plain) > 100:
        return _N
    low = plain.lower()
    if _ATTRIBUTION.search(low):
        return _N
    if _CTA_PHRASE.search(low):
        return _S
    if has_pronoun and len(plain) <= 1200:
        return _W
    return _N


def _credit_class(raw: str, plain: str, line: _Line) -> str | None:
    """Photo credits and captions: the whole line (C) or a trailing credit inside it."""
    if len(plain) > 300:
        return None
    if (_CREDIT_PREFIX.match(plain) and len(plain) <= 200) or _WIKI_IMAGE.match(plain) \
            or _CAPTION_LABEL.match(plain):
        return _C
    if _STAFF_CREDIT.match(plain) and all(
        w[:1].isupper() or w.lower() in _STAFF_WORDS for w in re.findall(r"[^\W\d_][\w'’.-]*", plain)
    ):
        return _C
    if len(plain) <= 250 and _CONTRIBUTED.search(plain):
        return _C
    m = _TRAILING_EMPH.search(raw)
    if m is not None:
        inner = m.group(2).strip()
        words = inner.split()
        if (
            1 <= len(words) <= 8
            and inner[-1] not in ".!?"
            and (_CREDIT_SLASH.search(inner) or _CREDIT_WORDS.search(inner))
        ):
            if not raw[: m.start()].strip():
                return _C
            line.credit_from = line.start + m.start()
            return None
    if len(plain) <= 200 and (credited := _LABELLED_CREDIT.search(plain)) is not None \
            and (_CREDIT_SLASH.search(credited[1]) or _CREDIT_WORDS.search(credited[1])) \
            and _INLINE_CREDIT.search(plain) is None:  # (a credit the story's next sentence follows is inline)
        return _C  # "A nurse cools a patient at the hospital. Photograph: Lidia Sarn/Wire": a caption and its credit
    if len(plain) <= 200 and (bare := _BARE_CREDIT.search(plain)) is not None and _CREDIT_WORDS.search(bare[1]):
        return _C  # "Ships wait at the strait, June 20. REUTERS/Jane Roe": a caption with its credit
    c = _CAPTION_CREDIT.search(raw)
    if c is not None:
        inner = c.group(1)
        if (_CREDIT_SLASH.search(inner) or _CREDIT_WORDS.search(inner)) and len(inner.split()) <= 6:
            before = raw[: c.start()].rstrip()
            labelled = _CREDIT_PREFIX.match(inner.strip()) is not None  # "(Photo: X)": a caption's credit
            if labelled or not before.endswith((".", "!", "?", ":", "”", '"')):
                # a caption: short, no sentence end, a credit in brackets
                return _C if len(plain) <= 200 else None
            # a sentence followed by "(Agency)": only the credit is furniture
            line.credit_from = line.start + c.start()
    return None


_NAME_ITEM = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}$")
_WIRE_ITEM = re.compile(r"^[A-Z]{2,6}$")  # "PTI | Updated: Mar 4, 2025": an agency's initials beside the stamp
# "Harbour Park, Saturday": a sports report's ground and match day under its headline
_PLACE_DAY = re.compile(
    r"^[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|upon|on|de|la|the)){0,4},\s*"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?$"
)
# a page section's label in a stamp row ("14 May 2025 | Analysis | Baltic Ledger")
_SECTION_ITEM = re.compile(
    r"^(?i:opinion|analysis|comment|commentary|editorial|review|explainer|interview|feature|features|news|world"
    r"|business|politics|sports?|culture|science|health|tech|technology|markets?|economy|local|national"
    r"|international|podcast|video|live|investigation|long\s+read|fact\s+check)$"
)
_ROW_SEP = re.compile(r"\s+[|•·]\s+")
_SOURCE_LABEL = re.compile(r"^(?:source|via|credit)\s*:\s*[A-Z][\w&.'’ -]{0,40}$", re.IGNORECASE)


def _mark_wrapped_bylines(lines: list[_Line]) -> None:
    """A byline a name's hyphen wrapped ("By Ana Roe and Jo Whit-" / "more"): its rest is the byline too."""
    for prev, line in itertools.pairwise(lines):
        if prev.cls == _Y and line.cls == _N and line.block == prev.block and len(line.plain) <= 40 \
                and _BROKEN_HEAD.search(prev.plain) is not None and _BYLINE.match(prev.plain + line.plain):
            line.cls = _Y


_SOURCE_WORD = re.compile(r"^[A-Z][\w&.'’-]{1,30}$")  # an outlet's one-word name beside its writers' ("Reuters")


def _stamp_row(plain: str) -> str | None:
    """"By Jo Roe, Staff Writer | June 4, 2024", "4 June 2024 • 3 min read", "Source: Wire | Date: June 4":
    a row of byline, date, read-time and source items is a byline (Y) or a date line (D)."""
    items = _ROW_SEP.split(plain)
    if len(items) < 2:
        return None
    kinds: list[str] = []
    for item in items:
        if _BYLINE.match(item):
            kinds.append(_Y)
        elif _is_date_line(item) or _RELATIVE_STAMP.match(item) or (_Y in kinds and _AGE.match(item)):
            kinds.append(_D)  # ... and a bare age after the byline ("Story by Jo Roe • 3h")
        elif _READ_TIME.match(item) or _SOURCE_LABEL.match(item) or _SECTION_ITEM.match(item) \
                or _CLOCK_LINE.match(item):  # "4 Mar 2025 · 10:15 AM PST": the clock beside the date
            kinds.append(_S)
        elif _NAMES_LINE.match(item):
            kinds.append(_Y)  # "Jo Roe and Ana Bell | Reuters | June 4, 2024"
        elif _NAME_ITEM.match(item) or _WIRE_ITEM.match(item) or (_Y in kinds and _SOURCE_WORD.match(item)):
            kinds.append(_N)  # an author's name, a byline only beside a date ("Jo Roe • 4 June 2024")
        else:
            return None
    if _D not in kinds and _Y not in kinds:
        return None
    return _Y if _Y in kinds or _N in kinds else _D


# A press release's closing sections: "About Acme Corp.", "Media contact:", "Forward-looking statements"
_RELEASE_SECTION = re.compile(
    r"^(?:about\s+(?:the\s+)?(?-i:[A-Z])[\w&.,'’()\- ]{1,60}|(?:media|press|investor|company)\s+(?:contacts?|enquiries|inquiries"
    r"|relations)(?:\s+information)?|contacts?|for\s+(?:more|further)\s+information(?:,?\s+(?:please\s+)?contact)?"
    r"|forward[- ]looking\s+statements?|safe\s+harbou?r(?:\s+statement)?|cautionary\s+(?:note|statement)s?)"
    r"(?:\s+regarding\s+[\w ,-]{1,60})?\s*:?$",
    re.IGNORECASE,
)
_RELEASE_MARK = re.compile(
    r"/\s*PRNewswire|\((?:BUSINESS\s+WIRE|GLOBE\s+NEWSWIRE|ACCESSWIRE|Newsfile)\)|^(?:for\s+immediate\s+release|###|-30-)\s*$"
    r"|(?-i:^SOURCE\s+[A-Z])",
    re.IGNORECASE | re.MULTILINE,
)


def _mark_release_trailer(text: str, lines: list[_Line], boiler: list[bool]) -> None:
    """In a press release, everything from its 'About <company>' or 'Media contact' section on is the
    issuer's standing copy (the trade calls it boilerplate), not news."""
    if _RELEASE_MARK.search(text) is None:
        return
    story = [i for i, line in enumerate(lines) if line.cls == _N and not boiler[i]]
    if len(story) < 2:
        return
    for i in range(story[1], len(lines)):
        if len(lines[i].plain) <= 100 and _RELEASE_SECTION.match(lines[i].plain):
            for k in range(i, len(lines)):
                boiler[k] = True
            return


_FOOTNOTE = re.compile(r"^(?P<n>[1-9]\d?)\s+[A-Z\"“]")  # "1 Figures from ...", not a list's "1. Cut costs"


def _mark_footnotes(text: str, lines: list[_Line], boiler: list[bool]) -> None:
    """A PDF copy's footnotes: numbered lines (1, 2, 3 ...) closing the text, whose numbers the story
    carries as note marks glued to its words ("... without new investment.1")."""
    notes: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        if boiler[i] or lines[i].cls == _P:
            continue
        m = _FOOTNOTE.match(lines[i].plain)
        if m is None or len(_WORD.findall(lines[i].plain)) > 40:
            break
        notes.append(i)
    notes.reverse()
    if not notes or [int(_FOOTNOTE.match(lines[i].plain)["n"]) for i in notes] != list(  # type: ignore[index]
            range(1, len(notes) + 1)):
        return
    story = text[: lines[notes[0]].start]
    # a mark after a small letter or a stop ("survey1", "investment.1"), not a code's ("Q1", "F1")
    marked = [re.search(rf"(?:[a-z]|[a-z][.,;:”\"’)]){n}(?!\d)", story) is not None for n in range(1, len(notes) + 1)]
    if marked[0] and 2 * sum(marked) >= len(marked):
        for i in notes:
            boiler[i] = True


# An official gazette's or bulletin's masthead: its name ("OFFICIAL GAZETTE", "The Government Bulletin",
# "Federal Register") and the name's run-on line ("OF THE REPUBLIC OF ..."), the issue's number ("Vol. 12 No. 34",
# "Volume 48, Number 7"), its imprint ("Published by Authority"), and a notice's number ("GENERAL NOTICE 1187 OF
# 2024", "Legal Notice No. 45"): what the notice is printed in and filed as, not its heading or its words
_GAZETTE_NAME = re.compile(
    r"^(?:the\s+)?(?:(?!(?:in|on|to|at|by|for|from|into|with|and|or|of|new|latest)\b)[\w'’.-]+\s+){0,3}?"
    r"(?:gazette|(?:official|government|state|federal|legal|law|public)\s+(?:bulletin"
    r"|journal|register|record|gazette))(?:\s+(?:of|for)\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,5})?"
    r"(?:\s*[(\[]?(?:extraordinary|special\s+(?:issue|edition)|supplement)[)\]]?)?$",
    re.IGNORECASE,
)
_GAZETTE_RUN_ON = re.compile(r"^(?:of|for)\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,6}$|^\(?(?:extraordinary|special"
                             r"\s+(?:issue|edition)|supplement)\)?$", re.IGNORECASE)
_ISSUE_NUMBER = re.compile(
    r"^(?:vol(?:ume)?\.?\s*[\dIVXLC]+[,;.—–-]?\s*)?(?:(?:no|nr)\.?|number|issue)\s*\d+\b(?P<rest>.*)$"
    r"|^vol(?:ume)?\.?\s*[\dIVXLC]+\b(?P<rest2>.*)$",
    re.IGNORECASE,
)
_IMPRINT = re.compile(r"^(?:printed\s+and\s+)?published\s+(?:by|under)\s+(?:the\s+)?authority\b[^.!?]{0,60}\.?$"
                      r"|^\(?registered\s+(?:as\s+a\s+newspaper|at\s+the\s+g\.?\s?p\.?\s?o\b)[^()]{0,60}\)?$"
                      r"|^(?:printed\s+and\s+)?published\s+by\s+the\s+government\s+printer\b[^.!?]{0,60}\.?$",
                      re.IGNORECASE)
_NOTICE_NUMBER = re.compile(
    r"^(?:(?:general|government|legal|public|statutory|official|special|gazette|executive)\s+)?(?:notice|notification"
    r"|instrument|order|proclamation|decree|resolution)\s+(?:(?:no|nr)\.?\s*)?(?:[A-Z]\.?\s*)?\d+(?:\s*(?:of|/)\s*\d{4})?$",
    re.IGNORECASE,
)
# a public body issuing the notice ("MINISTRY OF TRANSPORT", "Council of Ministers")
_GAZETTE_ISSUER = re.compile(
    r"^(?:the\s+)?(?:[\w'’.-]+\s+){0,2}?(?:ministry|department|office|council|cabinet|presidency|secretariat"
    r"|commission|authority|agency|board|bureau|directorate|government)\b(?:\s+(?:of|for)\s+[\w'’.,&\s-]{1,60})?$",
    re.IGNORECASE,
)
_PLACE_PREFIX = re.compile(r"^[\s,;:|·•\-–—]*(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s*)?")


def _mark_gazette_head(text: str, lines: list[_Line], boiler: list[bool]) -> None:
    """Over a gazette's notice, its masthead is furniture, its issue's date a date line and the issuing
    body the byline; the notice's own heading is then the first line left."""
    head: list[int] = []
    for i, line in enumerate(lines[:15]):
        if line.cls == _N and len(_WORD.findall(line.plain)) >= 12 and line.plain[-1] in ".!?\"”’":
            break
        head.append(i)
    names = [i for i in head if not boiler[i] and lines[i].cls == _N and len(lines[i].plain) <= 100
             and _GAZETTE_NAME.match(lines[i].plain) and lines[i].plain[-1] not in _TERMINAL
             and (lines[i].plain.isupper() or _title_case(_WORD.findall(lines[i].plain)) == 1.0)]
    if not names:
        return
    for i in head:
        line = lines[i]
        plain = line.plain
        if boiler[i] or len(plain) > 120:
            continue
        if i < names[0]:
            # the state's name or arms over the gazette's ("THE REPUBLIC OF ...")
            if line.cls == _N and len(_WORD.findall(plain)) <= 8 and plain[-1] not in _TERMINAL and (
                    plain.isupper() or _title_case(_WORD.findall(plain)) == 1.0):
                boiler[i] = True
        elif i in names or (i - 1 in names and line.block == lines[i - 1].block and _GAZETTE_RUN_ON.match(plain)
                            and (plain.isupper() or plain[0].islower())):
            names.append(i)
            boiler[i] = True
        elif _IMPRINT.match(plain) or _NOTICE_NUMBER.match(plain):
            boiler[i] = True
        elif (m := _ISSUE_NUMBER.match(text[line.start : line.end])) is not None:
            dated = _issue_rest(m["rest"] or m["rest2"] or "")
            if dated is None:
                boiler[i] = True
            elif dated:
                line.cls = _D
        elif (m := _ISSUE_CODE.match(plain)) is not None and _is_date_line(m["rest"]):
            line.cls = _D  # "L 112, 3 May 2025": the series and number of the issue, and its day
        elif line.cls == _N and _GAZETTE_ISSUER.match(plain) and plain[-1] not in _TERMINAL \
                and len(_WORD.findall(plain)) <= 8 and (plain.isupper() or _title_case(_WORD.findall(plain)) == 1.0):
            line.cls = _Y


def _mark_notice_number(lines: list[_Line], boiler: list[bool]) -> None:
    """A notice's serial number over its heading ("GOVERNMENT NOTICE No. 412", "Executive Order 14067"),
    set apart at the head of the text, is its filing label; the heading under it names it."""
    for i, line in enumerate(lines[:8]):
        if line.cls == _N and len(_WORD.findall(line.plain)) >= 12 and line.plain[-1] in ".!?\"”’":
            return
        if not boiler[i] and line.cls == _N and len(line.plain) <= 60 and _NOTICE_NUMBER.match(line.plain) \
                and not any(0 <= k < len(lines) and lines[k].block == line.block for k in (i - 1, i + 1)):
            boiler[i] = True
            return


_ISSUE_CODE = re.compile(r"^[A-Z]{1,3}\s?\d{1,5}[A-Z]?\s*[,;:/–—-]\s*(?P<rest>.+)$")
_ISSUE_PIECE = re.compile(r"\s{3,}|\s+[|•·]\s+|\s*[—–]\s*")
_PRICE = re.compile(r"^(?i:price)\b.{0,24}$")


def _issue_rest(rest: str) -> bool | None:
    """What follows an issue's number: None when nothing, True when it gives the issue's day (with the
    place and price beside it: "KORVANE, 21st March, 2025     Price 60"), False otherwise."""
    pieces = [p for p in _ISSUE_PIECE.split(rest.strip(" ,;")) if p.strip()]
    if not pieces:
        return None
    dated = [_is_date_line(_PLACE_PREFIX.sub("", p)) for p in pieces]
    return any(dated) and all(d or _PRICE.match(p) or _NAME_PIECE.match(p) for p, d in zip(pieces, dated, strict=True))


_NAME_PIECE = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},?$")


def _mark_section_labels(lines: list[_Line], boiler: list[bool], title_index: int | None) -> None:
    """A section label over the headline ("OPINION", "WORLD NEWS") is the page's, not the story's."""
    for i in range(title_index or 0):
        plain = lines[i].plain
        if not boiler[i] and lines[i].cls == _N and plain.isupper() and len(_WORD.findall(plain)) <= 3 \
                and plain[-1] not in _TERMINAL:
            boiler[i] = True


# A link to a clip set in the story ("Watch: Waves crash over the wall", "VIDEO: Crews at the scene"): the
# page's player, not a paragraph (the same label on the headline is the story's kicker and stays)
_VIDEO_LINE = re.compile(
    r"^(?:[▶►▷]\s*)?(?:Video,\s*\d{1,2}:\d{2}(?::\d{2})?\s*)?(?:WATCH|Watch|VIDEO|Video|LISTEN|Listen|GALLERY|Gallery"
    r"|PODCAST|Podcast|IN PICTURES|In pictures)(?:\s+(?:LIVE|Live|live|NOW|Now|now))?\s?[:|]\s+\S"
    r"|^(?:Watch|Listen\s+to)\s+(?:the\s+|our\s+)?(?:video|clip|podcast|interview)(?:\s+(?:above|below|here))?$"
)


def _mark_video_lines(lines: list[_Line], boiler: list[bool], title_index: int | None) -> None:
    for i, line in enumerate(lines):
        if i != title_index and not boiler[i] and line.cls == _N and _VIDEO_LINE.match(line.plain) \
                and len(_WORD.findall(line.plain)) <= 20 and line.plain[-1] not in ".,;:":
            boiler[i] = True


_QUOTE_ENDS = " \t\"“”‘’'«»„—–-…"


_PULL_SIGNOFF = re.compile(r"^[—–-]{1,2}\s*[A-Z][\w.'’-]*(?:[ ,]+[\w.'’-]+){0,7}$")


def _mark_pull_quotes(lines: list[_Line], boiler: list[bool], title_index: int | None) -> None:
    """A pull quote: a paragraph of its own that repeats words the story gives in full in another
    paragraph ("'We are planning for the worst'" set large beside '"We are planning for the worst,"
    said ...'). The story already tells it: a second copy would count the quote and its events twice."""
    kept = [i for i, line in enumerate(lines) if not boiler[i] and i != title_index and line.cls in (_N, _W)]
    joined = "\n".join(lines[i].plain for i in kept)  # one search first: a long page's lines pair by the million
    told: dict[tuple[str, bool], bool] = {}  # (a copied page repeats its paragraphs: each is looked up once)
    for i in kept:
        line = lines[i]
        # (a pull quote may carry its speaker's sign-off on the next line: "— Mayor Ana Roe")
        signed = i + 1 < len(lines) and lines[i + 1].block == line.block and _PULL_SIGNOFF.match(lines[i + 1].plain) \
            and not (i + 2 < len(lines) and lines[i + 2].block == line.block)
        if any(0 <= j < len(lines) and lines[j].block == line.block for j in (i - 1, i + 1) if not (signed and j == i + 1)) \
                or len(line.plain) > 300:
            continue
        core = line.plain.strip(_QUOTE_ENDS).rstrip(".,;:!?").strip(_QUOTE_ENDS)
        if len(_WORD.findall(core)) < 6:
            continue
        # a quotation only (set in quotes, or quoted where the story tells it): a wire copy that repeats
        # its own paragraphs is left as it is
        quoted = line.plain[0] in _OPENING_QUOTE
        key = (core, quoted)
        if key not in told:
            told[key] = joined.count(core) >= 2 and any(
                len(lines[j].plain) > len(core) + 10 and core in lines[j].plain
                and (quoted or any(q + core in lines[j].plain for q in _OPENING_QUOTE)) for j in kept)
        boiler[i] = boiler[i] or told[key]
        if signed and told[key]:
            boiler[i + 1] = True


def _mark_entry_heads(lines: list[_Line], boiler: list[bool], title_index: int | None) -> None:
    """A live blog's entry heading ("Army on standby" over or under the entry's "14:20 GMT" stamp) labels
    the entry its paragraphs tell: page furniture, not a sentence of the story. Only on a page with two
    entry stamps or more (a lone time over a heading may be a schedule's)."""
    stamps = [i for i, line in enumerate(lines) if line.cls == _D and _CLOCK_LINE.match(line.plain)]
    headed = [i for i, line in enumerate(lines) if i != title_index and not boiler[i] and line.cls == _N
              and (m := _CLOCK_HEAD.match(line.plain)) and _entry_head(m["head"])]
    if len(stamps) + len(headed) < 2:
        return
    for i in headed:
        boiler[i] = True
    for k in stamps:
        for i in (k - 1, k + 1):
            if not 0 <= i < len(lines) or i == title_index or (title_index is not None and i < title_index):
                continue
            line = lines[i]
            if not boiler[i] and line.cls == _N and _entry_head(line.plain) \
                    and all(lines[j].block != line.block for j in (i - 1, i + 1) if j != k and 0 <= j < len(lines)):
                boiler[i] = True


def _entry_head(plain: str) -> bool:
    """A heading's shape: a few words from a capital, no sentence's end, no quotation."""
    return 1 <= len(_WORD.findall(plain)) <= 10 and plain[-1] not in _TERMINAL and plain[0].isupper() \
        and plain[0] not in _OPENING_QUOTE


# An official's signature under a notice or release: a name ("J. MARREN", "Ana Ruiz") over the post it is
# signed in ("Permanent Secretary", "Director of Communications") and the office's name
_SIGNER = re.compile(r"^(?:[A-Z]\.\s?){0,3}[A-Z][\w'’-]+\.?(?:\s+(?:[A-Z]\.\s?)*[A-Z][\w'’-]+){0,3}$")
_POST = re.compile(
    r"\b(?i:secretary|minister|director|chair(?:man|woman|person)?|president|commissioner|registrar|clerk|officer"
    r"|spokes(?:person|man|woman)|governor|mayor|ambassador|attorney|solicitor|manager|head|chief|executive"
    r"|superintendent|inspector|controller|auditor|comptroller|administrator|coordinator|press\s+secretary|master"
    r"|commander|marshal|counsel|treasurer|principal|warden|dean|rector)\b"
)
# The formula a signature follows: "By order of the Board,", "Yours faithfully,", "For and on behalf of ..."
_SIGN_OFF = re.compile(r"^(?i:by\s+order(?:\s+of\s+.{1,60})?|(?:yours\s+)?(?:sincerely|faithfully|truly)|signed"
                       r"|for\s+and\s+on\s+behalf\s+of\b.{1,80})[,.:]?$")


_QA_TURN = re.compile(r"^(?:Q|A|Question|Answer)\s*[:.]\s")


def _mark_signature_block(lines: list[_Line], boiler: list[bool], title_index: int | None) -> None:
    """The last block of a notice, a name over its post (and the office's name, a date under it), once
    the text has been told: the signature, not a sentence of the story."""
    told = [i for i, line in enumerate(lines) if not boiler[i] and line.cls == _N and line.plain[-1] in ".!?\"”"
            and len(_WORD.findall(line.plain)) >= 8]
    if not told or sum(bool(_QA_TURN.match(line.plain)) for line in lines) >= 2:
        return  # (an interview's closing "Name / Post" line may be the only place its guest is named)
    rest = [i for i in range(told[-1] + 1, len(lines)) if not boiler[i]]
    names = [i for i in rest if i != title_index and lines[i].cls in (_N, _Y) and _SIGNER.match(lines[i].plain)
             and len(_WORD.findall(lines[i].plain)) >= 2]
    for i in names:
        if i + 1 not in rest or lines[i + 1].block != lines[i].block or not _POST.search(lines[i + 1].plain):
            continue
        block = [k for k in rest if lines[k].block == lines[i].block]
        tail = [k for k in rest if k >= block[0]]
        if all(len(_WORD.findall(lines[k].plain)) <= 8 and lines[k].plain[-1] not in ".!?" for k in tail):
            # the formula over it, and the place and date it was signed under it ("Port Kessel, 28 May 2025")
            over = [k for k in rest if k < block[0] and _SIGN_OFF.match(lines[k].plain)]
            under = [k for k in tail if k > block[-1] and lines[k].cls == _N and _HAS_DATE.search(lines[k].plain)]
            for k in (*over, *block, *under):
                boiler[k] = True
            return


# "Maya Roe Transport correspondent", "Jo Roe, Political editor": a writer's name and beat (over a date line)
_ROLE_BYLINE = re.compile(
    r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3},?\s+(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){0,2}"
    r"(?:correspondent|editor|reporter|writer|columnist|critic|producer|contributor|journalist|analyst)$"
)


def _mark_agency_under_byline(lines: list[_Line]) -> None:
    """ "By Jo Roe" / "Reuters": a short name under a byline in its block is the writer's outlet or beat."""
    for line, nxt in itertools.pairwise(lines):
        if line.cls == _Y and nxt.block == line.block and _source_line(nxt):
            nxt.cls = _Y


_ROLE_ONLY = re.compile(
    r"^(?:(?:senior|chief|staff|contributing|political|business|sports?|health|science|education|foreign|investigative"
    r"|city|metro|local|special|freelance|associate|assistant|managing|deputy|news|data|economics|courts?|crime)\s+)*"
    r"(?:writer|reporter|correspondent|editor|columnist|journalist|contributor|photographer|critic)s?$",
    re.IGNORECASE,
)
_HANDLE_LINE = re.compile(r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30})$")


_PERSON = re.compile(r"^[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+(?:[A-Z][a-z'’-]+|[A-Z][a-z]?[A-Z][a-z'’-]+)){1,2}$")
_OUTLET_PLACE = re.compile(r"^(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+(?:News|Press|Times|Post|Herald"
                           r"|Journal|Tribune|Telegraph|Gazette|Chronicle|Standard|Observer|Independent|Mail|Express"
                           r"|Radio|TV|Television|Online|Daily|Weekly|Review|Wire|Agency|Service|Network)"
                           r",\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")


_NAME = r"[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+(?:[A-Z][a-z'’-]+|[A-Z][a-z]?[A-Z][a-z'’-]+)){1,2}"
_NAMES_LINE = re.compile(rf"^{_NAME}(?:\s*,\s*{_NAME})*,?\s+(?:and|&)\s+{_NAME}"
                         r"(?:\s*[,|/]\s*[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})?$")  # (", BBC News": their outlet)


def _mark_name_lists(lines: list[_Line]) -> None:
    """"Nikos Roe and Eleni Vale" alone on its lines above the story's first paragraph: its writers' byline
    (a name list under a headline is nobody's statement; one name alone may be a kicker, so two or more)."""
    for block in itertools.islice((list(g) for _, g in itertools.groupby(lines[:20], key=lambda ln: ln.block)), 1, None):
        if any(ln.cls == _N and len(_WORD.findall(ln.plain)) >= 12 for ln in block):
            return  # the story has begun
        plain = block[0].plain
        if len(block) == 2 and _BROKEN_HEAD.search(plain) is not None:
            plain += block[1].plain  # a name the line wrapped with a hyphen ("Eleni Dra-" / "kou")
        elif len(block) != 1:
            continue
        if all(ln.cls == _N for ln in block) and len(plain) <= 80 and _NAMES_LINE.match(plain):
            for ln in block:
                ln.cls = _Y


def _mark_byline_blocks(lines: list[_Line]) -> None:
    """ "ANNA VEGA" / "Staff Writer" / "avega@paper.example" near the top: a byline block of a name, a
    role and a contact, each on its own line."""
    for block in itertools.islice((list(g) for _, g in itertools.groupby(lines[:20], key=lambda ln: ln.block)), 1, None):
        roles = sum(1 for ln in block if _ROLE_ONLY.match(ln.plain) or _HANDLE_LINE.match(ln.plain))
        names = sum(1 for ln in block if _source_line(ln) and not _ROLE_ONLY.match(ln.plain))
        if len(block) >= 2 and roles and names and roles + names == len(block) and names <= 2:
            for ln in block:
                ln.cls = _Y
        elif len(block) == 2 and _source_line(block[0]) and _PERSON.match(block[0].plain) \
                and block[1].cls == _N and _OUTLET_PLACE.match(block[1].plain):
            block[0].cls = block[1].cls = _Y  # "Mira Roe" / "BBC News, Cornwall": the writer, her outlet and base


def _mark_role_bylines(lines: list[_Line]) -> None:
    """A writer's name and beat over a date line of its block is a byline, and so is a name over its
    beat alone ("Tom Reid" / "Political reporter")."""
    for line, nxt in itertools.pairwise(lines):
        if line.cls == _N and nxt.block == line.block and nxt.cls in (_D, _U) and _ROLE_BYLINE.match(line.plain):
            line.cls = _Y
        elif line.cls == _N and nxt.cls == _N and nxt.block == line.block and _source_line(line) \
                and not _ROLE_ONLY.match(line.plain) and _ROLE_ONLY.match(nxt.plain):
            line.cls = nxt.cls = _Y


# a stamp that names a day (not a table's "1986/87   1985/86" row of years)
_DAY_STAMP = re.compile(rf"\b(?:{_MONTHS})\b|\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\bago\b",
                        re.IGNORECASE)


def _mark_name_over_date(lines: list[_Line], title_index: int | None) -> None:
    """A short name line over a date line in one block ("Jo Roe" / "June 4, 2024") is a byline; above
    the story's first paragraph, also over a date line of the next block ("**Jo Roe**" / "" / "*Jun 3*")."""
    top = next((k for k, ln in enumerate(lines) if ln.cls == _N and ln.plain[-1] in ".!?\"”’"
                and len(_WORD.findall(ln.plain)) >= 12), len(lines))
    top = min(top, 10)  # the head of the page only (a table's section name over its years is no byline)
    for i, line in enumerate(lines[:-1]):
        nxt = lines[i + 1]
        near = nxt.block == line.block or (i < top and nxt.block == line.block + 1 and _DAY_STAMP.search(nxt.plain))
        if i != title_index and near and nxt.cls in (_D, _U) and _source_line(line):
            line.cls = _Y


# A running head with a bare page number, apart from it: "QUARTERLY REVIEW        3", "4     Annual Report 2024"
_NUMBERED_HEAD = re.compile(r"(?:(?P<a>\S.{0,79}?)(?:[ ]{3,}|\t)\s*\d{1,4}|\d{1,4}(?:[ ]{3,}|\t)\s*(?P<b>\S.{0,79}))$")


def _mark_running_heads(text: str, lines: list[_Line]) -> None:
    """A PDF copy's running head: the same words beside a bare page number on two lines or more (one
    such line alone may be a table's row)."""
    seen: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if line.end - line.start <= 120 and (m := _NUMBERED_HEAD.match(text, line.start, line.end)):
            head = m["a"] or m["b"]
            if re.search(r"[^\W\d_]{3,}", head) and not re.search(r"\s{3,}|\t", head):  # one phrase, not a table row
                seen.setdefault(_SPACES.sub(" ", head).casefold(), []).append(i)
    for found in seen.values():
        if len(found) >= 2:
            for i in found:
                lines[i].cls = _P
    _mark_repeated_heads(lines)
    # "Page 3 of 12" / "Health Review 2024": a short line set against a page number, once the story has
    # begun, is the page's running head
    started = False
    members: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        members.setdefault(line.block, []).append(i)
    for i, line in enumerate(lines):
        if line.cls == _P and started:
            for k in (i - 1, i + 1):
                if 0 <= k < len(lines) and lines[k].block == line.block and lines[k].cls == _N \
                        and len(_WORD.findall(lines[k].plain)) <= 6 and lines[k].plain[-1] not in _TERMINAL \
                        and not lines[k].plain[0].islower() \
                        and all(lines[j].cls == _P for j in members[line.block] if j != k):
                    lines[k].cls = _P
        started = started or len(_WORD.findall(line.plain)) >= 12


def _mark_repeated_heads(lines: list[_Line]) -> None:
    """A print copy's running head with no page number ("THE HARBOUR GAZETTE   Friday, 3 May 2025"): the
    same short unstopped line again right under a page's foot ("Page 1 of 2"). Its repeats are page
    furniture; its first showing, at the top, is no headline: a masthead's date line when it carries a
    date (the edition's day dates the story), else furniture too."""
    numbers = [i for i, line in enumerate(lines) if line.cls == _N and line.plain.isdigit() and len(line.plain) <= 4]
    for a, b in itertools.pairwise(numbers):
        if int(lines[b].plain) == int(lines[a].plain) + 1:  # bare page numbers counting up: "1" ... "2"
            lines[a].cls = lines[b].cls = _P
    seen: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if line.cls == _N and len(line.plain) <= 120 and line.plain[-1] not in _TERMINAL:
            seen.setdefault(_SPACES.sub(" ", line.plain).casefold(), []).append(i)
    for found in seen.values():
        if len(found) < 2 or not any(k > 0 and lines[k - 1].cls == _P for k in found[1:]):
            continue
        for k in found:
            lines[k].cls = _P
        if _HAS_DATE.search(lines[found[0]].plain):
            lines[found[0]].cls = _D


_GALLERY_COUNT = re.compile(r"^(?:(?:image|photo|picture|slide)\s+)?\d{1,3}\s*(?:of|/)\s*\d{1,3}$", re.IGNORECASE)


def _mark_gallery_captions(lines: list[_Line]) -> None:
    """A photo gallery scraped into the text: each counter ("2 of 6") over its picture's caption ("A bridge
    collapsed near the town"). The caption describes a picture, not the story's own telling of it."""
    for i, line in enumerate(lines[:-1]):
        nxt = lines[i + 1]
        if _GALLERY_COUNT.match(line.plain) and nxt.cls == _N and len(_WORD.findall(nxt.plain)) <= 40 \
                and nxt.plain[0] not in _OPENING_QUOTE:
            nxt.cls = _C


def _mark_embeds(lines: list[_Line]) -> None:
    """An embedded social post is its sign-off line and the post's text just above it (in its block, or
    a paragraph of its own when the copy set the sign-off apart): someone else's words on the page, not
    the story's (nor a quotation the story attributes)."""
    for k in range(1, len(lines)):
        prev, line = lines[k - 1], lines[k]
        if line.cls != _C or prev.cls not in (_N, _W) or len(prev.plain) > 300 or not _EMBED_SIGNOFF.match(line.plain):
            continue
        alone = prev.block == line.block - 1 and (k < 2 or lines[k - 2].block != prev.block)
        if prev.block == line.block or (alone and not _ATTRIBUTION.search(prev.plain.lower())):
            prev.cls = _C


def _cta_row(plain: str) -> bool:
    """"Subscribe | Sign in", "Listen to this article · 3 min": a row whose every item is page furniture."""
    items = re.split(r"\s*(?:[|•·]|\s//?\s)\s*", plain)
    return len(items) >= 2 and all(_CTA_LINE.match(i) or _READ_TIME.match(i) for i in items)


def _is_menu(plain: str) -> bool:
    if plain[:3].lower() == "by ":
        return False  # "By Jo Roe | Wire | Politics" is a byline
    items = re.split(r"\s*[|•·›»]\s*", plain)
    if len(plain) > 160 or not all(_MENU_ITEM.match(item) for item in items):
        return False
    # a section's breadcrumb ("World | Europe", "News › Local") is a menu of two ("Jo Roe | Daily Post" is a byline)
    return len(items) >= 3 or (len(items) == 2 and all(len(item.split()) <= 2 for item in items) and (
        "›" in plain or "»" in plain or any(_SECTION_ITEM.match(item) for item in items)))


def _is_date_line(plain: str) -> bool:
    if not _HAS_DATE.search(plain) and not _POSTED_AT.match(plain):
        return False
    if _PUBLISHED_LINE.match(plain):
        return True
    residue = _DATE_TOKEN.sub("", _ISO_DATETIME.sub("", plain))
    return _DATE_RESIDUE.match(residue) is not None


# ---------------------------------------------------------------------------------------------
# Boilerplate.


def _mark_runs(lines: list[_Line]) -> list[bool]:
    """Mark runs of call-to-action lines and the appeal prose between them.

    A run is a maximal sequence of S/B/H/W lines. Inside it, everything from the first anchor
    (a CTA line or an appeal header) to the last CTA line is boilerplate: appeal prose ("we need
    your help") is swallowed only when CTA lines enclose it, so a first-person article paragraph
    next to a lone "Read more" survives. Buttons count only in runs that hold a real CTA.
    """
    boiler = [False] * len(lines)
    i = 0
    n = len(lines)
    while i < n:
        if lines[i].cls not in (_S, _B, _H, _W):
            i += 1
            continue
        j = i
        while j < n and lines[j].cls in (_S, _B, _H, _W):
            j += 1
        run = range(i, j)
        if any(lines[k].cls in (_S, _H) for k in run):
            anchors = [k for k in run if lines[k].cls in (_S, _H, _B)]
            closers = [k for k in run if lines[k].cls in (_S, _B)] or anchors
            for k in range(anchors[0], max(closers[-1], anchors[-1]) + 1):
                boiler[k] = True
        i = j
    return boiler


def _mark_trailers(lines: list[_Line], boiler: list[bool]) -> str | None:
    """'Original url:' style lines (URL on the same or the next line) are boilerplate; return the URL."""
    found: str | None = None
    for i, line in enumerate(lines):
        if found is None and line.cls == _S and (cache := _CACHE_BANNER.match(line.plain)) and cache["url"] \
                and _URL.fullmatch(cache["url"]):
            found = cache["url"]
        m = _TRAILER_LABEL.match(line.plain)
        if m is None or len(line.plain) > 300:
            continue
        rest = m.group("rest").strip()
        url_match = _URL.search(rest)
        if rest and url_match is None:
            continue
        if url_match is None:
            nxt = i + 1
            if nxt >= len(lines) or lines[nxt].cls != _L:
                continue
            url_match = _URL.search(lines[nxt].plain)
            boiler[nxt] = True
        boiler[i] = True
        line.cls = _L
        if found is None and url_match is not None:
            found = url_match.group().rstrip(".,;>")
    return found


_FRONT_KEY = re.compile(r"^(?P<key>[\w.-]+)\s*[:=]")
_FRONT_DATE_KEYS = frozenset({"date", "published", "pubdate", "publishdate", "published_at", "date_published"})
_FRONT_LIMIT = 60


_FRONT_TITLE = re.compile(r"""(?i:title)\s*[:=]\s*(?P<q>["']?)(?P<value>\S.*?)(?P=q)\s*$""")


def _mark_front_matter(text: str, lines: list[_Line], boiler: list[bool]) -> Span | None:
    """YAML/TOML front matter of a Markdown file ("---" / "title: ..." / "---") is metadata, not
    the story; its date line stays a date line, which dating reads. Returns its title's span."""
    if not lines or lines[0].start != 0 or text[: lines[0].end].strip() not in ("---", "+++"):
        return None
    fence = text[: lines[0].end].strip()
    end = next((i for i in range(1, min(len(lines), _FRONT_LIMIT)) if text[lines[i].start : lines[i].end] == fence),
               None)
    if end is None:
        return None
    inner = lines[1:end]
    if not inner or _FRONT_KEY.match(text[inner[0].start : inner[0].end]) is None:
        return None
    title: Span | None = None
    for line in inner:
        m = _FRONT_TITLE.match(text, line.start, line.end)
        if m is not None and title is None:
            title = Span(m.start("value"), m.end("value"))
    for i in range(end + 1):
        key = _FRONT_KEY.match(lines[i].plain) if 0 < i < end else None
        if key is not None and key["key"].lower() in _FRONT_DATE_KEYS:
            lines[i].cls = _D
            boiler[i] = False
        else:
            boiler[i] = True
    return title


# A label before a mail's subject ("PRESS RELEASE - Government launches …"): the rest may be the headline
_SUBJECT_LABEL = re.compile(r"^(?i:(?:joint\s+)?(?:press|news|media)\s+(?:release|statement|advisory)|update|breaking)"
                            r"\s*[-–—:|]\s*")


def _words_within(line: str, other: str) -> bool:
    """Every word of `line` is a word of `other` (case aside)."""
    inside = {w.casefold() for w in _WORD.findall(other)}
    return all(w.casefold() in inside for w in _WORD.findall(line))


def _mark_mail_headers(text: str, lines: list[_Line], boiler: list[bool]) -> tuple[Span, bool] | None:
    """The 'From:/To:/Subject:' block that opens a forwarded e-mail or newsletter is no part of the
    story; its 'Sent:'/'Date:' line stays a date line, which dating reads.

    Returns the subject's span (its "Re:"/"Fwd:" prefixes skipped, when it has three words or more)
    and whether it was forwarded or a reply (the forwarded story's own headline names it better).
    """
    k = 0
    while k < len(lines) and _MAIL_HEADER.match(lines[k].plain):
        k += 1
    if k < 2 and not (k == 1 and _SUBJECT.match(text, lines[0].start, lines[0].end)):
        return None  # (a lone "Subject:" line opening the text is a mail's too)
    subject: tuple[Span, bool] | None = None
    for i in range(k):
        key = _MAIL_HEADER.match(lines[i].plain)
        if key is not None and key["key"].lower() in ("sent", "date"):
            lines[i].cls = _D
            continue
        boiler[i] = True
        value = _SUBJECT.match(text, lines[i].start, lines[i].end)
        if value is not None and subject is None and len(_WORD.findall(value["value"])) >= 3:
            subject = Span(value.start("value"), lines[i].end), bool(value["fwd"])
    return subject


_SUBJECT = re.compile(r"(?i:subject):[ \t]+(?P<fwd>(?:(?i:re|fwd?|aw|wg|tr)\s*:\s*)*)(?P<value>\S.*)")


def _headline_like(line: _Line) -> bool:
    plain = line.plain
    return line.cls == _N and plain[-1] not in _TERMINAL and len(_WORD.findall(plain)) <= 20


def _mark_menu_columns(lines: list[_Line], boiler: list[bool]) -> None:
    """A site's menu copied one section a line ("World" / "Business" / "Opinion"): three such lines in a
    row, or two beside other page furniture ("Home"), are navigation."""
    i = 0
    while i < len(lines):
        k = i
        while k < len(lines) and lines[k].cls == _N and not boiler[k] and _SECTION_ITEM.match(lines[k].plain):
            k += 1
        if k - i >= 3 or (k - i == 2 and ((i > 0 and boiler[i - 1]) or (k < len(lines) and boiler[k]))):
            for j in range(i, k):
                boiler[j] = True
        i = max(k, i + 1)


# "---------- Forwarded message ---------", "-----Original Message-----", "Begin forwarded message:"
_FORWARD_MARK = re.compile(r"^[-=_\s]*(?:forwarded\s+message|original\s+message|begin\s+forwarded\s+message)[-=_:\s]*$",
                           re.IGNORECASE)


def _mark_forwarded_block(text: str, lines: list[_Line], boiler: list[bool]) -> Span | None:
    """A forwarded mail: the forwarder's note above the mark ("FYI - see below." / "Tomas"), the mark and the
    forwarded mail's own From/To/Subject lines are no part of the story that follows (its Date line stays a
    date line, which dating reads). Returns the forwarded subject's span, when it has three words or more."""
    mark = next((i for i, line in enumerate(lines[:20]) if _FORWARD_MARK.match(line.plain)), None)
    if mark is None:
        return None
    subject: Span | None = None
    if sum(len(_WORD.findall(lines[i].plain)) for i in range(mark) if not boiler[i]) <= 40:
        for i in range(mark):
            if lines[i].cls not in (_D, _U):
                boiler[i] = True
    boiler[mark] = True
    k = mark + 1
    while k < len(lines) and (key := _MAIL_HEADER.match(lines[k].plain)) is not None:
        if key["key"].lower() in ("sent", "date"):
            lines[k].cls = _D
        else:
            boiler[k] = True
        value = _SUBJECT.match(text, lines[k].start, lines[k].end)
        if value is not None and len(_WORD.findall(value["value"])) >= 3:
            subject = Span(value.start("value"), lines[k].end)
        k += 1
    return subject


def _mark_signature_delimiter(text: str, lines: list[_Line], boiler: list[bool]) -> None:
    """A mail's signature: the lines after its "-- " delimiter, when only a few short lines (a name, a title,
    a phone number) or furniture follow it to the end."""
    for i in range(len(lines) - 1, max(-1, len(lines) - 14), -1):
        if text[lines[i].start : lines[i].end] == "--":
            rest = range(i + 1, len(lines))
            if 0 < len(rest) <= 12 and all(boiler[k] or len(lines[k].plain) <= 80 for k in rest):
                for k in (i, *rest):
                    boiler[k] = True
            return


# A quote box's ticker under a syndicated story's "In this article:" ("MAERSK-B.CO", "^GSPC", "AAPL")
_TICKER = re.compile(r"^\^?[A-Z][A-Z0-9]{0,9}(?:[.\-=][A-Z0-9]{1,4}){0,2}$")
_IN_THIS = re.compile(r"^in\s+this\s+(?:article|story)\s*:?$", re.IGNORECASE)


_BULLET = re.compile(r"^[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+\S")


def _mark_link_lists(text: str, lines: list[_Line], boiler: list[bool]) -> None:
    """Headline-like lines after a 'Related'/'Most read' header are links to other stories; the tickers and
    price moves after 'In this article:' are a quote box; the bullets under 'Key points' sum up the story
    (which tells each of them again: read twice, its events would count twice)."""
    for i, line in enumerate(lines):
        if line.cls == _S and len(line.plain) <= 40 and _BOX_LABEL.match(line.plain):
            k = i + 1
            while k < len(lines) and _BULLET.match(text[lines[k].start : lines[k].end]) and len(lines[k].plain) <= 300:
                k += 1
            box = sum(len(_WORD.findall(lines[j].plain)) for j in range(i + 1, k))
            rest = sum(len(_WORD.findall(ln.plain)) for j, ln in enumerate(lines) if not i <= j < k and not boiler[j])
            if rest >= 2 * box:  # (a page that is little but the box keeps it)
                for j in range(i + 1, k):
                    boiler[j] = True
            continue
        if _IN_THIS.match(line.plain):
            k = i + 1
            while k < len(lines) and (boiler[k] or _TICKER.match(lines[k].plain)):
                boiler[k] = True
                k += 1
            continue
        if line.cls != _S or not _LINKS_HEADER.match(line.plain):
            continue
        k = i + 1
        # (a bare clock time is a live blog's entry stamp, not a link: "23:41")
        while k < len(lines) and (boiler[k] or (_headline_like(lines[k]) and re.search(r"[^\W\d_]", lines[k].plain))):
            boiler[k] = True
            k += 1


_AUTHOR_BIO = re.compile(r"\s+(?:is|was|has|covers|writes|reports|joined|lives|works)\b")


def _mark_author_box(lines: list[_Line], boiler: list[bool]) -> None:
    """A closing paragraph about the byline's author ('Jo Roe is our … correspondent') is furniture."""
    names: set[str] = set()
    for line in lines:
        if line.cls == _Y:
            m = re.match(r"(?i:by)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})", line.plain)
            if m is not None:
                names.add(m.group(1))
    if not names:
        return
    for i, line in enumerate(lines[:-1]):
        # the bio may also sit right under the byline ("By Jo Roe" / "Jo Roe is a former planner ...")
        if line.cls == _Y and not boiler[i + 1] and _bio_of(lines[i + 1].plain, names):
            boiler[i + 1] = True
    for i in range(len(lines) - 1, -1, -1):
        if boiler[i]:
            continue
        if not _bio_of(lines[i].plain, names):
            return
        boiler[i] = True


# "The Associated Press is an independent global news organization ...": the outlet describing itself
_OUTLET_TAGLINE = re.compile(
    r"^(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}\s+is\s+(?:an?|the)\s+(?:[\w-]+,?\s+){0,5}"
    r"(?:news|media|wire|press|broadcasting)\s+(?:organi[sz]ation|agency|service|company|outlet|network|group)\b.{0,200}$"
)


def _mark_outlet_tagline(lines: list[_Line], boiler: list[bool]) -> None:
    """The outlet's self-description under the story (its last text, or just over its credits)."""
    for i in [k for k in range(len(lines)) if not boiler[k]][-2:]:
        if len(lines[i].plain) <= 300 and _OUTLET_TAGLINE.match(lines[i].plain):
            boiler[i] = True


def _bio_of(plain: str, names: set[str]) -> bool:
    name = next((n for n in names if plain.startswith(n)), None)
    return name is not None and _AUTHOR_BIO.match(plain[len(name) :]) is not None


# a link to another story closing a paragraph: "... for a fourth day. READ MORE: Heat deaths rise in the south"
_INLINE_LINK = re.compile(r"(?<=[.!?”\"’] )(?:READ MORE|Read more|ALSO READ|Also read|READ ALSO|Read also|RELATED|Related"
                          r"|SEE ALSO|See also)\s*:\s*[^.!?\n]{3,150}$")
_INLINE_AD = re.compile(r"(?<=[.!?”\"’] )(?:Advertisement|ADVERTISEMENT|Sponsored content|Story continues below)"
                        r"(?= [A-Z“\"‘])")
# what closes a cut-off text: a news API's "... the ministry said… [+1843 chars]", an excerpt's "[…]", a feed
# item's "... said. Continue reading →"
_CUT_MARK = re.compile(
    r"[ \t]*(?:\[\+\d{1,7}\s?chars?\]|\[(?:…|\.{3})\])$"
    r"|(?<=[.!?”\"’…])[ \t]+(?i:continue\s+reading|read\s+more|keep\s+reading|read\s+the\s+(?:full|rest\s+of\s+the)"
    r"\s+(?:story|article))[ \t]*(?:[→»›>]+|\.{3}|…)?$"
)


# A photo's credit scraped into the middle of a paragraph, between its caption and the story's next sentence:
# "(Photo: Ana Roe/Wire)", "(AP Photo/Ana Roe)", "Photograph: Ana Roe/Wire", "REUTERS/Ana Roe"; an unbracketed credit's last name
# word is the one before a sentence's opening ("... /Harbour Wire The rest will follow")
_CREDIT_NAMES = r"[A-Z][\w.'’&-]*(?:\s[A-Z][\w.'’&-]*)*?"
_INLINE_CREDIT = re.compile(
    r"(?<=[.!?] )(?:\((?:[A-Z]{2,}\s)?(?i:photo(?:graph)?|picture|image|credit|illustration|file\s+photo)s?"
    r"\s*(?::|/|\b(?i:by))\s*[^()\n]{2,60}\)(?=\s+[A-Z“\"‘])"
    rf"|(?:(?i:photo(?:graph)?|picture|image|credit)s?\s*:\s*{_CREDIT_NAMES}\s?/\s?|[A-Z]{{2,}}(?:\s[A-Z]{{2,}})?/(?=[A-Z][a-z]))"
    rf"{_CREDIT_NAMES}(?=\s+[A-Z“\"‘][\w'’]*\s+[a-z])"
    # ... or labelled with a picture agency's name and no slash: "Photo: Getty Images", "Picture: Jo Roe/AFP via Getty"
    rf"|(?i:photo(?:graph)?|picture|image|credit)s?\s*:\s*(?:{_CREDIT_NAMES}\s)?(?:Getty\s+Images|AFP|AP|Reuters|REUTERS"
    r"|EPA|Shutterstock|Alamy|Handout|Xinhua|Anadolu|Sputnik)(?=\s+[A-Z“\"‘][\w'’]*\s+[a-z]))"
)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z“\"‘])")
_CAPTION_NOT = re.compile(r"\b(?:said|says|told|according)\b|[\"“”]")


def _inline_ads(text: str, lines: list[_Line], boiler: list[bool]) -> list[Span]:
    """An ad marker scraped into the middle of a paragraph, between two sentences; a photo's caption and
    credit there too (the caption is the short sentence before the credit, when it reports no one)."""
    spans: list[Span] = []
    for i, line in enumerate(lines):
        if not boiler[i]:
            for m in _INLINE_AD.finditer(text, line.start, line.end):
                spans.append(Span(m.start(), m.end()))
            if (link := _INLINE_LINK.search(text, line.start, line.end)) is not None:
                spans.append(Span(link.start(), link.end()))
            if (cut := _CUT_MARK.search(text, line.start, line.end)) is not None and cut.start() > line.start:
                spans.append(Span(cut.start(), cut.end()))
            for m in _INLINE_CREDIT.finditer(text, line.start, line.end):
                head = max((e.end() for e in _SENTENCE_END.finditer(text, line.start, m.start() - 1)), default=line.start)
                caption = text[head : m.start()]
                short = len(caption.split()) <= 30 and _CAPTION_NOT.search(caption) is None
                spans.append(Span(head if short and head > line.start else m.start(), m.end()))
    return spans


def _boilerplate_spans(lines: list[_Line], boiler: list[bool]) -> list[Span]:
    spans: list[Span] = []
    previous = False
    for i, line in enumerate(lines):
        if boiler[i]:
            if previous and spans:
                spans[-1] = Span(spans[-1].start, line.end)
            else:
                spans.append(Span(line.start, line.end))
            previous = True
            continue
        previous = False
        if line.credit_from is not None:
            spans.append(Span(line.credit_from, line.end))
    return spans


# ---------------------------------------------------------------------------------------------
# Title.


def _find_title(text: str, lines: list[_Line], boiler: list[bool], given: str | None) -> int | None:
    candidates = [i for i, line in enumerate(lines) if not boiler[i] and line.cls not in (_D, _U, _Y)]
    if not candidates:
        return None
    lead = candidates[:6]
    if given:
        wanted = _SPACES.sub(" ", given).strip().casefold()
        for i in lead:
            if lines[i].plain.casefold() == wanted:
                return i
    first = lead[0]
    line = lines[first]
    if line.cls == _HD:
        return first
    if given or len(candidates) < 2 or line.credit_from is not None:
        return None
    plain = line.plain
    if _CAPS_PLACE.match(text, line.start) and plain.rstrip(_CLOSERS)[-1:] in ".!?…" \
            and dateline_end(text, line.start) is not None:
        # "VIENNA - Barges were stuck on the river …": a dateline opens the story's first sentence, with no
        # headline above it (a kicker's headline, "FACTBOX - Key facts about the vote", stops on no full stop)
        return None
    words = _WORD.findall(plain)
    if _COURT_CAPTION.match(plain) and plain[-1] not in _TERMINAL:
        # a court's caption ("IN THE HIGH COURT OF ..." / "KING'S BENCH DIVISION") names the issuer; the
        # document's own heading ("NOTICE OF HEARING") is below it
        rest = list(boiler)
        for k, ln in enumerate(lines):
            if ln.block == line.block:
                rest[k] = True
                ln.cls = _Y
        head = next((k for k in candidates if lines[k].block > line.block), None)
        if head is not None and lines[head].plain.isupper() and lines[head].plain[-1] not in _TERMINAL \
                and len(_WORD.findall(lines[head].plain)) <= 12:
            return head  # a capitals heading right under the caption
        return _find_title(text, lines, rest, given)
    if _DIGEST_LABEL.match(plain) and (heads := _story_heads(lines, candidates[1:])) >= 2:
        return None  # "Policy Digest" over several stories, each with its own headline: no one title
    if _DIGEST_LABEL.match(plain) and heads == 1 and lines[candidates[1]].block > line.block \
            and not (first + 1 < len(lines) and lines[first + 1].block == line.block):
        line.cls = _Y  # "Morning Briefing" over one story: the story's headline names it
        return candidates[1]
    if len(words) <= 3 and plain.isupper() and plain[-1] not in _TERMINAL and len(candidates) >= 3:
        # a section label over the headline ("POLITICS", "WORLD NEWS"): the headline is the next line
        rest = list(boiler)
        rest[first] = True
        below = _find_title(text, lines, rest, given)
        if below is not None:
            return below
    if any(boiler[k] and (_DOC_KIND.match(lines[k].plain) or _RELEASE_LINE.match(lines[k].plain)
                          or _NOTICE_NUMBER.match(lines[k].plain)) for k in range(first)) \
            and _GAZETTE_ISSUER.match(plain) and plain[-1] not in _TERMINAL and len(words) <= 8 \
            and (plain.isupper() or _title_case(words) == 1.0) \
            and not (first + 1 < len(lines) and lines[first + 1].block == line.block):
        # "PUBLIC NOTICE" / "Harbour Board of Port Kessel" / "Closure of the east channel": under the kind's
        # label, the issuing body alone on its line is the byline; the notice's heading follows it
        heading = lines[candidates[1]]
        if _headline_like(heading) and not any(lines[k].block == heading.block
                                               for k in (candidates[1] - 1, candidates[1] + 1) if 0 <= k < len(lines)):
            line.cls = _Y
            return candidates[1]
    issued = _letterhead(lines, boiler, candidates, first)
    if issued is not None:
        return issued
    if _KICKER.match(plain) and plain[-1] not in _TERMINAL and 4 <= len(words) <= 25:
        return first  # "INTERVIEW: 'We will not cut the pension age,' minister says"
    if not 2 <= len(words) <= 25 or len(plain) > 200 or plain[-1] in ".,;:":
        return None
    if first + 1 < len(lines) and lines[first + 1].block == line.block and line.cls == _N:
        nxt_line = lines[first + 1]
        if _SETEXT.match(text, nxt_line.start, nxt_line.end):
            return first  # a Markdown heading underlined with "====" or "----"
        if _WRAP_HYPHEN.search(plain) and nxt_line.plain[:1].islower() and nxt_line.plain[-1] not in _TERMINAL \
                and not (first + 2 < len(lines) and lines[first + 2].block == line.block) \
                and len(words) + len(_WORD.findall(nxt_line.plain)) <= 25:
            nxt_line.cls = _TC  # a headline a PDF copy broke with a hyphen ("... emer-" / "gency ...")
            return first
        if plain[0].isupper() and len(words) <= 20 and dateline_end(text, nxt_line.start) is not None:
            return first  # a headline glued to the story's dateline line ("LISBON, March 3 (Wire) - ...")
        if nxt_line.cls in (_D, _U) and _source_line(line) and len(words) <= 3 and len(candidates) >= 3:
            top_head, opening = lines[candidates[1]], lines[candidates[2]]
            top_words = _WORD.findall(top_head.plain)
            if _headline_like(top_head) and len(top_words) >= len(words) + 3 and _title_case(top_words) >= 0.6 \
                    and top_head.block > nxt_line.block and opening.block > top_head.block \
                    and len(_WORD.findall(opening.plain)) >= 12:
                # a syndicated copy: the outlet's name over its date stamp ("Harbour Daily" / "Mon, March 9,
                # 2026"), then the story's own, longer headline over its first paragraph
                line.cls = _Y
                return candidates[1]
        if nxt_line.cls in (_D, _U, _Y) or _source_line(nxt_line):
            # a headline over the outlet's name or a date stamp ("Reuters", "Daily Post", "May 3, 2025")
            if _source_line(nxt_line):
                nxt_line.cls = _Y
            return first
        # glued to the next line: a title only if it is clearly Title Case
        return first if _title_case(words) >= 0.75 else None
    if _title_case(words) >= 0.6:
        return first
    after = next((k for k in range(first + 1, len(lines)) if not boiler[k]), None)
    if after is not None and lines[after].cls in (_D, _U, _Y):
        return first  # a sentence-case headline over its byline or date stamp
    if after is not None:
        below = next((k for k in range(after + 1, len(lines)) if not boiler[k]), None)
        if below is not None and lines[below].cls in (_D, _U, _Y) and _headline_like(lines[after]) \
                and lines[after].block != lines[below].block:
            return first  # ... with a standfirst between them ("Members will strike on three days next month")
    nxt = lines[candidates[1]]
    # the paragraph under it, all of its lines (a hard-wrapped copy breaks it every 70 characters)
    block = [ln.plain for ln in lines[candidates[1]:] if ln.block == nxt.block]
    para = sum(len(_WORD.findall(ln)) for ln in block)
    if len(words) <= 15 and para >= 20:
        return first
    # a short lead under it: a whole sentence (capital to full stop), while the line over it neither
    # starts low nor stops on a word that needs more ("... said on Monday that the")
    lead_text = " ".join(block).rstrip(_CLOSERS)
    return first if (
        3 <= len(words) <= 15 and para >= 8 and plain[0].isupper() and words[-1].lower() not in _OPEN_WORDS
        and lead_text[:1].isupper() and lead_text[-1:] in ".!?" and nxt.block == lines[first].block + 1
    ) else None


# a place in capitals then the dateline's mark: "VIENNA -", "NEW DELHI, March 3", "KYIV (Wire) —"
_CAPS_PLACE = re.compile(r"[\s*_>#|]*[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*\s*[,(–—-]")
_COURT_CAPTION = re.compile(
    r"^(?i:in\s+the\s+(?:[\w'’.-]+\s+){0,6}?(?:court|tribunal)\b|in\s+the\s+matter\s+of\b"
    r"|before\s+the\s+(?:[\w'’.-]+\s+){0,6}?(?:court|tribunal)\b)"
)
# A newsletter's or page's label over several stories ("Policy Digest", "Morning Briefing", "News in brief")
_DIGEST_LABEL = re.compile(
    r"^(?:[\w'’&-]+\s+){0,3}(?i:digest|briefing|round-?up|newsletter|bulletin|news\s+in\s+brief|in\s+brief|briefs"
    r"|headlines)$"
)
# A legal act's heading goes on over its date: "COMMISSION REGULATION (EU) 2025/512" / "of 14 March 2025" /
# "amending Regulation (EU) 2019/1793 as regards ..." is one title of three lines
_ACT_DATE = re.compile(rf"^of\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}$", re.IGNORECASE)


def _act_title_tail(lines: list[_Line], title_index: int) -> list[int]:
    """The date line under an act's heading and the lower-case lines that go on naming the act (these
    leave the body: they are the title's)."""
    k = title_index + 1
    if k >= len(lines) or lines[k].block != lines[title_index].block or not _ACT_DATE.match(lines[k].plain):
        return []
    tails = [k]
    while len(tails) < 4 and k + 1 < len(lines) and lines[k + 1].block == lines[k].block \
            and lines[k + 1].plain[:1].islower() and lines[k + 1].cls == _N:
        k += 1
        tails.append(k)
    for i in tails[1:]:
        lines[i].cls = _TC
    return tails


_WRAP_HYPHEN = re.compile(r"[^\W\d_]{2}-$")


def _story_heads(lines: list[_Line], candidates: list[int]) -> int:
    """How many headline-like lines stand alone over a paragraph of their own (stories of a digest)."""
    count = 0
    for i, k in itertools.pairwise(candidates):
        head, para = lines[i], lines[k]
        alone = not (i + 1 < len(lines) and lines[i + 1].block == head.block)
        if alone and _headline_like(head) and len(_WORD.findall(head.plain)) >= 3 and para.block > head.block \
                and len(_WORD.findall(para.plain)) >= 12 and para.plain[-1] in ".!?\"”":
            count += 1
    return count


# A line naming what kind of document follows: "Written statement", "NOTICE", "Ministerial announcement"
_DOC_KIND = re.compile(
    r"^(?:(?:written|ministerial|oral|joint|official|public|press|media|news|government)\s+)?(?:statement|notice"
    r"|announcement|bulletin|advisory|circular|release|briefing|notification|communiqu[ée])s?$",
    re.IGNORECASE,
)


# A public body's name ("Westmere Police", "Security Council", "Ministry of Health") and a court case's
# name ("R v Daniel Price", "Roe v. Harbour Board"), over a notice's date
_ISSUER = re.compile(
    r"^(?:(?:Ministry|Department|Office|Embassy|Secretariat)\s+of\b.*|(?:[A-Z][\w'’.&-]*\s+){0,5}"
    r"(?:Police|Constabulary|Police\s+Service|Council|Ministry|Department|Court|Commission|Agency|Authority"
    r"|Parliament|Government|Embassy|Assembly|Committee|Secretariat|Judiciary|Tribunal|Bureau|Directorate)"
    r"|House\s+of\s+(?:Commons|Lords|Representatives|Assembly|Councillors|Delegates|Keys))$"
)
_CASE_NAME = re.compile(r"^[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,5}\s+v\.?\s+[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,5}$")


def _letterhead(lines: list[_Line], boiler: list[bool], candidates: list[int], first: int) -> int | None:
    """A block of short lines naming the issuer, the document's kind and its date ("NEWS RELEASE" /
    "Westbrook Police" / "March 4, 2025"; "House of Commons" / "Written statement" / "Made on: 14 May
    2025") is a letterhead: the headline is the lone line after it, and its names are the byline's."""
    block = [i for i in range(len(lines)) if lines[i].block == lines[first].block]
    if len(block) < 2 or not any(lines[i].cls in (_D, _U) or (_DAY_STAMP.search(lines[i].plain) and len(
            _WORD.findall(lines[i].plain)) <= 8) for i in block):
        return None
    if not any(_RELEASE_LINE.match(lines[i].plain) or _DOC_KIND.match(lines[i].plain)
               or _ISSUER.search(lines[i].plain) or _CASE_NAME.match(lines[i].plain) for i in block):
        return None
    names = [i for i in block if not boiler[i] and lines[i].cls not in (_D, _U, _Y)]
    if any(len(_WORD.findall(lines[i].plain)) > (8 if _DAY_STAMP.search(lines[i].plain) else 6)
           or lines[i].plain[-1] in _TERMINAL for i in names):
        return None
    after = [i for i in candidates if lines[i].block > lines[first].block]
    if len(after) < 2:
        return None
    head = lines[after[0]]
    alone = all(lines[i].block != head.block for i in (after[0] - 1, after[0] + 1) if 0 <= i < len(lines))
    head_words = _WORD.findall(head.plain)
    # a debate's or notice's short Title Case heading ("Rural Bus Services") will do too
    if not (alone and _headline_like(head) and len(head_words) >= (3 if _title_case(head_words) == 1.0 else 4)):
        return None
    for i in names:
        lines[i].cls = _Y
    return after[0]


def _source_line(line: _Line) -> bool:
    """A short Title Case line with no sentence punctuation: an outlet's name under a headline."""
    words = _WORD.findall(line.plain)
    return (
        line.cls == _N
        and 1 <= len(words) <= 4
        and line.plain[-1] not in _TERMINAL
        and all(w[0].isupper() for w in words if w.lower() not in _TITLE_STOP)
    )


def _title_case(words: list[str]) -> float:
    content = [w for w in words if w[0].isalpha() and w.lower() not in _TITLE_STOP]
    if not content:
        return 0.0
    return sum(1 for w in content if w[0].isupper()) / len(content)


# A wire's slug before its headline ("UPDATE 2-", "EXCLUSIVE-", "CORRECTED-UPDATE 1-"): the version, not the title
_WIRE_SLUG = re.compile(
    r"(?:(?:UPDATE|WRAPUP|CORRECTED|REFILE|RPT|REPEAT|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|COLUMN|BREAKINGVIEWS"
    r"|EXPLAINER|FOCUS|PREVIEW|INTERVIEW|TIMELINE|SPECIAL REPORT|GLOBAL MARKETS|BRIEF)(?:\s\d{1,2})?\s?-\s?)+(?=\S)"
)


# A section kicker before a pipe ("Opinion | Why the levy will fail"): the page's label, not the headline's words
_SECTION_PREFIX = re.compile(
    r"(?i:opinion|analysis|comment|commentary|editorial|review|explainer|live|watch|video|exclusive|breaking"
    r"|podcast|perspective|letters?|fact\s+check)\s+\|\s+(?=\S)"
)


# An outlet's name after a saved page's headline: "… | Reuters", "… - Harbour Daily News", "… – tallinnpost.ee".
# The name must read as an outlet (a wire's name, an outlet word last, or a domain): a headline's own tail
# after a dash ("Talks stall - sources") is not one.
_SITE_TAIL = re.compile(
    r"[ \t]+[|–—-][ \t]+(?P<site>(?:[A-Z][\w&.'’-]*[ \t]+){1,4}(?:News|Times|Post|Herald|Journal|Tribune|Telegraph"
    r"|Gazette|Chronicle|Standard|Observer|Independent|Mail|Express|Online|Daily|Weekly|Wire|Today|Monitor|Courier"
    r"|Ledger|Dispatch|Insider)|(?:[A-Z][\w&.'’-]*[ \t]+){0,2}(?:Reuters|Bloomberg|AFP|AP|BBC|CNN|Xinhua|Yonhap|Kyodo)"
    r"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|co\.uk|[a-z]{2}))[ \t]*$"
)


def _title_span(text: str, line: _Line) -> Span:
    raw = text[line.start : line.end]
    m = _HEADING.match(raw)
    if m is not None and m.group(2):
        return Span(line.start + m.start(2), line.start + m.end(2))
    slug = _WIRE_SLUG.match(raw) or _SECTION_PREFIX.match(raw)
    if slug is not None and slug.end() < len(raw):
        return Span(line.start + slug.end(), line.end)
    if _CAPS_PLACE.match(raw) and (end := dateline_end(text, line.start)) is not None \
            and len(_WORD.findall(text[end : line.end])) >= 2:
        # "VIENNA - Barges Stuck On Danube": a place tag before a headline (a wire's lead would end in a
        # full stop); the headline is the words after it, the tag stays the story's dateline
        return Span(end, line.end)
    return Span(line.start, line.end)


# ---------------------------------------------------------------------------------------------
# Body and joins.


def _ends_open(segment: str) -> bool:
    """True when a paragraph does not end a sentence (no terminal punctuation)."""
    tail = segment.rstrip(_CLOSERS)
    return not tail or tail[-1] not in _TERMINAL


def _unclosed_quote(segment: str) -> bool:
    return segment.count("“") > segment.count("”") or segment.count(_QUOTE_STRAIGHT) % 2 == 1


def _closes_first(segment: str) -> bool:
    """The paragraph closes a quotation it did not open (a quote continued from before)."""
    close = segment.find("”")
    opening = segment.find("“")
    if close >= 0 and (opening < 0 or close < opening):
        return True
    return segment.count(_QUOTE_STRAIGHT) % 2 == 1


def _starts_lower(segment: str) -> bool:
    stripped = segment.lstrip(" \t*_")
    return bool(stripped) and stripped[0].islower()


def _wrapped_block(lengths: list[int], open_ends: list[bool]) -> bool:
    """Hard-wrapped prose: several lines of similar width that mostly end mid-sentence."""
    if len(lengths) < 3:
        return False
    body = lengths[:-1]
    widths_ok = sum(1 for n in body if 40 <= n <= 100) >= 0.7 * len(body)
    return widths_ok and max(lengths) <= 110 and sum(open_ends[:-1]) >= 0.5 * len(body)


def _body_and_joins(
    text: str, lines: list[_Line], boiler: list[bool], title_index: int | None
) -> tuple[list[Span], list[Repair]]:
    # Body lines with their usable extent (a trailing credit is cut off).
    units: list[tuple[int, int, int]] = []  # (line index, start, end)
    for i, line in enumerate(lines):
        if boiler[i] or i == title_index or line.cls in (_D, _U, _Y, _HD, _TC):
            continue
        end = line.end
        if line.credit_from is not None:
            end = len(text[line.start : line.credit_from].rstrip()) + line.start
            if end <= line.start:
                continue
        units.append((i, line.start, end))

    joins: list[Repair] = []
    paragraphs: list[list[int]] = []  # [start, end, first line idx, last line idx]
    k = 0
    while k < len(units):
        i = units[k][0]
        group = [k]
        while (
            k + 1 < len(units)
            and units[k + 1][0] == units[k][0] + 1
            and (lines[units[k + 1][0]].block == lines[i].block)
        ):
            k += 1
            group.append(k)
        k += 1
        lengths = [units[g][2] - units[g][1] for g in group]
        opens = [_ends_open(text[units[g][1] : units[g][2]]) for g in group]
        wrapped = _wrapped_block(lengths, opens)
        current = [units[group[0]][1], units[group[0]][2], units[group[0]][0], units[group[0]][0]]
        for pos in range(1, len(group)):
            _, s, e = units[group[pos]]
            # a line ending mid-sentence continues on the next line of its block, even when that
            # starts with a name ("…," said Foreign Minister\nJo Roe told reporters.")
            # ... and a line that ends on a word's hyphen always goes on ("The Franco-" / "German plan")
            if wrapped or (opens[pos - 1] and (_starts_lower(text[s:e]) or lengths[pos - 1] >= 40
                                               or _BROKEN_HEAD.search(text, max(0, current[1] - 40), current[1]) is not None)
                           and not _LIST_ITEM.match(text, s, e)):
                joins.append(Repair(current[1], s, "join"))
                if (broken := _word_break(text, current[1], s)) is not None:
                    joins.append(broken)
                current[1] = e
                current[3] = units[group[pos]][0]
            else:
                paragraphs.append(current)
                current = [s, e, units[group[pos]][0], units[group[pos]][0]]
        paragraphs.append(current)

    # Paragraph breaks inside a sentence: adjacent body paragraphs with nothing but space between.
    for prev, nxt in itertools.pairwise(paragraphs):
        between = range(prev[3] + 1, nxt[2])
        if any(lines[b].cls != _P for b in between):
            continue  # only a page break may stand inside a sentence
        if not between and text[prev[1] : nxt[0]].strip():
            continue
        before = text[prev[0] : prev[1]]
        after = text[nxt[0] : nxt[1]]
        if not _ends_open(before) and not _unclosed_quote(before):
            continue
        if _starts_lower(after) or (_ends_open(before) and _unclosed_quote(before) and _closes_first(after)):
            joins.append(Repair(prev[1], nxt[0], "join"))
            if (broken := _word_break(text, prev[1], nxt[0])) is not None:
                joins.append(broken)
    body = [Span(p[0], p[1]) for p in paragraphs]
    return body, joins


# A list's item on its own line ("- Two new surgical hubs", "• Decision due in May", "2) Cut fares"): the
# line over it ends an item of its own, not a sentence that goes on
_LIST_ITEM = re.compile(r"[-*+•–—]\s+\S|\d{1,2}[.)]\s+\S")


# A word a hard line break split with a hyphen: its head before the break, its tail after it
_BROKEN_HEAD = re.compile(r"(?<![\w-])([^\W\d_]+)-$")
_BROKEN_TAIL = re.compile(r"[^\W\d_]+")


def _word_break(text: str, end: int, start: int) -> Repair | None:
    """A hyphen at a line's `end` with a word going on at `start` ("govern-" / "ment"): the word is read
    whole. The hyphen goes when the joined form is a dictionary word and the hyphenated one is not
    ("package", not "pack-age"); otherwise it was a compound's own hyphen and stays ("well-known")."""
    head = _BROKEN_HEAD.search(text, max(0, end - 40), end)
    tail = _BROKEN_TAIL.match(text, start)
    if head is None or tail is None or not tail.group().isalpha():
        return None
    first, rest = head.group(1), tail.group()
    if rest[0].islower() and not _is_word(f"{first}-{rest}") \
            and (_is_word(first + rest) or _broken_name(text, head.start(1), first, rest)):
        return Repair(end - 1, start, "hyphen")
    return Repair(end, start, "hyphen")


# second halves that make a compound with a capitalised name ("Kremlin-backed", "Obama-era", "Berlin-style")
_NAME_COMPOUND_TAIL = re.compile(
    r"\w{2,}(?:ed|ing)|era|style|wide|like|friendly|free|level|class|type|run|born|made|led|held|bound|proof|centric|"
    r"area|zone|region|bloc|side|wing|camp|tier|grade|size|sized|scale|war|policy|policies|deal|talks|summit|regime|"
    r"state|party|member|plan|prize|government|faction|group|model|brand|law|rules?|ban|visit|deadline"
)
# a prefix that opens a compound at a sentence's start ("Anti-war", "Non-profit", "Co-operation")
_COMPOUND_PREFIX = frozenset({"anti", "non", "pre", "post", "pro", "co", "ex", "mid", "semi", "multi", "sub", "inter",
                              "intra", "counter", "over", "under", "self", "re", "neo", "pan", "quasi", "ultra", "mega",
                              "micro", "macro", "mini", "cross", "trans", "bi", "tri", "de", "un", "vice", "pseudo"})
# particles a name keeps its hyphen after ("Al-qaida", "Abu-bakr", "Ibn-rushd")
_NAME_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "abd", "abu", "bin", "ibn", "ben", "bint"})
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;\"“‘'(\[—–]|\n[ \t]*\n)[\s\"“‘'(\[*_]*$")


def _broken_name(text: str, at: int, first: str, rest: str) -> bool:
    """"Carlos Quis-" / "pe said": a capitalised head and a lower-case rest that make no compound are one name
    the break split ("Quispe"). A compound keeps its hyphen: a name with a second half that forms compounds
    ("Kremlin-backed", "Obama-era"), or two words at a sentence's start, where any word is capitalised
    ("Long-term", "Anti-war")."""
    if not first[0].isupper() or first.isupper() or len(first) < 2 or first.lower() in _NAME_PARTICLES:
        return False
    low = rest.lower()
    if _is_word(low) and _NAME_COMPOUND_TAIL.fullmatch(low):
        return False
    opens = _SENTENCE_OPEN.search(text, max(0, at - 40), at) is not None
    return not (opens and (_is_word(first) or first.lower() in _COMPOUND_PREFIX) and _is_word(low))


@functools.cache
def _lexicon() -> tuple[tuple[frozenset[str], frozenset[str], tuple[tuple[str, str], ...]], ...]:
    """Per part of speech: the dictionary's lemmas, its irregular forms and its suffix rules, taken from the
    English model's lemmatizer (a WordNet index); first, spaCy's English function words, which the
    dictionary leaves out ("because", "themselves"). Only those when the model is not installed."""
    import spacy  # only a text with a broken word needs it
    from spacy.lang.en.stop_words import STOP_WORDS

    from storyline.pipeline import DEFAULT_MODEL

    function_words = (frozenset(STOP_WORDS), frozenset[str](), ())
    try:
        nlp = spacy.load(DEFAULT_MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "ner", "senter"])
        lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        index, exc, rules = (lookups.get_table(name) for name in ("lemma_index", "lemma_exc", "lemma_rules"))
    except (OSError, KeyError, ValueError):
        return (function_words,)
    return (function_words, *(
        (frozenset(index[pos]), frozenset(exc.get(pos, {})), tuple((old, new) for old, new in rules.get(pos, [])))
        for pos in ("noun", "verb", "adj", "adv")
        if pos in index
    ))


def _is_word(word: str) -> bool:
    """A dictionary word or a regular inflection of one ("negotiations", "rebuilt", "because")."""
    low = word.lower()
    for lemmas, forms, rules in _lexicon():
        if low in lemmas or low in forms:
            return True
        if any(low.endswith(old) and low[: len(low) - len(old)] + new in lemmas for old, new in rules if old):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# Markup repairs.


def _markup_repairs(text: str, boilerplate: list[Span]) -> list[Repair]:
    found: list[Repair] = []
    if "\\" in text:
        found.extend(Repair(m.start(), m.start() + 1, "unescape") for m in _ESCAPE.finditer(text))
    if "](" in text:
        for m in _LINK.finditer(text):
            found.append(Repair(m.start(1), m.end(1), "markup"))
            found.append(Repair(m.start(3), m.end(5), "markup"))
    if "<" in text:
        for m in _AUTOLINK.finditer(text):
            found.append(Repair(m.start(), m.start() + 1, "markup"))
            found.append(Repair(m.end() - 1, m.end(), "markup"))
    if "*" in text or "_" in text:
        for m in _EMPHASIS.finditer(text):
            found.append(Repair(m.start(1), m.end(1), "markup"))
            found.append(Repair(m.end(2), m.end(), "markup"))
    for line in _LINE_SYNTAX.finditer(text):
        raw = line.group()
        base = line.start()
        h = _HEADING.match(raw)
        if h is not None:
            found.append(Repair(base + h.start(1), base + h.start(2), "markup"))
            if h.end(2) < len(raw.rstrip()):
                found.append(Repair(base + h.end(2), base + len(raw.rstrip()), "markup"))
        elif _RULE.match(raw):
            found.append(Repair(base, base + len(raw), "markup"))
        else:
            marker = _LINE_MARKER.match(raw)
            if marker is not None and marker.end() > marker.start():
                found.append(Repair(base + marker.start(), base + marker.end(), "markup"))
    if not boilerplate:
        return found
    spans = sorted((s.start, s.end) for s in boilerplate)
    return [r for r in found if not _inside(spans, r.start, r.end)]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    idx = bisect.bisect_right(spans, (start, _MAX_END)) - 1
    return idx >= 0 and spans[idx][0] <= start and end <= spans[idx][1]
