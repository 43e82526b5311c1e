"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 252 pages of bench/data/pages/, in the parts
fit, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before, the line after and
the mean over `debris.WINDOW` lines on each side.
"""

STAGE1: tuple[float, ...] = (
    -1.7997,  # bias
    -1.5122,  # log_words
    -1.2378,  # one_word
    -0.6635,  # stopword_density
    -0.3755,  # no_stopwords
    -0.1799,  # terminal
    1.7220,  # separators
    2.9993,  # date_alone
    0.5025,  # has_day_or_time
    -1.3259,  # vocab_hits
    4.7379,  # vocab_dense
    3.0388,  # byline
    0.4474,  # bullet
    1.8904,  # capitalised
    0.0767,  # digits
    -0.2314,  # before_prose
    2.3330,  # after_prose
    1.4609,  # markup_chrome
    -1.0547,  # extractor_kept
    -0.0026,  # extractor_dropped
    0.0846,  # neighbours_short
    -0.8147,  # prose_before
    -1.3048,  # prose_after
    2.0031,  # vocab_matches
    0.6058,  # strong_vocab
    4.7973,  # url_or_email
    2.9252,  # dated_byline
    1.7288,  # repeated
    4.9878,  # opens_with_vocab
    0.3478,  # consent_vocab
    5.3155,  # link_density
    1.3892,  # names_author
    0.3106,  # repeated_in_page
    0.3750,  # names_site
    0.8721,  # kicker
    -0.6245,  # label_value_run
    -0.2681,  # shape_run
    -0.5732,  # outside_main_prose
    1.1086,  # distance_to_main_prose
    1.1570,  # prose_apart
    3.2988,  # main_prose_share
    -1.0801,  # layout_repeats
    0.6117,  # layout_prose_share
    -0.2229,  # layout_without_prose
    3.3683,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -2.2492,  # bias
    -1.1018,  # log_words
    -0.6397,  # one_word
    -0.4153,  # stopword_density
    -0.2133,  # no_stopwords
    -0.3480,  # terminal
    1.0289,  # separators
    1.6087,  # date_alone
    0.5150,  # has_day_or_time
    -1.3705,  # vocab_hits
    3.1673,  # vocab_dense
    2.1753,  # byline
    0.4257,  # bullet
    0.8557,  # capitalised
    -0.4643,  # digits
    -0.8587,  # before_prose
    0.2591,  # after_prose
    0.3429,  # markup_chrome
    -0.2846,  # extractor_kept
    0.1008,  # extractor_dropped
    -0.0360,  # neighbours_short
    -0.1885,  # prose_before
    -0.4635,  # prose_after
    1.6827,  # vocab_matches
    0.5649,  # strong_vocab
    3.1862,  # url_or_email
    2.4877,  # dated_byline
    0.7545,  # repeated
    3.5522,  # opens_with_vocab
    0.2056,  # consent_vocab
    3.0236,  # link_density
    1.2301,  # names_author
    0.1067,  # repeated_in_page
    0.1969,  # names_site
    0.6285,  # kicker
    -0.1945,  # label_value_run
    -0.0490,  # shape_run
    -0.0284,  # outside_main_prose
    0.0303,  # distance_to_main_prose
    0.8344,  # prose_apart
    0.5063,  # main_prose_share
    -0.4543,  # layout_repeats
    0.0761,  # layout_prose_share
    0.0532,  # layout_without_prose
    2.7173,  # standalone_pattern
    2.7499,  # stage1
    0.1858,  # stage1_before
    0.4899,  # stage1_after
    3.3656,  # stage1_window
)
THRESHOLD = 0.550
# The score at which the model overrules a keep rule (`debris.decide`).
OVERRULE = 1.010
