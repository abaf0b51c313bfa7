using Bot.Core.Rules;

namespace Bot.Core.Tests.Rules;

/// <summary>
/// One state's news agency carries many of another state's denials: the agency the statement was made to ("in a
/// statement to Sputnik", "told Russia's TASS", "في حديث لوكالة تاس") or credited in a byline in brackets is no
/// speaker, in every language. The negatives keep it narrow: "à Moscou" says where, "according to the Kremlin" names
/// the source, and a bracket of prose is not a byline. An institution named bare ("The diplomatic mission called
/// …", "so die Botschaft") speaks for the state whose institution the text last named with the state.
/// </summary>
public sealed partial class PresetPhrasingTests
{
    [Theory]
    [InlineData("Chinese Embassy spokesperson Liu Pengyu in a statement to Sputnik rejected US accusations that Chinese hackers breached the email accounts.")]
    [InlineData("The Chinese ambassador told Russia's TASS that the hacking accusations were groundless.")]
    [InlineData("The Chinese foreign ministry, in an interview with RT, rejected the hacking claims as groundless.")]
    [InlineData("L'ambassadeur chinois a déclaré à l'agence TASS que les accusations de piratage étaient infondées.")]
    [InlineData("El embajador chino dijo a Sputnik que las acusaciones de ciberataques son infundadas.")]
    [InlineData("Der chinesische Botschafter sagte gegenüber der Agentur RIA Nowosti, die Vorwürfe der Hackerangriffe seien haltlos.")]
    [InlineData("Посол Китая в интервью ТАСС назвал обвинения в хакерских атаках беспочвенными.")]
    [InlineData("وأضاف السفير الصيني في حديث لوكالة \"تاس\" الروسية، أن الصين ترفض بشدة اتهامات القرصنة.")]
    [InlineData("中国驻美大使在接受俄罗斯卫星通讯社采访时表示，有关黑客攻击的指责毫无根据。")]
    [InlineData("WASHINGTON (UrduPoint News / Sputnik - 21st July, 2023) China rejected the US accusations that its hackers breached the servers.")]
    public void RussiaDenial_RussianAgencyCarryingChinasDenial_DoesNotMatch(string text)
    {
        ShouldNotTrigger(text, Presets.RussiaDenial);
        ShouldTrigger(text, Presets.ChinaDenial);
    }

    [Theory]
    [InlineData("The hacking claims are baseless, a Kremlin spokesman told reporters in Moscow.")]
    [InlineData("According to the Kremlin, the accusations of hacking are absurd.")]
    [InlineData("À Moscou, le Kremlin a qualifié d'absurdes les accusations de piratage.")]
    [InlineData("L'argument qui pointe les heures de bureau à Moscou pour l'attaque informatique est tout aussi fantaisiste, a dit Peskov.")]
    [InlineData("El Kremlin (la presidencia rusa, que respondió a las preguntas de la prensa) calificó de absurdas las acusaciones de ciberataques.")]
    public void RussiaDenial_StateNamedAfterAPrepositionOrInProse_StillMatches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    [Theory]
    [InlineData("The Russian Embassy in Washington responded to the US accusations of cyber attacks. The diplomatic mission called these allegations unsubstantiated.")]
    [InlineData("Die russische Botschaft in Berlin äußerte sich zum Hackerangriff auf den Bundestag. „Die Vorwürfe sind haltlos“, so die Botschaft.")]
    [InlineData("L'ambassade de Russie à Paris a réagi aux accusations de cyberattaques. L'ambassade a qualifié ces accusations d'infondées.")]
    [InlineData("La embajada rusa en Madrid respondió a las acusaciones de ciberataques. La embajada calificó las acusaciones de infundadas.")]
    [InlineData("Посольство России в США ответило на обвинения в кибератаках. В дипмиссии назвали эти обвинения беспочвенными.")]
    [InlineData("ردت السفارة الروسية في واشنطن على اتهامات الهجمات الإلكترونية. ووصفت السفارة هذه الاتهامات بأنها لا أساس لها.")]
    public void RussiaDenial_InstitutionNamedBareAfterItsState_Matches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    [Theory]
    [InlineData("The US Embassy in Moscow commented on the Russian cyber attacks. The embassy called these denials unsubstantiated.")]
    [InlineData("Russian hackers attacked the ministry's servers. The embassy called these allegations unsubstantiated.")]
    public void RussiaDenial_InstitutionOfAnotherStateOrOfNoneNamed_DoesNotMatch(string text) => ShouldNotTrigger(text, Presets.RussiaDenial);
}
