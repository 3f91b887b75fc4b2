"""Builds the hostile archive: every family of broken or malicious input a scraped archive holds.

Each case is a real input (a page file, a JSONL item or a WARC response) with the family it belongs
to and the outcome it must have. ``tests/unit/test_hostile.py`` runs the archive through the batch
engine and checks every case; ``bench/hostile_table.py`` runs the same archive and prints the
table of ``docs/hostile-input.md``. The settings the archive is meant for are
:data:`HOSTILE_SETTINGS`.
"""

from __future__ import annotations

import codecs
import gzip
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.unit.batch_archive import TOKEN_HTML, warc_response, write_warc_gz

from newsfacts.batch.supervise import CRASH_MARKER, HANG_MARKER, KILL_MARKER
from newsfacts.settings import Settings

#: Small limits so that the oversized cases stay small; a short budget so the hang is quick.
HOSTILE_SETTINGS = Settings(
    model=None,
    max_input_bytes=3_000_000,
    max_dom_depth=200,
    max_dom_nodes=100_000,
    max_article_chars=200_000,
    record_timeout=8.0,
)

Row = dict[str, Any]
Check = Callable[[Row], bool]

#: Never in any output: the contents of /etc/passwd, expanded entities, a fetched DTD.
LEAKS = ("root:x:0", "lollollollol", "<!ENTITY", "SYSTEM", "TOP-SECRET")

PARAGRAPHS = (
    "The regional wind farm operator said on Tuesday that output from its {n} turbines rose "
    "14% in the first quarter to 1,240 gigawatt hours, the highest level since the farm opened.",
    "Revenue climbed to $310 million in the quarter, up from $275 million a year earlier, while "
    "maintenance costs fell 6% after the company replaced 40 gearboxes last year.",
    "The company expects to add 25 turbines this year and to finish a new substation before the "
    "end of June, its chief executive told reporters in Hamburg.",
)


def article(n: int = 120, *, head: str = "", lang: str = "en", extra: str = "") -> str:
    """A small, valid English news page (with figures) for the cases to wrap or damage."""
    body = "".join(f"<p>{p.format(n=n)}</p>" for p in PARAGRAPHS)
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><title>Wind output rises</title>{head}</head>"
        f"<body><article><h1>Wind output rises</h1>{extra}{body}</article></body></html>"
    )


FOREIGN = {
    "de": (
        "Die Windräder in Schleswig-Holstein haben im ersten Quartal 14 % mehr Strom erzeugt als "
        "im Vorjahr, teilte der Betreiber am Dienstag mit. Die Zahl der Anlagen stieg auf 1240, "
        "und der Umsatz wuchs nach Angaben des Unternehmens um 9 % auf 310 Millionen Euro. "
        "Die Kosten für die Wartung sind dagegen gesunken, weil im vergangenen Jahr 40 Getriebe "
        "ausgetauscht wurden, sagte der Vorstand."
    ),
    "fr": (
        "Les éoliennes de la région ont produit 14 % d'électricité en plus au premier trimestre, "
        "a indiqué mardi l'exploitant. Le chiffre d'affaires a progressé de 9 % pour atteindre "
        "310 millions d'euros selon la société, qui prévoit d'installer 25 nouvelles turbines "
        "cette année. Les coûts de maintenance sont en baisse depuis le remplacement de 40 "
        "multiplicateurs l'an dernier, selon le directeur."
    ),
    "es": (
        "Los aerogeneradores de la región produjeron un 14 % más de electricidad en el primer "
        "trimestre, según informó el martes la empresa. Los ingresos crecieron un 9 % hasta 310 "
        "millones de euros, y la compañía prevé instalar 25 turbinas más este año. Los costes de "
        "mantenimiento bajaron después de que se sustituyeran 40 multiplicadores el año pasado, "
        "dijo el consejero delegado a los periodistas."
    ),
    "ru": (
        "Ветряные электростанции региона в первом квартале выработали на 14 % больше "
        "электроэнергии, чем годом ранее, сообщил во вторник оператор. Выручка компании выросла "
        "на 9 % до 310 миллионов евро, а в этом году она планирует установить ещё 25 турбин. "
        "Расходы на обслуживание снизились после замены 40 редукторов в прошлом году, сказал "
        "генеральный директор журналистам."
    ),
    "ja": (
        "地域の風力発電所は第1四半期に前年より14%多くの電力を生み出したと、運営会社が火曜日に"
        "発表した。売上高は9%増の3億1000万ユーロとなり、同社は今年さらに25基のタービンを設置する"
        "計画だ。昨年40台の増速機を交換したことで、保守費用は下がったという。社長は記者団に対し、"
        "6月末までに新しい変電所を完成させると述べた。洋上風力の建設費は2025年に比べて12%上昇した"
        "が、同社は送電網の増強により年間の発電量を20%引き上げられると見込んでいる。"
    ),
}


@dataclass
class Case:
    """One hostile input: its family, its record id and what its output row must satisfy."""

    family: str
    id: str
    expect: str
    check: Check


@dataclass
class HostileArchive:
    """The built archive: its input paths and the cases in input order."""

    root: Path
    inputs: list[Path] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)


def error_of(kind: str) -> Check:
    return lambda row: row["status"] == "error" and row["error"]["type"] == kind


def no_leak(row: Row) -> bool:
    blob = json.dumps(row, ensure_ascii=False)
    return not any(leak in blob for leak in LEAKS)


def clean_ok(*words: str) -> Check:
    """Status ok, the words in the text, no replacement characters and no mojibake."""

    def check(row: Row) -> bool:
        text = row.get("text", "")
        mojibake = any(m in text for m in ("\ufffd", "Ã", "â€"))
        return row["status"] == "ok" and all(w in text for w in words) and not mojibake

    return check


def survived(row: Row) -> bool:
    """Any typed outcome: ok, no_article, or an error row with a type."""
    return row["status"] in {"ok", "no_article"} or bool(row.get("error", {}).get("type"))


class _Builder:
    def __init__(self, root: Path) -> None:
        self.archive = HostileArchive(root=root)
        self.pages = root / "pages"
        self.items: list[str] = []
        self.items_path = root / "items.jsonl"

    def page(self, family: str, name: str, data: bytes, expect: str, check: Check) -> None:
        folder = self.pages / family
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        path.write_bytes(data)
        self.archive.cases.append(Case(family, str(path), expect, check))

    def link(self, family: str, name: str, target: Path, expect: str, check: Check) -> None:
        folder = self.pages / family
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        path.symlink_to(target)
        self.archive.cases.append(Case(family, str(path), expect, check))

    def item(self, family: str, record_id: str, line: str, expect: str, check: Check) -> None:
        self.items.append(line)
        self.archive.cases.append(Case(family, record_id, expect, check))


def _pages(b: _Builder) -> None:
    # Zero-byte and blank files
    for name, data in (
        ("zero.html", b""),
        ("blank.html", b" \n\t\r\n "),
        ("bom-only.html", codecs.BOM_UTF8),
        ("zero.html.gz", gzip.compress(b"")),
    ):
        b.page("empty", name, data, "error LoadError", error_of("LoadError"))

    # Binary files named .html
    rng = random.Random(8)
    binaries = {
        "image.html": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
        + bytes(rng.randrange(256) for _ in range(4000)),
        "archive.html": b"PK\x03\x04\x14\x00\x00\x00"
        + bytes(rng.randrange(256) for _ in range(4000)),
        "program.html": b"\x7fELF\x02\x01\x01\x00" + bytes(4000),
        "utf16-no-bom.html": article().encode("utf-16-le"),
    }
    for index in range(6):
        binaries[f"noise-{index}.html"] = bytes(rng.randrange(256) for _ in range(3000 + index))
    for name, data in binaries.items():
        b.page("binary", name, data, "error LoadError (or no_article)", survived)

    # Too big: raw, after decompression, too many elements, too long an article
    b.page(
        "oversized",
        "raw.html",
        article().encode() + b" " * 3_000_000,
        "error LimitError",
        error_of("LimitError"),
    )
    b.page(
        "oversized",
        "bomb.html.gz",
        gzip.compress(b"<p>" + b"a" * 50_000_000),
        "error LimitError",
        error_of("LimitError"),
    )
    b.page(
        "oversized",
        "nodes.html",
        ("<html><body>" + "<b></b>" * 150_000 + "</body></html>").encode(),
        "error LimitError",
        error_of("LimitError"),
    )
    long_body = "".join(  # sentences that differ: a paragraph of one sentence repeated is one copy
        "<p>"
        + "".join(
            f"Unit {n} of the plant produced {n * 3 + k} more megawatt hours in shift {k}. "
            for k in range(40)
        )
        + "</p>"
        for n in range(200)
    )
    b.page(
        "oversized",
        "long-article.html",
        article(extra=long_body).encode(),
        "error LimitError",
        error_of("LimitError"),
    )
    b.page(
        "oversized",
        "large-but-allowed.html",
        article(extra="<div>" + "<span>x</span>" * 20_000 + "</div>").encode(),
        "ok",
        clean_ok("turbines"),
    )

    # Deep nesting
    for depth in (500, 10_000):
        nested = "<div>" * depth + article() + "</div>" * depth
        b.page(
            "nesting",
            f"div-{depth}.html",
            nested.encode(),
            "error LimitError",
            error_of("LimitError"),
        )
    b.page(
        "nesting",
        "span-10000-unclosed.html",
        (article() + "<span>" * 10_000).encode(),
        "any typed outcome",
        survived,
    )
    b.page(
        "nesting",
        "div-100.html",
        ("<div>" * 100 + article() + "</div>" * 100).encode(),
        "ok",
        clean_ok("turbines"),
    )

    # Pages that are all script (nothing is ever executed)
    js = "document.write('<p>" + PARAGRAPHS[0].format(n=5) + "</p>');\n"
    b.page(
        "script-only",
        "write.html",
        f"<html><body><script>{js * 50}</script></body></html>".encode(),
        "no_article",
        lambda r: r["status"] == "no_article",
    )
    b.page(
        "script-only",
        "bundle.html",
        ("<script>" + "var a=1;" * 200_000 + "</script>").encode(),
        "no_article",
        lambda r: r["status"] == "no_article",
    )
    b.page(
        "script-only",
        "style-noscript.html",
        ("<style>p{color:red}</style><noscript>" + PARAGRAPHS[1] * 5 + "</noscript>").encode(),
        "no_article",
        lambda r: r["status"] == "no_article",
    )

    # NUL bytes and control characters inside text pages
    page = article().encode()
    b.page(
        "nul-bytes",
        "scattered.html",
        page.replace(b"turbines", b"turb\x00ines", 1).replace(b"</h1>", b"\x00</h1>"),
        "ok",
        clean_ok("turbines"),
    )
    b.page(
        "nul-bytes",
        "controls.html",
        page.replace(b"Revenue", b"Rev\x01\x02\x1benue"),
        "ok",
        clean_ok("Revenue"),
    )
    b.page(
        "nul-bytes",
        "mostly-nul.html",
        page[:200] + b"\x00" * 5000,
        "error LoadError",
        error_of("LoadError"),
    )

    # Charsets: BOMs, declarations, lies, none at all
    word = "Windrädern"
    text = article(
        extra=f"<p>Die Zahl der {word} und Straßen stieg im Jahr deutlich an, wie die Behörde mitteilte, und die Kosten sanken.</p>"
    )
    b.page(
        "charset",
        "cp1252-undeclared.html",
        text.encode("cp1252"),
        "ok, no mojibake",
        clean_ok(word),
    )
    b.page(
        "charset",
        "cp1252-declared-utf8.html",
        text.replace("<head>", "<head><meta charset='utf-8'>").encode("cp1252"),
        "ok, no mojibake",
        clean_ok(word),
    )
    b.page(
        "charset",
        "utf8-declared-latin1.html",
        text.replace("<head>", "<head><meta charset='iso-8859-1'>").encode("utf-8"),
        "ok, no mojibake",
        clean_ok(word),
    )
    b.page(
        "charset",
        "utf8-declared-cp1252.html",
        text.replace(
            "<head>",
            '<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
        ).encode("utf-8"),
        "ok, no mojibake",
        clean_ok(word),
    )
    b.page(
        "charset",
        "utf8-bom.html",
        codecs.BOM_UTF8 + text.encode("utf-8"),
        "ok, no mojibake",
        clean_ok(word),
    )
    b.page("charset", "utf16-bom.html", text.encode("utf-16"), "ok, no mojibake", clean_ok(word))
    b.page(
        "charset",
        "unknown-charset.html",
        text.replace("<head>", "<head><meta charset='x-klingon'>").encode("utf-8"),
        "ok, no mojibake",
        clean_ok(word),
    )
    ru = f"<html><head><meta charset='koi8-r'></head><body><article><p>{FOREIGN['ru']}</p></article></body></html>"
    b.page(
        "charset",
        "koi8r-declared.html",
        ru.encode("koi8-r"),
        "ok, no mojibake",
        clean_ok("Ветряные"),
    )
    ja = f"<html><head><meta charset='shift_jis'></head><body><article><p>{FOREIGN['ja']}</p></article></body></html>"
    b.page(
        "charset",
        "shift-jis-declared.html",
        ja.encode("shift_jis"),
        "ok, no mojibake",
        clean_ok("風力発電所"),
    )

    # XML prologs with entities: nothing read, nothing fetched, nothing expanded
    xxe = '<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    laughs = "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    bomb = f'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">{laughs}]>'
    dtd = '<?xml version="1.0"?><!DOCTYPE html SYSTEM "http://127.0.0.1:9/evil.dtd">'
    xinclude = '<div xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="file:///etc/passwd" parse="text"/></div>'
    b.page(
        "xml-entities",
        "xxe.html",
        (xxe + article(extra="<p>&xxe;</p>")).encode(),
        "ok, nothing read",
        lambda r: clean_ok("turbines")(r) and no_leak(r),
    )
    b.page(
        "xml-entities",
        "billion-laughs.html",
        (bomb + article(extra="<p>&lol9;</p>")).encode(),
        "ok, nothing expanded",
        lambda r: clean_ok("turbines")(r) and no_leak(r),
    )
    b.page(
        "xml-entities",
        "external-dtd.html",
        (dtd + article()).encode(),
        "ok, nothing fetched",
        lambda r: clean_ok("turbines")(r) and no_leak(r),
    )
    b.page(
        "xml-entities",
        "xinclude.html",
        article(extra=xinclude).encode(),
        "ok, nothing read",
        lambda r: clean_ok("turbines")(r) and no_leak(r),
    )
    b.page(
        "xml-entities",
        "pi-and-cdata.html",
        article(extra="<?php system('id'); ?><![CDATA[ <p>hidden</p> ]]>").encode(),
        "ok",
        lambda r: clean_ok("turbines")(r) and "system(" not in r["text"],
    )

    # Other languages: language told, numbers and dates still found, English NER skipped
    for lang, body in FOREIGN.items():
        html = f"<html><head><meta charset='utf-8'><title>{lang}</title></head><body><article><p>{body}</p></article></body></html>"
        b.page(
            "other-language",
            f"{lang}.html",
            html.encode(),
            f"ok, language {lang}, no ner",
            _foreign(lang),
        )

    # Malformed markup
    for name, markup in (
        ("truncated.html", article()[:700]),
        (
            "tag-soup.html",
            "<p><b><i>" + PARAGRAPHS[0].format(n=3) + "</p></b></i><td><tr>" * 50 + article(),
        ),
        (
            "unclosed-attrs.html",
            article().replace("<article>", '<article class=\'a id="b ><p onclick="'),
        ),
        ("only-html-tag.html", "<html>"),
        ("comments.html", "<!--" + "-" * 10_000 + article()),
    ):
        b.page("malformed", name, markup.encode(), "any typed outcome", survived)


def _links(b: _Builder) -> None:
    """Symbolic links in an input folder: followed inside it, refused when they lead out."""
    secret = b.archive.root / "secret.html"
    secret.write_text(article(extra="<p>TOP-SECRET-43 is the vault code.</p>"), encoding="utf-8")
    refused = "error LoadError, not read"
    not_read = lambda row: error_of("LoadError")(row) and no_leak(row)  # noqa: E731
    b.link("symlinks", "passwd.html", Path("/etc/passwd"), refused, not_read)
    b.link("symlinks", "secret.html", secret, refused, not_read)
    b.link("symlinks", "loop.html", Path("loop.html"), refused, not_read)
    inside = b.pages / "xml-entities" / "external-dtd.html"
    b.link("symlinks", "inside.html", inside, "ok (inside the folder)", clean_ok("turbines"))


def _foreign(lang: str) -> Check:
    def check(row: Row) -> bool:
        kinds = {f["kind"] for f in row.get("facts", [])}
        return (
            row["status"] == "ok"
            and row["metadata"]["language"] == lang
            and row["pipeline"]["stages"] == ["clean", "numbers", "dates", "validate"]
            # CJK text has no word boundaries around figures: the digit grammar finds none there
            and ("percent" in kinds or lang in {"ja", "zh"})
            and "organization" not in kinds
        )

    return check


def _items(b: _Builder) -> None:
    page = article()
    b.item(
        "jsonl-broken",
        f"{b.items_path}:1",
        '{"id": "half", "html": "<p>cut',
        "error LoadError",
        error_of("LoadError"),
    )
    b.item(
        "jsonl-broken",
        f"{b.items_path}:2",
        '["a", "list"]',
        "error LoadError",
        error_of("LoadError"),
    )
    b.item(
        "jsonl-broken",
        "no-page",
        json.dumps({"id": "no-page", "url": "x"}),
        "error LoadError",
        error_of("LoadError"),
    )
    b.item(
        "jsonl-broken",
        "nul-text",
        json.dumps({"id": "nul-text", "html": page.replace("turbines", "turb\u0000ines")}),
        "ok",
        clean_ok("turbines"),
    )
    b.item(
        "jsonl-broken",
        "surrogate",
        '{"id": "surr\\ud800ogate", "html": ' + json.dumps(page)[:-1] + '\\udc00"}',
        "ok (lone surrogates dropped)",
        clean_ok("turbines"),
    )
    b.item(
        "jsonl-broken",
        "huge-number",
        json.dumps(
            {
                "id": "huge-number",
                "text": "The deficit reached "
                + "9" * 5000
                + " dollars, the ministry said on Monday, up 4% from a year earlier. " * 5,
            }
        ),
        "any typed outcome",
        survived,
    )
    # Ids that look like paths: output stays in the output folder
    for record_id in ("../../escape", "/etc/newsfacts-escape", "..\\..\\escape", "a/../../../b"):
        b.item(
            "path-ids",
            record_id,
            json.dumps({"id": record_id, "html": page}),
            "ok, written inside -o",
            clean_ok("turbines"),
        )
    # A worker that hangs, and one that crashes: the record is lost alone
    b.item(
        "worker-hang",
        "hang",
        json.dumps({"id": "hang", "html": article(extra=f"<!-- {HANG_MARKER} -->")}),
        "error timeout",
        error_of("timeout"),
    )
    b.item(
        "worker-crash-sigsegv",
        "crash",
        json.dumps({"id": "crash", "html": article(extra=f"<!-- {CRASH_MARKER} -->")}),
        "error worker_died",
        error_of("worker_died"),
    )
    b.item(
        "worker-killed-sigkill",
        "killed",
        json.dumps({"id": "killed", "html": article(extra=f"<!-- {KILL_MARKER} -->")}),
        "error worker_died",
        error_of("worker_died"),
    )
    for n in range(12):  # healthy neighbours in the same chunks
        b.item(
            "healthy",
            f"ok-{n}",
            json.dumps({"id": f"ok-{n}", "html": article(n + 100)}),
            "ok",
            clean_ok(f"{n + 100} turbines"),
        )


def _warc(b: _Builder) -> None:
    path = b.archive.root / "crawl.warc.gz"
    word = "Windrädern"
    text = article(
        extra=f"<p>Die Zahl der {word} stieg im Jahr deutlich an, wie die Behörde mitteilte.</p>"
    )
    responses = [
        (
            "https://a.example/header-cp1252",
            text.encode("cp1252"),
            "text/html; charset=windows-1252",
            "ok, no mojibake",
            clean_ok(word),
        ),
        (
            "https://a.example/header-latin1-really-utf8",
            text.encode("utf-8"),
            "text/html; charset=ISO-8859-1",
            "ok, no mojibake",
            clean_ok(word),
        ),
        (
            "https://a.example/header-bogus",
            text.encode("utf-8"),
            "text/html; charset=bogus-9",
            "ok, no mojibake",
            clean_ok(word),
        ),
        (
            "https://a.example/header-vs-meta",
            text.replace("<head>", "<head><meta charset='utf-8'>").encode("cp1252"),
            "text/html; charset=cp1252",
            "ok, no mojibake",
            clean_ok(word),
        ),
        (
            "https://a.example/token",
            TOKEN_HTML.read_bytes(),
            "text/html; charset=utf-8",
            "ok",
            clean_ok("tokens"),
        ),
    ]
    offsets = write_warc_gz(
        path, [warc_response(url, body, ctype) for url, body, ctype, _, _ in responses]
    )
    for offset, (_, _, _, expect, check) in zip(offsets, responses, strict=True):
        b.archive.cases.append(Case("charset-warc", f"{path}@{offset}", expect, check))
    b.archive.inputs.append(path)


def _round_two(b: _Builder) -> None:
    """The families of the second hostile round (issue 18): pages, an item, a damaged WARC."""
    noise = random.Random(18).randbytes(20_000)
    b.page(
        "random-bytes",
        "noise.html",
        b"<meta charset='latin-1'>" + noise.replace(b"\x00", b"\x01"),
        "error LoadError (binary)",
        error_of("LoadError"),
    )
    brackets = "<script type='application/ld+json'>" + "[" * 1000 + "]" * 1000 + "</script>"
    b.page(
        "json-ld-nesting",
        "brackets.html",
        article(head=brackets).encode(),
        "ok",
        clean_ok("turbines"),
    )
    b.page(
        "charset",
        "punycode.html",
        article(head="<meta charset='punycode'>").encode(),
        "ok",
        clean_ok("turbines"),
    )
    line = "Profit rose 9% to $2.3 billion in the year. Shares gained 2% on the news.\n"
    b.page(
        "repeated-text",
        "fifty-copies.txt",
        (line * 50).encode(),
        "ok, one copy, its facts",
        lambda row: (
            row["status"] == "ok"
            and row["text"].count("Profit rose 9%") == 1
            and len(row["facts"]) >= 3
        ),
    )
    b.item(
        "oversized",
        f"{b.items_path}:{len(b.items) + 1}",  # a line not read has no id of its own
        json.dumps({"id": "huge-line", "html": "<p>" + "x" * 3_100_000 + "</p>"}),
        "error LimitError",
        error_of("LimitError"),
    )
    _damaged_warc(b)


def _damaged_warc(b: _Builder) -> None:
    """A crawl file with a false gzip body, a lying Content-Length and a member cut in half."""
    path = b.archive.root / "damaged.warc.gz"
    good = article().encode()

    def record(url: str, extra: bytes = b"", length: int | None = None) -> bytes:
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + extra
        http += b"\r\n" + good
        head = (
            f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
            "WARC-Date: 2026-04-20T08:00:00Z\r\n"
            "Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http) if length is None else length}\r\n\r\n"
        ).encode()
        return gzip.compress(head + http + b"\r\n\r\n")

    members = [
        ("ok", record("https://d.example/1"), "ok", clean_ok("turbines")),
        (
            "false Content-Encoding",
            record("https://d.example/2", b"Content-Encoding: gzip\r\n"),
            "error LoadError",
            error_of("LoadError"),
        ),
        ("ok", record("https://d.example/3"), "ok", clean_ok("turbines")),
        (
            "Content-Length of a terabyte",
            record("https://d.example/4", length=10**12),
            "error LimitError",
            error_of("LimitError"),
        ),
        ("ok", record("https://d.example/5"), "ok", clean_ok("turbines")),
        (
            "gzip member cut in half",
            record("https://d.example/6")[:300],
            "error LoadError",
            error_of("LoadError"),
        ),
        ("ok", record("https://d.example/7"), "ok", clean_ok("turbines")),
    ]
    offsets = write_warc_gz(path, [data for _, data, _, _ in members])
    for offset, (_, _, expect, check) in zip(offsets, members, strict=True):
        b.archive.cases.append(Case("warc-damage", f"{path}@{offset}", expect, check))
    b.archive.inputs.append(path)


def build_hostile_archive(root: Path) -> HostileArchive:
    """Write every hostile case under ``root``; returns the inputs and the cases in input order."""
    b = _Builder(root)
    _pages(b)
    _links(b)
    _items(b)
    _round_two(b)
    b.items_path.write_text("\n".join(b.items) + "\n", encoding="utf-8")
    _warc(b)
    b.archive.inputs[:0] = [b.pages, b.items_path]
    return b.archive


def families(archive: HostileArchive) -> list[str]:
    """The families in the order they first appear."""
    return list(dict.fromkeys(case.family for case in archive.cases))
