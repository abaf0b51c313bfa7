namespace Bot.Discord.Tests;

/// <summary>Route templates as the fake names them, for fault injection.</summary>
internal static class FakeRoutes
{
    public const string CreateMessage = "POST /channels/{id}/messages";
    public const string InteractionCallback = "POST /interactions/{id}/{token}/callback";
}
