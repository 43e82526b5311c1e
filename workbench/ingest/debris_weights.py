"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 632 pages of bench/data/pages/, in the parts
fit, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8,
heldout9, heldout10, heldout11, heldout12, heldout13, heldout14, heldout15, heldout16,
heldout17, sample.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before, the line after and
the mean over `debris.WINDOW` lines on each side.
"""

STAGE1: tuple[float, ...] = (
    -0.9430,  # bias
    -1.8257,  # log_words
    -1.3858,  # one_word
    -0.3851,  # stopword_density
    -0.8468,  # no_stopwords
    -0.0709,  # terminal
    1.8884,  # separators
    1.9289,  # date_alone
    0.3885,  # has_day_or_time
    -1.8867,  # vocab_hits
    3.7389,  # vocab_dense
    2.8862,  # byline
    0.6560,  # bullet
    1.9392,  # capitalised
    0.1858,  # digits
    -0.6557,  # before_prose
    2.5896,  # after_prose
    1.6241,  # markup_chrome
    -0.8220,  # extractor_kept
    0.9411,  # extractor_dropped
    0.0491,  # neighbours_short
    -0.5718,  # prose_before
    -1.4433,  # prose_after
    2.7750,  # vocab_matches
    0.4967,  # strong_vocab
    3.9646,  # url_or_email
    1.9863,  # dated_byline
    1.7695,  # repeated
    1.8465,  # opens_with_vocab
    0.7034,  # consent_vocab
    4.1087,  # link_density
    1.0496,  # names_author
    0.2458,  # repeated_in_page
    0.6396,  # names_site
    0.8198,  # kicker
    -1.2125,  # label_value_run
    -0.1122,  # shape_run
    -0.1657,  # outside_main_prose
    0.8468,  # distance_to_main_prose
    1.1243,  # prose_apart
    3.0791,  # main_prose_share
    -0.9053,  # layout_repeats
    -0.6329,  # layout_prose_share
    -0.3109,  # layout_without_prose
    2.8252,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.8375,  # bias
    -1.2485,  # log_words
    -0.6653,  # one_word
    -0.2769,  # stopword_density
    -0.3316,  # no_stopwords
    -0.0999,  # terminal
    1.0901,  # separators
    0.8859,  # date_alone
    0.3970,  # has_day_or_time
    -1.5431,  # vocab_hits
    2.7101,  # vocab_dense
    2.2779,  # byline
    0.6023,  # bullet
    0.8243,  # capitalised
    -0.1036,  # digits
    -0.6575,  # before_prose
    0.9079,  # after_prose
    0.4799,  # markup_chrome
    -0.1957,  # extractor_kept
    0.4917,  # extractor_dropped
    -0.2251,  # neighbours_short
    0.1025,  # prose_before
    -0.5287,  # prose_after
    2.0082,  # vocab_matches
    0.3664,  # strong_vocab
    2.6172,  # url_or_email
    1.8502,  # dated_byline
    1.1570,  # repeated
    0.9996,  # opens_with_vocab
    0.2596,  # consent_vocab
    2.5603,  # link_density
    0.6598,  # names_author
    -0.1125,  # repeated_in_page
    0.5305,  # names_site
    0.5411,  # kicker
    -0.4447,  # label_value_run
    -0.0094,  # shape_run
    -0.1821,  # outside_main_prose
    0.0288,  # distance_to_main_prose
    0.7846,  # prose_apart
    0.4211,  # main_prose_share
    -0.4077,  # layout_repeats
    -0.6918,  # layout_prose_share
    -0.1199,  # layout_without_prose
    2.4592,  # standalone_pattern
    2.5907,  # stage1
    0.6153,  # stage1_before
    0.6147,  # stage1_after
    2.7685,  # stage1_window
)
THRESHOLD = 0.550
