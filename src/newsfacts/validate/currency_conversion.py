"""``currency_conversion``: an amount given in two currencies must imply a plausible rate.

"15 million euros ($16 million)" implies 1.0667 dollars per euro (between 1.00 and 1.14 within the
printed rounding). The rate must fall within +-15% of that year's average in the offline table
``fx_rates.csv`` in the assets folder (``Settings.assets_dir``, by default the one shipped from
``models/``; the band covers moves within a year and conversions made at a later rate). The year is
the publication year; a year outside the table, or no publication date, makes the check
``unverifiable``.
"""

from __future__ import annotations

import csv
import functools
import itertools
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from newsfacts.errors import ModelError
from newsfacts.extract.lexicon import SHARED_NAMES
from newsfacts.facts import MoneyFact
from newsfacts.settings import default_assets_dir
from newsfacts.validate.context import (
    RuleContext,
    digit_of,
    from_to,
    interval,
    noun_figure,
    shown,
)
from newsfacts.validate.intervals import Interval
from newsfacts.validate.verdict import UNDECIDED, Verdict, agreement, judged

__all__ = ["BAND", "check_currency_conversion", "usd_rates"]

#: How far an implied rate may stray from the year's average and still be plausible.
BAND = Decimal("0.15")

_GLUE = re.compile(
    r"^\s*(?:\(\s*|,\s*|\bor\s+|\s)(?:or\s+|about\s+|around\s+|roughly\s+|approximately\s+|"
    r"some\s+|nearly\s+|almost\s+|equivalent\s+to\s+|worth\s+)*$",
    re.I,
)
#: Glue after a short phrase that places the first amount: "€4.6 billion in Portavera last year,
#: about $5 billion", "£32,995 in Britain, or roughly $41,500" (an "or" or a hedge must say
#: that the second amount is the same).
_PLACED_GLUE = re.compile(
    r"^\s+(?:in|last|this|next|a|an|per|for|during|each|on)\b[^,;:()\d$€£¥]{0,30},\s*"
    r"(?:or\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|some\s+|nearly\s+|almost\s+)?"
    r"|(?:(?:equivalent\s+to|worth)\s+)?(?:about|around|roughly|approximately|some|nearly|almost)"
    r"\s+|(?:equivalent\s+to|worth)\s+)$",
    re.I,
)
#: Between two items of a list: ", ", " and ", ", or ".
_NEXT_ITEM = re.compile(r"^\s*(?:,\s*)?(?:(?:and|or)\s+)?$")
#: Glue that says "the same amount in another currency"; a bare comma or space does not (it
#: also separates the items of a list: "a billion euros, half a trillion dollars, ...").
_SAYS_SAME = re.compile(
    r"\(|\b(?:or|about|around|roughly|approximately|some|nearly|almost|"
    r"equivalent|worth)\b",
    re.I,
)


@functools.lru_cache(maxsize=4)
def usd_rates(assets_dir: Path | None = None) -> dict[tuple[int, str], Decimal]:
    """(year, currency) -> US dollars per unit of the currency, from ``fx_rates.csv``.

    Args:
        assets_dir: the folder holding the table (``Settings.assets_dir``); None reads the one
            shipped with newsfacts.

    Raises:
        ModelError: the table is missing or unreadable.
    """
    path = (assets_dir or default_assets_dir()) / "fx_rates.csv"
    rates: dict[tuple[int, str], Decimal] = {}
    try:
        with path.open(encoding="utf-8") as handle:
            rows = csv.DictReader(line for line in handle if not line.startswith("#"))
            for row in rows:
                rate = Decimal(row["rate"])
                usd = rate if row["quote"] == "usd_per_unit" else 1 / rate
                rates[(int(row["year"]), row["currency"])] = usd
    except (OSError, KeyError, ValueError, InvalidOperation, ZeroDivisionError) as exc:
        raise ModelError(f"cannot read the exchange-rate table: {exc!r}", path=str(path)) from exc
    return rates


def _usd(rates: dict[tuple[int, str], Decimal], year: int, currency: str) -> Decimal | None:
    if currency == "USD":
        return Decimal(1)
    return rates.get((year, currency))


_INDIAN_NUMBERING = re.compile(r"\b(?:crores?|lakhs?|lacs?)\b", re.I)


def _nation_unsaid(ctx: RuleContext, f: MoneyFact) -> bool:
    """``f`` is in a currency named by a word several nations use, and no nation says whose.

    The nation may stand beside the amount ("Mexican pesos") or anywhere in the article ("the
    Indian carmaker ... 10 billion rupees"), as long as only nations of ``f``'s currency do.
    """
    words = f.text.lower().split()
    name = next((w for w in reversed(words) if w in SHARED_NAMES), None)
    if name is None:
        return False
    near = f"{ctx.before(f, 30)} {f.text}".lower()
    if any(nation in near for nation in SHARED_NAMES[name]):
        return False
    if f.currency == "INR" and _INDIAN_NUMBERING.search(f.text):
        return False  # "2,500 crore rupees": only India counts in crore and lakh
    text = ctx.text.lower()
    named = {code for nation, code in SHARED_NAMES[name].items() if _stem(nation) in text}
    return named != {f.currency}


def _stem(nation: str) -> str:
    """What names a nation in running text: "mexic" (Mexico, Mexican), "north korea"."""
    return nation[:-1] if " " in nation else nation[:5]


def check_currency_conversion(ctx: RuleContext) -> list[Verdict]:
    """Check every amount printed beside its equivalent in another currency."""
    money = sorted(
        (
            f
            for f in ctx.facts
            if isinstance(f, MoneyFact)
            and f.currency
            # an exchange rate is no amount: "109.5 yen per dollar"
            and not _CURRENCY_PER.search(f.per or "")
        ),
        key=lambda f: f.span,
    )
    if len(money) < 2:
        return []  # no pair to hold together: the table need not be read
    rates = usd_rates(ctx.settings.assets_dir)
    years = sorted({y for y, _ in rates})
    verdicts: list[Verdict] = []
    listed = {  # "a half million dollars, half a million euros and a quarter million pounds"
        id(b)
        for b, c in itertools.pairwise(money)
        if b.sentence == c.sentence and _NEXT_ITEM.match(ctx.between(b, c))
    }
    for a, b in itertools.pairwise(money):
        if a.currency == b.currency or a.value_max is not None or b.value_max is not None:
            continue
        if a.sentence != b.sentence or not (
            _GLUE.match(ctx.between(a, b)) or _PLACED_GLUE.match(ctx.between(a, b))
        ):
            continue
        if id(b) in listed and not _SAYS_SAME.search(ctx.between(a, b)):
            continue  # items of a list of amounts, a comma apart: no conversion
        if b.per and not a.per:
            continue  # "$520 million, about ¥57 billion, or $130 million per ship": a share of it
        verdict = _judge_pair(ctx, a, b, rates, years)
        if verdict is None:
            continue
        if verdict.status == "inconsistent" and not _SAYS_SAME.search(ctx.between(a, b)):
            continue  # two amounts a comma apart that no rate relates: a list, not a conversion
        verdicts.append(verdict)
    return verdicts + _restated_next(ctx, money, rates, years)


#: Currencies an opening may name ("The euro price works out to"), by ISO code.
_CURRENCY_NAMES = {
    "euro": "EUR", "yen": "JPY", "pound": "GBP", "sterling": "GBP", "yuan": "CNY",
    "franc": "CHF", "rupee": "INR", "peso": "MXN", "dollar": "USD",
}  # fmt: skip
_CURRENCY_NAME = re.compile(r"\b(?:euro|yen|pound|sterling|yuan|franc|rupee|peso)\b", re.I)
#: A rate's denominator that is a currency: an exchange rate ("yen per dollar").
_CURRENCY_PER = re.compile(r"\b(?:dollar|euro|pound|yen|yuan|franc|rupee|peso)s?\b", re.I)
#: After an amount, what makes it a rate: " for every hectare", " for each", " a head".
_FOR_EVERY = re.compile(r"\s*(?:for\s+(?:every|each)|per|apiece|each)\b", re.I)


#: A sentence that gives the amount before it in another currency: "That is roughly $1.5
#: billion", "That's about", "It equals".
_THAT_IS = re.compile(
    r"^\W*(?:(?:that|this|it)(?:['’]s|\s+is|\s+was|\s+equals|\s+comes\s+to|\s+works\s+out\s+to)"
    r"(?:\s+(?:equal|equivalent)\s+to)?"
    # "The profit was equal to about US$141 million": a noun needs the words of an equivalent
    r"|the\s+[a-z]+(?:\s+[a-z]+)?\s+(?:(?:is|was)\s+(?:equal|equivalent)\s+to|equals"
    r"|comes\s+to|came\s+to|works\s+out\s+to|worked\s+out\s+to))"
    r"\s+(?:(?:about|roughly|around|nearly|some|approximately|almost|just\s+over|just\s+under)"
    r"\s+)?$",
    re.I,
)


#: The noun a sentence of an equivalent opens with: "The loss is equal to".
_THE_NOUN = re.compile(
    r"\W*the\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?)\s+(?:is|was|equals|comes|came|works|worked)\b", re.I
)


def _restated_next(
    ctx: RuleContext,
    money: list[MoneyFact],
    rates: dict[tuple[int, str], Decimal],
    years: list[int],
) -> list[Verdict]:
    """An amount, then "That is roughly $1.5 billion" opening the next sentence."""
    verdicts = []
    for b in money:
        opens = ctx.sentences[b.sentence][0]
        if b.sentence == 0 or not _THAT_IS.match(ctx.text[opens : b.span[0]]):
            continue
        start = from_to(ctx, b.sentence - 1)[0]  # "rose 11% to 2.66 billion from 2.40 billion"
        earlier = [
            f
            for f in money
            if f.sentence == b.sentence - 1
            and f.currency != b.currency
            and f.value_max is None
            and f is not start
        ]
        if not earlier or b.value_max is not None:
            continue
        a = earlier[-1]  # the amount the sentence before ends on ("rose 11% to 2.66 billion")
        if noun := _THE_NOUN.match(ctx.text, opens, b.span[0]):
            # "The loss is equal to about $473 million": the amount the noun names, not the
            # last one ("lost 48.2 billion yen ... Assets fell to 1.61 trillion yen")
            found = noun_figure(ctx, b.sentence, noun.group("noun"), None)
            named_amount = found[0] if found is not None else None
            if not isinstance(named_amount, MoneyFact) or named_amount.currency == b.currency:
                continue
            a = named_amount
        if a.per != b.per or _FOR_EVERY.match(ctx.after(b, 20)):
            continue  # "That works out to roughly 2,500 Canadian dollars for every hectare"
        named = _CURRENCY_NAME.search(ctx.text[opens : b.span[0]])
        if named is not None and _CURRENCY_NAMES.get(named.group(0).lower()) != a.currency:
            continue  # "The euro price works out to about $1,570": not the yen amount before
        verdict = _judge_pair(ctx, a, b, rates, years)
        if verdict is not None:
            verdicts.append(verdict)
    return verdicts


def _judge_pair(
    ctx: RuleContext,
    a: MoneyFact,
    b: MoneyFact,
    rates: dict[tuple[int, str], Decimal],
    years: list[int],
) -> Verdict | None:
    """One amount given in two currencies: the rate it implies against the year's average."""
    assert a.currency is not None
    assert b.currency is not None
    shared = next((f for f in (a, b) if _nation_unsaid(ctx, f)), None)
    if shared is not None:
        return judged(
            "currency_conversion",
            [a.id, b.id],
            UNDECIDED,
            f'"{shared.text}" names a currency several countries use, and the text does not '
            f"say whose; read as {shared.currency}, its rate would be a guess",
        )
    year = ctx.published.year if ctx.published else years[-1]
    near = min(years, key=lambda y: abs(y - year))
    ua, ub = _usd(rates, near, a.currency), _usd(rates, near, b.currency)
    ai, bi = interval(a), interval(b)
    if ai.lo <= 0:
        return None
    implied = bi / ai  # units of b per unit of a
    pair = f"{b.currency} per {a.currency}"
    said = f"{a.text} = {b.text} implies {shown(implied.mid, '.4g')} {pair}"
    if ctx.published is None:
        return _undated(a, b, implied, said, rates, years)
    if ua is None or ub is None or abs(near - year) > 1:
        return judged(
            "currency_conversion",
            [a.id, b.id],
            UNDECIDED,
            f"{said}; the rate table has no {pair} rate for {year}",
            actual=implied.mid,
            digits=4,
        )
    return _plausible(a, b, implied, said, near, ua / ub)


def _undated(
    a: MoneyFact,
    b: MoneyFact,
    implied: Interval,
    said: str,
    rates: dict[tuple[int, str], Decimal],
    years: list[int],
) -> Verdict:
    """Without a publication date the year whose rate applies is unknown: ``unverifiable``.

    The message names the years of the table whose average the implied rate fits.
    """
    assert a.currency is not None
    assert b.currency is not None
    fits = []
    for year in years:
        ua, ub = _usd(rates, year, a.currency), _usd(rates, year, b.currency)
        if ua is not None and ub is not None:
            average = ua / ub
            band = Interval(average * (1 - BAND), average * (1 + BAND))
            if implied.lo <= band.hi and band.lo <= implied.hi:
                fits.append(year)
    where = (
        f"it fits the average rate of {_years(fits)}"
        if fits
        else "it fits no year of the rate table"
    )
    return judged(
        "currency_conversion",
        [a.id, b.id],
        UNDECIDED,
        f"{said}; the page has no publication date, so the year whose rate applies is unknown "
        f"({where})",
        actual=implied.mid,
        digits=4,
    )


def _years(years: list[int]) -> str:
    """``[2001, 2002, 2003, 2007]`` -> ``"2001-2003, 2007"``."""
    runs: list[list[int]] = []
    for year in years:
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


def _plausible(
    a: MoneyFact, b: MoneyFact, implied: Interval, said: str, year: int, average: Decimal
) -> Verdict:
    """The implied rate against the year's average, within :data:`BAND` either way."""
    band = Interval(average * (1 - BAND), average * (1 + BAND))
    message = (
        f"{said} (between {shown(implied.lo, '.4g')} and {shown(implied.hi, '.4g')}); the {year} "
        f"average was {shown(average, '.4g')}, plausible within +-{shown(BAND, '.0%')}"
    )

    def beyond(gap: Decimal) -> str:
        return f": off by {shown(gap / average, '.1%')} beyond that band"

    # the Check's expected value is the year's average rate; the implied rate is the actual one
    return agreement(
        "currency_conversion",
        [a.id, b.id],
        implied,
        band,
        message,
        off=beyond,
        digit=digit_of(a, b),
        digits=4,
        expected="against",
    )
