using Bot.Core.Rules;

namespace Bot.Core.Tests.Rules;

/// <summary>
/// Own one-sentence phrasings for the lexicon terms of pass 9: denials without a denial verb (the accusations
/// denounced or condemned, a political farce, political manipulation and the "hacking theory", demands to stop
/// discrediting or framing the state and to stop inventing hackers, blaming Russia as a fashion and the scapegoat, no
/// substantive evidence), attribution without an accusation verb (complicit or involved in the attack, claimed in more
/// persons, a claim of responsibility, the Anonymous collective's national branches), the hacking words 'pirateo' and
/// 'إليكتروني', political organisations, Austrian parties and the English "vote" as election targets. The hard
/// negatives keep the new terms narrow: the verb of inventing and 'favourite' alone, an election called a farce, a
/// qualifier that is no evidence, a claim of responsibility still missing, "anonymous hackers", film piracy, a vote
/// in parliament and political institutions.
/// </summary>
public sealed partial class PresetPhrasingTests
{
    // (1) The accusations denounced or condemned; Arabic puts the speaker between the verb and the accusations.
    [Theory]
    [InlineData("واستنكرت موسكو اتهامات لندن لها بشن هجمات إلكترونية على وزارة الدفاع.", Presets.RussiaDenial)]
    [InlineData("The Russian embassy denounced the accusations of cyber attacks on the ministry.", Presets.RussiaDenial)]
    [InlineData("L'ambassade de Russie a dénoncé les accusations de cyberattaques contre le ministère.", Presets.RussiaDenial)]
    [InlineData("La embajada rusa denunció las acusaciones de ciberataques contra el ministerio.", Presets.RussiaDenial)]
    [InlineData("Die russische Botschaft verurteilte die Vorwürfe der Cyberangriffe auf das Ministerium.", Presets.RussiaDenial)]
    [InlineData("Посольство России осудило обвинения в кибератаках на министерство.", Presets.RussiaDenial)]
    [InlineData("针对英方的网络攻击指责，中国驻英国使馆谴责这一指控。", Presets.ChinaDenial)]
    public void Denial_Pass9AccusationsDenounced_Matches(string text, string preset) => ShouldTrigger(text, preset);

    // (2) The accusations called a political farce or a political show.
    [Theory]
    [InlineData("Peking nannte die Vorwürfe chinesischer Cyberangriffe eine politische Farce.")]
    [InlineData("Beijing called the hacking allegations a political farce.")]
    [InlineData("Pékin a qualifié de farce politique les accusations de cyberespionnage.")]
    [InlineData("Pekín calificó de farsa política las acusaciones de ciberespionaje.")]
    [InlineData("Пекин назвал обвинения в кибершпионаже политическим фарсом.")]
    [InlineData("ووصفت بكين اتهامات التجسس الإلكتروني بأنها مهزلة سياسية.")]
    [InlineData("中国外交部称，美方有关黑客攻击的指责是一场政治作秀。")]
    public void ChinaDenial_Pass9PoliticalFarce_Matches(string text) => ShouldTrigger(text, Presets.ChinaDenial);

    // (3) Political manipulation and the "hacking theory", as 政治操弄 and 威胁论.
    [Theory]
    [InlineData("China's foreign ministry said the cyber espionage accusations were political manipulation.")]
    [InlineData("The Chinese embassy said the report on the cyber attacks was another version of the hacking theory.")]
    [InlineData("Le ministère chinois des Affaires étrangères a qualifié les accusations de cyberespionnage de manipulation politique.")]
    [InlineData("El portavoz chino calificó las acusaciones de ciberataques de manipulación política.")]
    [InlineData("Das chinesische Außenministerium nannte die Vorwürfe der Hackerangriffe ein Beispiel politischer Manipulation.")]
    [InlineData("МИД КНР назвал обвинения в хакерских атаках политической манипуляцией.")]
    [InlineData("وقالت الخارجية الصينية إن اتهامات القرصنة تلاعب سياسي.")]
    [InlineData("中国外交部表示，美方炮制中国黑客论，是典型的政治操纵。")]
    public void ChinaDenial_Pass9PoliticalManipulation_Matches(string text) => ShouldTrigger(text, Presets.ChinaDenial);

    // (4) Demands to stop discrediting, smearing or framing China.
    [Theory]
    [InlineData("La cancillería china pidió a Washington que deje de desprestigiar a China con el tema de los ciberataques.")]
    [InlineData("The Chinese embassy urged Washington to stop discrediting China over the cyber attacks.")]
    [InlineData("L'ambassade de Chine a appelé Washington à cesser de discréditer la Chine sur les cyberattaques.")]
    [InlineData("Die chinesische Botschaft erklärte, die Vorwürfe der Hackerangriffe dienten nur dazu, China zu diskreditieren.")]
    [InlineData("Посольство КНР заявило, что обвинения в кибератаках призваны очернить Китай.")]
    [InlineData("وقالت السفارة الصينية إن واشنطن تحاول إلصاق التهم ببكين في قضية الهجمات الإلكترونية.")]
    [InlineData("中国外交部敦促美方停止抹黑，不要在网络安全问题上指责中国。")]
    public void ChinaDenial_Pass9StopDiscrediting_Matches(string text) => ShouldTrigger(text, Presets.ChinaDenial);

    // (5) Stop inventing Russian hackers; a made-up story.
    [Theory]
    [InlineData("Захарова заявила, что Вашингтону хватит придумывать российских хакеров.")]
    [InlineData("Zakharova told Washington to stop inventing Russian hackers.")]
    [InlineData("Zakharova a demandé à Washington de cesser d'inventer des hackers russes.")]
    [InlineData("La diplomacia rusa pidió a Washington que deje de inventar hackers rusos.")]
    [InlineData("Sacharowa nannte die Berichte über russische Hacker eine erfundene Geschichte.")]
    [InlineData("وقالت زاخاروفا إن على واشنطن الكف عن اختلاق قصص عن قراصنة روس.")]
    [InlineData("扎哈罗娃表示，美方应停止编造俄罗斯黑客的故事。")]
    public void RussiaDenial_Pass9StopInventing_Matches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    // (6) Blaming Russia for everything as a fashion or a favourite pastime; Russia as the scapegoat.
    [Theory]
    [InlineData("Песков сказал, что на Западе стало модно обвинять Россию во всех кибератаках.")]
    [InlineData("Peskov said blaming Russia for every cyber attack has become a favourite pastime in the West.")]
    [InlineData("Peskov a estimé que la Russie sert de bouc émissaire dans l'affaire du piratage.")]
    [InlineData("Peskov dijo que Rusia se ha convertido en el chivo expiatorio de los ciberataques.")]
    [InlineData("Peskow sagte, Russland werde bei jedem Hackerangriff zum Sündenbock gemacht.")]
    [InlineData("وقال بيسكوف إن روسيا أصبحت كبش فداء في قضية الهجمات الإلكترونية.")]
    [InlineData("佩斯科夫说，俄罗斯成了网络攻击问题上的替罪羊。")]
    public void RussiaDenial_Pass9FashionAndScapegoat_Matches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    // (7) No substantive evidence; a serious lack of evidence and an unprofessional report.
    [Theory]
    [InlineData("佩斯科夫表示，只要没有实质性证据，有关俄罗斯黑客的说法就不值得关注。", Presets.RussiaDenial)]
    [InlineData("Peskov said the claims about Russian hackers were made without substantive evidence.", Presets.RussiaDenial)]
    [InlineData("Der Kreml sagte, die Vorwürfe der Hackerangriffe seien ohne handfeste Beweise erhoben worden.", Presets.RussiaDenial)]
    [InlineData("Песков заявил, что обвинения в кибератаках выдвинуты без весомых доказательств.", Presets.RussiaDenial)]
    [InlineData("La portavoz china dijo que el informe sobre los ciberataques tiene graves faltas de pruebas y es poco profesional.", Presets.ChinaDenial)]
    public void Denial_Pass9NoSubstantiveEvidence_Matches(string text, string preset) => ShouldTrigger(text, preset);

    // (8) Complicit or involved in the attack; claimed in more persons.
    [Theory]
    [InlineData("وقالت الاستخبارات الأمريكية إن روسيا ضالعة في الهجوم الإلكتروني على الحزب.")]
    [InlineData("وزعمت التقارير أن الكرملين أمر شخصيا بالهجوم الإلكتروني على الحزب.")]
    [InlineData("Según el FBI, Irán estaba involucrado en el pirateo de la campaña.")]
    [InlineData("Selon Washington, la Corée du Nord serait impliquée dans la cyberattaque contre la banque.")]
    [InlineData("Die Ermittler sagen, Nordkorea sei am Hackerangriff beteiligt gewesen, der die Bank lahmlegte.")]
    [InlineData("Investigators said North Korea was also involved in the cyberattack on the bank.")]
    [InlineData("调查人员称，朝鲜参与了网络攻击。")]
    public void Accusation_Pass9InvolvedAndClaimed_Matches(string text) => ShouldTrigger(text, Presets.Accusation);

    // (9) A claim of responsibility; the Anonymous collective by a word for it or a national branch.
    [Theory]
    [InlineData("A hacker group calling itself Anonymous Philippines claimed responsibility for the attack on the election commission's website.")]
    [InlineData("L'attaque contre le site de la mairie a été revendiquée par le collectif Anonymous.")]
    [InlineData("El colectivo Anonymous reivindicó el ataque contra la web del ministerio.")]
    [InlineData("Das Hackerkollektiv Anonymous bekannte sich zu dem Angriff auf die Website des Ministeriums.")]
    [InlineData("Хакеры Anonymous взяли на себя ответственность за атаку на сайт министерства.")]
    [InlineData("وأعلنت مجموعة LockBit مسؤوليتها عن الهجوم على المستشفى.")]
    [InlineData("亲俄罗斯组织宣称对此次网络攻击负责。")]
    public void Accusation_Pass9ClaimOfResponsibility_Matches(string text) => ShouldTrigger(text, Presets.Accusation);

    // (10) Hacking as 'pirateo' and 'piratear', and the spelling 'إليكتروني'.
    [Theory]
    [InlineData("تعرض موقع الحزب الحاكم لهجوم إليكتروني قبل الانتخابات.")]
    [InlineData("Piratearon la web de la comisión electoral durante el escrutinio.")]
    [InlineData("El pirateo de la campaña del candidato fue detectado por el partido.")]
    public void ElectionHack_Pass9HackingWords_Matches(string text) => ShouldTrigger(text, Presets.ElectionHack);

    // (11) Political organisations, Austrian parties and the vote of an election as targets.
    [Theory]
    [InlineData("Russian hackers broke into the networks of American political organizations.")]
    [InlineData("Des pirates ont attaqué les réseaux informatiques d'organisations politiques américaines.")]
    [InlineData("Hackers rusos atacaron los sistemas de organizaciones políticas estadounidenses.")]
    [InlineData("Hacker griffen die Netzwerke politischer Organisationen an.")]
    [InlineData("Хакеры атаковали серверы американских политических организаций.")]
    [InlineData("شن قراصنة هجمات إلكترونية على منظمات سياسية أمريكية.")]
    [InlineData("黑客对美国政治组织发动了网络攻击。")]
    [InlineData("Hacker legten die Website der SPÖ lahm.")]
    [InlineData("Hackers tried to meddle in the vote by attacking the commission's servers.")]
    public void ElectionHack_Pass9PoliticalOrganisationsAndParties_Matches(string text) => ShouldTrigger(text, Presets.ElectionHack);

    // The verb of inventing and 'favourite' alone, an election called a farce, a qualifier that is no evidence: no denial.
    [Theory]
    [InlineData("Российские хакеры придумали новый способ взлома паролей.")]
    [InlineData("Spear phishing is a favourite technique of Russian hackers, researchers said.")]
    [InlineData("Die Wahl war eine Farce, sagte der Oppositionsführer über die Hackerangriffe auf Russlands Wahlkommission.")]
    [InlineData("Без существенных изменений российские хакеры продолжают атаки, считают эксперты.")]
    public void Denial_Pass9HardNegatives_IsNoDenial(string text) => ShouldBeNoDenial(text);

    // A claim of responsibility still missing, and "anonymous hackers": no accusation.
    [Theory]
    [InlineData("No group has claimed responsibility for the cyberattack on the Russian ministry.")]
    [InlineData("Ни одна группировка пока не взяла на себя ответственность за кибератаку на российское министерство.")]
    [InlineData("目前尚无组织宣称对俄罗斯部委遭受的网络攻击负责。")]
    [InlineData("Anonymous hackers breached the ministry's servers, officials said of the Russian network.")]
    public void Accusation_Pass9HardNegatives_DoesNotMatch(string text) => ShouldNotTrigger(text, Presets.Accusation);

    // Film piracy, a vote in parliament and political institutions: no election hack.
    [Theory]
    [InlineData("El pirateo de películas preocupa al candidato del partido.")]
    [InlineData("Hackers attacked the parliament's website before the vote on the budget.")]
    [InlineData("Hackers attacked the political institutions of the country, the ministry said.")]
    public void ElectionHack_Pass9HardNegatives_DoesNotMatch(string text) => ShouldNotTrigger(text, Presets.ElectionHack);

    // German separable verbs of rejection, their particle after the object ("wies … zurück").
    [Theory]
    [InlineData("Der Kreml weist die Hackervorwürfe aus Berlin zurück.")]
    [InlineData("Moskau wies auch jede Beteiligung an den Cyberangriffen zurück.")]
    [InlineData("Russland stritt jede Verwicklung in den Hackerangriff ab.")]
    [InlineData("Der Kreml weist die Verantwortung für die Cyberangriffe von sich.")]
    public void RussiaDenial_GermanSeparableVerbAroundTheObject_Matches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    [Theory]
    [InlineData("Der Kreml wies die Journalisten auf die Hackerangriffe hin und äußerte sich nicht weiter.")]
    [InlineData("Russland wies eins zwei drei vier fünf sechs sieben acht Cyberangriffe zurück.")]
    public void RussiaDenial_GermanVerbWithoutItsParticleNearby_DoesNotMatch(string text) => ShouldNotTrigger(text, Presets.RussiaDenial);
}
