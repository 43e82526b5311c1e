"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 662 pages of bench/data/pages/, in the parts
fit, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8,
heldout9, heldout10, heldout11, heldout12, heldout13, heldout14, heldout15, heldout16,
heldout17, heldout18, sample.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before, the line after and
the mean over `debris.WINDOW` lines on each side.
"""

STAGE1: tuple[float, ...] = (
    -1.3153,  # bias
    -1.8337,  # log_words
    -1.4372,  # one_word
    -0.2806,  # stopword_density
    -0.8206,  # no_stopwords
    -0.0428,  # terminal
    1.9787,  # separators
    0.6541,  # date_alone
    0.3706,  # has_day_or_time
    -1.9750,  # vocab_hits
    3.7842,  # vocab_dense
    2.9252,  # byline
    0.7753,  # bullet
    2.0789,  # capitalised
    -0.1433,  # digits
    -0.8090,  # before_prose
    2.5409,  # after_prose
    1.6183,  # markup_chrome
    -0.8725,  # extractor_kept
    0.9411,  # extractor_dropped
    0.0941,  # neighbours_short
    -0.6130,  # prose_before
    -1.3649,  # prose_after
    2.7805,  # vocab_matches
    0.6012,  # strong_vocab
    4.1868,  # url_or_email
    2.1711,  # dated_byline
    1.7894,  # repeated
    1.8816,  # opens_with_vocab
    0.7734,  # consent_vocab
    4.1725,  # link_density
    0.9498,  # names_author
    0.2967,  # repeated_in_page
    0.4224,  # names_site
    0.7340,  # kicker
    -1.1731,  # label_value_run
    -0.1230,  # shape_run
    0.0797,  # outside_main_prose
    0.8243,  # distance_to_main_prose
    1.0273,  # prose_apart
    3.2664,  # main_prose_share
    -0.9361,  # layout_repeats
    -0.4718,  # layout_prose_share
    -0.3686,  # layout_without_prose
    3.2760,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.7606,  # bias
    -1.2836,  # log_words
    -0.6946,  # one_word
    -0.2011,  # stopword_density
    -0.2875,  # no_stopwords
    -0.0517,  # terminal
    1.1610,  # separators
    0.1250,  # date_alone
    0.3568,  # has_day_or_time
    -1.6298,  # vocab_hits
    2.7174,  # vocab_dense
    2.4147,  # byline
    0.5757,  # bullet
    0.9119,  # capitalised
    -0.2701,  # digits
    -0.6774,  # before_prose
    0.9173,  # after_prose
    0.4256,  # markup_chrome
    -0.2330,  # extractor_kept
    0.5178,  # extractor_dropped
    -0.1485,  # neighbours_short
    0.0163,  # prose_before
    -0.4811,  # prose_after
    2.0475,  # vocab_matches
    0.3882,  # strong_vocab
    2.7523,  # url_or_email
    1.9565,  # dated_byline
    1.1223,  # repeated
    1.0543,  # opens_with_vocab
    0.2626,  # consent_vocab
    2.5475,  # link_density
    0.5964,  # names_author
    -0.0898,  # repeated_in_page
    0.6065,  # names_site
    0.4614,  # kicker
    -0.4385,  # label_value_run
    -0.0535,  # shape_run
    -0.1077,  # outside_main_prose
    0.0092,  # distance_to_main_prose
    0.6692,  # prose_apart
    0.3624,  # main_prose_share
    -0.4166,  # layout_repeats
    -0.6415,  # layout_prose_share
    -0.1183,  # layout_without_prose
    2.7955,  # standalone_pattern
    2.5616,  # stage1
    0.4694,  # stage1_before
    0.5980,  # stage1_after
    2.9629,  # stage1_window
)
THRESHOLD = 0.525
