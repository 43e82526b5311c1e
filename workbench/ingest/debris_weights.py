"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 393 pages of bench/data/pages/, in the parts
fit, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8,
heldout9, heldout10.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before, the line after and
the mean over `debris.WINDOW` lines on each side.
"""

STAGE1: tuple[float, ...] = (
    -1.1789,  # bias
    -1.4133,  # log_words
    -1.1717,  # one_word
    -0.6004,  # stopword_density
    -0.4023,  # no_stopwords
    -0.4353,  # terminal
    1.6421,  # separators
    2.8174,  # date_alone
    0.4243,  # has_day_or_time
    -1.7659,  # vocab_hits
    4.3215,  # vocab_dense
    3.2951,  # byline
    0.4306,  # bullet
    1.8092,  # capitalised
    -0.0573,  # digits
    -0.4721,  # before_prose
    2.5612,  # after_prose
    1.7127,  # markup_chrome
    -0.8741,  # extractor_kept
    0.0770,  # extractor_dropped
    0.0040,  # neighbours_short
    -0.7719,  # prose_before
    -1.2141,  # prose_after
    2.4229,  # vocab_matches
    0.3251,  # strong_vocab
    4.2303,  # url_or_email
    1.9262,  # dated_byline
    1.7753,  # repeated
    2.9543,  # opens_with_vocab
    1.3376,  # consent_vocab
    5.1431,  # link_density
    1.5219,  # names_author
    0.2878,  # repeated_in_page
    0.8500,  # names_site
    1.1599,  # kicker
    -0.6898,  # label_value_run
    -0.3111,  # shape_run
    -0.5253,  # outside_main_prose
    0.9711,  # distance_to_main_prose
    1.2005,  # prose_apart
    2.6957,  # main_prose_share
    -0.8006,  # layout_repeats
    0.1151,  # layout_prose_share
    -0.4463,  # layout_without_prose
    3.4935,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -2.1065,  # bias
    -1.0237,  # log_words
    -0.5527,  # one_word
    -0.3841,  # stopword_density
    -0.2124,  # no_stopwords
    -0.5633,  # terminal
    0.8532,  # separators
    1.2789,  # date_alone
    0.4105,  # has_day_or_time
    -1.4850,  # vocab_hits
    2.6255,  # vocab_dense
    2.4153,  # byline
    0.4445,  # bullet
    0.7230,  # capitalised
    -0.3374,  # digits
    -0.9993,  # before_prose
    0.2286,  # after_prose
    0.3258,  # markup_chrome
    -0.1901,  # extractor_kept
    0.1538,  # extractor_dropped
    -0.0792,  # neighbours_short
    -0.0864,  # prose_before
    -0.3203,  # prose_after
    2.0147,  # vocab_matches
    0.2137,  # strong_vocab
    2.7527,  # url_or_email
    1.7038,  # dated_byline
    0.7388,  # repeated
    1.6770,  # opens_with_vocab
    0.8757,  # consent_vocab
    2.8709,  # link_density
    1.2574,  # names_author
    -0.0068,  # repeated_in_page
    0.5145,  # names_site
    0.8413,  # kicker
    -0.1668,  # label_value_run
    -0.0747,  # shape_run
    0.0093,  # outside_main_prose
    -0.0232,  # distance_to_main_prose
    0.8770,  # prose_apart
    0.3099,  # main_prose_share
    -0.3073,  # layout_repeats
    -0.2114,  # layout_prose_share
    -0.0806,  # layout_without_prose
    2.8406,  # standalone_pattern
    2.8487,  # stage1
    0.3319,  # stage1_before
    0.6763,  # stage1_after
    3.0668,  # stage1_window
)
THRESHOLD = 0.400
# A line that reads as a sentence is debris only at this score or over.
SENTENCE_THRESHOLD = 0.900
