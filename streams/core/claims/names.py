"""Name data: first names by gender (en, de, fr, es, ru) and the gender a role word or honorific
gives ("spokeswoman", "Mrs").  Pure data and look-ups; no parsing."""

from __future__ import annotations

from .cues import Lexicon

FIRST_NAMES_M = frozenset(
    """john james robert michael william david richard joseph thomas charles christopher daniel matthew
    mark paul steven andrew kenneth george edward brian ronald anthony kevin jason jeff gary timothy
    tony gordon peter alan alastair ian simon nick nicholas jack harry oliver tom ben sam luke adam
    boris vladimir sergei sergey dmitry dmitri yuri igor alexei alexander andrei mikhail nikolai ivan
    olaf victor erik otto friedrich karl hans jürgen wolfgang thomas frank emmanuel jean pierre
    françois nicolas jacques
    pedro carlos juan josé luis javier miguel antonio manuel pablo fernando
    дмитрий владимир сергей юрий игорь алексей александр андрей михаил николай иван петр пётр
    aaron adrian alex alfred allan andy arnold arthur barry bernard bill billy bob bobby brad brendan
    bruce bryan carl chris clive colin craig dale dan danny darren dave dean dennis derek des dominic
    don donald doug douglas duncan dylan eddie edwin eric ernest felix francis fred gareth gavin geoff
    geoffrey gerald gerry glenn graham grant greg gregory guy harold henry howard hugh iain jake jamie
    jeremy jerry jim jimmy joe joel johnny jon jonathan jose keith ken kenny kieran kirk lawrence lee
    len leo leonard lewis liam lloyd malcolm martin matt max mick mike neil nigel norman owen patrick
    phil philip ralph ray raymond rex rhys ricky rob robbie robin rod roger ronnie ross roy russell
    ryan scott sean shane shaun stan stanley stephen steve stuart ted terry tim toby trevor vince
    walter wayne will willie zinedine thierry arsene jose rafael roger lleyton andre marat gordon
    alastair ed edward ian kofi colin dick donald george hans jacques gerhard silvio vladimir ariel
    mahmoud hamid nelson thabo robert ben martin charles kenneth dwight denzel jude hugh russell
    elton mick ozzy bono sting евгений виктор олег павел антон максим константин борис григорий
    леонид вадим роман артём станислав георгий анатолий markus stefan andreas klaus jürgen jörg uwe
    dieter horst helmut
    matthias tobias florian lukas jonas felix maximilian sebastian christian christoph philipp
    christophe olivier laurent philippe michel alain thierry julien antoine sébastien
    alejandro andrés diego jorge raúl sergio álvaro ignacio rafael""".split()
)
FIRST_NAMES_F = frozenset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret
    betty sandra ashley emily donna michelle carol amanda melissa deborah stephanie rebecca laura helen
    anna angela theresa hillary condoleezza tessa ruth claire kate catherine jane alice emma olivia
    sophie lucy fiona joan miriam petra linda maria marie anne isabelle ségolène annalena ursula
    christine carmen
    ana isabel lucía elena laura marta sofía valentina irina olga natalia natalya tatiana svetlana
    elena ekaterina maria yulia
    мария анна елена ольга ирина наталья татьяна светлана екатерина юлия вера людмила галина
    валентина марина оксана дарья ксения алина полина евгения
    amy abigail alison amanda andrea angelina anita annie barbara beth bridget caroline charlotte
    cheryl christina cindy clare colleen dawn denise diana diane dorothy eileen eleanor ellen emma
    erica eva evelyn frances gillian gloria grace hannah harriet heather holly irene jackie jacqueline
    janet janice jean jennifer jill jo joanna joanne josephine judith judy julia julie justine kathleen
    kathryn katherine kelly kim kirsty kylie lauren leah lesley lindsay lorraine louise lynn madonna
    mandy margaret maureen megan melanie michelle monica natalie nicola nicole nina norma paula pauline
    penny rachel rebecca rose rosemary sally samantha sara sharon sheila shirley sonia stella susan
    suzanne tanya teresa tina tracey valerie vanessa victoria wendy yvonne zoe paola serena venus
    martina kelly kirsten jodie nadia naomi oprah britney beyonce kate keira nicole gwyneth halle
    hilary patricia tessa estelle ruth margaret condoleezza sabine katrin petra claudia andrea
    ursula birgit monika susanne stefanie julia lena lea hannah sophie nathalie sylvie céline
    camille chloé manon amélie béatrice valérie sandrine carmen pilar rocío lucía paula
    marina beatriz cristina raquel nuria""".split()
)
_FIRST_NAMES = FIRST_NAMES_M | FIRST_NAMES_F


def lex_roles_singular(lex: Lexicon) -> frozenset[str]:
    """Role nouns that name one person ("spokeswoman", "official"), not a group ("officials")."""
    return _SINGULAR_ROLES.get(lex.code, frozenset())


_SINGULAR_ROLES = {
    "en": frozenset("spokesman spokeswoman spokesperson official source".split()),
}


def _marker_gender(word: str, lex: Lexicon) -> str | None:
    if word in lex.female_markers or word.lower() in lex.female_markers:
        return "f"
    if word in lex.male_markers or word.lower() in lex.male_markers:
        return "m"
    return None


def _ru_oblique_forms(name: str) -> set[str]:
    """Genitive/accusative/dative/instrumental forms of a Russian first name in the nominative
    (Павел → Павла, Павлу, Павлом; Андрей → Андрея; Вера → Веры, Вере, Веру)."""
    if name.endswith(("а", "я")):
        stem = name[:-1]
        soft = "и" if name.endswith("я") or stem[-1:] in "гкхжчшщ" else "ы"
        return {
            stem + soft,
            stem + "е",
            stem + ("ю" if name.endswith("я") else "у"),
            stem + "ой",
            stem + "ей",
        }
    if name.endswith(("й", "ь")):
        stem = name[:-1]
        return {stem + "я", stem + "ю", stem + "ем"}
    stems = {name}
    if len(name) > 3 and name[-2] in "еео":  # a fleeting vowel: Павел → Павла, Пётр → Петра
        stems.add(name[:-2] + name[-1])
    if name == "пётр":
        stems.add("петр")
    return {stem + ending for stem in stems for ending in ("а", "у", "ом")}


# an oblique first name -> its nominative and gender (citation form of a Russian name)
RU_NOMINATIVE_FIRST: dict[str, tuple[str, str]] = {}
for _gender, _names in (("m", FIRST_NAMES_M), ("f", FIRST_NAMES_F)):
    for _name in _names:
        if "а" <= _name[:1] <= "я" or _name[:1] == "ё":
            for _form in _ru_oblique_forms(_name):
                RU_NOMINATIVE_FIRST.setdefault(_form, (_name, _gender))
_RU_SURNAME_M = (
    ("ского", "ский"),
    ("ому", "ой"),
    ("ова", "ов"),
    ("ева", "ев"),
    ("ёва", "ёв"),
    ("ина", "ин"),
    ("ову", "ов"),
    ("еву", "ев"),
    ("ину", "ин"),
    ("овым", "ов"),
    ("евым", "ев"),
    ("иным", "ин"),
)
_RU_SURNAME_F = (("ской", "ская"), ("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ову", "ова"))


def ru_citation_form(words: list[str]) -> tuple[str, str] | None:
    """ "Павла Орлова" → ("Павел Орлов", "m"), "Веры Соколовой" → ("Вера Соколова", "f"): a first
    name in an oblique case (on the list) and a surname with a regular ending; else None."""
    if len(words) != 2:
        return None
    known = RU_NOMINATIVE_FIRST.get(words[0].lower())
    if known is None:
        return None
    first, gender = known
    surname = words[1]
    for ending, nominative in _RU_SURNAME_M if gender == "m" else _RU_SURNAME_F:
        if surname.endswith(ending):
            surname = surname[: -len(ending)] + nominative
            break
    return f"{first[:1].upper()}{first[1:]} {surname}", gender


def ru_role_nominative(role: str | None, lex: Lexicon) -> str | None:
    """ "режиссёра" → "режиссёр": a one-word role in the genitive, back to the role noun."""
    if not role or " " in role or lex.code != "ru":
        return role
    low = role.lower()

    def known(stem: str) -> bool:
        return stem in lex.roles or bool(lex.role_prefixes and stem.startswith(lex.role_prefixes))

    for ending in ("а", "я", "у", "ю"):
        stem = low[: -len(ending)]
        if low.endswith(ending) and known(stem):
            return role[: -len(ending)]
    for ending in ("ов", "ев", "ей"):
        # "по словам чиновников" → "чиновники", "экспертов" → "эксперты": a plural in the genitive
        stem = low[: -len(ending)]
        if low.endswith(ending) and known(stem):
            plural = "и" if ending == "ей" or stem[-1:] in "кгхжшщч" else "ы"
            return role[: -len(ending)] + plural
    return role
