"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 154 pages of bench/data/pages/{fit,heldout,heldout2,heldout3,heldout4,heldout5}.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before and the line after.
"""

STAGE1: tuple[float, ...] = (
    1.1049,  # bias
    -1.4748,  # log_words
    -1.6032,  # one_word
    -0.6029,  # stopword_density
    -0.7824,  # no_stopwords
    0.8423,  # terminal
    1.6649,  # separators
    4.8047,  # date_alone
    -0.3858,  # has_day_or_time
    -0.8612,  # vocab_hits
    3.1939,  # vocab_dense
    3.0815,  # byline
    -0.0244,  # bullet
    2.5081,  # capitalised
    2.9946,  # digits
    0.5073,  # before_prose
    3.7830,  # after_prose
    2.0521,  # markup_chrome
    -2.3297,  # extractor_kept
    -0.5534,  # extractor_dropped
    -0.2437,  # neighbours_short
    -1.5621,  # prose_before
    -1.8769,  # prose_after
    2.5171,  # vocab_matches
    1.0891,  # strong_vocab
    3.6035,  # url_or_email
    2.1213,  # dated_byline
    3.4317,  # repeated
    5.2572,  # opens_with_vocab
    0.9185,  # consent_vocab
    5.6941,  # link_density
    2.3918,  # names_author
    0.2560,  # repeated_in_page
    0.3783,  # names_site
    3.2965,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -2.2916,  # bias
    -1.0006,  # log_words
    -0.8367,  # one_word
    -0.2692,  # stopword_density
    -0.2725,  # no_stopwords
    0.3060,  # terminal
    0.6506,  # separators
    2.0504,  # date_alone
    -0.0052,  # has_day_or_time
    -1.1700,  # vocab_hits
    1.7308,  # vocab_dense
    1.9604,  # byline
    0.5214,  # bullet
    1.1033,  # capitalised
    2.0298,  # digits
    -0.3750,  # before_prose
    0.8054,  # after_prose
    0.6241,  # markup_chrome
    -0.9686,  # extractor_kept
    -0.2556,  # extractor_dropped
    -0.4279,  # neighbours_short
    -0.3747,  # prose_before
    -0.3346,  # prose_after
    2.0136,  # vocab_matches
    0.7341,  # strong_vocab
    2.2342,  # url_or_email
    1.9545,  # dated_byline
    2.2065,  # repeated
    3.5700,  # opens_with_vocab
    0.6581,  # consent_vocab
    3.6064,  # link_density
    1.4599,  # names_author
    -0.0652,  # repeated_in_page
    -0.0451,  # names_site
    2.2319,  # standalone_pattern
    3.5409,  # stage1
    1.3710,  # stage1_before
    1.7881,  # stage1_after
)
THRESHOLD = 0.700
