using Bot.Core.Rules;

namespace Bot.Core.Tests.Rules;

/// <summary>
/// Own phrasings for session 11: a spokesperson's surname alone once the article has named them in full ("…, dijo
/// Mao"), the speaker named where a quotation closes rather than the states the quotation names, and an agency that
/// relays a quotation ("quoted by TASS", "которого цитирует ТАСС") is not its speaker; a phrase runs through one
/// word in quotation marks (des "preuves"); a speaker named after a verb that points back ("Об этом заявил Песков")
/// speaks the next sentence.
/// </summary>
public sealed partial class PresetPhrasingTests
{
    [Theory]
    [InlineData("La portavoz Mao Ning habló el lunes de las alertas sobre Volt Typhoon. \"Estados Unidos es el imperio del pirateo informático\", dijo Mao.")]
    [InlineData("Le porte-parole Lin Jian a répondu aux sanctions contre les pirates informatiques. Lin a exigé que Washington cesse de calomnier la Chine.")]
    [InlineData("Foreign ministry spokesman Hong Lei spoke about the hacking report on Monday. \"The allegations are totally groundless,\" said Hong.")]
    [InlineData("Официальный представитель МИД Мао Нин прокомментировала доклад о хакерах. Мао назвала обвинения беспочвенными.")]
    public void ChinaDenial_SurnameAfterTheFullName_Matches(string text) => ShouldTrigger(text, Presets.ChinaDenial);

    [Theory]
    // No full name before: "Lin" or "Wang" alone is nobody in particular.
    [InlineData("A researcher at the cyber security firm, Wang, said the hacking claims against the company were groundless.")]
    // The full name comes after the surname, so the surname before it does not stand for it.
    [InlineData("\"The hacking claims are groundless,\" said Hong. The consul Hong Lei had left the city a year before.")]
    // The Hong of Hong Kong is not Hong Lei.
    [InlineData("Hong Lei spoke on Monday. Hong Kong officials said the hacking claims against the bank were groundless.")]
    public void ChinaDenial_SurnameWithoutItsFullNameBefore_DoesNotMatch(string text) => ShouldNotTrigger(text, Presets.ChinaDenial);

    [Fact]
    public void ChinaDenial_QuotationNamingTheUsBeforeTheRetort_IsTheSpeakersAfterItsClose() =>
        ShouldTrigger("Sobre los ciberataques, el portavoz chino Mao Ning respondió a la prensa. «Estados Unidos es el imperio del pirateo informático», dijo Mao.", Presets.ChinaDenial);

    [Fact]
    public void ChinaDenial_QuotationOfTwoSentencesNamingTheUs_IsTheSpeakersWhereItCloses() =>
        ShouldTrigger("Представитель МИД КНР Чжао Лицзянь выступил на брифинге. \"США, беспочвенно обвиняя другие страны в кибератаках, сами занимаются слежкой и киберкражами. Как в отношении собственных граждан, так и в отношении других государств, в том числе своих партнеров\", - подчеркнул представитель МИД Китая.", Presets.ChinaDenial);

    [Theory]
    [InlineData("Лю Пэнъюй прокомментировал доклад о взломе почты Конгресса. «Мы твердо против безосновательных обвинений в адрес Китая в кибератаках», — подчеркнул дипломат, которого цитирует ТАСС.")]
    [InlineData("Liu Pengyu commented on the hacking report. \"We firmly oppose groundless accusations of cyber attacks against China,\" the diplomat said, as quoted by Russia's TASS.")]
    public void RussiaDenial_QuotationRelayedByARussianAgency_DoesNotMatch(string text)
    {
        ShouldNotTrigger(text, Presets.RussiaDenial);
        ShouldTrigger(text, Presets.ChinaDenial);
    }

    [Theory]
    [InlineData("Face aux accusations d'ingérence dans les élections moldaves, le Kremlin a exigé des \"preuves\".")]
    [InlineData("Москва потребовала «доказательств» причастности российских хакеров к атаке.")]
    public void RussiaDenial_OneWordOfThePhraseInQuotationMarks_Matches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    [Theory]
    [InlineData("В Кремле прокомментировали доклад о российских хакерах. Об этом накануне заявил пресс-секретарь президента РФ Дмитрий Песков. «Мы считаем подобные доказательства лишенными оснований», – сказал он.")]
    [InlineData("El Kremlin comentó el informe sobre los hackers rusos. Así lo afirmó el portavoz presidencial Dmitri Peskov. \"Consideramos que esas acusaciones carecen de fundamento\", dijo.")]
    public void RussiaDenial_SpeakerNamedAfterAVerbThatPointsBack_SpeaksTheNextSentence(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    [Fact]
    public void RussiaDenial_VerbOfSayingAfterAnotherSubject_DoesNotNameTheSpeaker() =>
        ShouldNotTrigger("The ministry said hackers worked for the Russian government. \"These claims are absurd,\" he added.", Presets.RussiaDenial);

    [Theory]
    [InlineData("国台办发言人表示，民进党当局炒作所谓大陆黑客网络攻击，是为了谋取政治私利。")]
    [InlineData("週刊報導，央廣遭駭客入侵，涉案員工被民眾黨立委吸收，駭進戶政單位查個資。")]
    public void ElectionHack_PartyStandingForTheGovernmentOrAnAffiliation_DoesNotMatch(string text) => ShouldNotTrigger(text, Presets.ElectionHack);

    [Fact]
    public void ElectionHack_PartyAttackedInChinese_StillMatches() =>
        ShouldTrigger("民进党中央党部电脑系统遭到黑客入侵，大量选举资料外泄。", Presets.ElectionHack);

    [Theory]
    [InlineData("Le Parti pirate présente une centaine de candidats aux élections législatives. Ses fondateurs sont des hackers.")]
    [InlineData("Die Piratenpartei tritt zur Bundestagswahl an. Hacker gehören zu ihren Gründern.")]
    [InlineData("Le Parti pirate, proche du site The Pirate Bay, milite pour les internautes avant les élections.")]
    public void ElectionHack_ThePirateParty_DoesNotMatch(string text) => ShouldNotTrigger(text, Presets.ElectionHack);

    [Fact]
    public void ElectionHack_PartyWebsiteHackedInFrench_StillMatches() =>
        ShouldTrigger("Le site du parti a été piraté pendant la campagne des élections législatives.", Presets.ElectionHack);

    [Fact]
    public void ChinaDenial_RefutedInSpanish_Matches() =>
        ShouldTrigger("El portavoz chino Wang Yi refutó las acusaciones de ciberespionaje contra la Unión Africana.", Presets.ChinaDenial);

    [Fact]
    public void ElectionHack_DefacedComelecWebsite_Matches() =>
        ShouldTrigger("Hackers defaced the Comelec website weeks before the May 9 polls.", Presets.ElectionHack);

    [Fact]
    public void Accusation_HackersInAStatesService_Matches() =>
        ShouldTrigger("Des pirates informatiques au service de la Russie ont mené une cyberattaque contre le ministère.", Presets.Accusation);

    [Fact]
    public void RussiaDenial_InfluencingTheResults_IsInterferenceItDenies() =>
        ShouldTrigger("Посол Келин назвал надуманными обвинения в том, что Россия пыталась повлиять на итоги выборов в Великобритании.", Presets.RussiaDenial);
}
