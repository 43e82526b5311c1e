"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 349 pages of bench/data/pages/, in the parts
fit, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8, heldout9.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before, the line after and
the mean over `debris.WINDOW` lines on each side.
"""

STAGE1: tuple[float, ...] = (
    -1.4797,  # bias
    -1.4326,  # log_words
    -1.1845,  # one_word
    -0.6031,  # stopword_density
    -0.4158,  # no_stopwords
    -0.2953,  # terminal
    1.5728,  # separators
    2.7458,  # date_alone
    0.5142,  # has_day_or_time
    -1.7576,  # vocab_hits
    4.6348,  # vocab_dense
    3.2747,  # byline
    0.3872,  # bullet
    1.9076,  # capitalised
    0.0330,  # digits
    -0.3827,  # before_prose
    2.6026,  # after_prose
    1.6463,  # markup_chrome
    -0.7890,  # extractor_kept
    -0.0356,  # extractor_dropped
    0.0988,  # neighbours_short
    -0.7370,  # prose_before
    -1.1910,  # prose_after
    2.3671,  # vocab_matches
    0.3320,  # strong_vocab
    4.2884,  # url_or_email
    1.9165,  # dated_byline
    1.8014,  # repeated
    3.6949,  # opens_with_vocab
    1.1529,  # consent_vocab
    5.3484,  # link_density
    1.3167,  # names_author
    0.3564,  # repeated_in_page
    0.7215,  # names_site
    1.0227,  # kicker
    -0.8629,  # label_value_run
    -0.3118,  # shape_run
    -0.5233,  # outside_main_prose
    1.0349,  # distance_to_main_prose
    1.0039,  # prose_apart
    2.8257,  # main_prose_share
    -1.2012,  # layout_repeats
    0.5529,  # layout_prose_share
    0.1674,  # layout_without_prose
    3.4725,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -2.1929,  # bias
    -1.0506,  # log_words
    -0.5520,  # one_word
    -0.3583,  # stopword_density
    -0.2128,  # no_stopwords
    -0.4770,  # terminal
    0.7897,  # separators
    1.2689,  # date_alone
    0.4673,  # has_day_or_time
    -1.4941,  # vocab_hits
    2.9315,  # vocab_dense
    2.3906,  # byline
    0.3929,  # bullet
    0.7574,  # capitalised
    -0.3266,  # digits
    -1.0107,  # before_prose
    0.1660,  # after_prose
    0.2401,  # markup_chrome
    -0.1364,  # extractor_kept
    0.1066,  # extractor_dropped
    -0.0338,  # neighbours_short
    -0.0980,  # prose_before
    -0.3152,  # prose_after
    1.8934,  # vocab_matches
    0.3336,  # strong_vocab
    2.7638,  # url_or_email
    1.7331,  # dated_byline
    0.7426,  # repeated
    2.4028,  # opens_with_vocab
    0.7121,  # consent_vocab
    2.9322,  # link_density
    1.1412,  # names_author
    -0.0241,  # repeated_in_page
    0.4249,  # names_site
    0.7637,  # kicker
    -0.2216,  # label_value_run
    -0.0765,  # shape_run
    0.0375,  # outside_main_prose
    -0.0410,  # distance_to_main_prose
    0.7361,  # prose_apart
    0.2613,  # main_prose_share
    -0.5158,  # layout_repeats
    0.0735,  # layout_prose_share
    0.2894,  # layout_without_prose
    2.8043,  # standalone_pattern
    2.8762,  # stage1
    0.3099,  # stage1_before
    0.6770,  # stage1_after
    3.3330,  # stage1_window
)
THRESHOLD = 0.400
