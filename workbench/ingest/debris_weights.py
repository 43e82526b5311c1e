"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 692 pages of bench/data/pages/, in the parts
fit, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8,
heldout9, heldout10, heldout11, heldout12, heldout13, heldout14, heldout15, heldout16,
heldout17, heldout18, heldout20, sample.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before, the line after and
the mean over `debris.WINDOW` lines on each side.
"""

STAGE1: tuple[float, ...] = (
    -1.3205,  # bias
    -1.7485,  # log_words
    -1.4514,  # one_word
    -0.3087,  # stopword_density
    -0.9100,  # no_stopwords
    -0.2357,  # terminal
    1.9680,  # separators
    0.7921,  # date_alone
    0.3688,  # has_day_or_time
    -0.8965,  # vocab_hits
    3.6070,  # vocab_dense
    2.9541,  # byline
    0.3410,  # bullet
    2.0685,  # capitalised
    -0.2397,  # digits
    -0.9155,  # before_prose
    2.4634,  # after_prose
    1.4276,  # markup_chrome
    -0.9422,  # extractor_kept
    0.8131,  # extractor_dropped
    0.0676,  # neighbours_short
    -0.6732,  # prose_before
    -1.4194,  # prose_after
    1.7251,  # vocab_matches
    0.3825,  # strong_vocab
    4.1945,  # url_or_email
    2.4809,  # dated_byline
    1.7254,  # repeated
    1.7800,  # opens_with_vocab
    1.4027,  # consent_vocab
    4.2230,  # link_density
    1.0375,  # names_author
    0.2820,  # repeated_in_page
    0.4800,  # names_site
    0.8528,  # kicker
    -1.0823,  # label_value_run
    -0.1462,  # shape_run
    -0.0401,  # outside_main_prose
    0.8593,  # distance_to_main_prose
    1.0799,  # prose_apart
    3.3004,  # main_prose_share
    -0.5235,  # layout_repeats
    -0.5226,  # layout_prose_share
    -0.7570,  # layout_without_prose
    3.2936,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.6262,  # bias
    -1.2624,  # log_words
    -0.7230,  # one_word
    -0.2327,  # stopword_density
    -0.3418,  # no_stopwords
    -0.1904,  # terminal
    1.1578,  # separators
    0.2126,  # date_alone
    0.3726,  # has_day_or_time
    -0.7541,  # vocab_hits
    2.4140,  # vocab_dense
    2.4443,  # byline
    0.4826,  # bullet
    0.9205,  # capitalised
    -0.4437,  # digits
    -0.7125,  # before_prose
    0.8389,  # after_prose
    0.3746,  # markup_chrome
    -0.2518,  # extractor_kept
    0.5196,  # extractor_dropped
    -0.1720,  # neighbours_short
    -0.0192,  # prose_before
    -0.5193,  # prose_after
    1.3207,  # vocab_matches
    0.2426,  # strong_vocab
    2.7798,  # url_or_email
    2.1649,  # dated_byline
    1.0692,  # repeated
    1.0357,  # opens_with_vocab
    0.5709,  # consent_vocab
    2.4640,  # link_density
    0.6252,  # names_author
    -0.0886,  # repeated_in_page
    0.6105,  # names_site
    0.5045,  # kicker
    -0.4003,  # label_value_run
    -0.0522,  # shape_run
    -0.1995,  # outside_main_prose
    -0.0048,  # distance_to_main_prose
    0.7740,  # prose_apart
    0.3308,  # main_prose_share
    -0.1810,  # layout_repeats
    -0.7625,  # layout_prose_share
    -0.4332,  # layout_without_prose
    2.8237,  # standalone_pattern
    2.5132,  # stage1
    0.4595,  # stage1_before
    0.6196,  # stage1_after
    3.0519,  # stage1_window
)
THRESHOLD = 0.575
