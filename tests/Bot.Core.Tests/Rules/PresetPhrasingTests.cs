using Bot.Core.Matching;
using Bot.Core.Rules;

namespace Bot.Core.Tests.Rules;

/// <summary>
/// One-sentence articles in the seven languages, in the phrasings wire copy uses for a state's denial, an
/// attribution and an election hack: inflected verbs, idioms, spokespeople, embassies. Each must trigger its preset.
/// </summary>
public sealed class PresetPhrasingTests
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
    [InlineData("俄方否认参与网络攻击。")]
    [InlineData("佩斯科夫表示，俄罗斯与这起网络攻击毫无关系。")]
    [InlineData("俄外交部发言人扎哈罗娃称，有关网络攻击的指责是无稽之谈。")]
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
    public void ChinaDenial_WireCopyPhrasing_Matches(string text) => ShouldTrigger(text, Presets.ChinaDenial);

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
    [InlineData("Хакеры атаковали сайт министерства. Песков опроверг сообщения о переговорах с Украиной.")]
    [InlineData("هاجم قراصنة موقع الوزارة.\nونفى الكرملين تقارير عن نقل قوات إلى الحدود.")]
    [InlineData("黑客攻击了政府网站。\n俄方否认向边境增兵。")]
    [InlineData("ЕС ввел антироссийские санкции против хакеров ГРУ, обвиняемых в кибератаках на Бундестаг.")]
    public void Denial_OfSomethingElseOrNoDenialAtAll_DoesNotMatch(string text)
    {
        var rules = All.Match(text).Select(m => m.RuleName).ToList();
        rules.ShouldNotContain(Presets.RussiaDenial);
        rules.ShouldNotContain(Presets.ChinaDenial);
    }

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
