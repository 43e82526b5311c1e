"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 567 pages of bench/data/pages/, in the parts
fit, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8,
heldout9, heldout10, heldout11, heldout12, heldout13, heldout14, heldout15.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before, the line after and
the mean over `debris.WINDOW` lines on each side.
"""

STAGE1: tuple[float, ...] = (
    -0.6276,  # bias
    -1.8117,  # log_words
    -1.2133,  # one_word
    -0.4894,  # stopword_density
    -0.7460,  # no_stopwords
    0.0216,  # terminal
    1.8039,  # separators
    2.3402,  # date_alone
    0.2814,  # has_day_or_time
    -1.8254,  # vocab_hits
    3.5505,  # vocab_dense
    2.5804,  # byline
    0.6020,  # bullet
    1.8598,  # capitalised
    0.4007,  # digits
    -0.4128,  # before_prose
    2.8547,  # after_prose
    1.6778,  # markup_chrome
    -0.6813,  # extractor_kept
    0.7741,  # extractor_dropped
    0.0828,  # neighbours_short
    -0.4745,  # prose_before
    -1.3716,  # prose_after
    2.8505,  # vocab_matches
    0.0669,  # strong_vocab
    3.8843,  # url_or_email
    1.8772,  # dated_byline
    1.8126,  # repeated
    2.2046,  # opens_with_vocab
    1.2261,  # consent_vocab
    4.1980,  # link_density
    1.3824,  # names_author
    0.1366,  # repeated_in_page
    0.0336,  # names_site
    0.8758,  # kicker
    -1.2046,  # label_value_run
    -0.1678,  # shape_run
    -0.3605,  # outside_main_prose
    0.8825,  # distance_to_main_prose
    1.0958,  # prose_apart
    2.6960,  # main_prose_share
    -0.9543,  # layout_repeats
    -0.5654,  # layout_prose_share
    -0.3353,  # layout_without_prose
    2.6873,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -2.0794,  # bias
    -1.1410,  # log_words
    -0.5477,  # one_word
    -0.2767,  # stopword_density
    -0.2504,  # no_stopwords
    -0.1933,  # terminal
    0.8776,  # separators
    1.0512,  # date_alone
    0.2974,  # has_day_or_time
    -1.4407,  # vocab_hits
    2.3109,  # vocab_dense
    1.8851,  # byline
    0.4692,  # bullet
    0.6782,  # capitalised
    0.0210,  # digits
    -0.6487,  # before_prose
    0.6572,  # after_prose
    0.4055,  # markup_chrome
    -0.0566,  # extractor_kept
    0.3961,  # extractor_dropped
    -0.1868,  # neighbours_short
    0.1365,  # prose_before
    -0.3672,  # prose_after
    1.9840,  # vocab_matches
    0.2074,  # strong_vocab
    2.4513,  # url_or_email
    1.6829,  # dated_byline
    1.1678,  # repeated
    0.9774,  # opens_with_vocab
    0.5550,  # consent_vocab
    2.4204,  # link_density
    0.8597,  # names_author
    -0.1524,  # repeated_in_page
    0.0488,  # names_site
    0.6206,  # kicker
    -0.3409,  # label_value_run
    -0.0131,  # shape_run
    -0.1544,  # outside_main_prose
    -0.0118,  # distance_to_main_prose
    0.7705,  # prose_apart
    0.3232,  # main_prose_share
    -0.3742,  # layout_repeats
    -0.6138,  # layout_prose_share
    -0.0864,  # layout_without_prose
    2.2988,  # standalone_pattern
    3.0117,  # stage1
    0.5087,  # stage1_before
    0.7407,  # stage1_after
    2.7367,  # stage1_window
)
THRESHOLD = 0.500
