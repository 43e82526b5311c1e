"""Weights of the debris model, fitted by `bench/debris.py --fit` on the fit pages.

Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before and the line after.
"""

STAGE1: tuple[float, ...] = (
    6.3827,  # bias
    -3.2884,  # log_words
    0.1769,  # one_word
    -0.4629,  # stopword_density
    -0.6916,  # no_stopwords
    -0.0475,  # terminal
    1.5965,  # separators
    1.9016,  # date_alone
    2.4728,  # has_day_or_time
    2.0511,  # vocab_hits
    0.9639,  # vocab_dense
    1.3920,  # byline
    0.7366,  # bullet
    3.0412,  # capitalised
    0.2102,  # digits
    -1.2797,  # before_prose
    2.1880,  # after_prose
    1.2216,  # markup_chrome
    -0.2324,  # extractor_kept
    -0.9096,  # extractor_dropped
    -0.9624,  # neighbours_short
    -4.2684,  # prose_before
    -2.2691,  # prose_after
    2.1618,  # vocab_matches
    1.9653,  # strong_vocab
    0.0001,  # url_or_email
    0.5197,  # dated_byline
    2.2963,  # repeated
    1.8053,  # opens_with_vocab
    0.6483,  # consent_vocab
    0.9853,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.1304,  # bias
    -1.6802,  # log_words
    0.1393,  # one_word
    -0.3322,  # stopword_density
    -0.9812,  # no_stopwords
    0.3257,  # terminal
    0.6397,  # separators
    0.8625,  # date_alone
    1.1082,  # has_day_or_time
    1.1005,  # vocab_hits
    0.5240,  # vocab_dense
    0.7845,  # byline
    0.2442,  # bullet
    1.3701,  # capitalised
    -0.1119,  # digits
    -1.0455,  # before_prose
    -0.1412,  # after_prose
    0.3971,  # markup_chrome
    0.0540,  # extractor_kept
    -0.4841,  # extractor_dropped
    -0.5979,  # neighbours_short
    -1.2223,  # prose_before
    -0.6997,  # prose_after
    1.1354,  # vocab_matches
    0.5497,  # strong_vocab
    0.0004,  # url_or_email
    0.3722,  # dated_byline
    1.1207,  # repeated
    1.1349,  # opens_with_vocab
    0.1039,  # consent_vocab
    0.5591,  # standalone_pattern
    6.3499,  # stage1
    1.1463,  # stage1_before
    1.4660,  # stage1_after
)
THRESHOLD = 0.270
