using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Bot.TestKit.Discord;

namespace Bot.TestKit.Tests.Discord;

/// <summary>Plain <see cref="HttpClient"/> calls to the fake, as any Discord client would make them (not ours).</summary>
internal static class RawRest
{
    public const string UserAgent = "DiscordBot (https://example.org/raw-client, 1.0)";

    public static HttpClient Client(FakeDiscord fake, string? token = null, bool userAgent = true)
    {
        var client = new HttpClient { BaseAddress = new Uri(fake.ApiBaseUrl + "/") };
        if (userAgent)
        {
            client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        }

        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", token);
        }

        return client;
    }

    public static HttpClient Bot(FakeDiscord fake) => Client(fake, fake.Options.Token);

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonObject> BodyAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();

    public static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : null;

    public static double Number(HttpResponseMessage response, string name) =>
        double.Parse(Header(response, name)!, System.Globalization.CultureInfo.InvariantCulture);

    public static Task<HttpResponseMessage> PostMessageAsync(HttpClient client, ulong channelId, string json = """{"content":"hello"}""") =>
        client.PostAsync($"channels/{channelId}/messages", Json(json), TestContext.Current.CancellationToken);
}
