using System.Text;
using Bot.Feeds.Extraction;
using Bot.Feeds.Tests.Parsing;

namespace Bot.Feeds.Tests.Extraction;

[Collection(nameof(RunsAlone))]
public sealed class ArticleExtractorTests
{
    // Generous: these tests are about what is extracted, and CI machines can be slow; the limit has its own test.
    private static readonly ArticleExtractionOptions Unhurried = new() { Timeout = TimeSpan.FromMinutes(1) };

    public static TheoryData<string, string?, string[], string[]> Pages => new()
    {
        {
            "en.html", null,
            ["The energy ministry on Tuesday blamed a state-sponsored hacking group", "The accused government denied any involvement", "Independent researchers said attribution would take weeks"],
            ["Read also", "Photo: Reuters", "Related stories", "Hackers hit water utility", "All rights reserved", "Technology", "var tracking"]
        },
        {
            "fr.html", "text/html; charset=utf-8",
            ["Le ministère de l'Énergie a accusé mardi", "a démenti toute implication"],
            ["Lire aussi", "Photo : AFP", "Sur le même sujet", "Une usine des eaux piratée", "Tous droits réservés"]
        },
        {
            "es.html", null,
            ["El ministerio de Energía culpó el martes", "negó cualquier implicación"],
            ["Lea también", "Foto: EFE", "Noticias relacionadas", "Atacan una planta de agua"]
        },
        {
            // The page says windows-1256 only in its <meta>.
            "ar-windows-1256.html", "text/html",
            ["اتهمت وزارة الطاقة يوم الثلاثاء", "ونفت الحكومة المتهمة أي تورط"],
            ["اقرأ أيضا", "تصوير: رويترز", "أخبار ذات صلة", "جميع الحقوق محفوظة"]
        },
        {
            // The <meta> says utf-8, wrongly; the HTTP charset wins.
            "ru-windows-1251.html", "text/html; charset=windows-1251",
            ["Министерство энергетики во вторник обвинило", "Обвиняемое правительство отвергло свою причастность"],
            ["Читайте также", "Фото: ТАСС", "Другие новости", "Взлом водоканала", "Все права защищены"]
        },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task ExtractAsync_ArticlePage_ReturnsTheBodyWithoutBoilerplate(string fixture, string? contentType, string[] kept, string[] dropped)
    {
        var result = await ArticleExtractor.ExtractAsync(Read(fixture), contentType, Unhurried, TestContext.Current.CancellationToken);

        result.Status.ShouldBe(ExtractionStatus.Extracted);
        result.Truncated.ShouldBeFalse();
        foreach (var sentence in kept)
        {
            result.Text.ShouldContain(sentence);
        }

        foreach (var boilerplate in dropped)
        {
            result.Text.ShouldNotContain(boilerplate);
        }

        // Paragraphs stay apart and in order.
        var lines = result.Text.Split('\n');
        lines.Length.ShouldBeGreaterThanOrEqualTo(kept.Length);
        Array.FindIndex(lines, l => l.Contains(kept[0], StringComparison.Ordinal))
            .ShouldBeLessThan(Array.FindIndex(lines, l => l.Contains(kept[^1], StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ExtractAsync_PageWithoutArticle_SaysNoMainText()
    {
        var result = await ArticleExtractor.ExtractAsync(Read("no-article.html"), null, Unhurried, TestContext.Current.CancellationToken);

        result.Status.ShouldBe(ExtractionStatus.NoMainText);
        result.Text.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("<html><head><title>Site | Old</title><meta property=\"og:title\" content=\"Shared title\"></head><body><header><h1>Kremlin denies  the hack</h1></header>", "Kremlin denies the hack")]
    [InlineData("<html><head><title>Site | Old</title><meta property=\"og:title\" content=\"Beijing rejects claims\"></head><body>", "Beijing rejects claims")]
    [InlineData("<html><head><title>Only the title</title></head><body>", "Only the title")]
    [InlineData("<html><body>", "")]
    public async Task ExtractAsync_Page_ReadsItsHeadlineFromTheH1ThenOgTitleThenTitle(string start, string headline)
    {
        var html = Encoding.UTF8.GetBytes(start + "<article><p>" + string.Concat(Enumerable.Repeat("The ministry said the attack came from abroad. ", 5)) + "</p></article></body></html>");

        var result = await ArticleExtractor.ExtractAsync(html, null, Unhurried, TestContext.Current.CancellationToken);

        result.Status.ShouldBe(ExtractionStatus.Extracted);
        result.Headline.ShouldBe(headline);
        result.Text.ShouldNotContain("Kremlin");
    }

    [Fact]
    public async Task ExtractAsync_TextInDivsWithLineBreaks_KeepsTheLines()
    {
        var result = await ArticleExtractor.ExtractAsync(Read("div-br.html"), null, Unhurried, TestContext.Current.CancellationToken);

        result.Status.ShouldBe(ExtractionStatus.Extracted);
        result.Text.ShouldStartWith("First line of a story");
        result.Text.ShouldContain("\nSecond line of the same story");
        result.Text.ShouldNotContain("Home");
    }

    [Fact]
    public async Task ExtractAsync_PageLargerThanTheByteLimit_ReadsOnlyTheLimit()
    {
        var paragraph = "<p>" + string.Concat(Enumerable.Repeat("A sentence about the attack, with details. ", 10)) + "</p>";
        var html = Encoding.UTF8.GetBytes("<html><body><article>" + string.Concat(Enumerable.Repeat(paragraph, 2000)) + "</article></body></html>");
        var options = Unhurried with { MaxBytes = 64 * 1024, MaxTextLength = 10_000 };

        var result = await ArticleExtractor.ExtractAsync(html, null, options, TestContext.Current.CancellationToken);

        html.Length.ShouldBeGreaterThan(options.MaxBytes);
        result.Status.ShouldBe(ExtractionStatus.Extracted);
        result.Truncated.ShouldBeTrue();
        result.Text.Length.ShouldBeLessThanOrEqualTo(options.MaxTextLength);
    }

    [Fact]
    public async Task ExtractAsync_NoTimeAllowed_TimesOutAsAValue()
    {
        var options = new ArticleExtractionOptions { Timeout = TimeSpan.FromTicks(1) };

        var result = await ArticleExtractor.ExtractAsync(Read("en.html"), null, options, TestContext.Current.CancellationToken);

        result.Status.ShouldBe(ExtractionStatus.TimedOut);
    }

    [Fact]
    public async Task ExtractAsync_CallerCancels_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => ArticleExtractor.ExtractAsync(Read("en.html"), null, null, cancelled.Token));
    }

    private static byte[] Read(string fixture) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Extraction", "Fixtures", fixture));
}
