"""Quotes: direct, indirect and mixed attributions with resolved speakers.

The component `storyline_quotes` writes `doc._.quotes` (`Quote` records, ids `q1`, `q2`, ...).
Direct quotes are found on characters (so a quote split by a scrape's paragraph break is still one
quote); indirect speech is found from reporting verbs and the dependency parse, with surface
fall-backs ("that ..." to the end of the sentence, "X, ..., Bloomberg reported") because news
sentences often defeat a small parser. Beyond speech, attributions cover stances, beliefs and
intentions ("X wants Y", "X is confident that …", "X voted against Y", "X took aim at Y"),
sources that are documents or poll shares ("a poll shows", "56 percent would vote for", "in a new poll, …"), hearsay adverbs ("reportedly")
and holder-less stances ("X is expected to …", "X was seen as Y"). The verb lists are hand-written
plus `data/cue_verbs.txt`, counted on PolNeAR train (its header says how). As in the corpora, a
stretch of text belongs to one attribution: a cue inside another attribution's content is dropped.
Speakers come from `doc._.actors`, which has already resolved "he", surnames and "the ministry's
spokesman" to people, so this module only picks *which* mention is the speaker.
"""

from __future__ import annotations

import itertools
import logging
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from storyline.actors.persons import ROLE_HEADS, TRANSCRIPT_LABEL
from storyline.dating import dateline_end
from storyline.pipeline import doc_text, document_of
from storyline.records import ActorMention, Document, Quote, QuoteKind, Speaker, TextSpan, Timex

log = logging.getLogger(__name__)

__all__ = ["REPORTING_VERBS", "QuotesComponent", "extract_quotes"]

# Verbs whose object (not only a clause) is what an actor wants, thinks or says ("called for a
# recount", "wants a wall", "criticized the deal"); attribution corpora mark these as well.
OBJECT_VERBS = frozenset({
    "want", "call", "describe", "criticize", "criticise", "defend", "support", "propose", "slam",
    "reject", "endorse", "urge", "assail", "back", "cite", "prefer", "seek", "plan", "praise",
    "blame", "attack", "oppose", "condemn", "dismiss", "applaud", "question", "mock",
    "label", "brand", "dub", "term", "characterize", "accuse", "deny", "demand", "recommend", "favor", "favour", "intend",
    "consider", "view", "regard", "discuss", "mention", "ask", "promise", "vow", "pledge",
    "decline", "refuse", "suggest", "acknowledge", "admit", "hope", "expect", "predict",
    "tout", "blast", "lambaste", "lambast", "decry", "denounce", "champion", "advocate", "pitch", "insist",
    "argue", "warn", "fear", "believe", "think", "know", "doubt", "estimate", "announce", "confirm",
    "highlight", "list", "emphasize", "stress", "signal", "threaten", "agree", "disagree",
    # stance and communication verbs whose object is the stance ("voiced concern", "echoed the
    # call", "disavowed the group", "offered praise", "talked about jobs", "referred to him as")
    "care", "express", "remind", "disavow", "voice", "echo", "apologize", "apologise",
    "talk", "repeat", "refer", "challenge", "encourage", "portray",
    "convince", "persuade", "address", "push", "share", "retweet", "unveil", "reference", "lobby",
    # what polls, reports and records show ("a poll showed X with a lead")
    "show", "find", "reveal", "indicate",
    # decisions, and speech verbs with a noun object instead of a clause ("decided to run", "the
    # company reported earnings of …", "reported spending $1 million", "she noted the attacks",
    # "61 percent say the same of X", "told the story", "recalled the night"); each kept only
    # where content and source F1 rose on one half of PolNeAR train and held on the other
    "decide", "report", "note", "say", "tell", "tweet", "recall", "claim", "state", "comment",
    # (each group below: content and source F1 up on one half of PolNeAR train, neither down on
    # the other) restating and stressing a position name it as their object ("reiterated his
    # support for X", "the poll underscores the link between …", "articulated a vision")
    "reiterate", "underscore", "underline", "emphasise", "affirm", "clarify", "specify",
    "articulate", "recite", "reaffirm", "restate", "rephrase",
    # judging someone or something: criticizing, lamenting and praising ("rebuked Trump for …",
    # "bemoaned the cost of care", "commended him for the bill")
    "deride", "ridicule", "scold", "rebuke", "chide", "berate", "castigate", "excoriate", "lampoon",
    "disparage", "belittle", "denigrate", "insult", "vilify", "demonize", "smear", "fault", "chastise",
    "reprimand", "admonish", "taunt", "bemoan", "lament", "deplore", "laud", "commend", "salute",
    # feelings toward something ("voters distrust X", "regrets her remarks", "admired the pope")
    "trust", "distrust", "mistrust", "resent", "regret", "dislike", "hate", "love", "admire", "respect",
    "dread", "appreciate", "cherish", "detest", "loathe", "despise", "adore",
    # asking for or setting oneself against something, and weighing it ("requested a recount",
    # "resisted the overtures", "contemplated another run")
    "request", "implore", "petition", "protest", "resist", "boycott", "ponder", "contemplate", "mull",
    # arguing for or against a view ("espoused free trade", "refuted the claim", "debated tax credits")
    "preach", "profess", "espouse", "refute", "contradict", "debunk", "contest", "broach", "debate",
    # striving and wishing ("strives for a spot in the debates", "yearn for a comeback")
    "strive", "aspire", "resolve", "plot", "scheme", "endeavor", "yearn", "wish", "crave", "covet", "desire",
    # accepting or giving up a position ("accepted the nomination", "repudiated free trade")
    "forgive", "excuse", "justify", "rationalize", "condone", "tolerate", "accept", "embrace",
    "abandon", "disown", "repudiate", "retract",
    # putting one's name to a text ("signed a letter of apology", "signed the gun bill")
    "sign",
    # picturing what is to come ("envisioned a network for conservatives", "foresees a long fight")
    "envision", "envisage", "imagine", "foresee",
    # setting out in detail ("the book details several donations", "outlined his tax plan")
    "detail", "outline", "document",
    # weighing a matter down or up in what one says ("downplayed the threat", "exaggerated his role")
    "downplay", "minimize", "minimise", "exaggerate", "overstate",
})


def _load_lemmas(filename: str) -> frozenset[str]:
    """One lemma a line; `#` comments (the file's header says how the list was built)."""
    raw = resources.files("storyline.data").joinpath(filename).read_text(encoding="utf-8")
    return frozenset(w.strip() for w in raw.splitlines() if w.strip() and not w.startswith("#"))


# counted on PolNeAR train (see the file's header), added to the hand-written list
OBJECT_VERBS = OBJECT_VERBS | _load_lemmas("cue_verbs.txt")
# speech and stance nouns that are a cue with an infinitive, a copular clause or a prepositional
# object ("plans to …", "the question is whether …", "criticism of …"), counted on PolNeAR train
CUE_NOUNS = _load_lemmas("cue_nouns.txt") | frozenset({
    # judging nouns, like the judging verbs ("his condemnation of the attack", "praise for the deal")
    "condemnation", "denunciation", "rebuke", "praise", "defense", "defence",
})
# stance adjectives (and participles) that are a cue after a copula with any object ("confident
# in …", "loyal to …") or a clause hung on the copula ("sure that …"), counted on PolNeAR train
CUE_ADJECTIVES = _load_lemmas("cue_adjectives.txt") | frozenset({
    # feelings about something ("pleased with the result", "furious about the ruling", "afraid of a war")
    "afraid", "fearful", "anxious", "nervous", "excited", "thrilled", "pleased", "disappointed",
    "frustrated", "furious", "outraged", "unhappy", "satisfied", "dissatisfied", "grateful", "thankful",
    "ashamed", "embarrassed",
})
_CUE_PREPS = frozenset({"about", "on", "over", "for", "of", "to", "against", "with"})
# light verbs that turn a fact noun into a claim: "made the case that …", "made the point that …"
_LIGHT_CUES = frozenset({"case", "point"})

# taking what is offered: with a deal, money or an amount as object it is a transaction ("accepted
# a 9% pay rise", "accepted the offer"), with a view or a nomination a stance ("accepted the science")
_TAKING_VERBS = frozenset({"accept"})
_TRANSACTION_NOUNS = frozenset({"offer", "deal", "pay", "rise", "raise", "increase", "cut", "settlement",
                                "payment", "bribe", "donation", "money", "bid", "contract", "compensation",
                                "package", "loan", "bonus", "wage", "salary", "award", "prize"})

# paying no heed: a quotation as their object is the words of whoever complains of it
_DISREGARD_VERBS = frozenset({"ignore", "overlook", "neglect", "disregard"})

REPORTING_VERBS = frozenset({
    "say", "tell", "add", "announce", "state", "deny", "confirm", "argue", "insist", "warn",
    "reiterate", "claim", "report", "believe", "note", "explain", "stress", "emphasize",
    "emphasise", "suggest", "acknowledge", "admit", "predict", "estimate", "allege", "assert",
    "declare", "write", "urge", "think", "reply", "respond", "answer", "comment", "caution",
    "contend", "maintain", "indicate", "reveal", "disclose", "concede", "recall", "quote",
    "promise", "vow", "pledge", "conclude", "observe", "mention", "complain", "boast", "testify",
    "tweet", "inform", "assure", "remark", "hope", "fear", "expect", "feel", "show", "find",
    "agree", "counter", "charge", "accuse", "point", "signal", "demand",
    "ask", "question", "wonder", "reckon", "affirm", "underline", "underscore",
    "specify", "clarify", "posit", "speculate", "suspect", "worry", "doubt", "guess",
    "imply", "know", "learn", "hear", "understand", "recognize", "recognise", "realize", "joke",
    "sign", "describe",
    # speech verbs of manner, mostly beside a short quote ("the crowd chanted “USA! USA!”")
    "yell", "shout", "scream", "chant", "exclaim", "proclaim", "whisper", "mutter", "quip", "retort",
    "holler", "shriek", "bellow", "murmur",
})
# verbs that never take a reported clause when they have none of their own ("point out" needs "out")
_NEEDS_CLAUSE = frozenset({"show", "find", "know", "learn", "hear", "understand", "feel", "sign",
                           "describe", "point", "charge", "accuse", "question", "recognize",
                           "recognise", "realize", "expect", "signal", "demand", "ask", "maintain"})
# of those, the ones that report a clause set before them ("…, a poll shows", "…, he maintains");
# knowing, perceiving and asking verbs seldom do ("While X …, I felt", "…, they didn't ask her")
_FRONTED_CLAUSE = frozenset({"show", "find", "maintain", "expect", "signal"})

OPENERS = {'"': ('"', "”"), "“": ("”", '"'), "«": ("»",), "„": ("“", "”")}
_QUOTE_CHARS = frozenset('"“”«»„')
_PUNCT_TRIM = frozenset({",", ".", ";", ":", "-", "—", "–", "(", ")", "[", "]", "*", "#"})
_PARA = re.compile(r"\n[ \t\r]*\n")
_WORD = re.compile(r"\w+")
_DASHES = frozenset({"-", "—", "–"})  # what ends a live blog's time stamp ("10:15 a.m. —")
_NOT_NAME_CHARS = frozenset("<>={}|\\")
MIN_DIRECT_WORDS = 4
# a quote with neither cue nor speaker in reach needs this many words to count as speech:
# shorter ones are mostly slogans, titles and scare quotes ("Make America Great Again"; on PolNeAR
# train they matched gold about 2 times in 5, and dropping them raised content F1 on both halves)
LONE_MIN_WORDS = 8
MIN_POLL_WORDS = 5
MAX_SOURCE_TOKENS = 40


# (sort key, kind, content chars, speaker, cue, date, via): one attribution before it becomes a Quote
_Raw = tuple[int, QuoteKind, tuple[int, int], Speaker | None, TextSpan | None, str | None, str | None]


@dataclass(slots=True)
class _Direct:
    open: int  # char offset of the opening mark
    close: int  # char offset of the closing mark (exclusive end of content)
    words: int


class QuotesComponent:
    """Writes `doc._.quotes`; see the module docstring."""

    def __call__(self, doc: Doc) -> Doc:
        document = document_of(doc)
        doc._.quotes = tuple(
            extract_quotes(doc, document.doc_id, document.text, tuple(doc._.actors), tuple(doc._.timexes))
        )
        return doc


@Language.factory("storyline_quotes")
def make_component(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent()


# ------------------------------------------------------------------------------------ direct
def _is_opener(text: str, i: int) -> bool:
    c = text[i]
    if c != '"':
        return True
    prev = text[i - 1] if i > 0 else " "
    return prev.isspace() or prev in "([{—–-:,;/" or prev in _QUOTE_CHARS


# words a title leaves in lower case ("Guardians of the Galaxy")
_TITLE_MINOR = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "with", "at", "by",
                          "from", "is", "vs"})
TITLE_MAX_WORDS = 6
# what names a show or a book: a possessive ("CNN's") or "on"/"in" right before the quotation mark
_TITLE_LEAD = re.compile(r"(?:['’]s|\b(?:on|in))\s*$")


def _is_title(text: str, open_: int, close: int) -> bool:
    """A quoted title after "X's" / "on" / "in" ("told CNN's “State of the Union,” that …"): every
    word capitalised, no sentence punctuation, not shouted in capitals. It is a name, not speech,
    and as a quote it steals the nearby "said"/"asked" (on PolNeAR train: content and source F1 up
    on the tuning half, neither down on the other; dropping every title-case quote, slogans and
    broken-off quote openings included, lost source F1 on the other half)."""
    inner = text[open_ + 1 : close]
    words = _WORD.findall(inner)
    if not 2 <= len(words) <= TITLE_MAX_WORDS or any(ch in inner for ch in ".?!") or inner.isupper():
        return False
    if not words[0][0].isupper() or not all(w[0].isupper() or w.lower() in _TITLE_MINOR for w in words):
        return False
    return _TITLE_LEAD.search(text, max(0, open_ - 12), open_) is not None


_TYPESET = ("''", "``")  # two-character quote marks
# a headline cited with its writer ("“Mayor vows to fight,” by the Times' Jane Roe: …"): a title
_BYLINE = re.compile(r"'?\s*,?\s*by\s+(?:the\s+)?[A-Z]")
_CITED = re.compile(r"\bby\s+(?:the\s+)?[A-Z][^\n:]{1,80}:\s*$")


# an ad or promotion line a scraper left between the paragraphs of a story
_AD_LINE = re.compile(r"(?:Advertisement|ADVERTISEMENT|Sponsored content|Story continues below(?: advertisement)?)"
                      r"[ \t]*\n[ \t]*\n[ \t]*")
_AD_BREAK = re.compile(r"\n[ \t]*\n[ \t]*" + _AD_LINE.pattern)  # the same line inside a quote's span


def _single_close(text: str, i: int) -> int:
    """Closing mark of a quotation in single marks opening at `i` ("‘We will win,’ he says.", the
    British style), or -1. Apostrophes make single marks ambiguous, so only a sentence-like quote
    counts: it opens before a capital and closes right after its own , . ! or ?, on one line."""
    prev = text[i - 1] if i > 0 else " "
    if not (prev.isspace() or prev in "([—–-:") or i + 1 >= len(text) or not (text[i + 1].isupper() or text[i + 1].isdigit()):
        return -1
    if re.match(r"\d\d(?:s\b|\b(?![.,]\d))", text[i + 1 : i + 5]):
        return -1  # an elided year ("the '90s", "in '92"), not a quote
    end = text.find("\n", i)
    end = len(text) if end < 0 else end
    # (the closing mark may follow a nested quote's own: ‘He told me, “Go home.”’)
    m = re.search(r"(?:(?<=[,.!?])|(?<=[,.!?][\"”]))['’](?!\w)", text[i + 1 : end])
    if m is None:
        return -1
    inner = text[i + 1 : i + 1 + m.start()]
    # double marks inside must pair up as a nested quote; a mark closing before the one found
    # ("'Hamlet' opens Friday, and 'Cats,' too") ends a title, one opening there a new quote
    nested = inner.count('"') % 2 == 0 and inner.count("“") == inner.count("”")
    if not nested or len(inner.split()) < 2 or re.search(r"[^\Ws]['’](?!\w)|(?<!\S)['‘](?=\w)", inner):
        return -1
    return i + 1 + m.start()


def _whole_line(text: str, open_: int, close: int) -> bool:
    """Whether the quote from `open_` to `close` fills its line (a pull quote or subhead)."""
    lo = text.rfind("\n", 0, open_) + 1
    hi = text.find("\n", close)
    hi = len(text) if hi < 0 else hi
    return not text[lo:open_].strip() and not text[close + 1 : hi].strip()


def find_direct(text: str) -> list[_Direct]:
    """Quoted stretches of text, joined across a paragraph break that splits one quote in two.

    A quote left open at a paragraph break continues into the next paragraph unless that
    paragraph opens a new quote (the newspaper convention for multi-paragraph quotes).
    """
    # typeset '' ... '' (two apostrophes) and `` ... '' (two backticks open) are read as double
    # quotes; the same length keeps offsets (the content starts after both marks: `_TYPESET`)
    if "''" in text or "``" in text:
        text = text.replace("''", '" ').replace("``", '" ')
    out: list[_Direct] = []
    n = len(text)
    i = 0
    # single marks outside any double-marked quote: the British style, or a story that mixes both;
    # there a line quoted whole in single marks is a pull quote or subhead, never attributed
    singles = not any(q in text for q in _QUOTE_CHARS)
    while i < n:
        c = text[i]
        if c in "‘'":
            close = _single_close(text, i)
            if close > 0 and not singles and _whole_line(text, i, close):
                close = -1
            if close > 0:
                out.append(_Direct(i, close, len(_WORD.findall(text, i + 1, close))))
                i = close + 1
                continue
        if c not in OPENERS or not _is_opener(text, i):
            i += 1
            continue
        closers = OPENERS[c]
        j = i + 1
        close = -1
        breaks = 0
        while j < n:
            ch = text[j]
            if ch in closers and (ch != '"' or c != '"' or j + 1 >= n or not text[j + 1].isalnum()):
                close = j
                break
            if ch == "\n":
                m = _PARA.match(text, j)
                if m is not None:
                    k = m.end()
                    while k < n and text[k] in " \t":
                        k += 1
                    ad = _AD_LINE.match(text, k)
                    if ad is not None and ad.end() < n and text[ad.end()].islower():
                        j = ad.end()  # '… we have to move with\n\nAdvertisement\n\nthem," he said': an ad
                        continue      # scraped into the quote, which goes on after it
                    breaks += 1
                    if breaks > 1 or k >= n or text[k] in OPENERS or text[k].isupper():
                        # a new paragraph: the quote stops at the break (multi-paragraph quote)
                        close = j
                        break
                    j = m.end()
                    continue
            if c == '"' and ch in ("“",):
                break
            j += 1
        if close < 0 and j >= n and c in '"“«„' and not any(ch in _NOT_NAME_CHARS for ch in text[i + 1 :]):
            # the text ends inside the quote (a scraped page cut off, a closing mark dropped in the
            # last paragraph): the quote runs to the end (not in markup's attribute values)
            close = len(text.rstrip())
        if close < 0:
            i += 1
            continue
        inner = text[i + 1 : close]
        words = len(re.findall(r"\w+", inner))
        out.append(_Direct(i, close, words))
        i = close + 1
    return out


# ------------------------------------------------------------------------------------ helpers
class _Index:
    """Per-document look-ups: token -> actor mention, timexes by position."""

    def __init__(self, doc: Doc, actors: Sequence[ActorMention], timexes: Sequence[Timex]) -> None:
        self.doc = doc
        self.actors = sorted(actors, key=lambda a: a.start)
        self.by_tok: dict[int, ActorMention] = {}
        for a in actors:
            sp = doc.char_span(a.start, a.end, alignment_mode="expand")
            if sp is None:
                continue
            for t in range(sp.start, sp.end):
                self.by_tok.setdefault(t, a)
        self.timexes = sorted(timexes, key=lambda t: t.start)

    def mention_at(self, tok: Token) -> ActorMention | None:
        return self.by_tok.get(tok.i)

    def mentions_in(self, start: int, end: int) -> list[ActorMention]:
        seen: list[ActorMention] = []
        for t in range(start, end):
            m = self.by_tok.get(t)
            if m is not None and (not seen or seen[-1] is not m):
                seen.append(m)
        return seen


def _char_end(tok: Token) -> int:
    return tok.idx + len(tok.text)


def _trim(doc: Doc, start: int, end: int, text: str) -> tuple[int, int]:
    """Token range -> char range without edge punctuation/space; keeps a balanced closing quote."""
    while start < end and (doc[start].is_space or doc[start].text in _PUNCT_TRIM):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in _PUNCT_TRIM or (
            doc[end - 1].dep_ == "cc" and end - start > 3 and end < len(doc) and doc[end].pos_ == "VERB"
            and (doc[end].dep_ == "conj" or _second_cue(doc[end])) and doc[end].head.i < start and doc[end].lemma_ not in ("do", "be", "have")
            and any(c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "attr") for c in doc[end].children))):
        end -= 1  # ("said it was reviewing its procedures but declined …": the conjunction joins the cue's next verb)
    if start >= end:
        return (0, 0)
    s, e = doc[start].idx, _char_end(doc[end - 1])
    inner = text[s:e]
    # a dangling closing mark with no opener inside: drop it (and a dangling opener at the end)
    while e > s and text[e - 1] in "”\"»" and sum(inner.count(q) for q in '“"«') == 0:
        e -= 1
        inner = text[s:e].rstrip(" ,.")
        e = s + len(inner)
    while e > s and text[s] in "“\"«" and sum(inner.count(q) for q in '”"»') <= (1 if text[s] == '"' else 0):
        s += 1
        inner = text[s:e]
    if s > 0 and text[s - 1] in "'‘" and (s == 1 or not (text[s - 2].isalnum() or text[s - 2] == "'")) \
            and re.search(r"\w['’](?!\w)", inner):
        s -= 1  # "hails 'perfect' display": the parse left the opening single quote on the verb
    elif e < len(text) and text[e] in "”\"" and (inner.count("“") > inner.count("”") or inner.count('"') % 2):
        e += 1  # 'intends to stay "until the job is finished".': the parse hung the closing mark on the cue
    elif e - s > 1 and text[e - 1] in "'’" and text[e - 2].isalpha() and text[e - 2] not in "sS" \
            and not re.search(r"(?:^|\s)['‘]", text[s : e - 1]) \
            and re.search(r"(?:^|\s)['‘]\w", text[text.rfind("\n", 0, s) + 1 : s]):
        e -= 1  # "ministers 'refuse to budge'": the closing single mark of a quote opened before the cue
    return s, e


def _paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    return lo, (len(text) if hi < 0 else hi)


_SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "threaten"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you"})


def _controller(obj: Token) -> bool:
    """Whether a verb's object can be the speaker of its infinitive: people, not "time" or "speech"."""
    if obj.lower_ in _SHARE_WORDS and any(
            p.lower_ == "of" and any(g.dep_ == "pobj" and g.lower_ in _OCCASION_NOUNS for g in p.children)
            for p in obj.children):
        return False  # "spent most of the day defending X": a share of time is no one
    return obj.lower_ in _OBJECT_PRONOUNS or obj.lower_ in _SHARE_WORDS or obj.pos_ == "PROPN" \
        or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or obj.lemma_.lower() in _AGENT_NOUNS


def _to_purpose(verb: Token) -> bool:
    """"X went on TV to declare …": a purpose infinitive shares the main verb's subject."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _cue_act(conj: Token) -> Token | None:
    """The reporting verb whose speaker does `conj` in "X said the plan was ready and promised to
    publish it": a stance verb in the cue's past tense, with no subject or auxiliary of its own,
    joined to the reported clause when that clause has another tense form or is a copula (the parse
    hangs it on the clause, so it would read as part of X's words and have the clause's subject)."""
    clause, verb = conj.head, conj.head.head
    if conj.dep_ != "conj" or clause.dep_ != "ccomp" or clause.i < verb.i or verb.tag_ != "VBD" \
            or conj.tag_ != "VBD" or conj.lemma_ == "be" or not _reporting(verb):
        return None
    if any(a.dep_ == "aux" and a.lemma_ == "have" for a in clause.children) or not (
            clause.lemma_ == "be" or clause.tag_ in ("VBZ", "VBP", "VB")
            or any(a.dep_ == "aux" and a.tag_ == "MD" for a in clause.children)):
        return None  # ("had paid … and decided": one perfect tense may cover both verbs)
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in clause.children):
        return None  # "she was tired and wanted …": the speaker's own words about herself may go on
    if sum(t.text in _QUOTE_CHARS or t.text in ("''", "``") for t in conj.doc[clause.left_edge.i : conj.i]) % 2:
        return None  # the join sits inside an open quotation: the quoted words go on
    if not (conj.lemma_.lower() in REPORTING_VERBS or conj.lemma_.lower() in OBJECT_VERBS):
        return None
    if any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in conj.children):
        return None
    return verb


# what one side says of another, which a "that"-less relative clause hands to a named speaker
# ("a charge the minister denies", "a claim Moscow rejects")
_CLAIM_NOUNS = frozenset({"charge", "claim", "allegation", "accusation", "assertion", "suggestion", "characterization",
                          "characterisation", "account", "version", "description", "view", "argument"})


def _second_cue(verb: Token) -> bool:
    """'X said costs had eased but warned that “…”': a past-tense reporting verb right after "and"
    or "but", with no subject or auxiliary, that the parse hung on the cue as a second clause of
    what was said; it is the cue's speaker's second report, a conjunct of the cue."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.i < verb.i and verb.tag_ == "VBD" and head.tag_ == "VBD" \
        and verb.i > 0 and verb.doc[verb.i - 1].lower_ in ("and", "but") and _reporting(head) \
        and verb.lemma_.lower() in REPORTING_VERBS \
        and any(c.dep_ == "ccomp" and head.i < c.i < verb.i for c in head.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _subject(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PUNCT"]
    if not subjects:
        # "who is plainly relishing …": the parse may hang the subject on the auxiliary
        subjects = [g for c in verb.children if c.dep_ == "aux" and c.i < verb.i for g in c.children
                    if g.dep_ == "nsubj" and g.i < c.i and g.pos_ != "PUNCT"]
    if subjects:
        # two subjects: a dateline or a scraped byline line ("CITY, St. — Sen. X continued …"), the
        # head of a clause the cue sits in ("The message X's aides expect …") or the first half of
        # a split name ("spokesman the Rev. X") is parsed as a first subject; the one nearest
        # before the verb is the real one (a split name is joined up in `_split_subject_start`)
        before = [c for c in subjects if c.i < verb.i]
        if len(before) == 1 and before[0].pos_ == "NOUN" and before[0].lemma_.lower() in _CLAIM_NOUNS and (
                name := next((c for c in before[0].children if c.dep_ == "appos" and c.pos_ == "PROPN"
                              and c.left_edge.i == before[0].i + 1 and c.right_edge.i < verb.i), None)) is not None:
            # "…, a charge Eze denies": a relative clause with no "that", read as an apposition; the
            # name is who denies, the charge what
            return name
        if len(before) == 1 and before[0].pos_ == "VERB" and before[0].tag_ in ("VBZ", "VBD") \
                and (own := next((c for c in before[0].children if c.dep_ == "nsubj" and c.i < before[0].i
                                  and c.pos_ in ("PROPN", "NOUN", "PRON")), None)) is not None:
            # "X denies A, accuses Y of B": the parse made the first verb the second's subject; X does both
            return own
        if len(before) > 1:
            # "The two senators — whose … — both said": a floating "both"/"all" stands for the one before
            if before[-1].lower_ in ("both", "all", "each") and not list(before[-1].children):
                return before[-2]
            # "A diplomat, briefing reporters on condition of anonymity, said": an aside opened by a
            # participle, parsed as a second subject, says how the first one spoke
            first = verb.doc[before[-1].left_edge.i]
            if first.tag_ == "VBG" and first.i > 0 and verb.doc[first.i - 1].text == "," \
                    and before[-2].right_edge.i < first.i:
                return before[-2]
            return before[-1]
        return before[0] if before else subjects[0]
    if (whose := _whose_subject(verb)) is not None:
        return whose
    if _second_cue(verb):
        return _subject(verb.head)
    if (cue := _cue_act(verb)) is not None:
        return _subject(cue)
    if (between := _between_quote_and_cue(verb)) is not None:
        return between
    if verb.tag_ in ("VBD", "VBZ"):
        # "Will urged …", "May believes …": a modal cannot take a tensed verb, so a capitalized one
        # right before it is a name (the parse read the surname as the auxiliary)
        name = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD" and c.i == verb.i - 1
                     and c.text[:1].isupper() and not c.text.isupper()), None)
        if name is not None:
            return name
    if verb.dep_ == "xcomp" and verb.head.i < verb.i:
        # object control ("led some to speculate", "required X to recognize"): the object speaks; after
        # a reporting verb ("urged X to find") PolNeAR keeps the outer speaker
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is not None and verb.head.lemma_.lower() not in _SUBJECT_CONTROL and _controller(obj) \
                and not _reporting(verb.head):
            return obj
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.dep_ in ("acomp", "advcl") and _reporting(verb) \
            and verb.head.head.i != verb.i:
        # "voters were more likely to say", "X was quick to point out": the adjective's subject
        return _subject(verb.head.head)
    if verb.dep_ == "conj" and verb.head.i < verb.i and verb.tag_ in ("VBD", "VBZ", "VBP") \
            and not any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children):
        # "It was no accident — Dana Price, a spokeswoman, told X that …": a finite verb
        # joined with no "and" after a dash-led noun phrase is that phrase's; the parse made it an
        # apposition of what came before
        k = verb.i - 2 if verb.doc[verb.i - 1].text == "," else verb.i - 1
        tok = verb.doc[k]
        while verb.head.i < tok.head.i < verb.i and tok.head.i != tok.i \
                and verb.doc[tok.left_edge.i - 1].text not in ("—", "–", "--", ";"):
            tok = tok.head
        if tok.pos_ in ("PROPN", "NOUN") and tok.right_edge.i >= k and tok.left_edge.i > verb.head.i \
                and verb.doc[tok.left_edge.i - 1].text in ("—", "–", "--", ";"):
            return tok
    host = verb.head
    if verb.dep_ == "conj" and host.dep_ == "advcl" and host.i < verb.i and host.head.i < host.i \
            and any(c.dep_ == "mark" and c.lower_ in ("as", "like") for c in host.children) \
            and verb.doc[host.left_edge.i - 1].text in ("—", "–", "--", ",") \
            and any(t.text in ("—", "–", "--", ",") for t in verb.doc[host.i + 1 : verb.i]):
        # "X jumped onto Twitter — as he so often does — and retweeted …": the parse joins the verb
        # to the set-off aside; it goes on with the sentence the aside interrupts
        return _subject(host.head)
    if verb.dep_ == "conj" and verb.head.i < verb.i:
        # "X did A, Y did B, and said C": the parse hangs every conjunct on the first; the nearest
        # conjunct before the verb with a subject of its own gives the subject
        sib = next((c for c in sorted(verb.head.children, key=lambda c: -c.i) if c.dep_ == "conj"
                    and c.i < verb.i and c.pos_ in ("VERB", "AUX")
                    and any(g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i for g in c.children)), None)
        if sib is not None:
            return _subject(sib)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() == "be" and any(
            c.dep_ == "expl" for c in verb.head.children):
        # "There were memos showing that …": what shows it is what there was
        return next((c for c in verb.head.children if c.dep_ == "attr" and c.i < verb.i
                     and c.pos_ in ("NOUN", "PROPN")), None)
    if (verb.dep_ in ("conj", "xcomp") or (verb.dep_ == "advcl" and (verb.tag_ == "VBG" or _to_purpose(verb)))) \
            and verb.head.i != verb.i:
        if (root := _misread_clause_root(verb)) is not None:
            return root
        inherited = _subject(verb.head)
        if verb.tag_ == "VBG" and inherited is not None and inherited.lower_ in ("he", "she", "they") \
                and inherited.head.dep_ == "ccomp" and _reporting(inherited.head.head):
            # "Ortiz has said she would cut taxes, vowing … and suggesting …": a participle the
            # parse hung inside the reported clause goes with the report's named subject
            outer = _subject(inherited.head.head)
            if outer is not None and outer.pos_ == "PROPN" and outer.dep_ == "nsubj" and outer.i < inherited.i:
                return outer
        return inherited
    if verb.dep_ in ("dep", "conj") and verb.tag_ in ("VBZ", "VBP") and verb.head.dep_ == "ROOT" \
            and verb.head.tag_ == "VBG" and verb.head.i < verb.i \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.head.children):
        # "Activists hoping to block X say …": with no finite verb before it, the parse took the
        # participle on the subject for the main verb; the subject is the participle's
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i + 1 == verb.head.i), None)
        if subj is not None:
            return subj
    if verb.dep_ == "dep" and verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.head.pos_ == "VERB" \
            and verb.head.i < verb.i and verb.doc[verb.i - 1].text == ",":
        # "The agency ignored warnings, admitted it lost the files, and …": a list of verbs
        # the parse did not join as conjuncts still shares the first one's subject
        return _subject(verb.head)
    if verb.tag_ in ("VBP", "VBZ", "VBD"):
        # "many of the donors contacted quietly fret …": the parse read the
        # participle as a clause of its own and gave it the subject
        for c in verb.lefts:
            if c.dep_ == "advcl" and c.tag_ == "VBN" and not any(g.dep_ in ("mark", "auxpass", "aux") for g in c.children):
                subj = next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)
                if subj is not None:
                    return subj
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.head.dep_ == "ROOT" and verb.head.i < verb.i \
            and verb.head.pos_ in ("NOUN", "PROPN") and _reporting(verb) \
            and not any(c.dep_ in ("agent", "auxpass") for c in verb.children):
        # "Two analysts, X and Y, found that …": a sentence whose finite verb the parse took for a
        # participle on its subject
        return verb.head
    # "the groups supporting X": an active participle's subject is the noun it modifies
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
        return _occasion_holder(verb.head) or _collective(verb.head) or verb.head
    # "X won praise by attacking Y": the participle after a preposition shares the verb's subject
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX") \
            and verb.head.head.i != verb.i:
        return _subject(verb.head.head)
    # "In addition to stating X, Y vowed …": through a fronted prepositional phrase too
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        prep = verb.head
        while prep.head.dep_ == "pobj" and prep.head.head.dep_ == "prep" and prep.head.head.i < prep.i:
            prep = prep.head.head
        host = prep.head
        if host.pos_ in ("VERB", "AUX") and host.i > verb.i:
            return _subject(host)
    return None


# nouns for the occasion or the stretch of time in which someone speaks: "in a speech attacking X",
# "spent the day defending X" — the participle is the subject's act, the noun cannot hold a view
# where or how something was said ("in a statement", "on a conference call", "at a briefing")
_SETTING_NOUNS = frozenset({"statement", "interview", "speech", "address", "call", "briefing", "conference",
                            "post", "tweet", "email", "letter", "release", "video", "podcast", "broadcast",
                            "hearing", "rally", "meeting", "summit", "remark", "message", "appearance", "note",
                            "memo", "filing"})
_OCCASION_NOUNS = frozenset({"speech", "address", "remark", "remarks", "reference", "interview", "appearance",
                             "time", "day", "night", "morning", "afternoon", "evening", "week", "hour",
                             "minute", "moment"})


_AMOUNT_NOUNS = frozenset({"number", "lot", "couple", "series", "variety", "range", "host", "bunch", "total",
                           "amount", "share", "percentage", "portion", "fraction"})


def _collective(noun: Token) -> Token | None:
    """"the chorus of detractors calling for …", "a band of delegates looking to …": a bare plural
    after "a/the <noun> of" names the members of a group; the group phrase is the source."""
    prep = noun.head
    if noun.dep_ != "pobj" or noun.tag_ != "NNS" or prep.lower_ != "of" or prep.dep_ != "prep" \
            or any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return None
    group = prep.head
    if group.tag_ != "NN" or group.i > noun.i or not any(c.dep_ == "det" for c in group.children) \
            or group.lower_ in _AMOUNT_NOUNS:
        return None  # ("a large number of laws restricting …": an amount, not a group, of them)
    return group


def _occasion_holder(noun: Token) -> Token | None:
    """The subject of the clause around "… a speech / the day <participle> …" (through any
    "of"/"to"/"in" phrases), when the participle hangs on an occasion or time noun or on anything
    inside the object of "spend" ("spent much of the run-up to the vote attacking X")."""
    tok = noun
    occasion = noun.lemma_.lower() in _OCCASION_NOUNS or noun.lower_ in _OCCASION_NOUNS
    for _ in range(6):
        if tok.dep_ in ("dobj", "npadvmod") and tok.head.pos_ in ("VERB", "AUX"):
            verb = tok.head
            break
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            prep = tok.head
            if prep.head.pos_ in ("VERB", "AUX"):
                verb = prep.head
                break
            tok = prep.head
            occasion = occasion or tok.lemma_.lower() in _OCCASION_NOUNS or tok.lower_ in _OCCASION_NOUNS
            continue
        return None
    else:
        return None
    if not (occasion or verb.lemma_.lower() == "spend"):
        return None
    subj = _subject(verb)
    return subj if subj is not None and subj.dep_ == "nsubj" and subj.i < noun.i else None


_SEPARATORS = frozenset({"–", "—", "-", "--", ":", "(", ")", "''"}) | _QUOTE_CHARS


def _set_apart(doc: Doc, a: int, b: int) -> bool:
    """Whether tokens [a, b) break a sentence in two (a line break, a dash, a colon, brackets,
    a quotation or a verb): two subjects either side are not one coordinated subject."""
    return any("\n" in t.text or t.text in _SEPARATORS or t.pos_ in ("VERB", "AUX") for t in doc[a:b])


_NP_INNER = frozenset({"pobj", "prep", "compound", "amod", "poss", "nummod", "det", "case"})


def _left_noun(verb: Token) -> Token | None:
    """A finite cue verb the parser left without a subject ("Dems hope …" read as a compound, "one
    in four said" as a conjunct): the noun phrase right before it is the subject."""
    if verb.i == 0:
        return None
    tok = verb.doc[verb.i - 1]
    if tok.pos_ not in ("NOUN", "PROPN", "NUM") or tok.sent.start != verb.sent.start:
        return None
    # (through "those": "more than two-thirds of those in the state predict …")
    while tok.dep_ in _NP_INNER and tok.head.i < verb.i and tok.head.pos_ in ("NOUN", "PROPN", "NUM", "ADP", "PRON"):
        tok = tok.head
    if (tok.head.pos_ in ("VERB", "AUX") and tok.head.i != verb.i) or tok.ent_type_ in ("DATE", "TIME"):
        return None  # the object of another verb ("an official who spoke to discuss strategy said")
    return tok if tok.pos_ in ("NOUN", "PROPN", "NUM") else None


def _fronted_appos(verb: Token) -> Token | None:
    """"In a statement to the paper, her adviser, Jay Roe, said …", "In addition to X, two
    senators, A and B, have said …": the parse hung the subject on the object of a fronted
    phrase as an apposition; the apposition set off by commas right before the cue speaks."""
    doc = verb.doc
    k = verb.i - 1  # (over "have", "also": "…, Jay Roe, has also said")
    while k > 0 and doc[k].head.i == verb.i and doc[k].dep_ in ("aux", "neg", "advmod"):
        k -= 1
    if k < 2 or doc[k].text != "," or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    tok = doc[k - 1]
    while tok.dep_ != "appos" and tok.head.i < tok.i and tok.head.i != tok.i:
        tok = tok.head
    while tok.dep_ == "appos" and tok.head.dep_ == "appos" and tok.head.i < tok.i:
        tok = tok.head  # "her adviser, Jay Roe": the first apposition heads the chain
    if tok.dep_ != "appos" or tok.right_edge.i != k - 1 or doc[tok.left_edge.i - 1].text != "," \
            or tok.pos_ not in ("NOUN", "PROPN") or not any(t.pos_ == "PROPN" for t in tok.subtree):
        return None
    host = tok.head
    if host.dep_ != "pobj":
        return None
    while host.dep_ in ("pobj", "prep") and host.head.i < verb.i:
        host = host.head
    return tok if host.dep_ in ("pobj", "prep") and host.head.i == verb.i else None


def _inverted_host_subject(idx: _Index, verb: Token) -> Token | None:
    """"“…,” said Jane Roe, adding …": a participle after an inverted cue shares its speaker, the
    name right after the cue (however the parse labelled it)."""
    host = verb.head
    if verb.dep_ not in ("advcl", "conj") or not host.i < verb.i or host.lemma_.lower() not in _INVERTING \
            or host.i + 1 >= verb.i:
        return None
    tok = verb.doc[host.i + 1]
    m = idx.mention_at(tok)
    if tok.dep_ in ("dobj", "dative", "pobj") or not (
            tok.pos_ == "PROPN" or (m is not None and m.type in ("person", "organization", "media"))):
        return None
    while host.i < tok.head.i < verb.i and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _relative_reporter(verb: Token) -> Token | None:
    """"…, a charge that state party leaders denied, noting that …": a participle right after a
    relative clause whose verb reports speech goes on with that report (the parse hangs it on the
    main verb); its speaker is the relative clause's named subject."""
    doc = verb.doc
    if verb.dep_ != "advcl" or verb.i < 3 or doc[verb.i - 1].text != "," or verb.head.i > verb.i:
        return None
    end = verb.i - 2
    rel = next((t for t in doc[verb.head.i + 1 : verb.i - 1] if t.dep_ == "relcl" and t.right_edge.i == end
                and _reporting(t)), None)
    if rel is None:
        return None
    subj = next((c for c in rel.children if c.dep_ == "nsubj" and c.i < rel.i), None)
    return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None


def _quote_host_subject(verb: Token, subj: Token | None) -> Token | None:
    """"She stated, “… would have turned Libya into Syria,” adding …": a participle after a
    quotation the parse hung on a verb inside it goes with whoever introduced the quotation."""
    doc = verb.doc
    host = verb.head
    if verb.dep_ not in ("advcl", "conj") or host.i >= verb.i:
        return None
    close = next((k for k in range(verb.i - 1, host.i, -1) if doc[k].text in _QUOTE_CHARS), None)
    if close is None:
        return None
    open_ = next((k for k in range(host.i - 1, max(-1, host.i - 80), -1) if doc[k].text in _QUOTE_CHARS), None)
    if open_ is None or (subj is not None and not open_ < subj.i < close):
        return None
    while open_ < host.i < close and host.head.i != host.i:
        host = host.head
    if host.i >= open_ or not _reporting(host):
        return None
    return _subject(host)


def _misread_clause_root(verb: Token) -> Token | None:
    """"Trump defended eminent domain, calling it …" with "defended" parsed as an adjective on its
    object: the set-off participle hangs on the subject noun made root, which is its subject too
    (the main verb's, as the participle's always is)."""
    head, doc = verb.head, verb.doc
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") \
            or not head.i < verb.i or doc[verb.i - 1].text != ",":
        return None
    for t in doc[head.i + 1 : verb.i]:
        if t.pos_ == "AUX" or (t.pos_ == "VERB" and t.dep_ != "amod"):
            return None  # a verb of the sentence's own, parsed as one
        if t.dep_ == "amod" and t.tag_ in ("VBD", "VBN") and t.head.head.i == head.i and t.head.i > t.i:
            return head
    return None


def _subject_in_clause_before(verb: Token) -> Token | None:
    """A finite cue whose subject the parse gave to a clause before it ("Sanders, who holds no
    such post, said …" read as "Sanders … holds" + "said"; "X summed Y up as …, denounced Z and
    said …"): the named subject of that clause (through "and"-joined verbs) is the speaker."""
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None  # with no clause after it, the clause before is what the cue reports
    v = verb
    while v.dep_ in ("conj", "dep") and v.head.i < v.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        v = v.head
    if v.dep_ not in ("ROOT", "conj", "dep") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
        return None
    for clause in v.lefts:
        if clause.dep_ not in ("ccomp", "advcl") or clause.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "mark" for c in clause.children):
            break  # "If X wins, said …": a subordinate clause's subject is not the cue's
        subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i
                     and c.pos_ in ("PROPN", "NOUN")), None)
        if subj is not None:
            return subj
    # "…, an official who spoke anonymously to discuss strategy said": the noun whose relative
    # clause runs up to the cue, hung by the parse on a phrase before it
    tok = verb.doc[verb.i - 1] if verb.i > 0 else verb
    while tok.head.i < verb.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN") and tok.right_edge.i == verb.i - 1 and tok.sent.start == verb.sent.start \
                and any(c.dep_ == "relcl" and c.right_edge.i == verb.i - 1 for c in tok.rights):
            return tok
    return None


def _between_quote_and_cue(verb: Token) -> Token | None:
    """"“…,” the agency's chief executive, Jane Roe, said.": a noun phrase alone between a closing
    quote and a speech verb is the speaker, whatever clause of the quote the parse hung it on."""
    doc = verb.doc
    if verb.lemma_.lower() not in _INVERTING:
        return None
    k = verb.i - 1
    while k > 0 and verb.i - k <= 12 and doc[k].text not in _QUOTE_CHARS:
        if doc[k].pos_ in ("VERB", "AUX") or "\n" in doc[k].text or doc[k].text in (".", "!", "?", ";"):
            return None
        k -= 1
    if doc[k].text not in _QUOTE_CHARS or k < 1 or doc[k - 1].text not in (",", "?", "!") or k + 1 >= verb.i:
        return None
    span = range(k + 1, verb.i)
    heads = [doc[i] for i in span if doc[i].head.i not in span and doc[i].pos_ in ("NOUN", "PROPN")]
    return heads[0] if len(heads) == 1 else None


def _whose_subject(verb: Token) -> Token | None:
    """"…, whose director, Jane Roe, said …": a relative "whose" phrase running up to a cue with no
    subject of its own is its subject (the parse hangs it on the noun before, the cue on nothing);
    the named apposition speaks if there is one."""
    doc = verb.doc
    k = verb.i - 1
    if k > 0 and doc[k].text == ",":
        k -= 1
    if k < 1 or verb.dep_ not in ("ROOT", "conj", "ccomp"):
        return None
    tok = doc[k]
    while tok.head.i < verb.i and tok.head.i != tok.i and not any(c.lower_ == "whose" for c in tok.children):
        tok = tok.head
    if not any(c.lower_ == "whose" and c.dep_ == "poss" for c in tok.children) or tok.pos_ != "NOUN" \
            or tok.right_edge.i < k or doc[tok.left_edge.i - 1].text != ",":
        return None
    name = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.right_edge.i == k), None)
    return name or tok


def _quoting_verb(verb: Token) -> Token | None:
    """The "quote" of "quoted X as saying …" when `verb` is that "saying" (the speech verb whose
    clause is the content; the speaker and the relaying outlet hang on "quote")."""
    if verb.lower_ != "saying" or verb.dep_ != "pcomp" or verb.head.lower_ != "as":
        return None
    host = verb.head.head
    return host if host.lemma_.lower() == "quote" and host.pos_ == "VERB" else None


def _saying_has_clause(saying: Token) -> bool:
    """Whether the "saying" of "quoted as saying" has what was said after it ("Y, X was quoted as
    saying by the agency" has it before "quoted")."""
    doc = saying.doc
    if any(c.dep_ in ("ccomp", "xcomp") and c.i > saying.i for c in saying.children):
        return True
    return saying.i + 1 < len(doc) and doc[saying.i + 1].text in (":", "that", '"', "“", ",")


def _quoted_as_saying(verb: Token) -> tuple[Token | None, Token | None]:
    """("the TASS news agency quoted the minister as saying") -> (speaker token, relaying subject)."""
    if verb.lemma_.lower() != "quote":
        return None, None
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    subj = _subject(verb)
    if dobj is not None:
        return dobj, subj
    return subj, _agent(verb)  # "X was quoted (by Y) as saying"


def _np_range(tok: Token, verb_i: int | None = None) -> tuple[int, int]:
    """Token range of the whole noun phrase headed by `tok` (appositions and relative clauses
    included, as attribution corpora mark sources), cut at the verb, newlines and edge punctuation."""
    doc = tok.doc
    lo, hi = tok.left_edge.i, tok.right_edge.i + 1
    if verb_i is not None and lo <= verb_i < hi:
        lo, hi = (lo, verb_i) if tok.i < verb_i else (verb_i + 1, hi)
    if tok.dep_ == "ROOT" and tok.pos_ in ("NOUN", "PROPN"):
        # a noun made root over an object ("Trump defended eminent domain", the verb read as an
        # adjective on "domain"): the object and its misread verb are no part of the name
        obj = next((c for c in tok.rights if c.dep_ == "dobj" and lo < c.left_edge.i < hi), None)
        if obj is not None:
            hi = obj.left_edge.i
    lo, hi = _within_paragraph(doc, tok.i, lo, hi)
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        # "was seen by some as a demotion": the parse hangs the verb's "as" on the agent; it says
        # what was seen, not who saw it
        as_ = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
        if as_ is not None and lo < as_.i < hi:
            hi = as_.i
    hi = _cut_modifiers(tok, hi, inverted=verb_i is not None and verb_i < tok.i)
    # leftover markup or symbols before the head ("<b>Officials</b> said") are not part of a name
    for k in range(tok.i - 1, lo - 1, -1):
        if any(c in _NOT_NAME_CHARS for c in doc[k].text):
            lo = k + 1
            break
        # the end of a quotation the parse hung on the speaker ("“…, ” Jane Roe, 69, told …")
        if doc[k].text in _QUOTE_CHARS and k > lo and doc[k - 1].text in (",", ".", "!", "?"):
            lo = k + 1
            break
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space) and lo != tok.i:
        lo += 1
    if tok.pos_ == "PROPN" and lo + 1 < tok.i and doc[lo].dep_ == "det" and doc[lo + 1].dep_ == "compound" \
            and doc[lo + 1].lemma_.lower() in _CLAIM_NOUNS:
        lo += 2  # "…, a charge Okoye denies": the claim is what a "that"-less relative clause's subject denies
    hi = _trim_end(doc, lo, hi, tok.i)
    if hi - lo > MAX_SOURCE_TOKENS:
        # "said Jane Roe, 41, a nurse from the county who stood in a line for hours with …": a clause
        # deep in the phrase runs on; the phrase up to it names the source
        clause = next((t for t in doc[tok.i + 1 : hi] if t.dep_ in ("relcl", "acl") and t.left_edge.i > tok.i), None)
        if clause is None:
            return tok.i, tok.i + 1
        hi = _trim_end(doc, lo, clause.left_edge.i, tok.i)
        if hi - lo > MAX_SOURCE_TOKENS:
            return tok.i, tok.i + 1
    return lo, hi


def _trim_end(doc: Doc, lo: int, hi: int, head: int) -> int:
    """`hi` moved back over trailing punctuation and spaces (never past the head); a closing
    bracket stays with its opening one ("Sen. Jane Roe (D-Ore.)")."""
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space) and hi - 1 != head and not (
            doc[hi - 1].text == ")" and any(t.text == "(" for t in doc[lo : hi - 1])):
        hi -= 1
    return hi


_CUT_DEPS = frozenset({"acl", "amod", "advcl"})
# A set-off relative clause longer than this is an aside, not part of who the source is. Measured on
# PolNeAR train: after a full name ("Jane Roe, who chairs …") the gold keeps ~3 in 4 even when long,
# after a bare surname or noun ("Smith, who has long opposed …") ~1 in 5 even when short.
_RELCL_MAX = 12
_RELCL_MAX_NAME = 25
_TIME_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "noon", "midnight"})


def _is_time(tok: Token) -> bool:
    """A clock time parsed as a subject ("9:30 p.m. Officials say …" in live blogs)."""
    return tok.lower_ in _TIME_WORDS or bool(re.fullmatch(r"\d{1,2}[:.]\d\d", tok.text)) or (
        tok.like_num and any(c.lower_ in _TIME_WORDS for c in tok.children))


_ASIDE_MARKS = frozenset({",", "—", "–", "-", "--"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _cut_modifiers(tok: Token, hi: int, inverted: bool = False) -> int:
    """Drop a source's set-off descriptive tail ("X, eager to jab senators,", "X — buoyed by …",
    "X, who has long argued …" when long or after a bare surname before the verb): the corpora mark the name and
    its title, not the aside."""
    doc = tok.doc
    for child in tok.rights:
        if child.i >= hi:
            break
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "during") \
                and (tok.pos_ == "PROPN" or tok.text[:1].isupper()) and any(g.dep_ == "pobj" and (g.lemma_.lower() in _SETTING_NOUNS or g.lemma_.lower() in _MEDIA_NOUNS)
                        for g in child.children):
            # "said X in a statement", "said X on a call with analysts", "wrote X, a senator, on
            # Facebook": where X spoke, not who X is
            return min(hi, child.i)
        if child.dep_ == "prep" and child.lower_ == "in" and tok.pos_ == "NOUN" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _SETTING_NOUNS
                and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in g.children) for g in child.children):
            # "said the minister's office in a statement": the same for a common noun (an indefinite
            # setting only: "an official in the interview room" is who)
            return min(hi, child.i)
        if child.dep_ == "prep" and child.lower_ in ("on", "at", "in", "during") and child.i > tok.i \
                and child.right_edge.i + 1 >= _trim_end(doc, tok.i, hi, tok.i) and any(
                g.dep_ == "pobj" for g in child.children) and all(
                t.ent_type_ in ("DATE", "TIME") or t.lower_ in _WEEKDAYS for t in doc[child.i + 1 : child.right_edge.i + 1]):
            # "Mexico's president on Wednesday rejected …": when X spoke, not who X is (only at the
            # phrase's end: "an article on Monday about X" keeps what the article is about)
            return min(hi, child.i)
        first = child.left_edge.i
        if child.pos_ in ("VERB", "AUX") and first > tok.i and doc[first].lower_ in ("why", "whether", "how", "if"):
            return min(hi, first)  # "was asked by a caller why …": the question is no part of who asked
        if first > tok.i and doc[first].text in _ASIDE_MARKS and first + 1 < len(doc):
            first += 1  # the parse may give the aside its opening comma
        if first <= tok.i or doc[first - 1].text not in _ASIDE_MARKS:
            continue
        full_name = tok.pos_ == "PROPN" and sum(t.pos_ == "PROPN" for t in doc[tok.left_edge.i : tok.i + 1]) >= 2
        long_rel = child.dep_ == "relcl" and (
            child.right_edge.i + 1 - first > (_RELCL_MAX_NAME if full_name else _RELCL_MAX)
            # (after the verb, '“…,” said Roe, who chairs the panel': PolNeAR keeps the clause)
            or (tok.left_edge.i == tok.i and not inverted))
        # "X, who said last week that …, said": a relative clause that reports speech is an
        # attribution of its own, not part of who X is
        said_rel = child.dep_ == "relcl" and _reports_clause(child)
        # "X — who has long opposed the plan —": an aside set off by dashes
        dash_rel = child.dep_ == "relcl" and doc[first - 1].text in ("—", "–", "--")
        # "X, with evident delight, said": a set-off manner phrase is how X spoke, not who X is
        manner = child.dep_ == "prep" and child.lower_ == "with" and child.right_edge.i + 1 < len(doc) \
            and doc[child.right_edge.i + 1].text == ","
        # "X, himself a veteran, said": a reflexive aside says something of X, it does not name X
        reflexive = doc[first].lower_ in ("himself", "herself", "themselves", "itself")
        # "The president, in a post on X, wrote": a set-off setting is where X spoke, not who X is
        setting = child.dep_ == "prep" and child.lower_ in ("in", "on", "during") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _SETTING_NOUNS for g in child.children)
        # "X, who spoke on condition of anonymity because …, said": why X is unnamed, not who X is
        unnamed = child.dep_ == "relcl" and _ANONYMITY.search(
            doc.text, child.left_edge.idx, _char_end(child.right_edge)) is not None
        # "DuPont, only two months later, announced": when X spoke, not who X is
        timing = child.dep_ in ("advmod", "npadvmod") and (child.lower_ in ("later", "earlier", "ago") or any(
            t.ent_type_ in ("DATE", "TIME") for t in child.subtree))
        if child.dep_ in _CUT_DEPS or long_rel or said_rel or dash_rel or manner or reflexive or setting or unnamed \
                or timing:
            return min(hi, first - 1)
    # the same report hung on a noun inside the phrase ("X, an analyst at Y, who notes that …")
    for t in tok.subtree:
        if tok.i < t.i < hi and t.dep_ == "relcl" and doc[t.left_edge.i - 1].text == "," and (
                _reports_clause(t) or _ANONYMITY.search(doc.text, t.left_edge.idx, _char_end(t.right_edge))):
            return t.left_edge.i - 1  # (or the unnamed one's terms hung there: "familiar with X, who spoke on condition …")
    return hi


def _reports_clause(verb: Token) -> bool:
    """A reporting verb with a clause of its own ("who said last week that …", "who noted that …",
    where the parse may take "that" for an object)."""
    return _reporting(verb) and any(c.dep_ == "ccomp" or (c.lower_ == "that" and c.i == verb.i + 1)
                                    for c in verb.children)




def _dateline_end(doc: Doc, lo: int, hi: int) -> int | None:
    """The first token after a dateline that opens the line at `lo` ("WASHINGTON —", "DES MOINES,
    Iowa (AP) —"), as `dating.dateline_end` reads datelines; None without one or past `hi`."""
    stamp = _after_stamp(doc, lo, hi)  # "14:30 GMT — Residents of X said …" in a live blog
    if stamp == lo and lo > 0 and "\n" not in doc[lo - 1].text and doc[lo].sent.start != lo:
        # mid-sentence: only a phrase that starts inside its line's dateline ("LAGOS, | May 6
        # (Delta Wire) - Rebels … claimed", the city parsed apart) has one to cut
        k = _mid_dateline(doc, lo, hi)
        return k if k is not None and k < hi else None
    k = _after_dateline(doc, stamp, hi)
    if k is None and stamp > lo:
        k = stamp
    if k is None and lo > 0:
        k = _mid_dateline(doc, lo, hi)
    return k if k is not None and k < hi else None


def _mid_dateline(doc: Doc, lo: int, hi: int) -> int | None:
    """The first token after a dateline that `lo` starts inside of: "HOUSTON, April 2, 2025
    /PRNewswire/ -- X said" where the parse split the city off, so the phrase starts mid-dateline;
    read it from the line's start (only an all-caps city and punctuation may come before `lo`)."""
    ls = lo
    while ls > 0 and lo - ls <= 4 and "\n" not in doc[ls - 1].text:
        ls -= 1
    if ls < lo and (ls == 0 or "\n" in doc[ls - 1].text) and all(
            t.is_punct or t.text.isupper() for t in doc[ls:lo]):
        k = _after_dateline(doc, ls, hi)
        return k if k is not None and k > lo else None
    return None


def _after_dateline(doc: Doc, lo: int, hi: int) -> int | None:
    """The first token at or after the end of a dateline starting at token `lo`, if one starts there."""
    if lo >= hi:
        return None
    end = dateline_end(doc_text(doc), doc[lo].idx)
    if end is None:
        return None
    return next((t.i for t in doc[lo:hi] if t.idx >= end), hi)


def _speaker_from_token(idx: _Index, tok: Token, verb_i: int | None = None) -> tuple[ActorMention | None, tuple[int, int]]:
    """Actor mention for a subject token (or one inside its phrase) and the speaker's token range."""
    lo, hi = _np_range(tok, verb_i)
    doc = tok.doc
    if 0 < lo < tok.i and doc[lo].is_sent_start and doc[lo - 1].is_sent_start and doc[lo - 1].is_title \
            and doc[lo - 1].pos_ in ("PROPN", "NOUN") and not doc[lo - 1].whitespace_.strip(" ") \
            and (lo < 2 or "\n" in doc[lo - 2].text):
        lo -= 1  # "Harbour | City manager X said": the parser split the line's first word off as a sentence
    cut = _dateline_end(tok.doc, lo, hi)  # (and a live blog's "08:30 GMT - " time stamp)
    if cut is not None:
        # "WASHINGTON — Sen. X said": the parse hangs the name on the dateline; the name alone speaks
        if tok.i < cut:
            tok = next((t for t in tok.doc[cut:hi] if not t.is_punct and (
                not cut <= t.head.i < hi or t.head.i == t.i)), tok)
        lo = max(lo, cut)
    m = idx.mention_at(tok)
    if m is not None:
        return m, (lo, hi)
    # a possessor is not the speaker when the phrase names the speaker too ("Marsh's spokesman,
    # Tom Reyes, said": Reyes); alone ("Marsh's office said") it is whom the speaker speaks for
    inside = idx.mentions_in(lo, hi)
    if tok.pos_ == "NOUN":
        # "emails reviewed by The Guardian", "a statement carried by Greek media": whoever saw or
        # carried the words is their relay, not their source; and "a UN official in Goma": no one
        # is in or at a person, so a name there is a place the tagger missed
        inside = [c for c in inside if not _in_relay_agent(tok, c) and (
            c.type != "person" or not _in_pp_of(tok, c, ("in", "at", "near", "outside")))]
    if _not_on_behalf(tok):
        # "a former aide to Governor X", "a rival of X": the person in the phrase is whom the
        # speaker is tied to, not who speaks (nor whom the speaker speaks for)
        inside = [c for c in inside if c.type != "person" or not _in_pp_of(tok, c)]
    if any(c.type == "person" and not _is_possessor(idx, c) for c in inside):
        inside = [c for c in inside if not _is_possessor(idx, c)]
    elif any(_is_possessor(idx, c, any_type=True) for c in inside) \
            and any(_is_appositive(idx, c, tok) for c in inside):
        # "The Mariners' owner, Bellwether Holdings, said": the owner named beside the noun speaks
        inside = [c for c in inside if _is_appositive(idx, c, tok)]
    for want in ("person", "organization", "media", "country"):
        for cand in inside:
            if cand.type == want and not (want == "country" and _private_demonym(idx, cand)):
                return cand, (lo, hi)
    # the plain noun phrase ("officials", "a source close to the talks")
    return None, (lo, hi)


# ties to a person that do not make one that person's voice ("a rival of X", "X's former aide")
_TIE_NOUNS = frozenset({"friend", "rival", "critic", "opponent", "neighbour", "neighbor", "relative", "brother",
                        "sister", "son", "daughter", "wife", "husband", "accuser", "victim", "classmate",
                        "biographer", "ex-wife", "ex-husband", "cousin", "colleague", "acquaintance"})


def _not_on_behalf(noun: Token) -> bool:
    """Whether a speaker noun ties its holder to someone without speaking for them: a relative,
    rival or friend, or anyone "former"/"ex-" (a former aide no longer speaks for the boss)."""
    if noun.pos_ != "NOUN":
        return False
    return noun.lemma_.lower() in _TIE_NOUNS or any(
        c.dep_ == "amod" and c.lower_ in ("former", "ex", "onetime", "one-time", "erstwhile") for c in noun.children) \
        or any(t.lower_ in ("ex", "ex-") for t in noun.doc[max(0, noun.i - 2) : noun.i])


def _in_relay_agent(noun: Token, m: ActorMention) -> bool:
    """Whether mention `m` is the "by" agent of a participle on `noun` ("documents seen by Reuters")."""
    sp = noun.doc.char_span(m.start, m.end, alignment_mode="expand")
    return sp is not None and any(a.dep_ == "agent" and a.head.dep_ == "acl" and a.head.head.i == noun.i
                                  for a in sp.root.ancestors)


def _in_pp_of(noun: Token, m: ActorMention, preps: tuple[str, ...] | None = None) -> bool:
    """Whether mention `m` sits in a prepositional phrase on `noun` ("aide to X", "rival of X"),
    one of `preps` when given."""
    sp = noun.doc.char_span(m.start, m.end, alignment_mode="expand")
    return sp is not None and any(a.dep_ == "prep" and a.head.i == noun.i and (preps is None or a.lower_ in preps)
                                  for a in sp.root.ancestors)


# people who speak for themselves, not for their country ("the Brazilian novelist", "a Kenyan farmer")
_PRIVATE_PEOPLE = frozenset({
    "novelist", "writer", "author", "poet", "artist", "painter", "singer", "musician", "actor", "actress",
    "filmmaker", "director", "player", "athlete", "footballer", "runner", "swimmer", "cyclist", "boxer",
    "tennis", "golfer", "coach", "scientist", "researcher", "scholar", "academic", "professor", "historian",
    "student", "teacher", "farmer", "worker", "tourist", "businessman", "businesswoman", "entrepreneur",
    "billionaire", "journalist", "reporter", "photographer", "blogger", "doctor", "nurse", "woman", "man",
    "mother", "father", "resident", "refugee", "migrant", "fan", "climber", "chef", "designer", "architect",
})


def _private_demonym(idx: _Index, m: ActorMention) -> bool:
    """A country named only by an adjective on a private person ("the Brazilian novelist said"): the
    person speaks, not the country."""
    sp = idx.doc.char_span(m.start, m.end, alignment_mode="expand")
    return sp is not None and len(sp) == 1 and sp[0].dep_ == "amod" and sp[0].pos_ == "ADJ" \
        and sp[0].head.lemma_.lower() in _PRIVATE_PEOPLE


def _is_appositive(idx: _Index, m: ActorMention, head: Token) -> bool:
    """Whether the mention is an apposition of the phrase's head ("the owner, Bellwether Holdings,")."""
    sp = idx.doc.char_span(m.start, m.end, alignment_mode="expand")
    return sp is not None and sp.root.dep_ == "appos" and sp.root.head.i == head.i


def _is_possessor(idx: _Index, m: ActorMention, any_type: bool = False) -> bool:
    """Whether a person mention (any mention with `any_type`) is the possessor of the noun after it
    ("Marsh's spokesman")."""
    if m.type != "person" and not any_type:
        return False
    sp = idx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if sp is None or sp.end >= len(idx.doc):
        return False
    nxt = idx.doc[sp.end]
    return nxt.tag_ == "POS" or nxt.text in ("'s", "’s")


def _split_subject_start(tok: Token, lo: int, content: tuple[int, int]) -> int:
    """Where a subject the parser broke in two begins: "Vatican spokesman the Rev. X", "his
    nephew X", "45% of Republicans, 28% of independents and 12% of Democrats say" come as
    several subjects of one verb, side by side (nothing, a comma or "and" between); the source
    is all of them."""
    doc = tok.doc
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return lo
    for sib in sorted((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i),
                      key=lambda c: -c.i):
        if sib.right_edge.i >= lo or not all(t.text in (",", "and", "&") for t in doc[sib.right_edge.i + 1 : lo]):
            break
        if sib.pos_ == "PRON" or sib.ent_type_ in ("GPE", "LOC", "DATE", "TIME") \
                or content[0] <= sib.i < content[1] or _set_apart(doc, sib.left_edge.i, tok.i):
            break  # a dateline, a heading or the reported clause's own subject is no part of it
        lo = sib.left_edge.i
    return lo


def _nearest_actor(idx: _Index, verb: Token, lo: int, hi: int, avoid: tuple[int, int]) -> ActorMention | None:
    """Nearest person/org/media/country to the verb in [lo, hi) outside `avoid`; left side first.

    The left candidate may be separated from the verb by an apposition (", director of X (Y),").
    """
    doc = idx.doc
    j = verb.i - 1
    in_appos = False
    best: ActorMention | None = None
    while j >= lo:
        if avoid[0] <= j < avoid[1]:
            break
        tok = doc[j]
        if tok.pos_ in ("VERB", "AUX") and tok.tag_ not in ("VBN", "VBG") and not in_appos:
            break
        if tok.text == ",":
            in_appos = not in_appos
        m = idx.mention_at(tok)
        if m is not None and m.type in ("person", "organization", "media", "country") and not in_appos:
            if m.type == "person":
                return m
            best = best or m
        j -= 1
    if best is not None:
        return best
    for k in range(verb.i + 1, min(hi, verb.i + 6)):
        if avoid[0] <= k < avoid[1]:
            break
        m = idx.mention_at(doc[k])
        if m is not None and m.type in ("person", "organization", "media", "country"):
            return m
    return None


def _media_via(idx: _Index, lo: int, hi: int, speaker: ActorMention | None, avoid: tuple[int, int],
               own: tuple[int, int] = (0, 0)) -> str | None:
    """The outlet that relayed the words: not the wire in the story's own dateline ("BEIJING
    (Reuters) -" is who wrote it) nor one in a person's own role ("RBC analyst Jane Roe", `own`)."""
    start = _dateline_end(idx.doc, lo, hi) or lo
    for t in range(start, hi):
        if avoid[0] <= t < avoid[1] or own[0] <= t < own[1]:
            continue
        m = idx.by_tok.get(t)
        if m is not None and m.type == "media" and (speaker is None or m.entity_id != speaker.entity_id):
            return m.entity_id
    return None


# released things that are no words: pictures in a police appeal ("released CCTV images") and people
# ("released the hostages")
_RELEASED_NON_WORDS = frozenset({"image", "photo", "photograph", "picture", "footage", "cctv", "e-fit", "still",
                                 "mugshot", "hostage", "prisoner", "detainee", "captive", "suspect", "inmate"})


# verbs of the occasion of speech, whose participle dates the words ("speaking on Monday")
_OCCASION_VERBS = frozenset({"speak", "talk", "write", "address", "testify", "brief", "answer", "respond", "reply"})


def _in_side_clause(doc: Doc, start: int, end: int, cue_char: int) -> bool:
    """Is the text at [start, end) inside a relative clause or apposition the cue is not in, or is the
    cue inside an "after/before …" clause the text is not in? ("said Neves, who took office in
    October": October dates the office; "closed the border on Wednesday, a day after Warsaw said …":
    Wednesday dates the closing, not the saying)."""
    sp = doc.char_span(start, end, alignment_mode="expand")
    cue = doc.char_span(cue_char, cue_char + 1, alignment_mode="expand")
    if sp is None or cue is None:
        return False
    v = cue.root
    if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until") for c in v.children) \
            and not (v.left_edge.i <= sp.root.i <= v.right_edge.i):
        return True
    tok = sp.root
    for _ in range(12):
        if tok.dep_ in ("relcl", "acl", "appos") and not (tok.left_edge.i <= cue.start <= tok.right_edge.i):
            # "X, speaking on Monday, said …": a speaking participle on the cue's own subject is
            # the occasion of the words, and its date is when they were said
            return not (tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.lemma_ in _OCCASION_VERBS
                        and tok.head.head.i == v.i and tok.head.dep_ in ("nsubj", "nsubjpass"))
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _other_clause(doc: Doc, start: int, end: int, cue_char: int) -> bool:
    """Does the date at [start, end) belong to a clause with its own subject that is neither the cue's
    nor one the cue hangs from? ("Residents said the shelling began on Saturday, and the mayor said
    …": Saturday dates the shelling, not the mayor's words; a quote is dated by when it was said.)"""
    sp = doc.char_span(start, end, alignment_mode="expand")
    cue = doc.char_span(cue_char, cue_char + 1, alignment_mode="expand")
    if sp is None or cue is None:
        return False
    v = cue.root
    above = {v.i, *(a.i for a in v.ancestors)}
    for a in sp.root.ancestors:
        if a.i in above:
            return False
        if a.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in a.children):
            return True
    return False


def _date(idx: _Index, cue_char: int, lo_char: int, hi_char: int, content: tuple[int, int]) -> str | None:
    best: tuple[int, str] | None = None
    for tx in idx.timexes:
        if tx.end <= lo_char or tx.start >= hi_char:
            continue
        if tx.start < content[1] and tx.end > content[0]:
            continue
        if tx.type not in ("DATE", "TIME"):
            continue
        if _in_side_clause(idx.doc, tx.start, tx.end, cue_char) or _other_clause(idx.doc, tx.start, tx.end, cue_char):
            continue
        dist = abs(tx.start - cue_char)
        if best is None or dist < best[0]:
            best = (dist, tx.value)
    if best is None or best[1] == "unresolved":
        return None
    return best[1]


def _speaker(idx: _Index, m: ActorMention | None, span: tuple[int, int], text: str) -> Speaker | None:
    """The speaker as the text names it (the whole noun phrase when known), resolved to `m`."""
    doc = idx.doc
    if span[1] > span[0]:
        first = doc[span[0]]
        if m is None and span[1] - span[0] == 1 and (first.lower_ == "there" or (
                first.lower_ == "it" and first.dep_ in ("nsubjpass", "expl", "dobj"))):
            return None  # "It was reported that …": no speaker
        s, e = doc[span[0]].idx, _char_end(doc[span[1] - 1])
        # "Said Dora Penner, …": a sentence-initial cue the name tagger ran into the name
        cue_in_name = m is not None and m.start < s < m.end <= e and span[0] > 0 \
            and doc[span[0] - 1].idx == m.start and doc[span[0] - 1].pos_ == "VERB" and doc[span[0] - 1].is_sent_start
        if m is None or (s <= m.start and m.end <= e) or cue_in_name or (span[1] - span[0] == 1 and first.tag_ in ("WDT", "WP")):
            # (a relative pronoun keeps its own span and names the entity it stands for)
            return Speaker(s, e, text[s:e], m.entity_id if m else None, m.name if m else None,
                           m.role if m else None)
    if m is not None:
        sp = doc.char_span(m.start, m.end, alignment_mode="expand")
        if sp is not None and sp.root.dep_ in ("nsubj", "nsubjpass"):
            # the mention is a clause subject: the source is its whole phrase, appositions and all
            lo, hi = _np_range(sp.root, sp.root.head.i)
            if lo <= sp.start and sp.end <= hi:
                s, e = doc[lo].idx, _char_end(doc[hi - 1])
                return Speaker(s, e, text[s:e], m.entity_id, m.name, m.role)
        if sp is not None and sp.root.dep_ == "appos":
            # "At Pine Hills, Jay Roe, the club's president, suggested …": a subject the parse made an
            # apposition of the phrase before it, right before a verb with no subject of its own
            r = sp.root.right_edge.i + 1
            while r < len(doc) and doc[r].is_punct:
                r += 1
            if r < len(doc) and doc[r].pos_ == "VERB" and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "expl") for c in doc[r].children):
                lo, hi = _np_range(sp.root, r)
                if lo <= sp.start and sp.end <= hi:
                    s, e = doc[lo].idx, _char_end(doc[hi - 1])
                    return Speaker(s, e, text[s:e], m.entity_id, m.name, m.role)
        return Speaker(m.start, m.end, text[m.start : m.end], m.entity_id, m.name, m.role)
    return None


@dataclass(slots=True)
class _Attribution:
    verb: Token
    speaker_mention: ActorMention | None
    speaker_span: tuple[int, int]
    via: str | None
    cue: tuple[int, int]  # token range


def _attribution(idx: _Index, verb: Token, lo: int, hi: int, content: tuple[int, int]) -> _Attribution:
    """Who is the subject of a reporting verb, and which outlet relayed it."""
    doc = idx.doc
    via_tok: Token | None = None
    quoting = _quoting_verb(verb)
    spk_tok, relay = _quoted_as_saying(quoting if quoting is not None else verb)
    cue = (verb.i, verb.i + 1)
    prt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if prt is not None and prt.head.i == verb.i and (verb.i + 1 < content[0] or content[1] <= verb.i) and (
            prt.dep_ == "prt" or (prt.dep_ == "advmod" and prt.lower_ in ("back", "out") and verb.i + 2 < len(doc)
                                  and doc[verb.i + 2].lower_ in ("that", ":", ",", *_QUOTE_CHARS))):
        cue = (verb.i, verb.i + 2)  # "shot back that …", "pointed out that …": the particle is the verb's
    if quoting is not None:
        # "X was quoted as saying Y" read from "saying": the speaker is X (not the outlet that quoted
        # X, which is `via`; PolNeAR credits the outlet, 5 sources on the tune half of train), the cue
        # runs from the quoting verb, "was" kept ("quoted the minister as saying", "quoted by Y as
        # saying": just "as saying", not the names between)
        aux = [c.i for c in quoting.children if c.dep_ in ("auxpass", "aux") and c.i < quoting.i]
        cue = (min([quoting.i, *aux]), verb.i + 1) if verb.head.i == quoting.i + 1 else (verb.head.i, verb.i + 1)
        via_tok = relay
    elif verb.lemma_.lower() == "quote":
        nxt = [t for t in doc[verb.i : min(hi, verb.i + 5)] if t.lower_ in ("saying", "as")]
        if nxt and nxt[-1].lower_ == "saying":
            aux = [c.i for c in verb.children if c.dep_ in ("auxpass", "aux") and c.i < verb.i]
            cue = (min([verb.i, *aux]), nxt[-1].i + 1)
        via_tok = relay
    passive_subject = False
    if spk_tok is None:
        spk_tok = _subject(verb)
        if content[1] <= verb.i and (spk_tok is None or content[0] <= spk_tok.i < content[1]):
            spk_tok = _inverted_subject(verb, hi) or spk_tok
        if spk_tok is not None and _is_time(spk_tok):
            # a live blog's "9:05 a.m." heading parsed as the subject: the real subject is a second
            # subject of the verb or the name hung on the time as an apposition
            spk_tok = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > spk_tok.i
                            and not _is_time(c)), None) or next(
                (c for c in spk_tok.children if c.dep_ == "appos" and c.i < verb.i), None)
        elif spk_tok is not None and spk_tok.lower_.endswith("ing") and spk_tok.i + 1 < verb.i \
                and (spk_tok.tag_ == "VBG" or (spk_tok.is_sent_start and spk_tok.ent_type_ != "PERSON")) \
                and ((m0 := idx.mention_at(spk_tok)) is None or m0.type != "person") \
                and doc[spk_tok.i + 1].text == "," and (ap := next(
                    (c for c in spk_tok.children if c.dep_ in ("appos", "npadvmod") and c.pos_ == "PROPN"), None)):
            spk_tok = ap  # "Intervening, Liberal Democrat MP Owen Hale asked": a fronted participle, then the subject
        elif spk_tok is not None and spk_tok.ent_type_ == "DATE" and spk_tok.dep_ == "nsubj":
            # "Saturday at the state convention Sen. Jane Roe (D-Ore.) said": a day the parse made the
            # subject, with the name hung inside its phrase right before the verb
            spk_tok = next((t for t in spk_tok.subtree if t.dep_ == "appos" and t.pos_ == "PROPN"
                            and t.head.i != spk_tok.i and t.i < verb.i
                            and all(x.is_punct for x in t.doc[t.right_edge.i + 1 : verb.i])), spk_tok)
        if spk_tok is None:
            # "About 4 in 10 say …", "Less than a third agreed …": a share the parse did not
            # make the subject, right before the verb
            spk_tok = next((c for c in verb.lefts if c.dep_ in ("npadvmod", "nummod")
                            and c.right_edge.i == verb.i - 1 and c.pos_ in ("NOUN", "NUM")), None)
        if spk_tok is None and verb.dep_ in ("ROOT", "ccomp", "conj", "dep") and verb.tag_ not in ("VBG", "VBN", "VB"):
            spk_tok = _left_noun(verb)
        if spk_tok is None and verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBZ", "VBP", "VBN"):
            spk_tok = _fronted_appos(verb)
        if spk_tok is None and verb.tag_ in ("VBD", "VBZ", "VBP"):
            spk_tok = _subject_in_clause_before(verb)
        if verb.tag_ == "VBG" and (spk_tok is None or (spk_tok.i < verb.head.i and any(
                t.text in _QUOTE_CHARS for t in doc[spk_tok.i : verb.head.i]))):
            # (a subject inside the quotation before the cue is none of the participle's)
            spk_tok = _inverted_host_subject(idx, verb) or spk_tok
        if verb.tag_ == "VBG":
            spk_tok = _quote_host_subject(verb, spk_tok) or _relative_reporter(verb) or spk_tok
        if spk_tok is not None and spk_tok.i == verb.head.i and verb.dep_ == "acl":
            spk_tok = _writer(spk_tok) or spk_tok
        # "X was asked about Y", "X was criticized for Y": the cue's own passive subject is the
        # addressee or target; the source is the "by" agent when named, else nobody
        if spk_tok is not None and (spk_tok.dep_ == "nsubjpass" or spk_tok.head.i != verb.i) and (
                spk_tok.head.i == verb.i or any(c.dep_ == "auxpass" for c in verb.children)) \
                and not _has_contracted(verb):
            # ("X missed the deadline but was ordered to …": a passive conjunct's shared subject, too)
            spk_tok, passive_subject = _agent(verb) or _stray_agent(idx, verb) or _carrier(verb), True
        elif spk_tok is not None and (_raised_subject(verb) or _impersonal(spk_tok, verb)):
            spk_tok, passive_subject = None, True
        elif verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and _agent(verb) is not None \
                and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
            # "…, as described by X", "a plan backed by X": a reduced passive's "by" names the source
            spk_tok, passive_subject = _agent(verb), True
    if spk_tok is not None and _line_before(spk_tok, verb):
        spk_tok = None  # a headline the parse ran into the next line is not that line's subject
    mention: ActorMention | None = None
    span: tuple[int, int] = (0, 0)
    if spk_tok is not None and not (content[0] <= spk_tok.i < content[1]) and spk_tok.pos_ != "PUNCT":
        mention, span = _speaker_from_token(idx, spk_tok, verb.i)
        span = (_split_subject_start(spk_tok, span[0], content), span[1])
        host = verb.head
        if verb.dep_ in ("conj", "dep") and spk_tok.head.i == host.i and spk_tok.dep_ == "nsubj" \
                and host.dep_ == "ROOT" and host.tag_ in ("VBG", "VBN", "VBD") and spk_tok.i + 1 == host.i \
                and span[1] == host.i and all(c.i > verb.i or c.i == verb.i or c.right_edge.i < verb.i
                                              for c in host.children) \
                and not any(t.is_punct or "\n" in t.text or t.dep_ == "cc" for t in verb.doc[host.i + 1 : verb.i]):
            # "Research done for the council found …", "activists hoping to block X say …":
            # the parse made the participle on the subject the main verb; it belongs to the source
            span = (span[0], verb.i)
        span = _with_company(verb, span)
        if _noun_read_cue(verb) and spk_tok.i == verb.i - 1:
            k = spk_tok.i
            while k - 1 >= lo and doc[k - 1].text not in (",", *_QUOTE_CHARS) and doc[k - 1].dep_ in (
                    "det", "amod", "nummod", "compound", "npadvmod", "punct", "poss", "case"):
                k -= 1  # the rest of the subject hangs on the cue the tagger read as its noun
            span = (k, span[1])
        if mention is None and spk_tok.lower_ in ("it",):
            span = (spk_tok.i, spk_tok.i + 1)
        if mention is None and spk_tok.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" and verb.head.i < spk_tok.i:
            # "Daesan, which confirmed …": the span stays the pronoun (as annotators mark it), the
            # speaker is the noun it stands for
            mention, _ = _speaker_from_token(idx, verb.head, verb.i)
    if mention is None and not passive_subject and (spk_tok is None or span == (0, 0) or spk_tok.pos_ == "PUNCT"):
        mention = _nearest_actor(idx, verb, lo, hi, content)
        span = (0, 0)
    via: str | None = None
    if via_tok is not None:
        vm, _ = _speaker_from_token(idx, via_tok)
        if vm is not None and vm.type == "media":
            via = vm.entity_id
    if via is None:
        own = span if mention is not None and mention.type == "person" else (0, 0)
        via = _media_via(idx, lo, hi, mention, content, own)
    return _Attribution(verb, mention, span, via, cue)


def _line_before(subj: Token, verb: Token) -> bool:
    """Whether `subj`'s phrase ends on a line before the verb's (a headline run into the next line)."""
    doc = verb.doc
    if subj.i >= verb.i:
        return False
    nl = next((k for k in range(verb.i - 1, subj.i, -1) if "\n" in doc[k].text), None)
    return nl is not None and not any(
        not t.is_space and subj in t.ancestors for t in doc[nl + 1 : verb.i])


def _with_company(verb: Token, span: tuple[int, int]) -> tuple[int, int]:
    """"X, along with Y, wrote …": the set-off company between the subject and the verb shares the
    act (the parse hangs it on the verb); the source runs through it."""
    doc = verb.doc
    k = span[1]
    if not span[0] < k < verb.i or doc[k].text != ",":
        return span
    prep = doc[k + 1]
    if prep.head.i != verb.i or prep.dep_ != "prep" or prep.lower_ not in ("along", "together") \
            or k + 2 >= verb.i or doc[k + 2].lower_ != "with":
        return span
    end = prep.right_edge.i + 1
    if end > verb.i or not all(t.is_punct for t in doc[end : verb.i]):
        return span
    return span[0], end


def _has_contracted(verb: Token) -> bool:
    """"She's said she'll stay": a contracted "'s" before a past form with a clause of its own is
    "has", not a passive "is" ("he's said to be" keeps its infinitive and stays passive)."""
    # ("he's spoken out against X": speaking is nothing done to a person, so "'s" is "has" there too)
    return verb.tag_ in ("VBD", "VBN") and any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children) \
        and (any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children) or verb.lemma_.lower() in ("speak", "talk")) \
        and not any(c.dep_ in ("xcomp", "agent") for c in verb.children)


def _impersonal(subj: Token, verb: Token) -> bool:
    """"It's hard to know …", "That is not to suggest …": a dummy or demonstrative subject of
    "be" that the cue's infinitive inherits is nobody; the stance is the writer's own."""
    return subj.lower_ in ("it", "that", "this") and subj.pos_ == "PRON" and subj.head.i != verb.i \
        and subj.head.lemma_.lower() == "be"


def _raised_subject(verb: Token) -> bool:
    """"X seemed ready to …", "X appears certain to …", "X is sure to …": the subject of
    "seem"/"appear" with an adjective or a plain infinitive, or of "certain"/"sure" with an
    infinitive, is what the stance is about, not who holds it (only a speech or stance verb
    under "seem", "X seemed to blame Y", makes X a source)."""
    if verb.lemma_.lower() == "be":
        # "X is almost certain to win": sure of X's prospects, not X's own view (with a clause,
        # "X is certain that …", it is X's)
        return any(c.dep_ == "acomp" and c.lower_ in ("certain", "sure", "bound") and any(
            x.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children) for x in c.children)
            for c in verb.children)
    if verb.lemma_.lower() not in _RAISING:
        return False
    return not any(c.dep_ == "xcomp" and c.pos_ == "VERB" and (_reporting(c) or c.lemma_.lower() in OBJECT_VERBS)
                   for c in verb.children)


# verbs with no addressee object: a noun right after them in an inversion is the speaker
_INVERTING = frozenset({"say", "add", "write", "tweet", "explain", "note", "continue", "recall", "insist", "argue",
                        "conclude", "observe", "remark", "declare", "exclaim", "reply", "respond", "quip",
                        "joke", "muse", "agree", "concede", "acknowledge", "admit", "complain"})


def _inverted_subject(verb: Token, hi: int) -> Token | None:
    """"“…,” said a person close to X", "“…,” added a state Democrat": after the content the
    speaker follows the cue; the small parser often makes it a second subject or the object
    (a subject inside the quote is not the speaker)."""
    doc = verb.doc
    after_quote = verb.i > 0 and doc[verb.i - 1].text in _QUOTE_CHARS
    if verb.lemma_.lower() not in _INVERTING and not (after_quote and verb.lemma_.lower() == "ask"):
        return None
    for child in verb.rights:
        if child.i >= hi or child.left_edge.i > verb.i + 2:
            break
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ in ("NOUN", "PROPN"):
            return child
        if after_quote and child.dep_ == "ccomp" and child.tag_ == "VBG":
            # "“…,” said one woman waiting for a bus": the parse reads the participle on the speaker
            # as the reported clause, with the speaker its subject
            subj = next((g for g in child.children if g.dep_ == "nsubj" and g.i < child.i
                         and g.pos_ in ("NOUN", "PROPN") and g.left_edge.i == verb.i + 1), None)
            if subj is not None:
                return subj
        # "“Why now?” asked one analyst.": right after a quotation, a person closing the clause asks
        if child.dep_ == "dobj" and after_quote and child.pos_ == "NOUN" and (
                child.right_edge.i + 1 >= len(doc) or doc[child.right_edge.i + 1].text in (".", ",", "!", "?", ";")):
            return child
        # an object is the speaker only when it names someone ("added a state Democrat"), not what
        # was recalled or admitted
        if child.dep_ == "dobj" and (child.pos_ == "PROPN" or child.lemma_.lower() in _AGENT_NOUNS or (
                child.lower_ in ("another", "one") and child.right_edge.i == child.i)):
            return child  # ("“…,” tweeted another": the next of several speakers)
    return None


def _writer(noun: Token) -> Token | None:
    """"The council approved a resolution condemning X", "she wrote a letter asking …": the one
    who issued the text a participle describes is the source (PolNeAR marks the subject)."""
    if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or noun.head.pos_ != "VERB":
        return None
    subj = _subject(noun.head)
    if subj is None or subj.dep_ != "nsubj":
        return None
    if subj.pos_ == "PROPN" or subj.lemma_.lower() in _AGENT_NOUNS or subj.lower_ in _AGENT_PRONOUNS:
        return subj
    return None


def _agent(verb: Token) -> Token | None:
    """The "by X" of a passive verb (X), if any."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


# texts that carry what a passive reports: "was revealed in documents released by …"
_CARRIER_NOUNS = frozenset({"video", "indictment", "book", "article", "column", "editorial", "tweet", "post",
                            "footage", "clip", "transcript", "story", "cable", "emails"})


def _carrier(verb: Token) -> Token | None:
    """The text a passive report comes from ("was named in an indictment", "is featured in a
    video"): a document noun after "in" or "from" on the verb, the source when no one is named."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "from") and c.i > verb.i:
            obj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if obj is not None and (obj.lemma_.lower() in _CARRIER_NOUNS or obj.lower_ in _CARRIER_NOUNS or (
                    obj.lemma_.lower() in _AGENT_NOUNS and obj.pos_ == "NOUN")):
                return obj
    return None


def _stray_agent(idx: _Index, verb: Token) -> Token | None:
    """The "by X" of a passive verb that the parse hung on a noun after it ("was confirmed as one
    of the passengers by the foreign minister"): the first "by" in the verb's phrase, with no
    other verb before it, whose object can speak."""
    doc = verb.doc
    for k in range(verb.i + 1, verb.right_edge.i + 1):
        t = doc[k]
        if t.pos_ in ("VERB", "AUX") or t.text in (";", ":") or t.text in _QUOTE_CHARS:
            return None
        if t.lower_ == "by" and t.dep_ in ("prep", "agent"):
            obj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME") and (
                    obj.pos_ == "PROPN" or obj.lemma_.lower() in _AGENT_NOUNS or obj.lower_ in _SHARE_WORDS
                    or obj.ent_type_ in ("PERSON", "ORG", "NORP") or any(
                        m.type in ("person", "organization", "media", "country")
                        for m in idx.mentions_in(obj.left_edge.i, obj.right_edge.i + 1))):
                return obj
            return None
    return None


def _reporting(tok: Token) -> bool:
    return ((tok.lemma_.lower() in REPORTING_VERBS and tok.pos_ in ("VERB", "AUX") and tok.tag_ != "VBG")
            or (tok.lower_ == "saying" and tok.i > 0) or _put_it(tok)) and not _said_idiom(tok) \
        and not _open_question(tok)


def _open_question(tok: Token) -> bool:
    """"It is too early to say whether …", "hard to say how …": an unanswered question that nobody
    claims; "X was quick to say that …" (a subject, a that-clause) still reports."""
    if tok.lemma_.lower() not in ("say", "tell") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if not any(c.dep_ == "ccomp" and c.left_edge.lower_ in _OPEN_WORDS for c in tok.children):
        return False
    heads = [tok.head, tok.head.head]
    return any(c.dep_ == "nsubj" and c.lower_ == "it" for h in heads for c in h.children)


_OPEN_WORDS = frozenset({"whether", "if", "how", "what", "who", "when", "why", "which", "where"})


def _said_idiom(tok: Token) -> bool:
    """"That said, …", "All told, …": a sentence-opening phrase meaning "even so" / "in all",
    not a report by "that" or "all"."""
    doc = tok.doc
    if tok.lower_ not in ("said", "told") or tok.i == 0 or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return False
    first = doc[tok.i - 1]
    return first.lower_ in ("that", "this", "all") and (first.i == 0 or first.is_sent_start is True or (
        doc[first.i - 1].is_punct or doc[first.i - 1].is_space))


def _noun_read_cue(tok: Token) -> bool:
    """"…," the 23-year-old striker joked.": a past-tense cue closing the sentence that the tagger
    read as the head noun of its own subject ("striker joked" as a compound)."""
    doc = tok.doc
    low = tok.lower_
    # a capitalised cue after a name ('… Jane Roe Wrote on X.') is read as the name's last word, a
    # strong past form too, and may go on with where it was said
    capital = tok.text[:1].isupper() and tok.text[1:].islower()
    past = (low.endswith("ed") and (low[:-1] in REPORTING_VERBS or low[:-2] in REPORTING_VERBS)) \
        or (capital and _STRONG_PAST.get(low, "") in REPORTING_VERBS)
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "ROOT" and past and tok.i > 0 \
        and doc[tok.i - 1].pos_ in ("NOUN", "PROPN") and doc[tok.i - 1].head.i == tok.i \
        and (tok.i + 1 == len(doc) or doc[tok.i + 1].text in (".", "!", ",", "\n")
             or (capital and doc[tok.i + 1].lower_ in ("on", "in", "at", "to") and doc[tok.i + 1].head.i == tok.i))


_STRONG_PAST = {"said": "say", "wrote": "write", "told": "tell", "spoke": "speak", "says": "say", "writes": "write",
                "tells": "tell", "adds": "add", "insists": "insist", "warns": "warn"}


def _put_it(tok: Token) -> bool:
    """The idiom "as X put it (to me)": a way of saying, unlike "put it on the table"."""
    return tok.lemma_.lower() == "put" and tok.pos_ == "VERB" and tok.tag_ != "VBG" \
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children) \
        and not any(c.dep_ in ("prep", "prt", "advmod") and c.lower_ not in ("to", "it", "so", "bluntly", "simply",
                                                                            "best", "this", "that", "well")
                    for c in tok.children)


# verbs with a "that" clause that is a goal, a cause or a result, not a view the subject holds
_NOT_THAT_CUES = frozenset({"ensure", "insure", "make", "mean", "require", "see", "order", "cause", "prove",
                            "guarantee", "demand", "request", "mandate", "stipulate", "provide", "be", "have",
                            "do", "get", "seem", "appear", "happen", "turn", "forbid", "arrange", "determine"})


def _that_clause_cue(idx: _Index, verb: Token) -> bool:
    """"The Rhodium Group has calculated that …", "Ms. Roe intimated that …": any full verb of an actor
    (or a personal pronoun) with a finite complement opened by "that" reports a view, however rare
    the verb; news prose uses hundreds of them."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma in _NOT_THAT_CUES or lemma in OBJECT_VERBS \
            or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if verb.tag_ in ("VBG", "VBN") and not any(c.dep_ == "aux" for c in verb.children):
        return False  # a participle alone ("the plan, announced that day"); "has calculated that" counts
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or not any(m.dep_ == "mark" and m.lower_ == "that" and m.i == clause.left_edge.i
                                 for m in clause.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None:
        return False
    if subj.lower_ in _AGENT_PRONOUNS - {"who", "you", "i"} or subj.lemma_.lower() in _BENCH_NOUNS:
        return True  # ("the court held that …", "the majority concluded that …": a bench rules)
    lo_np, hi_np = _np_range(subj, verb.i)
    return any(m.type in ("person", "organization", "media", "country") for m in idx.mentions_in(lo_np, hi_np))


# courts and their rulings: the subjects of legal holdings ("the panel held that …")
_BENCH_NOUNS = frozenset({"court", "judge", "justice", "panel", "tribunal", "ruling", "opinion", "majority",
                          "dissent", "jury", "arbitrator"})


def _having_said_that(verb: Token) -> bool:
    """"Having said that, …" / "That being said, …": the verb's only object is the demonstrative for
    what came before, and a comma sets the phrase off from the clause it introduces."""
    doc = verb.doc
    kids = list(verb.children)
    that = [c for c in kids if c.lower_ in ("that", "this") and c.dep_ in ("dobj", "nsubj", "nsubjpass", "mark")]
    if not that or any(c.dep_ in ("ccomp", "xcomp") for c in kids):
        return False
    having = any(c.dep_ == "aux" and c.lower_ == "having" for c in kids) and that[0].i == verb.i + 1
    being = any(c.dep_ in ("auxpass", "aux") and c.lower_ == "being" for c in kids) and that[0].i < verb.i
    end = max(verb.i, that[0].i) + 1
    return (having or being) and end < len(doc) and doc[end].text == ","


def _according(doc: Doc, i: int) -> bool:
    return doc[i].lower_ == "according" and i + 1 < len(doc) and doc[i + 1].lower_ == "to"


# ------------------------------------------------------------------------------------ main
def extract_quotes(
    doc: Doc, doc_id: str, text: str, actors: Sequence[ActorMention], timexes: Sequence[Timex]
) -> list[Quote]:
    """All attributions in one parsed document, in text order."""
    idx = _Index(doc, actors, timexes)
    raw: list[_Raw] = []
    carried: set[int] = set()  # starts of direct quotes that only carried on the speaker before them
    carried_at: set[int] = set()  # and where those quotes close
    used_verbs: set[int] = set()
    directs = find_direct(text)
    quoted_chars: list[tuple[int, int]] = [(d.open, d.close + 1) for d in directs]

    q_starts = [a for a, _ in quoted_chars]

    def in_quote(tok: Token) -> bool:
        k = bisect_right(q_starts, tok.idx) - 1
        return k >= 0 and tok.idx < quoted_chars[k][1]

    last_direct: tuple[int, Speaker | None, TextSpan | None] | None = None  # (close char, speaker, cue)
    for d in directs:
        # a short quote ("“No,” he replied") is kept only with its cue right beside it; alone,
        # quoted words are more often a title or a scare quote than speech
        short = d.words < MIN_DIRECT_WORDS
        if d.words == 0 or _is_title(text, d.open, d.close) or _BYLINE.match(text, d.close + 1):
            continue
        c_s, c_e = d.open + (2 if text.startswith(_TYPESET, d.open) else 1), d.close
        inner = text[c_s:c_e]
        lead = len(inner) - len(inner.lstrip())
        inner = inner.strip()
        while inner and inner[-1] in ",;:":
            inner = inner[:-1].rstrip()
        if len(inner) > 2 and inner[-1] in "’'”\"" and inner[-2] in ",;:" and (
                {"’": "‘", "”": "“"}.get(inner[-1], "\0") in inner or re.search(rf"(?:^|\s){inner[-1]}\w", inner)):
            inner = inner[:-2].rstrip()  # "“… said, ‘Never sell the farm,’”": the nested quote's comma is the outer's
        c_s += lead
        c_e = c_s + len(inner)
        if c_e <= c_s:
            continue
        qspan = doc.char_span(d.open, min(d.close + 1, len(text)), alignment_mode="expand")
        if qspan is None:
            continue
        content_tok = (qspan.start, qspan.end)
        att: _Attribution | None = None
        embedded = False
        lo_c, hi_c = c_s, c_e
        # tail: ,” X said ... / ,” said X / ,” according to X. A quote closed by a full stop ends its
        # sentence, so a verb after it belongs to the next attribution ("“…” He says …").
        # (a nested quotation's closing mark may follow the stop: "… said, ‘Go home.’”")
        closed = text[d.open + 1 : d.close].rstrip().rstrip("’'”\"").endswith(".")
        if qspan.end < len(doc) and not closed:
            sent = doc[qspan.end].sent
            tail_end = min(sent.end, qspan.end + 40)
            for k in range(qspan.end, tail_end):
                t = doc[k]
                if t.text in OPENERS and in_quote(t) and t.idx > d.close:
                    tail_end = k
                    break
                if "\n\n" in t.text or (t.is_space and "\n" in t.text and k > qspan.end):
                    tail_end = k
                    break
            for k in range(qspan.end, tail_end):
                t = doc[k]
                if k >= qspan.end + 14 and not _subject_opens(t, qspan.end):
                    continue
                acl = t.head if t.dep_ == "conj" else t
                if t.tag_ == "VBN" and acl.dep_ == "acl" and qspan.end <= acl.head.i < acl.i \
                        and doc[acl.left_edge.i - 1].text == "," and _subject(acl) is None:
                    continue  # '“…,” the letter, signed by 40 economists, warns': the participle describes the speaker
                if (_reporting(t) or _noun_read_cue(t)) and k not in used_verbs:
                    if any(c.dep_ == "ccomp" and c.i > t.i for c in t.children) and any(
                            x.dep_ == "cc" for x in doc[qspan.end : k]):
                        break  # "… “no more money” but added that …": a new report, with its own content
                    att = _attribution(idx, t, qspan.end, tail_end, content_tok)
                    break
                if _according(doc, k):
                    m = _nearest_actor(idx, doc[k + 1], k + 1, tail_end, content_tok)
                    pobj = next((c for c in doc[k + 1].children if c.dep_ == "pobj"), None)
                    src = (0, 0)
                    if pobj is not None:
                        m2, src = _speaker_from_token(idx, pobj)
                        m = m2 or m
                    att = _Attribution(t, m, src, None, (k, k + 2))
                    break
            if att is None:
                # (a short quote keeps such a cue only right after it, checked below: '“We will
                # fight,” she continued, “and …”')
                att = _tail_verb(idx, doc, qspan.end, tail_end, content_tok, used_verbs)
            if att is not None and short and (
                    (att.cue[0] > qspan.end + 3 and not _subject_between(doc, qspan.end, att.cue[0]))
                    or not _starts_clause(text, d.open)):
                att = None  # a scare quote mid-sentence ("in a “burn bag,” the Times reported")
            if att is not None:
                hi_c = _char_end(doc[tail_end - 1]) if tail_end > qspan.end else hi_c
        # head: X said: “...” / X said that “...”
        if att is None and qspan.start > 0:
            sent = doc[qspan.start - 1].sent
            p_lo, _ = _paragraph_bounds(text, d.open)
            head_lo = max(sent.start, qspan.start - 30)
            crossed = False
            for k in range(qspan.start - 1, head_lo - 1, -1):
                t = doc[k]
                # an earlier quote's closing mark ends the search (typeset '' included): a cue inside
                # that quote ("I think") is not this quote's
                if t.idx < p_lo or ((t.text in _QUOTE_CHARS or t.text == "''") and in_quote(t) and t.idx < d.open):
                    break
                if t.text in (".", "!", "?") and not in_quote(t) and text[d.open + 1 : d.open + 2].isupper():
                    crossed = True
                # "“A,” said X, who came to hear Y. “B”": a verb in a clause that describes the
                # speaker of an earlier quote, a sentence back, is no cue; B goes on with that quote
                if last_direct is not None and t.idx < last_direct[0] and t.pos_ == "VERB" \
                        and any(a.dep_ in ("relcl", "acl", "appos") for a in (t, *t.ancestors)) \
                        and any(x.text in (".", "!", "?") for x in doc[k + 1 : qspan.start]):
                    break
                if last_direct is not None and t.idx < last_direct[0] and t.tag_ == "VBN" and _subject(t) is None \
                        and any(x.text in (".", "!", "?") for x in doc[k + 1 : qspan.start]):
                    # '“A,” she said when asked about X. “B”': the question put to A's speaker, inside
                    # A's own tag, is no cue; B goes on with A
                    break
                if t.tag_ == "VBG" and t.dep_ in ("advcl", "acl") and doc[t.left_edge.i - 1].text == "," \
                        and any(x.text == ":" for x in doc[t.right_edge.i + 1 : qspan.start]) \
                        and doc[t.right_edge.i + 1].text == ",":
                    continue  # "X, speaking to a radio station, was cautious: “…”": where X spoke; the colon's clause cues
                if t.dep_ == "advcl" and t.tag_ == "VBN" and t.i < t.head.i < qspan.start \
                        and _subject(t.head) is not None:
                    continue  # "Asked about X, she fired back: “…”": the question put to her; the main clause cues
                if _according(doc, k) and not short and not any(_reporting(x) for x in doc[sent.start : k]):
                    # "According to the ministry, “…”" / "According to X: “…”": the phrase's object,
                    # set off by the comma or colon right before the quote, is whose words they are
                    # (after "X said, according to …" the verb before it cues, as before)
                    pobj = next((c for c in doc[k + 1].children if c.dep_ == "pobj"), None)
                    if pobj is not None and pobj.right_edge.i < qspan.start and all(
                            x.text in (",", ":") or x.is_space for x in doc[pobj.right_edge.i + 1 : qspan.start]) \
                            and any(x.text in (",", ":") for x in doc[pobj.right_edge.i + 1 : qspan.start]):
                        m, src = _speaker_from_token(idx, pobj)
                        att = _Attribution(t, m, src, None, (k, k + 2))
                        lo_c = doc[head_lo].idx
                        break
                if (_reporting(t) or _lead_participle(t)) and k not in used_verbs:
                    between = doc[k + 1 : qspan.start]
                    if short and not all(x.is_punct or x.is_space for x in between) and not (
                            # "Another put it more bluntly: “Nobody trusts anybody.”": the cue's own
                            # words, then a colon, introduce the quote however short
                            len(between) <= 5 and any(x.text == ":" for x in between[-2:])
                            and all(x.is_punct or x.is_space or t in (x.head, x.head.head) for x in between)) \
                            and not _cue_phrase_then_comma(t, between, text, d.open):
                        break
                    if crossed and _clause_between(doc, k + 1, qspan.start, t):
                        break  # 'X said Y. “Z …”': the sentence before has its own content; Z is no mixed quote
                    if _clause_between(doc, k + 1, qspan.start, t) or (
                            k + 1 < qspan.start and doc[qspan.start - 1].pos_ in ("DET", "ADJ", "ADP")
                            and qspan.start <= doc[qspan.start - 1].head.i < qspan.end):
                        # "he said the plan “was a disaster”", 'said the “situation is under control”':
                        # a mixed quote (a word before the mark belongs to a phrase inside it)
                        embedded = True
                        break
                    att = _attribution(idx, t, head_lo, qspan.start, content_tok)
                    lo_c = doc[head_lo].idx
                    break
        colon_spk: Speaker | None = None
        if att is None and not embedded and not short and qspan.start > 1:
            att, colon_spk = _colon_lead(idx, doc, text, qspan.start, content_tok)
        if att is None and not embedded and not short and qspan.start > 0:
            # "she boomed, “…”", "he rails against “…”": any verb right before the quote whose
            # subject can speak is its cue (one in the same sentence: "… to hear the mayor speak. “…”"
            # ends a sentence about someone else)
            k = qspan.start - 1
            while k > 0 and (doc[k].is_punct or doc[k].is_space) and doc[k].text not in _QUOTE_CHARS:
                k -= 1
            v = doc[k].head if doc[k].dep_ in ("prep", "prt") else doc[k]
            if v.pos_ == "VERB" and v.i not in used_verbs and qspan.start - v.i <= 4 \
                    and "\n" not in text[v.idx : d.open] \
                    and not any(x.text in (".", "!", "?") for x in doc[v.i : qspan.start]):
                subj = _subject(v)
                if subj is not None and subj.i < v.i and _is_agent(idx, subj, v):
                    att = _attribution(idx, v, max(doc[v.i].sent.start, v.i - 30), qspan.start, content_tok)
                    att.cue = (v.i, k + 1)
        if short and att is None and not embedded and last_direct is not None and last_direct[1] is not None \
                and 0 < d.open - last_direct[0] < 200 and "\n" not in text[last_direct[0] : d.open] \
                and text[d.open - 1 : d.open].isspace() and text[max(0, d.open - 2)] in ".!?" \
                and text[d.close - 1] in ".!?" and not _has_reporting_between(doc, text, last_direct[0], d.open):
            # '“We are close,” one negotiator said, declining to be named. “Very close.”': a short
            # sentence quoted right after the same speaker's quote, in the same paragraph, goes on with it
            raw.append((c_s, "direct", (c_s, c_e), last_direct[1], last_direct[2], None, None))
            last_direct = (d.close, last_direct[1], last_direct[2])
            continue
        if short and att is None and not embedded and last_direct is not None and last_direct[1] is not None \
                and d.open > last_direct[0] and text[last_direct[0] : d.open].strip(" ,") in ("", '"', "”") \
                and text[c_s : c_s + 1].islower():
            # '“The talks,” she said, “are over.”': the rest of the sentence the cue broke in two
            raw.append((c_s, "direct", (c_s, c_e), last_direct[1], last_direct[2], None, None))
            last_direct = (d.close, last_direct[1], last_direct[2])
            continue
        if embedded or (short and att is None):
            continue
        if att is not None:
            used_verbs.add(att.verb.i)
            spk = colon_spk or _speaker(idx, att.speaker_mention, att.speaker_span, text)
            cue = _cue(doc, text, att.cue)
            date = _date(idx, doc[att.cue[0]].idx, lo_c, hi_c, (c_s, c_e))
            raw.append((c_s, "direct", (c_s, c_e), spk, cue, date, att.via))
            last_direct = (max(d.close, hi_c if hi_c > c_e else d.close), spk, cue)
            continue
        emb = _EMBEDDED_POST.match(text, d.close + 1)
        if emb is not None:
            # '“…” — Sen. Jane Roe (@janeroe) June 1, 2025': an embedded post signed by its author
            a_s, a_e = emb.span(1)
            who = next((a for a in idx.actors if a_s <= a.start and a.end <= a_e
                        and a.type in ("person", "organization", "media", "country")), None)
            spk3 = Speaker(a_s, a_e, text[a_s:a_e], who.entity_id if who else None, who.name if who else None,
                           who.role if who else None)
            raw.append((c_s, "direct", (c_s, c_e), spk3, None, None, None))
            last_direct = (d.close, spk3, None)
            continue
        # no cue nearby: continue the previous quote's speaker, or look at the next sentence
        spk2: Speaker | None = None
        cue2: TextSpan | None = None
        # ('“…” Those were the words of X.' names X however the quote before was credited)
        how = _that_was_how(idx, doc, qspan.end) if qspan.end < len(doc) else None
        if how is None and last_direct is not None and d.open - last_direct[0] < 400 and last_direct[1] is not None \
                and not _has_reporting_between(doc, text, last_direct[0], d.open):
            spk2 = last_direct[1]
            # "“A,” he said. “B”" and a quote going on in the next paragraph: one attribution broken
            # by its own cue or a paragraph break; sharing the cue says so (PolNeAR marks them as one,
            # measured on train: content and source F1 up on both halves)
            cue2 = last_direct[2]
            before = [x.close for x in directs if x.close < d.open]
            if before and not text[_paragraph_bounds(text, d.open)[0] : d.open].strip() and (
                    text[before[-1]] != "\n" or before[-1] in carried_at):
                # a closed quote before a paragraph that opens a new one (or goes on with one that
                # did): only a guess, which the new quote's own cue, paragraphs on, overrides
                carried.add(c_s)
                carried_at.add(d.close)
        if how is not None:
            used_verbs.add(how.verb.i)
            spk2 = _speaker(idx, how.speaker_mention, how.speaker_span, text)
            cue2 = _cue(doc, text, how.cue)
        if spk2 is None and qspan.end < len(doc):
            nxt = _next_sentence_cue(idx, doc, qspan.end)
            if nxt is not None:
                used_verbs.add(nxt.verb.i)
                spk2 = _speaker(idx, nxt.speaker_mention, nxt.speaker_span, text)
        if spk2 is None and qspan.start > 0:
            prev = _prev_sentence_cue(idx, doc, text, qspan.start)
            if prev is not None:
                spk2 = _speaker(idx, prev.speaker_mention, prev.speaker_span, text)
                cue2 = _cue(doc, text, prev.cue)  # one report: PolNeAR shares the cue
        if spk2 is None and (d.words < LONE_MIN_WORDS or _CITED.search(text, _paragraph_bounds(text, d.open)[0], d.open)):
            continue  # (an excerpt after a citation, "… by the Times' Jane Roe: “…”", is a reading, not speech)
        raw.append((c_s, "direct", (c_s, c_e), spk2, cue2, None, None))
        last_direct = (d.close, spk2, cue2)

    # indirect / mixed speech from reporting verbs and "according to"
    next_report: dict[int, tuple[ActorMention | None, tuple[int, int]]] = {}  # participle -> its speaker
    for tok in doc:
        if tok.i in used_verbs or in_quote(tok):
            continue
        frags: list[tuple[int, int]] | None = None
        q: tuple[tuple[int, int], _Attribution] | None = None
        lemma = tok.lemma_.lower()
        if lemma in _STIMULUS_VERBS and any(c.dep_ in ("nsubj", "csubj") and c.lower_ in _STIMULUS_SUBJECTS
                                            for c in tok.children):
            continue  # "what worries them is …", "a plan that worries donors": the subject is the cause
        if lemma in _ASKED_ASIDE and _set_off_aside(tok):
            continue  # "Mr. X, asked about her remarks, said …": X was asked (a misparsed participle)
        # "X seems to …", "X is expected to …": a stance with no holder, whatever the verb's lists
        if lemma in _RAISING and any(c.dep_ == "xcomp" and c.i > tok.i and _voiced(c) for c in tok.children):
            continue  # "X appeared to imply that …": X's own words, read at the infinitive's cue
        if lemma in _TAKING_VERBS and any(c.dep_ == "dobj" and (c.lemma_.lower() in _TRANSACTION_NOUNS or any(
                m.like_num or m.text in ("%", "$", "€", "£") for m in c.doc[c.left_edge.i : c.i])) for c in tok.children):
            continue  # "their union accepted a 9% pay rise", "accepted the offer": a transaction, not a stance
        if lemma in ("hear", "see") and tok.tag_ == "VBN" and any(
                c.dep_ in ("xcomp", "advcl", "ccomp") and c.i > tok.i and c.lower_ in ("saying", "say") for c in tok.children):
            continue  # "X can be heard saying …", "X was seen saying …": X speaks; the cue is "saying"
        if lemma == "say" and _having_said_that(tok):
            continue  # "Having said that, X …": a discourse link back to the sentence before, nobody's report
        rq = _raising(idx, doc, text, tok)
        if rq is not None:
            frags, att0 = rq
            q = (frags[0], att0)
        elif _according(doc, tok.i):
            fq = _according_quote(idx, doc, text, tok)
            if fq is not None:
                frags, att0 = fq
                q = (frags[0], att0)
        elif tok.lower_ == "in" and tok.dep_ == "prep" and any(
                c.dep_ == "pobj" and c.lemma_.lower() in _POLL_NOUNS for c in tok.children):
            fq = _according_quote(idx, doc, text, tok, tok)
            # "ahead in the polls": a short clause is a standing, not what a poll says (on PolNeAR
            # train, poll cues with fewer than MIN_POLL_WORDS words matched gold 1 time in 6); one
            # opening the sentence and set off by a comma ("In the polls, X has sagged") frames a clause
            if fq is not None and (_opens_with_comma(doc, tok) or sum(
                    len(_WORD.findall(text[a:b])) for a, b in fq[0]) >= MIN_POLL_WORDS):
                frags, att0 = fq
                q = (frags[0], att0)
        elif tok.lower_ in _HEARSAY:
            fq = _hearsay(doc, text, tok)
            if fq is not None:
                frags, att0 = fq
                q = (frags[0], att0)
        elif (_reporting(tok) and tok.lower_ != "saying") or _participle_cue(tok):
            fq = _parenthetical(idx, doc, text, tok) or _as_reported(idx, doc, text, tok)
            if fq is not None:
                frags, att0 = fq
                q = (frags[0], att0)
            else:
                # "… , 46 percent said yes": the stand-in, not the clause before it, is what they said
                q = _pro_clause(idx, doc, text, tok) or _indirect(idx, doc, text, tok)
            if q is None and (lemma in OBJECT_VERBS or lemma in PHRASAL_PREPS):
                q = _object_attribution(idx, doc, text, tok)
        elif tok.pos_ == "VERB" and (lemma in OBJECT_VERBS or lemma in PHRASAL_PREPS or lemma in LIGHT_STANCES
                                     or lemma in _ATTACK_VERBS or lemma in _OUT_VERBS) and not (
                _quoting_verb(tok) is not None and not _saying_has_clause(tok)):
            q = _object_attribution(idx, doc, text, tok)
            if q is not None and lemma == "talk" and not any(c.dep_ in ("prep", "prt") for c in tok.children):
                q = None  # "Ceasefire talks stall …": one talks about or with, never a clause
        if q is None and lemma == "give":
            q = _poll_gives(idx, doc, text, tok)
        if q is None and lemma == "say" and tok.dep_ in ("relcl", "acl"):
            q = _words_about(idx, doc, text, tok)
        if q is None and lemma == "ask" and tok.tag_ == "VBN":
            q = _asked(idx, doc, text, tok)
        if q is None and lemma == "make":
            q = _make_clear(idx, doc, text, tok)
        if q is None and tok.tag_ == "VBN" and lemma in _STANCE_PASSIVES:
            q = _passive_modifier(idx, doc, text, tok)
            if q is None and (pq := _passive_stance(idx, doc, text, tok)) is not None:
                frags, att0 = pq
                q = (frags[0], att0)
        if q is None and tok.tag_ == "VBN" and tok.lower_ in _FEELING_PARTICIPLES:
            q = _moved_by(idx, doc, text, tok)
        if q is None and _that_clause_cue(idx, tok):
            q = _indirect(idx, doc, text, tok)
        if q is None and tok.lower_ in _VERBLESS_CUES and tok.pos_ != "VERB":
            q = _verbless_stance(idx, doc, text, tok)
        if q is None and tok.dep_ == "amod" and tok.tag_ in ("VBD", "VBN") and lemma in OBJECT_VERBS:
            q = _verb_read_as_modifier(idx, doc, text, tok)
        if q is None and tok.pos_ == "NOUN":
            q = _backing_of(idx, doc, text, tok) or _noun_complement(idx, doc, text, tok)
            if q is None:
                q = _role_noun(idx, doc, text, tok)
        if q is None and tok.pos_ in ("ADJ", "VERB") and tok.dep_ == "acomp":
            q = _adjective_stance(idx, doc, text, tok)
        if q is None:
            continue
        (c_s, c_e), att = q
        if att.speaker_span[1] - att.speaker_span[0] == 1 and doc[att.speaker_span[0]].lower_ == "you" \
                and doc[att.speaker_span[0]].i > 0 and doc[att.speaker_span[0] - 1].tag_ == "MD" \
                and tok.sent.text.rstrip().endswith("?") \
                and _HEADLINE.match(text, text.rfind("\n", 0, tok.idx) + 1) is not None:
            continue  # "Analyst X: Can you talk about pricing?": a transcript's question to the speaker, not their words
        frags = frags or [(c_s, c_e)]
        if tok.i in next_report:
            # the participle cut off another report of the same speaker's: that speaker says it
            att.speaker_mention, att.speaker_span = next_report[tok.i]
        frags[-1], later = _before_next_report(doc, tok, frags[-1])
        if later is not None:
            next_report[later.i] = (att.speaker_mention, att.speaker_span)
        if all(_mostly_quoted(a, b, quoted_chars, text) for a, b in frags) and (
                tok.dep_ != "relcl" or any(r[1] == "direct" and r[2][0] < c_e and c_s < r[2][1] for r in raw)):
            # (a relative clause's verdict in quote marks, 'which analysts called “dismal”', is
            # too short for a direct quote of its own: it stays with its cue)
            continue
        if lemma in _DISREGARD_VERBS and text[c_s] in _QUOTE_CHARS:
            continue  # 'the minister ignored “the root causes”': someone else's words, which he did not say

        used_verbs.add(tok.i)
        spk = _speaker(idx, att.speaker_mention, att.speaker_span, text)
        sent = tok.sent
        date = _date(idx, tok.idx, sent.start_char, sent.end_char, (c_s, c_e))
        ind_cue = _cue(doc, text, att.cue)
        for c_s, c_e in frags:
            kind: QuoteKind = "mixed" if any(ch in _QUOTE_CHARS for ch in text[c_s:c_e]) else "indirect"
            raw.append((c_s, kind, (c_s, c_e), spk, ind_cue, date, att.via))

    taken = [r[2] for r in raw]
    title = _title_verb(idx, doc, text)
    if title is not None and not any(a < title[0].end and title[0].start < b for a, b in taken):
        raw.append((title[0].start, "indirect", (title[0].start, title[0].end), title[1], title[2], None, None))
        taken.append((title[0].start, title[0].end))
    qt = _quoted_title(idx, doc, text)
    if qt is not None and not any(a < qt[0].end and qt[0].start < b for a, b in taken):
        raw = [r for r in raw if not (r[2][0] < qt[0].end + 2 and qt[0].start - 1 < r[2][1])]
        raw.append((qt[0].start, "direct", (qt[0].start, qt[0].end), qt[1], qt[2], None, None))
        taken.append((qt[0].start, qt[0].end))
    # a transcript: two or more lines open with an all-caps speaker label ("SEN. X Y: …", "Y: …")
    # (one label is enough beside a "Q:" line: an interview with a single answer)
    labels = len(TRANSCRIPT_LABEL.findall(text))
    transcript = labels >= 2 or (labels == 1 and _QUESTION_LINE.search(text) is not None)
    for hm in _HEADLINE.finditer(text):
        q2 = _headline(idx, doc, text, hm, transcript)
        if q2 is not None and (hm.start() == 0 or (transcript and TRANSCRIPT_LABEL.match(text, hm.start()))):
            # the title line "Name: …" is one attribution; a parse of its title-case words is not
            raw = [r for r in raw if not (r[2][0] < q2[0].end and q2[0].start < r[2][1])]
            taken = [r[2] for r in raw]
        if q2 is not None and not any(a < q2[0].end and q2[0].start < b for a, b in taken):
            h_content, h_spk, h_cue = q2
            h_kind: QuoteKind = "mixed" if any(ch in _QUOTE_CHARS for ch in h_content.text) else "indirect"
            raw.append((h_content.start, h_kind, (h_content.start, h_content.end), h_spk, h_cue, None, None))
    raw = _outermost(_split_conjoined(doc, text, raw))
    # an answer is the interviewee's words, and the attributions inside it stand on their own
    raw = _interview_answers(idx, text, raw)
    raw = _call_transcript(idx, text, raw)
    mixed_raw = [r for r in raw if r[1] == "mixed"]
    # a quotation with no speaker of its own inside another attribution's words (typeset '' marks
    # make that one "indirect"; it often stops before the quotation's own full stop) is part of it
    worded = [r[2] for r in raw if r[1] != "direct"]
    raw = [r for r in raw if r[1] != "direct" or not (
        any(m[2][0] <= r[2][0] and _core_end(text, r[2]) <= m[2][1] and not _relayed(r, m) for m in mixed_raw)
        or (r[3] is None and any(a <= r[2][0] and _core_end(text, r[2]) <= b for a, b in worded)))]
    raw.sort(key=lambda r: r[0])
    raw = _multi_paragraph(text, directs, raw, carried)
    raw = _around_ads(text, raw)
    raw = _drop_described(raw)
    out: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    last_body: Speaker | None = None  # the latest organization, outlet or country that spoke
    unnamed: dict[str, Speaker] = {}  # "a senior official" (with a country or body) by head word
    document = doc._.document
    boiler = [(b.start, b.end) for b in document.boilerplate] if isinstance(document, Document) else []

    def in_boiler(pos: int | None) -> bool:
        return pos is not None and any(a <= pos < b for a, b in boiler)

    for _, kind, (c_s, c_e), spk, cue_span, when, via in raw:
        if (c_s, c_e) in seen or c_e <= c_s:
            continue
        seen.add((c_s, c_e))
        if in_boiler(c_s) or in_boiler(spk.start if spk is not None else None) \
                or in_boiler(cue_span.start if cue_span is not None else None):
            continue  # a mail header's "From: Name <addr>" or a page's furniture: read as text, not said
        if kind != "direct" and _ANONYMITY.match(text, c_s, c_e):
            continue  # "who asked not to be named": a condition of the interview, not a statement
        if kind != "direct" and cue_span is not None and _NOT_AUTHORIZED.search(
                text, max(0, cue_span.start - 60), cue_span.start):
            continue  # "speaking on condition of anonymity to discuss operational matters": why unnamed
        if kind != "direct" and cue_span is not None and _ON_CONDITION.search(
                text, max(0, cue_span.start - 80), cue_span.start):
            continue  # "who spoke on condition that his side not be identified": the terms, not a statement
        spk = _unnamed_role(idx, spk)
        if spk is not None and spk.entity_id is None and spk.text.lower() == "it" and last_body is not None \
                and 0 < spk.start - last_body.end < 400:
            # "Enedis said … It expects …": "it" speaking is the body that spoke just before
            spk = Speaker(spk.start, spk.end, spk.text, last_body.entity_id, last_body.name, last_body.role)
        if spk is not None and spk.entity_id is None and (w := spk.text.lower().split())[:1] == ["the"] \
                and len(w) <= 3 and w[-1] in unnamed and 0 < spk.start - unnamed[w[-1]].end < 1500:
            # "A senior Israeli official said … “…,” the official said": the same unnamed person
            ante = unnamed[w[-1]]
            spk = Speaker(spk.start, spk.end, spk.text, ante.entity_id, ante.name, ante.role)
        if spk is not None and spk.entity_id is not None and spk.entity_id.split(":")[0] in ("org", "media", "country") \
                and (w := spk.text.lower().split())[:1] in (["a"], ["an"], ["one"]):
            unnamed[w[-1]] = spk
        if spk is not None and spk.entity_id is not None and spk.entity_id.split(":")[0] in ("org", "media", "country"):
            last_body = spk
        out.append(Quote(
            doc_id=doc_id, quote_id=f"q{len(out) + 1}", kind=kind,
            content=TextSpan(c_s, c_e, text[c_s:c_e]), speaker=spk, cue=cue_span, date=when, via=via,
        ))
        for other in _co_speakers(idx, spk):
            # "Seoul and Manila said …": each named party said it, so each gets the statement
            out.append(Quote(
                doc_id=doc_id, quote_id=f"q{len(out) + 1}", kind=kind,
                content=TextSpan(c_s, c_e, text[c_s:c_e]), speaker=other, cue=cue_span, date=when, via=via,
            ))
    return out


_RELATIVE_WORDS = frozenset({"who", "which", "that"})


def _drop_described(raw: list[_Raw]) -> list[_Raw]:
    """Drop a relative clause's stance that lies inside another attribution's source ("said Jane
    Roe, a senator who endorsed the bill"): it describes who that source is, and PolNeAR marks it
    as part of that source far more often than as an attribution of its own."""
    sources = [(r[3].start, r[3].end) for r in raw if r[3] is not None]
    return [r for r in raw if not (
        r[1] != "direct" and r[3] is not None and r[4] is not None and r[3].text.lower() in _RELATIVE_WORDS
        and any(a <= r[4].start < b and (a, b) != (r[3].start, r[3].end) for a, b in sources))]


def _co_speakers(idx: _Index, spk: Speaker | None) -> list[Speaker]:
    """The other named parties of a coordinated speaker ("Seoul and Manila", "the EU and Japan",
    "Jane Roe and her deputy, Tom Lee"): actors joined to the first by "and", each its own source."""
    if spk is None or spk.entity_id is None:
        return []
    sp = idx.doc.char_span(spk.start, spk.end, alignment_mode="expand")
    if sp is None:
        return []
    out: list[Speaker] = []
    ids = {spk.entity_id}
    for m in idx.mentions_in(sp.start, sp.end):
        if m.entity_id in ids or m.type not in ("person", "organization", "media", "country"):
            continue
        msp = idx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if msp is None:
            continue
        root = msp.root
        if root.dep_ == "appos" and root.head.dep_ == "conj":
            root = root.head  # "… and her deputy, Tom Lee"
        if root.dep_ != "conj" or not any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in root.head.children):
            continue
        ids.add(m.entity_id)
        out.append(Speaker(m.start, m.end, m.text, m.entity_id, m.name, m.role))
    return out


_NOT_AUTHORIZED = re.compile(r"(?:anonymity|(?:not|n't)\s+(?:been\s+)?(?:authori[sz]ed|permitted|allowed|cleared))"
                             r"\s+to\s+$", re.I)
_EMBEDDED_POST = re.compile(r"[ \t]*(?:—|–|-{1,2})[ \t]*([A-Z][^\n()@]{1,60}?)[ \t]*\(@\w{1,30}\)")
_ON_CONDITION = re.compile(r"\bon\s+(?:the\s+)?condition\s+that\b[^.,;\n]{0,60}$", re.I)
_ANONYMITY = re.compile(r"(?:not\s+)?to\s+be\s+(?:named|identified|quoted)\b|(?:for\s+)?anonymity\b"
                        r"|(?:that\s+)?(?:his|her|their|its)\s+(?:\w+\s+)?names?\s+(?:not|never)\s+be\b", re.I)


def _subject_between(doc: Doc, lo: int, cue: int) -> bool:
    """'“It's done,” one of the officials said': the words between a short quote and its cue are
    all the cue's own subject phrase, so the cue is still right beside the quote."""
    subj = next((c for c in doc[cue].children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue), None)
    return subj is not None and cue - lo <= 8 and subj.left_edge.i == lo and subj.right_edge.i == cue - 1


def _multi_paragraph(text: str, directs: list[_Direct], raw: list[_Raw], carried: set[int]) -> list[_Raw]:
    """A quote paragraph left open ("“… here.\n\n“I want …,” Bell said.") is the first part of the
    quote the next paragraph reopens: it takes that quote's speaker, cue, date and relay, also over
    a speaker it only carried on from an earlier quote (a new quote's own cue comes after it)."""
    def at(d: _Direct) -> int | None:
        return next((k for k, r in enumerate(raw) if r[1] == "direct" and d.open < r[2][0] <= d.open + 3), None)

    out = list(raw)
    for d, d2 in reversed(list(itertools.pairwise(directs))):
        gap = text[d.close : d2.open].lstrip()
        if text[d.close] != "\n" or (gap and _AD_LINE.fullmatch(gap) is None):
            continue  # (an ad line a scraper left between the two paragraphs does not end the quote)
        k, k2 = at(d), at(d2)
        if k is None or k2 is None or (out[k][3] is not None and out[k][0] not in carried) or out[k2][3] is None:
            continue
        r, r2 = out[k], out[k2]
        out[k] = (r[0], r[1], r[2], r2[3], r2[4], r2[5], r2[6])
    return out


def _around_ads(text: str, raw: list[_Raw]) -> list[_Raw]:
    """A quote an ad line was scraped into is two fragments of one attribution, around the ad."""
    out: list[_Raw] = []
    for r in raw:
        a, b = r[2]
        m = _AD_BREAK.search(text, a, b) if r[1] == "direct" else None
        if m is None:
            out.append(r)
            continue
        out.append((a, r[1], (a, m.start()), *r[3:]))
        out.append((m.end(), r[1], (m.end(), b), *r[3:]))
    return out


def _core_end(text: str, span: tuple[int, int]) -> int:
    """End of a span short of its closing punctuation: a mixed quote's content stops before the
    full stop that the quotation inside it keeps ("… said that ''X.''")."""
    a, e = span
    while e > a and (text[e - 1] in ".,;:!?" or text[e - 1] in _QUOTE_CHARS or text[e - 1] == "'"):
        e -= 1
    return e


def _split_conjoined(doc: Doc, text: str, raw: list[_Raw]) -> list[_Raw]:
    """"X said A and warned B", "X said A, noting B": a second cue of the same speaker that the parse
    hangs on a verb inside the first content (a reporting verb conjoined by "and"/"but", or a
    subjectless participle after a comma) opens its own attribution; the first content ends before
    it. PolNeAR annotates two attributions there, with the outer speaker (measured on train: content
    and source F1 up on both halves; splitting at other nested cues, relative clauses included,
    and at conjoined stance verbs with an object did no better)."""
    out = list(raw)
    for i in range(len(out)):
        r = out[i]
        cue = r[4]
        if cue is None or not text[cue.start : cue.end].strip():
            continue
        sp = doc.char_span(cue.start, cue.end, alignment_mode="expand")
        if sp is None:
            continue
        v = doc[sp.start]
        if v.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
            continue
        conj = v.dep_ == "conj" and doc[v.i - 1].lower_ in ("and", "but") and _reporting(v)
        part = v.tag_ == "VBG" and v.dep_ in ("advcl", "xcomp", "conj") and doc[v.i - 1].text == ","
        if not (conj or part):
            continue
        cut = doc[v.i - 1].idx
        for k, o in enumerate(out):
            (a, b), oc = o[2], o[4]
            if k == i or o[1] == "direct" or oc is None or oc.start >= a \
                    or not (a <= v.head.idx < cut and cue.end <= b):
                continue
            end = cut
            while end > a and (text[end - 1].isspace() or text[end - 1] in ",;"):
                end -= 1
            if end - a < 8:
                continue
            out[k] = (o[0], o[1], (a, end), o[3], oc, o[5], o[6])
            out[i] = (r[0], r[1], r[2], o[3], r[4], r[5], r[6])
            break
    return out


# outlets named by kind, not by name ("state media", "the official news agency", "local television")
_UNNAMED_MEDIA = re.compile(r"\b(?:media|news agency|newspaper|broadcaster|television|TV|radio|press)\b", re.I)


# records of someone's words ("according to a transcript"), not the words' author
_RECORD = re.compile(r"(?:an?|the)\s+(?:\w+\s+){0,2}?(?:transcript|translation|recording|readout|video|footage|audio|"
                     r"tape|minutes|excerpts?)\b", re.I)


def _relayed(inner: _Raw, outer: _Raw) -> bool:
    """"X said Y, Bloomberg reported", "Y, X said, Bloomberg reported": X's words reach us through the
    outlet that reports them after the fact (its cue after its content, which ends with X's words or
    X's cue); X's attribution stays, with the outlet as `via`, beside the outlet's, or X would be lost
    as Y's speaker. So do a quote relayed "according to state media" and one a recording shows
    ("a video showed X saying: “…”")."""
    spk, via, outlet, o_cue, i_cue = inner[3], inner[6], outer[3], outer[4], inner[4]
    if spk is None or outlet is None or o_cue is None or i_cue is None:
        return False
    # '“…,” a spokesman said, according to state media': a quote and its cue relayed by "according to"
    # (the outlet often unnamed, so with no entity to match)
    according = inner[1] == "direct" and via is None and o_cue.text.lower().startswith("according") and (
        ((outlet.entity_id or "").startswith("media:") and spk.entity_id != outlet.entity_id)
        or (outlet.entity_id is None and _UNNAMED_MEDIA.search(outlet.text) is not None))
    if inner[1] == "direct" and o_cue.text.lower().startswith("according") and _RECORD.match(outlet.text) \
            and outer[2][0] <= inner[2][0] and i_cue.end <= o_cue.start:
        return True  # '“…,” the president said (at …), according to a transcript': the record carries X's words
    # 'A video showed the governor saying: “…”': a recording shows its speaker speak; the words are the governor's
    shown = inner[1] == "direct" and o_cue.text.lower().startswith("show") and spk.start == outer[2][0] \
        and spk.end <= i_cue.start and i_cue.end <= inner[2][0]
    if shown:
        return True
    return (according or (via is not None and outlet.entity_id == via and spk.entity_id != via
                          and via.startswith("media:"))) \
        and outer[2][1] <= o_cue.start and min(abs(outer[2][1] - inner[2][1]), abs(outer[2][1] - i_cue.end)) <= 2


def _outermost(raw: list[_Raw]) -> list[_Raw]:
    """Drop attributions whose cue lies inside another attribution's content ("X said Y thinks Z",
    "X voiced the belief that Z" are one attribution each): the corpora annotate univocally, a
    token in at most one attribution. (Measured on PolNeAR train: keeping the inner one instead
    when the outer content opens with it, or cutting the outer content when the inner cue is
    coordinated with the outer one, "X said A, but conceded B", did no better.)"""
    out: list[_Raw] = []
    for r in raw:
        cue = r[4]
        if cue is not None and any(
                o[2][0] <= cue.start and cue.end <= o[2][1]
                and (o[4] is None or (o[4].start, o[4].end) != (cue.start, cue.end)) and not _relayed(r, o)
                for o in raw):
            continue
        out.append(r)
    return out


_EXCERPT_PREPS = frozenset({"in", "on", "at", "during", "from"})


def _excerpt_lead(idx: _Index, words: list[Token]) -> tuple[ActorMention | None, tuple[int, int]] | None:
    """The source of an excerpt a short lead sets before a colon: "From the report: “…”", "More
    from the ruling: “…”", "Here's the senator in 2004: “…”" (the noun phrase after "from" or
    "here's", up to a phrase saying when or where)."""
    if len(words) < 2 or len(words) > 8:
        return None
    w = [t.lower_ for t in words]
    if w[0] == "from" or (w[0] in ("more", "again") and w[1] == "from"):
        start = 1 if w[0] == "from" else 2
    elif w[0] == "here" and w[1] in ("'s", "’s", "is"):
        start = 2
    else:
        return None
    end = next((i for i in range(start + 1, len(words)) if w[i] in _EXCERPT_PREPS), len(words))
    np_ = [t for t in words[start:end] if t.pos_ not in ("VERB", "AUX", "PRON", "ADV") or t.tag_ == "PRP$"]
    if not np_ or len(np_) != end - start or not any(t.pos_ in ("NOUN", "PROPN") for t in np_):
        return None  # "Here's what she said:": no noun phrase to credit (the verb cues elsewhere)
    lo, hi = np_[0].i, np_[-1].i + 1
    m = next(iter(idx.mentions_in(lo, hi)), None)
    return m, (lo, hi)


# nouns for what someone said, as the subject of "was simple:", "was blunt:" before a quotation
_WORDS_NOUNS = frozenset({"message", "answer", "response", "reply", "advice", "warning", "verdict", "plea",
                          "argument", "explanation", "reaction", "retort", "instruction", "prediction", "promise",
                          "pitch", "appeal", "assessment", "diagnosis", "conclusion", "view", "position"})


def _words_noun_holder(verb: Token, colon: int) -> tuple[Token, Token] | None:
    """The words noun and whose they are in "Her message was simple: “…”" / "The answer from the
    ministry was blunt: “…”": a form of "be" right before the colon, its subject one of those nouns
    with a possessor (or a "from" phrase) naming the speaker."""
    doc = verb.doc
    if verb.lemma_ != "be" or not 0 < colon - verb.i <= 4:
        j = colon - 1  # (the parse may hang the colon on the quotation's verb: find "was" before it)
        while j > 0 and colon - j <= 3 and doc[j].pos_ in ("ADJ", "ADV"):
            j -= 1
        verb = doc[j]
        if verb.lemma_ != "be":
            return None
    noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if noun is None or noun.lemma_.lower() not in _WORDS_NOUNS:
        return None
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None:
        frm = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        holder = next((c for c in frm.children if c.dep_ == "pobj"), None) if frm is not None else None
    return (noun, holder) if holder is not None else None


def _topic_lead(idx: _Index, doc: Doc, colon: int) -> tuple[ActorMention, tuple[int, int]] | None:
    """The speaker of a headline's "Name on Topic: “…”": a person or body named by the capitalised
    words that open the line, right before "on"."""
    j = colon - 1
    while j >= 0 and "\n" not in doc[j].text and colon - j <= 20:
        j -= 1
    if j >= 0 and "\n" not in doc[j].text:
        return None
    lo = j + 1
    on = next((t.i for t in doc[lo + 1 : min(lo + 5, colon)] if t.lower_ == "on"), None)
    if on is None or not all(t.text[:1].isupper() or t.is_punct for t in doc[lo:on]):
        return None
    m = next((m for m in idx.mentions_in(lo, on) if m.type in ("person", "organization")), None)
    return (m, (lo, on)) if m is not None else None


def _colon_lead(idx: _Index, doc: Doc, text: str, q_start: int,
                content_tok: tuple[int, int]) -> tuple[_Attribution | None, Speaker | None]:
    """A quote introduced by a colon, also from the paragraph before: "He declared:\n\n“…”",
    "She went on to say: “…”" (the verb before the colon is the cue), or "Name: “…”" (a short
    name before the colon is the source, the colon the cue)."""
    k = q_start - 1
    while k > 0 and doc[k].is_space:
        k -= 1
    if doc[k].text != ":":
        return None, None
    lo = doc[k].sent.start if k > 0 else 0
    for j in range(k - 1, max(lo, k - 8) - 1, -1):
        t = doc[j]
        if "\n" in t.text or t.text in _QUOTE_CHARS:
            break
        main = t.head.head if t.dep_ == "acl" else t.head
        set_off = t.tag_ == "VBG" and t.dep_ in ("acl", "advcl") and doc[t.left_edge.i - 1].text == "," \
            and t.i < main.i < k and main.pos_ in ("VERB", "AUX") and _subject(main) is not None
        if set_off:
            # "Okafor, speaking to Sky Sports, was more bullish: “…”": the set-off participle is
            # where he spoke; the clause before the colon is the cue
            t = main
        elif t.pos_ == "AUX" and t.dep_ not in ("aux", "auxpass") and (subj := _subject(t)) is not None \
                and any(c.tag_ == "VBG" and c.dep_ in ("advcl", "acl") and c.i < t.i and doc[c.left_edge.i - 1].text == ","
                        for c in (*t.children, *subj.children)):
            set_off = True  # (the same, the participle too long to reach back to)
        if (t.pos_ == "VERB" or set_off) and _subject(t) is not None:
            att = _attribution(idx, t, lo, k, content_tok)
            att.cue = (t.i, k + 1)
            return att, None
    # "Her message to the board was simple: “…”": a copula whose subject is someone's words
    said = _words_noun_holder(doc[k].head, k)
    if said is not None:
        noun, holder = said
        cue_lo = noun.i if holder.i < noun.i else holder.right_edge.i + 1  # ("answer from X | was blunt:")
        att = _Attribution(noun.head, None, (0, 0), None, (cue_lo, k + 1))
        att.speaker_mention, att.speaker_span = _speaker_from_token(idx, holder)
        return att, None
    # "Name: “…”": up to five capitalised words from the line start (or from a live blog's "11:00 a.m.:")
    j = k - 1
    while j >= 0 and "\n" not in doc[j].text and not (doc[j].text in ".!?:" and j < k - 1) and k - j <= 6:
        j -= 1
    words = [t for t in doc[j + 1 : k] if not t.is_punct and not t.is_space]
    lead = _excerpt_lead(idx, words)
    if lead is not None:
        return _Attribution(doc[k], lead[0], lead[1], None, (k, k + 1)), None
    topic = _topic_lead(idx, doc, k)
    if topic is not None:
        return _Attribution(doc[k], topic[0], topic[1], None, (k, k + 1)), None
    if not words or len(words) > 5 or not all(t.text[:1].isupper() or t.lower_ in ("and", "of") for t in words):
        return None, None
    s, e = words[0].idx, _char_end(words[-1])
    ments = [m for m in idx.mentions_in(words[0].i, words[-1].i + 1) if m.type in ("person", "organization", "media")]
    m = ments[0] if ments else None
    spk = Speaker(s, e, text[s:e], m.entity_id if m else None, m.name if m else None, m.role if m else None)
    return _Attribution(doc[k], m, (0, 0), None, (k, k + 1)), spk


def _tail_verb(idx: _Index, doc: Doc, start: int, end: int, content_tok: tuple[int, int],
               used: set[int]) -> _Attribution | None:
    """"“…,” she continued." / "“…,” he went on.": any verb closing the quote's sentence right
    after it, with a speaking subject beside it, is the quote's cue (the verb lists cannot name
    every way of going on or breaking off)."""
    for k in range(start, min(end, start + 4)):
        v = doc[k]
        # (the tagger reads an inverted '“…,” read the sign' as a bare "read")
        bare_read = k == start and v.tag_ == "VB" and v.lower_ == "read"
        if v.pos_ != "VERB" or k in used or (v.tag_ not in ("VBD", "VBZ", "VBP") and not bare_read):
            continue
        if any(c.dep_ == "mark" and start <= c.i < v.i for c in v.children):
            return None  # '… “Down with the regime” as police moved in': a time clause, not a speech tag
        subj = next((c for c in v.children if c.dep_ == "nsubj" and start <= c.i < end), None)
        reads = v.lemma_.lower() == "read"
        if subj is None and reads and v.dep_ == "ROOT" and all(doc[j].is_punct for j in range(start, k)):
            # '“…,” read the email from the campaign': the inverted text that carries the words
            obj = next((c for c in v.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
            if obj is None:
                return None
            att = _Attribution(v, None, (0, 0), None, (v.i, v.i + 1))
            att.speaker_mention, att.speaker_span = _speaker_from_token(idx, obj, v.i)
            frm = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "from"
                        and c.i == att.speaker_span[1] and c.right_edge.i < end), None)
            if frm is not None:
                # "read a statement from X": the parse hangs the "from" phrase on the verb; it is whose text
                att.speaker_span = (att.speaker_span[0], frm.right_edge.i + 1)
                pobj = next((c for c in frm.children if c.dep_ == "pobj"), None)
                if att.speaker_mention is None and pobj is not None:
                    att.speaker_mention = _speaker_from_token(idx, pobj)[0]
            return att
        # ('“…,” it read': a sign, a letter or a post carries the words)
        if subj is None or not (_is_agent(idx, subj, v) or (reads and subj.lower_ in ("it", "this", "one"))):
            return None
        # the sentence must end with the cue's phrase: "she continued." not "she continued to fight …"
        last = max(subj.right_edge.i, v.i) + 1
        while last < end and (doc[last].pos_ in ("ADV", "PART", "ADP") or doc[last].dep_ == "prt"):
            # "she fumed on Tuesday.", "he said in an interview.": a phrase of the verb's own
            last = doc[last].right_edge.i + 1 if doc[last].dep_ == "prep" and doc[last].head.i == v.i else last + 1
        # (or the quote goes on right after it: '“…,” she continued, “and …”')
        if last < end and not (doc[last].is_punct and doc[last].text in ".!?;") and not (
                doc[last].text == "," and last + 1 == end and end < len(doc) and doc[end].text in OPENERS):
            return None
        return _attribution(idx, v, start, end, content_tok)
    return None


def _subject_opens(verb: Token, start: int) -> bool:
    """Whether `verb`'s subject phrase starts right at `start` (a long speaker description after a
    quote: "“…,” Jane Roe, 67, a retired nurse in Dayton, Ohio, said")."""
    subj = _subject(verb)
    if subj is None or subj.head.i != verb.i:
        return False
    k = start
    while k < subj.left_edge.i and (verb.doc[k].is_punct or verb.doc[k].is_space):
        k += 1
    return k == subj.left_edge.i


def _cue(doc: Doc, text: str, rng: tuple[int, int]) -> TextSpan:
    s, e = doc[rng[0]].idx, _char_end(doc[rng[1] - 1])
    return TextSpan(s, e, text[s:e])


def _has_reporting_between(doc: Doc, text: str, a: int, b: int) -> bool:
    sp = doc.char_span(a, b, alignment_mode="contract")
    return sp is not None and any(_reporting(t) for t in sp if not any(c in _QUOTE_CHARS for c in t.text))


def _mostly_quoted(s: int, e: int, quoted: list[tuple[int, int]], text: str = "") -> bool:
    """True when no word of [s, e) lies outside quotation marks (a direct quote's job)."""
    if not text:
        inside = sum(max(0, min(e, b) - max(s, a)) for a, b in quoted)
        return inside >= 0.6 * (e - s)
    outside = 0
    for m in _WORD.finditer(text, s, e):
        if not any(a <= m.start() < b for a, b in quoted):
            outside += 1
            if outside >= 1:
                return False
    return True


def _cue_phrase_then_comma(verb: Token, between: Span, text: str, q_open: int) -> bool:
    """'She told the agency simply, “We lost.”': the words between the cue and a short quote are
    the cue's own (its object, an adverb, a "to" phrase) and end with a comma before a quote that
    opens a sentence, so the quote is the cue's whole content, however short."""
    words = [x for x in between if not (x.is_punct or x.is_space)]
    return 0 < len(words) <= 8 and between[-1].text == "," and text[q_open + 1 : q_open + 2].isupper() \
        and not any(x.text in (".", "!", "?", ";", ":") for x in between) \
        and all(verb in x.ancestors and x.i > verb.i for x in words) \
        and not any(x.pos_ in ("VERB", "AUX") for x in words)


def _clause_between(doc: Doc, lo: int, hi: int, verb: Token | None = None) -> bool:
    """A subject or a verb between a reporting verb and a quote: the quote is part of an indirect
    clause ("said the plan “was a disaster”"), so the whole clause is one mixed attribution. The
    verb's own subject after it ("Said Roe, “…”") and a relative clause on a noun there that ends
    before the quote ("said Roe, who knew him, “…”", "she told the crowd that gathered, “…”")
    describe who speaks or is spoken to, not what is said."""
    for t in doc[lo:hi]:
        if not (t.dep_ in ("nsubj", "nsubjpass", "expl") or t.pos_ in ("VERB", "AUX")):
            continue
        if t.dep_ == "aux" and t.tag_ in ("IN", "TO") and t.head.pos_ not in ("VERB", "AUX"):
            continue  # "told MPs, to loud jeers, “…”": a preposition misread as an infinitive's "to"
        if verb is not None and t.dep_ == "nsubj" and t.head.i == verb.i and t.i > verb.i:
            continue
        if any((a.dep_ == "relcl" or (a.dep_ == "acl" and a.tag_ in ("VBN", "VBG")))
               and lo <= a.head.i < hi and a.right_edge.i < hi and lo <= a.i for a in (t, *t.ancestors)):
            continue  # (also "said in a statement sent to the BBC: “…”": a participle on a noun there)
        return True
    return False


def _that_was_how(idx: _Index, doc: Doc, start: int) -> _Attribution | None:
    """'“…” That was how X described it.' / "That is what X told reporters." / "So said X." / "X made
    the comments at …" / "Those were the words of X.": the pronoun or the remark noun stands for the
    quote just before, however long the sentence that names its speaker."""
    k = start
    while k < len(doc) - 3 and (doc[k].is_space or doc[k].text in _QUOTE_CHARS or doc[k].text in _DASHES):
        k += 1
    if k + 3 >= len(doc):
        return None
    if doc[k].lower_ in ("that", "those", "these", "such") and doc[k + 1].lemma_ == "be":
        j = k + 2 + (doc[k + 2].lower_ == "the")
        if j + 2 < len(doc) and doc[j].lemma_.lower() in _REMARK_NOUNS | {"word", "verdict", "message"} and doc[j + 1].lower_ == "of" \
                and (pobj := next((c for c in doc[j + 1].children if c.dep_ == "pobj"), None)) is not None:
            # "Those were the words of X (on Friday).": X spoke the quote before
            m, span = _speaker_from_token(idx, pobj)
            return _Attribution(doc[j], m, span, None, (j, j + 2))
    if doc[k].lower_ in ("the", "that", "this", "those", "these") and doc[k + 1].lemma_.lower() in _QUOTE_HOLDER_NOUNS \
            and doc[k + 2].lemma_ == "come" and doc[k + 2].i == doc[k + 1].head.i and k + 3 < len(doc) \
            and doc[k + 3].lower_ == "from" and doc[k + 3].head.i == k + 2 \
            and (pobj := next((c for c in doc[k + 3].children if c.dep_ == "pobj"), None)) is not None:
        # "The warning came from X, …": the words noun stands for the quote before, X spoke it
        m, span = _speaker_from_token(idx, pobj)
        return _Attribution(doc[k + 2], m, span, None, (k + 1, k + 4))
    if doc[k].lower_ == "so" and doc[k].is_sent_start and _reporting(doc[k + 1]) and doc[k + 1].tag_ == "VBD" \
            and (subj := _subject(doc[k + 1])) is not None and subj.i > k + 1:
        # "So said X, …": the inverted verb and its subject sum up the quote before
        return _attribution(idx, doc[k + 1], k + 1, doc[k].sent.end, (0, 0))
    sent = doc[k].sent
    root = sent.root
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    if k == sent.start and root.lemma_.lower() in ("make", "deliver") and root.tag_ in ("VBD", "VBZ") \
            and obj is not None and obj.lemma_.lower() in _REMARK_NOUNS \
            and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in obj.children) \
            and (subj := _subject(root)) is not None and subj.i < root.i and _is_agent(idx, subj, root):
        # "X made the comments at a briefing on Tuesday.": "the comments" are the quote before
        att = _attribution(idx, root, k, sent.end, (0, 0))
        att.cue = (root.i, obj.i + 1)
        return att
    if doc[k].lower_ not in ("that", "this", "such") or doc[k + 1].lemma_ != "be" \
            or doc[k + 2].lower_ not in ("how", "what"):
        return None
    for t in doc[k + 3 : doc[k].sent.end]:
        # ("how"/"what" must be the cue's own: in "That was how it began, residents say" the
        # report is of the clause, not of the quote)
        if (_reporting(t) or t.lemma_.lower() in _SUMMING_VERBS) and t.pos_ == "VERB" \
                and (doc[k + 2].head.i == t.i or t.head.i == k + 1) \
                and (subj := _subject(t)) is not None and k + 2 < subj.i < t.i:
            att = _attribution(idx, t, k + 3, doc[k].sent.end, (0, 0))
            att.speaker_span = (max(k + 3, att.speaker_span[0]), att.speaker_span[1])
            return att
    return None


_REMARK_NOUNS = frozenset({"comment", "remark", "statement", "observation"})
# what "The warning came from X" may name as the quote just before
_QUOTE_HOLDER_NOUNS = _WORDS_NOUNS | _REMARK_NOUNS | {"word", "claim", "remark", "plea", "call", "threat", "admission",
                                                     "accusation", "criticism", "praise", "rebuke", "challenge"}
_SUMMING_VERBS = frozenset({"describe", "put", "sum", "summarise", "summarize", "characterise", "characterize"})


def _next_sentence_cue(idx: _Index, doc: Doc, start: int) -> _Attribution | None:
    """"“...” He added." style cue in the next short sentence."""
    if start >= len(doc):
        return None
    sent = doc[start].sent
    if sent.end - sent.start > 8:
        return None
    for t in sent:
        if _reporting(t) and not any(c.dep_ == "ccomp" for c in t.children):
            return _attribution(idx, t, sent.start, sent.end, (0, 0))
    return None


def _prev_sentence_cue(idx: _Index, doc: Doc, text: str, start: int) -> _Attribution | None:
    """'The union said the talks had failed. “We gave them every chance.”': a quote opening a
    sentence right after a reported statement in the same paragraph goes on with its speaker."""
    k = start - 1
    while k > 0 and doc[k].is_space:
        k -= 1
    if doc[k].text not in (".", "!", "?") or "\n" in text[doc[k].idx : doc[start].idx]:
        return None
    sent = doc[k].sent
    lo, _ = _within_paragraph(doc, k, sent.start, k)
    for t in doc[lo:k]:
        if _reporting(t) and t.dep_ == "ROOT" and any(c.dep_ == "ccomp" for c in t.children):
            subj = _subject(t)
            if subj is None or subj.i > t.i or not _is_agent(idx, subj, t):
                return None
            att = _attribution(idx, t, lo, k, (0, 0))
            return att if att.speaker_span[1] > att.speaker_span[0] or att.speaker_mention is not None else None
    return None


def _clause_bounds(doc: Doc, text: str, tok: Token) -> tuple[int, int]:
    """Token bounds of the verb's sentence, cut at paragraph breaks."""
    sent = tok.sent
    return _within_paragraph(doc, tok.i, sent.start, sent.end)


def _within_paragraph(doc: Doc, i: int, lo: int, hi: int) -> tuple[int, int]:
    """Narrow the token range [lo, hi) around token `i` to the paragraph it sits in."""
    for k in range(i - 1, lo - 1, -1):
        if "\n" in doc[k].text and not _wrapped(doc, k):
            lo = k + 1
            break
    for k in range(i + 1, hi):
        if "\n" in doc[k].text and not _wrapped(doc, k):
            hi = k
            break
    return lo, hi


def _wrapped(doc: Doc, k: int) -> bool:
    """Whether the line break at token `k` is a hard wrap inside a phrase ("the regional\nbank",
    "Ministry of\nDefence"): one newline, after a word that cannot end a line of its own (a
    determiner, preposition or conjunction) or before a lower-case word."""
    t = doc[k]
    if not t.is_space or t.text.count("\n") != 1 or k == 0 or k + 1 >= len(doc):
        return False
    before, after = doc[k - 1], doc[k + 1]
    if before.is_punct or after.is_punct or not before.text[-1:].isalnum():
        return False
    return before.pos_ in ("DET", "ADP", "CCONJ") or after.text[:1].islower()


# the words of a live blog's time stamp: "10:15", "8.30am", "a.m.", "GMT", "BST", "ET"
_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d\d)?(?:[ap]\.?m\.?)?|[ap]\.?m\.?|[A-Z]{2,4}T?", re.IGNORECASE)


def _strip_dateline(doc: Doc, s: int, e: int) -> int:
    """Where the text starts after a dateline ("WASHINGTON —", "LISBON, Feb. 9, 2023 (Xyz Wire) -")
    or a live blog's time stamp ("10:15 a.m.: …")."""
    s = _after_stamp(doc, s, e)
    after = _after_dateline(doc, s, e)
    return s if after is None else after


def _after_stamp(doc: Doc, s: int, e: int) -> int:
    """Where a live blog's time stamp that opens the text at `s` ends ("10:15 a.m.: …", "14:30 GMT — …"),
    else `s`."""
    # (the parse may have split the clock's digits off as a sentence of their own: "08:47 | GMT - X told")
    starts = s < e and _CLOCK.fullmatch(doc[s].text) is not None and (
        doc[s].text[:1].isdigit() or (s > 0 and doc[s - 1].text[:1].isdigit() and _CLOCK.fullmatch(doc[s - 1].text)))
    if starts:
        for k in range(s + 1, min(e, s + 4)):
            if doc[k].text in (":", *_DASHES):
                if all(_CLOCK.fullmatch(t.text) for t in doc[s:k]):
                    return k + 1
                break
    return s


# a time clause set off after a cue ("…, the ministry said, a day after …", "…, hours before …")
_TIME_CLAUSE = re.compile(r"\s*,\s*(?:(?:a|an|one|two|three|several|some|just|only|\d+)\s+)?"
                          r"(?:(?:minutes?|hours?|days?|weeks?|months?|years?)\s+)?(?:after|before|when|while|as)\b",
                          re.I)


def _parenthetical(idx: _Index, doc: Doc, text: str, verb: Token) -> tuple[list[tuple[int, int]], _Attribution] | None:
    """"The goal, he said, is to ...": a cue set off by commas inside the clause it reports.

    The content is the host clause on both sides of the cue, as two fragments that share the cue
    (so they read as one attribution, like a direct quote broken by its own "he said")."""
    aside = _inverted_aside(idx, doc, text, verb)
    if aside is not None:
        return aside
    head = verb.head
    if verb.dep_ != "parataxis" or head.i == verb.i or head.i <= verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "ccomp" for c in verb.children):
        return None
    if _reporting(head) and any(c.dep_ == "ccomp" and c.i < verb.i for c in head.children) and any(
            c.dep_ == "nsubj" and c.i > verb.i and verb.doc[c.left_edge.i - 1].text == "," for c in head.children):
        return None  # "A, X said, Bloomberg reported": the clause after the aside relays A, it is not A's end
    if any(c.dep_ == "mark" and c.i > verb.i and c.lower_ in _CONCESSIVE_MARKS for c in head.children) \
            or _TIME_CLAUSE.match(text, _char_end(verb)):
        return None  # "A, the ministry said, a day after B happened": an adverbial clause, no second half of A
    lo, hi = _clause_bounds(doc, text, verb)
    # "That kind of deal, said Ramos, would cost …": an inverted aside whose speaker follows the
    # cue; the parse may also give the cue the host's subject, which is content, not speaker
    inverted = next((c for c in verb.children if c.dep_ == "nsubj" and c.left_edge.i == verb.i + 1
                     and c.pos_ in ("PROPN", "NOUN")), None) if verb.lemma_.lower() in _INVERTING else None
    subj = inverted or _subject(verb)
    first = min(subj.left_edge.i, verb.i) if subj is not None and subj.i < verb.i else verb.i
    if first - 1 < lo or doc[first - 1].text not in (",", "—", "–"):
        return None
    k = verb.i + 1
    while k < hi and doc[k].text not in (",", "—", "–") and k < head.i:
        k += 1
    if k >= hi or doc[k].text not in (",", "—", "–"):
        return None
    start = max(lo, head.left_edge.i)
    top = head
    while top.dep_ in ("amod", "compound", "nsubj", "nsubjpass") and lo <= top.head.i < hi and top.head.i != top.i:
        top = top.head  # "The figures, she argued, excluded patients moved …": a verb misread as a modifier
    end = min(hi, max(head.right_edge.i, top.right_edge.i) + 1)
    if start >= first - 1:
        return None
    left = _trim(doc, start, first - 1, text)
    right = _trim(doc, k + 1, end, text)
    if left[1] <= left[0] or right[1] - right[0] < 4:
        return None
    if inverted is not None:
        mention, span = _speaker_from_token(idx, inverted, verb.i)
        return [left, right], _Attribution(verb, mention, span, None, (verb.i, verb.i + 1))
    return [left, right], _attribution(idx, verb, lo, hi, (0, 0))


def _inverted_aside(idx: _Index, doc: Doc, text: str, verb: Token) -> tuple[list[tuple[int, int]], _Attribution] | None:
    """"The contrast, said Jane Roe, would be clear": an inverted aside that the parse reads as
    "The contrast said …" with the speaker as subject of the rest. The speaker is the noun
    phrase right after the cue, set off by commas; the content is the clause around the aside."""
    if verb.lemma_.lower() not in _INVERTING or verb.i < 2 or verb.i + 1 >= len(doc) or doc[verb.i - 1].text != ",":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.right_edge.i == verb.i - 2), None)
    if subj is None:
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i <= verb.i:
            continue
        spk = next((c for c in clause.children if c.dep_ == "nsubj" and c.left_edge.i == verb.i + 1), None)
        if spk is None or spk.pos_ not in ("PROPN", "NOUN"):
            continue
        comma = spk.right_edge.i if doc[spk.right_edge.i].text == "," else spk.right_edge.i + 1
        if clause.i <= comma or doc[comma].text != ",":
            continue
        lo, hi = _clause_bounds(doc, text, verb)
        left = _trim(doc, max(lo, subj.left_edge.i), verb.i - 1, text)
        right = _trim(doc, comma + 1, min(hi, clause.right_edge.i + 1), text)
        if left[1] <= left[0] or right[1] - right[0] < 4:
            return None
        mention, span = _speaker_from_token(idx, spk)
        return [left, right], _Attribution(verb, mention, span, None, (verb.i, verb.i + 1))
    return None


def _as_reported(idx: _Index, doc: Doc, text: str, verb: Token) -> tuple[list[tuple[int, int]], _Attribution] | None:
    """"As the Times reported, X did Y", "X did Y, as reported by Z": the host clause is what the
    source reported; its own verb is only the event (PolNeAR marks the "as" clause's subject)."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    if mark is None or mark.lower_ != "as" or mark.i >= verb.i:
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd") for c in verb.children):
        return None  # "as he said goodbye", "as polls show X surging": not a source note
    a, b = verb.left_edge.i, verb.right_edge.i + 1
    lo, hi = _clause_bounds(doc, text, verb)
    start, end = max(lo, head.left_edge.i), min(hi, head.right_edge.i + 1)
    if start < a and b < end and not doc[b].is_punct and not doc[b - 1].is_punct and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == b for c in head.children):
        return None  # "The exchange came as a poll found 61% think …": the parse hung the poll's own finding as the host
    frags = [f for f in (_trim(doc, start, a, text) if a > start else (0, 0),
                         _trim(doc, b, end, text) if end > b else (0, 0)) if f[1] > f[0]]
    if not frags or sum(len(_WORD.findall(text[x:y])) for x, y in frags) < MIN_DIRECT_WORDS:
        return None
    att = _attribution(idx, verb, a, b, (0, 0))
    if att.speaker_mention is None and att.speaker_span == (0, 0):
        return None
    return frags, att


def _adjective_stance(idx: _Index, doc: Doc, text: str, adj: Token) -> tuple[tuple[int, int], _Attribution] | None:
    """"X was critical of Y", "X is eager to Y", "X is confident that Y": a stance adjective
    with its complement, said of an actor (an inanimate subject is a description, not a stance).
    Adjectives of CUE_ADJECTIVES also take "to", "on", "with", … objects ("confident in",
    "loyal to"), may be participles ("worried about") and take a clause hung on the copula
    (round 10, PolNeAR train: content and source F1 up on the tuning half, held on the other)."""
    verb = adj.head
    if adj.lower_ in _NOT_STANCE_ADJ:
        return None
    if verb.lemma_.lower() not in _COPULAS:
        return None
    feeling = adj.lower_ in _FEELING_PARTICIPLES
    listed = adj.lower_ in CUE_ADJECTIVES or feeling
    if adj.pos_ != "ADJ" and not listed:
        return None
    subj = _subject(verb)
    if subj is None or subj.i > verb.i:
        return None
    if not _is_agent(idx, subj, verb):
        return None
    preps = (_ADJ_PREPS_LISTED | {"by"} if feeling else _ADJ_PREPS_LISTED) if listed else _ADJ_PREPS
    comp = next((c for c in adj.children if c.i > adj.i and (
        c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ in preps))), None)
    if comp is None and listed:
        comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > adj.i
                     and any(m.dep_ == "mark" and m.i == adj.i + 1 for m in c.children)), None)
    if comp is None:
        return None
    lo, hi = _clause_bounds(doc, text, verb)
    start = comp.i + 1 if comp.dep_ == "prep" else comp.left_edge.i
    end = min(hi, comp.right_edge.i + 1)
    span = _trim(doc, start, end, text)
    if len(_WORD.findall(text[span[0] : span[1]])) < 2:
        return None
    att = _attribution(idx, verb, lo, hi, (start, end))
    att.cue = (min(verb.i, adj.i), start if comp.dep_ == "prep" else adj.i + 1)
    return span, att


def _moved_by(idx: _Index, doc: Doc, text: str, verb: Token) -> tuple[tuple[int, int], _Attribution] | None:
    """"Voters were outraged by the remarks", "the governor was delighted by the controversy": a
    participle of feeling parsed as a passive verb; what moved the subject is the content."""
    aux = next((c for c in verb.children if c.dep_ == "auxpass"), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if aux is None or subj is None or not _is_agent(idx, subj, verb):
        return None
    comp = next((c for c in verb.children if c.i > verb.i and (
        c.dep_ == "ccomp" or (c.dep_ in ("agent", "prep") and c.lower_ in _ADJ_PREPS_LISTED | {"by"}))), None)
    if comp is None:
        return None
    _, hi = _clause_bounds(doc, text, verb)
    start = comp.i + 1 if comp.dep_ in ("agent", "prep") else comp.left_edge.i
    end = min(hi, comp.right_edge.i + 1)
    span = _trim(doc, start, end, text)
    if len(_WORD.findall(text[span[0] : span[1]])) < 2:
        return None
    att = _Attribution(verb, None, (0, 0), None, (min(aux.i, verb.i), start if comp.dep_ in ("agent", "prep") else verb.i + 1))
    att.speaker_mention, att.speaker_span = _speaker_from_token(idx, subj, verb.i)
    return span, att


_COPULAS = frozenset({"be", "seem", "appear", "remain", "sound", "become", "feel"})
# participles of being moved by something, a stance toward it like the adjectives of feeling
# ("pundits are shocked that …", "insiders are alarmed at …", "no one is impressed with …")
_FEELING_PARTICIPLES = frozenset({"shocked", "alarmed", "surprised", "dismayed", "impressed", "unimpressed",
                                  "delighted", "outraged", "angered", "disturbed", "troubled", "encouraged",
                                  "heartened", "appalled", "horrified", "offended", "annoyed", "irritated",
                                  "saddened", "stunned", "amazed", "baffled", "puzzled", "relieved", "convinced",
                                  "disgusted", "incensed", "enraged", "infuriated", "bothered"})
_ADJ_PREPS = frozenset({"of", "about"})
_ADJ_PREPS_LISTED = _ADJ_PREPS | {"to", "on", "with", "toward", "towards", "over", "in", "at", "against"}
# modal and aspectual adjectives: "able to", "likely to", "due to", "set to" describe, not opine
# ("sure", "certain", "aware" are stances: "X is sure that …" is marked on PolNeAR train)
_NOT_STANCE_ADJ = frozenset({"able", "unable", "likely", "unlikely", "due", "free", "set", "about",
                             "available", "first", "last", "next", "only", "quick", "slow",
                             "full", "short", "part", "capable", "incapable", "responsible", "close", "home"})


# nouns whose "that"-clause is a fact or a circumstance, not somebody's claim or belief
_NOT_STANCE_NOUNS = frozenset({"fact", "time", "way", "point", "extent", "degree", "reason", "day", "moment",
                               "sense", "result", "year", "week", "month", "case", "event", "place", "part",
                               "news", "chance", "possibility", "likelihood", "prospect", "risk", "evidence",
                               "situation", "condition", "assumption"})


# what someone's words or thoughts came to, as the subject of "is that …" ("her answer was that …";
# not "his biggest asset is that …", "their problem is that …": a fact about them)
_WORDING_NOUNS = frozenset({"answer", "response", "reply", "retort", "contention", "argument", "explanation",
                            "defense", "defence", "position", "view", "belief", "theory", "conclusion",
                            "assessment", "message", "pitch", "phrase", "line", "slogan", "mantra", "refrain",
                            "complaint", "concern", "fear", "hope", "worry", "advice", "verdict", "point",
                            "claim", "case", "premise", "thesis", "rationale", "excuse", "justification"})
# what someone said or vowed, as a noun ("his warning that …", "the department's demand that …")
_SPEECH_ACT_NOUNS = frozenset({"warning", "demand", "insistence", "pledge", "vow", "threat", "assurance",
                               "announcement", "admission", "contention", "denial", "concern", "fear"})


def _noun_complement(idx: _Index, doc: Doc, text: str, noun: Token) -> tuple[tuple[int, int], _Attribution] | None:
    """"the belief that …", "concerns that …", "Trump's claim that …": a stance noun whose
    complement clause is the content; the holder is the possessor or the subject of the verb
    that has the noun ("officials raised concerns that …"). Nouns of CUE_NOUNS also take an
    infinitive ("his plan to …"), a copular clause ("the question is whether …") or a
    prepositional object ("criticism of …") as content: without them the inner attribution of
    such a sentence was taken for the outer one (each form measured on both PolNeAR train halves:
    content and source F1 up)."""
    lemma = noun.lemma_.lower()
    if noun.lower_ == "talks" and not (noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].lower_ in ("about", "up")):
        return None  # "talks on a ceasefire": negotiations, not what someone said
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and _reporting(noun.head.head) \
            and noun.lemma_.lower() in _SETTING_NOUNS:
        return None  # "told X in an interview that …": the verb reports; the interview is where
    if lemma in _NOT_STANCE_NOUNS and not (
            lemma in _LIGHT_CUES and noun.dep_ == "dobj" and noun.head.lemma_ == "make"):
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i
                   and any(m.dep_ == "mark" and m.lower_ in ("that", "whether") and m.i == noun.i + 1
                           for m in c.children)), None)
    if clause is None and (lemma in CUE_NOUNS or lemma in _CLAIM_NOUNS or lemma in _SPEECH_ACT_NOUNS) \
            and noun.i + 2 < len(doc) and (mark := doc[noun.i + 1]).lower_ in ("that", "whether") \
            and mark.dep_ == "mark" and mark.head.i > mark.i and mark.head.left_edge.i == mark.i \
            and mark.head.dep_ in ("relcl", "acl", "ccomp", "advcl") and mark.head not in noun.ancestors:
        # "his warning that Britain would …", "Trump's claims that he is …": the parse hung the
        # clause the noun opens on another word (or read it as a relative clause); it is still the
        # noun's, as the "that" right after it says
        clause = mark.head
    start, min_words = noun.i + 1, 3
    if clause is None and lemma in CUE_NOUNS and noun.i + 1 < len(doc):
        nxt = doc[noun.i + 1]
        if nxt.lower_ == "to" and nxt.dep_ == "aux":
            clause = next((c for c in noun.children if c.dep_ in ("acl", "relcl", "xcomp") and c.i > noun.i
                           and any(m.i == nxt.i for m in c.children)), None)
        elif noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
            clause = next((c for c in noun.head.children if c.dep_ in ("ccomp", "attr", "acomp")
                           and c.i > noun.head.i
                           and any(m.dep_ == "mark" and m.lower_ in ("that", "whether") for m in c.children)), None)
            if clause is not None:
                start = clause.left_edge.i
        if clause is None and nxt.dep_ == "prep" and nxt.head.i == noun.i and nxt.lower_ in _CUE_PREPS:
            # a bare object is content too: PolNeAR marks "comments on || Muslims"
            clause = next((c for c in nxt.children if c.dep_ in ("pobj", "pcomp")), None)
            if clause is not None and _setting(idx, clause):
                clause = None  # "remarks on state television", "comments on Monday": where or when, not what
            elif clause is not None and nxt.lower_ == "to" and lemma in _SETTING_NOUNS:
                clause = None  # "her message to the board", "a letter to voters": whom it was sent to
            start, min_words = noun.i + 2, 1
    if clause is None and lemma in _LIGHT_CUES and noun.dep_ == "dobj" and noun.head.lemma_ == "make":
        # "made the case to party leaders that …", "has been making the case for weeks that …": the
        # clause after a phrase saying to whom or since when
        that = next((t for t in doc[noun.i + 2 : min(len(doc), noun.i + 12)] if t.lower_ == "that"), None)
        if that is not None and that.dep_ == "mark" and that.head.i > that.i and that.head.left_edge.i == that.i \
                and doc[noun.i + 1].dep_ == "prep" and not any(t.pos_ in ("VERB", "AUX") for t in doc[noun.i + 1 : that.i]):
            clause, start = that.head, that.i
    if clause is None and noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and lemma in _WORDING_NOUNS \
            and any(c.dep_ == "poss" for c in noun.children):
        # "Rubio's answer was that …", "Beck's contention was that …": what someone's words, put as
        # a noun, came to; the possessor holds it
        clause = next((c for c in noun.head.children if c.dep_ in ("ccomp", "attr", "acomp")
                       and c.i > noun.head.i and c.left_edge.i == noun.head.i + 1
                       and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i
                               for m in c.children)), None)
        if clause is not None:
            start = clause.left_edge.i
    if clause is None:
        return None
    if min_words == 1 and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_ != "be" \
            and _in_headline(text, noun.idx):
        # a headline's "Mayor's plan for café district draws criticism": the noun phrase is what the
        # story is about, its verb the news; whoever planned or criticized speaks in the body
        return None
    lo, hi = _clause_bounds(doc, text, noun)
    span = _trim(doc, start, min(hi, clause.right_edge.i + 1), text)
    if len(_WORD.findall(text[span[0] : span[1]])) < min_words:
        return None
    # "X rejected Y's claim that …", "X revised his proposal to …": PolNeAR marks the subject of
    # the verb that has the noun (named, before it) over the possessor
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _DISPUTE_VERBS:
        # "the ministry denied a newspaper report that …": the denial is the ministry's (read at the
        # verb); the report's claim is its unnamed author's, not the ministry's
        gov = None
    else:
        gov = _governing_subject(noun)
    if gov is not None and (holder is None or (gov.i < noun.i and gov.pos_ != "PRON")):
        holder = gov
    if holder is not None and holder.lower_ in _THING_PRONOUNS:
        holder = None  # "a report that raised new questions about …", "That raised doubts …": a thing, no holder
    cue_lo = noun.left_edge.i if noun.left_edge.i >= lo else noun.i
    if holder is not None and holder.head.i == noun.i:
        cue_lo = max(cue_lo, holder.right_edge.i + 1)
    att = _Attribution(noun, None, (0, 0), None, (min(cue_lo, noun.i), noun.i + 1))
    if holder is not None:
        att.speaker_mention, att.speaker_span = _speaker_from_token(idx, holder)
    elif noun.dep_ == "ROOT" and noun.tag_ == "NNS" and noun.left_edge.i < noun.i and _reporting_lemma(noun):
        # "Trump predicts that …" read as a noun phrase "Trump predicts" (a verb in -s taken for a
        # plural): the words before it are its subject
        first = noun.left_edge.i
        att.speaker_span = (first, noun.i)
        att.speaker_mention = next((m for m in idx.mentions_in(first, noun.i)
                                    if m.type in ("person", "organization", "media", "country")), None)
        att.cue = (noun.i, noun.i + 1)
    elif noun.dep_ == "pobj" and noun.tag_ in ("NN", "NNS") and noun.head.dep_ == "prep" \
            and (root := noun.head.head).dep_ == "ROOT" and root.pos_ in ("NOUN", "PROPN") \
            and root.tag_ in ("NNS", "NNPS") and root.i < noun.i and _reporting_lemma(noun) \
            and not any(t.pos_ in ("VERB", "AUX") for t in doc[root.left_edge.i : noun.i]):
        # "Economists at the state university estimate that …": the verb read as the last noun of the
        # subject's prepositional phrase (a plural subject, no verb before it): the words before are
        # the subject
        first = root.left_edge.i
        att.speaker_span = (first, noun.i)
        att.speaker_mention = next((m for m in idx.mentions_in(first, noun.i)
                                    if m.type in ("person", "organization", "media", "country")), None)
        att.cue = (noun.i, noun.i + 1)
    return span, att


_THING_PRONOUNS = frozenset({"that", "which", "this"})


def _reporting_lemma(tok: Token) -> bool:
    """Whether a word, whatever its tag, is a reporting or stance verb's form."""
    lemma = tok.lemma_.lower()
    return lemma in REPORTING_VERBS or lemma in OBJECT_VERBS


def _role_noun(idx: _Index, doc: Doc, text: str, noun: Token) -> tuple[tuple[int, int], _Attribution] | None:
    """"X is a longtime supporter of Y", "X has been a critic of Y": a partisan role noun
    predicated of an actor is X's stance on the object (PolNeAR marks the noun as cue). The
    list is hand-written (too few uses each to count); the rule was measured on both train
    halves: content and source F1 up."""
    if noun.dep_ != "attr" or noun.lemma_.lower() not in CUE_ROLE_NOUNS or noun.head.lemma_.lower() not in _COPULAS:
        return None
    verb = noun.head
    subj = _subject(verb)
    if subj is None or subj.i > verb.i or not _is_agent(idx, subj, verb):
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.i > noun.i and c.lower_ in _ROLE_PREPS), None)
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if prep is None or obj is None:
        return None
    lo, hi = _clause_bounds(doc, text, verb)
    start, end = prep.i + 1, min(hi, obj.right_edge.i + 1)
    if end <= start:
        return None
    span = _trim(doc, start, end, text)
    att = _attribution(idx, verb, lo, hi, (start, end))
    att.cue = (verb.i, start)
    return span, att


_ROLE_PREPS = frozenset({"of", "for", "against", "to"})
CUE_ROLE_NOUNS = frozenset({"supporter", "critic", "defender", "sponsor", "opponent", "advocate",
                            "proponent", "champion", "backer", "fan", "skeptic", "sceptic", "foe", "admirer"})


# having someone's backing: "X has the support of Y", "X won the endorsement of Y", "X enjoys
# strong support among Y": Y backs X (the holder is the object of "of", the content the subject)
_BACKING_NOUNS = frozenset({"support", "backing", "endorsement", "blessing", "approval"})
_HAVING_VERBS = frozenset({"have", "win", "earn", "get", "receive", "gain", "enjoy", "secure", "garner",
                           "retain", "keep", "land", "pick"})


def _backing_of(idx: _Index, doc: Doc, text: str, noun: Token) -> tuple[tuple[int, int], _Attribution] | None:
    """Read backwards from the noun: the backers speak, the one backed is what they back."""
    if noun.lemma_.lower() not in _BACKING_NOUNS or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _HAVING_VERBS:
        return None
    verb = noun.head
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.i > noun.i and c.lower_ in ("of", "from", "among")), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    subj = _subject(verb)
    if prep is None or pobj is None or subj is None or subj.i > verb.i:
        return None
    m, src = _speaker_from_token(idx, pobj)
    if m is None and not (pobj.lower_ in _SHARE_WORDS or pobj.lemma_.lower() in _AGENT_NOUNS or pobj.ent_type_ == "NORP"):
        return None  # "the support of the law": a holder must be people or a body
    lo, _ = _clause_bounds(doc, text, verb)
    start = max(lo, subj.left_edge.i)
    span = _trim(doc, start, subj.right_edge.i + 1, text)
    if span[1] <= span[0]:
        return None
    return span, _Attribution(noun, m, src, None, (verb.i, prep.i + 1))


def _make_clear(idx: _Index, doc: Doc, text: str, verb: Token) -> tuple[tuple[int, int], _Attribution] | None:
    """"X made (it) clear that …", "X has made plain that …": a light verb and a predicative
    adjective together are the cue; the "that"-clause after them is the content (spaCy parses
    the clause as hanging off "clear" or "make" by turns; measured on PolNeAR train: up on both
    halves)."""
    if verb.lemma_.lower() != "make" or verb.pos_ != "VERB":
        return None
    k = verb.i + 1
    if k < len(doc) and doc[k].lower_ == "it":
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ not in ("clear", "plain") or doc[k].head.i != verb.i:
        return None
    mark = doc[k + 1]
    if mark.lower_ not in ("that", "to") or mark.i + 1 >= len(doc):
        return None
    if mark.lower_ == "to":  # "made it clear to reporters that …"
        mark = next((t for t in doc[mark.i + 1 : mark.i + 6] if t.lower_ == "that" and t.dep_ == "mark"), mark)
        if mark.lower_ != "that":
            return None
    subj = _subject(verb)
    if subj is None or subj.i > verb.i or not _is_agent(idx, subj, verb):
        return None
    clause = mark.head
    lo, hi = _clause_bounds(doc, text, verb)
    start, end = mark.i, min(hi, clause.right_edge.i + 1)
    if clause.i <= mark.i or end <= start + 2:
        return None
    span = _trim(doc, start, end, text)
    att = _attribution(idx, verb, lo, hi, (start, end))
    att.cue = (verb.i, k + 1)
    return span, att


# verbs whose subject is the target of the stance noun they take, not its holder: "X faced
# criticism for …", "X fielded questions about …", "X drew complaints that …"
# verbs that answer someone else's claim: a stance noun they take ("denied a report that …") is
# the other side's, and the verb's own record already carries the clause
_DISPUTE_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "dispute", "contradict", "confirm",
                            "debunk", "rebut", "disavow", "correct"})
_TARGET_VERBS = frozenset({"face", "endure", "receive", "draw", "attract", "weather", "field",
                           "encounter", "suffer", "withstand", "dodge", "deflect", "sidestep", "invite"})

# "took questions on …": whoever takes questions answers them; the askers hold them (PolNeAR marks
# such questions with no source; "answered the question of …" is the answerer's own attribution)
_ANSWER_VERBS = frozenset({"take"})


def _governing_subject(noun: Token) -> Token | None:
    """The subject of the verb that has a stance noun as its object, directly or through a
    preposition ("officials raised concerns", "X clung to the hope", "X made a reference to")."""
    tok = noun
    for _ in range(2):
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            if tok.head.lemma_.lower() in _TARGET_VERBS or (
                    tok.lemma_.lower() == "question" and tok.head.lemma_.lower() in _ANSWER_VERBS):
                return None
            return _subject(tok.head)
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return None
        tok = tok.head.head
        if tok.pos_ == "VERB":
            subj = _subject(tok)
            return subj if subj is not None and subj.dep_ != "nsubjpass" else None
    return None


# verbs whose subject raises out of the stance they report ("X appears to be Y", "X is expected to
# win", "X is said to be"): the stance has no stated holder, and the content is X plus the infinitive
_RAISING = frozenset({"appear", "seem"})
_RAISING_PASSIVE = frozenset({"expect", "say", "believe", "think", "report", "project", "predict",
                              "rumor", "rumour", "know", "consider", "estimate", "suppose", "allege"})


# handling votes, papers and deals: "votes were cast", "ballots will be counted", "the report was
# published/issued/filed", "a ceasefire was agreed/signed" tell what was done to the subject, not a
# stance whose content it is (deals are the event ledger's, like "signed a contract")
# (and "the goods were branded", "the film was dubbed": with no name given, a deed done to them)
_HANDLING_VERBS = frozenset({"cast", "count", "publish", "issue", "file", "agree", "sign", "brand", "dub", "term"})


def _raising(idx: _Index, doc: Doc, text: str, verb: Token) -> tuple[list[tuple[int, int]], _Attribution] | None:
    lemma = verb.lemma_.lower()
    passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)
    # any stance verb in the passive is the same shape: "X was described as Y", "X is seen as Y"
    # ("X was quoted as saying Y" is not one: X is the speaker, see `_quoted_as_saying`)
    stance_passive = passive and (lemma in OBJECT_VERBS or lemma in REPORTING_VERBS) and lemma != "quote"
    if not (lemma in _RAISING and verb.pos_ == "VERB") and not (lemma in _RAISING_PASSIVE and passive) \
            and not stance_passive:
        return None
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    if xcomp is None and stance_passive:
        xcomp = next((c for c in verb.children if c.i == verb.i + 1 and (
            c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as"))), None)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subj is not None and subj.lower_ == "it" and lemma in _RAISING:
        # with no clause after it, "it seems to be working" raises a plain "it" like any subject
        found = _it_seems(doc, text, verb)
        if found is not None or xcomp is None:
            return found
    # "there seems to be X": the existential subject raises like any other
    if subj is None and lemma in _RAISING:
        subj = next((c for c in verb.children if c.dep_ == "expl" and c.lower_ == "there" and c.i < verb.i), None)
    if subj is None or (subj.lower_ in ("it", "there") and lemma not in _RAISING):
        return None
    lo, hi = _clause_bounds(doc, text, verb)
    cue_lo = verb.i
    for c in verb.children:
        if c.dep_ in ("auxpass", "aux", "neg", "advmod") and subj.i < c.i < verb.i:
            cue_lo = min(cue_lo, c.i)
    left = _trim(doc, max(lo, subj.left_edge.i), min(subj.right_edge.i + 1, cue_lo), text)
    if xcomp is None and passive and subj.dep_ == "nsubjpass" \
            and not any(c.dep_ in ("ccomp", "dobj", "dative") or (c.dep_ == "prep" and c.lower_ in _CUE_PREPS)
                        for c in verb.children) \
            and len(_WORD.findall(text[left[0]:left[1]])) >= 2 and lemma not in _HANDLING_VERBS:
        # "a decision is expected in mid-May": with no complement, the stance is about the subject
        # itself (PolNeAR train: content and source F1 up on both halves, limited to non-person
        # subjects or to a few verbs they rose less)
        by0 = _agent(verb) or _stray_agent(idx, verb) or _carrier(verb)
        att0 = _Attribution(verb, None, (0, 0), None, (cue_lo, verb.i + 1))
        if by0 is not None:
            att0.speaker_mention, att0.speaker_span = _speaker_from_token(idx, by0)
        return [left], att0
    if xcomp is None and lemma in _RAISING and not passive:
        # "X seems weak", "X appears closer", "X seems like a fair idea": an impression of X with
        # no holder; the content is X and the description
        desc = next((c for c in verb.children if c.i > verb.i and (
            c.dep_ in ("acomp", "oprd") or (c.dep_ == "prep" and c.lower_ == "like"))), None)
        # a subject that holds a stance of its own ("X's endorsement seemed …") is that stance's
        # content, not this one's
        if desc is None or any(t.pos_ == "NOUN" and t.lemma_.lower() in CUE_NOUNS for t in subj.subtree):
            return None
        # "X seemed eager to …", "X appeared critical of Y": the adjective is X's own stance
        if desc.lower_ in CUE_ADJECTIVES or any(c.dep_ in ("xcomp", "ccomp") for c in desc.children):
            return None
        d_lo = desc.i + 1 if desc.dep_ == "prep" else desc.left_edge.i
        right = _trim(doc, d_lo, min(hi, desc.right_edge.i + 1), text)
        if left[1] <= left[0] or right[1] <= right[0]:
            return None
        return [left, right], _Attribution(verb, None, (0, 0), None, (verb.i, d_lo))
    if xcomp is None:
        return None
    as_prep = xcomp.dep_ == "prep"  # "remembered as": the preposition belongs to the cue
    right = _trim(doc, xcomp.i + 1 if as_prep else xcomp.left_edge.i, min(hi, xcomp.right_edge.i + 1), text)
    if left[1] <= left[0] or right[1] <= right[0]:
        return None
    cue_hi = xcomp.i + 1 if as_prep else verb.i + 1
    att = _Attribution(verb, None, (0, 0), None, (cue_lo if passive else verb.i, cue_hi))
    # the holder, when the passive names one: "X is seen by many as Y"
    by = _agent(verb) or ((_stray_agent(idx, verb) or _carrier(verb)) if passive else None)
    if by is not None:
        att.speaker_mention, att.speaker_span = _speaker_from_token(idx, by)
    return [left, right], att


def _voiced(verb: Token) -> bool:
    """A speech verb with its own content ("X appeared to imply that …", "seemed to suggest …"):
    the subject said it, so it is read at the infinitive's cue. Other verbs ("seems to encourage
    Y"), knowing ("seems to understand Y") and the perfect ("appears to have said") stay the
    writer's impression (PolNeAR train: they have no source)."""
    return verb.pos_ == "VERB" and _reporting(verb) and verb.lemma_.lower() not in _NEEDS_CLAUSE and not any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children) and any(
        c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > verb.i for c in verb.children)


_AS_IF = frozenset({"like", "as", "if", "though", "that"})


def _it_seems(doc: Doc, text: str, verb: Token) -> tuple[list[tuple[int, int]], _Attribution] | None:
    """"It seems (that/like/as if) X", "it appears likely that X": an impression with no holder
    (the writer's), whose content is the clause after the verb."""
    comp = [c for c in verb.children if c.i > verb.i and c.dep_ in ("ccomp", "advcl", "acomp", "oprd", "attr", "prep")]
    if not comp:
        return None
    # a clause must be there: a finite complement, or one under "likely"/"certain"/"like"
    if not any(c.dep_ == "ccomp" or any(x.dep_ in ("ccomp", "pcomp", "advcl") for x in c.children)
               or (c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children)) for c in comp):
        return None
    _, hi = _clause_bounds(doc, text, verb)
    start = verb.i + 1
    while start < hi and doc[start].lower_ in _AS_IF:
        start += 1
    end = min(hi, max(c.right_edge.i for c in comp) + 1)
    if end - start < 2:
        return None
    content = _trim(doc, start, end, text)
    if content[1] <= content[0]:
        return None
    return [content], _Attribution(verb, None, (0, 0), None, (verb.i, start))


def _lead_participle(tok: Token) -> bool:
    """", telling Reuters, “…”": a reporting participle that leads into a direct quote."""
    return tok.tag_ == "VBG" and tok.lemma_.lower() in REPORTING_VERBS \
        and (tok.dep_ in ("advcl", "xcomp", "conj", "acl", "pcomp")
             # "the video showed the president telling troops: “…”": the shown speaker's own participle
             or (tok.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)))


def _starts_clause(text: str, pos: int) -> bool:
    """Whether a quotation mark at `pos` opens a sentence or clause rather than sitting mid-phrase."""
    k = pos - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in "\n.!?:;—–-" or text[k] in _QUOTE_CHARS


def _is_clause_subject(doc: Doc, m: ActorMention, before: int) -> bool:
    """A person named after a comma who is the subject of a verb in the reported clause
    ("In one email, Carter discussed …, the Times reported") is not an apposition to cut at."""
    sp = doc.char_span(m.start, m.end, alignment_mode="expand")
    return sp is not None and sp.root.dep_ in ("nsubj", "nsubjpass") and sp.root.head.i < before


def _own_object(idx: _Index, verb: Token) -> bool:
    """A to-infinitive or a plain (non-actor) noun object after the verb: "…, X has vowed to fight
    on", "…, X promised a new start" state their own content, so the clause before the subject is
    not what was said (on PolNeAR train: content and source F1 up on both halves; infinitives alone
    did worse)."""
    return any(c.i > verb.i and (c.dep_ == "xcomp" or (
        c.dep_ == "dobj" and c.pos_ == "NOUN" and idx.by_tok.get(c.i) is None)) for c in verb.children)


_ADVERBIAL_MARKS = frozenset({"since", "because", "after", "before", "while", "when", "although", "though", "as",
                              "until", "unless", "once", "whereas"})


# subordinators that make the reporting verb's clause hang on the clause before it ("as" is left out:
# "…, as the minister warned" does report what comes before)
_CONCESSIVE_MARKS = (_ADVERBIAL_MARKS - {"as"}) | {"if"}


def _cue_hung_clause(verb: Token, clause: Token) -> bool:
    """"X warned Y against Z, the ministry said, a day after a crash killed four": the parse hangs the
    time clause on "warned" and the ministry's cue on that clause; nothing after the comma is X's."""
    doc = verb.doc
    return clause.i > verb.i and any(
        t.dep_ == "parataxis" and t.head.i == clause.i and _reporting(t) and t.left_edge.i > verb.i
        and "," in (doc[t.left_edge.i].text, doc[t.left_edge.i - 1].text) for t in doc[verb.i + 1 : clause.i])


def _relay_tail(verb: Token, clause: Token | None) -> Token | None:
    """"X said Y, Bloomberg reported": the subject of a reporting verb that ends the sentence after a
    comma, parsed as the complement of `verb` though it relays the whole "X said Y"."""
    if clause is None or clause.head.i != verb.i or clause.i <= verb.i or not _reporting(verb) \
            or not _reporting(clause) or clause.dep_ != "ccomp":
        return None
    subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    doc = verb.doc
    if subj is None or subj.left_edge.i - 1 <= verb.i + 2 or doc[subj.left_edge.i - 1].text != "," \
            or not any(c.dep_ == "ccomp" and verb.i < c.i < subj.i for c in clause.children):
        return None
    return subj


def _bare_participle(clause: Token) -> bool:
    """A subjectless "-ing" clause that opens with its verb ("showing that …"): a noun's modifier
    the parse may hang on a cue, unlike "that Mr. X was endangering …"."""
    return clause.tag_ == "VBG" and clause.left_edge.i == clause.i and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children)


def _indirect(idx: _Index, doc: Doc, text: str, verb: Token) -> tuple[tuple[int, int], _Attribution] | None:
    if verb.lemma_.lower() == "quote" and any((q := _quoting_verb(t)) is not None and q.i == verb.i
                                              and _saying_has_clause(t) for t in verb.subtree if t.lower_ == "saying"):
        return None  # "X was quoted as saying Y": read from "saying", whose clause Y is
    lo, hi = _clause_bounds(doc, text, verb)
    ccomps = [c for c in verb.children if c.dep_ == "ccomp" and lo <= c.i < hi]
    # "— in fact, she said it helps": a complement after the verb is what it reports, not one before;
    # but not a clause opened by "since"/"because"/… (an adverbial the parse hung as a complement:
    # "X happened, each side said, in the worst flare-up since a truce was agreed")
    ccomp = next((c for c in ccomps if c.i > verb.i and not (ccomps[0].i < verb.i and any(
        m.dep_ == "mark" and m.lower_ in _ADVERBIAL_MARKS for m in c.children))), ccomps[0] if ccomps else None)
    if ccomp is None:
        # "said legalizing it could …": the small parser makes a gerund subject the verb's xcomp
        ccomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == verb.i + 1
                      and c.i < hi and any(g.dep_ == "ccomp" and g.i > c.i for g in c.children)), None)
    content: tuple[int, int] | None = None
    if ccomp is not None and _cue_hung_clause(verb, ccomp):
        return None
    if ccomp is not None and _bare_participle(ccomp) and any(
            p.dep_ == "prep" and verb.i < p.i < ccomp.i and p.right_edge.i + 1 == ccomp.left_edge.i
            for p in verb.children):
        # "pointing to figures from the treasury showing that …": the participle tells what the
        # figures show, though the parse hung it on the cue; the object reading takes the whole
        return None
    relay = _relay_tail(verb, ccomp)
    if relay is not None:
        # "X said Y, Bloomberg reported": the parse makes the relay's verb X's complement; X said Y only
        ccomp = None
        content = (verb.i + 1, relay.left_edge.i)
    if ccomp is not None and ccomp.i > verb.i and verb.lemma_.lower() == "tell" and ccomp.tag_ in ("VBZ", "VBP") \
            and ccomp.text[:1].isupper() and ccomp.left_edge.i > verb.i and ccomp.i > verb.i + 1 \
            and all(t.pos_ == "PROPN" for t in doc[verb.i + 1 : ccomp.i]):
        # "told BBC Radio Leeds the rise was …": the parse read the listener's last name as a verb
        # ("Leeds", "News"); what was told is the clause after the name
        ccomp = next((c for c in ccomp.children if c.dep_ == "ccomp" and c.left_edge.i == ccomp.i + 1), ccomp)
    if ccomp is not None and ccomp.i > verb.i:
        content = (max(lo, ccomp.left_edge.i), min(hi, ccomp.right_edge.i + 1))
        if content[0] <= verb.i:
            content = (verb.i + 1, content[1])
        mark = next((c for c in ccomp.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        if mark is not None and content[0] < mark.i and content[0] > 0 and doc[content[0] - 1].text == "," \
                and doc[mark.i - 1].text == "," and "," not in [t.text for t in doc[content[0] : mark.i - 1]]:
            # "told a news conference on Tuesday, attended by diplomats, that …": an aside set off by
            # commas before "that" (the parse hung it on the clause) describes the setting
            content = (mark.i, content[1])
        e = content[1]
        if e + 2 < hi and doc[e].text == "," and doc[e].whitespace_ and doc[e + 1].text in ('"', "“") and any(
                c.i > e + 1 and c.left_edge.i == e + 2 and c.dep_ in ("advcl", "ccomp", "conj", "dep")
                and c.right_edge.i + 1 >= hi - 2 for c in verb.children):
            # 'added that X, "if the regulators do their job."': the quoted words the parse hung on the
            # cue finish the reported sentence
            content = (content[0], hi)
    if content is None:
        # "told reporters on a call on Wednesday that ...": "that" to the end of the sentence
        k, reach = verb.i, verb.i + 12
        while k + 1 < min(hi, reach):
            k += 1
            t = doc[k]
            if t.lower_ == "that" and t.dep_ in ("mark", "nsubj", "dobj", "det") and (t.dep_ == "mark" or k == verb.i + 1 or doc[k - 1].pos_ in ("NOUN", "PROPN", "PRON")):
                # "denied a report that X, saying Y": a participle of the cue's own, set off by a
                # comma, is a further statement (read at it), not part of X
                end = min((c.left_edge.i - 1 for c in verb.children if c.i > k and c.dep_ in ("advcl", "conj")
                           and doc[c.left_edge.i - 1].text == "," and _participle_cue(c)), default=hi)
                content = (k, end if end - k > 2 else hi)
                break
            aside = _participle_aside(doc, k, hi)
            if aside is not None:
                k = aside - 1  # "reported, citing officials, that …": past the aside
                continue
            if t.dep_ == "acl" and t.tag_ in ("VBN", "VBG") and t.head.dep_ == "pobj" and t.head.head.dep_ == "prep" \
                    and t.head.head.head.i == verb.i and t.right_edge.i + 1 < hi and doc[t.right_edge.i + 1].lower_ == "that":
                k = t.right_edge.i  # "said in a report released on Thursday that …": the setting's participle
                continue
            if t.tag_ == "VBN" and t.dep_ in ("advcl", "acl") and doc[k - 1].text == "," and (mk := next((
                    g for c in t.children if c.dep_ == "ccomp" for g in c.children
                    if g.dep_ == "mark" and g.lower_ == "that" and doc[g.i - 1].text == ","), None)) is not None:
                k, reach = mk.i - 1, mk.i + 1  # "told a news conference, attended by X, that …": the parse
                continue  # hung the clause on the aside
            # a participle preposition ("said following a vote that …") does not end the search
            if (t.pos_ == "VERB" and t.dep_ != "prep") or t.text in ('"', "“", ".", ";"):
                break
    if content is not None and verb.dep_ == "advcl" and verb.i < verb.head.i < content[1] and any(
            c.dep_ in ("mark", "advmod") and c.i < verb.i and c.lower_ in _ADVERBIAL_MARKS | {"if"}
            for c in verb.children):
        # "When X said that Y, many believed him": the report ends where the main clause begins
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i), None)
        cut = subj.left_edge.i if subj is not None and subj.left_edge.i > content[0] else verb.head.i
        if cut - content[0] > 2 and doc[cut - 1].text in (",", '"', "”"):
            content = (content[0], cut)
    if content is not None:
        aside = _participle_aside(doc, content[0], content[1])
        if aside is not None and aside < content[1] and doc[aside].lower_ == "that":
            content = (aside, content[1])  # "reported, citing two sources, that …": the clause after the aside
    if content is None and verb.i + 1 < hi and doc[verb.i + 1].text == ":":
        content = (verb.i + 2, hi)
    pre = ccomp is not None and ccomp.i < verb.i
    if content is None and not pre and _own_object(idx, verb):
        return None  # "…, X has vowed to fight on": the verb's own complement, not the clause before
    if content is None and (pre or verb.dep_ in ("parataxis", "ROOT", "advcl", "conj")):
        # "<clause>, X said" / "<clause>, Bloomberg reported this week"
        if verb.lemma_.lower() in _NEEDS_CLAUSE and not (
                pre and ccomp is not None and verb.lemma_.lower() in _FRONTED_CLAUSE
                and not any(m.dep_ == "mark" and m.lower_ in _CONCESSIVE_MARKS for m in ccomp.children)):
            # ("…, a poll shows" / "…, the study found": the clause before is what it shows)
            return None
        if pre and ccomp is not None and doc[ccomp.left_edge.i].lower_ == "that" and any(
                _reporting(t) for t in doc[max(lo, ccomp.left_edge.i - 4) : ccomp.left_edge.i]):
            return None  # "When X said that Y, many believed him": Y is X's, which the parse hung here
        if verb.dep_ == "conj" and (_reporting(verb.head) or verb.head.lemma_.lower() in OBJECT_VERBS):
            return None  # "X said A, but did not say when": the clause before is another report
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.i < verb.i and c.lower_ in _CONCESSIVE_MARKS
                                        for c in verb.children):
            return None  # "X said A, though they warned of B": a subordinate clause reports nothing before it
        att = _attribution(idx, verb, lo, hi, (0, 0))
        spk_start = verb.i
        if att.speaker_mention is not None:
            sp = doc.char_span(att.speaker_mention.start, att.speaker_mention.end, alignment_mode="expand")
            if sp is not None and sp.start < verb.i:
                spk_start = sp.start
        elif att.speaker_span != (0, 0) and att.speaker_span[0] < verb.i:
            spk_start = att.speaker_span[0]
        # walk back over an apposition block to the comma that ends the reported clause
        k = spk_start - 1
        while k > lo and doc[k].text != ",":
            k -= 1
        start = max(lo, ccomp.left_edge.i) if pre and ccomp is not None else lo
        if _relay_tail(verb.head, verb) is not None:
            start = max(lo, verb.head.left_edge.i)  # "X said Y, Bloomberg reported": Bloomberg's is "X said Y"
        if start == lo and start > 0 and doc[start - 1].is_sent_start and doc[start - 1].is_alpha \
                and "\n" not in doc[start - 1].whitespace_ and (start < 2 or "\n" in doc[start - 2].text):
            start -= 1  # "Drone | strike kills …, militia says": the parser split a line's first word off
        if k <= start or k - start < 3:
            return None
        cut = k
        # (past a dateline first: its "CITY, Oct 2 (Wire) -" commas are no apposition's)
        start = _strip_dateline(doc, start, cut)
        # an apposition between the clause and the speaker: the clause ends at the comma before it
        for j in range(start, k):
            tok = doc[j]
            if tok.text == "," and idx.by_tok.get(j + 1) is not None and idx.by_tok[j + 1].type == "person" \
                    and not _is_clause_subject(doc, idx.by_tok[j + 1], k):
                cut = j
                break
        span = _trim(doc, start, cut, text)
        if span[1] - span[0] < 8:
            return None
        if (not any(t.pos_ in ("VERB", "AUX") for t in doc[start:cut]) and doc[start].pos_ == "ADP") \
                or (_according(doc, start) and all(t.is_punct or t.i in (start, start + 1) or any(
                    a.i == start + 1 for a in t.ancestors) for t in doc[start:cut])):
            # "In an interview with X, he denied it", "According to X, the sides agreed …": a fronted
            # phrase (the tagger reads "According" as a verb), not a reported clause
            return None
        return span, _attribution(idx, verb, cut, hi, (start, cut))
    if content is None:
        return None
    # "X said A, while Moscow said B": a contrasting report with its own speaker is not X's words
    for k in range(content[0] + 3, content[1] - 2):
        t = doc[k]
        if t.lower_ in ("while", "whereas") and t.dep_ == "mark" and doc[k - 1].text == "," \
                and (_reporting(t.head) or (t.head.lemma_.lower() in OBJECT_VERBS
                                            and not any(a.dep_ == "aux" for a in t.head.children))) \
                and any(c.dep_ == "nsubj" and c.i > k for c in t.head.children):
            content = (content[0], k - 1)
            break
    # "X said his players had given everything and thanked the fans": X's next act, not X's words
    if ccomp is not None and not pre:
        cj = next((c for c in ccomp.children if c.dep_ == "conj" and content[0] < c.i < content[1]
                   and (act := _cue_act(c)) is not None and act.i == verb.i), None)
        cc = next((k for k in range(cj.i - 1, content[0], -1) if doc[k].dep_ == "cc"), None) if cj is not None else None
        if cc is not None and cc - content[0] >= 3:
            content = (content[0], cc)
    # "X told her Y, according to Z": the trailing source phrase is not part of what X said
    for k in range(content[0] + 1, content[1] - 1):
        # (the comma may sit inside a closing quotation mark: '… "a stalling tactic," according to Z')
        if _according(doc, k) and (doc[k - 1].text == "," or (
                doc[k - 1].text in _QUOTE_CHARS and doc[k - 2].text == ",")):
            content = (content[0], k - 1)
            break
    # "X said Y, a claim Z denied": the writer's apposition sums up Y and reports another's view of it
    # (the comma may sit inside a closing quotation mark: '… Kyiv "has no interest in peace," a claim …')
    for k in range(content[0] + 2, content[1] - 3):
        j = k + 1 if doc[k].text == "," and (doc[k + 1].text in _QUOTE_CHARS or doc[k + 1].text == "''") else k
        if doc[k].text == "," and j + 2 < content[1] and doc[j + 1].lower_ in ("a", "an") \
                and doc[j + 2].lemma_.lower() in _SUMMING_NOUNS and doc[j + 2].i + 1 < content[1]:
            content = (content[0], j + 1 if j > k else k)
            break
    # "X said Y, hours after Z said W": the time clause dates X's statement, it is not what X said
    for k in range(content[0] + 2, content[1] - 2):
        if doc[k].text == "," and doc[k + 1].lower_ in _LAG_WORDS and any(
                t.lower_ in ("after", "before") for t in doc[k + 1 : min(content[1], k + 4)]):
            content = (content[0], k)
            break
    # "said Tuesday the bridge …", "said on Sunday it had …": a date right after the verb is when
    # it was said (the parse often hangs it inside the complement), not part of what was said
    if content[0] == verb.i + 1:
        k = content[0] + (1 if doc[content[0]].lower_ in ("on", "late", "early", "earlier") else 0)
        tx = next((t for t in idx.timexes if t.start in (doc[content[0]].idx, doc[k].idx)), None) \
            if k < content[1] else None
        if tx is not None:
            after = k
            while after < content[1] and doc[after].idx < tx.end:
                after += 1
            while after < content[1] and doc[after].text == ",":
                after += 1
            if content[1] - after >= 3 and any(t.dep_.startswith("nsubj") or t.lower_ == "that"
                                               for t in doc[after : after + 3]):
                content = (after, content[1])
    # "polls show X" is kept only with an explicit "that" or a clausal complement
    if verb.lemma_.lower() in _NEEDS_CLAUSE and ccomp is None \
            and (content[0] >= len(doc) or doc[content[0]].lower_ != "that"):
        return None
    # "… because of fallen trees - Reuters": a wire's sign-off closing the paragraph is the relay
    tail = content[1] - 1
    while tail > content[0] and doc[tail].is_punct:
        tail -= 1
    wire = idx.by_tok.get(tail)
    if wire is not None and wire.type == "media" and (sp := doc.char_span(wire.start, wire.end)) is not None \
            and sp.start - 1 > content[0] and doc[sp.start - 1].text in _DASHES:
        content = (content[0], sp.start - 1)
    span = _trim(doc, content[0], content[1], text)
    if span[1] - span[0] < 8:
        return None
    return span, _attribution(idx, verb, lo, hi, content)


_SUMMING_NOUNS = frozenset({"claim", "allegation", "assertion", "accusation", "charge", "account", "version",
                            "figure", "contention", "statement", "assessment"})
_LAG_WORDS = frozenset({"hours", "days", "weeks", "months", "minutes", "moments", "shortly", "just", "soon",
                        "a", "an", "one", "two", "three", "hour", "day", "week", "month", "minute", "only", "even",
                        "barely", "long", "years", "year"})


def _participle_aside(doc: Doc, k: int, hi: int) -> int | None:
    """Token after a comma-enclosed participle aside at k ("citing officials," / ", quoting a
    source,"), which tells where the report came from, not what it says."""
    if k < hi and doc[k].text == ",":
        k += 1
    if not (k < hi and doc[k].tag_ == "VBG" and doc[k - 1].text == ","):
        return None
    for j in range(k + 1, min(hi, k + 15)):
        if doc[j].text == ",":
            return j + 1
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (".", ";", ":", '"', "“"):
            return None
    return None


# occasions a headline's label may name ("X earnings call: …", "Senate hearing: …")
_GATHERING_NOUNS = frozenset({"call", "briefing", "conference", "hearing", "rally", "meeting", "summit", "debate",
                              "session", "forum", "webinar", "roundtable"})
_QUESTION_LINE = re.compile(r"^Q[:.][ \t]+\S", re.M)  # an interviewer's question ("Q: Why …?")
_HEADLINE = re.compile(r"^([^\n:]{2,60}): +(\S[^\n]*)$", re.M)
_HEADLINE_NOUNS = frozenset({"poll", "report", "survey", "study", "analysis", "sources", "source", "official",
                             "officials", "aides", "aide", "experts", "spokesman", "spokeswoman"})


# kickers that label a headline, not a speaker ("Breaking: …", "The Latest: …", "Revealed: …")
_HEADLINE_LABELS = frozenset({"breaking", "latest", "revealed", "update", "updated", "exclusive",
                              "developing", "notice", "live", "video", "photos", "listen", "explainer",
                              # section and genre kickers ("Opinion: Why …", "Factbox: …")
                              "opinion", "comment", "commentary", "editorial", "review", "interview",
                              "explained", "factbox", "timeline", "perspective", "obituary", "podcast", "feature",
                              "insight", "correction", "sponsored", "viewpoint", "essay", "letters", "graphic",
                              "transcript", "note", "credit", "photo", "analysis", "investigation", "profile"})


_WH_OPENERS = frozenset({"what", "how", "why", "who", "where", "when", "which"})


# "Name on Topic: …" / "Name about Topic: …": where a headline label's topic begins
_HEAD_TOPIC = re.compile(r"[ \t]+(?:[Oo]n|[Aa]bout)[ \t]+(?=\S)")


def _headline(idx: _Index, doc: Doc, text: str, m: re.Match[str],
              transcript: bool = False) -> tuple[TextSpan, Speaker | None, TextSpan] | None:
    """"Name: what they said" lines (headlines, panel transcripts): the head is the source."""
    head_s, head_e = m.span(1)
    words = head_s < head_e and _WORD.findall(m.group(1))
    if not words or len(words) > 6 or not m.group(1)[0].isupper():
        return None
    if len(words) == 1 and words[0].lower() in _HEADLINE_LABELS:
        return None  # "Analysis: Why the talks fail": a genre kicker, not a source
    sp = doc.char_span(head_s, head_e, alignment_mode="expand")
    if sp is None:
        return None
    if any(_reporting(t) and t.pos_ == "VERB" for t in sp):
        return None  # "Xinhua quoted a source as saying: …": a sentence whose own verb reports, not a label
    if sp.root.lemma_.lower() in _GATHERING_NOUNS and sp.root.i > sp.start:
        return None  # "Norvale Q2 earnings call: CEO sees …": the occasion, not who spoke at it
    ments = [a for a in idx.mentions_in(sp.start, sp.end) if a.type in ("person", "organization", "media", "country")]
    # a headline's "Name:" is a source even when the model misses the name ("Lynch: No ...")
    title_head = head_s == 0 and len(words) <= 3 and all(w[0].isupper() and not w.isupper() for w in words) \
        and not any(w.lower() in _HEADLINE_LABELS for w in words)
    caps_label = transcript and TRANSCRIPT_LABEL.match(text, head_s) is not None \
        and not any(w.lower() in _HEADLINE_LABELS for w in words)
    if not ments and not title_head and not caps_label and not any(w.lower() in _HEADLINE_NOUNS for w in words):
        return None
    c_s, c_e = m.span(2)
    body = text[c_s:c_e].rstrip()
    # "Media contact: press@firm.example", "Web: www.x.example": an address is no speech
    if len(_WORD.findall(body)) < 3 or len(body.split()) < 2:
        return None
    c_e = c_s + len(body)
    if not caps_label and body.split()[0].lower() in _WH_OPENERS and (bsp := doc.char_span(
            c_s, c_e, alignment_mode="expand")) is not None and any(_reporting(t) for t in bsp):
        return None  # "Q2 earnings call: what executives said": a label over a report of others' words
    if not ments and not caps_label:
        # "The Latest: Clinton says …": a label before a line that names its own speaker
        bsp = doc.char_span(c_s, c_e, alignment_mode="expand")
        if bsp is not None and any(_reporting(t) and (st := _subject(t)) is not None and bsp.start <= st.i < t.i
                                   for t in bsp):
            return None
    mention = next((a for a in ments if a.type == "person"), ments[0] if ments else None)
    if caps_label and " (" in text[head_s:head_e]:
        head_e = text.index(" (", head_s)  # "JANE ROE (Chief Executive):": the role in brackets is no part of the name
    topic = _HEAD_TOPIC.search(text, head_s, head_e)
    if topic is not None and (mention is None or mention.end <= topic.start()):
        # "Senator Roe on farm subsidies: …": the topic after "on" is what the words are about
        head_e = topic.start()
    spk = Speaker(head_s, head_e, text[head_s:head_e], mention.entity_id if mention else None,
                  mention.name if mention else None, mention.role if mention else None)
    return TextSpan(c_s, c_e, text[c_s:c_e]), spk, TextSpan(head_e, head_e + 1, ":")


# a title opening with a quotation, then a colon or dash and who said it ("'We will not back down':
# Striking nurses rally", "“A dark day” - union leader on job cuts"); single marks count here, as a
# title line has no apostrophes to confuse them with
_QUOTED_TITLE = re.compile(r"""\A[ \t]*(['‘"“])([^\n]{3,200}?)(['’"”])[ \t]*(?::|[—–]|[ \t]-)[ \t]+(\S[^\n]*)$""", re.M)


# people a feature headline names by what they are ("'…': A nurse's story")
_TITLE_PEOPLE = frozenset({"nurse", "doctor", "teacher", "student", "mother", "father", "woman", "man", "survivor",
                           "witness", "resident", "refugee", "soldier", "worker", "farmer", "widow", "veteran"})


_INTERVIEW_TITLE = re.compile(r"(?:(?:an?|our|the)\s+)?(?:exclusive\s+)?(?:interview|conversation|q\s*&\s*a|q\s+and\s+a)"
                              r"\s+with\s+", re.I)


def _quoted_title(idx: _Index, doc: Doc, text: str) -> tuple[TextSpan, Speaker, TextSpan] | None:
    """A title "'Quote': Speaker does X": the words are the speaker's, the speaker the subject (or the
    opening noun phrase) of what follows the colon."""
    m = _QUOTED_TITLE.match(text)
    if m is None or len(_WORD.findall(m.group(2))) < 2:
        return None
    rest = doc.char_span(m.start(4), m.end(4), alignment_mode="expand")
    if rest is None or rest[0].tag_ in ("WDT", "WP", "WRB"):
        return None  # "'Time to go': Why the minister must resign": an explainer's slogan, no one's words
    # the subject of what follows (the parse often takes a headline verb for a noun: "nurses rally"),
    # else the opening run of nouns and modifiers ("union leader on …", "UN chief Jane Roe")
    subj = next((t for t in rest if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")
                 and rest.start <= t.head.i < rest.end and t.head.i > t.i), None)
    with_ = _INTERVIEW_TITLE.match(text, m.start(4))
    if with_ is not None:
        # "'We will not be bullied': Interview with Foreign Minister X": the one interviewed said it
        subj = None
        rest = doc.char_span(with_.end(), m.end(4), alignment_mode="expand") or rest
    if subj is not None:
        lo, hi = max(subj.left_edge.i, rest.start), subj.i + 1
    else:
        lo = hi = rest.start
        while hi < rest.end and (rest.doc[hi].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM")
                                 or (hi > lo and rest.doc[hi].tag_ in ("POS", "HYPH"))):
            hi += 1
        while hi > lo and rest.doc[hi - 1].pos_ not in ("NOUN", "PROPN"):
            hi -= 1
        if hi == lo:
            return None
    inside = idx.mentions_in(lo, hi)
    mention = next((c for want in ("person", "organization", "media", "country") for c in inside
                    if c.type == want), None)
    head = doc[hi - 1].lemma_.lower()
    if mention is None and doc[lo].lower_ in ("a", "an") and head not in ROLE_HEADS \
            and head not in _HUMAN_AGENT_NOUNS and head not in _TITLE_PEOPLE:
        return None  # "'We are in shock': A town mourns": a feature's scene, not who spoke
    s0, e0 = doc[lo].idx, _char_end(doc[hi - 1])
    spk = Speaker(s0, e0, text[s0:e0], mention.entity_id if mention else None, mention.name if mention else None,
                  mention.role if mention else None)
    q_s, q_e = m.span(2)
    body = text[q_s:q_e].rstrip(" ,;:")
    return TextSpan(q_s, q_s + len(body), body), spk, TextSpan(m.start(3), m.start(4), text[m.start(3):m.start(4)].strip() or ":")


# an earnings-call transcript's speaker line, "Jane Roe -- Chief Financial Officer" (an analyst's
# with the firm too), or the operator's; the paragraphs under it until the next such line are said
_CALL_LABEL = re.compile(r"^(?:(?P<name>[A-Z][\w.'\-]*(?:[ \t]+[A-Z][\w.'\-]*){1,3})[ \t]+(?P<dash>--|—|–)[ \t]+"
                         r"[A-Z][^\n]{0,100}?[^\s.!?:;,\"”]|Operator)[ \t]*$", re.M)


def _call_transcript(idx: _Index, text: str, raw: list[_Raw]) -> list[_Raw]:
    """A call transcript in speaker blocks: each paragraph under a "Name -- Title" line that ends
    like a sentence is that person's words (the operator's lines are procedure, credited to no one)."""
    # (an all-caps "NEW YORK -- …" is a dateline, not a speaker)
    labels = [m for m in _CALL_LABEL.finditer(text) if m.group("name") is None or not m.group("name").isupper()]
    if sum(m.group("name") is not None for m in labels) < 2:
        return raw
    out = list(raw)
    for m, nxt in itertools.zip_longest(labels, labels[1:]):
        if m is None or m.group("name") is None:
            continue
        n_s, n_e = m.span("name")
        who = next((a for a in idx.actors if n_s <= a.start and a.end <= n_e and a.type == "person"), None)
        spk = Speaker(n_s, n_e, text[n_s:n_e], who.entity_id if who else None, who.name if who else None,
                      who.role if who else None)
        cue = TextSpan(m.start("dash"), m.end("dash"), m.group("dash"))
        stop = nxt.start() if nxt is not None else len(text)
        for para in re.finditer(r"[^\n]+", text[m.end() : stop]):
            p_s, body = m.end() + para.start(), para.group().strip()
            if not body.endswith((".", "?", "!")) or len(_WORD.findall(body)) < 3:
                break  # a section heading ("Questions & Answers:") ends the speaker's turn
            p_s += len(para.group()) - len(para.group().lstrip())
            out.append((p_s, "indirect", (p_s, p_s + len(body)), spk, cue, None, None))
    return out


_QA_LINE = re.compile(r"^(Q|A)[:.] +(\S[^\n]*?)\s*$", re.M)
_INTERVIEW_WITH = re.compile(r"\b(?:interview|conversation)\s+with\b", re.I)
_SPOKE_TO = re.compile(r"\b(?:spoke|talked|sat\s+down|speaks|talks)\s+(?:to|with)\b")


def _interview_answers(idx: _Index, text: str, raw: list[_Raw]) -> list[_Raw]:
    """"Q: … / A: …" interviews whose intro names the interviewee ("In an interview with Jane Roe,
    …"): each answer is that person's words, and an "I" speaking inside an answer is that person.
    Bare Q/A lines with no one named stay unattributed (attribution corpora credit them to no one)."""
    lines = list(_QA_LINE.finditer(text))
    answers = [m for m in lines if m.group(1) == "A"]
    if len(answers) < 2 or not any(m.group(1) == "Q" for m in lines):
        return raw
    first = lines[0].start()
    who: ActorMention | None = None
    for w in _INTERVIEW_WITH.finditer(text, 0, first):
        # the first person named after "with" in the same sentence ("with the novelist Jane Roe")
        stop = min((k for k in (text.find(".", w.end()), text.find("\n", w.end()), first) if k >= 0), default=first)
        who = next((a for a in idx.actors if a.type == "person" and w.end() <= a.start < stop
                    and not text[w.end():a.start].count(",")), None)
        if who is not None:
            break
    for w in _SPOKE_TO.finditer(text, 0, first) if who is None else ():
        # "Jane Roe, the UN's envoy, spoke to our correspondent …": the last person named before
        # the verb in its sentence
        start = max(text.rfind(".", 0, w.start()), text.rfind("\n", 0, w.start())) + 1
        end = text.find("\n", w.end())
        if text[start:].lstrip().startswith(("Q:", "Q.")) or "?" in text[start : end if end >= 0 else len(text)]:
            continue  # a question's "Have you talked to her?"
        who = next((a for a in reversed(idx.actors) if a.type == "person" and start <= a.start and a.end <= w.start()
                    and text[a.start].isupper() and text[a.start:a.end].lower() not in ("he", "she")), None)
        if who is None and not any(a.type == "person" and start <= a.start and a.end <= w.start() for a in idx.actors):
            # "The Courier spoke to Mayor Jane Roe about …": with an outlet or "we" before the verb, the
            # person spoken to is the interviewee
            stop = min((k for k in (text.find(".", w.end()), end, first) if k >= 0), default=first)
            who = next((a for a in idx.actors if a.type == "person" and w.end() <= a.start < stop
                        and text[a.start].isupper()), None)
        if who is not None:
            break
    if who is None:
        return raw
    spk = Speaker(who.start, who.end, text[who.start:who.end], who.entity_id, who.name, who.role)
    out: list[_Raw] = []
    for r in raw:
        s0, r_spk = r[2][0], r[3]
        if r_spk is not None and r_spk.text.lower() == "i" and r_spk.entity_id is None \
                and any(a.start(2) <= s0 < a.end(2) for a in answers):
            r = (r[0], r[1], r[2], Speaker(r_spk.start, r_spk.end, r_spk.text, who.entity_id, who.name, who.role),
                 *r[4:])
        out.append(r)
    for m in answers:
        c_s, c_e = m.span(2)
        if any(a <= c_s and c_e <= b for _, _, (a, b), *_ in raw):
            continue
        colon = m.start() + 1
        out.append((c_s, "direct", (c_s, c_e), spk, TextSpan(colon, colon + 1, text[colon]), None, None))
    return out


def _title_verb(idx: _Index, doc: Doc, text: str) -> tuple[TextSpan, Speaker, TextSpan] | None:
    """A title-case headline on the first line, "Senator Says Deal Is Dead": a small parser reads
    every capitalised word as a name, so the cue is found by its form (a third-person reporting or
    stance verb between capitalised words) rather than by the parse."""
    nl = text.find("\n")
    end = len(text) if nl < 0 else nl
    line = text[:end].rstrip(" .")
    words = list(_WORD.finditer(line))
    if not 4 <= len(words) <= 20 or sum(w.group()[0].isupper() for w in words) < 0.7 * len(words):
        return None
    for k in range(1, len(words) - 2):
        w = words[k].group()
        low = w.lower()
        # "Pushes" is "push" + "es", but "Voters" is no form of "vote"
        if not (w[0].isupper() and low.endswith("s")) or (
                low[:-1] not in _TITLE_VERBS and not (low.endswith("es") and low[:-2] in _TITLE_VERBS)):
            continue
        if (low[:-1] in _COMMIT_VERBS or low[:-2] in _COMMIT_VERBS) and words[k + 1].group().lower() == "to":
            continue  # "EU Agrees To Extend Sanctions": the deal the story reports, not a stance
        s0, c0 = words[0].start(), words[k + 1].start()
        # "Guns Are ‘A Crisis,’ Howard Dean Tells …", "… During Her Campaign- And It Says …": the
        # subject starts after the last clause break before the verb
        breaks = [m.end() for m in _TITLE_BREAK.finditer(line, s0, words[k].start())]
        if breaks:
            s0 = next((w.start() for w in words[:k] if w.start() >= breaks[-1]), s0)
        spk = Speaker(s0, words[k - 1].end(), text[s0 : words[k - 1].end()], None, None, None)
        sp = doc.char_span(s0, words[k - 1].end(), alignment_mode="expand")
        if sp is not None:
            ments = [a for a in idx.mentions_in(sp.start, sp.end) if a.type in ("person", "organization", "media", "country")]
            if ments:
                spk = Speaker(spk.start, spk.end, spk.text, ments[0].entity_id, ments[0].name, ments[0].role)
        return (TextSpan(c0, len(line), text[c0 : len(line)]), spk,
                TextSpan(words[k].start(), words[k].end(), w))
    return None


_TITLE_BREAK = re.compile(r"[,;:—–’”\"]|-(?=\s)|(?<=\s)(?:And|But|So|Then)(?=\s)")
# "Xyz Names New CFO", "Xyz Posts Record Loss": appointing and reporting results, not a stance
_TITLE_VERBS = (REPORTING_VERBS | OBJECT_VERBS) - {"list", "plan", "show", "sign", "back", "hope", "point",
                                                   "name", "post"}


def _before_next_report(doc: Doc, cue: Token, span: tuple[int, int]) -> tuple[tuple[int, int], Token | None]:
    """Cut a content at ", (while) noting that …" inside it: the speaker's next report, with a clause
    of its own, is an attribution of its own ("vowed to win back trust, while acknowledging that
    it will be tough")."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None:
        return span, None
    for t in words:
        if t.i <= cue.i + 1 or not _participle_cue(t):
            continue
        k = t.i - 1
        if doc[k].lower_ in ("while", "and", "also", "then"):
            k -= 1
        if doc[k].text == "," and k - 1 > cue.i and _char_end(doc[k - 1]) - span[0] >= 8:
            return (span[0], _char_end(doc[k - 1])), t
    return span, None


def _participle_cue(tok: Token) -> bool:
    """", saying/arguing/noting that …": a participle with its own reported clause."""
    if tok.tag_ != "VBG" or tok.lemma_.lower() not in REPORTING_VERBS:
        return False
    # "by saying …" (pcomp) and a parse that hangs ", saying …" on the subject noun (acl)
    dep_ok = tok.dep_ in ("advcl", "xcomp", "conj", "pcomp") or (
        tok.dep_ == "acl" and tok.i > 0 and tok.doc[tok.i - 1].text == ",")
    return dep_ok and any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)


_AGENT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "who", "you"})
# stances an organization takes in its own name, so that "it" as their subject is that organization
_BODY_STANCES = frozenset({"deny", "reject", "dismiss", "condemn", "denounce", "criticize", "criticise", "welcome",
                           "accuse", "blame", "vow", "pledge", "promise", "threaten", "urge", "defend"})


def _body_before(idx: _Index, it: Token) -> bool:
    """An organization, country or outlet is named in the sentence before "it" (or earlier in its own)."""
    sent = it.sent
    prev = it.doc[sent.start - 1].sent if sent.start > 0 else sent
    return any(m.type in ("organization", "country", "media")
               for m in idx.mentions_in(prev.start, it.i))
# documents and counts that "show", "find" or "call for" things as a person would (attribution
# corpora mark them as sources: "a poll shows ...", "the report found ...", "the ad attacks ...")
_AGENT_NOUNS = frozenset({"poll", "survey", "study", "report", "analysis", "data", "record", "document",
                          "memo", "letter", "statement", "email", "ad", "advertisement", "research", "audit",
                          "review", "investigation", "lawsuit", "suit", "complaint", "filing", "platform",
                          "campaign", "administration", "government", "committee", "group", "official",
                          "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "voter",
                          "supporter", "critic", "leader", "lawmaker", "candidate", "senator", "delegate",
                          "democrat", "republican", "source", "expert", "analyst", "economist", "strategist",
                          "activist", "protester", "member", "staff", "president", "governor", "party"})


_SHARE_WORDS = frozenset({"percent", "%", "majority", "plurality", "half", "third", "quarter", "most", "many",
                          "some", "others", "few", "all", "both", "everyone", "everybody", "nobody", "people",
                          "americans", "respondents", "voters", "democrats", "republicans", "independents",
                          "conservatives", "liberals", "progressives", "evangelicals", "one", "another"})


def _is_agent(idx: _Index, subj: Token, verb: Token) -> bool:
    """Whether a subject can hold a stance: an actor, a personal pronoun, any noun subject of a full
    verb (on PolNeAR train, limiting these to actors and human nouns lost more recall than it won
    precision), a poll share, or a relative pronoun standing for one ("groups which opposed ...").
    After "be"/"seem" (adjective stances) only actors, pronouns and human or document nouns count."""
    if subj.lower_ in _AGENT_PRONOUNS or subj.lemma_.lower() in _AGENT_NOUNS:
        return True
    if subj.lower_ == "it" and verb.lemma_.lower() in _BODY_STANCES and _body_before(idx, subj):
        return True  # "Iran's ministry condemned X. It has denied sending Y": the body that spoke
    if subj.pos_ in ("NOUN", "PROPN") and verb.pos_ == "VERB":
        return True
    # poll shares and groups of people: "56 percent would vote for X", "most say ..."
    if subj.lower_ in _SHARE_WORDS or subj.ent_type_ == "NORP" or (subj.like_num and subj.dep_.startswith("nsubj")):
        return True
    if subj.lower_ in ("which", "that") and verb.dep_ == "relcl" and verb.head.i != verb.i:
        subj = verb.head
        if subj.lemma_.lower() in _AGENT_NOUNS:
            return True
    lo_np, hi_np = _np_range(subj, verb.i)
    return any(m.type in ("person", "organization", "media", "country") for m in idx.mentions_in(lo_np, hi_np))


_OBJ_PREPS = frozenset({"for", "about", "on", "to", "as"})
# Verbs that are a stance or a speech act only with their preposition ("spoke about X", "voted
# against X", "stood by X", "responded to X", "came out against X"), measured on PolNeAR train.
PHRASAL_PREPS: dict[str, frozenset[str]] = {
    "speak": frozenset({"about", "of", "on", "against", "for"}),
    "vote": frozenset({"for", "against"}),
    "stand": frozenset({"by", "with"}),
    "respond": frozenset({"to", "with", "by"}),
    "point": frozenset({"to"}),
    "come": frozenset({"against", "for", "in"}),
    "weigh": frozenset({"on", "in"}),
    "complain": frozenset({"about"}),
    "joke": frozenset({"about"}),
    "talk": frozenset({"about", "of", "with"}),
    "agree": frozenset({"with", "on"}),
    "warn": frozenset({"against", "about", "of", "over"}),
    # faith in something ("believes in the American dream", "trusted in the process")
    "believe": frozenset({"in"}),
    "trust": frozenset({"in"}),
    # holding to a position harder ("doubled down on his comments")
    "double": frozenset({"on"}),
    # fretting, boasting and railing at something ("worries about the deficit", "boasted of his wealth",
    # "rails against trade deals", "speculated about a run")
    "worry": frozenset({"about", "over"}),
    "boast": frozenset({"about", "of"}),
    "brag": frozenset({"about", "of"}),
    "rail": frozenset({"against", "at"}),
    "speculate": frozenset({"about", "on"}),
}
_FAITH = frozenset({"believe", "trust"})
# particles a phrasal stance needs ("came out against"; "came to X" is no stance)
_PHRASAL_PRT = {"come": "out", "double": "down", "single": "out", "lay": "out", "spell": "out", "bring": "up"}
# verbs whose object is a stance only with their particle ("pointed out flaws", "singled out
# immigrants", "laid out a plan", "spelled out his terms", "brought up the bombing"; "pointed a
# gun", "laid a wreath", "brought a gift" are deeds)
_OUT_VERBS = {"point": "out", "single": "out", "lay": "out", "spell": "out", "bring": "up"}
# whom one addresses, as opposed to what ("addressed the rally" vs "addressed the deficit")
_AUDIENCES = frozenset({"crowd", "rally", "audience", "supporter", "nation", "country", "reporter", "journalist",
                        "lawmaker", "parliament", "assembly", "congress", "senate", "delegate", "conference",
                        "convention", "gathering", "meeting", "student", "graduate", "troops", "soldier",
                        "worker", "voter", "member", "people", "public", "fan", "mourner", "protester"})
# attacks a group may "claim" (own up to), which the events record
_VIOLENT_ACTS = frozenset({"attack", "strike", "bombing", "killing", "kidnapping", "shooting", "assault", "blast",
                           "explosion", "ambush", "raid", "abduction", "assassination", "hijacking", "sabotage",
                           "massacre", "beheading", "stabbing", "downing", "sinking"})
# verbs that name their object something ("called it a step forward", "branded them traitors",
# "described the talks as productive"): the stance is the object with what it is named
_NAMING_VERBS = frozenset({"call", "dub", "label", "brand", "term", "describe", "characterize", "characterise"})
# of these, the ones whose bare object is a deed, not a stance ("called the senator", "branded the cattle")
_NAMING_ONLY = frozenset({"call", "dub", "brand", "term"})
# "called it a day", "call it quits", "called it even": idioms of stopping or settling, no stance
_CALL_IT_IDIOMS = frozenset({"day", "night", "quits", "even"})


def _call_it_idiom(doc: Doc, verb: Token) -> bool:
    """"The players called it a day": "it" right after the verb and an idiom word that closes the
    phrase (however the parse read "it", as the object or as the subject of "quits")."""
    it = verb.i + 1
    if it >= len(doc) or doc[it].lower_ != "it":
        return False
    k = it + 1 + (it + 1 < len(doc) and doc[it + 1].lower_ == "a")
    if k >= len(doc) or doc[k].lower_ not in _CALL_IT_IDIOMS:
        return False
    return k + 1 >= len(doc) or doc[k + 1].is_punct or doc[k + 1].pos_ in ("CCONJ", "SCONJ", "ADV")


def _naming_complement(verb: Token, c: Token, end: int) -> bool:
    """"calling it a step forward", "dubbed the plan a failure": the name right after the object,
    whatever the parse hung it on (an adverb over "a step", a second object); a date or time
    after the object ("called it Monday") names no one."""
    return verb.lemma_.lower() in _NAMING_VERBS and c.dep_ in ("advmod", "npadvmod", "attr", "acomp", "dobj") \
        and c.left_edge.i == end and any(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in c.subtree) \
        and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)


def _bare_call(doc: Doc, verb: Token, dobj: Token) -> bool:
    """"called the senator on Monday": an object and nothing that names it ("called X a Y", "called
    X 'a disgrace'", "called X unusual"), nor "call for"/"call out"/"call into doubt": a call, not a stance."""
    if any(c.dep_ == "dative" for c in verb.children if verb.i < c.i < dobj.i):
        return False  # "branded them traitors": the parse read the named as a dative, the name as the object
    if any(c.dep_ in ("oprd", "xcomp", "ccomp", "prt") or (
            c.dep_ == "prep" and c.lower_ in (("for", "as", "into", "on", "about", "to") if verb.lemma_.lower() == "call"
                                              else ("as",))  # "dubbed the film into French" names nothing
            and not any(p.ent_type_ in ("DATE", "TIME") for p in c.children))  # "on Monday" is no topic
           for c in verb.children if c.i > verb.i):
        return False
    if any(t.is_quote or "'" in t.text or '"' in t.text for t in doc[verb.i : verb.sent.end]):
        return False  # "calling him, among other things, 'a failed candidate'"
    sub = doc[dobj.left_edge.i : dobj.right_edge.i + 1]
    if any(t.is_quote or t.dep_ in ("appos", "oprd", "npadvmod") or (t.pos_ == "ADJ" and t.i > dobj.i) for t in sub):
        return False
    nxt = doc[dobj.right_edge.i + 1] if dobj.right_edge.i + 1 < len(doc) else None
    return nxt is None or not (nxt.is_quote or nxt.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"))


# particles that turn a stance verb into a deed ("call off a strike", "call up reservists", "back out")
_DEED_PRT: dict[str, frozenset[str]] = {"call": frozenset({"off", "up", "in", "back"}),
                                        "back": frozenset({"down", "off", "out", "away"})}
# light verbs whose object noun makes a stance on the prepositional object ("took aim at X",
# "took issue with X", "drew a contrast with X", "drew attention to X")
LIGHT_STANCES: dict[str, frozenset[str]] = {
    "take": frozenset({"aim", "shot", "swipe", "swing", "whack", "issue", "position", "stand", "stance",
                       "jab", "dig", "potshot", "credit"}),
    "draw": frozenset({"contrast", "attention", "analogy", "comparison", "distinction", "parallel"}),
    "cast": frozenset({"vote", "ballot"}),
}
# light stances whose preposition must name a side ("cast their votes for X", not "… on Sunday")
_LIGHT_PREPS = {"cast": frozenset({"for", "against"})}


# where a statement was made, not what it is about ("remarks on state television")
_MEDIA_NOUNS = frozenset({"television", "tv", "radio", "air", "camera", "stage", "podcast", "program",
                          "programme", "show", "broadcast", "channel", "website", "twitter", "facebook",
                          "instagram", "telegram", "tiktok", "youtube", "linkedin", "threads", "bluesky"})


# prepositions that name a topic whatever it is: "talked about CNN" is about the network
_TOPIC_PREPS = frozenset({"about", "against", "of"})


def _setting(idx: _Index, obj: Token, prep: Token | None = None) -> bool:
    """Whether a prepositional object is the time or the medium of a statement, not its topic."""
    if obj.ent_type_ in ("DATE", "TIME"):
        return True
    if prep is not None and prep.lower_ in _TOPIC_PREPS:
        return False
    if obj.lemma_.lower() in _MEDIA_NOUNS:
        return True
    if obj.text == "X" and prep is not None and prep.lower_ == "on":
        return True  # "posted on X that …": the platform formerly Twitter, not a topic
    m = idx.mention_at(obj)
    return m is not None and m.type == "media"


def _between_ok(doc: Doc, a: int, b: int) -> bool:
    """Only adverbs and particles between a verb and its preposition ("spoke briefly about")."""
    return all(t.dep_ in ("advmod", "prt", "neg") for t in doc[a:b])


# precision of talking and deciding verbs (only 50-60% right on PolNeAR train): each check below
# was measured on both train halves, content and source F1 up or level
# verbs whose noun object is not a stance ("decide the election"), only their clause is
_CLAUSE_ONLY = frozenset({"decide"})  # ("farmers count the cost": a tally, not a view)
# what is counted as a tally, not held as a view ("count the cost", "counted ballots"); "counts
# herself among …" and "counted only individuals" (who is included) are views
_TALLIES = frozenset({"cost", "toll", "loss", "damage", "number", "vote", "ballot", "casualty", "death", "body",
                      "dead", "day", "hour", "minute", "blessing"})
# verbs that repeat words, whose person object is whose words they were ("echoing the governor")
_ECHO_VERBS = frozenset({"echo"})
# light verbs whose passive is still a stance ("voters drawn to his message")
_PASSIVE_LIGHT = frozenset({"draw"})
# verbs whose to-infinitive is an undertaking (what was agreed), where "agreed that …" is a view
_COMMIT_VERBS = frozenset({"agree", "decide"})
# verbs of talking whose "to"/"with" object is the hearer, and whose "on condition" is no topic
_ADDRESSED = frozenset({"speak", "talk"})
# the press by its kind of outlet: one speaks to it, never about it in that phrase ("speaking to a
# local radio station")
_OUTLET_NOUNS = frozenset({"station", "radio", "broadcaster", "channel", "network", "newspaper", "magazine",
                           "outlet", "programme", "program", "podcast", "website"})
# showing up: a preposition after it names a venue or a show ("appeared on Fox News", "will appear
# on behalf of the ticket"), never a topic; its stance readings take an infinitive or adjective
_APPEARANCE = frozenset({"appear"})


def _after_scene(idx: _Index, verb: Token, prep: Token) -> bool:
    """"spoke to reporters on Tuesday about X", "talked at the White House about X": only the
    hearer, the place and the time stand between a talking verb and its topic."""
    between = [c for c in verb.children if verb.i < c.i < prep.i]
    if not between or between[-1].right_edge.i + 1 != prep.i or between[0].left_edge.i != verb.i + 1:
        return False
    for c in between:
        if c.dep_ in ("npadvmod", "advmod"):
            continue
        if c.dep_ != "prep" or c.lower_ not in ("to", "with", "at", "on", "in", "during"):
            return False
        if c.lower_ in ("to", "with") and not _addressee(idx, c):
            return False
    return all(a.right_edge.i + 1 == b.left_edge.i for a, b in itertools.pairwise(between))


def _addressee(idx: _Index, prep: Token) -> bool:
    """Whether a preposition of a talking verb names the hearer or the terms, not the topic."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return False
    if pobj.lemma_.lower() == "condition":
        return True
    if prep.lower_ not in ("to", "with"):
        return False
    if pobj.pos_ in ("PROPN", "PRON") or pobj.lemma_.lower() in ("reporter", "journalist", "press", "audience", "crowd") \
            or pobj.lemma_.lower() in _OUTLET_NOUNS:
        return True
    lo, hi = _np_range(pobj)
    return any(m.type in ("person", "organization", "media") for m in idx.mentions_in(lo, hi))


# verbs that are an attack in words only when their object is someone ("the ad hits Clinton on
# trade"); kept off OBJECT_VERBS so that "was hit by" and headlines do not read them as stances
_ATTACK_VERBS = frozenset({"hit"})


# texts whose signing states a position ("signed a letter urging …", "signed the bill"); contracts,
# deals and agreements are acts (events), and an arms-trade ledger would fill with them
_SIGNED_STANCES = frozenset({"letter", "petition", "pledge", "statement", "declaration", "bill", "resolution",
                             "memo", "op-ed", "editorial", "brief", "appeal", "manifesto", "oath"})


# what a set-off tail of a noun object adds ("endorsed Clinton, a signal of …", "slammed the rule,
# which …"): a comment of the writer's, not part of the stance's target
_SET_OFF_TAILS = frozenset({"appos", "relcl", "acl"})


def _object_end(obj: Token, verb: Token) -> int:
    """End of an object phrase, short of a comma- or dash-set-off apposition or relative clause
    that closes the clause: PolNeAR marks the target the holder named, not the writer's aside.
    Kept whole when the verb goes on after it ("praised X, who …, as Y", "called X, his rival, a
    liar") or the apposition is a list ("met the boss, the welder, the manager")."""
    end = obj.right_edge.i + 1
    if obj.pos_ not in ("NOUN", "PROPN"):
        return end
    doc = obj.doc
    if any(c.i > obj.right_edge.i and c.dep_ not in ("punct", "cc", "conj") for c in verb.children):
        return end
    tails = [c for c in obj.rights if c.dep_ in _SET_OFF_TAILS]
    if len(tails) != 1 or sum(c.dep_ == "appos" for c in obj.rights) > 1:
        return end
    child = tails[0]
    first = child.left_edge.i
    if first <= obj.i or doc[first - 1].text not in _ASIDE_MARKS:
        return end
    if sum(t.text in _QUOTE_CHARS or t.text in _TYPESET for t in doc[obj.left_edge.i : first]) % 2:
        return end  # inside a quotation the aside is the speaker's own words
    if child.dep_ == "appos" and (child.pos_ != "NOUN" or any(c.dep_ in ("conj", "cc") for c in child.children)
                                  or any(t.dep_ == "appos" and t.i != child.i for t in child.subtree)):
        return end
    return first - 1


def _list_tail(doc: Doc, end: int, hi: int) -> int:
    """"took aim at the billionaire class, the fossil fuel industry and super PACs": the parse often
    hangs the later items of a list on the verb; when the rest of the sentence after the object is
    only more items (a comma, an "and"/"or", no verb), the object runs to the sentence's end."""
    k = end
    while k < hi and doc[k].is_space:
        k += 1
    if k >= hi or doc[k].text != ",":
        return end
    stop = hi
    while stop > k and (doc[stop - 1].is_space or doc[stop - 1].text in (".", "!", "?")):
        stop -= 1
    rest = doc[k + 1 : stop]
    if len(rest) < 2 or not any(t.lower_ in ("and", "or") for t in rest):
        return end
    if any(t.pos_ in ("VERB", "AUX") or t.tag_ in ("WDT", "WP") or t.text in _QUOTE_CHARS or t.text in (";", ":", "(")
           or t.dep_ in ("nsubj", "nsubjpass", "expl") for t in rest):
        return end
    return stop


# verbs whose direct object is the hearer, not what was said ("told reporters …")
_HEARER_VERBS = frozenset({"tell", "assure", "warn", "caution"})
# verbs of telling someone something: with a "that" clause, their object is the hearer
_PERSUADE_VERBS = frozenset({"remind", "convince", "persuade", "inform", "notify", "reassure", "advise"})
# one warns someone over/against/about something: that phrase, not the one warned, is the stance
_WARN_VERBS = frozenset({"warn", "caution"})
_WARNED_PREPS = frozenset({"over", "against", "about", "of", "on"})
_HEARER_NOUNS = frozenset({"reporter", "journalist", "press", "audience", "crowd", "supporter", "voter", "listener",
                           "viewer", "interviewer", "host", "lawmaker", "member", "official", "people"})


def _in_headline(text: str, pos: int) -> bool:
    """Whether `pos` is on a headline: a short first line with no closing full stop, over more text."""
    nl = text.find("\n")
    line = text[:nl].rstrip()
    return 0 <= pos < nl and len(line.split()) <= 14 and not line.endswith((".", '"', "”"))


def _is_hearer(idx: _Index, obj: Token) -> bool:
    """Whether the object of "tell" names who was told: a person, outlet or group, a pronoun."""
    if obj.pos_ == "PRON" or obj.lemma_.lower() in _HEARER_NOUNS:
        return True
    m = idx.mention_at(obj)
    return m is not None and m.type in ("person", "organization", "media", "country")


def _names_someone(idx: _Index, obj: Token) -> bool:
    """Whether an object names a person or body: a personal pronoun, a role noun or an actor."""
    if obj.tag_ == "PRP" or obj.lemma_.lower() in ROLE_HEADS:
        return True
    m = idx.mention_at(obj)
    return m is not None and m.type in ("person", "organization", "media", "country")


# verbs whose participle, set off after a subject, says the subject was questioned
_ASKED_ASIDE = frozenset({"ask", "press", "question", "quiz", "challenge", "confront"})


def _set_off_aside(verb: Token) -> bool:
    """"X, asked about Y, said Z" parsed as "X asked … , said": the verb stands between commas right
    after its subject and a reporting verb of that subject follows the second comma."""
    doc = verb.doc
    return verb.i > 1 and doc[verb.i - 1].text == "," and verb.tag_ in ("VBD", "VBN") \
        and any(c.dep_ == "nsubj" and c.i < verb.i - 1 for c in verb.children) \
        and any(c.dep_ == "conj" and _reporting(c) and doc[c.i - 1].text == "," for c in verb.children)


def _tally(tok: Token) -> bool:
    """Whether `tok` is (part of) a vote count: "31", "to 12", "6-1"."""
    if tok.dep_ == "prep" and tok.lower_ == "to":
        return any(c.dep_ == "pobj" and c.like_num for c in tok.children)
    return tok.dep_ in ("dobj", "npadvmod", "advmod") and (tok.like_num or bool(re.fullmatch(r"\d+-\d+", tok.text)))


# verbs that gainsay or grant a claim named before them ("a claim the military denied")
_GAINSAY_VERBS = frozenset({"deny", "dispute", "reject", "refute", "contest", "rebut", "dismiss", "confirm"})


def _gainsaid_claim(verb: Token, parts: list[Token]) -> bool:
    """A relative clause on a claim noun whose gainsaying verb has no object but the relative
    pronoun, if any: the noun is what the clause's subject denies."""
    return verb.dep_ == "relcl" and verb.lemma_.lower() in _GAINSAY_VERBS \
        and verb.head.lemma_.lower() in _CLAIM_NOUNS and verb.head.i < verb.i \
        and all(p.dep_ == "dobj" and p.tag_ in ("WDT", "WP") for p in parts)


def _object_attribution(idx: _Index, doc: Doc, text: str, verb: Token) -> tuple[tuple[int, int], _Attribution] | None:
    """Stances and intentions with an object, not a clause: "X wants Y", "X called for Y",
    "X criticized Y". Kept only when the subject is an actor or a personal pronoun, because the
    same verbs with an inanimate subject ("the bill wants …") are no attribution."""
    subj = _subject(verb)
    if subj is None or subj.i > verb.i or _said_idiom(verb):
        return None
    if not _is_agent(idx, subj, verb):
        return None
    lemma = verb.lemma_.lower()
    if lemma == "find" and not _finding_holder(idx, subj) \
            and not any(c.dep_ in ("ccomp", "xcomp", "oprd") or (c.dep_ == "prep" and c.lower_ == "as")
                        for c in verb.children if c.i > verb.i):
        return None  # "he found a way", "she found sanctuary": finding things, not a finding
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if lemma == "sign" and (dobj is None or dobj.lemma_.lower() not in _SIGNED_STANCES):
        return None  # "signed a contract / a deal": an act the events record, not a stated position
    if lemma in _NAMING_ONLY and dobj is not None and _bare_call(doc, verb, dobj):
        return None  # "called the senator", "called major donors himself": a phone call or a summons
    if lemma == "call" and _call_it_idiom(doc, verb):
        return None  # "called it a day": stopping, not a verdict
    if lemma == "address" and dobj is not None and dobj.lemma_.lower() in _AUDIENCES:
        return None  # "addressing the crowd": speaking to an audience, whose words are quoted elsewhere
    if lemma == "release" and dobj is not None and (
            dobj.lemma_.lower() in _RELEASED_NON_WORDS or dobj.lower_ in ("him", "her", "me", "us")
            or ((om := idx.mention_at(dobj)) is not None and om.type == "person")
            or any(c.lemma_.lower() in _RELEASED_NON_WORDS for c in dobj.children if c.dep_ == "compound")):
        return None  # "released CCTV images of two men", "released the hostages": a deed, not words
    if lemma == "claim" and dobj is not None and dobj.lemma_.lower() in _VIOLENT_ACTS:
        return None  # "claimed the bombing" is owning a deed (claiming responsibility), not a stated view
    if lemma in _ATTACK_VERBS:
        om = idx.mention_at(dobj) if dobj is not None else None
        if dobj is None or not (dobj.lower_ in _OBJECT_PRONOUNS or (om is not None and om.type == "person")):
            return None  # "hit a record", "hit the agency with sanctions": only hitting at a person is a stance
    prt = _PHRASAL_PRT.get(lemma)
    if prt is not None and not any(c.dep_ == "prt" and c.lower_ == prt for c in verb.children):
        return None
    if any(c.dep_ == "prt" and c.lower_ in _DEED_PRT.get(lemma, ()) for c in verb.children):
        return None  # "called off the strike", "backed out of the deal": deeds, not stances
    if lemma in _COMMIT_VERBS and _in_headline(text, verb.idx) and any(
            c.dep_ == "xcomp" and c.i > verb.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children):
        # a headline's "Ministers agree to extend grain corridor" names the deal the story is about
        # (an event); whoever stated it is in the body
        return None
    if lemma in _COMMIT_VERBS and dobj is not None and dobj.pos_ in ("NOUN", "PROPN") \
            and not any((c.dep_ in ("ccomp", "xcomp") and c.i < dobj.i)
                        or (c.dep_ == "prep" and c.lower_ in ("with", "to") and c.i == verb.i + 1)
                        for c in verb.children):
        # "agreed a budget", "Miner agrees $2 bln takeover": settling a deal (an event), not a view
        return None
    if lemma in LIGHT_STANCES and lemma not in OBJECT_VERBS and lemma not in _PASSIVE_LIGHT \
            and any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "was taken to hospital": a light verb in the passive takes no stance
    lo, hi = _clause_bounds(doc, text, verb)
    cue_end = verb.i + 1
    parts: list[Token] = []
    preps = _OBJ_PREPS | PHRASAL_PREPS.get(lemma, frozenset())
    takes_object = lemma in OBJECT_VERBS or lemma in _ATTACK_VERBS or (lemma in _OUT_VERBS and any(
        c.dep_ == "prt" and c.lower_ == _OUT_VERBS[lemma] for c in verb.children))
    light = LIGHT_STANCES.get(lemma)
    for c in verb.children:
        if c.i <= verb.i or c.i >= hi:
            continue
        if lemma in ("vote", "rule") and _tally(c):
            cue_end = max(cue_end, c.right_edge.i + 1)  # "voted 31 to 12 to …", "ruled 2-1 that": the count, not the stance
            continue
        if light is not None and c.dep_ == "dobj" and c.lemma_.lower() in light:
            pr = next((p for p in c.children if p.dep_ == "prep" and p.i > c.i), None) or next(
                (p for p in verb.children if p.dep_ == "prep" and p.i == c.right_edge.i + 1), None)
            if pr is not None and lemma in _LIGHT_PREPS and pr.lower_ not in _LIGHT_PREPS[lemma]:
                pr = None
            if pr is not None:
                cue_end = pr.i + 1
                parts.extend(p for p in pr.children if p.dep_ in ("pobj", "pcomp"))
        elif takes_object and c.dep_ in ("dobj", "xcomp", "ccomp", "oprd"):
            if c.dep_ == "dobj" and lemma in _CLAUSE_ONLY and c.pos_ in ("NOUN", "PROPN"):
                continue  # "voters decide the race": what is settled, not a decision's content
            if c.dep_ == "dobj" and lemma == "count" and c.lemma_.lower() in _TALLIES:
                continue  # "farmers count the cost of the drought", "officials counted the votes": a tally
            if c.dep_ == "dobj" and lemma in _ECHO_VERBS and _names_someone(idx, c):
                continue  # "Kaya, echoing the governor, said …": whose words were echoed, not the words
            if c.dep_ == "ccomp" and _cue_hung_clause(verb, c):
                continue
            parts.append(c)
        elif c.dep_ == "prep" and c.lower_ in preps and lemma not in _APPEARANCE and (c.i == verb.i + 1 or (
                # "commented freely about X", "argued forcefully for X": adverbs may come between
                (lemma in PHRASAL_PREPS or takes_object) and _between_ok(doc, verb.i + 1, c.i)) or (
                lemma in _ADDRESSED and c.lower_ == "about" and _after_scene(idx, verb, c))):
            if lemma in _ADDRESSED and _addressee(idx, c):
                continue  # "spoke to reporters", "spoke on condition of anonymity": not a topic
            if lemma == "respond" and c.lower_ == "by" and not any(
                    p.dep_ == "pcomp" and (_reporting(p) or p.lemma_.lower() in OBJECT_VERBS) for p in c.children):
                continue  # "responded by sending troops": a deed, not a stance (by saying …: is)
            if any(p.dep_ == "pobj" and _setting(idx, p, c) for p in c.children):
                continue  # "defended on Wednesday its deal": the day is no topic
            cue_end = c.i + 1
            if c.lower_ == "in" and lemma in PHRASAL_PREPS and lemma not in _FAITH:  # "came out in support of X"
                inner = next((p for p in c.children if p.dep_ == "pobj"), None)
                of = next((p for p in inner.children if p.dep_ == "prep"), None) if inner is not None else None
                if inner is None or of is None or inner.lemma_.lower() not in ("support", "favor", "favour"):
                    continue
                cue_end = of.i + 1
                c = of
            parts.extend(p for p in c.children if p.dep_ in ("pobj", "pcomp"))
        elif c.dep_ == "dative" and lemma in _NAMING_VERBS and any(d.dep_ == "dobj" and d.i > c.i for d in verb.children):
            parts.append(c)  # "branding them traitors": the parse may read the named as a dative
        elif c.dep_ == "advcl" and "for" in preps and (fq := _for_to(doc, verb, c)) is not None:
            # "called for the mayor to resign": the parse hangs a for-to clause as an adverbial
            cue_end = fq[0].i + 1
            parts.append(c)
        elif c.dep_ == "prt" and c.i == verb.i + 1:
            cue_end = c.i + 1
    told: tuple[int, int] | None = None
    if lemma in _HEARER_VERBS:
        # (one warns people, not things: any noun object of "warn" is whom it warns)
        hearer = next((p for p in parts if p.dep_ == "dobj" and (_is_hearer(idx, p) or (
            lemma in _WARN_VERBS and p.pos_ in ("NOUN", "PROPN")))), None)
        if hearer is not None:
            parts = [p for p in parts if p.i != hearer.i]
            after = hearer.right_edge.i + 1
            while after < hi and doc[after].dep_ == "prep" and any(
                    c.dep_ == "pobj" and _setting(idx, c) for c in doc[after].children):
                after = doc[after].right_edge.i + 1  # "told reporters on Thursday she …"
            topic = next((c for c in verb.children if c.dep_ == "prep" and c.i >= after and c.lower_ in _WARNED_PREPS),
                         None) if lemma in _WARN_VERBS else None
            if not parts and topic is not None:
                told = (topic.i, min(hi, topic.right_edge.i + 1))  # "warns Washington over arms sales"
            elif not parts:
                # "told The Washington Post he was …": the parse missed the clause right after the hearer
                clause = next((t for t in doc[after:hi] if t.pos_ in ("VERB", "AUX") and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.i >= after for c in t.children)), None)
                if clause is None:
                    return None
                told = (after, hi)
    elif lemma in _PERSUADE_VERBS and any(p.dep_ == "ccomp" and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in p.children) for p in parts):
        # "reminded his players that …", "convinced the board that …": the object is whom the words
        # were for, the "that" clause what they said
        parts = [p for p in parts if not (p.dep_ == "dobj" and any(c.dep_ == "ccomp" and c.i > p.i for c in parts))]
    if told is not None:
        start, end = told
    elif parts and not _gainsaid_claim(verb, parts):
        start = min(p.left_edge.i for p in parts)
        end = min(hi, max(_object_end(p, verb) for p in parts))
    elif _gainsaid_claim(verb, parts):
        # "a claim the military denied", "an account which the ministry disputes": the relative
        # clause's subject gainsays the claim noun it hangs on, which is the content
        noun = verb.head
        span = _trim(doc, noun.left_edge.i, verb.left_edge.i, text)
        att = _attribution(idx, verb, lo, hi, (noun.left_edge.i, verb.left_edge.i))
        att.cue = (verb.i, cue_end)
        return span, att
    else:
        return None
    # the stance goes on in the verb's own complements after the object, up to a comma:
    # "attacked the program as a violation of ...", "accused X of lying"
    for c in verb.children:
        if c.dep_ == "ccomp" and _bare_participle(c) and c.left_edge.i == end and parts and c.i < hi:
            end = min(hi, c.right_edge.i + 1)  # "pointing to figures showing that …" (see `_indirect`)
            continue
        if lemma in _NAMING_VERBS and c.dep_ == "conj" and c.pos_ in ("ADJ", "NOUN") and end < c.i < hi \
                and doc[end].dep_ == "cc" and doc[end].head.i == verb.i and c.left_edge.i == end + 1:
            # "called it a step forward but not enough": the parse hangs the second verdict on the verb
            end = min(hi, c.right_edge.i + 1)
            continue
        if end <= c.i < hi and (c.dep_ in ("prep", "xcomp", "oprd", "dative", "advcl") or _naming_complement(verb, c, end)) \
                and not any(t.text in (",", ";", "—", "–") for t in doc[end:c.i]):
            if c.lower_ in ("after", "before", "amid", "following") and c.dep_ in ("prep", "advcl"):
                break  # "praises firefighters after warehouse blaze": when, not what was praised
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("as", "when", "while") for m in c.children) \
                    and any(n.dep_ in ("nsubj", "nsubjpass") for n in c.children):
                break  # "hails 'special' win as Rovers reach final": a clause of its own saying when
            if c.dep_ == "prep" and c.lower_ in ("on", "at") and c.right_edge.i + 1 >= hi - 1 and any(
                    p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in c.children):
                break  # "unveiled the plan on Monday": the day that closes the clause is no part of it
            end = min(hi, c.right_edge.i + 1)
    end = _list_tail(doc, end, hi)
    if start < cue_end:
        start = cue_end
    last = next((t for t in doc[start + 1 : end] if t.dep_ == "prep" and t.lower_ in ("on", "at")
                 and t.right_edge.i + 1 == end and any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME")
                                                       for p in t.children)), None)
    if last is not None:
        end = last.i  # "reported revenue of $4.2 billion on Tuesday": the day the parse hung on the object
    span = _trim(doc, start, end, text)
    n_words = len(_WORD.findall(text[span[0] : span[1]]))
    # a lone word is rarely a stance ("wants more"), but a lone name is ("endorsed Clinton"), and so is
    # the verdict on a relative pronoun's antecedent ("the results, which analysts called disappointing")
    if n_words < 2 and not (n_words == 1 and end - start == 1 and (doc[start].pos_ in ("PROPN", "PRON") or (
            doc[start].dep_ == "oprd" and doc[start].head.i == verb.i and verb.dep_ == "relcl"))):
        return None
    # "denied involvement in a statement posted online": the medium closes the stance, whatever the
    # parse hung it on
    medium = next((t.i for t in doc[start + 1 : end] if t.dep_ == "prep" and t.lower_ in ("in", "during", "via")
                   and any(g.dep_ == "pobj" and g.lemma_.lower() in _SETTING_NOUNS for g in t.children)), None)
    if medium is not None:
        end = medium
        span = _trim(doc, start, end, text)
    att = _attribution(idx, verb, lo, hi, (start, end))
    att.cue = (verb.i, cue_end)
    return span, att


# plain present forms that are also nouns or adverbs: after a plural or quantity subject the parse
# may read them so ("Men under 35 support the plan", "A majority back the ban") and leave no verb
_VERBLESS_CUES = frozenset({"support", "oppose", "back", "favour", "favor", "reject", "say", "want", "fear",
                            "approve", "disapprove", "welcome", "doubt"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLAUSE_CUES_VERBLESS = frozenset({"say", "fear", "doubt"})  # (their content is a clause with its own verb)


def _verbless_stance(idx: _Index, doc: Doc, text: str, tok: Token) -> tuple[tuple[int, int], _Attribution] | None:
    """"Men under 35 support the plan", "One in four say …": a sentence whose only possible finite
    verb the parse read as a noun; the words before it are the holder, the words after the stance."""
    sent = tok.sent
    if tok.i <= sent.start or tok.i + 2 >= sent.end:
        return None
    prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
    if prev.pos_ not in ("NOUN", "PROPN", "NUM") or (prev.tag_ in ("NN", "NNP") and prev.lower_ not in _SHARE_WORDS):
        return None  # a plural or a number ("Men under 35", "Two-thirds"); "staff support" is a compound
    if not (nxt.pos_ in ("DET", "PRON") or nxt.tag_ == "PRP$" or nxt.lower_ == "that"):
        return None  # "support staff", "back pay": a noun phrase, not a verb and its object
    before = doc[sent.start : tok.i]
    if any(t.tag_ in _FINITE_TAGS or t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text not in ("-", "–"))
           for t in before) or (tok.lower_ not in _CLAUSE_CUES_VERBLESS
                                and any(t.tag_ in _FINITE_TAGS for t in doc[tok.i + 1 : sent.end])):
        return None  # the sentence has a verb of its own (or the holder runs across a clause)
    head = next((t for t in before if t.head.i == t.i or not sent.start <= t.head.i < tok.i), None)
    if head is None or head.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    end = sent.end
    while end > tok.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    span = _trim(doc, tok.i + 1, end, text)
    if len(_WORD.findall(text[span[0] : span[1]])) < 2:
        return None
    mention, _ = _speaker_from_token(idx, head, tok.i)
    lo = sent.start
    while lo < tok.i and (doc[lo].is_space or doc[lo].is_punct):
        lo += 1
    # (the whole phrase before the cue holds the stance: the parse may hang "under 35" elsewhere)
    return span, _Attribution(tok, mention, (lo, tok.i), None, (tok.i, tok.i + 1))


def _verb_read_as_modifier(idx: _Index, doc: Doc, text: str, tok: Token) -> tuple[tuple[int, int], _Attribution] | None:
    """"Trump defended eminent domain", "X, a lawyer, endorsed Y's approach": the parse read the
    sentence's only finite verb as an adjective on its object and made the subject the root; the
    root phrase before it is the holder, the object the stance."""
    sent = tok.sent
    root, prev = sent.root, doc[tok.i - 1] if tok.i > sent.start else None
    if prev is None or root.pos_ not in ("NOUN", "PROPN") or not (sent.start <= root.i < tok.i < tok.head.i):
        return None
    if prev.dep_ in ("det", "amod", "poss", "compound", "nummod", "advmod", "cc", "prep") or prev.tag_ in ("PRP$", "DT"):
        return None  # "the defended territory", "a newly endorsed plan": a real modifier
    if any(t.tag_ in _FINITE_TAGS or t.pos_ in ("VERB", "AUX") for t in doc[sent.start : tok.i]):
        return None  # the sentence has a verb of its own before this one
    start, end = tok.i + 1, min(sent.end, tok.head.right_edge.i + 1)
    span = _trim(doc, start, end, text)
    if len(_WORD.findall(text[span[0] : span[1]])) < 2:
        return None
    lo, hi = sent.start, tok.i
    while lo < hi and (doc[lo].is_space or doc[lo].is_punct):
        lo += 1
    while hi > lo and (doc[hi - 1].is_space or doc[hi - 1].is_punct):
        hi -= 1
    if not _is_agent(idx, root, tok):
        return None
    mention, _ = _speaker_from_token(idx, root, tok.i)
    return span, _Attribution(tok, mention, (lo, hi), None, (tok.i, tok.i + 1))


_PRO_CLAUSES = frozenset({"so", "yes", "no"})
# feeling verbs that also take the cause as subject and the feeler as object ("it worries me")
_STIMULUS_VERBS = frozenset({"worry", "concern", "trouble", "bother", "frighten", "scare", "alarm", "anger",
                             "upset", "disturb", "please", "surprise", "shock", "frustrate", "annoy"})
_STIMULUS_SUBJECTS = frozenset({"what", "that", "which", "it", "this"})


def _pro_clause(idx: _Index, doc: Doc, text: str, verb: Token) -> tuple[tuple[int, int], _Attribution] | None:
    """"X thinks so", "46 percent said yes": a one-word stand-in for the reported clause is the
    content (PolNeAR marks the word itself; it is under the length floor of a clause)."""
    k = verb.i + 1
    if k + 1 < len(doc) and doc[k].lower_ == "the" and doc[k + 1].lower_ == "same" and doc[k + 1].head.i == verb.i:
        # "26 percent said the same (of Y)": the phrase stands in for the clause reported before it
        subj = _subject(verb)
        if subj is None or subj.i > verb.i or not _is_agent(idx, subj, verb):
            return None
        lo, hi = _clause_bounds(doc, text, verb)
        end = k + 2
        if end < hi and doc[end].lower_ in ("of", "about", "for") and doc[end].head.i in (k + 1, verb.i):
            end = doc[end].right_edge.i + 1
        return (doc[k].idx, _char_end(doc[end - 1])), _attribution(idx, verb, lo, hi, (k, end))
    if k >= len(doc) or doc[k].lower_ not in _PRO_CLAUSES or doc[k].head.i != verb.i:
        return None
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    if nxt is not None and not (nxt.is_punct or nxt.is_space or nxt.pos_ in ("ADV", "CCONJ")):
        return None  # "said so many things", "said no to the plan": not a stand-in for a clause
    subj = _subject(verb)
    if subj is None or subj.i > verb.i or not _is_agent(idx, subj, verb):
        return None
    lo, hi = _clause_bounds(doc, text, verb)
    return (doc[k].idx, _char_end(doc[k])), _attribution(idx, verb, lo, hi, (k, k + 1))


# stance verbs whose passive participle on a noun gives the agent's stance on it ("the bill opposed
# by House Republicans"); making and issuing verbs ("the poll released by X") state no stance
_STANCE_PASSIVES = frozenset({"oppose", "support", "back", "criticize", "criticise", "endorse", "praise", "condemn",
                              "reject", "propose", "favor", "favour", "echo", "push", "demand", "seek", "denounce",
                              "champion", "advocate", "tout", "blast", "slam", "attack", "dismiss",
                              "question", "dispute", "deny", "applaud", "welcome"})


def _passive_modifier(idx: _Index, doc: Doc, text: str, verb: Token) -> tuple[tuple[int, int], _Attribution] | None:
    """"the bill opposed by House Republicans", "a practice criticized by rights groups": the noun
    phrase a passive stance participle modifies is the content, its "by" agent the source (when
    that is a person, a group or a pronoun, not "a margin" or "a vote")."""
    head = verb.head
    if verb.dep_ != "acl" or head.i >= verb.i or head.pos_ not in ("NOUN", "PROPN"):
        return None
    by = _agent(verb)
    if by is None:
        return None
    lo, _ = _clause_bounds(doc, text, verb)
    start = max(lo, head.left_edge.i)
    if start >= verb.i:
        return None
    span = _trim(doc, start, verb.i, text)
    if span[1] <= span[0]:
        return None
    holder = _stance_agent(idx, by)
    if holder is None:
        return None
    return span, _Attribution(verb, holder[0], holder[1], None, (verb.i, verb.i + 1))


def _stance_agent(idx: _Index, by: Token) -> tuple[ActorMention | None, tuple[int, int]] | None:
    """The "by X" of a passive stance as its holder (mention, span), when X can hold a stance: an
    actor, a person or group pronoun or noun, or a named person, group or place ("by a margin",
    "by a vote" cannot)."""
    m, src = _speaker_from_token(idx, by)
    if m is None and by.lower_ not in _AGENT_PRONOUNS and by.lemma_.lower() not in _AGENT_NOUNS \
            and by.ent_type_ not in ("NORP", "PERSON", "ORG", "GPE"):
        return None
    return m, src


# what tallies voters or delegates: "a new poll gives Clinton a 30-point lead"
_TALLY_NOUNS = frozenset({"poll", "survey", "polls", "average", "count", "tally", "forecast", "projection", "model"})


def _poll_gives(idx: _Index, doc: Doc, text: str, verb: Token) -> tuple[tuple[int, int], _Attribution] | None:
    """"A CNN poll giving Clinton a 30-point lead", "the latest count gives her 1,280 delegates": what
    a poll or count gives someone is its finding, and the poll is the source."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None and verb.dep_ == "acl" and verb.head.i < verb.i:
        subj = verb.head
    dative = next((c for c in verb.children if c.dep_ == "dative" and c.i > verb.i), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if subj is None or dative is None or obj is None or subj.lemma_.lower() not in _TALLY_NOUNS:
        return None
    _, hi = _clause_bounds(doc, text, verb)
    span = _trim(doc, dative.left_edge.i, min(hi, obj.right_edge.i + 1), text)
    if span[1] <= span[0]:
        return None
    m, src = _speaker_from_token(idx, subj, verb.i)
    return span, _Attribution(verb, m, src, None, (verb.i, verb.i + 1))


def _words_about(idx: _Index, doc: Doc, text: str, verb: Token) -> tuple[tuple[int, int], _Attribution] | None:
    """"X had nothing bad to say about Y", "X has kind words to say about Y": what X has to say
    about Y is X's stance on Y (the holder is the subject of "have")."""
    have = verb.head.head
    if verb.head.dep_ != "dobj" or have.lemma_.lower() != "have" \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    about = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "about" and c.i > verb.i), None)
    pobj = next((c for c in about.children if c.dep_ in ("pobj", "pcomp")), None) if about is not None else None
    subj = _subject(have)
    if about is None or pobj is None or subj is None or subj.i > have.i:
        return None
    lo, hi = _clause_bounds(doc, text, verb)
    span = _trim(doc, pobj.left_edge.i, min(hi, pobj.right_edge.i + 1), text)
    if span[1] <= span[0]:
        return None
    att = _attribution(idx, have, lo, hi, (pobj.left_edge.i, pobj.right_edge.i + 1))
    att.cue = (have.i, about.i + 1)
    return span, att


_WH_MARKS = frozenset({"if", "whether", "why", "how", "what", "when", "where", "who", "which"})


def _asked(idx: _Index, doc: Doc, text: str, verb: Token) -> tuple[tuple[int, int], _Attribution] | None:
    """"(When) asked about X, she said …", "he was asked whether …": a passive question's topic is
    what was asked; the asker ("by a reporter") is its source, and the one asked is not."""
    if not (verb.dep_ in ("advcl", "acl", "ROOT", "conj") and (
            any(c.dep_ == "auxpass" for c in verb.children)
            or not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children))):
        return None
    _, hi = _clause_bounds(doc, text, verb)
    part: Token | None = None
    cue_end = verb.i + 1
    for c in verb.children:
        if c.i <= verb.i or c.i >= hi:
            continue
        if c.dep_ == "prep" and c.lower_ in ("about", "on"):
            pobj = next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None and not _setting(idx, pobj, c):
                part, cue_end = pobj, (c.i + 1 if c.i == verb.i + 1 else verb.i + 1)
                break
        if c.dep_ in ("ccomp", "advcl") and any(m.lower_ in _WH_MARKS and m.i == c.left_edge.i for m in c.subtree):
            part = c
            break
    if part is None:
        return None
    start, end = max(cue_end, part.left_edge.i), min(hi, part.right_edge.i + 1)
    span = _trim(doc, start, end, text)
    if len(_WORD.findall(text[span[0] : span[1]])) < 2:
        return None
    by = _agent(verb)
    m, src = _speaker_from_token(idx, by) if by is not None else (None, (0, 0))
    return span, _Attribution(verb, m, src, None, (verb.i, cue_end))


# what a passive stance is for ("was criticized by X for raising taxes"): part of the content
_STANCE_REASONS = frozenset({"for", "as", "over"})


def _passive_stance(idx: _Index, doc: Doc, text: str, verb: Token) -> tuple[list[tuple[int, int]], _Attribution] | None:
    """"The plan was opposed by most Democrats", "he has been criticized by rivals for …": the
    subject of a passive stance verb is what the "by" agent holds the stance on (with the reason
    after the verb as a second fragment); the agent is the source when it can hold a stance."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    by = _agent(verb)
    if subj is None or by is None:
        return None
    holder = _stance_agent(idx, by)
    if holder is None:
        return None
    lo, hi = _clause_bounds(doc, text, verb)
    frags = [_trim(doc, max(lo, subj.left_edge.i), min(subj.right_edge.i + 1, verb.i), text)]
    why = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in _STANCE_REASONS and c.i > verb.i), None)
    if why is not None and why.right_edge.i < hi:
        frags.append(_trim(doc, why.i, why.right_edge.i + 1, text))
    frags = [f for f in frags if f[1] > f[0]]
    if not frags or len(_WORD.findall(text[frags[0][0] : frags[0][1]])) < 1:
        return None
    return frags, _Attribution(verb, holder[0], holder[1], None, (verb.i, verb.i + 1))


def _finding_holder(idx: _Index, subj: Token) -> bool:
    """A poll, a study, a record or an institution "finds" a result (its object is a finding); a
    person or a pronoun with a plain object mostly finds things ("found ways to …", "found himself
    in …"; on PolNeAR train: content and source F1 up on both halves, the same check for "see"
    lost)."""
    if subj.lower_ in _AGENT_PRONOUNS:
        return False
    m = idx.mention_at(subj)
    if m is not None and m.type == "person":
        return False
    if subj.lemma_.lower() in _HUMAN_AGENT_NOUNS:
        return False
    if subj.pos_ == "PRON":
        return False
    # "Syrians find a home", "prisoners find jobs", "the party found a candidate": groups and
    # firms find things; a document or an inquiry finds results ("the audit found errors")
    return subj.lemma_.lower() in _FINDING_NOUNS or (m is not None and m.type in ("organization", "media")
                                                     and subj.pos_ == "PROPN" and subj.tag_ != "NNPS")


_FINDING_NOUNS = frozenset({"poll", "survey", "study", "report", "analysis", "data", "record", "review",
                            "audit", "research", "investigation", "inquiry", "probe", "test", "court", "jury",
                            "judge", "panel", "commission", "committee", "inspector", "researcher", "scientist"})


_HUMAN_AGENT_NOUNS = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor",
                                "voter", "supporter", "critic", "leader", "lawmaker", "candidate", "senator",
                                "delegate", "democrat", "republican", "expert", "analyst", "economist",
                                "strategist", "activist", "protester", "member", "president", "governor"})


def _for_to(doc: Doc, verb: Token, clause: Token) -> tuple[Token, Token] | None:
    """The "for" and the subject of a for-to clause right after its verb ("for X to V"), if any."""
    mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "for"), None)
    subj = next((m for m in clause.children if m.dep_ in ("nsubj", "nsubjpass")), None)
    if mark is None or subj is None or not mark.i < subj.i < clause.i or mark.i != clause.left_edge.i:
        return None
    if not any(m.dep_ == "aux" and m.lower_ == "to" for m in clause.children):
        return None
    if not _between_ok(doc, verb.i + 1, mark.i):
        return None
    return mark, subj


def _according_quote(idx: _Index, doc: Doc, text: str, tok: Token,
                     prep: Token | None = None) -> tuple[list[tuple[int, int]], _Attribution] | None:
    """"According to X, <clause>", "<clause>, according to X" or "<clause start>, according to X,
    <clause end>" (two fragments around the cue, like a quote broken by its own "he said").
    With `prep` the cue is `tok`..`prep` ("In a new poll, …": tok = prep = "in")."""
    lo, hi = _clause_bounds(doc, text, tok)
    if prep is not None:
        # "X leads in the polls": the clause is the verb the phrase modifies, not the sentence
        head = tok.head
        if head.pos_ == "NOUN" and head.dep_ in ("dobj", "attr") and head.head.pos_ in ("VERB", "AUX"):
            head = head.head  # "X has a big lead in the polls": the standing is the whole clause
        lo, hi = max(lo, head.left_edge.i), min(hi, head.right_edge.i + 1)
    prep = doc[tok.i + 1] if prep is None else prep
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is not None and pobj.lemma_.lower() in _AS_PLANNED and not any(c.dep_ in ("det", "poss")
                                                                          for c in pobj.children):
        return None  # "went ahead according to plan": as planned, nobody's claim
    end_src = (pobj.right_edge.i + 1) if pobj is not None else min(hi, tok.i + 4)
    # "X said …, according to Reuters": an outlet relaying a sentence with its own reporting verb
    # is the quote's `via`, not a second attribution
    # ("according to a poll by Reuters" names the poll, not the outlet, as the source)
    head_m = idx.mention_at(pobj) if pobj is not None else None
    outlet = any(m.type == "media" for m in idx.mentions_in(prep.i + 1, end_src)) and (
        pobj is None or (head_m is not None and head_m.type == "media") or pobj.pos_ == "PROPN")
    if outlet and any(_reporting(t) and t.lower_ != "saying" for t in doc[lo:hi] if t.i != tok.i) \
            and (tok.i - lo > 1 or any(t.text in _QUOTE_CHARS or t.text == "''" for t in doc[lo:hi])):
        # (but an outlet opening a sentence in the writer's words, "According to the Post, officials
        # said …", is the report's source: PolNeAR marks it so)
        return None
    k = end_src
    while k < hi and doc[k].text in (",", " "):
        k += 1
    frags: list[tuple[int, int]] = []
    if tok.i - lo <= 1:
        frags.append(_trim(doc, k, hi, text))
    else:
        # "DETROIT (Reuters) - X is …, according to Y": the dateline is no part of what Y says
        frags.append(_trim(doc, _strip_dateline(doc, lo, tok.i), tok.i, text))
        if k > end_src and sum(1 for t in doc[k:hi] if not t.is_punct and not t.is_space) >= 3:
            frags.append(_trim(doc, k, hi, text))
    frags = [f for f in frags if f[1] > f[0]]
    stand_in = _stand_in_subject(doc, lo, tok.i)
    if stand_in is not None:
        # "That's according to a survey …": the demonstrative stands in for the sentence before it
        # (the content is the word itself, as with "X thinks so"; see `_pro_clause`)
        frags = [(stand_in.idx, _char_end(stand_in))]
    elif sum(b - a for a, b in frags) < 8:
        return None
    m = idx.mention_at(pobj) if pobj is not None else None
    src: tuple[int, int] = (prep.i + 1, end_src)
    if pobj is not None:
        m2, src = _speaker_from_token(idx, pobj)
        end = _according_source_end(pobj, src[0], src[1])
        if end < src[1]:
            src = (src[0], end)
            m2 = next(iter(idx.mentions_in(src[0], end)), None)  # (not a name in the cut-off clause)
        m = m or m2
    via = next((c.entity_id for c in idx.mentions_in(src[0], src[1]) if c.type == "media" and pobj is not None
                and pobj.pos_ == "NOUN" and _in_relay_agent(pobj, c)), None)  # "documents seen by Reuters"
    att = _Attribution(tok, m, src, via, (tok.i, prep.i + 1))
    return frags, att


_AS_PLANNED = frozenset({"plan", "schedule", "script", "design"})



def _stand_in_subject(doc: Doc, lo: int, cue: int) -> Token | None:
    """The "that" of "That's (all) according to X" / "This is according to X" when those words are
    all that comes before the cue in its clause."""
    words = [t for t in doc[lo:cue] if not (t.is_punct or t.is_space)]
    if len(words) < 2 or words[0].lower_ not in ("that", "this") or (words[1].lemma_.lower() != "be"
                                                                      and words[1].lower_ not in ("'s", "’s")):
        return None
    return words[0] if all(t.pos_ == "ADV" or t.lower_ == "all" for t in words[2:]) else None


def _according_source_end(pobj: Token, lo: int, hi: int) -> int:
    """Where the source after "according to" ends when the parse ran the clause it attributes into
    the phrase: "according to a new poll that shows X" (a reported finding is an attribution of its
    own) or "According to the AP, 571 delegates … supported Y" (a finite verb the parse hung on the
    source as an apposition ends it at the comma)."""
    doc = pobj.doc
    for t in doc[pobj.i + 1 : hi]:
        if t.tag_ not in ("VBD", "VBZ", "VBP") or (t.dep_ == "relcl" and not _reports_clause(t)):
            continue
        if t.dep_ == "relcl":
            cut = t.left_edge.i
        else:
            cut = next((k for k in range(pobj.i + 1, t.i) if doc[k].text in _ASIDE_MARKS), hi)
        return max(_trim_end(doc, lo, cut, pobj.i), pobj.i + 1)
    return hi


def _opens_with_comma(doc: Doc, prep: Token) -> bool:
    """A prepositional phrase that opens its sentence and ends in a comma ("In the polls, …")."""
    k = prep.right_edge.i + 1
    return (prep.i == prep.sent.start or doc[prep.i - 1].is_space) and k < len(doc) and doc[k].text == ","


# what a clause can be "in" and so be its source: "In a new poll, X leads", "X is ahead in the polls"
_POLL_NOUNS = frozenset({"poll", "survey", "ranking", "rankings", "average", "study", "report"})
_HEARSAY = frozenset({"reportedly", "allegedly", "purportedly", "supposedly", "reputedly"})


def _hearsay(doc: Doc, text: str, adv: Token) -> tuple[list[tuple[int, int]], _Attribution] | None:
    """"X has reportedly done Y": a source-less attribution; the content is the clause around the
    adverb (two fragments when the adverb sits inside it)."""
    head = adv.head
    if adv.dep_ != "advmod" or head.i == adv.i or head.pos_ not in ("VERB", "AUX"):
        return None
    lo, hi = _clause_bounds(doc, text, head)
    start, end = max(lo, head.left_edge.i), min(hi, head.right_edge.i + 1)
    frags = [f for f in (_trim(doc, start, adv.i, text), _trim(doc, adv.i + 1, end, text)) if f[1] > f[0]]
    if sum(len(_WORD.findall(text[a:b])) for a, b in frags) < 3:
        return None
    return frags, _Attribution(adv, None, (0, 0), None, (adv.i, adv.i + 1))


def speaker_of(span: Span) -> str | None:  # pragma: no cover - convenience for notebooks
    """Entity id of the actor mention a span's root refers to, if the actors stage found one."""
    for m in span.doc._.actors:
        if m.start <= span.root.idx < m.end:
            return str(m.entity_id)
    return None


def _unnamed_role(idx: _Index, spk: Speaker | None) -> Speaker | None:
    """"A spokeswoman for Xyz said", "senior ministry officials said": an unnamed role-holder speaks
    for an organization. The speaker resolves to the organization and keeps the role the text gives
    (an analyst reads "Xyz (spokeswoman)", not "Xyz" as if the company itself had spoken). Only
    when the organization is the role's own ("Xyz officials", "Xyz's spokesman", "a spokesman
    for/of/at Xyz"), not "analysts polled by Xyz"."""
    if spk is None or spk.role is not None or spk.entity_id is None or spk.entity_id.startswith("person:"):
        return spk
    doc = idx.doc
    sp = doc.char_span(spk.start, spk.end, alignment_mode="expand")
    if sp is None:
        return spk
    root = sp.root
    if root.pos_ != "NOUN" or root.lemma_.lower() not in ROLE_HEADS:
        return spk
    owns = False
    for m in idx.mentions_in(sp.start, sp.end):
        if m.entity_id != spk.entity_id:
            continue
        msp = doc.char_span(m.start, m.end, alignment_mode="expand")
        if msp is None:
            continue
        head = msp.root
        owns = owns or (head.head.i == root.i and head.dep_ in ("compound", "poss", "amod", "nmod")) or (
            head.dep_ == "pobj" and head.head.lower_ in ("for", "of", "at", "with", "from", "in")
            and head.head.head.i == root.i)
    if not owns:
        return spk
    # "senior official", "Senior Xyz officials": the role keeps its adjectives, not the organization's name
    words = [t.text for t in root.lefts if t.dep_ == "amod" and t.pos_ == "ADJ" and t.i >= sp.start
             and t.ent_type_ not in ("NORP", "GPE", "ORG")] + [root.text]  # ("a Kenyan official": "official")
    return Speaker(spk.start, spk.end, spk.text, spk.entity_id, spk.name, " ".join(words))
