using System.Net;

namespace Bot.TestKit.Tests;

public sealed class FeedServerTests
{
    [Fact]
    public async Task Serve_ThenChange_ClientSeesEachVersionAndHitsAreCounted()
    {
        await using var server = await FeedServer.StartAsync();
        using var client = new HttpClient();
        server.Serve("/feed.xml", "one");
        var token = TestContext.Current.CancellationToken;

        (await client.GetStringAsync(server.Url("/feed.xml"), token)).ShouldBe("one");
        server.Serve("/feed.xml", "two");
        (await client.GetStringAsync(server.Url("feed.xml"), token)).ShouldBe("two");

        server.Hits("/feed.xml").ShouldBe(2);
        server.BaseAddress.Host.ShouldBe("127.0.0.1");
    }

    [Fact]
    public async Task Fail_Path_AnswersWithThatStatus()
    {
        await using var server = await FeedServer.StartAsync();
        using var client = new HttpClient();
        server.Fail("/broken.xml", HttpStatusCode.ServiceUnavailable);

        using var response = await client.GetAsync(server.Url("/broken.xml"), TestContext.Current.CancellationToken);
        using var missing = await client.GetAsync(server.Url("/nothing.xml"), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
