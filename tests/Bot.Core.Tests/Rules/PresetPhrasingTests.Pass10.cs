using Bot.Core.Rules;

namespace Bot.Core.Tests.Rules;

/// <summary>
/// Own phrasings for the lexicon terms of pass 10: "widersprach", "вздор" in every case and "вбросы", the Spanish
/// "imperio del pirateo" retort; and the hard negatives that keep the narrowed terms narrow: copyright piracy in
/// Arabic is no hacking, and "escrutinio" as scrutiny is no election.
/// </summary>
public sealed partial class PresetPhrasingTests
{
    [Theory]
    [InlineData("Putin widersprach den Vorwürfen russischer Hackerangriffe auf den Bundestag.")]
    [InlineData("Посол назвал вздором и вбросами обвинения России в хакерских атаках.")]
    [InlineData("Песков назвал вбросами сообщения о российских хакерах.")]
    public void RussiaDenial_Pass10Wording_Matches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    [Theory]
    [InlineData("Pekín respondió a las acusaciones de ciberataques: \"el verdadero imperio del pirateo informático es Washington\".")]
    [InlineData("Посольство Китая назвало вздором обвинения в кибершпионаже.")]
    public void ChinaDenial_Pass10Wording_Matches(string text) => ShouldTrigger(text, Presets.ChinaDenial);

    [Theory]
    [InlineData("ونفت الصين الاتهامات بالتساهل مع القرصنة على حقوق التأليف والنشر ووصفتها بأنها لا أساس لها.")]
    [InlineData("رفضت بكين الانتقادات الأمريكية بشأن قرصنة الافلام والموسيقى.")]
    public void ChinaDenial_CopyrightPiracyInArabic_DoesNotMatch(string text)
    {
        ShouldNotTrigger(text, Presets.ChinaDenial);
        ShouldNotTrigger(text, Presets.Accusation);
    }

    [Fact]
    public void ElectionHack_EscrutinioAsScrutiny_DoesNotMatch() =>
        ShouldNotTrigger("El ciberespionaje chino está bajo escrutinio público tras el hackeo de los ministerios.", Presets.ElectionHack);
}
