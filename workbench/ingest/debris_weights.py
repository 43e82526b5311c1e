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
    -0.8998,  # bias
    -1.8525,  # log_words
    -1.3656,  # one_word
    -0.4012,  # stopword_density
    -0.8093,  # no_stopwords
    -0.0696,  # terminal
    1.8609,  # separators
    1.9050,  # date_alone
    0.4067,  # has_day_or_time
    -1.8584,  # vocab_hits
    3.7198,  # vocab_dense
    2.9035,  # byline
    0.7097,  # bullet
    1.9633,  # capitalised
    0.2121,  # digits
    -0.7110,  # before_prose
    2.6045,  # after_prose
    1.6363,  # markup_chrome
    -0.8737,  # extractor_kept
    0.8799,  # extractor_dropped
    0.0612,  # neighbours_short
    -0.5737,  # prose_before
    -1.4237,  # prose_after
    2.7904,  # vocab_matches
    0.4853,  # strong_vocab
    3.9893,  # url_or_email
    2.0136,  # dated_byline
    1.8088,  # repeated
    1.8431,  # opens_with_vocab
    0.7472,  # consent_vocab
    4.1665,  # link_density
    1.0368,  # names_author
    0.2305,  # repeated_in_page
    0.6745,  # names_site
    0.7025,  # kicker
    -1.1795,  # label_value_run
    -0.1720,  # shape_run
    -0.1110,  # outside_main_prose
    0.8252,  # distance_to_main_prose
    1.1320,  # prose_apart
    3.0889,  # main_prose_share
    -0.9176,  # layout_repeats
    -0.5781,  # layout_prose_share
    -0.2612,  # layout_without_prose
    2.8104,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.8543,  # bias
    -1.2334,  # log_words
    -0.6496,  # one_word
    -0.2784,  # stopword_density
    -0.3089,  # no_stopwords
    -0.1084,  # terminal
    1.0567,  # separators
    0.8446,  # date_alone
    0.3949,  # has_day_or_time
    -1.5114,  # vocab_hits
    2.6570,  # vocab_dense
    2.2535,  # byline
    0.5989,  # bullet
    0.8109,  # capitalised
    -0.0773,  # digits
    -0.6517,  # before_prose
    0.8805,  # after_prose
    0.4557,  # markup_chrome
    -0.2060,  # extractor_kept
    0.4512,  # extractor_dropped
    -0.2178,  # neighbours_short
    0.0822,  # prose_before
    -0.4720,  # prose_after
    1.9801,  # vocab_matches
    0.3563,  # strong_vocab
    2.5896,  # url_or_email
    1.8491,  # dated_byline
    1.1669,  # repeated
    0.9636,  # opens_with_vocab
    0.2854,  # consent_vocab
    2.5387,  # link_density
    0.6451,  # names_author
    -0.1333,  # repeated_in_page
    0.5332,  # names_site
    0.4631,  # kicker
    -0.4186,  # label_value_run
    -0.0286,  # shape_run
    -0.1596,  # outside_main_prose
    0.0300,  # distance_to_main_prose
    0.7879,  # prose_apart
    0.4171,  # main_prose_share
    -0.4108,  # layout_repeats
    -0.6365,  # layout_prose_share
    -0.0783,  # layout_without_prose
    2.4150,  # standalone_pattern
    2.6832,  # stage1
    0.6137,  # stage1_before
    0.6998,  # stage1_after
    2.5788,  # stage1_window
)
THRESHOLD = 0.575
