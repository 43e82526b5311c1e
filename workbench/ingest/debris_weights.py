"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 154 pages of bench/data/pages/{fit,heldout,heldout2,heldout3,heldout4,heldout5}.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before and the line after.
"""

STAGE1: tuple[float, ...] = (
    1.0299,  # bias
    -1.4276,  # log_words
    -1.4805,  # one_word
    -0.6757,  # stopword_density
    -0.7567,  # no_stopwords
    0.8809,  # terminal
    1.3406,  # separators
    4.6747,  # date_alone
    -0.3773,  # has_day_or_time
    -0.9502,  # vocab_hits
    3.0364,  # vocab_dense
    3.1841,  # byline
    0.1259,  # bullet
    2.4823,  # capitalised
    3.4029,  # digits
    0.1180,  # before_prose
    3.6885,  # after_prose
    2.0145,  # markup_chrome
    -2.2521,  # extractor_kept
    -0.4571,  # extractor_dropped
    -0.2753,  # neighbours_short
    -1.5648,  # prose_before
    -1.7965,  # prose_after
    2.5143,  # vocab_matches
    1.2929,  # strong_vocab
    3.7943,  # url_or_email
    2.2528,  # dated_byline
    2.9303,  # repeated
    5.2711,  # opens_with_vocab
    0.3971,  # consent_vocab
    5.6289,  # link_density
    2.3846,  # names_author
    0.3474,  # repeated_in_page
    2.4446,  # top_lines
    -0.0536,  # names_site
    3.2134,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.9848,  # bias
    -1.0162,  # log_words
    -0.8655,  # one_word
    -0.3430,  # stopword_density
    -0.2919,  # no_stopwords
    0.4053,  # terminal
    0.6364,  # separators
    2.0985,  # date_alone
    -0.0362,  # has_day_or_time
    -1.1848,  # vocab_hits
    1.7204,  # vocab_dense
    2.0277,  # byline
    0.5872,  # bullet
    1.1902,  # capitalised
    2.4250,  # digits
    -0.3781,  # before_prose
    0.9604,  # after_prose
    0.7116,  # markup_chrome
    -1.0497,  # extractor_kept
    -0.3233,  # extractor_dropped
    -0.4525,  # neighbours_short
    -0.5194,  # prose_before
    -0.4080,  # prose_after
    1.9707,  # vocab_matches
    0.8865,  # strong_vocab
    2.5335,  # url_or_email
    2.0955,  # dated_byline
    2.0653,  # repeated
    3.7181,  # opens_with_vocab
    0.4874,  # consent_vocab
    3.7220,  # link_density
    1.4923,  # names_author
    0.0691,  # repeated_in_page
    0.8728,  # top_lines
    0.0047,  # names_site
    2.1869,  # standalone_pattern
    3.3297,  # stage1
    1.1937,  # stage1_before
    1.6384,  # stage1_after
)
THRESHOLD = 0.650
