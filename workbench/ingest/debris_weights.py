"""Weights of the debris model, fitted by `bench/debris.py --fit` on the fit pages.

Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before and the line after.
"""

STAGE1: tuple[float, ...] = (
    5.7576,  # bias
    -2.5661,  # log_words
    0.2073,  # one_word
    -0.1861,  # stopword_density
    -0.6283,  # no_stopwords
    -0.4292,  # terminal
    1.7377,  # separators
    2.3288,  # date_alone
    1.7459,  # has_date
    0.8451,  # vocab_hits
    0.4458,  # vocab_dense
    1.6052,  # byline
    0.6338,  # bullet
    2.9469,  # capitalised
    0.8241,  # digits
    -2.2726,  # before_prose
    1.3110,  # after_prose
    1.4237,  # markup_chrome
    -0.9659,  # extractor_kept
    -0.3653,  # extractor_dropped
    -1.0930,  # neighbours_short
    -3.3918,  # prose_before
    -2.9448,  # prose_after
    1.4837,  # vocab_matches
    2.3199,  # strong_vocab
    0.0000,  # url_or_email
    0.7082,  # dated_byline
    2.5541,  # repeated
    0.8414,  # opens_with_vocab
    1.4369,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.5746,  # bias
    -1.2580,  # log_words
    0.2890,  # one_word
    -0.1722,  # stopword_density
    -0.8089,  # no_stopwords
    -0.1524,  # terminal
    0.9127,  # separators
    1.3488,  # date_alone
    0.8468,  # has_date
    0.0264,  # vocab_hits
    0.1551,  # vocab_dense
    0.8975,  # byline
    0.1697,  # bullet
    1.5250,  # capitalised
    0.3850,  # digits
    -1.7565,  # before_prose
    -0.2436,  # after_prose
    0.5429,  # markup_chrome
    -0.3732,  # extractor_kept
    0.0172,  # extractor_dropped
    -0.9312,  # neighbours_short
    -1.1911,  # prose_before
    -0.8178,  # prose_after
    0.5281,  # vocab_matches
    1.3431,  # strong_vocab
    0.0000,  # url_or_email
    0.4532,  # dated_byline
    1.3517,  # repeated
    0.6164,  # opens_with_vocab
    1.0397,  # standalone_pattern
    5.8085,  # stage1
    1.0887,  # stage1_before
    1.8111,  # stage1_after
)
THRESHOLD = 0.410
