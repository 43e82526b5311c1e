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
    -1.0644,  # bias
    -1.8244,  # log_words
    -1.4254,  # one_word
    -0.4128,  # stopword_density
    -0.8787,  # no_stopwords
    -0.0997,  # terminal
    1.9164,  # separators
    1.8632,  # date_alone
    0.3924,  # has_day_or_time
    -1.9200,  # vocab_hits
    3.6816,  # vocab_dense
    2.9150,  # byline
    0.8292,  # bullet
    2.0705,  # capitalised
    0.3138,  # digits
    -0.7831,  # before_prose
    2.5482,  # after_prose
    1.6065,  # markup_chrome
    -0.8717,  # extractor_kept
    0.9176,  # extractor_dropped
    0.0624,  # neighbours_short
    -0.6133,  # prose_before
    -1.4405,  # prose_after
    2.8024,  # vocab_matches
    0.5887,  # strong_vocab
    4.1483,  # url_or_email
    2.0689,  # dated_byline
    1.8073,  # repeated
    1.8537,  # opens_with_vocab
    0.7795,  # consent_vocab
    4.1917,  # link_density
    0.9420,  # names_author
    0.2461,  # repeated_in_page
    0.4034,  # names_site
    0.7266,  # kicker
    -1.1820,  # label_value_run
    -0.1422,  # shape_run
    -0.0310,  # outside_main_prose
    0.8094,  # distance_to_main_prose
    1.1056,  # prose_apart
    3.1734,  # main_prose_share
    -0.9382,  # layout_repeats
    -0.4694,  # layout_prose_share
    -0.3556,  # layout_without_prose
    2.8433,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.7835,  # bias
    -1.2498,  # log_words
    -0.6591,  # one_word
    -0.2998,  # stopword_density
    -0.3187,  # no_stopwords
    -0.0834,  # terminal
    1.1161,  # separators
    0.8143,  # date_alone
    0.3904,  # has_day_or_time
    -1.5554,  # vocab_hits
    2.6391,  # vocab_dense
    2.3040,  # byline
    0.6610,  # bullet
    0.8706,  # capitalised
    -0.0366,  # digits
    -0.6619,  # before_prose
    0.9182,  # after_prose
    0.4148,  # markup_chrome
    -0.2080,  # extractor_kept
    0.4927,  # extractor_dropped
    -0.2314,  # neighbours_short
    0.0605,  # prose_before
    -0.4894,  # prose_after
    2.0249,  # vocab_matches
    0.3756,  # strong_vocab
    2.7321,  # url_or_email
    1.9216,  # dated_byline
    1.1594,  # repeated
    1.0329,  # opens_with_vocab
    0.2822,  # consent_vocab
    2.5676,  # link_density
    0.5722,  # names_author
    -0.1420,  # repeated_in_page
    0.5873,  # names_site
    0.4692,  # kicker
    -0.4251,  # label_value_run
    -0.0349,  # shape_run
    -0.1648,  # outside_main_prose
    0.0173,  # distance_to_main_prose
    0.7291,  # prose_apart
    0.3072,  # main_prose_share
    -0.4324,  # layout_repeats
    -0.5928,  # layout_prose_share
    -0.0957,  # layout_without_prose
    2.4817,  # standalone_pattern
    2.6085,  # stage1
    0.6116,  # stage1_before
    0.7037,  # stage1_after
    2.7548,  # stage1_window
)
THRESHOLD = 0.525
