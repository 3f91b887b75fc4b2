"""Boilerplate families for the HTML cleaner: one small, realistic page per family.

Each page in ``tests/fixtures/clean/<family>.html`` is an invented news story (original text,
fictional places and people) with 3-5 body paragraphs of 40+ words plus one kind of page
furniture. The test for a family asserts that every body paragraph comes out as a paragraph of
its own (exact text after whitespace collapsing) and that none of the furniture's strings reach
``doc.text``. The ``meta_*.html`` pages check the metadata sources and their order of trust.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import html as lxml_html

from newsfacts.clean import CleanDocument, clean_html
from newsfacts.clean.document import normalize_space

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "clean"

# --------------------------------------------------------------------------- body paragraphs

ADS_INLINE_BODY = (
    "Fishing crews along the eastern coast will be allowed to land slightly more mackerel next season after negotiators reached a provisional quota agreement late on Friday, following five days of talks that at one point looked close to collapse over access to northern grounds.",
    "Under the deal, the national catch limit rises by four percent, while the share reserved for small boats under ten metres doubles. Skippers' associations had campaigned for that change for years, arguing that the smaller vessels support far more jobs per tonne landed than the large trawlers.",
    "Marine scientists gave the agreement a cautious welcome. They noted that stock surveys had shown a modest recovery since the last cut, but warned that warming waters were pushing shoals further offshore, which could make the new limits difficult to reach for boats with a short range.",
    "The provisional quotas still need the approval of the fisheries ministry, which is expected within a month. Harbour masters said they hoped a final decision would come before the spring refit season, when owners decide how many crew to hire for the year ahead.",
)
AUTHOR_BIO_BODY = (
    "Dredging of the main shipping channel into the port of Kellhaven will begin next month, allowing the largest container ships to call at any state of the tide for the first time. The work is expected to take around nine months and cost roughly 70 million pounds.",
    "Port managers say the deeper channel is needed to keep the biggest shipping lines calling at Kellhaven rather than at rival ports further south. At present, ships longer than 350 metres can only enter or leave during a two-hour window either side of high water.",
    "Environmental groups have raised concerns about the disposal of the dredged sediment, some of which contains traces of old industrial pollution. The port said the most contaminated material would be taken to a sealed site on land, and the rest deposited at a licensed area offshore.",
)
BYLINE_DATELINE_BODY = (
    "A late winter storm dropped more than thirty centimetres of snow across the northern suburbs overnight, closing most schools and leaving thousands of homes without power on Thursday morning as heavy, wet snow brought down branches and lines along dozens of streets.",
    "The regional utility said crews had restored electricity to about half of the affected customers by mid-morning and expected to reconnect the rest by Friday evening. It warned that outlying rural areas, where lines run through thick woodland, could take longer to repair.",
    "Commuter trains ran a reduced timetable, and the highway authority asked drivers to stay off minor roads until ploughs had cleared them. Forecasters expect temperatures to rise above freezing over the weekend, which should melt much of the snow but may cause localized flooding.",
)
COMMENTS_BODY = (
    "The new footbridge across the Ashby canal opened to walkers and cyclists on Saturday, restoring a crossing that had been closed since the old iron bridge was declared unsafe four years ago. The council said more than two thousand people used it on the first day.",
    "The bridge was built off site in three sections and lifted into place by crane over a single weekend in March, which kept the canal closed to boats for only two days. Its timber deck is designed to last fifty years with minimal upkeep, according to the engineers.",
    "Residents of the Fairfield side of the canal, who had faced a detour of almost a kilometre to reach the station, had campaigned for a replacement since the closure. The council has promised to add lighting along the towpath approaches before the winter.",
)
MORE_FROM_BODY = (
    "Kestrel Brewing, the family-owned brewer based in the market town of Alderbury, reported record annual sales on Thursday, helped by strong demand for its alcohol-free range and a new distribution agreement with a national supermarket chain that took its beers into four hundred stores.",
    "Revenue rose eleven percent to 86 million pounds in the year to January, while operating profit climbed to 9.4 million. The chief executive said the alcohol-free beers now account for almost a fifth of the volume the brewery sells, up from a tenth only two years ago.",
    "The company plans to spend 12 million pounds on a second canning line and a larger warehouse, creating about sixty jobs. It also intends to cut the water used per litre of beer by a quarter over the next five years, after a dry summer strained local supplies.",
)
MOST_READ_SIDEBAR_BODY = (
    "Researchers at Fenwick University have won a 22 million euro grant to study how coastal wetlands store carbon, the largest single award in the institution's history. The five-year project will place sensors across salt marshes on three continents and share the data openly with other scientists.",
    "The team, led by the ecologist Mira Hallstrom, will measure how much carbon the marshes absorb as sea levels rise and how quickly it is released when they are drained for farming or building. Those figures are poorly understood and vary widely between existing studies.",
    "Local landowners have agreed to let the researchers work on eleven marshes along the nearby estuary. Hallstrom said the project would also train about thirty doctoral students, and that several of the sensor designs would be published so that conservation groups can build their own.",
)
NAV_HEADER_FOOTER_BODY = (
    "Northgate city council voted nine to two on Wednesday night to build an electric bus depot on the site of the former gasworks, ending a planning dispute that had dragged on for almost three years and delayed the replacement of the city's ageing diesel fleet.",
    "The depot will house up to 120 buses and include a charging hall powered partly by solar panels on its roof. Transport officials said the first forty electric vehicles could be in service by the autumn of next year if construction begins as planned in the spring.",
    "Residents of the neighbouring Millbrook estate, who had objected to the scheme over fears of night-time noise, won a concession that limits vehicle movements between midnight and five in the morning. Their spokesperson said the group was disappointed but would not pursue a legal challenge.",
    "Councillors who opposed the plan argued that the cost, estimated at 38 million pounds, should have been shared with the regional transport authority. The council leader replied that talks on a funding contribution were continuing and that the city could not wait any longer.",
)
NEWSLETTER_PROMO_BODY = (
    "Cellcycle, a young company that recovers lithium and cobalt from used electric car batteries, has raised 40 million dollars from a group of investors led by a pension fund, money it will use to build its first full-scale recycling plant outside the city of Tarsby.",
    "The plant is designed to process about 15,000 tonnes of batteries a year once it is running at full speed. The founders said that was enough to handle the batteries from around thirty thousand cars, a number they expect to rise quickly as the first generation of electric models reaches the end of its life.",
    "Carmakers in the region have been looking for local recyclers because new rules will soon require a share of the metals in every new battery to come from recycled material. Cellcycle said it had already signed supply agreements with two manufacturers and was negotiating with a third.",
    "Construction is due to start in the summer, and the company hopes to process its first batteries within eighteen months. It will employ about 180 people at the site, many of them recruited from a nearby refinery that is scheduled to close by the end of the decade.",
)
NON_ENGLISH_BODY = (
    "Le conseil municipal de Port-Lavande a approuvé mardi soir la construction d'une ligne de tramway reliant la gare au nouveau quartier des Salines. Les travaux doivent commencer au printemps prochain et durer environ trois ans, pour un coût estimé à 210 millions d'euros.",
    "La ligne comptera onze stations sur un peu plus de sept kilomètres. Selon la métropole, elle devrait transporter près de trente mille voyageurs par jour dès sa première année d'exploitation, soit deux fois plus que les autobus qui desservent aujourd'hui le même trajet.",
    "Les commerçants du centre-ville restent partagés. Certains redoutent des mois de chantier devant leurs vitrines, tandis que d'autres espèrent attirer une nouvelle clientèle venue des Salines. La mairie promet une indemnisation pour les boutiques dont le chiffre d'affaires baisserait fortement pendant les travaux.",
    "L'opposition municipale a voté contre le projet, jugeant le budget sous-estimé et réclamant un référendum local. Le maire a répondu que la concertation avait duré deux ans et que plus de quatre mille habitants avaient déjà donné leur avis lors des réunions publiques.",
)
PHOTO_CREDITS_CAPTIONS_BODY = (
    "The island's new electric ferry made its first crossing with passengers on Sunday morning, carrying 212 people and 31 cars across the sound in just under forty minutes, about the same time as the diesel vessel it replaces after more than three decades of service.",
    "The ferry charges its batteries during the fifteen-minute turnaround at each terminal, using shore connections that took two years to install. The operator expects fuel savings of around 1.6 million a year, although the vessel cost almost twice as much to build as a conventional design.",
    "Islanders who rely on the service to reach the hospital and secondary schools on the mainland said the quieter engine made the crossing noticeably calmer. The operator plans to order a second electric vessel if the first year of operation meets its reliability targets.",
)
PRINT_COPY_BODY = (
    "Households served by Eastmere Water will pay on average 7 percent more for their supply from April, the company said on Tuesday, blaming the cost of replacing leaking mains and of new treatment equipment needed to meet tighter standards on river discharges.",
    "The typical annual bill will rise to about 512 pounds, or roughly 34 pounds more than this year. The company said customers on low incomes could apply for a social tariff that caps bills at half the average, and that it would write to eligible households directly.",
    "Consumer groups said the increase was hard to justify while the company continued to lose around a fifth of its treated water through leaks. Eastmere replied that it had replaced 180 kilometres of pipe over the past year and that leakage was at its lowest level on record.",
)
READ_MORE_INLINE_BODY = (
    "Cycling trips across the city rose by a fifth in the twelve months after the first protected bike lanes opened along the riverside, according to counts published by the transport department on Monday, which were based on sensors installed at forty junctions.",
    "The biggest increase was on the Eastbank corridor, where a painted lane was replaced by a kerbed track separated from traffic. Officials said weekday counts there had almost doubled, with the sharpest growth among commuters travelling before eight in the morning.",
    "Not everyone has welcomed the changes. Some businesses on the corridor say deliveries have become harder, and a group of taxi drivers has asked the council to review the loading rules. The department said it would publish a study on shop takings later in the year.",
    "The council plans to add another nine kilometres of protected lanes by next summer, linking the university campus with the central station. Consultation on the route opens next week and will run for six weeks, with drop-in sessions at three local libraries.",
)
RECOMMENDED_BODY = (
    "Grape pickers in the Corvale valley started the harvest almost three weeks earlier than usual this year, after a hot and dry August pushed the sugar content of the fruit close to the level winemakers normally expect only at the end of September.",
    "Growers said the crop was smaller than last year's but of high quality, with thick skins and few signs of disease. The valley's cooperative expects to press around 14,000 tonnes of grapes, about eight percent less than its average over the past decade.",
    "The early start has caused problems of its own. Several estates struggled to find enough seasonal workers, many of whom were still employed on fruit farms in the north, and some turned to students and retired residents to bring in the grapes before they overripened.",
    "Winemakers are now experimenting with planting varieties that ripen later and with shading the vines during the hottest weeks. The cooperative's oenologist said the valley could no longer plan its calendar around dates that had held steady for most of the last century.",
)
RELATED_BETWEEN_PARAGRAPHS_BODY = (
    "St Brennan's Hospital opened its new emergency wing on Tuesday, doubling the number of treatment bays and adding a separate children's unit that staff say will shorten waits for families who until now shared a crowded waiting room with adult patients.",
    "The wing cost 54 million euros and took just under three years to build. It includes a dedicated ambulance bay with space for eight vehicles at once, which the hospital hopes will end the queues of ambulances that regularly formed outside on winter evenings.",
    "Nurses' representatives welcomed the extra space but said the hospital still needed to recruit around forty more staff to run the wing at full capacity. Management said a recruitment drive had already filled half of those posts, with the rest expected by the summer.",
    "The health minister, who attended the opening, said the design would be used as a model for two other regional hospitals. Patients' groups asked that the new bays be staffed around the clock rather than only during the busiest hours of the day.",
)
SHARE_BAR_BODY = (
    "The central library on Quay Street reopened to the public on Monday, fourteen months after floodwater from the swollen river filled its basement and ruined much of the local history archive. Several hundred people queued outside before the doors opened at nine o'clock in the morning.",
    "Staff spent most of the closure drying, cataloguing and in some cases rebuying collections. The head librarian said about seven in ten of the damaged documents had been saved by a specialist freeze-drying firm, although a run of parish newspapers from the 1880s was lost for good.",
    "The building now stands on raised concrete plinths, and the archive has moved to the second floor. Engineers estimate that the changes will protect the collection from a flood twice as deep as last year's, which was the worst the town had recorded in more than a century.",
    "Visitors on the first day were offered guided tours of the new reading room, and children's story sessions resume next week. The library will open late on Thursdays until the end of the year to help students who lost access to study space during the long closure.",
)
TABLE_IN_BODY_BODY = (
    "Skylark Airways reported a rise in revenue for a fifth consecutive quarter on Thursday, as strong demand for summer holidays offset higher fuel costs and fees at its main hub. The carrier carried 6.8 million passengers in the first three months of the year.",
    "The airline said bookings for July and August were running about six percent ahead of last year, with the strongest demand on routes to southern Europe. Its finance director warned, however, that airport charges would rise again in the autumn and that fares might have to follow.",
    "Shares in the company rose by four percent in morning trading. Analysts said the results were slightly better than expected, but noted that the carrier still depends heavily on leisure travel, leaving it exposed if household budgets come under pressure later in the year.",
)
JSONLD_ONLY_BODY = (
    "The Halvorsen Concert Hall will close for eighteen months from June while its ageing stage machinery and heating system are replaced, the venue's board announced on Wednesday. The orchestra that is based there will spend the closure touring and performing in a converted tram depot.",
    "The renovation is budgeted at 48 million, most of it from the city and a national culture fund. The board said the work would also improve access for wheelchair users, add a second lift to the upper balcony and replace seats that have been in place since the hall opened in 1964.",
    "Ticket holders for concerts already scheduled after June will be offered refunds or seats at the temporary venue. The hall's director said the depot's acoustics had surprised the musicians during trial rehearsals and that several chamber concerts there had already sold out.",
)


@dataclass(frozen=True)
class Family:
    """A fixture page: the body it must yield and the furniture strings it must not."""

    body: tuple[str, ...]
    boilerplate: tuple[str, ...]


FAMILIES: dict[str, Family] = {
    "nav_header_footer": Family(
        NAV_HEADER_FOOTER_BODY,
        (
            "Skip to main content",
            "Northgate Post",
            "Local news",
            "Sport",
            "Business",
            "Culture & Arts",
            "Opinion",
            "Home",
            "City Hall",
            "About us",
            "Contact the newsroom",
            "Privacy policy",
            "Terms of use",
            "© 2026 Northgate Post Media Ltd.",
            "All rights reserved",
        ),
    ),
    "share_bar": Family(
        SHARE_BAR_BODY, ("Share this article", "Facebook", "X", "WhatsApp", "Copy link")
    ),
    "ads_inline": Family(
        ADS_INLINE_BODY,
        (
            "Advertisement",
            "Story continues below this advertisement",
            "Tidewater Finance",
            "Apply online in minutes",
        ),
    ),
    "related_between_paragraphs": Family(
        RELATED_BETWEEN_PARAGRAPHS_BODY,
        (
            "Related:",
            "Related articles",
            "Ambulance waits hit record high as flu season peaks",
            "Health board approves nurse pay deal after long talks",
            "City clinic extends weekend opening hours",
            "New scanner cuts waiting lists at county hospital",
        ),
    ),
    "more_from": Family(
        MORE_FROM_BODY,
        (
            "More from Business",
            "Container rates slip for a fourth week",
            "Bakery chain plans twelve new shops this year",
            "Offshore wind developer wins grid connection",
            "3 hours ago",
            "5 hours ago",
            "Yesterday",
        ),
    ),
    "most_read_sidebar": Family(
        MOST_READ_SIDEBAR_BODY,
        (
            "Most read",
            "Tram line closed for a week after overhead cable fault",
            "Bakery chain to open twelve new shops this year",
            "Ferry fares rise by five percent from June",
            "Mayor names new head of city planning",
            "Trending now",
            "Storm warning issued for the weekend",
            "Student housing plan goes to a public vote",
            "Museum unveils restored Viking boat",
        ),
    ),
    "recommended": Family(
        RECOMMENDED_BODY,
        (
            "Recommended for you",
            "Olive growers count the cost of a dry spring",
            "Yields are down by a third in some southern groves.",
            "A family firm bets on sparkling wine from chalk hills",
            "Three generations and one very patient bank manager.",
            "Why the region's rivers run low earlier each year",
            "Hydrologists point to thinner winter snow on the peaks.",
        ),
    ),
    "read_more_inline": Family(
        READ_MORE_INLINE_BODY,
        (
            "Read more",
            "Shop owners split over plans to remove parking on Mill Road",
            "Bike hire scheme adds 300 electric bikes to its fleet",
        ),
    ),
    "newsletter_promo": Family(
        NEWSLETTER_PROMO_BODY,
        (
            "Get our morning briefing",
            "The five stories you need to know",
            "Sign up",
            "By signing up you agree to our privacy notice.",
            "You have read 3 of your 5 free articles this month.",
            "Subscribe now for full access",
            "Subscribe now",
        ),
    ),
    "comments": Family(
        COMMENTS_BODY,
        (
            "Comments (3)",
            "towpath_tess",
            "Graham K.",
            "canal_boater_62",
            "About time too.",
            "the ramps on the station side are far too steep",
            "Does anyone know whether the towpath lighting will be solar powered?",
        ),
    ),
    "photo_credits_captions": Family(
        PHOTO_CREDITS_CAPTIONS_BODY,
        (
            "The Aurora leaves the mainland terminal on her first passenger sailing.",
            "Photo: Kai Lindqvist for the Island Times",
            "Passengers crowd the upper deck as the ferry approaches the island harbour.",
            "(Photo: Getty Images)",
        ),
    ),
    "author_bio": Family(
        AUTHOR_BIO_BODY,
        (
            "Jane Roe",
            "Jane Roe covers ports for the paper.",
            "Follow her on Twitter @janeroe.",
            "@janeroe",
        ),
    ),
    "print_copy": Family(
        PRINT_COPY_BODY,
        (
            "Printed from the Metro Dispatch website",
            "Enable JavaScript to see interactive charts for this story.",
        ),
    ),
    "table_in_body": Family(TABLE_IN_BODY_BODY, ("Advertisement",)),
    "byline_dateline": Family(
        BYLINE_DATELINE_BODY,
        ("By Ana Ruiz and Tom Beck", "Ana Ruiz", "Tom Beck", "March 12, 2026", "7:15 a.m. ET"),
    ),
    "non_english": Family(
        NON_ENGLISH_BODY,
        (
            "Accueil",
            "Actualités",
            "Sports",
            "Partager sur Facebook",
            "Partager sur X",
            "Lire aussi",
            "Le budget de Port-Lavande sous pression après la hausse des taux",
            "Tous droits réservés",
        ),
    ),
    "jsonld_only": Family(
        JSONLD_ONLY_BODY,
        (
            "You need to enable JavaScript to run this app.",
            "We use cookies to improve your experience on our site.",
            "Cookie settings",
            "Harbourside Arts",
            "Music",
            "Stage",
        ),
    ),
}


def _markup(name: str) -> str:
    return (FIXTURES / f"{name}.html").read_text(encoding="utf-8")


def _clean(name: str, url: str | None = None) -> CleanDocument:
    return clean_html(_markup(name), url=url)


def _occurs(needle: str, text: str) -> bool:
    """True when ``needle`` stands in ``text`` as whole words ("X" is not found in "Xavier")."""
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", text) is not None


def _page_text(name: str) -> str:
    """Everything a reader or a scraper could see on the page, JSON-LD bodies included."""
    tree = lxml_html.document_fromstring(_markup(name))
    pieces = [tree.text_content()]
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        body = json.loads(script.text or "{}").get("articleBody")
        if isinstance(body, str):
            pieces.extend(body.split("\n\n"))
    return "\n".join(normalize_space(piece) for piece in pieces)


def _check_family(name: str) -> CleanDocument:
    family = FAMILIES[name]
    doc = _clean(name)
    missing = [p for p in family.body if p not in doc.paragraphs]
    assert not missing, f"body paragraphs lost or altered: {missing}\ngot: {doc.paragraphs}"
    leaked = [s for s in family.boilerplate if _occurs(s, doc.text)]
    assert not leaked, f"boilerplate in the body: {leaked}\ngot: {doc.paragraphs}"
    return doc


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_family_fixture_holds_its_body_and_boilerplate(name: str) -> None:
    """Guard for the tests themselves: every expected string is really on the page."""
    text = _page_text(name)
    family = FAMILIES[name]
    assert len(family.body) >= 3
    for para in family.body:
        assert len(para.split()) >= 40, para
        assert para in text, para
        assert not any(_occurs(s, para) for s in family.boilerplate), para
    for snippet in family.boilerplate:
        assert _occurs(snippet, text), snippet


def test_clean_family_nav_header_footer() -> None:
    doc = _check_family("nav_header_footer")
    assert doc.paragraphs == NAV_HEADER_FOOTER_BODY


def test_clean_family_share_bar() -> None:
    doc = _check_family("share_bar")
    assert doc.paragraphs == SHARE_BAR_BODY


def test_clean_family_ads_inline() -> None:
    doc = _check_family("ads_inline")
    assert doc.paragraphs == ADS_INLINE_BODY


def test_clean_family_related_between_paragraphs() -> None:
    doc = _check_family("related_between_paragraphs")
    assert doc.paragraphs == RELATED_BETWEEN_PARAGRAPHS_BODY


def test_clean_family_more_from() -> None:
    doc = _check_family("more_from")
    assert doc.paragraphs == MORE_FROM_BODY


def test_clean_family_most_read_sidebar() -> None:
    doc = _check_family("most_read_sidebar")
    assert doc.paragraphs == MOST_READ_SIDEBAR_BODY


def test_clean_family_recommended() -> None:
    doc = _check_family("recommended")
    assert doc.paragraphs == RECOMMENDED_BODY


def test_clean_family_read_more_inline() -> None:
    doc = _check_family("read_more_inline")
    assert doc.paragraphs == READ_MORE_INLINE_BODY


def test_clean_family_newsletter_promo() -> None:
    doc = _check_family("newsletter_promo")
    assert doc.paragraphs == NEWSLETTER_PROMO_BODY


def test_clean_family_comments() -> None:
    doc = _check_family("comments")
    assert doc.paragraphs == COMMENTS_BODY


def test_clean_family_photo_credits_captions() -> None:
    doc = _check_family("photo_credits_captions")
    assert doc.paragraphs == PHOTO_CREDITS_CAPTIONS_BODY


def test_clean_family_author_bio() -> None:
    doc = _check_family("author_bio")
    assert doc.paragraphs == AUTHOR_BIO_BODY


def test_clean_family_author_bio_sentence_is_dropped() -> None:
    """The part of the author-bio family that works today (the name line aside)."""
    doc = _clean("author_bio")
    assert doc.paragraphs[: len(AUTHOR_BIO_BODY)] == AUTHOR_BIO_BODY
    assert "covers ports" not in doc.text
    assert "@janeroe" not in doc.text


def test_clean_family_print_copy() -> None:
    doc = _check_family("print_copy")
    for para in PRINT_COPY_BODY:
        assert doc.paragraphs.count(para) == 1, para
    assert doc.paragraphs == PRINT_COPY_BODY


def test_clean_family_table_in_body() -> None:
    doc = _check_family("table_in_body")
    rows = (
        "Quarter Revenue Growth",
        "Q1 2026 4.2 bn 3.1%",
        "Q4 2025 4.1 bn 2.7%",
        "Q3 2025 4.0 bn 2.2%",
    )
    first, second, third = TABLE_IN_BODY_BODY
    assert doc.paragraphs == (first, *rows, second, third)


def test_clean_family_byline_dateline() -> None:
    doc = _check_family("byline_dateline")
    assert doc.paragraphs == BYLINE_DATELINE_BODY
    assert doc.metadata.authors == ["Ana Ruiz", "Tom Beck"]
    assert doc.metadata.published == "2026-03-12T07:15:00-04:00"


def test_clean_family_non_english() -> None:
    doc = _check_family("non_english")
    assert doc.paragraphs
    assert doc.paragraphs == NON_ENGLISH_BODY
    assert doc.metadata.language == "fr"
    assert doc.metadata.site_name == "Le Courrier du Littoral"


def test_clean_family_jsonld_only() -> None:
    doc = _check_family("jsonld_only")
    assert doc.paragraphs == JSONLD_ONLY_BODY
    assert doc.metadata.title == "Halvorsen Concert Hall to close for 18-month renovation"
    assert doc.metadata.published == "2026-02-18T10:00:00+01:00"
    assert doc.metadata.authors == ["Lena Brandt"]


# --------------------------------------------------------------------------- metadata


def test_meta_jsonld_beats_meta_tags_time_and_url() -> None:
    doc = _clean(
        "meta_jsonld_first", url="https://www.wessexstar.example/news/2026/05/07/hybrid-ferries"
    )
    meta = doc.metadata
    assert meta.published == "2026-05-04T09:30:00+01:00"
    # the <h1> says what og:title says (most of the words): the headline as shown wins
    assert meta.title == "Two hybrid ferries for the island route"
    assert meta.site_name == "Wessex Evening Star"
    assert meta.canonical_url == "https://www.wessexstar.example/news/hybrid-ferries-ordered"
    assert meta.language == "en"
    assert meta.authors == ["Priya Natarajan"]


def test_meta_tags_beat_time_and_url_when_no_jsonld_date() -> None:
    doc = _clean("meta_meta_tags", url="https://dalevalley.example/news/2026/06/12/reservoirs")
    meta = doc.metadata
    assert meta.published == "2026-06-10T14:00:00+00:00"
    # og:title names no heading of the page: the headline above the body is the title
    assert meta.title == "Reservoirs back to normal levels"
    assert meta.site_name == "Dale Valley News"
    assert meta.language == "en"


def test_meta_time_in_article_beats_url_not_scripts_or_related_cards() -> None:
    doc = _clean("meta_time_in_article", url="https://railgazette.example/2026/07/02/night-trains")
    meta = doc.metadata
    assert meta.published == "2026-07-01T06:45:00+02:00"
    assert meta.title == "Night trains return to the coast line"


def test_meta_url_date_when_the_page_has_none_of_its_own() -> None:
    doc = _clean(
        "meta_url_only", url="https://lakeside.example/weather/2026/08/14/heatwave-warning-sunday"
    )
    meta = doc.metadata
    assert meta.published == "2026-08-14"
    assert meta.title == "Heatwave warning extended to Sunday"
    assert meta.site_name == "Lakeside Observer"
    assert meta.canonical_url is None


def test_meta_no_date_from_scripts_or_related_cards_without_url() -> None:
    assert _clean("meta_url_only").metadata.published is None


def test_meta_related_card_inside_article_is_not_a_date_source() -> None:
    doc = _clean(
        "meta_related_card", url="https://lakeside.example/health/2026/03/19/parking-night-staff"
    )
    assert doc.metadata.published == "2026-03-19"
    assert doc.metadata.title == "Hospital car park charges scrapped for night staff"


def test_meta_related_cards_before_the_article_are_not_a_date_source() -> None:
    doc = _clean("meta_related_first")
    assert doc.metadata.published == "2026-04-09T12:00:00+02:00"
    assert doc.metadata.title == "Town hall clock restored after 30 years"


def test_meta_up_next_card_inside_article_is_not_a_date_source() -> None:
    doc = _clean(
        "meta_up_next", url="https://lakeside.example/transport/2026/01/20/late-ferry-fridays"
    )
    assert doc.metadata.published == "2026-01-20"


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        (
            '<meta property="og:title" content="From og:title">',
            "<h1>From the h1</h1>",
            "From the h1",  # og:title names no heading: the headline shown above the body wins
        ),
        (
            '<meta property="og:title" content="From og:title">',
            "<h1>Lakeside Observer</h1><h2>Archive</h2>",
            "From og:title",  # no heading says it, and the body's heading is one word: og stays
        ),
        (
            '<meta property="og:title" content="Harbour cranes return to work">',
            "<h1>Lakeside Observer</h1><h2>Harbour cranes are back at work</h2>",
            "Harbour cranes are back at work",  # the shown form of the declared title
        ),
        ("", "<h1>From the h1</h1>", "From the h1"),
        ('<meta property="og:site_name" content="Lakeside Observer">', "", "From the title tag"),
        ("", "", "From the title tag"),
    ],
    ids=[
        "shown-h1-beats-unrelated-og",
        "og-beats-site-h1",
        "h2-shown-form-of-og",
        "h1-beats-title",
        "title-minus-site",
        "title-minus-site-unnamed",
    ],
)
def test_meta_title_fallbacks(head: str, body: str, expected: str) -> None:
    markup = (
        "<!DOCTYPE html><html><head><title>From the title tag | Lakeside Observer</title>"
        f"{head}</head><body>{body}<p>{COMMENTS_BODY[0]}</p></body></html>"
    )
    assert clean_html(markup).metadata.title == expected
