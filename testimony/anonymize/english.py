"""Common English words, written from general English, not from the evaluation texts: the
finders read a capitalised word against them before taking it for a name. Plain Python (no
Django), so the `detect` package reads them too; the review list (`unresolved`) re-exports
them.
"""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words written with a capital in English wherever they stand: a capitalised one mid-sentence
# is not listed. Months and days, nationalities and languages, the leadership and the Party.
CAPITALISED_ENGLISH = _words(
    """
    i god lord sir madam mister comrade leader great dear supreme respected marshal
    january february march april may june july august september october november december
    feb mar apr jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday
    north south east west northern southern eastern western
    korean koreans korea russian russians chinese kuwaiti qatari mongolian mongolians arab
    arabic american americans japanese polish malaysian burmese emirati soviet english british
    european asian african european lao laotian thai vietnamese cambodian filipino filipina
    indonesian indian nepali nepalese bangladeshi pakistani uzbek tajik kazakh kyrgyz buryat
    yakut tatar ukrainian belarusian georgian turkish iranian iraqi saudi omani angolan
    nigerian ugandan sudanese tanzanian ethiopian ghanaian senegalese congolese guinean
    equatorial portuguese spanish french german italian dutch latin hangul hanja cyrillic
    egyptian orthodox catholic protestant namibian zambian kenyan cuban syrian emirati
    mr mrs ms dr prof st mt general lebanese poles pole kims maltese greek czech slovak
    hungarian romanian bulgarian serbian croatian israeli jordanian libyan algerian
    christian christians buddhist buddhism muslim islam bible church christmas easter
    juche songun chollima kimilsungism party workers worker labour labor state central
    committee people's
    """
)

# Common English words: one of these at the start of a sentence, a line or a table cell is
# not listed unless it is also a Korean surname ("Moon said", "Song and I"); mid-sentence,
# where English writes them in small letters, it is skipped too unless it is a surname
# ("So told me", "with Gang"). Written by hand from general English, not from the evaluation
# texts; a word left off costs the reviewer one click.
ENGLISH_WORDS = CAPITALISED_ENGLISH | _words(
    """
    a an and as at but by do for from go he her him his i if in is it its me my no not of on
    one or our she so the their them then they this to up us we who with you your yes
    also after all any before each every here how once only since some still that there these
    those though what when where which while why until again even just later during
    hello amen man men one ten time team camp ring dollar dollars yuan won euro euros sea
    about above across against along among around because behind below beneath beside
    besides between beyond despite down except inside instead into like near next off onto
    out outside over past per through throughout toward towards under underneath unlike upon
    via within without although unless whether whereas otherwise however therefore thus hence
    meanwhile moreover furthermore nevertheless nonetheless anyway besides indeed perhaps maybe
    yes yeah no nope okay oh ah well now today tonight yesterday tomorrow soon often always
    never sometimes usually sometimes rarely seldom already almost nearly quite very too
    rather really simply only first second third fourth fifth last finally eventually
    suddenly later earlier afterwards afterward there here everywhere nowhere somewhere
    everyone everybody everything someone somebody something anyone anybody anything nobody
    nothing none both either neither few many much more most less least several such other
    others another same own each all half whole
    am are was were be been being have has had having do does did done doing will would
    shall should can could may might must need ought let let's i'm i've i'd i'll we're we've
    we'd we'll you're you've you'd they're they've they'd he's she's it's that's there's
    what's who's don't didn't doesn't can't couldn't won't wouldn't isn't wasn't weren't
    aren't haven't hasn't hadn't shouldn't
    my mine yours his hers ours theirs myself yourself himself herself itself ourselves
    themselves
    say said says tell told ask asked answer answered go went gone come came get got give
    gave take took make made know knew think thought see saw look looked want wanted work
    worked live lived leave left stay stayed keep kept begin began start started stop stopped
    try tried use used find found feel felt bring brought send sent pay paid eat ate sleep
    slept call called move moved return returned arrive arrived hear heard meet met run ran
    write wrote read sit sat stand stood wait waited help helped beat hit lose lost die died
    remember remembered forget forgot believe believed hope hoped escape escaped cross crossed
    note notes see summary comment comments question questions answer answers q a re fw fwd
    name names role roles site sites place places date dates age sex gender country city
    province county town village address phone email witness witnesses interviewer
    interviewee interpreter translator translation transcript record records statement
    statements testimony testimonies page paragraph para line section part chapter item
    items list table total number no subject from to cc sent regards best thanks thank
    sincerely cheers dear hi hello greetings signed signature attached attachment source
    sources reviewer review editor editor's background context employer employment
    occupation job jobs family father mother brother sister son daughter wife husband child
    children uncle aunt cousin friend friends boss bosses supervisor manager worker workers
    colleague colleagues driver drivers cook cooks guard guards police soldier soldiers
    doctor doctors nurse nurses engineer engineers captain crew sailor sailors fisherman
    fishermen farmer farmers teacher student students
    patient patients customer customers people person persons woman women men boy boys girl
    girls baby everyone
    day days night nights week weeks month months year years morning evening afternoon
    winter summer spring autumn fall season hours hour minute minutes
    food rice water money wages wage salary salaries pay debt passport passports visa
    contract contracts papers documents phone phones letter letters
    house home room rooms dormitory dormitories building buildings factory factories plant
    mine mines farm farms ship ships boat boats vessel port ports road roads border river
    mountain forest field fields office hospital clinic school church prison camp camps
    container containers wagon wagons train trains bus car truck van plane airport station
    construction building logging fishing sewing cooking cleaning work working labour
    punishment punishments beating beatings injury injuries illness health safety rest
    escape arrival departure travel trip journey return
    good bad old new young big small little long short high low hot cold hard easy free
    true false right wrong sure able alone together early late full empty best worst better
    worse first last next previous final main other whole same different every such
    two three four five six seven eight nine eleven twelve twenty thirty hundred thousand
    million once twice
    because since so yet nor or and but if though although while whereas
    according regarding concerning including following given considering
    please sorry thanks okay ok
    remark remarks complain complained translated translation redact redacted interview
    interviews case cases file files whoever whatever whichever wherever whenever checklist
    check flag flagged made owned born
    cross group groups present absent chat log logs staff brigade academic intake paste
    pasted extract extracted forward forwarded foreman minder minders forty fifty sixty
    seventy eighty ninety organisation organisations organization organizations message
    messages reporter report reports original copy draft final version excerpt excerpts
    elsewhere posting mention corroboration corroborate write written pause confirm co
    follow activist quote internal external reference volunteer word export import
    inform informed contact contacted email emailed thank thanked visit visited notify
    notified phone phoned advise advised refer referred discuss discussed agree agreed
    arrange arranged book booked request requested explain explained receive received
    remind reminded update updated invite invited introduce introduced recommend recommended
    suggest suggested fixer
    complainant complainants respondent respondents claimant claimants plaintiff defendant
    landlord landlady tenant tenants observer observers debriefer supervisor supervisee
    wellbeing welfare programme program creditor creditors debtor debtors trustee grounds
    medical
    participant participants attendee attendees synopsis regional executive financial
    operating caseworker caseworkers inspectors
    """
)
