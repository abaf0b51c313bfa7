using Bot.Core.Text;

namespace Bot.Core.Tests.Text;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("The Kremlin said on Monday that the accusations were absurd and that it has no evidence.", "en")]
    [InlineData("Le Kremlin a démenti lundi les accusations, qui sont selon lui sans fondement pour la France.", "fr")]
    [InlineData("El Kremlin negó el lunes las acusaciones y dijo que son absurdas para los rusos.", "es")]
    [InlineData("Der Kreml hat die Vorwürfe am Montag zurückgewiesen und sie als absurd bezeichnet, die nicht stimmen.", "de")]
    [InlineData("نفى الكرملين الاتهامات ووصفها بأنها سخيفة", "ar")]
    [InlineData("Кремль назвал обвинения абсурдными", "ru")]
    [InlineData("外交部发言人否认了所谓的网络攻击指控", "zh")]
    [InlineData("12345 !!!", "und")]
    public void Detect_Text_ReturnsItsLanguage(string text, string expected)
    {
        LanguageDetector.Detect(text).ShouldBe(expected);
    }
}
