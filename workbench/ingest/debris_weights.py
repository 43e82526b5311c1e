"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 116 pages of bench/data/pages/{fit,heldout,heldout2,heldout3,heldout4}.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before and the line after.
"""

STAGE1: tuple[float, ...] = (
    2.7736,  # bias
    -1.8708,  # log_words
    -1.3396,  # one_word
    -1.0038,  # stopword_density
    -0.7131,  # no_stopwords
    0.8788,  # terminal
    2.7438,  # separators
    5.0051,  # date_alone
    0.2477,  # has_day_or_time
    0.6563,  # vocab_hits
    1.5929,  # vocab_dense
    2.7379,  # byline
    -0.4706,  # bullet
    2.1566,  # capitalised
    2.7297,  # digits
    -0.2930,  # before_prose
    3.2287,  # after_prose
    1.3447,  # markup_chrome
    -2.1565,  # extractor_kept
    0.2822,  # extractor_dropped
    -0.5260,  # neighbours_short
    -2.2008,  # prose_before
    -2.2866,  # prose_after
    1.5530,  # vocab_matches
    1.7364,  # strong_vocab
    3.5486,  # url_or_email
    1.5137,  # dated_byline
    3.4533,  # repeated
    5.7019,  # opens_with_vocab
    1.0469,  # consent_vocab
    4.6741,  # link_density
    2.2170,  # names_author
    2.5362,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.6625,  # bias
    -1.1446,  # log_words
    -0.7083,  # one_word
    -0.6704,  # stopword_density
    -0.4796,  # no_stopwords
    0.3856,  # terminal
    1.4491,  # separators
    2.8580,  # date_alone
    0.3731,  # has_day_or_time
    0.1060,  # vocab_hits
    0.7585,  # vocab_dense
    1.7384,  # byline
    0.2952,  # bullet
    0.9746,  # capitalised
    1.8601,  # digits
    -0.7341,  # before_prose
    0.6472,  # after_prose
    0.3144,  # markup_chrome
    -0.7736,  # extractor_kept
    0.1130,  # extractor_dropped
    -0.6064,  # neighbours_short
    -0.7463,  # prose_before
    -0.4572,  # prose_after
    0.9552,  # vocab_matches
    1.2067,  # strong_vocab
    2.5796,  # url_or_email
    1.7497,  # dated_byline
    2.0536,  # repeated
    3.8865,  # opens_with_vocab
    0.6613,  # consent_vocab
    2.9761,  # link_density
    1.2091,  # names_author
    1.7056,  # standalone_pattern
    3.6654,  # stage1
    1.3166,  # stage1_before
    1.9156,  # stage1_after
)
THRESHOLD = 0.550
