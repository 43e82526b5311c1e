"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 435 pages of bench/data/pages/, in the parts
fit, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8,
heldout9, heldout10, heldout11.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before, the line after and
the mean over `debris.WINDOW` lines on each side.
"""

STAGE1: tuple[float, ...] = (
    -1.0724,  # bias
    -1.3752,  # log_words
    -1.1707,  # one_word
    -0.5451,  # stopword_density
    -0.4800,  # no_stopwords
    -0.4976,  # terminal
    1.5414,  # separators
    2.7370,  # date_alone
    0.3897,  # has_day_or_time
    -1.7697,  # vocab_hits
    4.0656,  # vocab_dense
    3.2992,  # byline
    0.5587,  # bullet
    1.8777,  # capitalised
    0.1452,  # digits
    -0.5072,  # before_prose
    2.5903,  # after_prose
    1.8647,  # markup_chrome
    -0.8815,  # extractor_kept
    0.0681,  # extractor_dropped
    -0.0196,  # neighbours_short
    -0.7026,  # prose_before
    -1.1862,  # prose_after
    2.6073,  # vocab_matches
    -0.0339,  # strong_vocab
    4.2184,  # url_or_email
    1.9409,  # dated_byline
    1.8204,  # repeated
    2.9244,  # opens_with_vocab
    1.6929,  # consent_vocab
    5.0880,  # link_density
    1.5259,  # names_author
    0.2966,  # repeated_in_page
    0.9789,  # names_site
    1.2372,  # kicker
    -0.7175,  # label_value_run
    -0.2864,  # shape_run
    -0.4010,  # outside_main_prose
    0.8611,  # distance_to_main_prose
    1.2832,  # prose_apart
    2.4669,  # main_prose_share
    -0.7803,  # layout_repeats
    0.0658,  # layout_prose_share
    -0.4991,  # layout_without_prose
    3.5137,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -2.0929,  # bias
    -0.9960,  # log_words
    -0.5508,  # one_word
    -0.3381,  # stopword_density
    -0.2519,  # no_stopwords
    -0.5486,  # terminal
    0.7123,  # separators
    1.1155,  # date_alone
    0.3824,  # has_day_or_time
    -1.3618,  # vocab_hits
    2.2670,  # vocab_dense
    2.3842,  # byline
    0.4302,  # bullet
    0.7046,  # capitalised
    -0.1848,  # digits
    -0.9110,  # before_prose
    0.2479,  # after_prose
    0.3605,  # markup_chrome
    -0.2312,  # extractor_kept
    0.1339,  # extractor_dropped
    -0.0962,  # neighbours_short
    -0.0567,  # prose_before
    -0.3197,  # prose_after
    2.0407,  # vocab_matches
    0.0591,  # strong_vocab
    2.6707,  # url_or_email
    1.6245,  # dated_byline
    0.7172,  # repeated
    1.5626,  # opens_with_vocab
    0.9333,  # consent_vocab
    2.7463,  # link_density
    1.2755,  # names_author
    -0.0058,  # repeated_in_page
    0.5844,  # names_site
    0.8111,  # kicker
    -0.1597,  # label_value_run
    -0.0483,  # shape_run
    0.0055,  # outside_main_prose
    -0.0441,  # distance_to_main_prose
    0.9047,  # prose_apart
    0.2512,  # main_prose_share
    -0.2491,  # layout_repeats
    -0.2691,  # layout_prose_share
    -0.0756,  # layout_without_prose
    2.8598,  # standalone_pattern
    2.9848,  # stage1
    0.2986,  # stage1_before
    0.6262,  # stage1_after
    3.0100,  # stage1_window
)
THRESHOLD = 0.500
