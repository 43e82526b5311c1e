"""Weights of the debris model, fitted by `bench/debris.py --fit` on the fit pages.

Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before and the line after.
"""

STAGE1: tuple[float, ...] = (
    5.7448,  # bias
    -2.5780,  # log_words
    0.1572,  # one_word
    -0.4206,  # stopword_density
    -0.6516,  # no_stopwords
    -0.2054,  # terminal
    1.6188,  # separators
    2.3965,  # date_alone
    1.7498,  # has_date
    0.8877,  # vocab_hits
    0.4669,  # vocab_dense
    1.4649,  # byline
    0.6152,  # bullet
    3.6754,  # capitalised
    0.8329,  # digits
    -2.0973,  # before_prose
    1.3458,  # after_prose
    1.1990,  # markup_chrome
    -1.1394,  # extractor_kept
    -0.4431,  # extractor_dropped
    -1.1663,  # neighbours_short
    -3.4933,  # prose_before
    -3.1178,  # prose_after
    1.3568,  # vocab_matches
    2.9058,  # strong_vocab
    0.0400,  # url_or_email
    0.6538,  # dated_byline
    2.3441,  # repeated
    0.8062,  # opens_with_vocab
    1.5394,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.2510,  # bias
    -1.2895,  # log_words
    0.2111,  # one_word
    -0.3469,  # stopword_density
    -0.8394,  # no_stopwords
    -0.1954,  # terminal
    0.7735,  # separators
    1.3999,  # date_alone
    0.6555,  # has_date
    -0.0453,  # vocab_hits
    0.1055,  # vocab_dense
    0.6931,  # byline
    0.1683,  # bullet
    1.9684,  # capitalised
    0.3859,  # digits
    -1.5829,  # before_prose
    -0.3457,  # after_prose
    0.4616,  # markup_chrome
    -0.4604,  # extractor_kept
    -0.1469,  # extractor_dropped
    -0.8011,  # neighbours_short
    -1.1428,  # prose_before
    -0.9836,  # prose_after
    0.3723,  # vocab_matches
    1.4398,  # strong_vocab
    0.0074,  # url_or_email
    0.3745,  # dated_byline
    1.1019,  # repeated
    0.5880,  # opens_with_vocab
    1.1398,  # standalone_pattern
    5.9234,  # stage1
    0.8840,  # stage1_before
    1.7360,  # stage1_after
)
THRESHOLD = 0.430
