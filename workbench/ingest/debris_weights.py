"""Weights of the debris model, fitted by `bench/debris.py --fit` on the fit pages.

Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before and the line after.
"""

STAGE1: tuple[float, ...] = (
    5.5996,  # bias
    -3.0628,  # log_words
    0.2657,  # one_word
    -0.1114,  # stopword_density
    -0.5510,  # no_stopwords
    0.1752,  # terminal
    1.6142,  # separators
    2.0597,  # date_alone
    2.3781,  # has_day_or_time
    1.2926,  # vocab_hits
    0.5727,  # vocab_dense
    1.5740,  # byline
    0.8724,  # bullet
    3.4670,  # capitalised
    0.3193,  # digits
    -1.5831,  # before_prose
    2.2701,  # after_prose
    1.2024,  # markup_chrome
    -0.7084,  # extractor_kept
    -0.9942,  # extractor_dropped
    -0.6805,  # neighbours_short
    -4.0812,  # prose_before
    -2.1189,  # prose_after
    1.5459,  # vocab_matches
    2.6921,  # strong_vocab
    0.0001,  # url_or_email
    0.5016,  # dated_byline
    2.3538,  # repeated
    2.5740,  # opens_with_vocab
    0.9663,  # consent_vocab
    1.1031,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.0510,  # bias
    -1.5131,  # log_words
    0.2325,  # one_word
    0.0108,  # stopword_density
    -0.8075,  # no_stopwords
    0.1189,  # terminal
    0.7196,  # separators
    1.0090,  # date_alone
    1.0313,  # has_day_or_time
    0.2765,  # vocab_hits
    0.1695,  # vocab_dense
    0.7924,  # byline
    0.3148,  # bullet
    1.6556,  # capitalised
    0.0420,  # digits
    -1.3811,  # before_prose
    0.0189,  # after_prose
    0.4590,  # markup_chrome
    -0.2688,  # extractor_kept
    -0.5004,  # extractor_dropped
    -0.2377,  # neighbours_short
    -1.2993,  # prose_before
    -0.6597,  # prose_after
    0.4800,  # vocab_matches
    1.4843,  # strong_vocab
    0.0005,  # url_or_email
    0.2618,  # dated_byline
    1.1868,  # repeated
    1.9645,  # opens_with_vocab
    0.3526,  # consent_vocab
    0.6735,  # standalone_pattern
    6.1177,  # stage1
    0.8212,  # stage1_before
    1.1177,  # stage1_after
)
THRESHOLD = 0.540
