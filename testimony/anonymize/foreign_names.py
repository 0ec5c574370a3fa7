"""Word lists for detecting non-Korean personal names in testimonies (used by the `detect` package).

Where they come from: written by hand from general knowledge of naming customs, not copied from
any database, and limited to what the workers' testimonies name: Russian (the logging and
construction camps in Siberia and the Far East), Polish (shipyards), Mongolian, Burmese, Chinese,
West African and English names, and the places of those countries the workers mention.

- Russian given names: the commonest male and female names of the Soviet and post-Soviet
  generations, each with its usual diminutive (Aleksandr/Sasha, Vladimir/Volodya), in Latin
  (English and common ad-hoc spellings), Cyrillic and the Hangul transliteration of the National
  Institute of Korean Language rules (세르게이, 블라디미르; 볼로댜 as heard).
- Polish, Mongolian, Burmese, West African and English given names: common names, left out when
  they are also an ordinary English word (Will, May, Grace, Mark, Bat, Jan) because a capitalised
  word at a sentence start would then be taken for a name.
- Chinese surnames: the hundred or so commonest family names of mainland China (the ranking
  published with the 2020 census, from general knowledge), in Hanyu Pinyin and in characters,
  simplified and traditional.
- Korean surnames in Cyrillic: the Kontsevich system and the customary spellings of the Koryo-saram
  (Ким, Пак, Ли, Цой, Тен ...).

- Given names of the other workers and employers met at the sites (Gulf Arab, South Asian
  (Indian, Nepali, Bangladeshi), Filipino, Vietnamese, Ethiopian, Angolan and Equatorial Guinean
  (Portuguese and Spanish), Lebanese, Czech): the commonest given names of each country, from
  general knowledge, not copied from a list; names that are also English words are left out.
- Given names of fellow workers, nurses, landlords and customers where the workers are sent in
  South-East Asia and Africa (Filipino, Cambodian, Lao, Igbo, Swahili, Ugandan, Uzbek and Tajik,
  more Mongolian), Vietnamese family names and the particles of Spanish, Portuguese, Dutch and
  Arabic family names (dela, da, bin): common names from general knowledge, not copied from a
  list; names that are also English or Korean words (Ho, Le, Do, 부디 "please") are left out.
- Given names of the Thai and Indonesian buyers, crews and co-workers met on fishing boats and
  in South-East Asian restaurants: the commonest male and female given names of each country,
  from general knowledge, not copied from a list; those that are English or Korean words left
  out.
- Russian, Polish and Czech surname endings (-ov, -ova, -ev, -sky, -ski, -ska ...): the usual
  suffixes of those languages' family names, from general knowledge of their grammar.

What the lists cannot do: a name outside them is found only by the context rules of the
`detect` package (a title, an introduction, a capitalised Cyrillic word in mid-sentence).
"""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Latin-letter given names, folded to lower case. Not a capitalised English word.
GIVEN_LATIN = _words(
    """
    sergei sergey serguei sergej aleksandr alexander aleksander alexandr sasha sacha alexei
    aleksei alexey aleksey alyosha dmitri dmitry dmitrii dimitri dima vladimir volodya volodia
    vova viktor victor vitaly vitali vitalii andrei andrey andrej nikolai nikolay kolya ivan vanya
    mikhail misha pavel pasha yuri yury yuriy boris gennady gennadi igor oleg anatoly anatoli
    valery valeri valentin vasily vasili vasya konstantin kostya maxim maksim denis evgeny
    yevgeny evgeni zhenya roman fyodor fedor grigory grigori stanislav vadim ruslan arkady
    semyon stepan timur artyom artem kirill leonid lev pyotr petr petya ilya yegor egor gleb
    olga olya natasha natalia natalya tatiana tatyana tanya svetlana sveta irina ira elena yelena
    lena galina galya lyudmila ludmila lyuda nadezhda nadia nadya marina tamara larisa larissa
    valentina valya ekaterina yekaterina katya anastasia nastya oksana yulia yuliya julia
    nina vera zoya lyuba lyubov alla inna raisa masha maria mariya anna anya daria darya dasha
    ksenia kseniya polina alina alyona sofia sofiya veronika zinaida zina klavdia
    matteo luca mira oskar mikael pieter lea léa kidane jonas lars sven henrik anders nils
    ingrid astrid freya maja pia lina nora ida
    tomasz piotr krzysztof andrzej marek pawel michal jakub wojciech grzegorz janusz zbigniew
    tadeusz stanislaw jerzy kazimierz ryszard mariusz dariusz slawomir agnieszka malgorzata
    katarzyna magdalena ewa joanna zofia elzbieta krystyna barbara danuta jadwiga beata
    dorota urszula pawel paweł jiri jana tomas lukas jakub ondrej
    fahad khalid abdullah abdulla abdul yousef yousif youssef yusuf mohammed mohammad muhammad
    ahmed ahmad mahmoud mustafa hassan hussein hussain saeed saad nasser faisal
    majid hamad jassim rashid tariq waleed walid omar ibrahim ismail abdulrahman abdulaziz
    georges elias fatima aisha mariam noura
    ramesh suresh rajesh mahesh dinesh ganesh mukesh rakesh anil sunil sanjay vijay ravi
    arjun amit rahul deepak manoj pradeep krishna lakshmi priya sunita anita
    bishnu hari gopal binod prakash santosh dipendra
    rahim karim rafiq shahid jamal habib rezaul mizanur
    rubel sohel sumon shakil shafiqul rafiqul habibur mostafa alamgir delwar mamun rakib monir
    nazrul aminul saiful rashed jahangir shahidul kamrul sabbir rasel mahbub masud arif kabir
    hasan asif zubair usman waqas ahsan shoaib adnan naveed sohail kashif junaid imtiaz irfan
    arshad zeeshan nadeem shahzad amjad suman bikash sabin roshan bibek nabin sujan rabin
    jennalyn rodel arnel reynaldo rogelio danilo efren jomar jonel rhea
    maricel marites jocelyn rowena analyn jerome ramon rodrigo juan carlos manuel
    esteban joaquim joao antonio pedro miguel luis esperanca conceicao graca
    nguyen tuan minh thanh huong hoa
    dawit tigist abebe kebede tesfaye girma alemayehu yohannes meseret almaz tsehay
    tuyana ganzorig oyuntsetseg erdenebat batkhuyag bolormaa chimeg tseren gerel
    oyuna oyun batbayar bat-erdene baterdene ganbaatar ganbold batbold erdene tsetseg
    altantsetseg sarangerel enkhbayar enkhjargal munkhbat munkh-erdene bolormaa tuya narantuya
    oyunchimeg khulan saikhan dorj tumur temuulen gantulga batsaikhan sukhbat amarbayasgalan
    mamadou moussa mamadi ousmane abdoulaye ibrahima amadou boubacar aliou cheikh modou
    fatou aminata mariama awa khadija kofi kwame kwabena yaw ama akosua chinedu emeka ngozi
    oluwaseun tunde babajide adebayo olusegun thabo sipho themba nomvula tendai farai
    jessica jennifer michael david john james robert william richard thomas charles daniel
    matthew andrew christopher anthony steven kevin brian george edward peter paul stephen
    jonathan timothy jason justin ryan eric nicholas patrick samuel benjamin alexandra
    elizabeth mary patricia linda susan margaret sarah karen nancy lisa sandra ashley emily
    michelle amanda melissa stephanie rebecca laura sharon cynthia kathleen amy angela
    helen deborah rachel catherine christine emma hannah sophie charlotte olivia lucy
    rodel marlon rogelio jericho arnel romeo reynaldo danilo efren nestor rolando jun-jun
    sokha sopheap sophea chanthou sreymom bopha vannak sovann chenda
    souksavanh somphone bounmy khamphanh phonsavanh vilayvanh keo
    chukwuemeka chukwudi obinna ifeanyi nnamdi chidi ikechukwu uchenna adaeze chiamaka
    neema rehema zawadi baraka juma amani mwanaisha halima
    okello akello odongo opio ochieng otieno achieng wanjiru kamau
    farrukh rustam davron dilshod sherzod jamshid bakhodir ulugbek shukhrat nodir timur
    saraa solongo nomin anar enkhtuya
    somchai somsak somporn sombat prasert surachai wichai kittisak siriporn ratana malee
    budi agus bambang joko slamet wahyu dewi siti yanto rudi putri andi rizky hendra
    rinat marat alfiya ildar aidar ramil radik rustem gulnara zulfiya dinara
    vaska vasenka kolka tolya tolik seryozha seryoga vitya igoryok zhora grisha kostik
    zbyszek kasia basia gosia malgosia tomek jurek wojtek staszek franek krzysiek grzesiek
    bartek jacek
    arun dil bahadur gurung tamang thapa magar sherpa
    faizal azman nurul hafiz farid aishah
    joseph joe joey jon tom tommy tim greg gregory jeff jeffrey scott gary larry raymond dennis
    jerry walter henry harry arthur albert carl roger keith jeremy aaron adam nathan zachary
    tyler kyle ethan noah liam logan lucas jacob isaac dylan sean shaun connor ian simon
    neil colin graham martin alan allan alex douglas kenneth ronald donald sam ben danny chris
    andy bobby steve philip phil hugh oliver owen evan gavin trevor vincent wayne russell
    howard eugene louis lewis ralph bruce fred harold norman stanley francis leonard marcus
    derek duncan malcolm
    eleanor ellie ella jane janet joan judith judy julie kate katie kelly louise martha megan
    melanie monica natalie nicole paula pauline ruth sally samantha sara sophia teresa
    theresa tina tracy valerie vanessa wendy alice anne ann annie betty beverly brenda
    carolyn caroline cheryl claire clare diana diane donna doris dorothy elaine ellen evelyn
    frances gloria heather irene jacqueline joanne josephine joyce kathryn kimberly lauren
    lorraine marie marilyn maureen nora pamela rita rosemary sheila shirley sylvia ursula
    vivian yvonne zoe
    jose jorge javier fernando ricardo roberto eduardo alberto alejandro andres enrique
    felipe gabriel hector ignacio jaime lorenzo mario mateo pablo rafael raul sergio
    vicente ana carmen dolores luisa pilar tiago fernanda beatriz
    kareem hamza yasser yasir samir sami nabil adel adil anwar bilal hisham imad jamil kamal
    khaled mansour marwan mazen nizar osama rami riyad tamer wael yahya zaid ziad amira dalia
    huda layla leila lina maha mona rana rania salma samira yasmin zainab
    anan niran prasit pornchai sakda suchart surasak thawatchai wanchai nattapong kanya
    hamisi rashidi salim mwita wambui njeri
    esther miriam naomi lydia abigail phoebe eunice priscilla rebekah deborah susanna
    sakura yuki yuko yoko keiko naoko tomoko akiko hiroko kumiko mayumi haruka aiko emi kenji
    hiroshi takeshi takashi satoshi kazuki daisuke haruto kenta shota yuta ryota kenichi makoto
    akira hideo tetsuya masato
    mireille camille julien pierre jean francois jacques etienne antoine mathieu sebastien
    nathalie sylvie veronique isabelle chloe manon amelie aurelie delphine brigitte genevieve
    benoit olivier thierry pascal sebastian
    dara channary sreyneang sokunthea pisey dalin virak rithy sophal sothea
    tanawat anucha pornthip somsri supaporn wanida nattaya kanokwan apinya thanakorn jirapat
    chaiwat sompong
    domingos sebastiao adelino ernesto agostinho
    khamla bounthavy souphanh vilay
    """
    # More names of the staff, lawyers, journalists, employers and foremen case files name:
    # British, Irish, German, Nordic, French, Italian, Spanish, Portuguese, Filipino,
    # Indonesian, Malaysian, South Asian, Central Asian, Ukrainian, Polish, Czech, Namibian.
    # None an English word or a short romanized Korean word (Rui, Ute and Siri are left out).
    """
    oscar toby fiona agnes doug dougie leah isla freya imogen harriet beatrice gemma kirsty
    nadine bridget siobhan niamh aoife ciaran declan eamon rory callum alistair hamish
    fergus gareth rhys bethan cerys catrin dafydd rhian nigel clive rupert giles jasper barnaby
    tobias felix
    jake joshua liz lizzie beth becky becca maggie gwen magda laila timmy robbie billy mikey
    pat mia nadeem sajid chaminda lahiru gansukh luc neusa
    mehmet selin debbie ayo anke katrin marc bethany sora
    hamid hamed olumide senait mulugeta selam yonas bikash ayanda lerato nomsa odgerel renato
    davey stevie kathy cathy susie jenny jessie sammy benny matty nicky zoey ava archie freddie
    alfie theo aiden caleb paddy brendan orla roisin sinead saoirse morag ewan iain raj neha
    maryam hadi rui nuno andre chioma amaka funmi akua
    edmund edwin alfred reginald cedric nathaniel elliot elliott quentin bradley brandon
    travis dustin shane craig darren clint curtis marvin melvin lloyd floyd leroy desmond
    winston rodney stuart stewart murray abby abbie alison allison amelia andrea angelica
    annabel annette antonia audrey bernadette carla cecilia celia clara claudia colette cora
    daphne debra denise edith eileen elise eliza emilia erica erika estelle gillian
    gwendolyn heidi helena henrietta ingrid isabel isabella jenna jill jodie johanna juliet
    justine karin katharina katherine kristin kristina leanne lorna lucia lucinda lynn mabel
    madeleine madeline marcia margot marianne marjorie marta martina matilda maxine meredith
    mildred  molly muriel myra nell penelope petra philippa rachael renata roberta
    rosalie roxanne sabrina selina serena simone sonia sonja susanne suzanne tamsin tessa
    ulrike wilma yolanda jonas matthias mathias johannes jurgen klaus dieter wolfgang helmut
    gunter horst jorg stefan markus florian dirk sven lars nils henrik anders magnus bjorn
    olaf jens karsten kristian mikkel rasmus soren torsten ulf axel birgit dagmar gudrun
    hedda heike ingeborg inger kerstin liesl maren mette sigrid silke solveig astrid annika
    frida greta hanne helga linnea malin sanna thibault thibaut odile guillaume arnaud
    bertrand christophe didier emmanuel fabrice frederic gilles gregoire herve laurent loic
    ludovic maxime nicolas philippe romain stephane sylvain xavier yannick yves agathe anais
    cecile celine claudine corinne elodie emilie helene jeanne juliette laetitia margaux
    monique nadege oceane sandrine severine solene virginie matteo giulia giovanni giuseppe
    francesco alessandro luca  paolo riccardo stefano davide federico fabio massimo
    claudio gianluca giorgio luigi salvatore vittorio alessandra chiara francesca federica
    giovanna ilaria  silvia elisa rosaria ines gonzalo diego alvaro adrian cristian
    emilio gustavo  marcos ramiro rodolfo ruben agustin benito cesar joaquin leonardo
    mauricio octavio patricio teodoro alejandra catalina cristina daniela gabriela guadalupe
    isabela josefina juana lorena marisol paloma rocio veronica ximena goncalo afonso duarte
    vasco leonor mariana matilde raquel thiago caio bruno leandro rogerio sandro jomar
    ronaldo rommel jayson jerwin rosli nurhadi supriyadi rizki fajar wayan nyoman kadek
    komang ketut lestari wahyuni aisyah yusof azlan zulkifli amirul syafiq shafiq haziq
    iskandar dipak bikram rajan sanjeev kavya sneha pooja divya anjali aarti meena kiran
    vikram rohit nikhil arvind ashok  rajiv sudhir naveen farah ayesha sabina rafiqul
    shahidul aminul jahangir kamrul nyamaa tsetsegmaa oyunbileg bair baatar ermek yerlan
    daniyar nurlan askar aigerim aizhan saule shohista dilnoza akhmed akhmad bakhtiyor
    yaroslav svyatoslav bogdan taras mykola oleksandr oleksiy dmytro serhiy olena kateryna
    halyna nataliya lyudmyla henryk boguslaw boguslawa ewelina paulina karolina dominika
    weronika aleksandra monika justyna sylwia iwona grazyna halina jolanta wanda lukasz
    kamil mateusz damian patryk radoslaw przemyslaw miroslaw zdzislaw wieslaw henryka
    jaroslav miroslav vaclav zdenek jarmila petrus ndapewa kaarina engracia
    """
    # Seafarers', colleagues' and agents' names of Nordic, German, South Asian, Central Asian
    # and Japanese case files (round 41). Left out: Jan (a month), Finn, Kai, Rin, Mei, Sita
    # and Gita (a nationality, short romanized Korean or a scripture's name).
    """
    erik andreas hans moritz niklas imran vikash vikas suraj kumari raju naresh umesh ajay
    sandeep rohan geeta rekha parvati nirmala kamala shyam rajendra mohamed rahman ali noor
    azamat bakyt nurbek aibek aziz bekzat kanat erlan dauren asel aida haruki yuto riku
    hinata nanami misaki ayaka yuka osman abdelrahman abdulrahman
    """
    # The short forms of English given names a missionary's letter or a volunteer's e-mail
    # signs with, Ukrainian seafarers' names, a Gulf officer's (round 50).
    """
    dave josh mike jim tony pete matt jimmy johnny kenny rick wes barry terry
    andriy andrii oleh yurii vasyl serhii mykhailo volodymyr petro munira
    """
    # Given names common among international staff, lawyers and interpreters that the lists
    # left out, none an English word or a place (round 61; Jordan, Austin, Miles are).
    """
    anton agata nusrat hanna elijah levi julian isaiah nolan dominic wesley emmett
    harrison amir milo calvin luka enzo emiliano tristan leon abraham jesse joel matias kaleb
    bryan aidan ronan khalil damien cody dante zayn angelo nico gideon julius leonel ismael
    gianni niko nasir ezequiel jared cyrus malik donovan maurice kian uriel marek tomasz piotr
    pawel krzysztof wojciech agnieszka katarzyna malgorzata joanna zofia dorota beata
    marcin bartosz rafal dawid szymon maciej artur kinga izabela edyta wiktoria zuzanna oliwia
    grzesiek michał łukasz stanisław rafał paweł elżbieta małgorzata
    """
)

# English given names that are also words (Grace, Joy, Mark, Sunny): a name only before a
# Korean surname ("Grace Park", "Mark Oh"), as in the Korean diaspora's churches and offices.
# Not those that open a sentence as a verb before a surname ("Will Park ...", "May Kim ...",
# "Hope Kim is safe").
GIVEN_LATIN_WORDS = _words(
    """
    grace joy mark sunny faith rose lily june april daisy iris ruby pearl amber jade crystal
    summer dawn holly ivy violet frank jack bob dean gene ted ray angel christian
    leo noel miles chase grant hunter cooper jay max
    """
)

# Books of the Bible named after a person: "Ruth 1:16", "John 3:16" are references, not names.
BIBLE_BOOKS = _words(
    """
    ruth esther daniel jonah micah john mark luke matthew timothy titus james peter jude samuel
    joshua nehemiah ezra isaiah jeremiah ezekiel hosea joel amos obadiah nahum habakkuk
    zephaniah haggai zechariah malachi philemon job
    """
)

# Family names of the South and Southeast Asian workers, nurses, paramedics and volunteers the
# Gulf's and Malaysia's papers name beside the Koreans (Raj Patel, Joy Santos, Hari Shrestha):
# any capitalised given name before one is a name, a word too (Joy, Mark, Dev). Not Khan, Shah,
# Hassan, Das or Rai (Genghis Khan, the Shah, streets, Chiang Rai), nor Islam (a word).
MIGRANT_SURNAMES = _words(
    """
    patel kumar sharma singh gupta malhotra nair menon pillai rao reddy perera fernando
    rahman hossain hussain uddin chowdhury miah begum akter ahmed thapa gurung tamang shrestha
    magar adhikari bhattarai karki sherpa santos reyes cruz garcia bautista mendoza ramos
    torres flores villanueva aquino castillo gonzales lopez hernandez
    """
)

# Vietnamese family names (the commonest, in folded Latin form: Nguyễn, Trần, Phạm ...). Only
# those that are not English words or Korean surnames (Le, Do, Ho, Ly, Vu are left out).
VIETNAMESE_SURNAMES = _words("nguyen tran pham hoang huynh phan dang bui ngo duong dinh trinh")

# Japanese family names (the commonest, romanized without long vowels: Satō as Sato), for a
# given name before one (Yuna Takeda, Kenji Watanabe), as Koreans in Japan and Japanese staff,
# journalists and lawyers are named. Not Abe, Suzuki, Honda, Mori, Ota or Ono: a public
# figure, brands, an English word or a short romanized Korean word.
JAPANESE_SURNAMES = _words(
    """
    sato takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki
    yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki ikeda hashimoto yamashita
    ishikawa nakajima maeda fujita ogawa goto okada hasegawa murakami kondo ishii saito
    sakamoto endo aoki fujii nishimura fukuda miura takeda fujiwara okamoto matsuda nakagawa
    nakano harada tamura takeuchi kaneko wada nakayama ishida ueda morita hara shibata sakai
    kudo yokoyama miyazaki miyamoto uchida takagi ando taniguchi maruyama imai takada
    """
)

# The same and other common Japanese family names in characters, with the Japanese names
# Koreans in Japan were registered under (新井, 金田, 金本, 岩本, 国本, 大山): the returnees'
# files and the Japanese lawyers and journalists write them so (山田 恵子, 佐藤先生). Not 中山
# (Zhongshan, a street and a university in Chinese) or 金子 (gold in Chinese).
JAPANESE_SURNAME_CHARACTERS = _words(
    """
    佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 渡邉 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上
    木村 清水 山崎 池田 橋本 山下 石川 中島 前田 藤田 小川 後藤 岡田 長谷川 村上 近藤 石井 斎藤
    斉藤 齋藤 坂本 遠藤 青木 藤井 西村 福田 太田 三浦 竹田 武田 藤原 岡本 松田 中川 中野 原田
    小野 田村 竹内 和田 石田 上田 森田 柴田 酒井 工藤 横山 宮崎 宮本 内田 高木 安藤 谷口 大野
    丸山 今井 高田 河野 藤本 村田 武藤 新井 小島 西田 菊地 菊池 野口 松井 千葉 岩崎 桜井 木下
    野村 松尾 菅原 久保 大塚 杉山 平野 市川 北村 増田 小山 大西 吉川 荒木 安田 土屋 浅野 岩田
    秋山 星野 川口 服部 矢野 森本 吉村 山内 内藤 大橋 金田 金本 岩本 国本 豊田 平山 大山 金山
    松山 高山 張本 西原 宮田 福島 林田 森下 大川 今村 片山 松岡 水野 小松 原口 安井 大島
    """
)

# Particles inside a family name (Marlon dela Cruz, Joao da Silva, Omar bin Said).
SURNAME_PARTICLES = _words("de dela del della da das dos do du van von der bin binti al el")

# Cyrillic given names, in their usual written form (nominative).
GIVEN_CYRILLIC = _words(
    """
    Сергей Александр Саша Алексей Алёша Алеша Дмитрий Дима Владимир Володя Вова Виктор Виталий
    Андрей Николай Коля Иван Ваня Михаил Миша Павел Паша Юрий Юра Борис Геннадий Гена Игорь Олег
    Анатолий Толя Валерий Валентин Василий Вася Константин Костя Максим Денис Евгений Женя Роман
    Фёдор Федор Григорий Станислав Вадим Руслан Аркадий Семён Семен Степан Тимур Артём Артем
    Кирилл Леонид Лев Пётр Петр Петя Илья Егор Глеб Вячеслав Слава Антон Эдуард Геннадий
    Ольга Оля Наташа Наталья Наталия Татьяна Таня Светлана Света Ирина Ира Елена Лена Галина
    Галя Людмила Люда Надежда Надя Марина Тамара Лариса Валентина Валя Екатерина Катя
    Анастасия Настя Оксана Юлия Юля Нина Вера Зоя Люба Любовь Алла Инна Раиса Маша Мария Анна
    Аня Дарья Даша Ксения Полина Алина Алёна Софья Вероника Зинаида Зина
    Оюна Батбаяр Болд Ганбаатар Эрдэнэ Цэцэг Туяа
    Серёжа Сережа Лёша Леша Лёха Валера Витя Гриша Стас Федя Рома Саня Шура Жора Эдик Толик
    Лиза Соня Лида Рита Тоня Люся Светка Наташка
    Рустам Рустем Азамат Фарход Шерзод Бахтиёр Ахмед Артур Айгерим Алия Альфия Гульнара
    Дильноза Зарина Динара
    Яна Кира Милана Ульяна Варвара Ева Диана Яков Ярослав Богдан Тарас Ростислав Василиса
    """
)

# Hangul transliterations of the given names above (and their diminutives), and of common
# Arabic, South Asian, Indonesian, Mongolian and Spanish or Portuguese given names. Only forms
# that are not also a Korean word or word stem: 안나 (안 나: does not come out), 바실, 알리
# (알리는: informing), 하산 (coming down a mountain), 부디 (please), 하니, 아닐, 라지,
# 사이드 are left out.
GIVEN_HANGUL = _words(
    """
    세르게이 세르게이의 알렉산드르 사샤 알렉세이 알료샤 드미트리 디마 블라디미르 볼로댜 볼로쟈
    보바 빅토르 비탈리 안드레이 니콜라이 콜랴 이반 바냐 미하일 미샤 파벨 파샤 유리이 보리스
    겐나디 이고르 올레크 올레그 아나톨리 발레리 발렌틴 바실리 콘스탄틴 코스탸 막심 데니스
    예브게니 제냐 표도르 그리고리 스타니슬라프 바딤 루슬란 아르카디 세묜 스테판 티무르 아르툠
    키릴 레오니드 표트르 일리야 예고르 글레프 뱌체슬라프 안톤 에두아르드
    올가 나타샤 나탈리야 타티아나 타냐 스베틀라나 이리나 옐레나 엘레나 레나 갈리나 류드밀라
    나데즈다 나댜 마리나 타마라 라리사 발렌티나 예카테리나 카탸 카챠 아나스타시야 나스탸
    옥사나 율리야 니나 베라 조야 류바 알라 마샤 마리야 안냐 다리야 다샤 크세니야 폴리나
    알리나 알료나 베로니카
    토마시 토마스 피오트르 크시슈토프 안제이 마레크 야쿠프 보이치에흐 그제고시 야누시
    아그니에슈카 말고자타 카타지나 에바 요안나 조피아
    바트 오유나 바트바야르 바트에르덴 간바타르 간볼드 에르덴 체첵 사란게렐 툴가
    아웅 마마두 무사 우스만 파투 아미나타 코피 콰메 체렌 간조릭 투야나
    파하드 할리드 압둘라 유세프 무함마드 아흐메드 라메시 마누엘 조제프 에스테반 주앙
    아마라 응우옌 루스탐 파루흐
    제시카 마이클 데이비드 존 제임스 로버트 윌리엄 토머스 피터 폴 스티븐 케빈 수전 사라
    마흐무드 카림 파이잘 오마르 유수프 이브라힘 칼리드 나세르 라시드 파티마 아이샤 마리암
    라일라 하미드 타리크 자이드 아딜 자말 나빌 사미르 야세르 후세인 무스타파 아흐마드 압둘
    나디야 나디아 라주 비자이 수실라 수닐 산자이 라훌 프라카시 라힘 라피크 카말 디팍 고팔
    비노드 수레시 크리슈나 와얀 데위 바토 바트수흐 간톨가 돌고르 뭉흐 사르나이
    페드로 호세 카를로스 후안 마리아 로사 안토니오 파블로 루이스 미겔
    """
)

# Russian surname and patronymic endings in Hangul, for the word after a given name (이바노프).
HANGUL_SURNAME_ENDINGS = (
    "노프",
    "예프",
    "로프",
    "코프",
    "노바",
    "예바",
    "로바",
    "스키",
    "스카야",
    "비치",
    "브나",
    "코",
    "린",
    "닌",
    "토프",
    "투스",
    # -ov and -ova after other consonants (코발료프, 스미르노바 is above)
    *("료프", "모프", "소프", "도프", "고프", "보프", "초프", "레프", "네프", "체프"),
    *("료바", "모바", "도바", "고바", "보바", "초바", "레바", "네바", "체바"),
)

# Words that begin with a name above but are Korean: 올가을 (this autumn), 존재 (existence).
HANGUL_NOT_NAMES = _words(
    "올가을 존재 존중 존경 폴더 레나타 베라다 니나노 아웅다웅 스트레스"
    # Words and a nationality the Chinese-name reading takes apart (자 + 칭, 우 + 즈베크).
    " 자칭 모레 스레드 리모델링 우즈베크 우즈벡"
)
# Given names in Hangul that are also a word when written bare, without a particle: 무사 도착
# ("arrived safely"); 무사가 말했다 is still Musa.
HANGUL_NOT_NAMES_BARE = _words("무사")

# Burmese name elements: a person is two or more of them, or one or more after U, Daw, Ko, Ma,
# Maung, Saw, Naw (the honorifics written before a Burmese name).
BURMESE_HONORIFICS = _words("u daw ko ma maung saw naw")
BURMESE_ELEMENTS = _words(
    """
    aung kyaw min thein htun tun myint win hla zaw soe naing oo thant khin san mya nyunt maung
    moe thura htet phyo wai lwin thet ye naung nay thu hlaing myo nyein thida su ei khaing
    kyi thiri sandar zin mar hnin phyu wint yin htay swe tin than shwe htoo nwe aye cho
    """
)
# Burmese elements that are not also an English or a Korean-romanized word.
BURMESE_DISTINCTIVE = _words(
    "aung kyaw htun myint hlaing thein naing zaw soe hla nyunt thant phyo htet lwin nyein khaing"
    " khin myo thida"
)

# The commonest Chinese surnames in pinyin (lower case), with those of the Korean Chinese
# (朴 Piao, 权 Quan, 玄 Xuan, 裴 Pei, 池 Chi, 车 Che; Quan is Vietnamese's "district" too).
# Those that are also English words, or Korean surnames handled by the Korean rules, need a
# two-syllable given name.
PINYIN_SURNAMES = _words(
    """
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
    liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye
    cheng wei su lu ding ren shen yao cui zhong tan fan jin shi liao jia xia fu fang bai zou
    meng xiong qin qiu yin xue yan duan lei hou long tao gu mao hao gong shao wan qian dai mo
    kong xiang chang kang niu hong wen yi lv lyu ou qi zhan geng guan miao ni
    piao quan xuan pei chi che
    """
)
PINYIN_AMBIGUOUS = _words(
    """
    he sun song long fan wan mo ye ding tan yin chang kong gong yu wu ma lu du fu su tao shi
    xia han jin kang hong wen yi ni bai hu ren lei hou gu mao hao wei qi an pan fang yan
    chi che quan
    """
)
_PINYIN_INITIAL = r"(?:zh|ch|sh|b|p|m|f|d|t|n|l|g|k|h|j|q|x|r|z|c|s|y|w)?"
_PINYIN_FINAL = (
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn"
    r"|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)"
)
PINYIN_SYLLABLE = _PINYIN_INITIAL + _PINYIN_FINAL

# The commonest Chinese surnames in characters, simplified and traditional.
CHINESE_SURNAME_CHARS = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧"
    "曹彭曾肖萧蕭田董潘袁蔡蒋蔣余于杜叶葉程魏苏蘇吕呂丁任沈姚卢盧崔钟鍾谭譚范汪陆陸金石廖贾賈"
    "夏傅方白邹鄒孟熊秦邱江尹薛阎閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯"
    "朴崔全"
)
# Character words beginning with a surname character that are places or common words.
CHINESE_NOT_NAMES = _words(
    """
    韩国 韓國 沈阳 瀋陽 沈陽 吉林 黄海 黃海 江原 江西 江苏 江蘇 金日成 金正日
    金正恩 金正淑 金策 朝鲜 朝鮮 林业 林業 高丽 高麗 马来西亚 馬來西亞 万寿台
    毛重 黄牌 黃牌
    萬壽台 石油 方面 白头山 白頭山 龙川 龍川 何时 何時 周年 周末 余下 任务 任務
    许可 許可 程序 钱包 錢包 武器 孔子 毛泽东 毛澤東 孙中山 孫中山 韓国 金曜日 金曜
    金額 金额
    """
)

# Chinese names in Hangul (장웨이, 왕샤오밍): a Chinese surname as Koreans transcribe it, then
# syllables of which at least one never occurs in a Korean name.
CHINESE_HANGUL_SURNAMES = _words(
    """
    장 왕 리 류 천 양 황 자오 저우 우 쉬 쑨 마 주 후 궈 허 가오 린 뤄 정 량 셰 쑹 탕 한 펑
    덩 차오 쩡 샤오 톈 둥 판 위안 차이 위 두 예 청 쑤 루 딩 런 선 야오 추이 중 탄 진 스
    랴오 자 샤 푸 팡 바이 멍 슝 친 추 인 쉐 옌 돤 레이 허우 룽 타오 구 마오 하오 궁 사오
    완 첸 다이 모 쿵 샹 류
    """
)
CHINESE_HANGUL_GIVEN_MARKS = frozenset(
    "웨밍핑팅쥔훙쥐샤쉐메레링윈젠칭징쑤쑨쉬둥룽뤄궈셰쩡톈랴슝돤쯔즈"
)

# Korean surnames in Cyrillic, as Koryo-saram and Russian papers write them.
CYRILLIC_KOREAN_SURNAMES = _words(
    """
    Ким Пак Ли Ри Чхве Цой Чой Мун Пэк Пек Хан Кан Юн Чон Тен Ро Но Рим Лим Им Шин Син Хо Со
    Нам Чо Тё Ян Рян Хон Ко Ан О Сон Сонг Чжон Чжан Чан Хван Квон Кон Мин Ю Рю Пён Ха Чу Ку
    Пэ Пе Сим Шим Ом Хам Тхак Ток Пан Чи Ри Ли Нэ Юй Кын Чхон Ён Ём Ё Чвэ Чхвэ Жон Чве Тэ
    """
)

# Places the workers name, in Cyrillic, with the months and capitalised words that begin a
# Russian sentence or a form field: never a person.
CYRILLIC_NOT_NAMES = _words(
    """
    Москва Москве Москвы Хабаровск Хабаровске Владивосток Владивостоке Тында Тынде Амур Амура
    Амурская Амурской Якутск Якутске Якутия Чита Чите Иркутск Новосибирск Новосибирске Томск
    Омск Сахалин Сахалине Находка Находке Уссурийск Благовещенск Магадан Камчатка Приморье
    Приморский Сибирь Сибири Россия России Китай Китае Корея Кореи Монголия Монголии
    Пхеньян Пхеньяне Сеул Улан-Батор Даньдун Шэньян Харбин Пекин Польша Катар Кувейт
    Январь Февраль Март Апрель Май Июнь Июль Август Сентябрь Октябрь Ноябрь Декабрь
    Января Февраля Марта Апреля Мая Июня Июля Августа Сентября Октября Ноября Декабря
    Понедельник Вторник Среда Четверг Пятница Суббота Воскресенье Бог Господи Господин Госпожа
    Гражданин Гражданка Бригадир Начальник Директор Мастер Товарищ Фамилия Имя Отчество Дата
    Место Адрес Паспорт Работал Работала Работает Прибыл Прибыла Выбыл Примечание Он Она Они Мы
    Я Вы Ты Это Этот Эта Там Тут Здесь Когда Где Как Что Кто Но И А Да Нет Все Всё Его Ее Её
    Их Нам Вам Нас Вас Давай Спасибо Привет Пожалуйста Русский Русские Корейцы Кореец Китайцы
    Рабочий Рабочие Компания Общество Улица Проспект Область Край Район Город Посёлок Поселок
    Северная Южная Республика Российская Российской Российский Российского Федерация Федерации
    Дальний Восток Ленин Сталин Путин
    Отзыв Отзывы Комментарии Комментарий Цена Всего Итого Сумма Наименование Исх Вх Эр Эм
    Магнит Пятёрочка Перекрёсток Ашан Ресторан Кафе Магазин
    """
)
# More of those places, in the cases Russian and Mongolian give them (Koreya in the locative),
# North Korea's cities as Russian papers spell them, and the Mongolian words a governor's and a
# commission's chair are called by ("Zasag darga", not a person's name before "darga"),
# Mongolia's provinces, towns and the capital's districts (Баянхонгор): read by the detector
# (as places its recogniser's proposals may not touch), apart from the list above, whose words
# the recogniser's weights were trained on.
CYRILLIC_PLACE_FORMS = _words(
    """
    Корее Корею Кореей Китая Китаю Китаем Россию Монголию Польше Польши Катаре Кувейте Сеуле
    Пхеньяна Пекине Харбине Приморья Приморском Приморскому Приморского Новосибирский
    Новосибирская Новосибирской Новосибирского Хабаровский Хабаровского Амурской Амурского
    Улаанбаатар Улаанбаатарт Улаанбаатарын Улаанбаатараас Монгол Монголд Монголын
    Солонгос Солонгост Солонгосын Солонгосоос Хойд Өмнөд Хятад Хятадад Хятадын Орос Оросод Оросын
    Чегдомын Чегдомыне Тырма Тырме Ургал Ургале
    Хамхын Хамхыне Хамхына Кэсон Кэсоне Кэсона Чхонджин Чхонджине Чхонджина Вонсан Вонсане
    Синыйджу Нампхо Хэджу Кимчхэк Хесан Хесане Расон Расоне Саривон Канге
    Засаг Комиссын Үндэсний Төв Төвд Төвийн Судлалын Эмнэлэг Эмнэлэгт Эмнэлгийн
    Архангай Баян-Өлгий Баянхонгор Говь-Алтай Говьсүмбэр Дархан-Уул Дорноговь Дорнод
    Дундговь Завхан Орхон Өвөрхангай Өмнөговь Увс Ховд Хөвсгөл Хэнтий Эрдэнэт
    Чойбалсан Мөрөн Зуунмод Сайншанд Баянгол Сонгинохайрхан Хан-Уул Чингэлтэй Налайх Багануур
    """
)
CYRILLIC_PLACE_ENDINGS = (
    "ск",
    "ске",
    "ска",
    "бург",
    "град",
    "поль",
    "горск",
    "ово",
    "ево",
    "ино",
    "ка",
    "ке",
    "ия",
    "ии",
)

# Places the workers name in Latin letters (lower case), beyond those the detect package lists
# already, and the seats of the UN offices a petition goes to (Geneva, Vienna, Nairobi: Geneva
# ends like a Russian surname, -eva).
PLACES_LATIN = _words(
    """
    nakhodka blagoveshchensk ussuriysk magadan kamchatka yakutia buryatia chita komsomolsk
    sheremetyevo domodedovo vnukovo harbin jilin changchun tianjin guangzhou shenzhen
    gdansk gdynia warsaw szczecin krakow wroclaw naypyidaw naypyitaw mandalay windhoek dakar
    namibia luanda kinshasa kampala harare lagos accra abuja tripoli bamako conakry
    viana cacuaco cazenga benguela lobito huambo lubango malanje cabinda namibe
    sukhbaatar erdenet darkhan nalaikh yerevan tashkent almaty bishkek vientiane bangkok
    phnom penh ho chi minh
    geneva vienna nairobi
    """
)

# Capitalised surname endings of Russian, Polish and Czech family names (Smirnov, Sokolova,
# Kowalski, Zielinski, Novak is not: too short a suffix). A word with them is a name unless it
# is a place (PLACES_LATIN, RUSSIAN_PLACES_LIKE_SURNAMES), or a Polish office's adjective
# (Urząd Miejski, the town hall).
SLAVIC_SURNAME_ENDINGS = ("ov", "ova", "ev", "eva", "yev", "yeva", "sky", "ski", "ska", "enko")
RUSSIAN_PLACES_LIKE_SURNAMES = _words(
    """
    rostov saratov pskov kirov tambov lermontov azov sochi tolyatti kiev kyiv lvov harkov
    kharkov gdansk tomsk omsk irkutsk bratsk norilsk vladivostok nakhodka
    alaska nebraska athabaska
    miejski wojewódzki morski
    """
)
