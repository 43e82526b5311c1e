"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 602 pages of bench/data/pages/, in the parts
fit, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8,
heldout9, heldout10, heldout11, heldout12, heldout13, heldout14, heldout15, heldout16,
sample.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before, the line after and
the mean over `debris.WINDOW` lines on each side.
"""

STAGE1: tuple[float, ...] = (
    -0.9410,  # bias
    -1.7966,  # log_words
    -1.3150,  # one_word
    -0.4225,  # stopword_density
    -0.8096,  # no_stopwords
    -0.0414,  # terminal
    1.8732,  # separators
    2.2047,  # date_alone
    0.2797,  # has_day_or_time
    -2.0485,  # vocab_hits
    3.7118,  # vocab_dense
    2.8768,  # byline
    0.5787,  # bullet
    1.9498,  # capitalised
    0.3495,  # digits
    -0.5888,  # before_prose
    2.5955,  # after_prose
    1.6858,  # markup_chrome
    -0.7353,  # extractor_kept
    0.8078,  # extractor_dropped
    0.0610,  # neighbours_short
    -0.5344,  # prose_before
    -1.4627,  # prose_after
    2.9619,  # vocab_matches
    0.1259,  # strong_vocab
    3.9177,  # url_or_email
    1.9714,  # dated_byline
    1.8198,  # repeated
    2.2474,  # opens_with_vocab
    1.0186,  # consent_vocab
    4.2034,  # link_density
    1.3845,  # names_author
    0.2120,  # repeated_in_page
    -0.1964,  # names_site
    0.9592,  # kicker
    -1.1876,  # label_value_run
    -0.1391,  # shape_run
    -0.1944,  # outside_main_prose
    0.8525,  # distance_to_main_prose
    1.1039,  # prose_apart
    3.0071,  # main_prose_share
    -0.9233,  # layout_repeats
    -0.5773,  # layout_prose_share
    -0.2727,  # layout_without_prose
    2.7710,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.9200,  # bias
    -1.1712,  # log_words
    -0.5791,  # one_word
    -0.2892,  # stopword_density
    -0.2747,  # no_stopwords
    -0.1377,  # terminal
    0.9887,  # separators
    1.0412,  # date_alone
    0.2957,  # has_day_or_time
    -1.6100,  # vocab_hits
    2.5467,  # vocab_dense
    2.2221,  # byline
    0.5415,  # bullet
    0.7423,  # capitalised
    -0.0314,  # digits
    -0.6175,  # before_prose
    0.7980,  # after_prose
    0.4446,  # markup_chrome
    -0.1178,  # extractor_kept
    0.4052,  # extractor_dropped
    -0.2195,  # neighbours_short
    0.0972,  # prose_before
    -0.4549,  # prose_after
    2.0814,  # vocab_matches
    0.1904,  # strong_vocab
    2.5138,  # url_or_email
    1.7877,  # dated_byline
    1.1763,  # repeated
    1.1141,  # opens_with_vocab
    0.3954,  # consent_vocab
    2.5079,  # link_density
    0.8948,  # names_author
    -0.1264,  # repeated_in_page
    0.0382,  # names_site
    0.6567,  # kicker
    -0.3842,  # label_value_run
    -0.0174,  # shape_run
    -0.1993,  # outside_main_prose
    0.0132,  # distance_to_main_prose
    0.7413,  # prose_apart
    0.2960,  # main_prose_share
    -0.3938,  # layout_repeats
    -0.6471,  # layout_prose_share
    -0.0739,  # layout_without_prose
    2.3885,  # standalone_pattern
    2.8152,  # stage1
    0.5129,  # stage1_before
    0.7339,  # stage1_after
    2.7463,  # stage1_window
)
THRESHOLD = 0.500
