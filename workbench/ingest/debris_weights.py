"""Weights of the debris model, fitted by `bench/debris.py --fit` on bench/data/pages/fit.

Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before and the line after.
"""

STAGE1: tuple[float, ...] = (
    5.7539,  # bias
    -2.6463,  # log_words
    0.1950,  # one_word
    -0.1258,  # stopword_density
    -0.3772,  # no_stopwords
    -0.3713,  # terminal
    1.7877,  # separators
    2.3937,  # date_alone
    1.6357,  # has_date
    0.9614,  # vocab_hits
    0.5968,  # vocab_dense
    1.5107,  # byline
    0.6227,  # bullet
    3.7041,  # capitalised
    0.8157,  # digits
    -2.1300,  # before_prose
    1.3497,  # after_prose
    1.2977,  # markup_chrome
    -1.0075,  # extractor_kept
    -0.4818,  # extractor_dropped
    -0.8142,  # neighbours_short
    -3.4961,  # prose_before
    -2.9714,  # prose_after
    1.4727,  # vocab_matches
    2.1476,  # strong_vocab
    0.0000,  # url_or_email
    1.3346,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.8636,  # bias
    -1.1851,  # log_words
    0.3286,  # one_word
    -0.2524,  # stopword_density
    -0.7316,  # no_stopwords
    -0.1177,  # terminal
    0.8925,  # separators
    1.5896,  # date_alone
    0.7187,  # has_date
    0.1480,  # vocab_hits
    0.2640,  # vocab_dense
    0.9020,  # byline
    0.1817,  # bullet
    2.2643,  # capitalised
    0.4485,  # digits
    -1.6048,  # before_prose
    -0.0208,  # after_prose
    0.5089,  # markup_chrome
    -0.5257,  # extractor_kept
    -0.0773,  # extractor_dropped
    -0.6750,  # neighbours_short
    -1.2529,  # prose_before
    -0.7129,  # prose_after
    0.5004,  # vocab_matches
    1.2251,  # strong_vocab
    0.0000,  # url_or_email
    1.0476,  # standalone_pattern
    5.4052,  # stage1
    1.0613,  # stage1_before
    1.9070,  # stage1_after
)
THRESHOLD = 0.500
