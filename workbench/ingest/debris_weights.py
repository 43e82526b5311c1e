"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 567 pages of bench/data/pages/, in the parts
fit, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8,
heldout9, heldout10, heldout11, heldout12, heldout13, heldout14, heldout15.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before, the line after and
the mean over `debris.WINDOW` lines on each side, then the features of the line before
and of the line after (`debris.neighbour_features`).
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
    -0.3455,  # bias
    -0.9356,  # log_words
    -0.4698,  # one_word
    -0.3952,  # stopword_density
    -0.2433,  # no_stopwords
    -0.2227,  # terminal
    0.9088,  # separators
    1.1201,  # date_alone
    0.2481,  # has_day_or_time
    -1.1819,  # vocab_hits
    2.9688,  # vocab_dense
    1.9968,  # byline
    0.3859,  # bullet
    0.6574,  # capitalised
    0.3288,  # digits
    3.1995,  # before_prose
    -0.9387,  # after_prose
    1.6050,  # markup_chrome
    0.3734,  # extractor_kept
    0.8134,  # extractor_dropped
    -0.1590,  # neighbours_short
    -0.4114,  # prose_before
    0.1849,  # prose_after
    1.5570,  # vocab_matches
    0.2218,  # strong_vocab
    2.3410,  # url_or_email
    1.7929,  # dated_byline
    0.8899,  # repeated
    0.9176,  # opens_with_vocab
    0.0988,  # consent_vocab
    2.8916,  # link_density
    1.4604,  # names_author
    -0.1322,  # repeated_in_page
    -0.1963,  # names_site
    0.7867,  # kicker
    -0.7168,  # label_value_run
    0.6133,  # shape_run
    -0.5378,  # outside_main_prose
    0.3847,  # distance_to_main_prose
    2.4831,  # prose_apart
    -1.0871,  # main_prose_share
    -0.6965,  # layout_repeats
    -0.1234,  # layout_prose_share
    0.2640,  # layout_without_prose
    2.2614,  # standalone_pattern
    2.6144,  # stage1
    0.4483,  # stage1_before
    0.7480,  # stage1_after
    3.7660,  # stage1_window
    -0.4658,  # before: log_words
    -0.5739,  # before: one_word
    -0.0657,  # before: stopword_density
    0.3545,  # before: no_stopwords
    0.1562,  # before: terminal
    -0.7792,  # before: separators
    -0.7205,  # before: date_alone
    -0.0667,  # before: has_day_or_time
    1.5074,  # before: vocab_hits
    -1.1683,  # before: vocab_dense
    0.6145,  # before: byline
    -0.3424,  # before: bullet
    0.3292,  # before: capitalised
    -0.1159,  # before: digits
    -2.8205,  # before: before_prose
    0.8738,  # before: after_prose
    -0.6402,  # before: markup_chrome
    -0.1059,  # before: extractor_kept
    0.0242,  # before: extractor_dropped
    0.0992,  # before: neighbours_short
    -0.1060,  # before: prose_before
    -1.3719,  # before: prose_after
    -0.4313,  # before: vocab_matches
    -1.0510,  # before: strong_vocab
    0.7261,  # before: url_or_email
    1.5988,  # before: dated_byline
    -0.3888,  # before: repeated
    0.8420,  # before: opens_with_vocab
    1.4753,  # before: consent_vocab
    -0.5213,  # before: link_density
    1.3825,  # before: names_author
    0.8321,  # before: repeated_in_page
    1.6757,  # before: names_site
    -1.3392,  # before: kicker
    0.1033,  # before: label_value_run
    -0.4041,  # before: shape_run
    0.0028,  # before: outside_main_prose
    -0.9825,  # before: distance_to_main_prose
    0.5531,  # before: prose_apart
    3.4077,  # before: main_prose_share
    0.0588,  # before: layout_repeats
    -0.1190,  # before: layout_prose_share
    -0.4497,  # before: layout_without_prose
    0.6090,  # before: standalone_pattern
    -0.2033,  # after: log_words
    0.0165,  # after: one_word
    -0.0306,  # after: stopword_density
    -0.0486,  # after: no_stopwords
    -0.5723,  # after: terminal
    0.0632,  # after: separators
    0.5312,  # after: date_alone
    -0.5591,  # after: has_day_or_time
    0.9092,  # after: vocab_hits
    -0.1762,  # after: vocab_dense
    -2.2122,  # after: byline
    0.4087,  # after: bullet
    0.4845,  # after: capitalised
    -0.5770,  # after: digits
    -0.6815,  # after: before_prose
    0.4272,  # after: after_prose
    -1.1204,  # after: markup_chrome
    0.1130,  # after: extractor_kept
    -0.0058,  # after: extractor_dropped
    -0.3821,  # after: neighbours_short
    0.3341,  # after: prose_before
    0.0921,  # after: prose_after
    -0.6632,  # after: vocab_matches
    0.1544,  # after: strong_vocab
    1.4357,  # after: url_or_email
    -0.9478,  # after: dated_byline
    -0.0907,  # after: repeated
    0.5403,  # after: opens_with_vocab
    2.1530,  # after: consent_vocab
    0.2526,  # after: link_density
    -1.2749,  # after: names_author
    0.3238,  # after: repeated_in_page
    0.9214,  # after: names_site
    0.1721,  # after: kicker
    0.0055,  # after: label_value_run
    -0.7052,  # after: shape_run
    0.1520,  # after: outside_main_prose
    0.2574,  # after: distance_to_main_prose
    0.1476,  # after: prose_apart
    -1.8046,  # after: main_prose_share
    -0.0234,  # after: layout_repeats
    -1.2592,  # after: layout_prose_share
    0.1961,  # after: layout_without_prose
    0.2632,  # after: standalone_pattern
)
THRESHOLD = 0.500
