"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 204 pages of bench/data/pages/{fit,heldout,heldout2,heldout3,heldout4,heldout5,heldout6}.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before and the line after.
"""

STAGE1: tuple[float, ...] = (
    0.3847,  # bias
    -1.1026,  # log_words
    -1.5771,  # one_word
    -0.3354,  # stopword_density
    -0.5087,  # no_stopwords
    0.5011,  # terminal
    1.5436,  # separators
    4.7702,  # date_alone
    -0.1477,  # has_day_or_time
    -1.4540,  # vocab_hits
    6.0687,  # vocab_dense
    3.0486,  # byline
    -0.0192,  # bullet
    2.6997,  # capitalised
    1.5039,  # digits
    0.2374,  # before_prose
    2.7597,  # after_prose
    2.0421,  # markup_chrome
    -1.7690,  # extractor_kept
    -0.5069,  # extractor_dropped
    -0.0660,  # neighbours_short
    -1.3944,  # prose_before
    -1.8625,  # prose_after
    1.4979,  # vocab_matches
    0.3650,  # strong_vocab
    3.8164,  # url_or_email
    2.7944,  # dated_byline
    2.2249,  # repeated
    4.9294,  # opens_with_vocab
    0.7234,  # consent_vocab
    4.8115,  # link_density
    1.7871,  # names_author
    -0.0710,  # repeated_in_page
    0.3783,  # names_site
    1.5893,  # kicker
    3.5382,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -2.5470,  # bias
    -0.7274,  # log_words
    -0.7081,  # one_word
    -0.1346,  # stopword_density
    -0.1567,  # no_stopwords
    -0.0249,  # terminal
    0.4940,  # separators
    1.8463,  # date_alone
    0.0670,  # has_day_or_time
    -1.5496,  # vocab_hits
    3.7140,  # vocab_dense
    1.7961,  # byline
    0.5625,  # bullet
    0.9695,  # capitalised
    0.5700,  # digits
    -0.6095,  # before_prose
    0.0384,  # after_prose
    0.5040,  # markup_chrome
    -0.6596,  # extractor_kept
    -0.2732,  # extractor_dropped
    -0.3067,  # neighbours_short
    -0.4699,  # prose_before
    -0.1472,  # prose_after
    1.1451,  # vocab_matches
    0.3724,  # strong_vocab
    2.0132,  # url_or_email
    2.3083,  # dated_byline
    1.0166,  # repeated
    3.1587,  # opens_with_vocab
    0.2211,  # consent_vocab
    2.3305,  # link_density
    1.0403,  # names_author
    -0.2172,  # repeated_in_page
    0.1249,  # names_site
    1.1336,  # kicker
    2.2390,  # standalone_pattern
    3.7607,  # stage1
    1.0211,  # stage1_before
    1.9571,  # stage1_after
)
THRESHOLD = 0.650
