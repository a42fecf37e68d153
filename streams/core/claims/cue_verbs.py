"""English cue verbs learned from PolNeAR train (generated: benchmarks/claims_polnear_cues.py,
one-word cues of gold speech attributions seen at least 2 times).  Do not edit by hand."""

LEARNED_CUE_VERBS = frozenset(
    """
    accused accuses accusing acknowledged added adding adds admits admitted announced answered
    argued argues arguing asked asking asks asserted assured barked began blamed blasted boasted
    called calling calls chanted chanting chants charged chiding cited citing claimed claiming
    claims complained conceded concluded concludes confirmed continued continues credited
    criticized declared declaring demanded denied denounced described describes discussing
    dismissed dubbed emailed emphasized explained explaining explains hopes implied included
    includes indicated insisted insisting insists interjected joked lamented lists mocked named
    noted notes noting offered pledged portraying posted praised praising predicted proclaimed
    promised promises pronounced proposed published questioned quipped quoted quotes read reads
    recalled remarked remarking replied reported reports responded responds retweeted saying seemed
    shared shouted shows signed stated states stating stressed suggested suggesting supports
    telling testified thanked thinks thought titled tweeted tweeting urged vowed vows wanted warned
    warning warns wondered writes writing wrote yelled
    """.split()
)
