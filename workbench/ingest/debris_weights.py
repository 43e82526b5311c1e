"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 116 pages of bench/data/pages/{fit,heldout,heldout2,heldout3,heldout4}.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before and the line after.
"""

STAGE1: tuple[float, ...] = (
    2.8935,  # bias
    -1.8599,  # log_words
    -1.3752,  # one_word
    -1.0164,  # stopword_density
    -0.7607,  # no_stopwords
    0.8152,  # terminal
    2.7325,  # separators
    5.0037,  # date_alone
    0.2332,  # has_day_or_time
    0.6281,  # vocab_hits
    1.6145,  # vocab_dense
    2.7133,  # byline
    -0.5171,  # bullet
    2.1389,  # capitalised
    2.6155,  # digits
    -0.3770,  # before_prose
    3.0892,  # after_prose
    1.3416,  # markup_chrome
    -2.1541,  # extractor_kept
    0.2773,  # extractor_dropped
    -0.5537,  # neighbours_short
    -2.2314,  # prose_before
    -2.3228,  # prose_after
    1.5381,  # vocab_matches
    1.7337,  # strong_vocab
    3.4972,  # url_or_email
    1.5235,  # dated_byline
    3.4426,  # repeated
    5.6732,  # opens_with_vocab
    1.0721,  # consent_vocab
    4.6234,  # link_density
    2.1654,  # names_author
    2.5289,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.5335,  # bias
    -1.1382,  # log_words
    -0.7120,  # one_word
    -0.6733,  # stopword_density
    -0.4930,  # no_stopwords
    0.3549,  # terminal
    1.4817,  # separators
    2.9171,  # date_alone
    0.3747,  # has_day_or_time
    0.0926,  # vocab_hits
    0.8286,  # vocab_dense
    1.7535,  # byline
    0.2571,  # bullet
    0.9833,  # capitalised
    1.8234,  # digits
    -0.7729,  # before_prose
    0.6317,  # after_prose
    0.3101,  # markup_chrome
    -0.7832,  # extractor_kept
    0.1138,  # extractor_dropped
    -0.6444,  # neighbours_short
    -0.8017,  # prose_before
    -0.5338,  # prose_after
    0.9650,  # vocab_matches
    1.2052,  # strong_vocab
    2.5566,  # url_or_email
    1.7658,  # dated_byline
    2.0822,  # repeated
    3.9158,  # opens_with_vocab
    0.6837,  # consent_vocab
    2.9971,  # link_density
    1.2009,  # names_author
    1.7366,  # standalone_pattern
    3.5476,  # stage1
    1.3019,  # stage1_before
    1.8954,  # stage1_after
)
THRESHOLD = 0.600
