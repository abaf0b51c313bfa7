using Bot.Core.Rules;

namespace Bot.Core.Tests.Rules;

/// <summary>
/// Own one-sentence phrasings for the lexicon terms of pass 7, a systematic sweep of denial wording in the seven
/// languages rather than a fit to articles: (1) denials of interference ("mischt sich nicht ein", "no se inmiscuye",
/// "ne s'ingère pas", "لا تتدخل", "не вмешивается", "不插手", "does not interfere", non-interference); (2) accusers
/// called liars and the claims hysteria, a witch hunt, fantasy or lies; (3) "has nothing to do with", "not involved
/// in it", "no connection"; (4) evidence missing or demanded ("Beweise schuldig geblieben", "no han aportado pruebas",
/// "دون إثبات", "не предъявлено"); (5) the Chinese foreign ministry's "China is itself a victim of cyber attacks"
/// and "combats all forms of them"; and the interference vocabulary each language uses. Each risky term has a hard
/// negative: an accuser's demand not to interfere, a state said to interfere, a denial of doping.
/// </summary>
public sealed partial class PresetPhrasingTests
{
    // (1) Denials of interference.
    [Theory]
    [InlineData("Peskow sagte, Russland mische sich nicht in die Wahlen anderer Staaten ein.")]
    [InlineData("\"Wir mischen uns nicht in die Bundestagswahl ein\", erklärte das russische Außenministerium.")]
    [InlineData("El Kremlin aseguró que Rusia no se inmiscuye en las elecciones de otros países.")]
    [InlineData("Moscú insiste en que no interfiere en los comicios europeos.")]
    [InlineData("Le Kremlin affirme que la Russie ne s'ingère pas dans les élections des autres pays.")]
    [InlineData("وقال الكرملين إن روسيا لا تتدخل في الانتخابات في الدول الأخرى.")]
    [InlineData("Песков заявил, что Россия не вмешивается в выборы в других странах.")]
    [InlineData("俄罗斯外交部表示，俄罗斯从不插手美国大选。")]
    [InlineData("The Russian foreign ministry said Moscow does not interfere in the elections of other countries.")]
    public void RussiaDenial_Pass7InterferenceDenial_Matches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    [Theory]
    [InlineData("Посол заявил: «Мы следим за ходом выборов в США. Но Россия не вмешивается во внутренние дела США», — сказал он.")]
    [InlineData("The ambassador said his embassy was following the US election closely. Russia does not interfere in US internal affairs, he said.")]
    public void RussiaDenial_InterferenceDenialWithTheElectionInTheSentenceBefore_Matches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    [Theory]
    [InlineData("Peking betonte das Prinzip der Nichteinmischung und wies auf die Wahl in Kanada hin.")]
    [InlineData("La portavoz china dijo que Pekín respeta el principio de no injerencia en las elecciones de Canadá.")]
    [InlineData("Selon Pékin, la Chine s'en tient à la non-ingérence et ne s'immisce pas dans les élections canadiennes.")]
    [InlineData("وقالت بكين إنها تلتزم بعدم التدخل في الانتخابات الكندية.")]
    [InlineData("МИД КНР заявил, что Пекин придерживается принципа невмешательства и не вмешивается в выборы в Канаде.")]
    [InlineData("中国驻加拿大使馆表示，中方一贯坚持不干涉他国内政原则，从未介入加拿大选举。")]
    [InlineData("A Chinese foreign ministry spokesman said Beijing has never interfered in Canada's elections.")]
    public void ChinaDenial_Pass7InterferenceDenialWithoutHacking_DoesNotMatch(string text) => ShouldNotTrigger(text, Presets.ChinaDenial);

    [Theory]
    [InlineData("Canada said Chinese state hackers had breached the election agency's network. A Chinese foreign ministry spokesman said Beijing has never interfered in Canada's elections.")]
    [InlineData("Ottawa accuse des pirates informatiques chinois d'avoir visé le scrutin. Selon Pékin, la Chine s'en tient à la non-ingérence et ne s'immisce pas dans les élections canadiennes.")]
    [InlineData("加拿大指责中国黑客入侵选举机构网络。中国驻加拿大使馆表示，中方一贯坚持不干涉他国内政原则，从未介入加拿大选举。")]
    public void ChinaDenial_Pass7InterferenceDenialInAHackingStory_Matches(string text) => ShouldTrigger(text, Presets.ChinaDenial);

    // (2) Liars, hysteria, witch hunts, fantasies, lies.
    [Theory]
    [InlineData("Wer von russischen Cyberangriffen auf das Parlament rede, sei ein Lügner, sagte Peskow.")]
    [InlineData("Der Kreml sprach von Hysterie um die angeblichen Hackerangriffe.")]
    [InlineData("Zajárova calificó de histeria y caza de brujas las denuncias de ciberataques.")]
    [InlineData("Moscou dénonce une chasse aux sorcières après les accusations de cyberattaques.")]
    [InlineData("ووصفت زاخاروفا الاتهامات بالهجمات الإلكترونية بأنها هستيريا.")]
    [InlineData("Захарова назвала обвинения в кибератаках очередной охотой на ведьм.")]
    [InlineData("俄罗斯外交部称，所谓俄方发动网络攻击的说法是歇斯底里的猎巫。")]
    [InlineData("Moscow called the hacking allegations a witch hunt driven by paranoia.")]
    public void RussiaDenial_Pass7LiesAndHysteria_Match(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    [Theory]
    [InlineData("Peking nannte die Vorwürfe der Cyberspionage Hirngespinste.")]
    [InlineData("La cancillería china tachó de fantasía las acusaciones de espionaje informático.")]
    [InlineData("Pékin qualifie de fantasmes les accusations de cyberespionnage.")]
    [InlineData("وقالت الخارجية الصينية إن الاتهامات بالقرصنة من نسج الخيال.")]
    [InlineData("В МИД Китая назвали обвинения в хакерских атаках мифом.")]
    [InlineData("中国外交部发言人称，有关中国黑客攻击的指控完全是谎言。")]
    [InlineData("Beijing dismissed the cyber espionage claims as Cold War mentality.")]
    public void ChinaDenial_Pass7LiesAndHysteria_Match(string text) => ShouldTrigger(text, Presets.ChinaDenial);

    // (3) Nothing to do with it, not involved, no connection.
    [Theory]
    [InlineData("Die russische Botschaft erklärte, Russland sei daran nicht beteiligt gewesen, den Cyberangriff habe es nicht gegeben.")]
    [InlineData("Moscú afirmó que no tiene relación con el ciberataque contra el ministerio.")]
    [InlineData("Le Kremlin assure que la Russie n'y est pour rien dans la cyberattaque.")]
    [InlineData("وقال الكرملين إن روسيا ليست لها علاقة بالهجوم الإلكتروني.")]
    [InlineData("Песков заявил, что Кремль к кибератаке на парламент отношения не имеет.")]
    [InlineData("俄罗斯驻华使馆表示，俄方与这次网络攻击毫无关系。")]
    [InlineData("The Russian embassy said Moscow has no connection to the cyber attack.")]
    public void RussiaDenial_Pass7NotInvolved_Matches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    [Theory]
    [InlineData("Die chinesische Botschaft erklärte zu dem Hackerangriff, China sei daran in keiner Weise beteiligt.")]
    [InlineData("Pekín sostiene que es ajeno a los ciberataques contra las redes de telefonía.")]
    [InlineData("L'ambassade de Chine affirme que Pékin n'a joué aucun rôle dans le piratage.")]
    [InlineData("وقالت السفارة الصينية إن الصين لا شأن لها بالهجوم الإلكتروني.")]
    [InlineData("Посольство КНР заявило, что Китай никак не связан с хакерской атакой.")]
    [InlineData("中国驻英国大使馆表示，中方与这起网络攻击没有关系。")]
    [InlineData("The Chinese embassy said Beijing had no part in the hacking of the ministry.")]
    public void ChinaDenial_Pass7NotInvolved_Matches(string text) => ShouldTrigger(text, Presets.ChinaDenial);

    // (4) Evidence missing, unproven or demanded.
    [Theory]
    [InlineData("Sacharowa sagte, London sei die Beweise für die Hackerangriffe schuldig geblieben.")]
    [InlineData("El Kremlin afirmó que los británicos no han aportado pruebas de los ciberataques.")]
    [InlineData("Le Kremlin estime que les accusations de cyberattaques ne sont pas étayées et exige des preuves.")]
    [InlineData("وقال بيسكوف إن اتهامات القرصنة غير مثبتة وصدرت دون إثبات.")]
    [InlineData("Захарова заявила, что обвинения в кибератаках не доказаны, и потребовала: пусть покажут.")]
    [InlineData("俄罗斯外交部称，英方未提供任何证据证明所谓网络攻击。")]
    [InlineData("The Russian embassy said Western governments have yet to provide proof of the hacking.")]
    public void RussiaDenial_Pass7NoEvidence_Matches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    [Theory]
    [InlineData("Peking verlangte Beweise für die angeblichen Cyberangriffe.")]
    [InlineData("Pekín dijo que no existen pruebas de los ataques informáticos atribuidos a China.")]
    [InlineData("Pékin réclame des preuves de ces cyberattaques.")]
    [InlineData("وقالت بكين إن الاتهامات بالقرصنة غير مدعومة بأي برهان.")]
    [InlineData("Пекин потребовал показать доказательства кибератак.")]
    [InlineData("中国外交部发言人说，有关方面在网络攻击问题上无凭无据。")]
    [InlineData("Beijing said the accusers have not provided any evidence of the cyber attack.")]
    public void ChinaDenial_Pass7NoEvidence_Matches(string text) => ShouldTrigger(text, Presets.ChinaDenial);

    // (5) China itself a victim of cyber attacks; combats all forms of them.
    [Theory]
    [InlineData("Das chinesische Außenministerium erklärte, China sei selbst Opfer von Cyberangriffen.")]
    [InlineData("Pekín dijo que China es una de las principales víctimas de los ciberataques.")]
    [InlineData("La Chine est elle-même victime de cyberattaques, a déclaré le porte-parole Lin Jian.")]
    [InlineData("وقالت الخارجية الصينية إن الصين نفسها ضحية للهجمات الإلكترونية.")]
    [InlineData("МИД КНР заявил, что Китай сам является жертвой кибератак.")]
    [InlineData("外交部发言人表示，中国坚决打击一切形式的黑客攻击。")]
    [InlineData("The Chinese foreign ministry said China itself is a victim of hacking and combats all forms of cyber attacks.")]
    public void ChinaDenial_Pass7VictimAndCombat_Matches(string text) => ShouldTrigger(text, Presets.ChinaDenial);

    // An accuser's demand not to interfere, a state said to interfere, Russia's wording of a doping denial, a
    // defence the accused took no part in: no denial by Russia or China.
    [Theory]
    [InlineData("Die Bundesregierung forderte Russland auf, sich nicht in die Wahl einzumischen und die Hackerangriffe zu beenden.")]
    [InlineData("Der Verfassungsschutz warnt, Russland mische sich mit Cyberangriffen in die Bundestagswahl ein.")]
    [InlineData("Washington exigió a Rusia que no interfiera en las elecciones tras los ciberataques.")]
    [InlineData("Paris a demandé à Moscou de ne pas s'ingérer dans l'élection après les cyberattaques.")]
    [InlineData("ودعت واشنطن روسيا إلى عدم التدخل في الانتخابات بعد الهجمات الإلكترونية.")]
    [InlineData("Вашингтон призвал Россию не вмешиваться в выборы после кибератак.")]
    [InlineData("美国敦促俄罗斯不要干涉美国大选，停止网络攻击。")]
    [InlineData("The US warned Russia not to interfere in the election after the hacking.")]
    [InlineData("Песков назвал обвинения в допинге охотой на ведьм и истерией.")]
    [InlineData("Der Kreml sprach von Hysterie und Lügnern im Dopingskandal.")]
    [InlineData("Die Bundeswehr war an der Abwehr des russischen Cyberangriffs nicht beteiligt.")]
    [InlineData("Police found no connection between the Russian hackers and the local suspects in the cyber attack.")]
    [InlineData("Moldova is also a victim of cyber attacks blamed on Russia.")]
    public void Denial_Pass7HardNegatives_IsNoDenial(string text) => ShouldBeNoDenial(text);
}
