"""Word lists the extractors share: currencies, units, change verbs, qualifiers, bases.

Kept as data so that a rule change is a one-line diff.
"""

from __future__ import annotations

import re

from newsfacts.vocab import DOWN_WORDS, HEDGES, UP_WORDS

__all__ = [
    "BASIS_GATE",
    "BASIS_PATTERNS",
    "CODE_ALIASES",
    "CURRENCY_CODES",
    "CURRENCY_PREFIXES",
    "CURRENCY_WORDS",
    "DOLLAR_BY_REGION",
    "DOLLAR_NATIONS",
    "DOWN_WORDS",
    "HUNDREDTHS",
    "KNOWN_UNITS",
    "LOWER_CASE_CODES",
    "PER_WORDS",
    "QUALIFIERS",
    "UNIT_STOPWORDS",
    "UP_WORDS",
]

#: Currency signs and prefixes, longest first, mapped to ISO 4217.
CURRENCY_PREFIXES: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "$US": "USD", "US $": "USD", "$A": "AUD", "$NZ": "NZD", "HK$": "HKD", "A$": "AUD", "AU$": "AUD", "C$": "CAD",
    "CA$": "CAD", "NZ$": "NZD", "S$": "SGD", "NT$": "TWD", "R$": "BRL", "MX$": "MXN",
    "TT$": "TTD", "J$": "JMD", "B$": "BSD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
    "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₦": "NGN", "₱": "PHP", "฿": "THB",
    "Rs.": "INR", "Rs": "INR", "RMB": "CNY", "CN¥": "CNY", "R": "ZAR", "RM": "MYR", "Rp": "IDR",
    "Dh": "AED", "Tk": "BDT", "₡": "CRC", "₭": "LAK", "₫": "VND", "₴": "UAH", "₪": "ILS",
    "元": "CNY", "₿": "BTC",
}  # fmt: skip

#: The currency a bare "$" or "dollars" means on a page of a region (its URL's country domain or
#: its language's region): "$640,479" on cbc.ca is Canadian. Elsewhere it is USD.
DOLLAR_BY_REGION: dict[str, str] = {
    "ca": "CAD", "au": "AUD", "nz": "NZD", "sg": "SGD", "hk": "HKD", "tw": "TWD", "jm": "JMD",
    "tt": "TTD", "bs": "BSD", "bb": "BBD", "bz": "BZD", "lr": "LRD", "na": "NAD", "fj": "FJD",
    "gy": "GYD", "sr": "SRD", "bn": "BND", "ky": "KYD", "bm": "BMD", "zw": "ZWL",
}  # fmt: skip

#: ISO codes written before or after a number ("USD 5 million", "5 million EUR").
CURRENCY_CODES = frozenset(
    "USD EUR GBP JPY CNY RMB HKD AUD CAD CHF INR KRW SGD NZD SEK NOK DKK BRL MXN ZAR TRY RUB "
    "TWD THB PHP IDR MYR NGN EGP SAR AED QAR KWD PLN CZK HUF ILS TTD JMD BSD BTC XBT".split()
)

#: Codes also written in lower case ("rmb 10", "20 usd"): none of them is an English word.
LOWER_CASE_CODES = frozenset("usd eur gbp jpy cny rmb hkd aud chf inr krw sgd nzd btc xbt".split())

#: Codes written for another code's currency: "RMB" is the yuan (CNY), "XBT" bitcoin (BTC).
CODE_ALIASES: dict[str, str] = {"RMB": "CNY", "XBT": "BTC"}

#: Currency names (every printed form) and the code a name means without a nationality.
#: A name whose code is None is a currency only after its nationality ("Brazilian real").
_CURRENCY_NAMES: dict[str, str | None] = {
    "dollar dollars": "USD", "euro euros": "EUR", "pound pounds": "GBP", "sterling": "GBP",
    "pounds sterling": "GBP", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "yen": "JPY",
    "rupee rupees": "INR", "won": "KRW", "franc francs": "CHF", "rouble roubles ruble rubles": "RUB",
    "rand": "ZAR", "peso pesos": "MXN", "reais": "BRL", "real": None, "lira liras lire": "TRY",
    "naira": "NGN", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "dirham dirhams": "AED",
    "riyal riyals": "SAR", "rial rials": None, "shekel shekels": "ILS",
    "zloty zlotys zlotych": "PLN", "krona kronor": "SEK", "krone kroner": "NOK",
    "crown crowns": None, "forint forints": "HUF", "koruna korunas": "CZK", "hryvnia hryvnias": "UAH",
    "tenge": "KZT", "dinar dinars": None, "shilling shillings": None, "guilder guilders": None,
    "mark marks": None, "deutschmark deutschmarks": "DEM", "lei": None, "lev leva": None,
    "cedi cedis": "GHS", "birr": "ETB", "taka": "BDT", "kyat": "MMK", "dong": None,
    "lari": None, "manat": None, "bolivar bolivars": None, "kwacha": None,
    "bitcoin bitcoins": "BTC",
}  # fmt: skip

#: Nationalities written before a currency's name, per name: "Canadian dollars", "Swiss francs".
_NATIONAL_CURRENCIES: dict[str, dict[str, str]] = {
    "dollar dollars": {
        "us": "USD", "u.s.": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
        "new zealand": "NZD", "hong kong": "HKD", "singapore": "SGD", "taiwan": "TWD",
        "taiwanese": "TWD", "new taiwan": "TWD", "jamaican": "JMD", "trinidad and tobago": "TTD",
        "namibian": "NAD", "zimbabwean": "ZWL", "brunei": "BND", "fijian": "FJD",
        "bahamian": "BSD", "barbadian": "BBD", "liberian": "LRD", "east caribbean": "XCD",
    },
    "pound pounds": {
        "british": "GBP", "egyptian": "EGP", "lebanese": "LBP", "sudanese": "SDG",
        "syrian": "SYP", "irish": "IEP",
    },
    "franc francs": {
        "swiss": "CHF", "french": "FRF", "belgian": "BEF", "congolese": "CDF", "rwandan": "RWF",
        "cfa": "XOF", "guinean": "GNF", "burundian": "BIF",
    },
    "rupee rupees": {
        "indian": "INR", "pakistani": "PKR", "sri lankan": "LKR", "nepalese": "NPR",
        "nepali": "NPR", "mauritian": "MUR",
    },
    "peso pesos": {
        "mexican": "MXN", "argentine": "ARS", "argentinian": "ARS", "chilean": "CLP",
        "colombian": "COP", "philippine": "PHP", "uruguayan": "UYU", "cuban": "CUP",
        "dominican": "DOP",
    },
    "crown crowns": {
        "swedish": "SEK", "norwegian": "NOK", "danish": "DKK", "icelandic": "ISK", "czech": "CZK",
    },
    "krona kronor": {"swedish": "SEK", "icelandic": "ISK"},
    "krone kroner": {"norwegian": "NOK", "danish": "DKK"},
    "dinar dinars": {
        "kuwaiti": "KWD", "bahraini": "BHD", "jordanian": "JOD", "iraqi": "IQD",
        "serbian": "RSD", "algerian": "DZD", "tunisian": "TND", "libyan": "LYD",
    },
    "riyal riyals": {"saudi": "SAR", "qatari": "QAR", "omani": "OMR", "yemeni": "YER"},
    "rial rials": {"iranian": "IRR", "omani": "OMR", "yemeni": "YER"},
    "shilling shillings": {
        "kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS", "somali": "SOS",
    },
    "lira liras lire": {"turkish": "TRY", "italian": "ITL"},
    "rand": {"south african": "ZAR"},
    "yuan": {"chinese": "CNY"},
    "yen": {"japanese": "JPY"},
    "won": {"korean": "KRW", "south korean": "KRW", "north korean": "KPW"},
    "rouble roubles ruble rubles": {"russian": "RUB", "belarusian": "BYN"},
    "guilder guilders": {"dutch": "NLG", "antillean": "ANG", "surinamese": "SRG"},
    "mark marks": {"german": "DEM", "deutsche": "DEM", "finnish": "FIM"},
    "dirham dirhams": {"emirati": "AED", "uae": "AED", "moroccan": "MAD"},
    "real reais": {"brazilian": "BRL"},
    "lei": {"romanian": "RON", "moldovan": "MDL"},
    "lev leva": {"bulgarian": "BGN"},
    "dong": {"vietnamese": "VND"},
    "lari": {"georgian": "GEL"},
    "manat": {"azerbaijani": "AZN", "turkmen": "TMT"},
    "bolivar bolivars": {"venezuelan": "VES"},
    "kwacha": {"zambian": "ZMW", "malawian": "MWK"},
}  # fmt: skip


#: The dollars a nationality after a "$" amount names: "$131-billion Canadian", "$5 US".
DOLLAR_NATIONS: dict[str, str] = _NATIONAL_CURRENCIES["dollar dollars"]


def _shared_names() -> dict[str, dict[str, str]]:
    """Bare currency names that several nations use, with those nations' words.

    "pesos" alone is read as MXN, but Argentina, Chile and the Philippines pay in pesos too: a
    check that needs the rate must know the nation. Dollars and pounds keep their usual reading
    (USD, GBP), as the extractor gives it.
    """
    shared: dict[str, dict[str, str]] = {}
    for forms, nations in _NATIONAL_CURRENCIES.items():
        if forms in {"dollar dollars", "pound pounds"} or len(set(nations.values())) < 2:
            continue
        for form in forms.split():
            shared[form] = dict(nations)
    return shared


#: Bare currency names several nations use ("pesos", "rupees", "crowns"): nation -> code.
SHARED_NAMES: dict[str, dict[str, str]] = _shared_names()


def _currency_words() -> dict[str, str]:
    """Every printed currency name, with and without its nationality, mapped to ISO 4217."""
    words: dict[str, str] = {}
    for forms, code in _CURRENCY_NAMES.items():
        for form in forms.split():
            if code is not None:
                words[form] = code
    words["pounds sterling"] = "GBP"
    for forms, nations in _NATIONAL_CURRENCIES.items():
        for form in forms.split():
            for nation, code in nations.items():
                words[f"{nation} {form}"] = code
    words.update({"pence": "GBX", "penny": "GBX", "cents": "USD", "cent": "USD"})
    del words["pound"]  # "a 20 pound bag" weighs; "20 British pound" and "pounds" are money
    return words


#: Currency names after a number, mapped to ISO 4217 ("dollars", "Swiss francs", "Turkish lira").
CURRENCY_WORDS: dict[str, str] = _currency_words()

#: Currency words that name a hundredth of the currency they map to: "1.20 cents" is $0.012.
#: (Pence have their own code, GBX, and keep their printed value.)
HUNDREDTHS = frozenset({"cents", "cent"})

#: Scales a reading is given on, by the name printed before it, and the unit the reading gets:
#: "an AQI of 408" (AQI), "a magnitude 7.1 quake" (magnitude). Lower case, one space.
NAMED_SCALES = {
    "aqi": "AQI", "air quality index": "AQI", "bmi": "BMI", "body mass index": "BMI",
    "iq": "IQ", "gpa": "GPA", "grade point average": "GPA", "pmi": "PMI",
    "purchasing managers' index": "PMI", "purchasing managers’ index": "PMI",
    "uv index": "UV index", "magnitude": "magnitude", "fps": "FPS",
}  # fmt: skip

#: Counted nouns glued to a number by a hyphen, and their plurals: "a four-game limit", "a
#: 12-state coalition", "a three-story house". Not "two-stroke engines" (a kind of engine); a
#: duration so glued is a modifier, no figure; a measure so glued keeps its unit ("a five-acre
#: site").
#: Nouns of discourse: one of them is no datum ("one problem"), nor is a round hyperbole ("a
#: million reasons why"), while "two problems with this plan" and "guided by three factors" are
#: counts the gold sets annotate; "things" never counts ("two things stand out").
DISCOURSE_NOUNS = frozenset("thing problem reason question issue lesson factor".split())
VAGUE_NOUNS = frozenset({"thing", "things", "stuff"})
HYPERBOLE_VALUES = frozenset({1, 100, 1000, 10**6, 10**9})

HYPHEN_COUNTS = {
    "game": "games", "match": "matches", "seat": "seats", "story": "stories",
    "storey": "storeys", "lane": "lanes", "point": "points", "member": "members",
    "page": "pages", "room": "rooms", "bed": "beds", "goal": "goals", "run": "runs",
    "vote": "votes", "judge": "judges", "bedroom": "bedrooms", "bathroom": "bathrooms",
    "car": "cars", "vehicle": "vehicles", "lap": "laps", "shot": "shots",
    "hole": "holes", "touchdown": "touchdowns", "person": "people", "county": "counties",
    "state": "states", "team": "teams", "nation": "nations", "count": "counts",
    "country": "countries",
}  # fmt: skip

#: Frequency symbols as copy mistypes them, with their proper case: "2.4Ghz", "49.55 HZ".
UNIT_SPELLINGS = {
    "hz": "Hz", "HZ": "Hz", "khz": "kHz", "Khz": "kHz", "KHz": "kHz", "KHZ": "kHz",
    "mhz": "MHz", "Mhz": "MHz", "MHZ": "MHz", "ghz": "GHz", "Ghz": "GHz", "GHZ": "GHz",
}  # fmt: skip

#: Units written right after a number, in their printed form.
KNOWN_UNITS = frozenset(
    """
    GW MW kW TW GWh MWh kWh TWh W Wh V kV Hz GHz MHz TB GB MB KB PB Tb Gb Mb bps Gbps Mbps
    km m cm mm kg g mg t lb lbs oz ft in mi mph kph km/h sq ha acres acre hectares hectare
    acre-feet acre-foot
    tonnes tonne tons ton barrels barrel bpd gallons gallon litres liters litre liter
    degrees °C °F C F pixels points pts bps mile foot inch yard meter metre kilometer kilometre
    gallon ounce pound ton tonne acre hectare liter litre kilogram gram millimeter centimeter
    millimetre centimetre nanometer nanometre
    mph km2 sq.ft km² ° l ml mL Gy mGy Sv mSv hrs hr
    bhp hp PS cc mAh Ah Nm rpm fps psi kPa MPa hPa µF μF uF nF pF mF kJ MJ GJ kcal ppm ppb
    lb-ft ft-lb cu.ft. cu.ft dB dBA dBa dBm ppi PPI fps FPS nits ms HP µm μm nm m.p.h. m.p.h mpg MPG kHz THz mW µg μg ng
    """.split()
)

#: Words that end the search for a unit noun after a number.
UNIT_STOPWORDS = frozenset(
    """
    a an the of in on at to for from by with and or but as than that which who while when
    per each every is are was were be been has have had will would could should may might
    must shall can cannot
    this these those its their his her our your my it they he she we you year-on-year
    week-over-week month-on-month up down more less over under about around last next
    since until during after before into onto between among against also now then today
    yesterday tomorrow ago already alone here there apiece respectively too so yet still only just even
    yes no thus always perhaps whereas unless besides towards afterwards sometimes nevertheless
    out off back away earlier later again instead overall together once twice
    across along amid amidst behind beyond beside despite inside outside through throughout
    toward upon via within without beneath underneath
    """.split()
)

#: Rate denominators after "a", "an", "per", "each" or "/".
PER_WORDS = frozenset(
    """
    barrel share month year week day hour minute second night person head capita unit ton
    tonne kilogram kg pound lb ounce gallon litre liter watt kilowatt kilowatt-hour kwh mwh
    megawatt-hour mile kilometre kilometer km seat ticket piece vehicle car household family
    student patient employee worker passenger visitor room square meter metre foot inch
    six-pack bottle can dose game season quarter page copy user subscriber customer
    """.split()
)

#: Hedges and bounds printed before a number (the shared vocabulary's).
QUALIFIERS = HEDGES

#: The comparison a percentage change is measured against, normalised.
BASIS_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.I), name)
    for pattern, name in (
        (r"\bweek[- ](?:over|on)[- ]week\b|\bw/?o/?w\b", "week-over-week"),
        (r"\bmonth[- ](?:over|on)[- ]month\b|\bm/?o/?m\b", "month-over-month"),
        (r"\bquarter[- ](?:over|on)[- ]quarter\b|\bq/?o/?q\b|\bsequentially\b", "quarter-over-quarter"),
        (r"\byear[- ](?:over|on)[- ]year\b|\by/?o/?y\b", "year-over-year"),
        (r"\bfrom\s+(?:a|one)\s+year\s+(?:earlier|ago|before)\b|\bon\s+the\s+year\b", "year-over-year"),
        (r"\bfrom\s+(?:a|one)\s+month\s+(?:earlier|ago|before)\b", "month-over-month"),
        (r"\bfrom\s+(?:a|one)\s+week\s+(?:earlier|ago|before)\b", "week-over-week"),
        (r"\bfrom\s+(?:a|the)\s+quarter\s+(?:earlier|ago|before)\b", "quarter-over-quarter"),
        (r"\bannuali[sz]ed\b", "annualized"),
    )
)  # fmt: skip
#: What every match of :data:`BASIS_PATTERNS` holds: a text without it is not searched for them.
BASIS_GATE = re.compile(r"week|month|quarter|year|sequentially|annuali|\b[wmqy]/?o/?[wmqy]\b", re.I)
