"""What boilerplate looks like: class/id vocabulary, teaser headings and widget lines.

Kept as data, shared by the HTML and the plain-text cleaners.
"""

from __future__ import annotations

import re

__all__ = [
    "ACCESS_TOKENS",
    "BOILERPLATE_TOKENS",
    "LEAD_BOX_TOKENS",
    "TEXT_TOKENS",
    "ends_mid_sentence",
    "is_author_note",
    "is_caption_or_dateline",
    "is_teaser_heading",
    "is_widget_line",
    "looks_like_headline",
    "starts_inline_promo",
]

#: class / id words (split on ``-``, ``_`` and case changes) that mark non-article blocks.
BOILERPLATE_TOKENS = frozenset(
    """
    nav navbar navigation menu breadcrumb breadcrumbs share sharing sharebar social ad ads adv
    advert advertisement adslot advertising sponsor sponsored promo promotion comment comments
    disqus related recommend recommended recommendations recirc recirculation mostread popular
    trending newsletter subscribe subscription signup paywall paywalled metered cookie cookies consent gdpr footer
    sidebar tags taglist toolbar outbrain taboola widget widgets hot rail masthead banner
    byline bylines dateline timestamp credit credits caption captions dek standfirst strapline
    kicker authorbio bio newsletters signup promos upsell blurb pullquote pq pitch author
    upnext nextpost nextposts nextstory nextstories nextarticle nextarticles readnext
    mostpopular mostviewed mostshared
    """.split()
)

#: Of those, the words that mark access rather than a kind of block: publishers put them on the
#: paragraphs behind a paywall as well as on the box that asks readers to pay (the cleaner tells
#: the two apart by their text).
ACCESS_TOKENS = frozenset("paywall paywalled metered".split())

#: class / id words of a standfirst that some sites also use for the lede: such a box is the dek,
#: and dropped, only when its text repeats the page's own description ("dek" and "standfirst"
#: always mark furniture; "lead" and "summary" boxes are ledes too often, description or not).
LEAD_BOX_TOKENS = frozenset("chapo chapeau".split())

#: Parts of a compound class name that say the block holds text ("elementor-widget-text-editor").
TEXT_TOKENS = frozenset("text editor copy body paragraph prose richtext".split())

_TEASER_HEADINGS = re.compile(
    r"""^(?:
        related(?:\s+(?:articles?|stories|news|posts|content|coverage|reading|special\s+topic.*))?
      | more\s+(?:from|on|in|about|stories|news|like\s+this)\b.*
      | most\s+(?:read|popular|viewed|shared|emailed)
      | (?:also\s+)?read\s+(?:more|next|also)
      | recommended(?:\s+for\s+you)?(?:\s+\w+)?
      | trending(?:\s+now)?(?:\s+\w+)?
      | popular(?:\s+now|\s+stories)?
      | you\s+(?:may|might)\s+(?:also\s+)?like
      | (?:editor'?s\s+)?picks?
      | (?:top|latest|recent)\s+(?:stories|news|headlines)
      | see\s+also | up\s+next | next\s+up | watch\s+next | what\s+to\s+read\s+next
      | further\s+reading
      | in\s+other\s+news
      | about\s+the\s+authors?
      # German
      | (?:ähnliche|verwandte|weitere|passende|aktuelle)\s+(?:beiträge|artikel|themen|berichte|news|nachrichten)\b.*
      | (?:das|dies)\s+könnte\s+(?:dich|sie|euch)\s+(?:auch\s+)?interessieren
      | (?:auch\s+)?interessant | (?:lesen\s+sie|lies)\s+(?:auch|mehr)
      | mehr\s+(?:zum\s+thema|zu\s+diesem\s+thema|aus\s+\w+)\b.*
      | meistgelesen(?:e)?(?:\s+artikel)? | am\s+meisten\s+gelesen
      | weiterführende[rn]?\s+links? | diese\s+beiträge\s+solltest\s+du\s+nicht\s+verpassen
      | (?:über\s+den|zum)\s+autor(?:in)? | schlagworte | schlagwörter
      | (?:interessante|empfohlene)\s+(?:artikel|beiträge)
      # French
      | à\s+(?:découvrir|lire\s+aussi) | (?:à\s+)?lire\s+aussi | sur\s+le\s+même\s+sujet
      | (?:articles?|contenus?)\s+(?:similaires|associés|liés)
      | les\s+plus\s+(?:lus|partagés|commentés) | dans\s+la\s+même\s+rubrique
      | (?:à\s+propos\s+de\s+l'|sur\s+l')auteur(?:e)?
      # Spanish, Italian, Dutch
      | (?:noticias|artículos|notas)\s+relacionad[oa]s | te\s+puede\s+interesar
      | lo\s+más\s+(?:leído|visto) | (?:lee|leer)\s+también | más\s+noticias
      | articoli\s+correlati | leggi\s+anche | potrebbe\s+interessarti | i\s+più\s+letti
      | gerelateerde\s+artikelen | lees\s+ook | meest\s+gelezen
    )\s*:?$""",
    re.I | re.X,
)

_WIDGET = re.compile(
    r"""^(?:
        home | share | share\s+this(?:\s+article)? | print | email | copy\s+link | advertisement
      | sponsored(?:\s+content)? | comments?(?:\s*\(\d+\))? | \d+\s*comments? | \d+\s*/\s*\d+
      | post | reply | sign\s+in | log\s+in | subscribe | search | menu | close | top
      | back\s+to\s+top | follow\s+us.* | tags?: .* | loading\.* | skip\s+to\s+(?:main\s+)?content
      | (?:facebook|twitter|x|linkedin|whatsapp|wechat|weibo|reddit|telegram)(?:\s*[|/·]\s*\w+)*
      | by | advert | ad | don'?t\s+miss | read\s+next | continue\s+reading | show\s+more
      | to\s+read\s+the\s+full\s+story | all\.\.\.| this\s+slideshow\s+requires\s+javascript\.?
      | tell\s+us\s+what\s+you\s+think\.* | previous\s+(?:post|article|story) | next\s+(?:post|article|story)
      | \d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?(?:\s+[\w .'-]{2,40})?
      | [\w .'-]{2,40}\s+\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?
      | like\s+this\s+story\?\s+share\s+it\s+with\s+a\s+friend!?
      | (?:report|spotted|found|notice|see)\s+(?:an?\s+)?(?:error|typo|mistake)s?\b.*
      | (?:click|tap)\s+(?:here\s+)?to\s+(?:report|flag)\b.*
      | (?:published|updated|posted|last\s+updated|first\s+published)\s*:?.*\d.*
      | updated\s+at\s+.*
      | ©.* | \(?(?:photo|image|picture|credit|source)s?\s*:.*
      | copyright\s+(?:©\s*)?(?:\d{4}|\(c\)).* | all\s+rights\s+reserved\.?
      | image\s+(?:copyright|caption)\b.* | media\s+playback\s+is\s+unsupported\s+on\s+your\s+device
      | (?:listen\s+to\s+(?:this\s+)?(?:article|story)|save\s+(?:this\s+)?(?:article|story)
        |gift\s+(?:this\s+)?article|share\s+full\s+article)(?:\s*[\d:]+\s*(?:min\w*)?)?
      | (?:view|show|hide|load|read)\s+(?:all\s+)?\d*\s*comments? | (?:leave|add|post)\s+a\s+comment
      | join\s+the\s+(?:conversation|discussion)
      | advertisement\s*[-–—:]\s*(?:continue|scroll)\s+(?:reading|down)(?:\s+below)?
      | story\s+continues\s+below(?:\s+advertisement)? | scroll\s+to\s+continue(?:\s+with\s+content)?
      | (?:please\s+)?enable\s+javascript\b.*
      | toggle\s+caption | hide\s+caption | enlarge\s+this\s+image | click\s+to\s+enlarge
      | (?:share|like)\s+this\s*: | topics?\s*:.* | order\s+(?:a\s+)?reprints? | reprints?
      | text\s+size | print\s+this\s+(?:article|story|page)
      | tagged(?:\s+with)?\s*:.* | categor(?:y|ies)\s*:.* | filed\s+under\s*:?.*
      # other languages: read-more links, comment and tag lines, ad labels
      | weiterlesen | mehr\s+lesen | lire\s+la\s+suite | en\s+savoir\s+plus | leer\s+más
      | leggi\s+(?:tutto|di\s+più) | lees\s+meer
      | kommentare?\s+geschlossen | kommentarfeed | trackback(?:-url)? | keine\s+kommentare
      | (?:schlagworte|schlagwörter|stichworte|kategorien?|themen|tags)\s*:.*
      | (?:schlagworte|schlagwörter)
      | anzeige | werbung | publicité | publicidad | pubblicità
      | \d{1,2}\.\s*\w+\s+\d{4},?\s+\d{1,2}:\d{2}\s+uhr
      # reading time, alone or after a read-more link
      | (?:(?:weiterlesen|read\s+more|lire\s+la\s+suite)\s+)?\d{1,3}\s*(?:min|mins|minuten|minutes?)\.?
        (?:\s+(?:read|lesezeit|lesedauer|de\s+lecture))?
      | (?:lesezeit|lesedauer|reading\s+time|temps\s+de\s+lecture)\s*:?\s*\d{1,3}\s*\w*
    )$""",
    re.I | re.X,
)

_PROMO_START = re.compile(
    r"^(?:related|read\s+more|read\s+also|also\s+read|see\s+also|more\s+from|recommended|"
    r"sign\s+up\b|subscribe\b|click\s+here|watch\s*:|listen\s*:|advertisement\b|"
    r"get\s+the\s+latest\b|have\s+a\s+(?:news\s+)?tip\b|follow\s+(?:us|him|her|them)\s+on\b|"
    r"get\s+.{3,60}\s+delivered\b|there'?s\s+plenty\s+more\s+where\b|"
    r"start\s+your\s+day\s+with\b|join\s+our\b)\s*[:|\-–—]?",
    re.I,
)
_STAMP = re.compile(
    r"^\(?(?:published|updated|posted|last\s+updated|first\s+published|modified)\s*:?\s.*\d",
    re.I,
)
_CREDIT_LINE = re.compile(
    r"^[-–—(]*\s*(?:compiled|written|reported|edited|produced|additional\s+reporting|reporting"
    r"|editing|writing|graphics?|photos?|video|(?:photo\s+)?illustrations?|design|animation"
    r"|research)\s+by\s+\S.*$",
    re.I,
)
#: A disclosure about the page, not the story: "We may earn a commission from links on this
#: page", "Opinions expressed by contributors are their own", "This article was produced in
#: partnership with ...".
_DISCLOSURE = re.compile(
    r"^[*\s]*(?:(?:when\s+you\s+buy\s+through\s+(?:our\s+)?links[^.]{0,60},\s*)?we\s+may\s+(?:earn|receive)"
    r"\s+(?:a(?:n\s+affiliate)?\s+)?commission\b|opinions?\s+expressed\s+(?:by|in)\b[^.]{0,80}"
    r"\b(?:are|is)\s+(?:their|his|her|the\s+author['’]s)\s+own\b|the\s+views\s+expressed\b[^.]{0,80}"
    r"\b(?:are|is)\s+(?:their|his|her|the\s+author['’]s|those\s+of\s+the\s+author)\b"
    r"|this\s+(?:article|story|content|post)\s+was\s+(?:produced|written|created)\s+(?:in\s+partnership"
    r"\s+with|by\s+our\s+partners|for\s+sponsor)\b)",
    re.I,
)
#: A pointer to something the text cannot show: "(Graphic: ...)", "Interactive: ...".
_POINTER = re.compile(
    r"^\(?(?:graphic|chart|interactive|video|factbox|gallery|map|audio)s?\s*:\s*\S.{0,200}$", re.I
)
#: A note on where the story ran in print or first: "A version of this article appears in
#: print on Oct. 10, 2018, Section A, Page 1 ...", "*This article appears in the September 5,
#: 2016 issue of ...", "This story originally appeared in ...".
_PRINT_NOTE = re.compile(
    r"^[*†\s]*(?:a\s+version\s+of\s+this\s+(?:article|story|review|column|essay)\s+"
    r"(?:appears|appeared)\s+in\s+print\b|this\s+(?:article|story|piece)\s+(?:appears|appeared"
    r"|was\s+published|first\s+appeared|originally\s+appeared|ran)\s+(?:in|on)\s+(?:the\s+)?"
    r".{0,80}?\b(?:issue|edition|print)\b)",
    re.I,
)
#: A credit for help with the story: "The Associated Press contributed to this report.",
#: "Ana Ruiz in Lima contributed reporting."; a line to write to its author: "Write to Ana Ruiz
#: at ana.ruiz@example.com", "Contact us at letters@example.com".
_HELP_CREDIT = re.compile(
    r"^[-–—(*\s]*(?:[^.!?]{2,160}\bcontributed\s+(?:to\s+this\s+(?:report|story|article)"
    r"|(?:additional\s+)?reporting)(?:\s+(?:from|in)\s+[^.!?]{1,40})?[.)]*"
    r"|(?:write\s+to|contact\s+(?:us|the\s+author|him|her)\s+at|email\s+(?:us|the\s+author)\s+at)"
    r"\s[^!?\n]{0,100}?@\S+?\.?)$",
    re.I,
)
#: A gallery slide's counter opening its caption: "1/50 ...", "3 of 12 ...".
_SLIDE = re.compile(r"^\d{1,3}\s*(?:/|of)\s*\d{1,3}\b(?!\s*(?:%|percent|per\s+cent))", re.I)
#: The closing parenthesis of a photo caption: "(Photo: ...)" or a picture agency's name.
_CREDIT_LABEL = re.compile(r"^(?:image|photo|picture|credit|pic)s?\s*:", re.I)
_PICTURE_AGENCY = re.compile(
    r"\b(?:getty|reuters|ap\s+photo|afp|shutterstock|istock|epa|alamy|bloomberg|xinhua"
    r"|associated\s+press|getty\s+images)\b",
    re.I,
)
_DATELINE = re.compile(
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s+)?"
    r"(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+\(?[A-Z]{2,4}\)?)?)?\.?$",
    re.I,
)

_TERMINAL = re.compile(r"""[.!?…]["'”’)\]]*$""")


def is_teaser_heading(text: str) -> bool:
    """True for the heading of a recirculation block ("Related article", "Most read"...)."""
    return len(text) <= 60 and bool(_TEASER_HEADINGS.match(text.strip()))


_WIDGET_SEPARATOR = re.compile(r"\s+[|·•]\s+")


def is_widget_line(text: str) -> bool:
    """True for page-widget text that is never article prose ("Comments (0)", "0/500", "Home").

    A line of such words between bars or dots ("Comment feed | Comments closed | Trackback")
    is one too.
    """
    stripped = text.strip()
    if not stripped:
        return True
    if len(stripped) <= 60 and _WIDGET.match(stripped):
        return True
    parts = _WIDGET_SEPARATOR.split(stripped)
    return 1 < len(parts) <= 8 and all(len(p) <= 60 and _WIDGET.match(p) for p in parts)


_FOLLOW = re.compile(
    r"\bfollow\s+(?:him|her|them|us|me)\s+on\s+(?:twitter|facebook|instagram|linkedin|x)\b", re.I
)
#: "by Regan May 3, 2014", "By Ana Ruiz, Wednesday, 20 November 2019 08:05 GMT", "By Tom
#: Becker | Nov. 18, 2019": a name (not a date or a time word) and a date, a separator or not.
_BYLINE_DATE = re.compile(
    r"^by\s+(?!(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri"
    r"|satur|sun)day|the|end|early|late|mid|next|last|this|then|now|comparison|contrast)\b)"
    r"[\w .'’-]{2,50}?(?:\s*[,|·–—]\s*|\s+)(?:on\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\w+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\w+\s+\d{4}|\d{4}-\d{2}-\d{2})",
    re.I,
)


def is_author_note(text: str) -> bool:
    """True for a short author bio or byline: "Follow him on Twitter", "by Regan May 3, 2014"."""
    stripped = text.strip()
    if len(stripped) < 400 and _FOLLOW.search(stripped):
        return True
    return len(stripped) < 120 and bool(_BYLINE_DATE.match(stripped))


def is_caption_or_dateline(text: str) -> bool:
    """True for a caption, a dateline or a credit: never article prose.

    A photo caption with a credit, a date-and-time line, a "Reporting by" credit, a
    "(Graphic: ...)" pointer, a gallery slide's caption ("1/50 The crowd at ..."), or a note
    on where the story ran in print ("A version of this article appears in print on ...").
    """
    stripped = text.strip()
    if len(stripped) <= 120 and (_STAMP.match(stripped) or _CREDIT_LINE.match(stripped)):
        return True
    if len(stripped) <= 240 and (_POINTER.match(stripped) or _SLIDE.match(stripped)):
        return True
    if len(stripped) <= 300 and _DISCLOSURE.match(stripped):
        return True  # "We may earn a commission from links on this page."
    if len(stripped) <= 260 and _HELP_CREDIT.match(stripped):
        return True  # "The Associated Press contributed to this report."
    if len(stripped) <= 400 and _PRINT_NOTE.match(stripped):
        return True  # where the story ran in print: its dates are no facts of the story
    return _ends_with_credit(stripped) or bool(_DATELINE.match(stripped))


def _ends_with_credit(text: str) -> bool:
    """True when the text ends with a parenthesised credit: "... (Photo: Ana Ruiz)".

    Only the last parenthesis is read (linear in the text: no pattern rescans the text from
    every opening parenthesis).
    """
    if not text.endswith(")"):
        return False
    start = text.rfind("(")
    if start < 0:
        return False
    inner = text[start + 1 : -1]
    if "(" in inner or ")" in inner:
        return False
    return bool(_CREDIT_LABEL.match(inner) or _PICTURE_AGENCY.search(inner))


def starts_inline_promo(text: str) -> bool:
    """True for an in-body promo paragraph ("Read more: ...", "Related: ...", "Sign up ...")."""
    return bool(_PROMO_START.match(text.strip()))


def looks_like_headline(text: str) -> bool:
    """True for a short line with no closing punctuation: a headline, not a sentence."""
    stripped = text.strip()
    words = stripped.split()
    return 0 < len(words) <= 25 and not _TERMINAL.search(stripped)


def ends_mid_sentence(text: str) -> bool:
    """True when a paragraph stops without closing punctuation (a cut teaser blurb)."""
    return not _TERMINAL.search(text.strip())
