"""Weights of the debris model, fitted by `bench/debris.py --fit` on the fit pages.

Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before and the line after.
"""

STAGE1: tuple[float, ...] = (
    5.7679,  # bias
    -2.5682,  # log_words
    0.2282,  # one_word
    -0.1921,  # stopword_density
    -0.6338,  # no_stopwords
    -0.4311,  # terminal
    1.7372,  # separators
    2.3268,  # date_alone
    1.7455,  # has_date
    0.8451,  # vocab_hits
    0.4435,  # vocab_dense
    1.6021,  # byline
    0.6332,  # bullet
    2.9511,  # capitalised
    0.8231,  # digits
    -2.2767,  # before_prose
    1.3089,  # after_prose
    1.4236,  # markup_chrome
    -0.9682,  # extractor_kept
    -0.3652,  # extractor_dropped
    -1.0934,  # neighbours_short
    -3.3898,  # prose_before
    -2.9481,  # prose_after
    1.4843,  # vocab_matches
    2.3218,  # strong_vocab
    0.0000,  # url_or_email
    0.7092,  # dated_byline
    2.5538,  # repeated
    0.8412,  # opens_with_vocab
    1.4540,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.5770,  # bias
    -1.2571,  # log_words
    0.2916,  # one_word
    -0.1734,  # stopword_density
    -0.8101,  # no_stopwords
    -0.1516,  # terminal
    0.9127,  # separators
    1.3472,  # date_alone
    0.8465,  # has_date
    0.0270,  # vocab_hits
    0.1537,  # vocab_dense
    0.8970,  # byline
    0.1694,  # bullet
    1.5252,  # capitalised
    0.3846,  # digits
    -1.7565,  # before_prose
    -0.2437,  # after_prose
    0.5427,  # markup_chrome
    -0.3733,  # extractor_kept
    0.0175,  # extractor_dropped
    -0.9313,  # neighbours_short
    -1.1908,  # prose_before
    -0.8189,  # prose_after
    0.5275,  # vocab_matches
    1.3435,  # strong_vocab
    0.0000,  # url_or_email
    0.4539,  # dated_byline
    1.3517,  # repeated
    0.6163,  # opens_with_vocab
    1.0399,  # standalone_pattern
    5.8103,  # stage1
    1.0904,  # stage1_before
    1.8101,  # stage1_after
)
THRESHOLD = 0.400
