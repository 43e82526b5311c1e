"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 507 pages of bench/data/pages/, in the parts
fit, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8,
heldout9, heldout10, heldout11, heldout12, heldout13.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before, the line after and
the mean over `debris.WINDOW` lines on each side.
"""

STAGE1: tuple[float, ...] = (
    -0.4603,  # bias
    -1.6960,  # log_words
    -1.2317,  # one_word
    -0.5775,  # stopword_density
    -0.7587,  # no_stopwords
    0.0599,  # terminal
    1.7455,  # separators
    2.5480,  # date_alone
    0.1041,  # has_day_or_time
    -1.7069,  # vocab_hits
    3.5734,  # vocab_dense
    2.9954,  # byline
    0.4515,  # bullet
    1.8587,  # capitalised
    0.2969,  # digits
    -0.2640,  # before_prose
    2.8952,  # after_prose
    1.6150,  # markup_chrome
    -0.7631,  # extractor_kept
    0.7667,  # extractor_dropped
    0.0694,  # neighbours_short
    -0.5272,  # prose_before
    -1.4586,  # prose_after
    2.6141,  # vocab_matches
    0.2754,  # strong_vocab
    3.9779,  # url_or_email
    1.7054,  # dated_byline
    1.7689,  # repeated
    2.0754,  # opens_with_vocab
    1.1278,  # consent_vocab
    4.1694,  # link_density
    1.6439,  # names_author
    0.0349,  # repeated_in_page
    0.1607,  # names_site
    0.9507,  # kicker
    -1.1265,  # label_value_run
    -0.1356,  # shape_run
    -0.4587,  # outside_main_prose
    0.8766,  # distance_to_main_prose
    1.0460,  # prose_apart
    2.3766,  # main_prose_share
    -0.8714,  # layout_repeats
    -0.6368,  # layout_prose_share
    -0.4530,  # layout_without_prose
    2.6916,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -2.2094,  # bias
    -1.0944,  # log_words
    -0.5385,  # one_word
    -0.3444,  # stopword_density
    -0.2926,  # no_stopwords
    -0.1657,  # terminal
    0.8416,  # separators
    1.1167,  # date_alone
    0.2409,  # has_day_or_time
    -1.3984,  # vocab_hits
    2.3434,  # vocab_dense
    2.2558,  # byline
    0.3468,  # bullet
    0.6718,  # capitalised
    -0.0027,  # digits
    -0.6906,  # before_prose
    0.5606,  # after_prose
    0.3801,  # markup_chrome
    -0.0544,  # extractor_kept
    0.4189,  # extractor_dropped
    -0.1776,  # neighbours_short
    0.1553,  # prose_before
    -0.3924,  # prose_after
    1.9272,  # vocab_matches
    0.2684,  # strong_vocab
    2.4410,  # url_or_email
    1.6539,  # dated_byline
    1.1624,  # repeated
    0.8993,  # opens_with_vocab
    0.4928,  # consent_vocab
    2.4252,  # link_density
    0.9364,  # names_author
    -0.1919,  # repeated_in_page
    0.0490,  # names_site
    0.7401,  # kicker
    -0.2822,  # label_value_run
    0.0145,  # shape_run
    -0.1429,  # outside_main_prose
    -0.0446,  # distance_to_main_prose
    0.7647,  # prose_apart
    0.2947,  # main_prose_share
    -0.3137,  # layout_repeats
    -0.7006,  # layout_prose_share
    -0.1394,  # layout_without_prose
    2.3346,  # standalone_pattern
    2.9431,  # stage1
    0.5987,  # stage1_before
    0.8378,  # stage1_after
    2.8264,  # stage1_window
)
THRESHOLD = 0.525
