namespace Bot.TestKit.Tests;

public sealed class LineCaptureTests
{
    [Fact]
    public async Task WaitForAsync_LineWrittenLater_ReturnsIt()
    {
        using var capture = new LineCapture();
        var waiting = capture.WaitForAsync(line => line.StartsWith("ALERT", StringComparison.Ordinal), TimeSpan.FromSeconds(5));

        await capture.WriteLineAsync("log line");
        await capture.WriteLineAsync("ALERT one");

        (await waiting).ShouldBe(["ALERT one"]);
        capture.Lines.ShouldBe(["log line", "ALERT one"]);
    }

    [Fact]
    public async Task WaitForAsync_NeverWritten_TimesOutListingWhatItSaw()
    {
        using var capture = new LineCapture();
        capture.AddLine("something else");

        var error = await Should.ThrowAsync<TimeoutException>(() => capture.WaitForAsync(_ => false, TimeSpan.FromMilliseconds(50)));

        error.Message.ShouldContain("something else");
    }
}
