"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 597 pages of bench/data/pages/, in the parts
fit, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8,
heldout9, heldout10, heldout11, heldout12, heldout13, heldout14, heldout15, heldout16.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before, the line after and
the mean over `debris.WINDOW` lines on each side.
"""

STAGE1: tuple[float, ...] = (
    -0.9079,  # bias
    -1.8078,  # log_words
    -1.3210,  # one_word
    -0.4442,  # stopword_density
    -0.8087,  # no_stopwords
    -0.0571,  # terminal
    1.8893,  # separators
    2.1933,  # date_alone
    0.2863,  # has_day_or_time
    -1.9836,  # vocab_hits
    3.6883,  # vocab_dense
    2.8741,  # byline
    0.4778,  # bullet
    1.9304,  # capitalised
    0.3090,  # digits
    -0.5554,  # before_prose
    2.6408,  # after_prose
    1.7003,  # markup_chrome
    -0.7323,  # extractor_kept
    0.8015,  # extractor_dropped
    0.0686,  # neighbours_short
    -0.5121,  # prose_before
    -1.4438,  # prose_after
    2.9625,  # vocab_matches
    0.0749,  # strong_vocab
    3.9054,  # url_or_email
    1.9696,  # dated_byline
    1.8185,  # repeated
    2.2202,  # opens_with_vocab
    1.0290,  # consent_vocab
    4.2088,  # link_density
    1.3960,  # names_author
    0.2049,  # repeated_in_page
    -0.2041,  # names_site
    0.9692,  # kicker
    -1.1975,  # label_value_run
    -0.1282,  # shape_run
    -0.2286,  # outside_main_prose
    0.8447,  # distance_to_main_prose
    1.1567,  # prose_apart
    3.0210,  # main_prose_share
    -0.9232,  # layout_repeats
    -0.5690,  # layout_prose_share
    -0.2292,  # layout_without_prose
    2.7413,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.8896,  # bias
    -1.1878,  # log_words
    -0.5845,  # one_word
    -0.3055,  # stopword_density
    -0.2739,  # no_stopwords
    -0.1326,  # terminal
    0.9923,  # separators
    1.0338,  # date_alone
    0.3044,  # has_day_or_time
    -1.5721,  # vocab_hits
    2.5260,  # vocab_dense
    2.2258,  # byline
    0.4533,  # bullet
    0.7215,  # capitalised
    -0.0782,  # digits
    -0.6035,  # before_prose
    0.8090,  # after_prose
    0.4421,  # markup_chrome
    -0.0995,  # extractor_kept
    0.4108,  # extractor_dropped
    -0.2171,  # neighbours_short
    0.1100,  # prose_before
    -0.4374,  # prose_after
    2.0798,  # vocab_matches
    0.1730,  # strong_vocab
    2.5062,  # url_or_email
    1.7943,  # dated_byline
    1.1796,  # repeated
    1.0981,  # opens_with_vocab
    0.3960,  # consent_vocab
    2.4995,  # link_density
    0.9161,  # names_author
    -0.1353,  # repeated_in_page
    0.0464,  # names_site
    0.6634,  # kicker
    -0.3790,  # label_value_run
    -0.0076,  # shape_run
    -0.2152,  # outside_main_prose
    0.0031,  # distance_to_main_prose
    0.7715,  # prose_apart
    0.2675,  # main_prose_share
    -0.3959,  # layout_repeats
    -0.6508,  # layout_prose_share
    -0.0459,  # layout_without_prose
    2.3739,  # standalone_pattern
    2.8263,  # stage1
    0.5178,  # stage1_before
    0.7421,  # stage1_after
    2.7858,  # stage1_window
)
THRESHOLD = 0.500
