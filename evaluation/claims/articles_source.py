"""The labelled articles (invented).  See author.py for the format."""

DQ, IS, SR, AT = "direct_quote", "indirect_speech", "source_report", "according_to"

ARTICLES = [
    {
        "id": "en-01-role-name-surname",
        "language": "en",
        "cases": ["role+name", "surname", "curly quotes", "indirect that"],
        "body": (
            "Harbour City Mayor Linda Okafor said on Tuesday that the new tram line would open in March.\n\n"
            "“We have waited long enough for this,” Okafor told a crowd outside the depot.\n\n"
            "The project ran two years late and went 40% over budget."
        ),
        "claims": [
            ("the new tram line would open in March", "Linda Okafor", IS),
            ("We have waited long enough for this", "Linda Okafor", DQ),
        ],
    },
    {
        "id": "en-02-split-quote",
        "language": "en",
        "cases": ["split quote", "pronoun he"],
        "body": (
            "Trade Minister Paul Andersen defended the tariff cut.\n\n"
            "“Nobody wins a trade war,” he said, “and farmers always lose first.”\n\n"
            "Exporters welcomed the move."
        ),
        "claims": [
            (
                "Nobody wins a trade war,” he said, “and farmers always lose first.",
                "Paul Andersen",
                DQ,
            ),  # one claim: a quotation split by its attribution
        ],
    },
    {
        "id": "en-03-straight-quotes-inverted",
        "language": "en",
        "cases": ["straight quotes", "said X", "appositive after"],
        "body": (
            "Shares in Morrow Foods fell 8% after the firm cut its forecast.\n\n"
            '"The market has simply overreacted to one weak quarter," said Diane Foley, an analyst at '
            'Kestrel Securities. "The brand is still strong."\n\n'
            "The company will report full results next month."
        ),
        "claims": [
            (
                'The market has simply overreacted to one weak quarter," said Diane '
                'Foley, an analyst at Kestrel Securities. "The brand is still strong.',
                "Diane Foley",
                DQ,
            ),  # one claim: a quotation split by its attribution
        ],
    },
    {
        "id": "en-04-multi-paragraph",
        "language": "en",
        "cases": ["multi-paragraph quote", "colon intro"],
        "body": (
            "Union leader Martin Hale addressed the strikers on Friday. He said:\n\n"
            "“Nobody here wanted to walk out. We asked for talks for six months and got nothing.\n\n"
            "“If the board wants us back, it knows where to find us.”\n\n"
            "Management declined to comment."
        ),
        "claims": [
            (
                "Nobody here wanted to walk out. We asked for talks for six months and got nothing.",
                "Martin Hale",
                DQ,
            ),
            ("If the board wants us back, it knows where to find us.", "Martin Hale", DQ),
        ],
    },
    {
        "id": "en-05-source-reports",
        "language": "en",
        "cases": ["has reported", "newspaper reported", "according to after"],
        "body": (
            "CNN has reported that the two airlines are in advanced merger talks. The Wall Street Journal "
            "reported on Sunday that a deal could be announced within weeks.\n\n"
            "The combined carrier would control a third of domestic flights, according to industry figures."
        ),
        "claims": [
            ("the two airlines are in advanced merger talks", "CNN", SR),
            ("a deal could be announced within weeks", "Wall Street Journal", SR),
            ("The combined carrier would control a third of domestic flights", "industry figures", AT),
        ],
    },
    {
        "id": "en-06-according-to-first",
        "language": "en",
        "cases": ["according to X, ..."],
        "body": (
            "According to the National Weather Office, the storm will reach the coast by Thursday evening. "
            "Residents have been told to stock up on water.\n\n"
            "According to police, three roads are already closed."
        ),
        "claims": [
            ("the storm will reach the coast by Thursday evening", "National Weather Office", AT),
            ("three roads are already closed", "police", AT),
        ],
    },
    {
        "id": "en-07-told-outlet",
        "language": "en",
        "cases": ["told CNN", "told ... that", "she"],
        "body": (
            "Senator Rachel Moore told CNN the bill would pass the Senate before the recess. "
            "She told reporters later that she had the votes.\n\n"
            "Opponents say the bill is too expensive."
        ),
        "claims": [
            ("the bill would pass the Senate before the recess", "Rachel Moore", IS),
            ("she had the votes", "Rachel Moore", IS),
            ("the bill is too expensive", "Opponents", IS),
        ],
    },
    {
        "id": "en-08-speech-verbs",
        "language": "en",
        "cases": ["stressed", "warned", "denied", "added", "noted"],
        "body": (
            "Central bank governor Tomas Reyes stressed that inflation remained the main risk. "
            "He warned that rates could rise again in the spring.\n\n"
            "Reyes denied that the bank had come under political pressure. He added that the decision "
            "had been unanimous."
        ),
        "claims": [
            ("inflation remained the main risk", "Tomas Reyes", IS),
            ("rates could rise again in the spring", "Tomas Reyes", IS),
            ("the bank had come under political pressure", "Tomas Reyes", IS),
            ("the decision had been unanimous", "Tomas Reyes", IS),
        ],
    },
    {
        "id": "en-09-two-speakers-pronouns",
        "language": "en",
        "cases": ["two speakers", "he/she resolution"],
        "body": (
            "Energy Secretary Alan Brooks and opposition spokeswoman Fiona Grant clashed over the plan.\n\n"
            "“This will keep the lights on,” Brooks said. He said the plan would cost less than expected.\n\n"
            "Grant was unconvinced. She said the figures did not add up. “It is a fantasy,” she added."
        ),
        "claims": [
            ("This will keep the lights on", "Alan Brooks", DQ),
            ("the plan would cost less than expected", "Alan Brooks", IS),
            ("the figures did not add up", "Fiona Grant", IS),
            ("It is a fantasy", "Fiona Grant", DQ),
        ],
    },
    {
        "id": "en-10-group-speakers",
        "language": "en",
        "cases": ["several speakers", "they"],
        "body": (
            "Foreign ministers Ivo Petrov and Sara Lind met in Oslo on Wednesday. Petrov and Lind said they "
            "had agreed to reopen consulates. They stressed that talks on the border would continue."
        ),
        "claims": [
            ("they had agreed to reopen consulates", "Ivo Petrov and Sara Lind", IS),
            ("talks on the border would continue", "Ivo Petrov and Sara Lind", IS),
        ],
    },
    {
        "id": "en-11-reverse-indirect",
        "language": "en",
        "cases": ["content, X said", "officials said"],
        "body": (
            "The bridge will stay closed for at least a week, officials said on Monday. "
            "Repairs could cost more than $2m, the county's chief engineer, Mark Delaney, said."
        ),
        "claims": [
            ("The bridge will stay closed for at least a week", "officials", IS),
            ("Repairs could cost more than $2m", "Mark Delaney", IS),
        ],
    },
    {
        "id": "en-12-statement",
        "language": "en",
        "cases": ["said in a statement", "company speaker"],
        "body": (
            "Velora Motors said in a statement that it would recall 40,000 cars over a braking fault. "
            "No injuries have been reported.\n\n"
            "The company said owners would be contacted by letter."
        ),
        "claims": [
            ("it would recall 40,000 cars over a braking fault", "Velora Motors", SR),
            ("owners would be contacted by letter", "Velora Motors|company", IS),
        ],
    },
    {
        "id": "en-13-abbreviations",
        "language": "en",
        "cases": ["abbreviations", "initials", "Sen."],
        "body": (
            "Sen. J. R. Whitfield said the U.S. Navy had ordered two more ships. The order, worth $3bn, was "
            "signed on Jan. 12 in Washington.\n\n"
            "Dr. Amy Cole of St. Luke's Hospital said the funding cuts would hurt patients."
        ),
        "claims": [
            ("the U.S. Navy had ordered two more ships", "J. R. Whitfield", IS),
            ("the funding cuts would hurt patients", "Amy Cole", IS),
        ],
    },
    {
        "id": "en-14-guillemets-in-english",
        "language": "en",
        "cases": ["«» quotes", "single quotes"],
        "body": (
            "Chess champion Erik Dahl resigned from the federation.\n\n"
            "«I no longer recognise this organisation,» Dahl wrote on his website.\n\n"
            "The federation's president, Hugo Lenz, replied: ‘We wish him well in whatever he does next.’"
        ),
        "claims": [
            ("I no longer recognise this organisation", "Erik Dahl", DQ),
            ("We wish him well in whatever he does next.", "Hugo Lenz", DQ),
        ],
    },
    {
        "id": "en-15-scare-quotes",
        "language": "en",
        "cases": ["scare quotes are not claims", "embedded partial quote"],
        "body": (
            "The so-called “green corridor” plan was unveiled on Monday. Transport chief Nadia Sokol said "
            "the plan was “a first step, not a final answer”.\n\n"
            "Critics dismissed it as a “gimmick”."
        ),
        "claims": [
            ("the plan was “a first step, not a final answer”", "Nadia Sokol", IS),
        ],
    },
    {
        "id": "en-16-mr-surname",
        "language": "en",
        "cases": ["Mr surname", "told BBC"],
        "body": (
            "Prime Minister Tony Brandt has promised a referendum on the treaty.\n\n"
            'Mr Brandt told the BBC the vote would be held within two years. "People deserve a say on this," '
            "he said.\n\n"
            "Opposition leader Karen Walsh said the promise was a stunt."
        ),
        "claims": [
            ("the vote would be held within two years", "Tony Brandt", IS),
            ("People deserve a say on this", "Tony Brandt", DQ),
            ("the promise was a stunt", "Karen Walsh", IS),
        ],
    },
    {
        "id": "en-17-appositive",
        "language": "en",
        "cases": ["appositive role before verb"],
        "body": (
            "Laura Stein, the head of the food bank, said demand had doubled since the summer. "
            "Volunteers are working extra shifts to cope."
        ),
        "claims": [("demand had doubled since the summer", "Laura Stein", IS)],
    },
    {
        "id": "en-18-spokesman-for",
        "language": "en",
        "cases": ["a spokesman for the ministry", "reverse quote with role"],
        "body": (
            '"We are looking at all options," a spokesman for the Defence Ministry said. '
            "The ministry has not ruled out sending more troops, according to a statement."
        ),
        "claims": [
            ("We are looking at all options", "Defence Ministry", DQ),
            ("The ministry has not ruled out sending more troops", "Defence Ministry|statement", AT),
        ],
    },
    {
        "id": "en-19-quote-before-intro",
        "language": "en",
        "cases": ["X said: quote", "X told reporters: quote"],
        "body": (
            'Coach Brian Mills said: "We were poor in the first half and we paid for it." '
            'Captain Leo Park told reporters: "The dressing room is still united."'
        ),
        "claims": [
            ("We were poor in the first half and we paid for it.", "Brian Mills", DQ),
            ("The dressing room is still united.", "Leo Park", DQ),
        ],
    },
    {
        "id": "en-20-no-claims",
        "language": "en",
        "cases": ["no attribution"],
        "body": (
            "Heavy rain flooded parts of the city centre on Saturday. Several shops were closed and buses "
            "were diverted. The river is expected to peak on Sunday morning."
        ),
        "claims": [],
    },
    {
        "id": "en-21-follow-on-paragraph",
        "language": "en",
        "cases": ["quotation continued in the next paragraph"],
        "body": (
            '"We will appeal," said Nora Quinn, the lawyer for the families.\n\n'
            '"This ruling ignores everything the families went through over ten years."\n\n'
            "The court gave no reason for its decision."
        ),
        "claims": [
            (
                'We will appeal," said Nora Quinn, the lawyer for the families.\n\n'
                '"This ruling ignores everything the families went through over ten years.',
                "Nora Quinn",
                DQ,
            ),  # one claim: the quotation goes on after "said X." (issue #11)
        ],
    },
    {
        "id": "en-22-low-german-quotes-en",
        "language": "en",
        "cases": ["„…“ quotes"],
        "body": (
            "At the Berlin fair, designer Otto Krämer was blunt: „Cheap fashion is killing the planet,“ "
            "Krämer said."
        ),
        "claims": [("Cheap fashion is killing the planet", "Otto Krämer", DQ)],
    },
    {
        "id": "en-23-org-it",
        "language": "en",
        "cases": ["organisation speaker", "it said"],
        "body": (
            "Brightwell Bank said profits rose 12% last year. It said the outlook for lending was "
            '"cautiously positive".\n\n'
            "Analysts said the results were better than expected."
        ),
        "claims": [
            ("profits rose 12% last year", "Brightwell Bank", IS),
            ('the outlook for lending was "cautiously positive"', "Brightwell Bank", IS),
            ("the results were better than expected", "Analysts", IS),
        ],
    },
    {
        "id": "en-24-reuters-reverse",
        "language": "en",
        "cases": ["content, Reuters reported"],
        "body": (
            "The mining group is preparing to sell its copper unit, Reuters reported, citing two people "
            "familiar with the matter. The group declined to comment."
        ),
        "claims": [("The mining group is preparing to sell its copper unit", "Reuters", SR)],
    },
    {
        "id": "en-25-announced-warned",
        "language": "en",
        "cases": ["announced that", "warned X that"],
        "body": (
            "Health Minister Priya Nair announced that free vaccinations would be extended to over-50s. "
            "Nair warned that the winter could be difficult for hospitals."
        ),
        "claims": [
            ("free vaccinations would be extended to over-50s", "Priya Nair", IS),
            ("the winter could be difficult for hospitals", "Priya Nair", IS),
        ],
    },
    {
        "id": "en-26-quoted-question",
        "language": "en",
        "cases": ["quote with question mark", "she asked"],
        "body": (
            'Teacher Helen Ward said: "Why should children pay for the council\'s mistakes?" '
            "Parents plan to protest outside the town hall on Friday."
        ),
        "claims": [("Why should children pay for the council's mistakes?", "Helen Ward", DQ)],
    },
    {
        "id": "en-27-curly-single",
        "language": "en",
        "cases": ["curly single quotes", "apostrophes"],
        "body": (
            "Festival director Sam O’Neill said it wasn’t the end. ‘We’ll be back next year, bigger than "
            "ever,’ O’Neill said."
        ),
        "claims": [
            ("it wasn’t the end", "Sam O’Neill", IS),
            ("We’ll be back next year, bigger than ever", "Sam O’Neill", DQ),
        ],
    },
    {
        "id": "en-28-police-said",
        "language": "en",
        "cases": ["generic speaker", "police said that"],
        "body": (
            "Police said that a 34-year-old man had been arrested. Detectives believe the attack was "
            "targeted, a police spokeswoman said."
        ),
        "claims": [
            ("a 34-year-old man had been arrested", "Police", IS),
            # a nominal speaker is still the attribution (round 2: was None)
            ("Detectives believe the attack was targeted", "police spokeswoman", IS),
        ],
    },
    {
        "id": "en-29-minister-resolved",
        "language": "en",
        "cases": ["the minister -> earlier named minister"],
        "body": (
            "Finance Minister Greta Holm presented the budget on Wednesday.\n\n"
            'The minister said the deficit would halve within three years. "These are hard choices," '
            "she said."
        ),
        "claims": [
            ("the deficit would halve within three years", "Greta Holm", IS),
            ("These are hard choices", "Greta Holm", DQ),
        ],
    },
    {
        "id": "en-30-quote-within-sentence-end",
        "language": "en",
        "cases": ["quote spanning sentences then attribution"],
        "body": (
            '"The first season was hard. The second was harder. This one will be different," manager '
            "Dave Rowe told the club's website."
        ),
        "claims": [
            ("The first season was hard. The second was harder. This one will be different", "Dave Rowe", DQ),
        ],
    },
    {
        "id": "en-31-insisted-explained",
        "language": "en",
        "cases": ["insisted", "explained", "bare clause after said"],
        "body": (
            "Chief executive Omar Haddad insisted the factory would not close. He explained that orders from "
            "Asia had recovered. Haddad said the firm would hire 200 workers next year."
        ),
        "claims": [
            ("the factory would not close", "Omar Haddad", IS),
            ("orders from Asia had recovered", "Omar Haddad", IS),
            ("the firm would hire 200 workers next year", "Omar Haddad", IS),
        ],
    },
    {
        "id": "en-32-newspaper-according",
        "language": "en",
        "cases": ["according to newspaper, mid-text"],
        "body": (
            "The club is close to signing the striker, according to the Daily Courier. The fee is thought "
            "to be around £20m."
        ),
        "claims": [("The club is close to signing the striker", "Daily Courier", AT)],
    },
    {
        "id": "en-33-unclosed-quote-robust",
        "language": "en",
        "cases": ["unclosed quote at end"],
        "body": (
            'Gallery owner Ines Varga said the painting was genuine. "We had it tested by three experts and'
        ),
        "claims": [
            ("the painting was genuine", "Ines Varga", IS),
            ("We had it tested by three experts and", "Ines Varga", DQ),
        ],
    },
    {
        "id": "ru-01",
        "language": "ru",
        "cases": ["заявил, что", "«» quote with dash attribution", "по словам (genitive)"],
        "body": (
            "Министр транспорта Игорь Семенов заявил, что новый мост откроют в декабре. «Работы идут по "
            "графику», — сказал Семенов. По словам Семенова, стоимость проекта не изменилась."
        ),
        "claims": [
            ("новый мост откроют в декабре", "Игорь Семенов", IS),
            ("Работы идут по графику", "Игорь Семенов", DQ),
            ("стоимость проекта не изменилась", "Игорь Семенов", AT),
        ],
    },
    {
        "id": "ru-02",
        "language": "ru",
        "cases": ["dash quote", "по данным", "сообщила"],
        "body": (
            "Глава компании Анна Волкова сообщила, что выручка выросла на 15%.\n\n"
            "— Мы довольны результатом, — отметила Волкова.\n\n"
            "По данным аналитиков, рынок продолжит расти."
        ),
        "claims": [
            ("выручка выросла на 15%", "Анна Волкова", IS),
            ("Мы довольны результатом", "Анна Волкова", DQ),
            ("рынок продолжит расти", "аналитиков|аналитики", AT),
        ],
    },
    {
        "id": "ru-03",
        "language": "ru",
        "cases": ["reverse: ..., заявил X"],
        "body": (
            "Переговоры продолжатся на следующей неделе, заявил представитель министерства Олег Кравцов. "
            "Он подчеркнул, что стороны близки к соглашению."
        ),
        "claims": [
            ("Переговоры продолжатся на следующей неделе", "Олег Кравцов", IS),
            ("стороны близки к соглашению", "Олег Кравцов", IS),
        ],
    },
    {
        "id": "de-01",
        "language": "de",
        "cases": ["sagte, ...", "„“ quote", "laut"],
        "body": (
            "Wirtschaftsministerin Petra Lang sagte am Montag, die Konjunktur werde sich erholen. "
            "„Wir sehen erste positive Signale“, sagte Lang. Laut Lang sollen die Hilfen bis Juni laufen."
        ),
        "claims": [
            ("die Konjunktur werde sich erholen", "Petra Lang", IS),
            ("Wir sehen erste positive Signale", "Petra Lang", DQ),
            ("sollen die Hilfen bis Juni laufen", "Petra Lang", AT),
        ],
    },
    {
        "id": "de-02",
        "language": "de",
        "cases": ["betonte, dass", "zufolge", "reverse sagte X"],
        "body": (
            "Der Vorstandschef Jens Wagner betonte, dass keine Stellen abgebaut würden. Die Produktion soll "
            "im Herbst steigen, sagte Wagner. Einem Bericht der Zeitung zufolge plant der Konzern "
            "ein neues Werk."
        ),
        "claims": [
            ("keine Stellen abgebaut würden", "Jens Wagner", IS),
            ("Die Produktion soll im Herbst steigen", "Jens Wagner", IS),
            ("plant der Konzern ein neues Werk", "Zeitung|Bericht der Zeitung", AT),
        ],
    },
    {
        "id": "de-03",
        "language": "de",
        "cases": ["»« style quote", "erklärte"],
        "body": (
            "„Das Ergebnis ist enttäuschend“, erklärte Trainer Markus Roth nach dem Spiel. "
            "Er kündigte Veränderungen an."
        ),
        "claims": [("Das Ergebnis ist enttäuschend", "Markus Roth", DQ)],
    },
    {
        "id": "fr-01",
        "language": "fr",
        "cases": ["a déclaré que", "« » quote", "selon"],
        "body": (
            "La ministre de la Santé Claire Morel a déclaré que les hôpitaux recevraient des renforts. "
            "« Nous ne laisserons personne sans soins », a-t-elle ajouté. Selon le syndicat, il manque "
            "encore deux mille infirmiers."
        ),
        "claims": [
            ("les hôpitaux recevraient des renforts", "Claire Morel", IS),
            ("Nous ne laisserons personne sans soins", "Claire Morel", DQ),
            ("il manque encore deux mille infirmiers", "syndicat", AT),
        ],
    },
    {
        "id": "fr-02",
        "language": "fr",
        "cases": ["a affirmé que", "quote then a déclaré X"],
        "body": (
            "Le maire Paul Girard a affirmé que le festival aurait bien lieu. "
            "« La sécurité sera renforcée », "
            "a déclaré Girard lors d'une conférence de presse."
        ),
        "claims": [
            ("le festival aurait bien lieu", "Paul Girard", IS),
            ("La sécurité sera renforcée", "Paul Girard", DQ),
        ],
    },
    {
        "id": "fr-03",
        "language": "fr",
        "cases": ["d'après", "a dit que"],
        "body": (
            "D'après l'Institut national de la statistique, le chômage a baissé au troisième trimestre. "
            "L'économiste Julie Martin a dit que la tendance restait fragile."
        ),
        "claims": [
            ("le chômage a baissé au troisième trimestre", "Institut national de la statistique", AT),
            ("la tendance restait fragile", "Julie Martin", IS),
        ],
    },
    {
        "id": "es-01",
        "language": "es",
        "cases": ["dijo que", "«» quote afirmó", "según"],
        "body": (
            "El ministro de Agricultura Luis Romero dijo que la sequía afectará a la cosecha. «Tenemos un "
            "plan de ayudas», afirmó Romero. Según los agricultores, las pérdidas superan los 300 millones."
        ),
        "claims": [
            ("la sequía afectará a la cosecha", "Luis Romero", IS),
            ("Tenemos un plan de ayudas", "Luis Romero", DQ),
            ("las pérdidas superan los 300 millones", "agricultores", AT),
        ],
    },
    {
        "id": "es-02",
        "language": "es",
        "cases": ["dash dialogue", "señaló que"],
        "body": (
            "La alcaldesa Marta Gil señaló que el metro ampliará su horario.\n\n"
            "—Es una medida que los vecinos llevan años pidiendo —dijo Gil.\n\n"
            "La oposición criticó el coste."
        ),
        "claims": [
            ("el metro ampliará su horario", "Marta Gil", IS),
            ("Es una medida que los vecinos llevan años pidiendo", "Marta Gil", DQ),
        ],
    },
    {
        "id": "es-03",
        "language": "es",
        "cases": ["reverse: ..., declaró X", "aseguró que"],
        "body": (
            "El acuerdo se firmará la próxima semana, declaró el portavoz del Gobierno, Andrés Vidal. "
            "Vidal aseguró que no habrá más retrasos."
        ),
        "claims": [
            ("El acuerdo se firmará la próxima semana", "Andrés Vidal", IS),
            ("no habrá más retrasos", "Andrés Vidal", IS),
        ],
    },
]

# A few more English articles for mixed cases.
ARTICLES += [
    {
        "id": "en-34-interview-outlet",
        "language": "en",
        "cases": ["said in an interview with outlet", "reverse quote he said"],
        "body": (
            "Retired general Victor Hansen said in an interview with the Evening Ledger that the army was "
            'underfunded. "We are running on goodwill," he said.'
        ),
        "claims": [
            ("the army was underfunded", "Victor Hansen", IS),
            ("We are running on goodwill", "Victor Hansen", DQ),
        ],
    },
    {
        "id": "en-35-she-after-two",
        "language": "en",
        "cases": ["pronoun picks compatible gender"],
        "body": (
            "Judge Miriam Ellis and prosecutor Daniel Ortiz met in chambers. Ortiz said the case was strong. "
            "She said the trial would start in May."
        ),
        "claims": [
            ("the case was strong", "Daniel Ortiz", IS),
            ("the trial would start in May", "Miriam Ellis", IS),
        ],
    },
    {
        "id": "en-36-reported-figures",
        "language": "en",
        "cases": ["a source's reported figures are its claim (PolNeAR labels them so)"],
        "body": (
            "Castell Group reported profits of £45m for the year. Chairman Hugh Baxter said the company was "
            "in good shape."
        ),
        "claims": [
            ("profits of £45m for the year", "Castell Group", SR),
            ("the company was in good shape", "Hugh Baxter", IS),
        ],
    },
    {
        "id": "en-37-long-quote-multi-para-straight",
        "language": "en",
        "cases": ["multi-paragraph straight quotes with attribution at end"],
        "body": (
            '"The river has been rising all night. We moved the animals first.\n\n'
            '"Then we started on the house," farmer Joan Pike said.\n\n'
            "Emergency crews arrived at dawn."
        ),
        "claims": [
            ("The river has been rising all night. We moved the animals first.", "Joan Pike", DQ),
            ("Then we started on the house", "Joan Pike", DQ),
        ],
    },
    {
        "id": "en-38-according-to-report",
        "language": "en",
        "cases": ["according to a report by"],
        "body": (
            "Average rents rose 9% in the capital last year, according to a report by the Housing Trust. "
            "The trust said more homes were needed."
        ),
        "claims": [
            ("Average rents rose 9% in the capital last year", "Housing Trust", AT),
            ("more homes were needed", "Housing Trust", IS),
        ],
    },
]

# Round 2 (written after the rules, to reproduce what goes wrong on real news): sports reports
# whose players are named once in full and then by surname, role words and affiliations glued to
# names, nominal speakers, attributions inside the sentence, relative clauses, "told X's
# programme:", several speakers in turn, and text that looks like a claim but is not.
ARTICLES += [
    {
        "id": "en-40-sports-surname-antecedent",
        "language": "en",
        "cases": ["sports", "surname-only antecedent", "he said after a different person"],
        "body": (
            "Coach Ronan Whitlow named an unchanged side for Saturday's visit to Carrick Park.\n\n"
            "Flanker Tadhg Morrissey, who missed the last two games with a hamstring strain, returns "
            "on the bench. Morrissey trained fully on Thursday.\n\n"
            '"I feel sharper than I have all season," he said. "The rest did me good."\n\n'
            "Whitlow said the squad was in good health."
        ),
        "claims": [
            (
                'I feel sharper than I have all season," he said. "The rest did me good.',
                "Tadhg Morrissey",
                DQ,
            ),  # one claim: a quotation split by its attribution
            ("the squad was in good health", "Ronan Whitlow", IS),
        ],
    },
    {
        "id": "en-41-role-word-before-name",
        "language": "en",
        "cases": ["sentence-initial role word", "Wing X said", "striker"],
        "body": (
            "Wing Anselme Garnier said the pitch had cut up badly in the second half. "
            "Striker Kofi Adjei-Brown added that the team had lost its nerve.\n\n"
            '"We gave them two soft goals," said goalkeeper Piet Vandersloot.'
        ),
        "claims": [
            ("the pitch had cut up badly in the second half", "Anselme Garnier", IS),
            ("the team had lost its nerve", "Kofi Adjei-Brown", IS),
            ("We gave them two soft goals", "Piet Vandersloot", DQ),
        ],
    },
    {
        "id": "en-42-affiliation-after-name",
        "language": "en",
        "cases": ["X of firm Y", "X at Y", "possessive affiliation"],
        "body": (
            '"Most small firms still back up to a single disk," said Imelda Castellan of security firm '
            "Northgate Data. Tomas Brezina at consultancy Halberd Partners said the risk was "
            "underestimated.\n\n"
            "Gadget Monthly's Orrin Falk said the new drives were good value."
        ),
        "claims": [
            ("Most small firms still back up to a single disk", "Imelda Castellan", DQ),
            ("the risk was underestimated", "Tomas Brezina", IS),
            ("the new drives were good value", "Orrin Falk", IS),
        ],
    },
    {
        "id": "en-43-nominal-speakers",
        "language": "en",
        "cases": ["the two firms said", "the spokesman said", "nominal speaker"],
        "body": (
            "Brightwater Foods and Calloway Dairies are to merge. The two firms said the deal would be "
            "completed by June.\n\n"
            '"No jobs will be lost at the Selby plant," the spokesman said. Unions were not convinced.'
        ),
        "claims": [
            ("the deal would be completed by June", "two firms|the two firms", IS),
            ("No jobs will be lost at the Selby plant", "spokesman|the spokesman", DQ),
        ],
    },
    {
        "id": "en-44-mid-sentence",
        "language": "en",
        "cases": ["attribution inside the sentence", "X said, between subject and verb"],
        "body": (
            "The reservoir, engineer Maud Petrie said, would be full again by the spring. "
            "Water bills, the regulator warned, were likely to rise.\n\n"
            "Petrie said the repairs had been delayed by the weather."
        ),
        "claims": [
            (
                "The reservoir, engineer Maud Petrie said, would be full again by the spring",
                "Maud Petrie",
                IS,
            ),
            ("Water bills, the regulator warned, were likely to rise", "regulator|the regulator", IS),
            ("the repairs had been delayed by the weather", "Maud Petrie", IS),
        ],
    },
    {
        "id": "en-45-relative-clause",
        "language": "en",
        "cases": ["X, who ..., said", "relative clause with a name in it"],
        "body": (
            "Ines Valcourt, who chaired the inquiry for two years, said the report would be published "
            "in full. Hamish Tolland, whose company built the bridge, told reporters the design was "
            "sound."
        ),
        "claims": [
            ("the report would be published in full", "Ines Valcourt", IS),
            ("the design was sound", "Hamish Tolland", IS),
        ],
    },
    {
        "id": "en-46-told-programme",
        "language": "en",
        "cases": ["told X's programme:", "quote after colon", "Mr surname"],
        "body": (
            "Transport Secretary Glenda Marchbank defended the fare rise. She told Radio Wessex's "
            'Morning Call programme: "Passengers will see the benefit within a year."\n\n'
            "Opposition spokesman Yusuf Okonjo told the Daily Courier that the rise was a tax on "
            "commuters."
        ),
        "claims": [
            ("Passengers will see the benefit within a year.", "Glenda Marchbank", DQ),
            ("the rise was a tax on commuters", "Yusuf Okonjo", IS),
        ],
    },
    {
        "id": "en-47-multi-speaker-turns",
        "language": "en",
        "cases": ["several speakers in turn", "she/he", "surname mentions in between"],
        "body": (
            "Council leader Bryony Hargate and opposition leader Callum Dewar clashed over the budget.\n\n"
            '"This is the fairest settlement we could reach," Hargate said.\n\n'
            'Dewar disagreed. "It takes from the poorest wards," he said.\n\n'
            "She said the cuts would be reviewed in the autumn."
        ),
        "claims": [
            ("This is the fairest settlement we could reach", "Bryony Hargate", DQ),
            ("It takes from the poorest wards", "Callum Dewar", DQ),
            ("the cuts would be reviewed in the autumn", "Bryony Hargate", IS),
        ],
    },
    {
        "id": "en-48-possessive-object-not-antecedent",
        "language": "en",
        "cases": ["he after an object/possessive mention", "sports match report"],
        "body": (
            "Ellery Vance scored twice as Dunmore beat Castleford 3-1, with Rafe Hollins' late header "
            "only a consolation for the visitors.\n\n"
            '"I was lucky with the first one," he said. "The second I will take all day."'
        ),
        "claims": [
            (
                'I was lucky with the first one," he said. "The second I will take all day.',
                "Ellery Vance",
                DQ,
            ),  # one claim: a quotation split by its attribution
        ],
    },
    {
        "id": "en-49-not-claims",
        "language": "en",
        "cases": ["negatives: titles, scare quotes, 'claims' as a noun"],
        "body": (
            "Insurance claims rose by a fifth after the floods, and the new film 'Under the Weir' opened "
            'in forty cinemas. Critics called the ending "brave". The reports were filed on Monday.'
        ),
        # issue #11: "X called Y “…”" is an attributed characterisation (PolNeAR's convention)
        "claims": [('the ending "brave"', "Critics", IS)],
    },
    {
        "id": "en-50-according-to-mid",
        "language": "en",
        "cases": ["according to in mid-sentence", "according to at end"],
        "body": (
            "The airport, according to the Civil Aviation Board, handled 2 million passengers last year. "
            "Delays were at their worst in July, according to figures from the board."
        ),
        "claims": [
            (
                "The airport, according to the Civil Aviation Board, handled 2 million passengers last year",
                "Civil Aviation Board",
                AT,
            ),
            ("Delays were at their worst in July", "board|the board|Civil Aviation Board", AT),
        ],
    },
    {
        "id": "en-51-sports-two-players-same-surname",
        "language": "en",
        "cases": ["two people with one surname", "Mr/Ms disambiguates"],
        "body": (
            "Tennis player Marit Lindqvist beat her brother's doubles partner in straight sets, while "
            "coach Sven Lindqvist watched from the stands.\n\n"
            '"She served better than she has for months," Mr Lindqvist said. Ms Lindqvist said she '
            "was thinking only about the next round."
        ),
        "claims": [
            ("She served better than she has for months", "Sven Lindqvist", DQ),
            ("she was thinking only about the next round", "Marit Lindqvist", IS),
        ],
    },
    {
        "id": "en-52-unknown-first-names",
        "language": "en",
        "cases": ["first names not in any list", "surname-only later", "she"],
        "body": (
            "Prosecutors dropped the case against Zenobia Achterberg on Wednesday. Achterberg's lawyer, "
            "Lorcan Phelim, said his client had been vindicated.\n\n"
            'Achterberg said she would now return to her farm. "I just want to be left alone," she said.'
        ),
        "claims": [
            ("his client had been vindicated", "Lorcan Phelim", IS),
            ("she would now return to her farm", "Zenobia Achterberg", IS),
            ("I just want to be left alone", "Zenobia Achterberg", DQ),
        ],
    },
    {
        "id": "en-53-group-and-they",
        "language": "en",
        "cases": ["generic plural speaker", "they"],
        "body": (
            "Residents of Millbrook Lane say the new road has doubled traffic outside their homes. "
            "They said the council had ignored three petitions.\n\n"
            "Campaigners warned that the junction was unsafe for children."
        ),
        "claims": [
            (
                "the new road has doubled traffic outside their homes",
                "Residents of Millbrook Lane|Residents",
                IS,
            ),
            ("the council had ignored three petitions", "Residents of Millbrook Lane|Residents", IS),
            ("the junction was unsafe for children", "Campaigners", IS),
        ],
    },
    {
        "id": "en-54-role-title-resolves",
        "language": "en",
        "cases": ["the minister said after a named minister", "role-only reference"],
        "body": (
            "Health Minister Augustin Ferrand visited the new clinic in Ashby on Friday. The minister said "
            "waiting lists had fallen for the third month running.\n\n"
            '"We are not there yet," Mr Ferrand added.'
        ),
        "claims": [
            ("waiting lists had fallen for the third month running", "Augustin Ferrand", IS),
            ("We are not there yet", "Augustin Ferrand", DQ),
        ],
    },
    {
        "id": "en-55-statement-org",
        "language": "en",
        "cases": ["X said in a statement", "it said", "organisation speaker"],
        "body": (
            "Harwick Rail said in a statement that services would resume on Tuesday. It said engineers "
            "had replaced 300 metres of track.\n\n"
            "Passenger group Rail Voice said the disruption had been handled badly."
        ),
        "claims": [
            ("services would resume on Tuesday", "Harwick Rail", SR),
            ("engineers had replaced 300 metres of track", "Harwick Rail", IS),
            ("the disruption had been handled badly", "Rail Voice", IS),
        ],
    },
    {
        "id": "en-56-inverted-with-appositive",
        "language": "en",
        "cases": ["said X, the role of Y", "first name not in list"],
        "body": (
            'Bus fares in the county will be frozen for a year. "People have had enough of rises," said '
            "Delphine Okoro, the chair of the transport committee. The committee meets again in March."
        ),
        "claims": [("People have had enough of rises", "Delphine Okoro", DQ)],
    },
    {
        "id": "en-57-quote-then-new-sentence",
        "language": "en",
        "cases": ["title quote followed by a new sentence with a cue"],
        "body": (
            "The band's new album is called 'Salt and Iron'. Singer Marisol Quint said the record had "
            "taken three years to make."
        ),
        "claims": [("the record had taken three years to make", "Marisol Quint", IS)],
    },
    {
        "id": "en-58-honorific-surname-role-word",
        "language": "en",
        "cases": ["Mr + surname that is also a role word", "Mr King"],
        "body": (
            "Desmond King, chief engineer at Falworth Motors, unveiled the new engine. Mr King said it "
            "used a third less fuel than its predecessor."
        ),
        "claims": [("it used a third less fuel than its predecessor", "Desmond King", IS)],
    },
    {
        "id": "en-59-report-verb-object",
        "language": "en",
        "cases": ["told the newspaper", "reverse with role after", "long appositive"],
        "body": (
            '"We expect to double our sales in Asia," Rowena Stirk, the firm\'s managing director for '
            "international markets, told the Lanark Herald. Analysts said the target was ambitious."
        ),
        "claims": [
            ("We expect to double our sales in Asia", "Rowena Stirk", DQ),
            ("the target was ambitious", "Analysts", IS),
        ],
    },
    {
        "id": "en-60-entertainment",
        "language": "en",
        "cases": ["actor + name", "possessive outlet", "she said after two women"],
        "body": (
            "Actress Philippa Dorn won best newcomer at the Ashcombe awards, beating Sadie Marchetti.\n\n"
            '"I did not expect this at all," said Dorn. She thanked her drama teacher.\n\n'
            "The Stage Weekly's critic Anton Reyes said the win was deserved."
        ),
        "claims": [
            ("I did not expect this at all", "Philippa Dorn", DQ),
            ("the win was deserved", "Anton Reyes", IS),
        ],
    },
    {
        "id": "en-61-pronoun-chain",
        "language": "en",
        "cases": ["he said twice after one antecedent", "object mention in between"],
        "body": (
            "Finance director Caspar Ullmann presented the results to shareholders in Leeds, alongside "
            "chairman Rupert Haines. He said profits had risen by 4%. He added that the dividend would "
            "be held."
        ),
        "claims": [
            ("profits had risen by 4%", "Caspar Ullmann", IS),
            ("the dividend would be held", "Caspar Ullmann", IS),
        ],
    },
    {
        "id": "en-62-unattributed-quote-paragraph",
        "language": "en",
        "cases": ["follow-on quote paragraph without attribution", "split quote"],
        "body": (
            '"The harbour wall has held for eighty years," harbourmaster Ewan Creed said. "It will hold '
            "for another eighty if we look after it.\n\n"
            '"But we cannot keep patching it with volunteers."'
        ),
        "claims": [
            (
                'The harbour wall has held for eighty years," harbourmaster Ewan Creed '
                'said. "It will hold for another eighty if we look after it.',
                "Ewan Creed",
                DQ,
            ),  # one claim: a quotation split by its attribution
            ("But we cannot keep patching it with volunteers.", "Ewan Creed", DQ),
        ],
    },
    {
        "id": "de-05-separable",
        "language": "de",
        "cases": ["teilte ... mit", "fügte ... hinzu"],
        "body": (
            "Der Autobauer Falkwerk teilte am Dienstag mit, die Produktion in Zwickau werde gedrosselt. "
            "Vorstandschefin Helga Brandt fügte hinzu, dass keine Stellen gestrichen würden."
        ),
        "claims": [
            ("die Produktion in Zwickau werde gedrosselt", "Falkwerk|Autobauer Falkwerk", IS),
            ("keine Stellen gestrichen würden", "Helga Brandt", IS),
        ],
    },
    {
        "id": "es-05-null-subject",
        "language": "es",
        "cases": ["sujeto omitido", "Dijo que"],
        "body": (
            "La alcaldesa de Villaverde, Rocío Almagro, inauguró el nuevo mercado el sábado.\n\n"
            "Aseguró que el edificio estará abierto todos los días. Añadió que se crearán cuarenta empleos."
        ),
        "claims": [
            ("el edificio estará abierto todos los días", "Rocío Almagro", IS),
            ("se crearán cuarenta empleos", "Rocío Almagro", IS),
        ],
    },
    {
        "id": "fr-05-role-name",
        "language": "fr",
        "cases": ["entraîneur + nom", "a-t-il ajouté"],
        "body": (
            "L'entraîneur Bastien Roussel a estimé que son équipe méritait la victoire. "
            "« Nous avons été patients », a-t-il ajouté."
        ),
        "claims": [
            ("son équipe méritait la victoire", "Bastien Roussel", IS),
            ("Nous avons été patients", "Bastien Roussel", DQ),
        ],
    },
    {
        "id": "ru-05-surname-inflected",
        "language": "ru",
        "cases": ["по словам + склонённая фамилия", "заявила"],
        "body": (
            "Министр культуры Вера Соколова посетила театр в Туле. По словам Соколовой, ремонт "
            "завершится к осени. Она заявила, что театр получит новую сцену."
        ),
        "claims": [
            ("ремонт завершится к осени", "Вера Соколова", AT),
            ("театр получит новую сцену", "Вера Соколова", IS),
        ],
    },
]

# Round 4 (tuning, like rounds 1-2): constructions that the blind check on real news
# (evaluation/claims-real) showed missing: a sentence ending in an acronym or a percentage,
# participle cues (", saying ...", ", adding that ..."), adverbs before the verb, bare clauses
# after confirmed/denied/revealed, unusual verbs, an acronym in brackets after the speaker.
ARTICLES += [
    {
        "id": "en-63-acronym-percent-ends",
        "language": "en",
        "cases": ["sentence ends in an acronym", "sentence ends in a percentage"],
        "body": (
            "Brightwell Pharma has been fined by the SEC. The company said it would appeal against "
            "the penalty.\n\n"
            "Its shares fell 4.5%. Analysts said the fine was smaller than feared."
        ),
        "claims": [
            ("it would appeal against the penalty", "Brightwell Pharma|company", IS),
            ("the fine was smaller than feared", "Analysts", IS),
        ],
    },
    {
        "id": "en-64-participles",
        "language": "en",
        "cases": ["said, adding that", ", saying", ", noting that", ", claiming"],
        "body": (
            "Harrow Valley Water said supplies were back to normal, adding that bottled water would be "
            "handed out until Friday.\n\n"
            "Residents criticised the company, saying they had been given no warning. Councillor "
            "Brenda Tolley backed them, noting that it was the third cut this year.\n\n"
            "The regulator opened an inquiry on Tuesday, claiming the firm had ignored earlier advice."
        ),
        "claims": [
            ("supplies were back to normal", "Harrow Valley Water", IS),
            ("bottled water would be handed out until Friday", "Harrow Valley Water", IS),
            ("they had been given no warning", "Residents", IS),
            ("it was the third cut this year", "Brenda Tolley", IS),
            ("the firm had ignored earlier advice", "regulator|the regulator", IS),
        ],
    },
    {
        "id": "en-65-verbs-bare-clause",
        "language": "en",
        "cases": ["denied without that", "confirmed without that", "hinted", "speculated", "complained"],
        "body": (
            "Club chairman Morris Quayle denied he had been offered money for the ground. He confirmed "
            "the board would meet next week. Later he denied it mattered who owned the land.\n\n"
            "Manager Ines Varga hinted that she might step down in the summer. Some fans speculated "
            "that the club would be sold. Supporters complained that ticket prices had doubled."
        ),
        "claims": [
            ("he had been offered money for the ground", "Morris Quayle", IS),
            ("the board would meet next week", "Morris Quayle", IS),
            ("it mattered who owned the land", "Morris Quayle", IS),
            ("she might step down in the summer", "Ines Varga", IS),
            ("the club would be sold", "Some fans|fans", IS),
            ("ticket prices had doubled", "Supporters", IS),
        ],
    },
    {
        "id": "en-66-adverb-and-brackets",
        "language": "en",
        "cases": ["officials now say", "acronym in brackets after speaker", "revealed"],
        "body": (
            "The Office for Regional Statistics (ORS) said output had grown for a fourth month.\n\n"
            "Officials now say the bridge will not reopen before 2027. Engineer Tamsin Holt revealed "
            "that cracks had been found in two of the piers."
        ),
        "claims": [
            ("output had grown for a fourth month", "Office for Regional Statistics|ORS", IS),
            ("the bridge will not reopen before 2027", "Officials", IS),
            ("cracks had been found in two of the piers", "Tamsin Holt", IS),
        ],
    },
    {
        "id": "en-67-not-claims",
        "language": "en",
        "cases": ["confirmed + noun", "denied + noun", "saying nothing", "adding to"],
        "body": (
            "The club confirmed the signing of striker Leo Marsh on Monday. Marsh denied the rumours "
            "about his fitness in an interview, saying nothing about his contract.\n\n"
            "Prices rose again in March, adding to pressure on households."
        ),
        "claims": [],
    },
]

# Round 4, speakers: a pronoun after an indirect claim goes to its speaker, not to a person the
# claim talks about; Mr/Ms settle the gender; an office holder named without a role in the
# opening sentence and called by the role later.
ARTICLES += [
    {
        "id": "en-68-pronoun-not-topic",
        "language": "en",
        "cases": ["he said after a claim about another person", "coach and athlete"],
        "body": (
            "Sprinter Talia Brennock has pulled out of the indoor championships with a hamstring "
            "injury.\n\n"
            "Her coach Ruben Ashdown said Brennock would be back in training within a month. "
            '"The scan was better than we feared," he said. "We will not rush her."\n\n'
            'Ashdown said Brennock was still aiming for the summer season. "She is hungry," he added.'
        ),
        "claims": [
            ("Brennock would be back in training within a month", "Ruben Ashdown", IS),
            (
                'The scan was better than we feared," he said. "We will not rush her.',
                "Ruben Ashdown",
                DQ,
            ),  # one claim: a quotation split by its attribution
            ("Brennock was still aiming for the summer season", "Ruben Ashdown", IS),
            ("She is hungry", "Ruben Ashdown", DQ),
        ],
    },
    {
        "id": "en-69-pronoun-gender-title",
        "language": "en",
        "cases": ["Mr/Ms gives the gender", "she said after a claim about a man"],
        "body": (
            "Committee chair Orla Penhallow questioned the regulator's chief, Victor Stanning, for two "
            "hours on Wednesday.\n\n"
            "Ms Penhallow said Mr Stanning had failed to explain the delays. Mr Stanning said the "
            "new system would be ready by June. She said that was the third deadline in a year."
        ),
        "claims": [
            ("Mr Stanning had failed to explain the delays", "Orla Penhallow", IS),
            ("the new system would be ready by June", "Victor Stanning", IS),
            ("that was the third deadline in a year", "Orla Penhallow", IS),
        ],
    },
    {
        "id": "en-70-office-by-role",
        "language": "en",
        "cases": ["lead person called by office later", "the chancellor said"],
        "body": (
            "Edwin Carrow has defended his plan to raise fuel duty in the spring.\n\n"
            "Business groups said the rise would hit small firms hardest. The chancellor said the "
            "money was needed to repair roads."
        ),
        "claims": [
            ("the rise would hit small firms hardest", "Business groups", IS),
            ("the money was needed to repair roads", "Edwin Carrow", IS),
        ],
    },
]

# Round 4, speaker phrases: several words of role or party before the name, an age or a dash
# aside between the name and the verb, a group's name after "group".
ARTICLES += [
    {
        "id": "en-71-speaker-phrases",
        "language": "en",
        "cases": ["party + role prefix", "Lord after a role", "age aside", "dash aside", "group name"],
        "body": (
            "Liberal Democrat peer Lord Hamblin said the new rules would be challenged in court. "
            "Lib Dem Sir Ivor Pask said the budget for the scheme was far too small.\n\n"
            "Campaign group Open Doors said hundreds of families had been affected. Mother of two "
            "Kerry Ansell, 41, said she had waited eight months for a decision.\n\n"
            "Marla Quince - who founded the charity in 1998 - said the backlog was the worst she "
            "had seen."
        ),
        "claims": [
            ("the new rules would be challenged in court", "Lord Hamblin|Hamblin", IS),
            ("the budget for the scheme was far too small", "Ivor Pask|Sir Ivor Pask", IS),
            ("hundreds of families had been affected", "Open Doors", IS),
            ("she had waited eight months for a decision", "Kerry Ansell", IS),
            ("the backlog was the worst she had seen", "Marla Quince", IS),
        ],
    },
]

# Round 4, attribution inside a larger clause: a relative "who/which said", a subordinate clause
# ("after the firm warned", "when a judge said"), a second clause joined by "and".
ARTICLES += [
    {
        "id": "en-72-embedded-attribution",
        "language": "en",
        "cases": [", who said", ", which said", "after X warned", "when X said", "and X insisted"],
        "body": (
            "Shares in Pellworth Homes fell 9% after the builder warned that sales would slow in the "
            "second half. The slide began when a director said orders had dried up in the north.\n\n"
            "Ministers criticised housing campaigner Dan Hollis, who said the new targets were "
            "unrealistic. Hollis stood by his figures and the Home Builders Forum, which said "
            "prices were still rising, backed him.\n\n"
            "The chairman admitted the firm had grown too fast, and Ms Orme insisted there would be "
            "no job cuts."
        ),
        "claims": [
            ("sales would slow in the second half", "Pellworth Homes|builder|the builder", IS),
            ("orders had dried up in the north", "director|a director", IS),
            ("the new targets were unrealistic", "Dan Hollis", IS),
            ("prices were still rising", "Home Builders Forum", IS),
            ("the firm had grown too fast", "chairman|the chairman", IS),
            ("there would be no job cuts", "Orme|Ms Orme", IS),
        ],
    },
]

# Round 3: held out.  Written after round 2 was fixed and never tuned on: the rules were not
# changed after these were first scored, so their row in the table is the fairest estimate here.
HOLDOUT = [
    {
        "id": "ho-01-match-report",
        "language": "en",
        "cases": ["sports", "surname antecedent", "he said", "manager"],
        "body": (
            "Kilbride Athletic came from behind to beat Porthaven 2-1, with substitute Dario Lenk "
            "heading the winner in stoppage time.\n\n"
            'Athletic manager Wendell Firth said his side had deserved the points. "We kept going '
            'when it would have been easy to stop," he said.\n\n'
            'Lenk, 19, was making only his third appearance. "I just closed my eyes and jumped," '
            "the teenager said."
        ),
        "claims": [
            ("his side had deserved the points", "Wendell Firth", IS),
            ("We kept going when it would have been easy to stop", "Wendell Firth", DQ),
            ("I just closed my eyes and jumped", "Dario Lenk|the teenager|teenager", DQ),
        ],
    },
    {
        "id": "ho-02-business",
        "language": "en",
        "cases": ["chief executive", "analyst at firm", "according to", "it said"],
        "body": (
            "Shares in Corvane Logistics jumped 12% after the firm raised its profit forecast. "
            "Chief executive Saskia Vellacott said demand from online retailers had been stronger than "
            "expected.\n\n"
            '"The question is whether they can keep this up," said Hugo Brannagh, an analyst at '
            "Merrow Capital. Profits will reach £40m this year, according to the company."
        ),
        "claims": [
            ("demand from online retailers had been stronger than expected", "Saskia Vellacott", IS),
            ("The question is whether they can keep this up", "Hugo Brannagh", DQ),
            ("Profits will reach £40m this year", "Corvane Logistics|company|the company", AT),
        ],
    },
    {
        "id": "ho-03-politics-turns",
        "language": "en",
        "cases": ["two politicians", "Mr/Ms", "told the programme", "she said"],
        "body": (
            "Shadow housing minister Leonie Tarrant accused the government of abandoning first-time "
            "buyers. Housing minister Gideon Pole rejected the charge.\n\n"
            'Ms Tarrant told the Sunday Forum programme: "They promised 100,000 homes and built a '
            'third of that."\n\n'
            "Mr Pole said the figures did not include homes still under construction. She said that "
            'was "an excuse, not an answer".'
        ),
        "claims": [
            ("They promised 100,000 homes and built a third of that.", "Leonie Tarrant", DQ),
            ("the figures did not include homes still under construction", "Gideon Pole", IS),
            ('that was "an excuse, not an answer"', "Leonie Tarrant", IS),
        ],
    },
    {
        "id": "ho-04-court",
        "language": "en",
        "cases": ["judge", "prosecutor", "the court heard", "lawyer for X"],
        "body": (
            "A former bank clerk stole £250,000 from elderly customers over six years, a court heard. "
            'Prosecutor Amaris Clement said the thefts had been "careful and calculated".\n\n'
            "Ned Halloran, representing the defendant, said his client had a gambling addiction. "
            "Judge Perpetua Owusu said she would pass sentence on Friday."
        ),
        "claims": [
            ("A former bank clerk stole £250,000 from elderly customers over six years", None, IS),
            ('the thefts had been "careful and calculated"', "Amaris Clement", IS),
            ("his client had a gambling addiction", "Ned Halloran", IS),
            ("she would pass sentence on Friday", "Perpetua Owusu", IS),
        ],
    },
    {
        "id": "ho-05-tech",
        "language": "en",
        "cases": ["researchers", "told the BBC News website", "spokeswoman for org"],
        "body": (
            "Researchers at Fenmoor University say a flaw in some home routers lets attackers read "
            "unencrypted traffic. Lead author Dr Ravi Chandrakant told the BBC News website that "
            "millions of devices could be affected.\n\n"
            "A spokeswoman for router maker Netlane said a fix would be released within days."
        ),
        "claims": [
            (
                "a flaw in some home routers lets attackers read unencrypted traffic",
                "Researchers at Fenmoor University|Researchers",
                IS,
            ),
            ("millions of devices could be affected", "Ravi Chandrakant", IS),
            ("a fix would be released within days", "Netlane", IS),
        ],
    },
    {
        "id": "ho-06-entertainment",
        "language": "en",
        "cases": ["director", "possessive", "quote with she said", "unattributed follow-on"],
        "body": (
            "Film-maker Odile Marchant's documentary about lighthouse keepers has won the jury prize at "
            "the Westerby festival.\n\n"
            '"I wanted to film a way of life before it vanished," Marchant said. "Most of the keepers '
            'I met are now in their eighties."\n\n'
            'Festival director Bram Okafor called it "a quiet masterpiece".'
        ),
        # issue #11: "X called Y “…”" is an attributed characterisation (PolNeAR's convention)
        "claims": [
            ('it "a quiet masterpiece"', "Bram Okafor", IS),
            (
                'I wanted to film a way of life before it vanished," Marchant said. '
                '"Most of the keepers I met are now in their eighties.',
                "Odile Marchant",
                DQ,
            ),  # one claim: a quotation split by its attribution
        ],
    },
    {
        "id": "ho-07-mid-and-relative",
        "language": "en",
        "cases": ["mid-sentence attribution", "relative clause", "warned"],
        "body": (
            "The new levy, Treasury officials said, would raise £2bn a year. Patrice Aldane, who runs "
            "a chain of garden centres, warned that small firms would pass the cost on to customers."
        ),
        "claims": [
            ("The new levy, Treasury officials said, would raise £2bn a year", "Treasury officials", IS),
            ("small firms would pass the cost on to customers", "Patrice Aldane", IS),
        ],
    },
    {
        "id": "ho-08-weather-generic",
        "language": "en",
        "cases": ["forecasters", "police said", "according to the Met Office-like body"],
        "body": (
            "Forecasters warned of gusts of up to 80mph along the coast on Sunday. Police said several "
            "roads had been closed by fallen trees.\n\n"
            "The storm was the strongest of the winter so far, according to the National Weather "
            "Bureau."
        ),
        "claims": [
            ("gusts of up to 80mph along the coast on Sunday", "Forecasters", IS),
            ("several roads had been closed by fallen trees", "Police", IS),
            ("The storm was the strongest of the winter so far", "National Weather Bureau", AT),
        ],
    },
    {
        "id": "ho-09-de",
        "language": "de",
        "cases": ["sagte", "laut", "Sprecherin"],
        "body": (
            "Eine Sprecherin der Stadtwerke sagte, die Störung sei am Abend behoben worden. "
            "Laut Polizei gab es keine Verletzten."
        ),
        "claims": [
            ("die Störung sei am Abend behoben worden", "Stadtwerke|Sprecherin der Stadtwerke", IS),
            ("gab es keine Verletzten", "Polizei", AT),
        ],
    },
    {
        "id": "ho-10-fr",
        "language": "fr",
        "cases": ["selon", "a déclaré que", "il a ajouté"],
        "body": (
            "Le maire de Valbonne, Gérard Lestrade, a déclaré que la piscine rouvrirait en juillet. "
            "Selon la mairie, les travaux ont coûté deux millions d'euros."
        ),
        "claims": [
            ("la piscine rouvrirait en juillet", "Gérard Lestrade", IS),
            ("les travaux ont coûté deux millions d'euros", "mairie|la mairie", AT),
        ],
    },
]
for _article in HOLDOUT:
    _article["split"] = "holdout"
ARTICLES += HOLDOUT
