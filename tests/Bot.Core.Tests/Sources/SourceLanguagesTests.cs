using Bot.Core.Sources;

namespace Bot.Core.Tests.Sources;

public sealed class SourceLanguagesTests
{
    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("FR", "fr")]
    [InlineData("en-us", "en")]
    [InlineData("zh_Hans", "zh")]
    [InlineData(" ar ", "ar")]
    [InlineData("it", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Normalize_Tag_GivesTheSupportedPrimaryLanguageOrNull(string? tag, string? expected) =>
        SourceLanguages.Normalize(tag).ShouldBe(expected);

    [Fact]
    public void Supported_AreTheSevenLanguagesTheMigrationAccepts() =>
        SourceLanguages.Supported.ShouldBe(["ar", "fr", "en", "ru", "zh", "es", "de"]);
}
