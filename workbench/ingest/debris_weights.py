"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 154 pages of bench/data/pages/{fit,heldout,heldout2,heldout3,heldout4,heldout5}.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before and the line after.
"""

STAGE1: tuple[float, ...] = (
    0.9158,  # bias
    -1.3846,  # log_words
    -1.3867,  # one_word
    -0.6918,  # stopword_density
    -0.7325,  # no_stopwords
    0.8178,  # terminal
    1.3996,  # separators
    4.8118,  # date_alone
    -0.3741,  # has_day_or_time
    -0.5693,  # vocab_hits
    1.6721,  # vocab_dense
    3.2233,  # byline
    0.1091,  # bullet
    2.4425,  # capitalised
    3.2310,  # digits
    0.1242,  # before_prose
    3.8133,  # after_prose
    2.0688,  # markup_chrome
    -2.4189,  # extractor_kept
    -0.4478,  # extractor_dropped
    -0.2315,  # neighbours_short
    -1.4754,  # prose_before
    -1.8504,  # prose_after
    2.4874,  # vocab_matches
    1.8334,  # strong_vocab
    3.6328,  # url_or_email
    2.3115,  # dated_byline
    3.0319,  # repeated
    5.5147,  # opens_with_vocab
    0.0542,  # consent_vocab
    5.1272,  # link_density
    2.3426,  # names_author
    0.3870,  # repeated_in_page
    2.5180,  # top_lines
    -0.3730,  # names_site
    3.3629,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -2.2076,  # bias
    -1.0000,  # log_words
    -0.7951,  # one_word
    -0.3486,  # stopword_density
    -0.2550,  # no_stopwords
    0.3625,  # terminal
    0.7143,  # separators
    2.1924,  # date_alone
    -0.0101,  # has_day_or_time
    -0.7989,  # vocab_hits
    0.6070,  # vocab_dense
    2.0995,  # byline
    0.6052,  # bullet
    1.1847,  # capitalised
    2.3522,  # digits
    -0.4135,  # before_prose
    0.9861,  # after_prose
    0.7269,  # markup_chrome
    -1.1199,  # extractor_kept
    -0.3000,  # extractor_dropped
    -0.4139,  # neighbours_short
    -0.3779,  # prose_before
    -0.4008,  # prose_after
    1.9366,  # vocab_matches
    1.2648,  # strong_vocab
    2.3144,  # url_or_email
    2.0796,  # dated_byline
    2.1857,  # repeated
    3.9060,  # opens_with_vocab
    0.2456,  # consent_vocab
    3.0689,  # link_density
    1.5146,  # names_author
    0.0116,  # repeated_in_page
    0.8940,  # top_lines
    -0.2960,  # names_site
    2.3628,  # standalone_pattern
    3.3408,  # stage1
    1.3255,  # stage1_before
    1.7202,  # stage1_after
)
THRESHOLD = 0.700
