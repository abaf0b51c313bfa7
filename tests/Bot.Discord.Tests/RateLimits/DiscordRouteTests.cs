using Bot.Discord.RateLimits;

namespace Bot.Discord.Tests.RateLimits;

public sealed class DiscordRouteTests
{
    public static TheoryData<string, string, string, string> Routes => new()
    {
        { "POST", "/channels/1200000000000000001/messages", "POST /channels/{id}/messages", "1200000000000000001" },
        { "GET", "/channels/1200000000000000001", "GET /channels/{id}", "1200000000000000001" },
        { "POST", "/channels/1/messages/2/threads", "POST /channels/{id}/messages/{id}/threads", "1" },
        { "PUT", "/applications/9/guilds/8/commands", "PUT /applications/{id}/guilds/{id}/commands", "" },
        { "PATCH", "/webhooks/9/tok.en/messages/@original", "PATCH /webhooks/{id}/{token}/messages/@original", "9/tok.en" },
        { "POST", "/interactions/5/secret/callback", "POST /interactions/{id}/{token}/callback", "5/secret" },
        { "GET", "/applications/@me", "GET /applications/@me", "" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public void Parse_Path_ReplacesIdsAndTokensAndFindsMajorParameter(string method, string path, string template, string major)
    {
        var route = DiscordRoute.Parse(new HttpMethod(method), path);

        route.Template.ShouldBe(template);
        route.Major.ShouldBe(major);
    }

    [Fact]
    public void RelativePath_UnderBaseWithPath_StripsBase()
    {
        DiscordRoute.RelativePath(new Uri("http://proxy:8080/discord/api/v10/channels/1"), new Uri("http://proxy:8080/discord/api/v10"))
            .ShouldBe("/channels/1");
    }
}
