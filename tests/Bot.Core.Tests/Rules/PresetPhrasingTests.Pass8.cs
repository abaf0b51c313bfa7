using Bot.Core.Rules;

namespace Bot.Core.Tests.Rules;

/// <summary>
/// Own one-sentence phrasings for the lexicon terms of pass 8: denials without a denial verb (seen no evidence, has not
/// helped the hackers, "I don't believe this story", impossible to attribute to any country, speculation, ridicule, the
/// accuser's internal politics, the Chinese foreign ministry's "thief crying thief" and "complex technical issue"),
/// attribution without an accusation verb (evidence found, named as responsible, belonging to a group, "якобы"),
/// spyware, and a named candidate's campaign. The hard negatives keep the narrowed terms narrow: speculation and
/// attribution doubts voiced by others, bare "makes no sense", a rigged election, 抹黑 as a smear campaign, bare
/// "campaign" and "leak".
/// </summary>
public sealed partial class PresetPhrasingTests
{
    // (1) Seen no evidence, not a single concrete fact.
    [Theory]
    [InlineData("Der Kreml erklärte, man habe keine Beweise für russische Hackerangriffe gesehen, und nannte die Vorwürfe reine Spekulation.")]
    [InlineData("Moscú no ha visto pruebas de los supuestos ciberataques rusos, dijo Peskov.")]
    [InlineData("Le Kremlin affirme n'avoir vu aucune preuve et que pas un seul fait concret n'est cité sur ces cyberattaques.")]
    [InlineData("وقال بيسكوف إن موسكو لم تر أدلة على الهجمات الإلكترونية المزعومة.")]
    [InlineData("Песков сказал, что в Кремле не видели доказательств причастности российских хакеров к взлому.")]
    [InlineData("佩斯科夫表示，俄方没有看到任何证据证明俄罗斯黑客发动了网络攻击。")]
    [InlineData("The Russian ambassador said Moscow has not seen any evidence of the hacking.")]
    public void RussiaDenial_Pass8NoEvidenceSeen_Matches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    // (2) Has not helped the hackers.
    [Theory]
    [InlineData("The Russian embassy insisted that Moscow has not helped hackers attack foreign research centres.")]
    [InlineData("Der russische Botschafter sagte, Russland habe den Hackern nicht geholfen, die die Labore angegriffen hätten.")]
    [InlineData("L'ambassadeur russe assure que la Russie n'a pas aidé les pirates qui ont visé les laboratoires.")]
    [InlineData("El embajador ruso afirmó que Rusia no ha ayudado a los hackers que atacaron los laboratorios.")]
    [InlineData("وقال السفير الروسي إن روسيا لم تساعد القراصنة الذين استهدفوا المختبرات.")]
    [InlineData("Посол России заявил, что Россия не помогала хакерам, атаковавшим лаборатории.")]
    [InlineData("俄罗斯大使表示，俄方没有帮助黑客攻击这些实验室。")]
    public void RussiaDenial_Pass8NotHelpedHackers_Matches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    // (3) Disbelief in the story; impossible to attribute hacking to any country.
    [Theory]
    [InlineData("Moscow's envoy said he does not believe this story about Russian hacking and that it is impossible to attribute such attacks to a state.")]
    [InlineData("Der russische Botschafter sagte, er glaube diese Geschichte nicht, die Hackerangriffe keinem Land zuzuordnen sei unmöglich.")]
    [InlineData("L'ambassadeur russe a déclaré qu'il ne croit pas à cette histoire de piratage.")]
    [InlineData("El embajador ruso dijo que no cree en esta historia de los ciberataques.")]
    [InlineData("وقال السفير الروسي إنه لا يصدق هذه القصة عن القرصنة.")]
    [InlineData("Российский посол сказал, что не верит в эту историю о хакерах.")]
    [InlineData("俄罗斯大使说，他不相信这个故事，黑客攻击无法归咎于任何国家。")]
    public void RussiaDenial_Pass8DisbeliefAndNoAttribution_Matches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    // (4) The accusations called speculation.
    [Theory]
    [InlineData("Sacharowa bezeichnete die Vorwürfe russischer Cyberangriffe als Spekulationen.")]
    [InlineData("Zakharova dismissed the hacking claims as mere speculation.")]
    [InlineData("Zakharova a qualifié de pures spéculations les accusations de cyberattaques.")]
    [InlineData("Zajárova calificó de meras especulaciones las acusaciones de ciberataques.")]
    [InlineData("Захарова расценила обвинения в кибератаках как спекуляции.")]
    [InlineData("وقالت زاخاروفا إن اتهامات القرصنة مجرد تكهنات.")]
    [InlineData("扎哈罗娃表示，有关俄罗斯发动网络攻击的指控纯属猜测。")]
    public void RussiaDenial_Pass8Speculation_Matches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    // (5) Ridicule: a bacchanalia, jokes, a sign of impotence, so-called hackers, the accuser's internal politics.
    [Theory]
    [InlineData("Lavrov a qualifié les accusations de piratage russe de rituel de Bacchus.")]
    [InlineData("Лавров назвал обвинения в российских кибератаках вакханалией.")]
    [InlineData("Maria Zakharova a plaisanté sur les hackers russes accusés d'avoir influencé le vote.")]
    [InlineData("Zakharova joked about the role of Russian hackers in the vote.")]
    [InlineData("Захарова иронизирует над ролью российских хакеров в выборах.")]
    [InlineData("Zakharova calls the talk of Russian hackers a sign of impotence.")]
    [InlineData("Sacharowa nannte die Vorwürfe russischer Hackerangriffe ein Zeichen der Ohnmacht.")]
    [InlineData("Zajárova calificó las acusaciones de ciberataques rusos de signo de impotencia.")]
    [InlineData("وقالت زاخاروفا إن الحديث عن القراصنة الروس علامة على العجز.")]
    [InlineData("Zakharova ironise sur la prétendue ingérence russe dans le scrutin et les prétendus hackers russes.")]
    [InlineData("Песков высмеял разговоры о пресловутых российских хакерах.")]
    [InlineData("Zakharova said the theme of Russian hackers is part of the internal political struggle in the United States.")]
    [InlineData("Захарова заявила, что тема российских хакеров — часть внутриполитической борьбы в США.")]
    public void RussiaDenial_Pass8Ridicule_Matches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    // (6) The foreign ministry's counter-accusations and formulas: thief crying thief, distorting the facts, a complex
    // technical issue, so-called Chinese hackers, speculation.
    [Theory]
    [InlineData("The Chinese foreign ministry said Washington is a thief crying stop thief over the cyber attack claims.")]
    [InlineData("МИД КНР заявил, что Вашингтон обвиняет Китай в кибератаках, пытаясь, по мнению Пекина, исказить факты.")]
    [InlineData("La portavoz china dijo que Pekín rechaza la tergiversación sobre los ciberataques.")]
    [InlineData("中国外交部发言人表示，美方在网络攻击问题上混淆视听，是恶意抹黑。")]
    [InlineData("中方表示，网络攻击溯源是复杂的技术问题，美方所谓中国黑客的说法毫无道理。")]
    [InlineData("وقال المتحدث الصيني إن ما يسمى بالقرصنة الصينية مجرد تكهنات.")]
    [InlineData("Peking erklärte, die Vorwürfe chinesischer Hackerangriffe seien reine Spekulation.")]
    [InlineData("Pékin a qualifié de simples spéculations les accusations de cyberespionnage.")]
    public void ChinaDenial_Pass8CounterAccusationAndSpeculation_Matches(string text) => ShouldTrigger(text, Presets.ChinaDenial);

    // (7) Attribution without an accusation verb: evidence found, named as responsible, denounced that, belonging to a
    // group, 'allegedly'.
    [Theory]
    [InlineData("Пекин заявил, что собрал доказательства кибератак АНБ на китайские университеты.")]
    [InlineData("China found evidence of cyber attacks by the US National Security Agency on its time center.")]
    [InlineData("Die Ermittler fanden Beweise für russische Hackerangriffe auf das Parlament.")]
    [InlineData("Les enquêteurs ont trouvé des preuves de cyberattaques russes contre le ministère.")]
    [InlineData("Los investigadores encontraron pruebas de ciberataques rusos contra el ministerio.")]
    [InlineData("وقالت الشركة إنها عثرت على أدلة تربط الهجمات الإلكترونية بقراصنة صينيين.")]
    [InlineData("Les autorités taïwanaises désignent le Parti communiste chinois comme responsable des cyberattaques.")]
    [InlineData("Taipéi considera al Ministerio de Seguridad del Estado chino como responsable de los ciberataques.")]
    [InlineData("La agencia denunció que China ha creado unidades de hackers para atacar las redes de Taiwán.")]
    [InlineData("قالت شركة أمنية إن المتسللين الذين اخترقوا شبكات الاتصالات ينتمون إلى مجموعة تدعمها الصين.")]
    [InlineData("The researchers said the hackers belong to a group known as APT41 and planted spyware.")]
    [InlineData("Москва якобы стоит за хакерскими атаками на Бундестаг, заявили в Берлине.")]
    [InlineData("Berlin sprach von angeblich russischen Hackerangriffen auf den Bundestag.")]
    public void Accusation_Pass8EvidenceResponsibleAndAlleged_Matches(string text) => ShouldTrigger(text, Presets.Accusation);

    // (8) Spyware as hacking.
    [Theory]
    [InlineData("Les enquêteurs attribuent à la Chine le logiciel espion découvert sur les téléphones des diplomates.")]
    [InlineData("Los investigadores atribuyen a Rusia el programa espía hallado en los teléfonos del ministerio.")]
    [InlineData("Исследователи связали шпионскую программу в сети министерства с российской разведкой.")]
    [InlineData("ونسبت الحكومة برامج التجسس المكتشفة في هواتف الوزراء إلى روسيا.")]
    public void Accusation_Pass8Spyware_Matches(string text) => ShouldTrigger(text, Presets.Accusation);

    // (9) A named candidate's campaign hacked.
    [Theory]
    [InlineData("تعرضت حملة ماكرون لعملية قرصنة واسعة قبل الجولة الثانية.")]
    [InlineData("Iranian hackers breached the Trump campaign and stole internal documents.")]
    [InlineData("Des pirates ont piraté la campagne d'Emmanuel Macron à la veille du second tour.")]
    [InlineData("Хакеры взломали почту штаба Трампа.")]
    public void ElectionHack_Pass8NamedCampaign_Matches(string text) => ShouldTrigger(text, Presets.ElectionHack);

    // Speculation and attribution doubts voiced by others, a rigged election, a Russian payment card, a smear that is
    // the interference itself (抹黑 said of a candidate), a doping row: no denial by Russia or China.
    [Theory]
    [InlineData("There is speculation that Russian hackers were behind the cyber attack on the ministry.")]
    [InlineData("Experts say the cyber attack cannot be attributed with certainty to Russian hackers.")]
    [InlineData("Le Kremlin juge l'élection pipée en Moldavie, où des cyberattaques ont visé la commission électorale.")]
    [InlineData("В Кремле заявили, что российская карта платежей не пострадала от хакерской атаки.")]
    [InlineData("报告称，普京批准了干预美国大选的行动，有俄罗斯撑腰的人物抹黑特朗普的竞选对手拜登。")]
    [InlineData("Es gibt Spekulationen, dass Russland hinter dem Cyberangriff auf den Bundestag steckt.")]
    [InlineData("外界猜测俄罗斯黑客是这次网络攻击的幕后黑手。")]
    [InlineData("US officials said it makes no sense to doubt that Russian hackers were behind the cyber attack.")]
    [InlineData("Der Kreml sprach im Dopingskandal von reiner Spekulation und einem Zeichen der Ohnmacht.")]
    [InlineData("Песков назвал обвинения в допинге спекуляциями и высмеял доклад WADA.")]
    public void Denial_Pass8HardNegatives_IsNoDenial(string text) => ShouldBeNoDenial(text);

    // Evidence not found, and 'como responsable' of an office: no accusation.
    [Theory]
    [InlineData("El director, como responsable de ciberseguridad, explicó que el ciberataque contra el ministerio ruso fue detenido.")]
    [InlineData("Los investigadores no encontraron pruebas de que el ciberataque contra el ministerio ruso viniera del extranjero.")]
    [InlineData("Die Polizei hat keine Beweise gefunden, dass der Cyberangriff auf das iranische Ministerium aus dem Ausland kam.")]
    public void Accusation_Pass8HardNegatives_DoesNotMatch(string text) => ShouldNotTrigger(text, Presets.Accusation);

    // A campaign that is no election campaign, and a leak that is no hack.
    [Theory]
    [InlineData("تعرضت حملة التطعيم في روسيا لهجوم قرصنة إلكتروني.")]
    [InlineData("أثار تسريب نتائج الانتخابات قبل إعلانها غضب المرشحين.")]
    [InlineData("The vaccination campaign was disrupted after hackers attacked the health ministry.")]
    public void ElectionHack_Pass8HardNegatives_DoesNotMatch(string text) => ShouldNotTrigger(text, Presets.ElectionHack);
}
