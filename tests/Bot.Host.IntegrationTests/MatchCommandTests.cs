using System.Text.Json;
using Bot.Host.Hosting;
using Bot.TestKit;

namespace Bot.Host.IntegrationTests;

/// <summary><c>bot match</c> as a moderator runs it: files in, one JSON line per file out.</summary>
public sealed class MatchCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bot-match-").FullName;

    [Fact]
    public async Task Match_Preset_PrintsOneJsonLinePerFile()
    {
        var denial = Write("denial.txt", "Hackers hit the ministry.\nKremlin spokesman Dmitry Peskov called the accusations absurd.");
        var doping = Write("doping.txt", "Russia denies doping claims. The Kremlin called the report absurd.");

        await using var bot = BotProcess.Start(["match", "--preset", "russia-denial", denial, doping]);

        (await bot.WaitForExitAsync(BotArguments.Patience)).ShouldBe(ExitCodes.Success);
        var lines = bot.Output.Lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        lines.Count.ShouldBe(2);
        var first = lines[0];
        first.GetProperty("file").GetString().ShouldBe(denial);
        first.GetProperty("matched").GetBoolean().ShouldBeTrue();
        first.GetProperty("rule").GetString().ShouldBe("russia-denial");
        first.GetProperty("language").GetString().ShouldBe("en");
        first.GetProperty("concepts").EnumerateArray().Select(c => c.GetString()).ShouldContain("actor:russia");
        var evidence = first.GetProperty("evidence").EnumerateArray().ShouldHaveSingleItem();
        var text = File.ReadAllText(denial);
        text[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()].ShouldBe(evidence.GetProperty("text").GetString());
        lines[1].GetProperty("matched").GetBoolean().ShouldBeFalse();
        lines[1].GetProperty("evidence").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Match_Rule_MatchesArabicText()
    {
        var article = Write("ar.txt", "نفى الكرملين اتهامات القرصنة ووصفها بأنها سخيفة");

        await using var bot = BotProcess.Start(["match", "--rule", "actor:russia SENT stance:denial", article]);

        (await bot.WaitForExitAsync(BotArguments.Patience)).ShouldBe(ExitCodes.Success);
        var line = JsonDocument.Parse(bot.Output.Lines.ShouldHaveSingleItem()).RootElement;
        line.GetProperty("matched").GetBoolean().ShouldBeTrue();
        line.GetProperty("language").GetString().ShouldBe("ar");
    }

    [Fact]
    public async Task Match_HtmlPage_MatchesItsHeadlineAndMainTextNotItsBoilerplate()
    {
        var body = string.Concat(Enumerable.Repeat("<p>The ministry described the intrusion into its mail servers in detail on Tuesday.</p>", 3));
        var denial = Write("denial.html", $"<!DOCTYPE html><html><head><title>News</title></head><body><nav><a href=\"/\">Kremlin denies everything</a></nav><article><h1>Hackers hit the ministry</h1>{body}<p>Kremlin spokesman Dmitry Peskov called the accusations absurd.</p></article></body></html>");
        var menuOnly = Write("menu.htm", $"<html><body><nav><ul><li><a href=\"/a\">Kremlin calls hacking claims absurd</a></li></ul></nav><article><h1>Weather</h1>{body.Replace("intrusion into its mail servers", "weather", StringComparison.Ordinal)}</article></body></html>");
        var empty = Write("empty.html", "<html><body><nav><a href=\"/\">Home</a></nav></body></html>");

        await using var bot = BotProcess.Start(["match", "--preset", "russia-denial", denial, menuOnly, empty]);

        (await bot.WaitForExitAsync(BotArguments.Patience)).ShouldBe(ExitCodes.Success);
        var lines = bot.Output.Lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        lines.Select(line => line.GetProperty("matched").GetBoolean()).ShouldBe([true, false, false]);
        var evidence = lines[0].GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("text").GetString()).ToList();
        evidence.ShouldContain("Kremlin spokesman Dmitry Peskov called the accusations absurd.");
        string.Join('\n', bot.Errors.Lines).ShouldContain($"{empty}: no article text found in the page (NoMainText); matched on its headline only");
    }

    [Theory]
    [InlineData("--rule", "actor:russia AND (", "syntax error at 18")]
    [InlineData("--rule", "actor:rusia", "did you mean actor:russia?")]
    [InlineData("--preset", "nope", "there is no preset 'nope'")]
    public async Task Match_BadRule_ExitsTwoWithMessageOnStandardError(string option, string value, string message)
    {
        var article = Write("a.txt", "text");

        await using var bot = BotProcess.Start(["match", option, value, article]);

        (await bot.WaitForExitAsync(BotArguments.Patience)).ShouldBe(2);
        string.Join('\n', bot.Errors.Lines).ShouldContain(message);
        bot.Output.Lines.ShouldBeEmpty();
    }

    [Fact]
    public async Task Run_ConfiguredQueryWithSyntaxError_StopsNamingTheSetting()
    {
        await using var bot = BotProcess.Start(["run", "--Bot:Rules:0:Name=broken", "--Bot:Rules:0:Query=actor:russia NEAR/0 stance:denial", "--ConnectionStrings:Postgres=Host=127.0.0.1;Port=9"]);

        (await bot.WaitForExitAsync(BotArguments.Patience)).ShouldBe(ExitCodes.ConfigurationError);
        string.Join('\n', bot.Errors.Lines).ShouldContain("Bot:Rules:0:Query: syntax error at 14: 'NEAR/0' is not a valid distance");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
