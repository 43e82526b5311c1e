"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 301 pages of bench/data/pages/, in the parts
fit, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before, the line after and
the mean over `debris.WINDOW` lines on each side.
"""

STAGE1: tuple[float, ...] = (
    -1.6191,  # bias
    -1.4792,  # log_words
    -1.3681,  # one_word
    -0.7239,  # stopword_density
    -0.5284,  # no_stopwords
    -0.1639,  # terminal
    1.6167,  # separators
    2.8095,  # date_alone
    0.5900,  # has_day_or_time
    -1.7772,  # vocab_hits
    4.9886,  # vocab_dense
    3.0531,  # byline
    0.3066,  # bullet
    1.9545,  # capitalised
    0.1498,  # digits
    -0.3150,  # before_prose
    2.4385,  # after_prose
    1.4969,  # markup_chrome
    -0.8903,  # extractor_kept
    -0.0216,  # extractor_dropped
    0.0567,  # neighbours_short
    -0.7827,  # prose_before
    -1.3110,  # prose_after
    2.1808,  # vocab_matches
    0.7308,  # strong_vocab
    4.7541,  # url_or_email
    2.4998,  # dated_byline
    1.7179,  # repeated
    5.0651,  # opens_with_vocab
    0.5916,  # consent_vocab
    5.4890,  # link_density
    1.2974,  # names_author
    0.4477,  # repeated_in_page
    0.5282,  # names_site
    1.0426,  # kicker
    -0.7570,  # label_value_run
    -0.3027,  # shape_run
    -0.5420,  # outside_main_prose
    1.0840,  # distance_to_main_prose
    0.9676,  # prose_apart
    3.1013,  # main_prose_share
    -1.0979,  # layout_repeats
    0.5692,  # layout_prose_share
    -0.1441,  # layout_without_prose
    3.4510,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -2.1541,  # bias
    -1.1201,  # log_words
    -0.6949,  # one_word
    -0.4378,  # stopword_density
    -0.3076,  # no_stopwords
    -0.3530,  # terminal
    0.8515,  # separators
    1.4318,  # date_alone
    0.5114,  # has_day_or_time
    -1.6504,  # vocab_hits
    3.3397,  # vocab_dense
    2.1901,  # byline
    0.3548,  # bullet
    0.8457,  # capitalised
    -0.2936,  # digits
    -0.9462,  # before_prose
    0.1906,  # after_prose
    0.2594,  # markup_chrome
    -0.1918,  # extractor_kept
    0.1150,  # extractor_dropped
    -0.0457,  # neighbours_short
    -0.1672,  # prose_before
    -0.4204,  # prose_after
    1.8128,  # vocab_matches
    0.6521,  # strong_vocab
    3.1263,  # url_or_email
    2.2681,  # dated_byline
    0.7213,  # repeated
    3.6061,  # opens_with_vocab
    0.3755,  # consent_vocab
    3.0353,  # link_density
    1.1225,  # names_author
    0.1227,  # repeated_in_page
    0.3060,  # names_site
    0.7945,  # kicker
    -0.1975,  # label_value_run
    -0.0755,  # shape_run
    0.0325,  # outside_main_prose
    0.0017,  # distance_to_main_prose
    0.7353,  # prose_apart
    0.4121,  # main_prose_share
    -0.4834,  # layout_repeats
    0.0621,  # layout_prose_share
    0.1480,  # layout_without_prose
    2.7888,  # standalone_pattern
    2.7138,  # stage1
    0.2374,  # stage1_before
    0.6468,  # stage1_after
    3.3695,  # stage1_window
)
THRESHOLD = 0.650
