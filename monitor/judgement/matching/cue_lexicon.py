"""The cue words, by kind and language: data the matcher's classifier reads.

Phrases use the plan's syntax (folded, `*` for a prefix). Language "*" means any language
(names, and cues spelt the same everywhere). German separable verbs are listed as
"verb particle": the particle must follow later in the same clause ("schlägt ... vor").
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum


class CueKind(StrEnum):
    COMMISSION = "commission"  # the Commission, by name, office or person
    EU = "eu"  # "the EU", "Brussels": often the Commission, sometimes the co-legislators
    INSTITUTION = "institution"  # Parliament, Council, member states, ministers
    OTHER_ACTOR = "other_actor"  # industry, unions, NGOs, national governments, third countries
    BY = "by"  # introduces the agent of a passive verb
    PROPOSE = "propose"  # verbs of the Commission's own acts: propose, present, unveil, table
    ADOPT = "adopt"  # adoption verbs that any institution may be the subject of
    ACT = "act"  # verbs that say what a measure does: exempts, eases, grants
    NOMINAL = "nominal"  # "Commission proposal", "proposition de la Commission"
    STAGE = "stage"  # a procedural step: vote, plenary, position, trilogue
    INSTITUTION_VERB = "institution_verb"  # back, endorse, reject, vote
    AGREEMENT = "agreement"  # deal, provisional agreement
    CONSULT = "consult"  # consultation, call for evidence
    AFTER = "after"  # entry into force, Official Journal
    FUTURE = "future"  # will, plans to, is expected to, devrait, soll
    TO = "to"  # headline "to" + verb: "Commission to propose"
    NEGATION = "negation"  # not yet, fails to, delays
    CALL = "call"  # urges, calls for, demands
    OPINION = "opinion"  # welcomes, criticises, op-ed
    SPECULATION = "speculation"  # draft, leaked, according to
    CONTAINER = "container"  # including, among: the item is part of something else
    QUESTION = "question"  # a question mark
    EIB = "eib"  # the European Investment Bank group, co-responsible for some funding


Lexicon = Mapping[CueKind, Mapping[str, str]]  # kind -> language -> comma-separated phrases

LEXICON: Lexicon = {
    CueKind.COMMISSION: {
        "*": (
            "brussels, bruxelles, brüssel, von der leyen, sefcovic, sejourne, tzitzikostas, "
            "hoekstra, ribera"
        ),
        "en": (
            "commission, european commission, eu commission, commissioner, eu executive, "
            "brussels executive, executive vice-president, ec"
        ),
        "fr": (
            "commission, commission europeenne, commissaire, executif europeen, executif "
            "bruxellois, executif communautaire"
        ),
        "de": (
            "kommission, eu-kommission, europäische kommission, kommissar*, brüsseler "
            "behörde, eu-behörde"
        ),
    },
    CueKind.EU: {
        "en": "eu, european union, the bloc, bloc",
        "fr": "ue, union europeenne, l europe",
        "de": "eu, europäische union, die europäer",
    },
    CueKind.INSTITUTION: {
        "en": (
            "parliament, european parliament, meps, mep, lawmakers, council, member states, "
            "ministers, eu countries, eu governments, co-legislators, presidency, "
            "committee, rapporteur, negotiators, eu states, countries"
        ),
        "fr": (
            "les vingt-sept, les 27, parlement, parlement europeen, eurodeputes, deputes "
            "europeens, conseil, etats membres, ministres, co-legislateurs, presidence, "
            "rapporteur*, commission parlementaire, commission des transports, commission "
            "itre, commission envi, commission imco, commission tran, pays de l ue, "
            "vingt-sept, negociateurs"
        ),
        "de": (
            "parlament, europaparlament, eu-parlament, europaabgeordnete*, abgeordnete*, "
            "rat, ministerrat, mitgliedstaaten, mitgliedsstaaten, minister, eu-staaten, "
            "eu-länder, ratspräsidentschaft, berichterstatter*, ausschuss, "
            "verkehrsausschuss, industrieausschuss, unterhändler"
        ),
    },
    CueKind.OTHER_ACTOR: {
        "*": (
            "acea, clepa, industriall, vda, pfa, beuc, etuc, ig metall, transport & "
            "environment, t&e, stellantis, volkswagen, renault, bmw, mercedes, tesla, byd, "
            "catl, northvolt"
        ),
        "en": (
            "industry, carmakers, automakers, car makers, manufacturers, suppliers, unions, "
            "trade unions, ngos, campaigners, lobby*, companies, firms, investors, "
            "analysts, experts, germany, france, italy, spain, berlin, paris, rome, china, "
            "beijing, us, usa, united states, washington, japan, uk, britain, government, "
            "chancellor, minister, trade association, association, green groups, "
            "environmental groups, the industry, dealers, drivers, consumers, operators, "
            "hauliers, truckers, utilities"
        ),
        "fr": (
            "industrie, constructeurs, equipementiers, syndicats, syndicat, ong, filiere, "
            "la france, l allemagne, l italie, paris, berlin, chine, pekin, etats-unis, "
            "washington, gouvernement, ministre, le ministre, elysee, matignon, "
            "entreprises, patronat, federation, associations, experts, analystes, "
            "transporteurs, routiers, consommateurs"
        ),
        "de": (
            "industrie, autoindustrie, autobauer, hersteller, zulieferer, gewerkschaft*, "
            "verband, verbände, branchenverband, umweltverband*, bundesregierung, "
            "regierung, kanzler, ministerium, bundesminister*, deutschland, frankreich, "
            "berlin, paris, china, peking, usa, vereinigte staaten, washington, "
            "unternehmen, konzerne, experten, analysten, spediteure, verbraucher, "
            "autolobby, lobby*"
        ),
    },
    CueKind.BY: {
        "en": "by, by the",
        "fr": "par, par la, par le",
        "de": "von, vom, durch",
    },
    CueKind.PROPOSE: {
        "en": (
            "launch, propose, proposes, proposed, present, presents, presented, unveil, "
            "unveils, unveiled, tables, tabled, puts forward, put forward, launches, "
            "launched, publishes, published, sets out, set out, rolls out, rolled out, "
            "releases, released, issued, delivers, delivered, introduces, introduced, "
            "announces, announced, unveiling, presenting, proposing, publishing, launching"
        ),
        "fr": (
            "proposent, presentent, devoilent, publient, lancent, propose, proposee, "
            "proposes, proposees, presente, presentee, presentes, presentees, devoile, "
            "devoilee, devoiles, devoilees, publie, publiee, publies, publiees, lance, "
            "lancee, lances, lancees, met sur la table, mis sur la table, annonce, "
            "annoncee, detaille, detaillee, degaine"
        ),
        "de": (
            "startet, starten, gestartet, vorgeschlagen, vorgelegt, vorgestellt, "
            "präsentiert, veröffentlicht, lanciert, angekündigt, präsentierte, "
            "veröffentlichte"
        ),
    },
    CueKind.ADOPT: {
        "en": (
            "adopt, adopts, adopted, approves, approved, agrees, agreed, finalises, "
            "finalised, finalizes, finalized, signs off, signed off, decides, decided, "
            "green-lights, greenlights, clears, cleared"
        ),
        "fr": (
            "adoptent, adopte, adoptee, adoptes, adoptees, approuve, approuvee, approuves, "
            "valide, validee, entérine, entérinee, decide, decidee, arrete"
        ),
        "de": (
            "verabschiedet, beschlossen, beschliesst, billigt, gebilligt, genehmigt, "
            "angenommen, verabschiedete, beschloss, billigte"
        ),
    },
    CueKind.ACT: {
        "en": (
            "brings forward, brought forward, exempts, exempted, eases, eased, relaxes, "
            "relaxed, loosens, gives, grants, granted, extends, extended, opens, opened, "
            "allocates, allocated, awards, awarded, earmarks, earmarked, creates, created, "
            "sets up, set up, establishes, established, simplifies, revises, revised, "
            "amends, amended, clarifies, guarantees, ensures, offers, mobilises, mobilizes, "
            "commits, pledges, injects, selects, selected, kicks off, starts, started, "
            "establishing, imposes, imposed, tightens"
        ),
        "fr": (
            "precise, definit, etablit, exempte, exoneree, exonere, assouplit, assoupli, "
            "accorde, octroie, prolonge, etend, ouvre, alloue, debloque, attribue, cree, "
            "creee, instaure, met en place, mis en place, simplifie, revise, modifie, "
            "garantit, mobilise, donne, fixe, impose, selectionne, allege, elargit, durcit"
        ),
        "de": (
            "befreit, lockert, gelockert, gewährt, verlängert, öffnet, vergibt, schafft, "
            "geschaffen, ändert, geändert, überarbeitet, vereinfacht, garantiert, sichert, "
            "stellt bereit, mobilisiert, gibt, gründet, gegründet, investiert, erweitert, "
            "verschärft"
        ),
    },
    CueKind.NOMINAL: {
        "en": (
            "commission proposal, commission s proposal, proposal from the commission, "
            "proposal by the commission, proposal of the commission, commission "
            "recommendation, commission communication, commission decision, commission "
            "regulation, commission guidance"
        ),
        "fr": (
            "proposition de la commission, recommandation de la commission, communication "
            "de la commission, decision de la commission, reglement de la commission, "
            "proposition de bruxelles, la nouvelle proposition, propositions de la "
            "commission"
        ),
        "de": (
            "kommissionsvorschlag, kommissionsvorschlage, vorschlag der kommission, "
            "vorschlag der eu-kommission, empfehlung der kommission, mitteilung der "
            "kommission, vorschlag aus brüssel, eu-vorschlag"
        ),
    },
    CueKind.STAGE: {
        "en": (
            "plenary, general approach, negotiating position, negotiating mandate, "
            "trilogue*, first reading, second reading, committee vote, parliament s "
            "position, council s position, negotiations, talks, its position, position, "
            "mandate"
        ),
        "fr": (
            "pleniere, orientation generale, position de negociation, mandat de "
            "negociation, trilogue*, premiere lecture, negociations, amendements "
            "parlementaires, position du parlement, position du conseil, position, mandat"
        ),
        "de": (
            "plenum, plenartagung, allgemeine ausrichtung, verhandlungsposition, "
            "verhandlungsmandat, trilog*, erste lesung, verhandlungen, änderungsanträge, "
            "position des parlaments, position, standpunkt, mandat"
        ),
    },
    CueKind.INSTITUTION_VERB: {
        "en": (
            "vote, votes, voted, voting, back, backs, backed, endorse, endorses, endorsed, "
            "reject, rejects, rejected, rubber-stamp, rubber-stamps, rubber-stamped, waters "
            "down, watered down, give green light, gives green light, green light, final "
            "approval, final green light, sign off, nod, nods through"
        ),
        "fr": (
            "vote, votent, voté, votee, soutient, soutiennent, rejette, rejettent, feu "
            "vert, entérinent, approuvent, adoptent, valident, amendent, edulcore, se "
            "prononce, se prononcent"
        ),
        "de": (
            "stimmt, stimmen, abstimmung, abgestimmt, votum, unterstützt, lehnt, lehnen, "
            "abgelehnt, grünes licht, billigen, segnet, zugestimmt, stimmte, stimmten, "
            "zustimmung"
        ),
    },
    CueKind.AGREEMENT: {
        "en": (
            "provisional agreement, political agreement, provisional deal, strike deal, "
            "strikes deal, struck deal, strike a deal, strikes a deal, struck a deal, reach "
            "deal, reach agreement, reached agreement, reach a deal, reached a deal, "
            "reaches deal, reach an agreement, reached an agreement, clinch deal, clinched, "
            "seal deal, sealed a deal, deal on, agreement on, trilogue deal, final deal"
        ),
        "fr": (
            "accord provisoire, accord politique, accord en trilogue, trouvent un accord, "
            "parviennent a un accord, sont parvenus a un accord, accord sur, compromis"
        ),
        "de": (
            "vorläufige einigung, politische einigung, einigung, einigen sich, haben sich "
            "geeinigt, einigten sich, kompromiss, deal"
        ),
    },
    CueKind.CONSULT: {
        "en": (
            "consultation, public consultation, call for evidence, have your say, feedback, "
            "stakeholder dialogue, strategic dialogue, workshop, survey, hearing"
        ),
        "fr": (
            "consultation, consultation publique, appel a contributions, appel a "
            "temoignages, dialogue strategique, avis des parties prenantes"
        ),
        "de": (
            "konsultation, öffentliche konsultation, sondierung, aufforderung zur, "
            "strategischer dialog, anhörung, stellungnahmen"
        ),
    },
    CueKind.AFTER: {
        "en": (
            "enter into force, take effect, enters into force, entered into force, entry "
            "into force, comes into force, came into force, official journal, takes effect, "
            "took effect, applies from, will apply, transposition, transpose, "
            "implementation report"
        ),
        "fr": (
            "entrent en vigueur, entreront en vigueur, entre en vigueur, entree en vigueur, "
            "est entre en vigueur, journal officiel, s applique, transposition"
        ),
        "de": (
            "treten in kraft, trat in kraft, traten in kraft, tritt in kraft, in kraft "
            "getreten, inkrafttreten, amtsblatt, gilt ab, umsetzung in nationales recht"
        ),
    },
    CueKind.FUTURE: {
        "en": (
            "will, would, could, may, might, should, shall, set to, due to, poised to, "
            "plans to, plan to, planning to, planned, intends to, aims to, wants to, hopes "
            "to, is expected, are expected, expected to, expected, is to, are to, to be, "
            "likely to, about to, prepares, preparing, considers, considering, mulls, "
            "weighs, upcoming, forthcoming, next week, next month, later this year, ahead "
            "of, in the pipeline, eyes, would be, promises, pledged to, vows, vowed"
        ),
        "fr": (
            "va, vont, devrait, devraient, doit, doivent, pourrait, pourraient, prevoit de, "
            "prevoit d, entend, souhaite, veut, envisage, s apprete, se prepare, prepare, "
            "attendu, attendue, attendus, attendues, prochainement, semaine prochaine, mois "
            "prochain, a venir, d ici, promet, promis, proposera, presentera, publiera, "
            "adoptera, devoilera, lancera, proposeront, presenteront, presenter, proposer, "
            "publier, adopter, devoiler, lancer"
        ),
        "de": (
            "will, wollen, soll, sollen, sollte, wird, werden, plant, planen, geplant, "
            "geplante*, könnte, dürfte, möchte, erwartet, kommende woche, nächste woche, "
            "demnächst, künftig, vorlegen, vorschlagen, präsentieren, beabsichtigt, "
            "bereitet, angekündigte*, in kürze, noch in diesem jahr, verspricht, "
            "versprochen"
        ),
    },
    CueKind.TO: {
        "en": "to",
    },
    CueKind.NEGATION: {
        "en": (
            "not, not yet, yet to, has yet, fails to, failed to, delay*, postpone*, "
            "shelve*, scrap*, drops, dropped, abandon*, no sign, still waiting, overdue, "
            "stalls, stalled, behind schedule, won t, doesn t, didn t, hasn t, isn t, never"
        ),
        "fr": (
            "pas encore, toujours pas, ne pas, n a pas, n ont pas, reporte, repousse, "
            "retarde, retard, renonce, abandonne, enterre, se fait attendre, tarde, ne"
        ),
        "de": (
            "noch nicht, nicht, verschiebt, verschoben, verzögert, verzögerung, lässt auf "
            "sich warten, stoppt, gestoppt, kippt, gekippt"
        ),
    },
    CueKind.CALL: {
        "en": (
            "urge*, call on, calls on, called on, call for, calls for, called for, demand*, "
            "ask*, push for, pushes for, pushing for, press for, presses, pressing, "
            "lobbies, lobbied, appeal*, must, need to, needs to, it is time, wants, want, "
            "seek*, petition, letter to, open letter, plea, insists, insist"
        ),
        "fr": (
            "appelle, appellent, appel a, demande, demandent, exhorte, exhortent, reclame, "
            "reclament, plaide, plaident, pressent, exige, exigent, souhaitent, veulent, il "
            "faut, lettre ouverte, plaidoyer, interpelle, interpellent, milite, militent"
        ),
        "de": (
            "fordert, fordern, forderung, forderungen, appelliert, appellieren, drängt, "
            "drängen, verlangt, verlangen, mahnt, mahnen, plädiert, plädieren, dringt auf, "
            "offener brief, setzt sich ein, wünscht, wünschen, muss, müssen"
        ),
    },
    CueKind.OPINION: {
        "en": (
            "welcome*, criticis*, criticiz*, slam*, blast*, hail*, praise*, react*, warn*, "
            "fear*, concerns, concerned, reaction, op-ed, opinion, comment, commentary, "
            "analysis, explainer, editorial, why, what, how, says, said, argues, argue, "
            "disappoint*, regret*, questions, doubts, worried, attacks, dismisses, "
            "condemns, insufficient, not enough, too little, falls short, interview, "
            "podcast"
        ),
        "fr": (
            "salue, saluent, critique, critiquent, denonce, denoncent, regrette, "
            "regrettent, reagit, reagissent, reaction, tribune, opinion, analyse, "
            "decryptage, pourquoi, comment, quel, quelle, estime, estiment, juge, jugent, "
            "craint, craignent, s inquiete, s inquietent, inquietude, deplore, deplorent, "
            "insuffisant, entretien, editorial, se felicite, se felicitent, avertit, alerte"
        ),
        "de": (
            "begrüßt, begrüßen, kritisiert, kritisieren, kritik, warnt, warnen, reagiert, "
            "reagieren, reaktion, kommentar, meinung, analyse, warum, wie, was, fürchtet, "
            "befürchtet, bedauert, enttäuscht, unzureichend, interview, gastbeitrag, lobt, "
            "loben"
        ),
    },
    CueKind.SPECULATION: {
        "en": (
            "draft, leaked, leak, sources, according to, reportedly, rumour*, rumor*, seen "
            "by, insiders, officials say, diplomats, speculation"
        ),
        "fr": (
            "selon, d apres, projet de texte, fuite, document consulte, sources, a appris, "
            "rumeur*, dont a eu connaissance"
        ),
        "de": (
            "laut, entwurf, entwurf zufolge, zufolge, geleakt*, insidern, aus kreisen, "
            "kreisen zufolge, spekulation*, berichten zufolge"
        ),
    },
    CueKind.CONTAINER: {
        "en": (
            "the plan, including, includes, include, such as, among them, among which, "
            "which includes, with measures, measures like, alongside, part of, notably, "
            "action plan, roadmap, strategy"
        ),
        "fr": (
            "le plan, dont, notamment, comprenant, comprend, parmi, plan d action, feuille "
            "de route, strategie"
        ),
        "de": (
            "der plan, darunter, inklusive, einschliesslich, umfasst, unter anderem, "
            "aktionsplan, fahrplan, strategie, wie etwa"
        ),
    },
    CueKind.QUESTION: {
        "*": "?",
    },
    CueKind.EIB: {
        "*": "eib, eib group, eif",
        "en": "european investment bank",
        "fr": "bei, banque europeenne d investissement",
        "de": "europäische investitionsbank",
    },
}

# German separable verbs, "verb particle": the particle must follow later in the same clause.
SEPARABLE: Mapping[CueKind, str] = {
    CueKind.PROPOSE: (
        "schlägt vor, schlug vor, legt vor, legte vor, legen vor, stellt vor, stellte vor, "
        "stellen vor, kündigt an, kündigte an, bringt weg, brachte weg"
    ),
    CueKind.ADOPT: "legt fest, legte fest, legen fest, nimmt an, nahm an",
    CueKind.ACT: (
        "gibt frei, gab frei, setzt ein, stellt bereit, wählt aus, wählte aus, zieht vor, "
        "zog vor, weitet aus, baut aus"
    ),
    CueKind.FUTURE: "legt nahe",
}
