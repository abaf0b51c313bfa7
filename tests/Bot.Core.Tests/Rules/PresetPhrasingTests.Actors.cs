using Bot.Core.Rules;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Rules;

/// <summary>
/// Own one-sentence phrasings for the states added to the lexicon (Japan, South Korea, Taiwan, India, Canada,
/// Australia, the Netherlands, Poland, the Baltic and Nordic states, Turkey …): a state that accuses is now known,
/// so it is the accuser, not the speaker of the denial it provokes, and a denial it speaks itself is no longer taken
/// for the accused state's; "the X side" (日方, الجانب النرويجي, японская сторона) is the state a denial answers, not
/// a speaker; and <c>actor:NAME</c> finds each state in several languages, but not its look-alikes (Indonesia, the
/// Indian Ocean, the US state of Georgia).
/// </summary>
public sealed partial class PresetPhrasingTests
{
    [Theory]
    [InlineData("Canada accused Russian military hackers of the cyberattack on its parliament; Moscow rejected the accusations as baseless.")]
    [InlineData("La Pologne accuse des pirates russes d'avoir saboté ses réseaux ferroviaires, Moscou dément toute implication.")]
    [InlineData("Die Niederlande beschuldigen russische Hacker des Angriffs auf die Polizei, doch Moskau bestreitet jede Beteiligung.")]
    [InlineData("Россия отвергла обвинения Чехии в кибератаках на министерство иностранных дел.")]
    [InlineData("Эстония обвинила ГРУ в кибератаках на свои министерства, в Кремле эти обвинения назвали абсурдными.")]
    public void RussiaDenial_NewStateAccuses_RussiaStillDenies(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    [Theory]
    [InlineData("Japan accused Chinese state hackers of breaching its space agency, but Beijing denied any involvement.")]
    [InlineData("Taiwán acusó a hackers chinos de atacar sus ministerios; Pekín negó las acusaciones.")]
    [InlineData("اتهمت أستراليا قراصنة صينيين بشن هجمات إلكترونية على برلمانها، ونفت بكين أي تورط.")]
    [InlineData("日本指责中国黑客攻击其航天机构，中方对此予以否认。")]
    [InlineData("日本抹黑中俄对其发动网络攻击，中方对此坚决反对。")]
    public void ChinaDenial_NewStateAccuses_ChinaStillDenies(string text) => ShouldTrigger(text, Presets.ChinaDenial);

    [Theory]
    [InlineData("Japan accused Chinese state hackers of breaching its space agency, but Beijing denied any involvement.")]
    [InlineData("South Korea blamed North Korean hackers for the cyberattack on its nuclear operator.")]
    [InlineData("L'Inde accuse des pirates pakistanais d'être derrière la cyberattaque contre ses banques.")]
    public void Accusation_NewStateAccuses_Matches(string text) => ShouldTrigger(text, Presets.Accusation);

    // Japan, Lithuania and Turkey speak these denials, and "the X side" is the state answered: neither is Russia's
    // or China's denial, though Russia and China are named after the denial word.
    [Theory]
    [InlineData("日本抹黑中俄对其网络攻击。")]
    [InlineData("Lithuania dismissed as baseless the Russian accusations that its hackers had attacked Kaliningrad.")]
    [InlineData("Ankara rejected the Chinese accusations of hacking as unfounded.")]
    [InlineData("Oslo wies die russischen Vorwürfe eines Hackerangriffs zurück.")]
    public void Denial_SpokenByANewState_IsNotRussiasOrChinas(string text) => ShouldBeNoDenial(text);

    [Theory]
    [InlineData("Посольство заявило, что норвежская сторона не представила доказательств причастности российских хакеров к кибератаке.", "russia-denial")]
    [InlineData("وأعلنت السفارة أن الجانب النرويجي لم يقدم أي أدلة على تورط روسيا في الهجوم الإلكتروني.", "russia-denial")]
    public void Denial_TheSideAnswered_IsNoSpeaker(string text, string preset) => ShouldTrigger(text, preset);

    [Theory]
    [InlineData("actor:japan", "Tokyo summoned the Chinese ambassador over the intrusion.")]
    [InlineData("actor:japan", "Le Japon a convoqué l'ambassadeur de Chine.")]
    [InlineData("actor:japan", "日本政府召见了中国大使。")]
    [InlineData("actor:japan", "Токио вызвал китайского посла.")]
    [InlineData("actor:japan", "واستدعت اليابان السفير الصيني.")]
    [InlineData("actor:south-korea", "Seúl denunció el ciberataque contra su operador nuclear.")]
    [InlineData("actor:south-korea", "首爾指北韓駭客入侵核電廠。")]
    [InlineData("actor:taiwan", "台灣國安局指中共駭客入侵政府網路。")]
    [InlineData("actor:poland", "Die Regierung in Warschau meldete einen Angriff auf die Wasserwerke.")]
    [InlineData("actor:poland", "Польша обвинила Россию в кибератаке.")]
    [InlineData("actor:netherlands", "The Hague attributed the police hack to a Russian group.")]
    [InlineData("actor:turkey", "Türkiye condemned the attack.")]
    [InlineData("actor:turkey", "وأدانت أنقرة الهجوم.")]
    [InlineData("actor:georgia", "Tbilisi blamed Moscow for the defacement of government websites.")]
    [InlineData("actor:georgia", "Грузия обвинила ГРУ в кибератаке.")]
    [InlineData("actor:india", "印度指责巴基斯坦黑客。")]
    [InlineData("actor:moldova", "Chișinău a dénoncé une ingérence russe.")]
    public void Actor_NewState_IsFoundInItsLanguages(string rule, string text) =>
        RuleMatching.Match(rule, text).ShouldHaveSingleItem();

    [Theory]
    [InlineData("actor:india", "印度尼西亚遭到网络攻击。")]
    [InlineData("actor:india", "The cable runs under the Indian Ocean.")]
    [InlineData("actor:india", "Das Kabel liegt im Indischen Ozean.")]
    [InlineData("actor:georgia", "Georgia's secretary of state certified the vote count.")]
    [InlineData("actor:south-korea", "Korean hackers stole the funds.")]
    [InlineData("actor:italy", "罗马尼亚遭到网络攻击。")]
    [InlineData("actor:japan", "节日方面的安排已经公布。")]
    [InlineData("actor:lithuania", "Литвиненко был отравлен в Лондоне.")]
    [InlineData("actor:turkey", "وشدد على التركيز على الأمن.")]
    public void Actor_NewState_LookAlike_IsNotFound(string rule, string text) =>
        RuleMatching.Match(rule, text).ShouldBeEmpty();
}
