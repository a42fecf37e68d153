"""Language detection: determinism, undetermined input, scripts, the bounded sample, concurrency."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

from streams.core import language
from streams.core.language import Language, detect_language, sample

ROOT = Path(__file__).resolve().parents[2]
EVALUATION = ROOT / "evaluation" / "language"
SENTENCES = [json.loads(line) for line in (EVALUATION / "sentences.jsonl").read_text("utf-8").splitlines()]

EN = "The government announced emergency funding for small businesses hit by rising energy bills."


def test_language_record() -> None:
    found = detect_language("Budget talks", EN)
    assert isinstance(found, Language)
    assert found.code == "en"
    assert 0.0 < found.confidence <= 1.0
    assert found.to_dict() == {"code": "en", "confidence": found.confidence}
    with pytest.raises(AttributeError):
        found.code = "fr"  # type: ignore[misc]


@pytest.mark.parametrize(
    "title, body",
    [
        (None, ""),
        ("", "   \n\t "),
        (None, "12345 678.90 2024-03-01"),
        (None, "!!! ??? ... --- *** ### €€€ 😀😀"),
        (None, "https://example.com/news/2024/03/01/story.html?id=7"),
        ("http://a.b/c", "www.example.org/path  info@example.com"),
        (None, None),
        (None, 12345),
    ],
)
def test_undetermined_never_raises(title, body) -> None:
    assert detect_language(title, body) == Language("und", 0.0)


def test_same_input_same_output_in_process() -> None:
    text = "minister resigns"  # short and ambiguous: exactly where an unseeded langdetect wobbles
    first = detect_language(None, text)
    assert all(detect_language(None, text) == first for _ in range(20))


def test_same_output_in_another_process() -> None:
    texts = ["minister resigns", "tribunal dictamina", "ставки растут", EN]
    code = (
        "import json, sys; from streams.core.language import detect_language;"
        "print(json.dumps([detect_language(None, t).to_dict() for t in json.load(sys.stdin)]))"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code],
            input=json.dumps(texts),
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
        ).stdout
        for _ in range(2)
    ]
    here = [detect_language(None, t).to_dict() for t in texts]
    assert json.loads(runs[0]) == json.loads(runs[1]) == here


def test_chinese_is_zh() -> None:
    assert detect_language("央行宣布上调利率", "央行周二宣布将基准利率上调二十五个基点。").code == "zh"
    assert detect_language(None, "總統選舉結果今晚公布").code == "zh"  # traditional characters too


@pytest.mark.parametrize(
    "text, code",
    [
        ("정부는 긴급 지원을 발표했다.", "ko"),
        ("政府は緊急支援を発表した。", "ja"),
        ("内閣総辞職", "ja"),  # Han only, but 総 is a Japanese form
        ("Η κυβέρνηση ανακοίνωσε έκτακτη βοήθεια.", "el"),
        ("הממשלה הודיעה על סיוע חירום.", "he"),
        ("รัฐบาลประกาศมาตรการช่วยเหลือฉุกเฉิน", "th"),
        ("Կառավարությունը հայտարարեց", "hy"),
        ("მთავრობამ გამოაცხადა", "ka"),
        ("அரசு அறிவித்தது", "ta"),
        ("Уряд оголосив про термінову допомогу.", "uk"),
        ("Правительство объявило о срочной помощи.", "ru"),
        ("دولت کمک اضطراری اعلام کرد", "fa"),
        ("حکومت نے ہنگامی امداد کا اعلان کیا ہے", "ur"),
        ("أعلنت الحكومة عن مساعدات عاجلة", "ar"),
    ],
)
def test_script_shortcuts(text: str, code: str) -> None:
    assert detect_language(None, text).code == code


def test_codes_are_iso_639_1_lowercase() -> None:
    for row in SENTENCES[::7]:
        code = detect_language(None, row["text"]).code
        assert code == code.lower() and len(code) == 2


def test_sentence_accuracy() -> None:
    correct = sum(detect_language(None, row["text"]).code == row["language"] for row in SENTENCES)
    assert correct / len(SENTENCES) >= 0.99


def test_other_latin_languages_on_longer_text() -> None:
    danish = (
        "Regeringen har i dag fremlagt et nyt forslag om skattelettelser, som skal hjælpe familier med børn."
    )
    assert detect_language(None, danish).code == "da"


def test_sample_is_bounded_and_cut_at_a_word() -> None:
    body = (EN + " ") * (1_000_000 // len(EN))  # about 1 MB
    text = sample("Title", body, 2000)
    assert len(text) <= 2000
    assert text.startswith("Title\n\n")
    assert body.startswith(text[len("Title\n\n") :])
    assert body[len(text) - len("Title\n\n")] == " "  # cut before a space, not inside a word
    assert detect_language("Title", body).code == "en"


def test_sample_without_spaces_is_cut_anywhere() -> None:
    text = sample(None, "经" * 10_000, 500)
    assert len(text) == 500


def test_long_title_is_bounded_too() -> None:
    assert len(sample("headline " * 10_000, "body", 300)) <= 300


def test_fast_detector_matches_langdetect() -> None:
    """Our Detector rewrites two hot loops; on the full profile set and on the reduced per-script sets
    (rows stored as tuples) it must answer exactly as langdetect."""
    full = DetectorFactory()
    full.load_profile(PROFILES_DIRECTORY)
    full.set_seed(language.SEED)
    latin = language._get_profiles().by_script["latin"]
    assert all(type(row) is tuple for row in latin.word_lang_prob_map.values())
    for factory in (full, latin):
        for row in SENTENCES[::5]:
            stock, fast = Detector(factory), language._Detector(factory)
            stock.append(row["text"])
            fast.append(row["text"])
            assert _ranked(stock) == _ranked(fast)


def _ranked(detector: Detector) -> list[tuple[str, float]] | str:
    try:
        return [(p.lang, p.prob) for p in detector.get_probabilities()]
    except LangDetectException as error:  # e.g. no Latin n-gram in a Greek text
        return f"no answer: {error}"


def test_first_use_from_many_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language, "_profiles", None)  # as if nothing had been loaded yet
    texts = [row["text"] for row in SENTENCES[::13]]
    barrier = threading.Barrier(8)
    results: list[list[Language]] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            barrier.wait()
            results.append([detect_language(None, text) for text in texts])
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(results) == 8
    reference = [detect_language(None, text) for text in texts]
    assert all(result == reference for result in results)
    assert [found.code for found in reference] == [row["language"] for row in SENTENCES[::13]]


# Article-length paragraphs in news languages (written for these tests; the story of NEIGHBOURS).
OWN = {
    "en": (
        "The government today put forward a new plan for tax relief that is meant to help families with "
        "children. According to the finance minister, the measure will cost about four billion pounds a "
        "year, and it will be paid for by higher duties on tobacco and alcohol. The opposition called the "
        "plan unrealistic and said that it would not help the families who need it most. A majority in "
        "parliament is not yet secured, and talks with the other parties will continue next week. "
        "Economists point out that the relief could lift spending, but that it could also push up "
        "inflation if it is not matched by savings elsewhere. The prime minister said last night that she "
        "was confident and that the government had listened to the criticism from business and the unions."
    ),
    "de": (
        "Die Regierung hat heute einen neuen Vorschlag für Steuererleichterungen vorgelegt, die Familien "
        "mit Kindern helfen sollen. Nach Angaben des Finanzministers wird die Maßnahme rund vier Milliarden "
        "Euro im Jahr kosten, und sie soll durch höhere Abgaben auf Tabak und Alkohol finanziert werden. Die "
        "Opposition nannte den Plan unrealistisch und sagte, er werde den Familien, die am meisten Hilfe "
        "brauchen, nicht helfen. Eine Mehrheit im Parlament ist noch nicht gesichert, und die Verhandlungen "
        "mit den anderen Parteien gehen in der nächsten Woche weiter. Ökonomen weisen darauf hin, dass die "
        "Entlastung den Konsum stärken, aber auch die Inflation antreiben könnte, wenn sie nicht durch "
        "Einsparungen an anderer Stelle ausgeglichen wird."
    ),
    "fr": (
        "Le gouvernement a présenté aujourd'hui un nouveau projet d'allègement fiscal destiné à aider les "
        "familles avec enfants. Selon le ministre des finances, la mesure coûtera environ quatre milliards "
        "d'euros par an et sera financée par une hausse des taxes sur le tabac et l'alcool. L'opposition "
        "juge le plan irréaliste et affirme qu'il n'aidera pas les familles qui en ont le plus besoin. La "
        "majorité au Parlement n'est pas encore assurée, et les négociations avec les autres partis se "
        "poursuivront la semaine prochaine. Les économistes soulignent que cet allègement pourrait soutenir "
        "la consommation, mais aussi relancer l'inflation s'il n'est pas compensé par des économies "
        "ailleurs. La première ministre a déclaré hier soir qu'elle était confiante."
    ),
    "es": (
        "El Gobierno presentó hoy una nueva propuesta de rebaja de impuestos para ayudar a las familias "
        "con hijos. Según el ministro de Hacienda, la medida costará unos cuatro mil millones de euros al "
        "año y se financiará con una subida de los impuestos sobre el tabaco y el alcohol. La oposición "
        "considera que el plan es poco realista y dice que no ayudará a las familias que más lo necesitan. "
        "La mayoría en el Congreso todavía no está garantizada, y las negociaciones con los demás grupos "
        "continuarán la semana que viene. Los economistas señalan que la rebaja puede impulsar el consumo, "
        "pero también puede empujar la inflación si no va acompañada de recortes en otras partidas. El "
        "presidente dijo anoche que era optimista y que el Gobierno había escuchado las críticas."
    ),
    "pt": (
        "O governo apresentou hoje uma nova proposta de redução de impostos para ajudar as famílias com "
        "filhos. Segundo o ministro das Finanças, a medida vai custar cerca de quatro mil milhões de euros "
        "por ano e será financiada com um aumento dos impostos sobre o tabaco e o álcool. A oposição "
        "considera que o plano é pouco realista e diz que não vai ajudar as famílias que mais precisam. A "
        "maioria no Parlamento ainda não está garantida, e as negociações com os outros partidos vão "
        "continuar na próxima semana. Os economistas apontam que a redução pode aumentar o consumo, mas "
        "também pode empurrar a inflação se não for acompanhada de cortes noutras rubricas. O "
        "primeiro-ministro disse ontem à noite que estava otimista e que o governo tinha ouvido as críticas."
    ),
    "it": (
        "Il governo ha presentato oggi una nuova proposta di sgravi fiscali per aiutare le famiglie con "
        "figli. Secondo il ministro dell'Economia, la misura costerà circa quattro miliardi di euro "
        "all'anno e sarà finanziata con un aumento delle accise sul tabacco e sull'alcol. L'opposizione "
        "giudica il piano poco realistico e sostiene che non aiuterà le famiglie che ne hanno più bisogno. "
        "La maggioranza in Parlamento non è ancora garantita, e le trattative con gli altri partiti "
        "continueranno la settimana prossima. Gli economisti osservano che gli sgravi possono sostenere i "
        "consumi, ma anche spingere l'inflazione se non sono accompagnati da tagli in altre voci. La "
        "presidente del Consiglio ha detto ieri sera di essere fiduciosa."
    ),
    "nl": (
        "De regering heeft vandaag een nieuw voorstel voor belastingverlaging gepresenteerd dat gezinnen "
        "met kinderen moet helpen. Volgens de minister van Financiën kost de maatregel ongeveer vier "
        "miljard euro per jaar, en hij wordt betaald uit hogere accijnzen op tabak en alcohol. De oppositie "
        "noemt het plan onrealistisch en zegt dat het de gezinnen die het hardst hulp nodig hebben niet zal "
        "helpen. Een meerderheid in de Tweede Kamer is nog niet zeker, en de onderhandelingen met de andere "
        "partijen gaan volgende week verder. Economen wijzen erop dat de verlaging de consumptie kan "
        "stimuleren, maar ook de inflatie kan opdrijven als er elders niet wordt bezuinigd. De premier zei "
        "gisteravond dat hij vertrouwen had en dat het kabinet naar de kritiek had geluisterd."
    ),
    "sv": (
        "Regeringen lade i dag fram ett nytt förslag om skattelättnader som ska hjälpa barnfamiljer. Enligt "
        "finansministern kommer förslaget att kosta omkring fyra miljarder kronor om året, och det ska "
        "finansieras med högre skatter på tobak och alkohol. Oppositionen kallar planen orealistisk och "
        "säger att den inte kommer att hjälpa de familjer som behöver det mest. En majoritet i riksdagen är "
        "ännu inte säkrad, och förhandlingarna med de andra partierna fortsätter nästa vecka. Ekonomer "
        "påpekar att lättnaderna kan öka konsumtionen, men att de också kan driva upp inflationen om de inte "
        "följs av besparingar på andra håll. Statsministern sade i går kväll att hon var optimistisk och att "
        "regeringen hade lyssnat på kritiken från både näringslivet och facken innan den bestämde sig."
    ),
    "pl": (
        "Rząd przedstawił dziś nową propozycję ulg podatkowych, które mają pomóc rodzinom z dziećmi. "
        "Według ministra finansów środek będzie kosztował około czterech miliardów złotych rocznie i "
        "zostanie sfinansowany z wyższej akcyzy na tytoń i alkohol. Opozycja nazywa plan nierealnym i "
        "twierdzi, że nie pomoże on rodzinom, które najbardziej tego potrzebują. Większość w Sejmie nie jest "
        "jeszcze pewna, a rozmowy z innymi partiami będą kontynuowane w przyszłym tygodniu. Ekonomiści "
        "zwracają uwagę, że ulgi mogą zwiększyć konsumpcję, ale także podbić inflację, jeśli nie będą im "
        "towarzyszyć oszczędności w innych miejscach. Premier powiedział wczoraj wieczorem, że jest "
        "optymistą i że rząd wysłuchał krytyki przedsiębiorców oraz związków zawodowych."
    ),
    "tr": (
        "Hükümet bugün çocuklu ailelere yardım etmesi amaçlanan yeni bir vergi indirimi önerisi sundu. "
        "Maliye bakanına göre tedbirin yıllık maliyeti yaklaşık dört milyar lira olacak ve tütün ile alkol "
        "üzerindeki vergilerin artırılmasıyla finanse edilecek. Muhalefet planı gerçekçi bulmadığını ve en "
        "çok ihtiyacı olan ailelere yardım etmeyeceğini söyledi. Mecliste çoğunluk henüz sağlanmış değil ve "
        "diğer partilerle görüşmeler gelecek hafta devam edecek. Ekonomistler indirimin tüketimi "
        "artırabileceğini, ancak başka yerlerde tasarrufla desteklenmezse enflasyonu da yükseltebileceğini "
        "belirtiyor. Başbakan dün akşam iyimser olduğunu ve hükümetin iş dünyası ile sendikaların "
        "eleştirilerini dinlediğini söyledi. Bu karar için daha çok zaman gerekecek gibi görünüyor."
    ),
}

# Article-length paragraphs in languages next to the news languages (written for these tests).
NEIGHBOURS = {
    "da": (
        "Regeringen har i dag fremlagt et nyt forslag om skattelettelser, som skal hjælpe familier med "
        "børn. Ifølge finansministeren vil forslaget koste omkring fire milliarder kroner om året, og det "
        "skal finansieres af højere afgifter på tobak og alkohol. Oppositionen kalder planen for "
        "urealistisk og siger, at den ikke vil gavne de familier, der har mest brug for hjælp. Et flertal i "
        "Folketinget er dog ikke sikret endnu, og forhandlingerne med de andre partier fortsætter i næste "
        "uge. Økonomer peger på, at lettelserne kan øge forbruget, men at de også kan presse inflationen op, "
        "hvis de ikke bliver fulgt af besparelser andre steder. Statsministeren sagde i aftes, at hun var "
        "fortrøstningsfuld, og at regeringen havde lyttet til kritikken fra både erhvervslivet og "
        "fagbevægelsen, før den lagde sig fast på modellen."
    ),
    "no": (
        "Regjeringen la i dag fram et nytt forslag om skattelettelser som skal hjelpe barnefamilier. Ifølge "
        "finansministeren vil forslaget koste rundt fire milliarder kroner i året, og det skal finansieres "
        "med høyere avgifter på tobakk og alkohol. Opposisjonen kaller planen urealistisk og sier at den "
        "ikke vil hjelpe de familiene som trenger det mest. Et flertall på Stortinget er likevel ikke "
        "sikret, og forhandlingene med de andre partiene fortsetter neste uke. Økonomer peker på at "
        "lettelsene kan øke forbruket, men at de også kan presse prisveksten opp dersom de ikke blir fulgt "
        "av kutt andre steder. Statsministeren sa i går kveld at hun var optimistisk, og at regjeringen "
        "hadde lyttet til kritikken fra både næringslivet og fagbevegelsen før den bestemte seg for "
        "modellen."
    ),
    "ca": (
        "El govern ha presentat avui una nova proposta de rebaixa d'impostos per ajudar les famílies amb "
        "fills. Segons el conseller d'Economia, la mesura costarà uns quatre-cents milions d'euros l'any i "
        "es finançarà amb un augment de les taxes sobre el tabac i l'alcohol. L'oposició considera que el "
        "pla és poc realista i diu que no ajudarà les famílies que més ho necessiten. La majoria al "
        "Parlament encara no està garantida, i les negociacions amb els altres grups continuaran la setmana "
        "vinent. Els economistes assenyalen que la rebaixa pot fer créixer el consum, però també pot "
        "empènyer la inflació si no va acompanyada de retallades en altres partides. El president va dir "
        "ahir a la nit que era optimista i que el govern havia escoltat les crítiques de les empreses i "
        "dels sindicats abans de decidir el model."
    ),
    "gl": (
        "O goberno presentou hoxe unha nova proposta de rebaixa de impostos para axudar ás familias con "
        "fillos. Segundo o conselleiro de Facenda, a medida custará uns catrocentos millóns de euros ao ano "
        "e financiarase cunha suba das taxas sobre o tabaco e o alcohol. A oposición considera que o plan é "
        "pouco realista e di que non axudará ás familias que máis o precisan. A maioría no Parlamento aínda "
        "non está garantida, e as negociacións cos outros grupos continuarán a semana que vén. Os "
        "economistas sinalan que a rebaixa pode facer medrar o consumo, pero tamén pode empurrar a inflación "
        "se non vai acompañada de recortes noutras partidas. O presidente dixo onte á noite que era "
        "optimista e que o goberno escoitara as críticas das empresas e dos sindicatos antes de decidir o "
        "modelo."
    ),
    "af": (
        "Die regering het vandag 'n nuwe voorstel vir belastingverligting ter tafel gelê wat gesinne met "
        "kinders moet help. Volgens die minister van finansies sal die voorstel sowat vier miljard rand per "
        "jaar kos, en dit sal gefinansier word deur hoër heffings op tabak en drank. Die opposisie noem die "
        "plan onrealisties en sê dat dit nie die gesinne sal help wat dit die nodigste het nie. 'n "
        "Meerderheid in die parlement is egter nog nie verseker nie, en die onderhandelinge met die ander "
        "partye gaan volgende week voort. Ekonome wys daarop dat die verligting verbruik kan verhoog, maar "
        "dat dit ook inflasie kan opstoot as dit nie deur besnoeiings elders gevolg word nie. Die president "
        "het gisteraand gesê dat hy optimisties is en dat die regering na die kritiek van die sakesektor en "
        "die vakbonde geluister het voordat hy op die model besluit het."
    ),
    "bg": (
        "Правителството представи днес ново предложение за данъчни облекчения, които трябва да помогнат на "
        "семействата с деца. Според финансовия министър мярката ще струва около четиристотин милиона лева "
        "годишно и ще бъде финансирана с по-високи акцизи върху тютюна и алкохола. Опозицията нарича плана "
        "нереалистичен и казва, че той няма да помогне на семействата, които най-много се нуждаят от "
        "подкрепа. Мнозинство в парламента все още не е осигурено, а преговорите с другите партии ще "
        "продължат следващата седмица. Икономисти посочват, че облекченията могат да увеличат потреблението, "
        "но също така могат да повишат инфлацията, ако не бъдат съпроводени от съкращения на други места. "
        "Премиерът каза снощи, че е оптимист и че правителството е чуло критиките на бизнеса и синдикатите."
    ),
    "sk": (
        "Vláda dnes predstavila nový návrh daňových úľav, ktoré majú pomôcť rodinám s deťmi. Podľa ministra "
        "financií bude opatrenie stáť približne štyristo miliónov eur ročne a bude financované vyššími "
        "spotrebnými daňami na tabak a alkohol. Opozícia označila plán za nereálny a tvrdí, že nepomôže "
        "rodinám, ktoré to najviac potrebujú. Väčšina v parlamente však ešte nie je istá a rokovania s "
        "ostatnými stranami budú pokračovať budúci týždeň. Ekonómovia upozorňujú, že úľavy môžu zvýšiť "
        "spotrebu, ale aj infláciu, ak ich nebudú sprevádzať úspory na iných miestach. Premiér včera večer "
        "povedal, že je optimista a že vláda si vypočula kritiku podnikateľov aj odborov, kým sa rozhodla."
    ),
    "cs": (
        "Vláda dnes představila nový návrh daňových úlev, které mají pomoci rodinám s dětmi. Podle ministra "
        "financí bude opatření stát zhruba deset miliard korun ročně a bude financováno vyššími spotřebními "
        "daněmi na tabák a alkohol. Opozice označila plán za nereálný a tvrdí, že nepomůže rodinám, které "
        "to nejvíce potřebují. Většina ve sněmovně však ještě není jistá a jednání s ostatními stranami "
        "budou pokračovat příští týden. Ekonomové upozorňují, že úlevy mohou zvýšit spotřebu, ale také "
        "inflaci, pokud je nebudou provázet úspory jinde. Premiér včera večer řekl, že je optimista a že "
        "vláda si vyslechla kritiku podnikatelů i odborů, než se rozhodla."
    ),
    "ro": (
        "Guvernul a prezentat astăzi o nouă propunere de reducere a impozitelor, care ar trebui să ajute "
        "familiile cu copii. Potrivit ministrului de finanțe, măsura va costa aproximativ patru sute de "
        "milioane de euro pe an și va fi finanțată prin accize mai mari la tutun și alcool. Opoziția "
        "consideră planul nerealist și spune că nu va ajuta familiile care au cea mai mare nevoie de "
        "sprijin. Majoritatea în parlament nu este încă asigurată, iar negocierile cu celelalte partide vor "
        "continua săptămâna viitoare. Economiștii arată că reducerile pot crește consumul, dar pot și "
        "împinge inflația în sus dacă nu sunt însoțite de economii în alte părți. Premierul a spus aseară "
        "că este optimist și că guvernul a ascultat criticile mediului de afaceri și ale sindicatelor."
    ),
    "hr": (
        "Vlada je danas predstavila novi prijedlog poreznih olakšica koje bi trebale pomoći obiteljima s "
        "djecom. Prema riječima ministra financija, mjera će stajati oko četiristo milijuna eura godišnje i "
        "bit će financirana višim trošarinama na duhan i alkohol. Oporba smatra da je plan nerealan i kaže "
        "da neće pomoći obiteljima kojima je pomoć najpotrebnija. Većina u saboru još nije osigurana, a "
        "pregovori s ostalim strankama nastavit će se idući tjedan. Ekonomisti upozoravaju da olakšice mogu "
        "povećati potrošnju, ali i inflaciju ako ih ne prate uštede na drugim mjestima. Premijer je sinoć "
        "rekao da je optimističan i da je vlada saslušala kritike poslodavaca i sindikata prije odluke."
    ),
    "id": (
        "Pemerintah hari ini mengajukan usulan baru tentang keringanan pajak yang akan membantu keluarga "
        "dengan anak. Menurut menteri keuangan, kebijakan ini akan menelan biaya sekitar empat triliun "
        "rupiah per tahun dan akan dibiayai dengan cukai yang lebih tinggi untuk tembakau dan alkohol. "
        "Pihak oposisi menyebut rencana itu tidak realistis dan mengatakan bahwa kebijakan tersebut tidak "
        "akan membantu keluarga yang paling membutuhkan. Mayoritas di parlemen belum terjamin, dan "
        "perundingan dengan partai lain akan dilanjutkan pekan depan. Para ekonom menilai bahwa keringanan "
        "itu dapat meningkatkan konsumsi, tetapi juga dapat mendorong inflasi jika tidak disertai "
        "penghematan di tempat lain."
    ),
}


@pytest.mark.parametrize("code", sorted(OWN))
def test_function_words_decide_long_clear_text(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = OWN[code]
    found = language._function_words(text.lower())
    assert found is not None and found.code == code
    assert 0.5 < found.confidence < 1.0

    def no_langdetect(*args, **kwargs):  # pragma: no cover - failing is the point
        raise AssertionError("langdetect ran on a text the function words settle")

    monkeypatch.setattr(language._Profiles, "detect", no_langdetect)
    assert detect_language(None, text) == found


def test_function_words_on_composed_articles() -> None:
    for lang in ("en", "de", "fr", "es", "it", "nl", "pl", "sv", "tr"):
        body = " ".join(row["text"] for row in SENTENCES if row["language"] == lang)
        assert language._function_words(language.sample(None, body).lower()).code == lang


@pytest.mark.parametrize("code", sorted(NEIGHBOURS))
def test_function_words_defer_on_neighbour_languages(code: str) -> None:
    """Danish is not Swedish, Galician not Portuguese, Catalan not Spanish …: langdetect decides."""
    text = NEIGHBOURS[code]
    assert language._function_words(text.lower()) is None
    found = detect_language(None, text)
    assert found == language._get_profiles().detect(text, "cyrillic" if code == "bg" else "latin")
    if code != "gl":  # langdetect has no Galician profile; it answers pt, as it did before the shortcut
        assert found.code == code


def test_function_words_defer_on_short_text(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    detect = language._Profiles.detect

    def spy(self, text, *args, **kwargs):
        calls.append(text)
        return detect(self, text, *args, **kwargs)

    monkeypatch.setattr(language._Profiles, "detect", spy)
    for text in (EN, "minister resigns", "The talks and the vote on the budget"):
        assert language._function_words(text.lower()) is None
        detect_language(None, text)
    assert len(calls) == 3
    assert detect_language(None, EN).code == "en"


def test_function_words_defer_on_mixed_text() -> None:
    """Half English, half Spanish: neither has three times the other's evidence."""
    mixed = OWN["en"] + "\n\n" + OWN["es"]
    assert language._function_words(mixed.lower()) is None
    assert detect_language(None, mixed).code in {"en", "es"}


def test_function_words_are_distinctive() -> None:
    """Only words of exactly one list count: shared words (nl/en "is", da/sv "den") never do."""
    for word in ("is", "den", "die", "de", "la", "que", "в", "и"):
        assert word not in language._FUNCTION_WORD
    assert language._FUNCTION_WORD["och"] == "sv" and "og" not in language._FUNCTION_WORD
    assert language._FUNCTION_WORD["não"] == "pt" and language._FUNCTION_WORD.get("non") != "pt"


def test_too_few_letters_of_a_shared_script_are_undetermined():
    for text in ("x", "ok", "A.", "да"):
        assert detect_language(None, text).code == "und", text
    assert detect_language(None, "中").code == "zh"  # a script of its own still decides


def test_word_split_matches_the_word_pattern() -> None:
    """The byte-table split of Latin-1 text finds exactly the words ``_WORD.findall`` finds."""
    every = "".join(chr(i) for i in range(256))
    texts = [every, every[::-1] + " Straße ½ ²³ ª º µ × ÷ don't 12ab a_b", "„Zitat“ — naïve", ""]
    rng = random.Random(7)
    beyond = [
        chr(c) for c in (0x2013, 0x2014, 0x2019, 0x201C, 0x201D, 0x201E, 0x2026, 0x2153, 0x2460, 0x0142)
    ]
    alphabet = [chr(c) for c in range(256)] + beyond
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(60))) for _ in range(3000)]
    for text in texts:
        assert language._words(text) == language._WORD.findall(text)
