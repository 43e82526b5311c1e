"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 81 pages of bench/data/pages/{fit,heldout,heldout2,heldout3}.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before and the line after.
"""

STAGE1: tuple[float, ...] = (
    4.7151,  # bias
    -2.5792,  # log_words
    -2.6854,  # one_word
    -0.0661,  # stopword_density
    -0.6042,  # no_stopwords
    0.5087,  # terminal
    3.6124,  # separators
    5.3754,  # date_alone
    -0.1293,  # has_day_or_time
    1.5458,  # vocab_hits
    2.0193,  # vocab_dense
    2.7768,  # byline
    0.2010,  # bullet
    2.5982,  # capitalised
    0.6452,  # digits
    -1.6628,  # before_prose
    2.6089,  # after_prose
    1.8117,  # markup_chrome
    -1.9110,  # extractor_kept
    0.4980,  # extractor_dropped
    -0.1345,  # neighbours_short
    -3.0281,  # prose_before
    -2.6161,  # prose_after
    1.8736,  # vocab_matches
    1.1744,  # strong_vocab
    2.5815,  # url_or_email
    1.2252,  # dated_byline
    3.1750,  # repeated
    4.8180,  # opens_with_vocab
    0.9894,  # consent_vocab
    3.7383,  # link_density
    2.9181,  # names_author
    2.4416,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.7549,  # bias
    -1.3733,  # log_words
    -1.6434,  # one_word
    0.1699,  # stopword_density
    -0.3655,  # no_stopwords
    0.1217,  # terminal
    2.1605,  # separators
    2.6355,  # date_alone
    -0.1854,  # has_day_or_time
    0.6993,  # vocab_hits
    1.5300,  # vocab_dense
    1.8216,  # byline
    0.3309,  # bullet
    0.7040,  # capitalised
    0.3430,  # digits
    -1.2820,  # before_prose
    0.1000,  # after_prose
    -0.1116,  # markup_chrome
    -0.4366,  # extractor_kept
    0.3564,  # extractor_dropped
    -0.4820,  # neighbours_short
    -0.7253,  # prose_before
    -0.4800,  # prose_after
    0.9135,  # vocab_matches
    0.1906,  # strong_vocab
    1.8188,  # url_or_email
    0.9672,  # dated_byline
    1.4661,  # repeated
    2.5399,  # opens_with_vocab
    0.4126,  # consent_vocab
    2.4203,  # link_density
    1.9327,  # names_author
    1.2864,  # standalone_pattern
    5.0853,  # stage1
    1.7694,  # stage1_before
    1.7970,  # stage1_after
)
THRESHOLD = 0.450
