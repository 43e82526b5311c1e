"""Weights of the debris model, fitted by `bench/debris.py --fit` on the fit pages.

Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before and the line after.
"""

STAGE1: tuple[float, ...] = (
    5.5825,  # bias
    -3.0306,  # log_words
    0.2293,  # one_word
    -0.1611,  # stopword_density
    -0.5550,  # no_stopwords
    0.1467,  # terminal
    1.6222,  # separators
    2.0735,  # date_alone
    2.3726,  # has_day_or_time
    1.2843,  # vocab_hits
    0.5696,  # vocab_dense
    1.5602,  # byline
    0.6793,  # bullet
    3.4592,  # capitalised
    0.3142,  # digits
    -1.6045,  # before_prose
    2.3267,  # after_prose
    1.2789,  # markup_chrome
    -0.7342,  # extractor_kept
    -0.8980,  # extractor_dropped
    -0.6996,  # neighbours_short
    -4.0974,  # prose_before
    -2.1271,  # prose_after
    1.5431,  # vocab_matches
    2.6833,  # strong_vocab
    0.0001,  # url_or_email
    0.4947,  # dated_byline
    2.3641,  # repeated
    2.5733,  # opens_with_vocab
    0.9579,  # consent_vocab
    1.1224,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.0671,  # bias
    -1.5097,  # log_words
    0.2166,  # one_word
    0.0016,  # stopword_density
    -0.8145,  # no_stopwords
    0.1245,  # terminal
    0.7218,  # separators
    1.0166,  # date_alone
    1.0269,  # has_day_or_time
    0.2803,  # vocab_hits
    0.1685,  # vocab_dense
    0.7898,  # byline
    0.2354,  # bullet
    1.6570,  # capitalised
    0.0384,  # digits
    -1.3755,  # before_prose
    0.0266,  # after_prose
    0.4817,  # markup_chrome
    -0.2847,  # extractor_kept
    -0.4570,  # extractor_dropped
    -0.2392,  # neighbours_short
    -1.2809,  # prose_before
    -0.6651,  # prose_after
    0.4816,  # vocab_matches
    1.4829,  # strong_vocab
    0.0004,  # url_or_email
    0.2529,  # dated_byline
    1.1856,  # repeated
    1.9785,  # opens_with_vocab
    0.3461,  # consent_vocab
    0.6849,  # standalone_pattern
    6.1152,  # stage1
    0.8408,  # stage1_before
    1.1076,  # stage1_after
)
THRESHOLD = 0.540
