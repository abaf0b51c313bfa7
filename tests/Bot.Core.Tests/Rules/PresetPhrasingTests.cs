using Bot.Core.Matching;
using Bot.Core.Rules;

namespace Bot.Core.Tests.Rules;

/// <summary>
/// One-sentence articles in the seven languages, in the phrasings wire copy uses for a state's denial, an
/// attribution and an election hack: inflected verbs, idioms, spokespeople, embassies. Each must trigger its preset.
/// </summary>
public sealed partial class PresetPhrasingTests
{
    private static readonly CompiledRuleSet All = CompiledRuleSet.Compile(Presets.Names.Select(name => Presets.Rule(name)!));

    [Theory]
    [InlineData("Moscow has consistently denied any involvement in the hacking campaign.")]
    [InlineData("The Russian embassy in London called the cyberattack allegations \"unfounded\".")]
    [InlineData("Kremlin spokesman Dmitry Peskov said Russia had nothing to do with the cyber attack.")]
    [InlineData("Russia's foreign ministry dismissed the hacking claims as \"Russophobic hysteria\".")]
    [InlineData("The Russian Embassy did not respond, but Moscow has previously said the hacking allegations are baseless.")]
    [InlineData("Moscou a toujours nié toute implication dans ces cyberattaques.")]
    [InlineData("Le Kremlin a rejeté jeudi les accusations de piratage, les jugeant « sans fondement ».")]
    [InlineData("Dmitri Peskov a balayé d'un revers de main les accusations de cyberespionnage.")]
    [InlineData("Moscou s'inscrit en faux contre les accusations de cyberattaques.")]
    [InlineData("El Kremlin ha negado repetidamente cualquier participación en los ciberataques.")]
    [InlineData("La embajada rusa desmintió cualquier implicación en el ciberataque.")]
    [InlineData("Zajárova exigió a Berlín que presente pruebas de la implicación de hackers rusos.")]
    [InlineData("Moskau hat jede Beteiligung an den Cyberangriffen bestritten.")]
    [InlineData("Der Kreml wies die Vorwürfe des Hackerangriffs entschieden zurück.")]
    [InlineData("Russland hat die Hacker-Vorwürfe empört von sich gewiesen.")]
    [InlineData("Russland habe nichts mit dem Hackerangriff zu tun, sagte Peskow.")]
    [InlineData("В Кремле опровергли причастность России к кибератакам.")]
    [InlineData("Захарова назвала бредом заявления о российских хакерах.")]
    [InlineData("Россия не причастна к кибератаке, заявили в МИД РФ.")]
    [InlineData("Песков: Россия не имеет никакого отношения к хакерским атакам.")]
    [InlineData("Лавров: Лондон так и не предъявил ни одного факта о кибератаках.")]
    [InlineData("ونفت موسكو أي تورط في الهجمات السيبرانية.")]
    [InlineData("رفض الكرملين الاتهامات بالقرصنة ووصفها بأنها سخيفة.")]
    [InlineData("وقال بيسكوف إن الاتهامات بالاختراق لا أساس لها من الصحة.")]
    [InlineData("وقال بيسكوف إن اتهامات الاختراق الموجهة إلى روسيا لم تدعم بأي أدلة.")]
    [InlineData("Хакеры атаковали сайт Бундестага. «Это абсурд», — заявил Песков.")]
    [InlineData("Moscou dément toute ingérence dans l'élection présidentielle américaine.")]
    [InlineData("俄方否认参与网络攻击。")]
    [InlineData("佩斯科夫表示，俄罗斯与这起网络攻击毫无关系。")]
    [InlineData("俄外交部发言人扎哈罗娃称，有关网络攻击的指责是无稽之谈。")]
    [InlineData("Песков назвал ерундой сообщения о причастности российских хакеров к взлому.")]
    [InlineData("В Кремле назвали сфабрикованными обвинения во взломе серверов министерства.")]
    [InlineData("Захарова назвала кампанейщиной обвинения в кибератаках на европейские парламенты.")]
    [InlineData("В МИД России заявили, что дело о хакерах шито белыми нитками.")]
    [InlineData("El Kremlin calificó las denuncias de ciberataques como propaganda antirrusa.")]
    [InlineData("El Kremlin aseguró que Rusia nunca ha participado en un ataque de piratería contra Francia.")]
    [InlineData("Kremlsprecher Peskow sprach von einer Falschmeldung über russische Hacker.")]
    [InlineData("Russland wies den Vorwurf umgehend zurück, hinter dem Hackerangriff zu stehen.")]
    [InlineData("Russland bestreitet, eine Sicherheitslücke in der Software ausgenutzt zu haben.")]
    [InlineData("The Kremlin called the hacking accusations ill-founded.")]
    [InlineData("شكك الكرملين في صحة الاتهامات بالقرصنة.")]
    [InlineData("وصفت وزارة الخارجية الروسية الاتهامات بالقرصنة الإلكترونية بأنها ترهات.")]
    [InlineData("Le Kremlin affirme que la Russie n'a aucun rapport avec ces cyberattaques.")]
    [InlineData("Moscou assure ne pas avoir le moindre rapport avec le piratage des ministères.")]
    [InlineData("El Kremlin pidió a Londres presentar evidencias de que hackers rusos atacaron sus redes.")]
    [InlineData("Lavrov calificó de tontería las acusaciones de ciberataques rusos.")]
    [InlineData("俄方否认曾入侵电邮账户，称美方的指控毫无根据。")]
    [InlineData("ونفى الكرملين أي ضلوع لأجهزة روسية في الهجمات الإلكترونية على الشركة.")]
    [InlineData("وقال بيسكوف إنه لا يمكن الحديث عن أي تورط روسي في قرصنة الخوادم.")]
    [InlineData("وصف لافروف الاتهامات الأمريكية بالقرصنة بأنها مجرد ثرثرة.")]
    [InlineData("وقال الكرملين إن روسيا لا تقوم بهجمات إلكترونية على دول أخرى.")]
    [InlineData("Захарова назвала обвинения в хакерских атаках признаком бессилия Вашингтона.")]
    [InlineData("Песков сказал, что в Кремле устали от обвинений во взломах.")]
    [InlineData("Путин заявил, что Россия не занимается хакерством на государственном уровне.")]
    [InlineData("俄方表示，俄罗斯从不发动针对他国的网络攻击。")]
    [InlineData("The Kremlin said Russia does not carry out cyberattacks against other countries.")]
    [InlineData("Moscow has never carried out a hacking operation against Britain, Peskov said.")]
    [InlineData("Selon Moscou, la Russie n'a jamais mené de cyberattaque contre l'Allemagne.")]
    [InlineData("Zakharova a qualifié de mythe les accusations de piratage russe.")]
    [InlineData("El Kremlin afirmó que Rusia no realiza ciberataques contra otros países.")]
    [InlineData("Peskow sagte, Russland führt keine Cyberangriffe auf andere Staaten durch.")]
    [InlineData("Der Kreml wies diese Vorwürfe der Hackerangriffe zurück.")]
    [InlineData("Der Kremlsprecher wies den Bericht über russische Hacker als haltlos zurück.")]
    [InlineData("El Kremlin negó las acusaciones de que Rusia se inmiscuyó en las elecciones.")]
    [InlineData("Der Kreml bestreitet jede Wahleinmischung in Moldau.")]
    [InlineData("俄方否认介入美国总统选举。")]
    public void RussiaDenial_WireCopyPhrasing_Matches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    [Theory]
    [InlineData("Beijing has denied the hacking allegations.")]
    [InlineData("China's embassy pushed back against U.S. claims that Chinese hackers breached telecom networks.")]
    [InlineData("Beijing dismissed the hacking claims as a smear.")]
    [InlineData("L'ambassade de Chine a fermement contesté les accusations visant le groupe APT31.")]
    [InlineData("Pékin juge les accusations de cyberespionnage « dénuées de tout fondement ».")]
    [InlineData("Pekín rechazó las acusaciones de hackeo como \"infundadas\".")]
    [InlineData("China tilda de \"calumnia\" las acusaciones sobre el grupo de hackers Salt Typhoon.")]
    [InlineData("Die chinesische Botschaft nannte die Hacker-Vorwürfe „aus der Luft gegriffen“.")]
    [InlineData("Peking wies die Vorwürfe der Cyberspionage zurück.")]
    [InlineData("Пекин отверг обвинения в кибершпионаже.")]
    [InlineData("В МИД КНР назвали клеветой обвинения в хакерских атаках.")]
    [InlineData("نفت السفارة الصينية الاتهامات بالقرصنة.")]
    [InlineData("وصفت الخارجية الصينية اتهامات التجسس الإلكتروني بأنها افتراء.")]
    [InlineData("外交部发言人毛宁表示，美方所谓中国黑客攻击的说法纯属捏造。")]
    [InlineData("郭嘉昆说，美方的网络攻击指控是典型的贼喊捉贼。")]
    [InlineData("林剑表示，美方在缺乏事实依据的情况下将网络攻击与中国政府挂钩。")]
    [InlineData("China se opone firmemente a todo tipo de ciberataques, dijo el portavoz de la cancillería.")]
    [InlineData("El Gobierno chino jamás ha estado involucrado en ningún ataque cibernético, afirmó Pekín.")]
    [InlineData("Peking nannte die Vorwürfe der Cyberspionage politisch motiviert.")]
    [InlineData("Das chinesische Außenministerium erklärte, der Bericht über den Hackerangriff sei fingiert.")]
    [InlineData("China dementiert, Computerspione in das Netz des Ministeriums eingeschleust zu haben.")]
    [InlineData("Peking bestreitet, Spionageprogramme auf Regierungsrechnern installiert zu haben.")]
    [InlineData("وقالت الصين إن الأدلة البريطانية على القرصنة غير كافية.")]
    [InlineData("وصفت الخارجية الصينية الاتهامات البريطانية بالقرصنة بأنها غير مهنية.")]
    [InlineData("وقالت بكين إن التقارير عن القراصنة الصينيين حملة تضليل أمريكية.")]
    [InlineData("外交部发言人表示，所谓中国黑客攻击的报告极不专业。")]
    [InlineData("中方认为，美方关于网络攻击的指控证据不足。")]
    [InlineData("Pékin a qualifié de non professionnelles les accusations de cyberespionnage.")]
    [InlineData("Foreign ministry spokesman Hong Lei called the hacking accusations groundless.")]
    [InlineData("El portavoz Hong Lei calificó de infundadas las acusaciones de ciberespionaje.")]
    [InlineData("Хун Лэй назвал обвинения во взломе безосновательными.")]
    [InlineData("洪磊表示，有关黑客攻击的指责毫无根据。")]
    [InlineData("外交部发言人说，中国政府从不从事任何形式的黑客攻击。")]
    [InlineData("中方表示，中国从未发动针对美国电网的网络攻击。")]
    [InlineData("Pékin assure ne s'être jamais livré à des cyberattaques contre les États-Unis.")]
    [InlineData("Pour Pékin, l'accusation de piratage portée par Londres n'est pas professionnelle.")]
    [InlineData("Peking nannte den Bericht über chinesische Hacker unprofessionell.")]
    [InlineData("В МИД КНР заявили, что Китай выступает против хакерских атак в любой форме.")]
    [InlineData("A Chinese spokesman said Beijing does not engage in hacking of any kind.")]
    [InlineData("وقالت بكين إنها لا تشن هجمات إلكترونية على أي دولة.")]
    [InlineData("China nunca ha realizado ataques informáticos contra otros países, dijo el portavoz.")]
    public void ChinaDenial_WireCopyPhrasing_Matches(string text) => ShouldTrigger(text, Presets.ChinaDenial);

    // Where the speaker stands: before the denial with an accuser or an addressee between them, after a dateline,
    // in reported speech, or after the verb (Arabic, Spanish, French and German inversions, German V2).
    [Theory]
    [InlineData("Kremlin spokesman Dmitry Peskov called the U.S. accusations of hacking absurd.")]
    [InlineData("Zakharova demanded that Berlin present evidence that Russian hackers were behind the attack.")]
    [InlineData("MOSCOW (Reuters) - The Kremlin on Tuesday rejected British accusations that Russian military intelligence was behind the cyberattacks.")]
    [InlineData("Russia's foreign ministry said that the claims about Russian hackers attacking Germany were absurd.")]
    [InlineData("\"This is absurd,\" Peskov said of the hacking allegations.")]
    [InlineData("Russia, accused of the cyberattacks, denied any involvement.")]
    [InlineData("Russia, accused by Britain of the cyberattacks, denied any involvement.")]
    [InlineData("The Kremlin called accusations of Russian hacking absurd.")]
    [InlineData("« C'est absurde », a déclaré le Kremlin à propos des accusations de cyberattaques.")]
    [InlineData("Moscou a rejeté les accusations de Washington concernant les cyberattaques.")]
    [InlineData("MOSCOU (AFP) - Le Kremlin a démenti mardi les accusations britanniques de piratage informatique.")]
    [InlineData("Rechazó el Kremlin las acusaciones de Londres sobre los ciberataques.")]
    [InlineData("\"Es absurdo\", dijo Peskov sobre las acusaciones de hackeo.")]
    [InlineData("MOSCÚ, 5 mar (Reuters) - El Kremlin negó el martes las acusaciones de Estados Unidos sobre ciberataques rusos.")]
    [InlineData("Die Vorwürfe wies Moskau zurück: Russland habe mit den Cyberangriffen nichts zu tun.")]
    [InlineData("Kremlsprecher Peskow bezeichnete die Hacker-Vorwürfe aus Berlin als absurd.")]
    [InlineData("Moskau (dpa) - Russland hat die Vorwürfe der Bundesregierung zu den Cyberangriffen zurückgewiesen.")]
    [InlineData("Песков назвал абсурдными обвинения США в кибератаках.")]
    [InlineData("Захарова потребовала от Берлина предоставить доказательства причастности российских хакеров.")]
    [InlineData("МОСКВА, 5 марта. Кремль отверг обвинения Лондона в кибератаках.")]
    [InlineData("Обвинения Лондона в кибератаках отвергли в Кремле.")]
    [InlineData("نفت روسيا الاتهامات الأمريكية بشن هجمات إلكترونية.")]
    [InlineData("وقالت زاخاروفا إن على برلين تقديم أدلة على تورط قراصنة روس.")]
    [InlineData("موسكو - رفض الكرملين اتهامات لندن بالوقوف وراء الهجمات السيبرانية.")]
    [InlineData("俄罗斯外交部发言人扎哈罗娃表示，美方关于俄罗斯黑客攻击的指控毫无根据。")]
    [InlineData("克里姆林宫发言人佩斯科夫称，英方的网络攻击指责荒谬。")]
    public void RussiaDenial_SpeakerBeforeAfterOrInverted_Matches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    [Theory]
    [InlineData("Chinese foreign ministry spokeswoman Mao Ning said the U.S. accusations of hacking were groundless.")]
    [InlineData("BEIJING (Reuters) - China on Monday rejected accusations by the Netherlands that Chinese state hackers breached a military network.")]
    [InlineData("Berlin - China's embassy in Berlin rejected the German government's accusations of cyber espionage.")]
    [InlineData("« Ce sont des accusations sans fondement », a déclaré l'ambassade de Chine au sujet du piratage.")]
    [InlineData("Pékin a rejeté les accusations de Washington sur le cyberespionnage.")]
    [InlineData("Rechazó China las acusaciones de Washington sobre el ciberespionaje.")]
    [InlineData("\"Son acusaciones infundadas\", afirmó la embajada china sobre el hackeo.")]
    [InlineData("Diese Vorwürfe wies Peking zurück, die Hackerangriffe seien eine Erfindung.")]
    [InlineData("Die chinesische Botschaft in Berlin wies die Vorwürfe der Bundesregierung zu den Hackerangriffen zurück.")]
    [InlineData("Представитель МИД КНР Мао Нин назвала беспочвенными обвинения США в кибератаках.")]
    [InlineData("Пекин отверг обвинения Вашингтона в хакерских атаках.")]
    [InlineData("نفت الصين الاتهامات الأمريكية بالتجسس الإلكتروني.")]
    [InlineData("بكين - رفضت السفارة الصينية في برلين اتهامات القرصنة.")]
    [InlineData("外交部发言人毛宁表示，美方对中国的网络攻击指责毫无根据。")]
    [InlineData("中国驻德国大使馆发言人表示，德方有关中国黑客的指责纯属捏造。")]
    public void ChinaDenial_SpeakerBeforeAfterOrInverted_Matches(string text) => ShouldTrigger(text, Presets.ChinaDenial);

    // Another state says the denial word: about a report by or about Russia or China, after one of them accuses, or
    // with the victims named next to the verb.
    [Theory]
    [InlineData("China denied a report by Russian cybersecurity firm Kaspersky that Chinese hackers had breached its networks.", Presets.RussiaDenial)]
    [InlineData("Washington rejected Moscow's claims that Ukrainian hackers were behind the cyberattack.", Presets.RussiaDenial)]
    [InlineData("Russia accused Chinese hackers of the attack, but Beijing denied any involvement.", Presets.RussiaDenial)]
    [InlineData("Ukraine denied Russian claims that Kyiv's hackers attacked Russian banks.", Presets.RussiaDenial)]
    [InlineData("La Chine a démenti un rapport russe sur des pirates informatiques chinois.", Presets.RussiaDenial)]
    [InlineData("Pekín negó el informe de la empresa rusa Kaspersky sobre hackers chinos.", Presets.RussiaDenial)]
    [InlineData("Kiew wies die russischen Vorwürfe eines Hackerangriffs auf Moskau zurück.", Presets.RussiaDenial)]
    [InlineData("Китай опроверг доклад российской компании о китайских хакерах.", Presets.RussiaDenial)]
    [InlineData("Россия обвинила Украину в кибератаке, но Киев отверг обвинения.", Presets.RussiaDenial)]
    [InlineData("La Russie accuse des pirates chinois de la cyberattaque, mais Pékin dément toute implication.", Presets.RussiaDenial)]
    [InlineData("Rusia acusó a hackers chinos del ciberataque, pero Pekín negó cualquier implicación.", Presets.RussiaDenial)]
    [InlineData("Russland beschuldigt chinesische Hacker, doch Peking bestreitet jede Beteiligung an dem Cyberangriff.", Presets.RussiaDenial)]
    [InlineData("اتهمت روسيا قراصنة صينيين بالهجوم الإلكتروني، لكن بكين نفت أي تورط.", Presets.RussiaDenial)]
    [InlineData("俄罗斯指责中国黑客发动网络攻击，但中方否认。", Presets.RussiaDenial)]
    [InlineData("Beijing denied that Chinese hackers had attacked Russian defence firms.", Presets.RussiaDenial)]
    [InlineData("Pekín negó haber hackeado bancos rusos.", Presets.RussiaDenial)]
    [InlineData("نفت الصين تقريرا لشركة روسية عن قراصنة صينيين.", Presets.RussiaDenial)]
    [InlineData("中国否认俄罗斯公司关于中国黑客的报告。", Presets.RussiaDenial)]
    [InlineData("Russia denied a report by a Chinese cybersecurity firm about Russian hackers.", Presets.ChinaDenial)]
    [InlineData("Moscow rejected U.S. claims that it helped Chinese hackers breach telecom networks.", Presets.ChinaDenial)]
    [InlineData("Moscou a rejeté les accusations de piratage visant des entreprises chinoises.", Presets.ChinaDenial)]
    [InlineData("Rusia negó las acusaciones chinas de ciberespionaje.", Presets.ChinaDenial)]
    [InlineData("Russland wies chinesische Berichte über russische Hacker zurück.", Presets.ChinaDenial)]
    [InlineData("Россия отвергла обвинения Китая в кибершпионаже.", Presets.ChinaDenial)]
    [InlineData("نفت روسيا اتهامات صينية بالتجسس الإلكتروني.", Presets.ChinaDenial)]
    [InlineData("俄罗斯否认中方关于网络攻击的指控。", Presets.ChinaDenial)]
    [InlineData("Moscow denied that its hackers had breached Chinese telecom networks.", Presets.ChinaDenial)]
    public void Denial_SaidByAnotherState_IsNotThatStatesDenial(string text, string preset) =>
        All.Match(text).Select(m => m.RuleName).ShouldNotContain(preset);

    [Theory]
    [InlineData("Microsoft attributed the intrusion to Midnight Blizzard, a group linked to Russia's SVR.")]
    [InlineData("The FBI said Iranian hackers breached the campaign's email accounts.")]
    [InlineData("La France accuse la Russie d'avoir piraté des ministères.")]
    [InlineData("El Gobierno atribuye el hackeo a un grupo vinculado a Irán.")]
    [InlineData("Die Bundesregierung macht Russland für den Hackerangriff verantwortlich.")]
    [InlineData("Berlin wirft China Cyberspionage vor.")]
    [InlineData("Лондон обвинил Россию в кибератаке.")]
    [InlineData("«Мы считаем, что за атакой стоят хакеры из России», — сказал министр.")]
    [InlineData("اتهمت بريطانيا روسيا بشن هجمات إلكترونية.")]
    [InlineData("英国政府将这起网络攻击归咎于俄罗斯军事情报机构。")]
    [InlineData("美国司法部起诉多名黑客，称其受雇于中国国家安全部。")]
    public void Accusation_WireCopyPhrasing_Matches(string text) => ShouldTrigger(text, Presets.Accusation);

    [Theory]
    [InlineData("Hackers breached the election commission's servers.")]
    [InlineData("Des pirates informatiques ont visé la campagne présidentielle.")]
    [InlineData("Un ciberataque afectó al sistema de votación electrónica.")]
    [InlineData("Der Cyberangriff auf die Parteizentrale der CDU vor der Bundestagswahl.")]
    [InlineData("Russische Staatshacker spähten E-Mail-Konten der SPD-Parteispitze aus.")]
    [InlineData("Хакеры атаковали сайт ЦИК.")]
    [InlineData("اخترق قراصنة موقع لجنة الانتخابات.")]
    [InlineData("黑客入侵了选委会的网站。")]
    public void ElectionHack_WireCopyPhrasing_Matches(string text) => ShouldTrigger(text, Presets.ElectionHack);

    [Theory]
    [InlineData("Хакеры атаковали сайт министерства. Погода в столице на выходных будет теплой, а в понедельник синоптики обещают сильный дождь и ветер на всей территории области и в соседних регионах страны. Песков опроверг сообщения о переговорах с Украиной.")]
    [InlineData("هاجم قراصنة موقع الوزارة.\nوفي شأن آخر أعلنت الحكومة عن خطة جديدة لدعم المزارعين في المناطق الريفية وتوفير القروض الميسرة لهم خلال الموسم الزراعي المقبل في جميع المحافظات.\nونفى الكرملين تقارير عن نقل قوات إلى الحدود.")]
    [InlineData("黑客攻击了政府网站。\n另外，气象部门预计本周末全国大部分地区将迎来降温降雨天气，北方部分地区还可能出现大风和沙尘天气，请市民注意出行安全。\n俄方否认向边境增兵。")]
    [InlineData("رفضت روسيا الادعاءات بشأن تسميم المعارض.\nوقال الأطباء إن الغاز يخترق الجلد بسرعة.")]
    [InlineData("ЕС ввел антироссийские санкции против хакеров ГРУ, обвиняемых в кибератаках на Бундестаг.")]
    [InlineData("Hacker verschickten fingierte E-Mails im Namen der russischen Botschaft.")]
    [InlineData("Хакеры атаковали сайт министерства.\nВ выходные в столице прошли концерты, ярмарки и спортивные соревнования, а городские власти открыли несколько новых парков и скверов для жителей.\nПесков назвал ерундой слухи об отставке правительства.")]
    [InlineData("Der Kreml wies den Vorwurf zurück, Dopingproben manipuliert zu haben.")]
    [InlineData("China se opone firmemente a los aranceles de Estados Unidos.")]
    [InlineData("La Russie n'a publié aucun rapport sur la cyberattaque contre ses banques.")]
    [InlineData("Hackers atacaron el sitio del ministerio. Mientras tanto, en la capital se celebraron conciertos, ferias y competiciones deportivas durante todo el fin de semana con mucho público. El Kremlin calificó de tontería los rumores sobre la salud del presidente.")]
    [InlineData("Хакеры атаковали сайт министерства. Песков сказал, что устал от вопросов журналистов о погоде.")]
    [InlineData("Hackers hit the ministry's servers. The city also reopened two bridges, a museum and several schools that had been closed for repairs since the storms of last winter and spring. Russia does not carry out military exercises near the border, Peskov said.")]
    [InlineData("黑客攻击了政府网站。\n另外，气象部门预计本周末全国大部分地区将迎来降温降雨天气，北方部分地区还可能出现大风和沙尘天气，请市民注意出行安全。\n中方表示，中国从不从事军备竞赛。")]
    [InlineData("Des pirates ont attaqué le site du ministère. Par ailleurs, la mairie a rouvert deux ponts, un musée et plusieurs écoles fermés pour travaux depuis les tempêtes de l'hiver dernier. Le Kremlin a dit que la Russie ne mène pas de manœuvres près de la frontière.")]
    public void Denial_OfSomethingElseOrNoDenialAtAll_DoesNotMatch(string text)
    {
        var rules = All.Match(text).Select(m => m.RuleName).ToList();
        rules.ShouldNotContain(Presets.RussiaDenial);
        rules.ShouldNotContain(Presets.ChinaDenial);
    }

    // Hong Kong and Taiwan pages write Traditional characters (folded to Simplified) and words of their own:
    // 駭客 for hacker, 網路 for network, 中共 and 網軍 for China and its cyber units.
    [Theory]
    [InlineData("外交部發言人郭嘉昆表示，美方所謂中國駭客攻擊的說法純屬捏造。", Presets.ChinaDenial)]
    [InlineData("中國駐澳洲大使館駁斥有關中共網軍入侵的指控，稱其毫無根據。", Presets.ChinaDenial)]
    [InlineData("克里姆林宮發言人佩斯科夫否認俄羅斯涉入這起網路攻擊。", Presets.RussiaDenial)]
    [InlineData("調查局指出，這起網路攻擊是中共網軍所為。", Presets.Accusation)]
    [InlineData("美國司法部起訴多名駭客，指控他們受雇於中國國家安全部。", Presets.Accusation)]
    [InlineData("中選會網站在總統大選前遭駭客攻擊。", Presets.ElectionHack)]
    [InlineData("立委選舉期間，政黨的電腦系統遭駭，資料外洩。", Presets.ElectionHack)]
    public void TraditionalChinese_HongKongAndTaiwanUsage_Matches(string text, string preset) => ShouldTrigger(text, preset);

    [Theory]
    [InlineData("外交部發言人否認有關稀土出口限制的報導。")]
    [InlineData("中共中央召開會議，討論經濟工作。")]
    [InlineData("選舉委員會公布了總統大選的投票結果。")]
    public void TraditionalChinese_NoAttributionOrNoHack_DoesNotMatch(string text) => All.Match(text).ShouldBeEmpty();

    [Fact]
    public void ChinaDenial_RussianForeignMinistrySpokeswomanInChinese_IsRussiasDenial()
    {
        var rules = All.Match("美国指责俄罗斯黑客攻击其电网。\n俄外交部发言人扎哈罗娃称，美方的指控毫无根据。").Select(m => m.RuleName).ToList();
        rules.ShouldContain(Presets.RussiaDenial);
        rules.ShouldNotContain(Presets.ChinaDenial);
    }

    private static void ShouldTrigger(string text, string preset)
    {
        var matches = All.Match(text);
        matches.Select(m => m.RuleName).ShouldContain(preset);
    }
}
