"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 662 pages of bench/data/pages/, in the parts
fit, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8,
heldout9, heldout10, heldout11, heldout12, heldout13, heldout14, heldout15, heldout16,
heldout17, heldout18, sample.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before, the line after and
the mean over `debris.WINDOW` lines on each side.
"""

STAGE1: tuple[float, ...] = (
    -1.3523,  # bias
    -1.8430,  # log_words
    -1.4252,  # one_word
    -0.3157,  # stopword_density
    -0.7843,  # no_stopwords
    -0.0482,  # terminal
    1.9643,  # separators
    0.6279,  # date_alone
    0.3962,  # has_day_or_time
    -1.7317,  # vocab_hits
    3.2793,  # vocab_dense
    2.9049,  # byline
    0.7717,  # bullet
    2.0449,  # capitalised
    -0.2035,  # digits
    -0.7966,  # before_prose
    2.5212,  # after_prose
    1.5970,  # markup_chrome
    -0.8495,  # extractor_kept
    0.9524,  # extractor_dropped
    0.0848,  # neighbours_short
    -0.5647,  # prose_before
    -1.3899,  # prose_after
    2.8188,  # vocab_matches
    0.4398,  # strong_vocab
    4.0313,  # url_or_email
    2.1511,  # dated_byline
    1.7818,  # repeated
    1.8965,  # opens_with_vocab
    0.8063,  # consent_vocab
    4.1355,  # link_density
    0.9814,  # names_author
    0.2820,  # repeated_in_page
    0.4131,  # names_site
    0.8936,  # kicker
    -1.1475,  # label_value_run
    -0.1399,  # shape_run
    0.1289,  # outside_main_prose
    0.8168,  # distance_to_main_prose
    1.0367,  # prose_apart
    3.3323,  # main_prose_share
    -0.9503,  # layout_repeats
    -0.4633,  # layout_prose_share
    -0.3088,  # layout_without_prose
    3.2745,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.7987,  # bias
    -1.2899,  # log_words
    -0.7049,  # one_word
    -0.2137,  # stopword_density
    -0.2633,  # no_stopwords
    -0.0515,  # terminal
    1.1557,  # separators
    0.1166,  # date_alone
    0.3721,  # has_day_or_time
    -1.3560,  # vocab_hits
    2.1252,  # vocab_dense
    2.4109,  # byline
    0.5850,  # bullet
    0.8886,  # capitalised
    -0.2842,  # digits
    -0.6825,  # before_prose
    0.8868,  # after_prose
    0.4177,  # markup_chrome
    -0.2205,  # extractor_kept
    0.5170,  # extractor_dropped
    -0.1588,  # neighbours_short
    0.0338,  # prose_before
    -0.4656,  # prose_after
    2.0794,  # vocab_matches
    0.2559,  # strong_vocab
    2.6368,  # url_or_email
    1.9520,  # dated_byline
    1.0780,  # repeated
    1.0845,  # opens_with_vocab
    0.2930,  # consent_vocab
    2.5344,  # link_density
    0.6212,  # names_author
    -0.0946,  # repeated_in_page
    0.6259,  # names_site
    0.6056,  # kicker
    -0.4294,  # label_value_run
    -0.0549,  # shape_run
    -0.0659,  # outside_main_prose
    0.0100,  # distance_to_main_prose
    0.6597,  # prose_apart
    0.3949,  # main_prose_share
    -0.4258,  # layout_repeats
    -0.6338,  # layout_prose_share
    -0.0830,  # layout_without_prose
    2.8048,  # standalone_pattern
    2.5461,  # stage1
    0.4713,  # stage1_before
    0.6821,  # stage1_after
    2.8775,  # stage1_window
)
THRESHOLD = 0.550
