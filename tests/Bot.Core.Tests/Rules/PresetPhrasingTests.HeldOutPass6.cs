using Bot.Core.Rules;

namespace Bot.Core.Tests.Rules;

/// <summary>
/// Own one-sentence phrasings for the lexicon terms of held-out pass 6: German separable "lehnte … ab" with its
/// object between or fronted, accusations "konstruiert", made up or "grundlos", microphone diplomacy and espionage
/// "im Internet"; Russian "never took part in cyber attacks" and the ironic "we don't have that many hackers";
/// Spanish "false stories" and "false narratives" (not where a state is said to spread them), megaphone diplomacy
/// with "de", the noun "vinculación" as an attribution, "no tienen fundamento", and Taiwan's 網駭 for hacking;
/// each risky term with a hard negative.
/// </summary>
public sealed partial class PresetPhrasingTests
{
    [Theory]
    [InlineData("Der Kreml lehnte die Vorwürfe über russische Hackerangriffe auf den Bundestag ab.")]
    [InlineData("Diese Vorwürfe lehnt Moskau ab, russische Hacker hätten mit dem Angriff nichts zu schaffen.")]
    [InlineData("Sacharowa bezeichnete die Berichte über russische Cyberangriffe als grundlos.")]
    [InlineData("Das russische Außenministerium sprach von grundlosen Spekulationen über einen Hackerangriff.")]
    [InlineData("Песков заявил, что Россия никогда не участвовала в кибератаках на другие страны.")]
    [InlineData("Захарова пошутила в ответ на обвинения в кибератаках, что у России столько хакеров нет.")]
    [InlineData("El Kremlin calificó de historias falsas las acusaciones de ciberataques rusos.")]
    [InlineData("Moscú tildó de relatos falsos las denuncias sobre hackers rusos en los ministerios europeos.")]
    [InlineData("La cancillería rusa afirmó que las acusaciones de espionaje informático no tienen fundamento.")]
    public void RussiaDenial_HeldOutPass6Phrasing_Matches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    [Theory]
    [InlineData("Die chinesische Botschaft lehnte die Anschuldigungen zu den Cyberangriffen entschieden ab.")]
    [InlineData("Peking erklärte, die Vorwürfe der Internetspionage seien konstruiert.")]
    [InlineData("Peking lehnt jede Form von Hackerangriffen ab, sagte der Sprecher des Außenministeriums.")]
    [InlineData("China nannte die Vorwürfe über Cyberangriffe aus Prag eine Mikrofondiplomatie.")]
    [InlineData("МИД КНР заявил, что Китай не участвует в кибератаках и выступает против них.")]
    [InlineData("Представитель МИД Китая сказал, что Пекин никогда не участвовал в хакерских атаках.")]
    [InlineData("El portavoz chino dijo que las acusaciones de ciberespionaje son narrativas falsas.")]
    public void ChinaDenial_HeldOutPass6Phrasing_Matches(string text) => ShouldTrigger(text, Presets.ChinaDenial);

    [Theory]
    [InlineData("El informe detalla la supuesta vinculación del GRU con ataques informáticos a hospitales europeos.")]
    [InlineData("Un informe de Berlín expone la vinculación con hackers de los servicios chinos que robaron datos del ministerio.")]
    [InlineData("Die USA beschuldigen chinesische Offiziere der Wirtschaftsspionage im Internet.")]
    [InlineData("國安局指控中共網駭行動鎖定我國政府機關。")]
    public void Accusation_HeldOutPass6Phrasing_Matches(string text) => ShouldTrigger(text, Presets.Accusation);

    // "konstruiert" of software that is built, a comment or a request declined ("lehnte jede Stellungnahme ab"),
    // "grundlos" as "for no reason", a state said to spread false narratives (the accusation, not a denial), taking
    // part in an election or an exercise: no denial by Russia or China.
    [Theory]
    [InlineData("Die von russischen Hackern genutzte Schadsoftware ist so konstruiert, dass sie Virenscanner umgeht.")]
    [InlineData("Die Spähsoftware sei von chinesischen Ingenieuren eigens konstruiert worden, um Netzwerke zu infiltrieren.")]
    [InlineData("Der Kreml lehnte jede Stellungnahme zu dem Hackerangriff auf den Bundestag ab.")]
    [InlineData("Die russische Botschaft lehnte sämtliche Anfragen zu dem Cyberangriff ab.")]
    [InlineData("Chinesische Hacker hätten die Verwaltung grundlos ins Visier genommen, sagte der Minister.")]
    [InlineData("Rusia difunde narrativas falsas sobre los ciberataques contra Ucrania, según el informe.")]
    [InlineData("La campaña rusa busca difundir historias falsas sobre el fraude electoral y los ciberataques.")]
    [InlineData("Los hackers chinos publicaron relatos falsos sobre el ciberataque en cuentas robadas.")]
    [InlineData("В ЦИК России сообщили, что в выборах участвуют пять кандидатов, а кибератаки на сайт отражены.")]
    public void Denial_HeldOutPass6HardNegatives_IsNoDenial(string text) => ShouldBeNoDenial(text);

    // "vinculación" of business ties in the security sector, espionage on the internet with no state named: no
    // attribution.
    [Theory]
    [InlineData("La empresa china anunció nuevas vinculaciones comerciales con firmas españolas de ciberseguridad.")]
    [InlineData("Die Polizei warnt vor Spionage im Internet durch Betrüger, die Passwörter abgreifen.")]
    public void Accusation_HeldOutPass6HardNegatives_DoesNotMatch(string text) => ShouldNotTrigger(text, Presets.Accusation);
}
