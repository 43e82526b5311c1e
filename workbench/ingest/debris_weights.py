"""Weights of the debris model, fitted by `bench/debris.py --fit` on the fit pages.

Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before and the line after.
"""

STAGE1: tuple[float, ...] = (
    6.6209,  # bias
    -3.3789,  # log_words
    0.2313,  # one_word
    -0.4081,  # stopword_density
    -0.7039,  # no_stopwords
    0.0086,  # terminal
    1.6244,  # separators
    1.8637,  # date_alone
    2.4950,  # has_day_or_time
    2.0643,  # vocab_hits
    0.9711,  # vocab_dense
    1.4475,  # byline
    0.9269,  # bullet
    2.9010,  # capitalised
    0.2039,  # digits
    -1.2798,  # before_prose
    2.0717,  # after_prose
    1.0975,  # markup_chrome
    -0.2368,  # extractor_kept
    -1.0364,  # extractor_dropped
    -0.9779,  # neighbours_short
    -4.3401,  # prose_before
    -2.3153,  # prose_after
    2.1805,  # vocab_matches
    1.8469,  # strong_vocab
    0.0001,  # url_or_email
    0.5553,  # dated_byline
    2.3008,  # repeated
    1.8348,  # opens_with_vocab
    0.6997,  # consent_vocab
    0.2525,  # link_density
    3.2048,  # names_author
    0.9820,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.2428,  # bias
    -1.7585,  # log_words
    0.1618,  # one_word
    -0.2734,  # stopword_density
    -0.9072,  # no_stopwords
    0.2785,  # terminal
    0.6325,  # separators
    0.8296,  # date_alone
    1.1374,  # has_day_or_time
    1.1357,  # vocab_hits
    0.5343,  # vocab_dense
    0.8084,  # byline
    0.3026,  # bullet
    1.2576,  # capitalised
    -0.1159,  # digits
    -1.0272,  # before_prose
    -0.1281,  # after_prose
    0.3222,  # markup_chrome
    0.1446,  # extractor_kept
    -0.5321,  # extractor_dropped
    -0.6103,  # neighbours_short
    -1.3106,  # prose_before
    -0.4658,  # prose_after
    1.1680,  # vocab_matches
    0.5147,  # strong_vocab
    0.0004,  # url_or_email
    0.4061,  # dated_byline
    1.1176,  # repeated
    1.1455,  # opens_with_vocab
    0.1095,  # consent_vocab
    0.0541,  # link_density
    2.8402,  # names_author
    0.5263,  # standalone_pattern
    6.4321,  # stage1
    1.1374,  # stage1_before
    1.7350,  # stage1_after
)
THRESHOLD = 0.650
