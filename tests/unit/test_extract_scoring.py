"""The scoring rules of bench/extract_rules.py and bench/extract_scoring.py, and the peers'
conversions of bench/extract_peers.py, on tiny hand-made inputs (no pipeline, no gold files)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))  # the bench modules import their siblings by name

import extract_peers as peers  # noqa: E402
import extract_rules as rules  # noqa: E402
import extract_scoring as scoring  # noqa: E402

Pred = rules.Pred
D = dt.date


# -- collapsed text and offsets ---------------------------------------------------------------


def test_collapse_map_points_every_character_back_to_its_source() -> None:
    text = "  Sales\n\n rose\xa0 6.2%  to\t$1.45 billion. "
    collapsed, index = rules.collapse_map(text)
    assert collapsed == rules.collapse(text) == "Sales rose 6.2% to $1.45 billion."
    assert len(index) == len(collapsed)
    for i, ch in enumerate(collapsed):
        assert text[index[i]] == ch or (ch == " " and text[index[i]].isspace())
    at = collapsed.find("6.2%")
    start, end = rules.to_original(index, at, at + 4)
    assert text[start:end] == "6.2%"
    at = collapsed.find("rose 6.2%")
    start, end = rules.to_original(index, at, at + len("rose 6.2%"))
    assert text[start:end] == "rose\xa0 6.2%"


def test_locate_in_context_uses_the_offset_and_pins_the_right_occurrence() -> None:
    text = "In 2015 it rose.\n\nIn  2015 it fell 3%."
    collapsed, index = rules.collapse_map(text)
    span = rules.locate_in_context(collapsed, index, " In 2015 it fell", 4, 4)
    assert span is not None
    assert text[span[0] : span[1]] == "2015"
    assert span[0] == text.rindex("2015")


def test_locate_in_context_retries_a_context_that_opens_the_text() -> None:
    text = "Revenue was $5 million."
    collapsed, index = rules.collapse_map(text)
    span = rules.locate_in_context(collapsed, index, " Revenue was $5 million", 13, 10)
    assert span is not None
    assert text[span[0] : span[1]] == "$5 million"
    assert rules.locate_in_context(collapsed, index, "not in the text", 0, 3) is None


def test_locate_in_span_picks_the_occurrence_nearest_the_prediction() -> None:
    text = "2015 and 2015 and  2015."
    span = rules.locate_in_span(text, "2015", (5, len(text)), (19, 23))
    assert span == (19, 23)
    assert rules.locate_in_span(text, "2016", (0, len(text)), (0, 4)) is None


# -- value and matching rules -----------------------------------------------------------------


def test_numbers_match_within_half_a_percent_exact_at_zero_both_range_ends() -> None:
    assert rules.numbers_match(Pred("money", 0, 1, "x", value=100.4), 100, 100)
    assert not rules.numbers_match(Pred("money", 0, 1, "x", value=100.6), 100, 100)
    assert rules.numbers_match(Pred("quantity", 0, 1, "x", value=0.0), 0, 0)
    assert not rules.numbers_match(Pred("quantity", 0, 1, "x", value=1e-9), 0, 0)
    ranged = Pred("money", 0, 1, "x", value=5e9, value_max=8e9)
    assert rules.numbers_match(ranged, 5e9, 8e9)
    assert not rules.numbers_match(ranged, 5e9, 5e9)  # a range is not its lower end
    assert not rules.numbers_match(Pred("money", 0, 1, "x", value=5e9), 5e9, 8e9)
    assert rules.numbers_match(Pred("percent", 0, 1, "x", value=2.0), -2, -2)  # magnitude
    assert not rules.numbers_match(Pred("money", 0, 1, "x"), 1, 1)  # no value


def test_greedy_match_takes_the_largest_overlap_first_one_to_one() -> None:
    # gold 0 overlaps pred 0 by 2 and pred 1 by 5; gold 1 overlaps pred 1 by 3 only
    matched = rules.greedy_match([(2, 0, 0, 0), (5, 0, 0, 1), (3, 0, 1, 1)])
    assert matched == {0: 1}
    matched = rules.greedy_match([(4, 1, 0, 0), (4, 0, 1, 0)])
    assert matched == {1: 0}  # tie on overlap: the smaller tie-break wins


def test_kinds_compatible() -> None:
    assert rules.kinds_compatible("date", "date_range")
    assert rules.kinds_compatible("date_range", "date")
    assert rules.kinds_compatible("number", "percent")
    assert not rules.kinds_compatible("money", "quantity")
    assert not rules.kinds_compatible("quantity", "number")


# -- quantities-dev ---------------------------------------------------------------------------


def _item(kind: str, text: str, sentence: str, value: object, **extra: object) -> dict:
    start = sentence.index(text)
    return {
        "kind": kind,
        "text": text,
        "start": start,
        "end": start + len(text),
        "value": value,
        "unit": None,
        **extra,
    }


def test_score_case_number_matched_by_any_numeric_prediction() -> None:
    s = "I have 16 apples and 3 pears"
    case = {"scope": ["number"], "expected": [_item("number", "16", s, 16.0)]}
    preds = [
        Pred("quantity", 7, 16, "16 apples", value=16.0, unit="apples"),
        Pred("quantity", 21, 28, "3 pears", value=3.0),
    ]
    result = scoring.score_case(case, preds)
    assert result.tally.tp == {"number": 1}
    assert result.tally.fp == {"number": 1}  # the unmatched quantity counts as a number
    assert not result.tally.fn


def test_score_case_ignores_kinds_out_of_scope_and_optional_items() -> None:
    s = "Sales rose 6% to $5 million in 2015"
    case = {
        "scope": ["money", "percent"],
        "expected": [
            _item("percent", "6%", s, 6.0),
            _item("money", "$5 million", s, 5e6, unit="USD"),
            _item("money", "2015", s, 2015.0, optional=True),
        ],
    }
    preds = [
        Pred("percent", 11, 13, "6%", value=6.0),
        Pred("money", 17, 27, "$5 million", value=5e6, unit="USD"),
        Pred("date_range", 31, 35, "2015", days=(D(2015, 1, 1), D(2015, 12, 31))),  # out of scope
        Pred("quantity", 11, 12, "6", value=6.0),  # quantity not in scope, number not either
    ]
    result = scoring.score_case(case, preds)
    assert result.tally.tp == {"percent": 1, "money": 1}
    assert not result.tally.fp
    assert not result.tally.fn


def test_score_case_optional_item_neither_required_nor_penalised() -> None:
    s = "the 2005 run"
    case = {
        "scope": ["number", "quantity"],
        "expected": [_item("number", "2005", s, 2005.0, optional=True)],
    }
    assert not scoring.score_case(case, []).tally.fn
    hit = scoring.score_case(case, [Pred("quantity", 4, 8, "2005", value=2005.0)])
    assert not hit.tally.tp
    assert not hit.tally.fp


def test_score_case_dates_exact_with_alt_values_and_kind_compatibility() -> None:
    s = "I'll be out since August and back tomorrow"
    case = {
        "scope": ["date", "date_range"],
        "expected": [
            _item(
                "date_range",
                "since August",
                s,
                ["2016-08-01", None],
                alt_values=[["2017-08-01", None]],
            ),
            _item("date", "tomorrow", s, "2016-11-08"),
        ],
    }
    preds = [
        Pred("date_range", 12, 24, "since August", days=(D(2017, 8, 1), None)),  # the alt reading
        Pred("date_range", 34, 42, "tomorrow", days=(D(2016, 11, 8), D(2016, 11, 8))),
    ]
    result = scoring.score_case(case, preds)
    assert result.tally.tp == {"date_range": 1, "date": 1}
    wrong = [Pred("date", 34, 42, "tomorrow", days=(D(2016, 11, 9), D(2016, 11, 9)))]
    result = scoring.score_case(case, wrong)
    assert result.tally.fn == {"date_range": 1, "date": 1}
    assert result.tally.fp == {"date": 1}


def test_tally_prf() -> None:
    tally = rules.Tally()
    tally.tp.update({"money": 3})
    tally.fp.update({"money": 1})
    tally.fn.update({"money": 1, "percent": 2})
    p, r, f1, n = tally.prf("money")
    assert (p, r, n) == (0.75, 0.75, 4)
    assert f1 == pytest.approx(0.75)
    assert tally.prf()[:2] == (0.75, 0.5)


# -- news-dev ---------------------------------------------------------------------------------

_TEXT = (
    "Markets wrap $9 billion\n\n"
    "Sales rose 6% to $5 million in 2015.\n\n"
    "Related: Shares jump 40%\n\n"
    "Costs fell  to $2 million.\n\n"
    "Trending: Bank fined $1 billion"
)


def _record() -> dict:
    def fact(
        kind: str, text: str, context: str, value: object, period: object = None, **extra: object
    ) -> dict:
        return {
            "kind": kind,
            "text": text,
            "value": value,
            "unit": extra.pop("unit", None),
            "direction": extra.pop("direction", None),
            "subject": "",
            "period": period,
            "context": context,
            "context_offset": context.index(text),
            **extra,
        }

    return {
        "id": "tiny",
        "body_anchor": {"first": "Sales rose", "last": "to $2 million."},
        "facts": [
            fact(
                "percent",
                "6%",
                "Sales rose 6% to",
                6,
                ["2015-01-01", "2015-12-31"],
                unit="%",
                direction="up",
            ),
            fact("money", "$5 million", "6% to $5 million in", 5e6, unit="USD"),
            fact("date_range", "2015", "million in 2015.", None, ["2015-01-01", "2015-12-31"]),
            fact(
                "money",
                "$2 million",
                "fell to $2 million. GONE",
                2e6,
                unit="USD",
                qualifier="about",
            ),
        ],
        "orgs": ["Federal Reserve", "Amazon.com Inc."],
        "org_aliases": {"Amazon.com Inc.": ["Amazon"]},
        "not_in_body": ["Related: Shares jump 40%", "Trending: Bank fined $1 billion"],
        "inline_boilerplate": ["Related: Shares jump 40%"],
    }


def _span(text: str, needle: str) -> tuple[int, int]:
    at = text.index(needle)
    return at, at + len(needle)


def test_find_region_maps_body_and_boilerplate_into_the_text() -> None:
    region = scoring.find_region(_TEXT, _record())
    assert _TEXT[region.body[0] : region.body[1]].startswith("Sales rose")
    assert _TEXT[region.body[0] : region.body[1]].endswith("to $2 million.")
    assert region.classify(_span(_TEXT, "40%")) == "leak"  # inline boilerplate inside the body
    assert region.classify(_span(_TEXT, "$1 billion")) == "leak"  # teaser after the body
    assert region.classify(_span(_TEXT, "$9 billion")) == "neutral"  # unlisted, outside the body
    assert region.classify(_span(_TEXT, "6%")) == "body"


def test_score_page_counts_matches_leaks_neutral_and_the_sentence_fallback() -> None:
    text = _TEXT
    sentences = [_span(text, "Costs fell  to $2 million.")]
    preds = [
        Pred("percent", *_span(text, "6%"), "6%", value=6.0, direction="up"),
        Pred("money", *_span(text, "$5 million"), "$5 million", value=5e6, unit="USD"),
        Pred("date_range", *_span(text, "2015"), "2015", days=(D(2015, 1, 1), D(2015, 12, 31))),
        # the gold context "fell to $2 million. GONE" is not in the text: found through the sentence
        Pred("money", *_span(text, "$2 million"), "$2 million", value=2e6, unit="USD", sentence=0),
        Pred("percent", *_span(text, "40%"), "40%", value=40.0),  # leak
        Pred("money", *_span(text, "$1 billion"), "$1 billion", value=1e9),  # leak
        Pred("money", *_span(text, "$9 billion"), "$9 billion", value=9e9),  # neutral
    ]
    page = scoring.score_page(_record(), text, preds, lambda: sentences)
    assert page.tally.tp == {"percent": 1, "money": 2, "date_range": 1}
    assert not page.tally.fn
    assert page.tally.fp == {"percent": 1, "money": 1}
    assert page.leaks == 2
    without_sentences = scoring.score_page(_record(), text, preds, None)
    assert without_sentences.tally.fn == {"money": 1}
    assert without_sentences.misses[0][1] == "not located"


def test_score_page_value_rules_for_dates_and_ranges() -> None:
    text = _TEXT
    record = _record()
    record["facts"] = record["facts"][2:3]  # 2015 with period [2015-01-01, 2015-12-31]
    wrong = [Pred("date_range", *_span(text, "2015"), "2015", days=(D(2015, 1, 1), None))]
    assert scoring.score_page(record, text, wrong).tally.fn == {"date_range": 1}
    day = [Pred("date", *_span(text, "2015"), "2015", days=(D(2015, 1, 1), D(2015, 12, 31)))]
    assert scoring.score_page(record, text, day).tally.tp == {"date_range": 1}
    record["facts"][0]["period"] = None  # a null gold period: only the span decides
    assert scoring.score_page(record, text, wrong).tally.tp == {"date_range": 1}


def test_attributes_on_matched_pairs() -> None:
    record = _record()
    text = _TEXT
    preds = [
        Pred("percent", *_span(text, "6%"), "6%", value=6.0, direction="down"),
        Pred(
            "money",
            *_span(text, "$5 million"),
            "$5 million",
            value=5e6,
            unit="USD",
            period=(D(2015, 1, 1), D(2015, 12, 31)),
        ),
        Pred(
            "money",
            *_span(text, "$2 million"),
            "$2 million",
            value=2e6,
            unit="EUR",
            qualifier="About",
            sentence=0,
        ),
    ]
    page = scoring.score_page(
        record, text, preds, lambda: [_span(text, "Costs fell  to $2 million.")]
    )
    system = scoring.NSystem("x")
    scoring.n_attributes(system, page.pairs, [])
    assert system.total("currency", ("money",)).show() == "1/2 = 0.500"
    assert system.total("direction", rules.NUMERIC).show() == "2/3 = 0.667"
    assert system.total("qualifier", rules.NUMERIC).show() == "3/3 = 1.000"
    # the gold $5 million has no period and we give one: a disagreement; the percent has a gold
    # period we do not give: coverage, not agreement
    assert system.total("period exact", rules.NUMERIC).show() == "0/1 = 0.000"
    assert system.period_gold["percent"] == 1
    assert system.period_given["percent"] == 0


def test_organizations_ignore_case_possessive_and_trailing_punctuation() -> None:
    assert scoring.norm_org("Amazon’s") == scoring.norm_org("amazon") == "amazon"
    assert scoring.norm_org("Amazon.com Inc.") == scoring.norm_org("amazon.com inc")
    assert scoring.norm_org("Federal Reserve's,") == "federal reserve"
    record = _record()
    region = scoring.find_region(_TEXT, record)
    body = _span(_TEXT, "Sales rose")
    outside = _span(_TEXT, "Markets wrap")

    def org(name: str, span: tuple[int, int]) -> rules.Pred:
        return Pred("organization", *span, name, name=name, mentions=[span])

    preds = [
        org("AMAZON's", body),
        org("Amazon.com Inc", body),
        org("Sales", body),
        org("Markets", outside),
    ]
    matched, predicted, found, gold, missed, wrong = scoring.score_orgs(record, preds, region)
    assert (matched, predicted, found, gold) == (
        2,
        3,
        1,
        2,
    )  # "Markets" is outside the body: neutral
    assert missed == ["Federal Reserve"]
    assert wrong == ["Sales"]


# -- peers' output shapes ---------------------------------------------------------------------


def test_quantulum_preds_maps_entities_to_kinds() -> None:
    def q(
        value: float,
        name: str,
        entity: str,
        span: tuple[int, int],
        code: str | None = None,
        unc: float | None = None,
    ) -> SimpleNamespace:
        unit = SimpleNamespace(name=name, entity=SimpleNamespace(name=entity), currency_code=code)
        return SimpleNamespace(value=value, unit=unit, span=span, surface="s", uncertainty=unc)

    preds = peers.quantulum_preds(
        [
            q(2.0, "percentage", "dimensionless", (0, 4), unc=1.0),
            q(5.0, "euro", "currency", (5, 9)),
            q(7.0, "dimensionless", "dimensionless", (10, 11)),
            q(3.0, "metre", "length", (12, 15)),
        ]
    )
    assert [(p.kind, p.value, p.value_max, p.unit) for p in preds] == [
        ("percent", 1.0, 3.0, None),
        ("money", 5.0, None, "EUR"),
        ("number", 7.0, None, None),  # a dimensionless count is the gold's number
        ("quantity", 3.0, None, "metre"),
    ]


def test_ours_from_article_scores_counts_as_numbers_only_when_asked() -> None:
    def quantity(fid: str, unit: str | None, dimension: str | None) -> SimpleNamespace:
        return SimpleNamespace(
            id=fid,
            kind="quantity",
            span=(0, 1),
            text="7",
            sentence=0,
            value=7,
            value_max=None,
            unit=unit,
            dimension=dimension,
            qualifier=None,
            per=None,
            period_id=None,
        )

    article = SimpleNamespace(
        facts=[quantity("f1", "people", None), quantity("f2", "feet", "length")]
    )
    assert [p.kind for p in scoring.ours_from_article(article)] == ["quantity", "quantity"]
    mapped = scoring.ours_from_article(article, counts_as_numbers=True)
    assert [p.kind for p in mapped] == ["number", "quantity"]


def test_dateparser_preds_locates_repeated_substrings_in_order() -> None:
    text = "on May 1 and again on May 1"
    found = [("May 1", dt.datetime(2016, 5, 1)), ("May 1", dt.datetime(2016, 5, 1))]
    preds = peers.dateparser_preds(text, found)
    assert [(p.start, p.end) for p in preds] == [(3, 8), (22, 27)]
    assert preds[0].days == (D(2016, 5, 1), D(2016, 5, 1))
    assert peers.dateparser_preds(text, None) == []


# -- the blind sets' strict reading, units compared by their counted noun ----------------------


@pytest.mark.parametrize(
    ("gold", "ours", "same"),
    [
        ("premature deaths", "deaths", True),
        ("cans", "metal cans", True),
        ("monthly active users", "active users", True),
        ("teaching staff", "academic staff", False),  # different modifiers: different staff
        ("cubic feet", "feet", False),  # a different unit of measurement
        ("square miles", "miles", False),
        ("lakh masks", "masks", False),  # a scale word is no modifier
        ("deaths", "births", False),
        ("deaths", None, False),
    ],
)
def test_a_counts_unit_agrees_by_its_counted_noun(gold: str, ours: str | None, same: bool) -> None:
    import blind_eval

    g = scoring.ngold(
        {"kind": "quantity", "text": "9", "value": 9, "unit": gold, "context": "9",
         "context_offset": 0}
    )  # fmt: skip
    p = Pred("quantity", 0, 1, "9", value=9.0, unit=ours)
    assert blind_eval.same_counted_noun(g, p) is same
    assert blind_eval.right_by_counted_noun(g, p) is same
    assert blind_eval.strictly_right(g, p) is False


def test_the_counted_noun_reading_still_asks_for_the_direction() -> None:
    import blind_eval

    g = scoring.ngold(
        {"kind": "quantity", "text": "9", "value": 9, "unit": "premature deaths",
         "direction": "up", "context": "9", "context_offset": 0}
    )  # fmt: skip
    assert not blind_eval.right_by_counted_noun(
        g, Pred("quantity", 0, 1, "9", value=9.0, unit="deaths")
    )
    assert blind_eval.right_by_counted_noun(
        g, Pred("quantity", 0, 1, "9", value=9.0, unit="deaths", direction="up")
    )


@pytest.mark.parametrize(
    ("gold", "ours", "right"),
    [
        ("hp", "horsepower", True),
        ("cubic foot", "cubic feet", True),
        ("inches", "in", True),
        ("miles", "kilometers", False),
        ("feet", "cubic feet", False),
    ],
)
def test_the_strict_reading_knows_spellings_of_one_unit(gold: str, ours: str, right: bool) -> None:
    import blind_eval

    g = scoring.ngold(
        {"kind": "quantity", "text": "9", "value": 9, "unit": gold, "context": "9",
         "context_offset": 0}
    )  # fmt: skip
    assert blind_eval.strictly_right(g, Pred("quantity", 0, 1, "9", value=9.0, unit=ours)) is right
