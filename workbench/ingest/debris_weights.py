"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 154 pages of bench/data/pages/{fit,heldout,heldout2,heldout3,heldout4,heldout5}.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before and the line after.
"""

STAGE1: tuple[float, ...] = (
    0.9514,  # bias
    -1.4198,  # log_words
    -1.4240,  # one_word
    -0.6432,  # stopword_density
    -0.7346,  # no_stopwords
    0.8257,  # terminal
    1.4076,  # separators
    4.7511,  # date_alone
    -0.3728,  # has_day_or_time
    -0.8534,  # vocab_hits
    3.0455,  # vocab_dense
    3.2288,  # byline
    0.0304,  # bullet
    2.4215,  # capitalised
    3.2076,  # digits
    0.1344,  # before_prose
    3.8368,  # after_prose
    2.0555,  # markup_chrome
    -2.3049,  # extractor_kept
    -0.4726,  # extractor_dropped
    -0.2168,  # neighbours_short
    -1.5169,  # prose_before
    -1.7776,  # prose_after
    2.5263,  # vocab_matches
    1.2937,  # strong_vocab
    3.6095,  # url_or_email
    2.2692,  # dated_byline
    2.9997,  # repeated
    5.2149,  # opens_with_vocab
    0.3236,  # consent_vocab
    5.6207,  # link_density
    2.3751,  # names_author
    0.3674,  # repeated_in_page
    2.4928,  # top_lines
    -0.2471,  # names_site
    3.3384,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -2.2297,  # bias
    -0.9988,  # log_words
    -0.8181,  # one_word
    -0.3072,  # stopword_density
    -0.2567,  # no_stopwords
    0.3453,  # terminal
    0.6689,  # separators
    2.1074,  # date_alone
    -0.0121,  # has_day_or_time
    -1.0725,  # vocab_hits
    1.6450,  # vocab_dense
    2.0673,  # byline
    0.5640,  # bullet
    1.1590,  # capitalised
    2.2725,  # digits
    -0.4259,  # before_prose
    0.9231,  # after_prose
    0.6884,  # markup_chrome
    -1.0410,  # extractor_kept
    -0.2962,  # extractor_dropped
    -0.4040,  # neighbours_short
    -0.3882,  # prose_before
    -0.3648,  # prose_after
    1.9848,  # vocab_matches
    0.8638,  # strong_vocab
    2.2798,  # url_or_email
    2.0388,  # dated_byline
    2.1035,  # repeated
    3.6026,  # opens_with_vocab
    0.4206,  # consent_vocab
    3.5786,  # link_density
    1.5023,  # names_author
    0.0015,  # repeated_in_page
    0.8350,  # top_lines
    -0.1989,  # names_site
    2.2809,  # standalone_pattern
    3.4444,  # stage1
    1.3380,  # stage1_before
    1.6912,  # stage1_after
)
THRESHOLD = 0.700
