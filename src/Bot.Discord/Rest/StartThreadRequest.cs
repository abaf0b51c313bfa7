namespace Bot.Discord.Rest;

/// <summary>Body of <c>POST /channels/{id}/messages/{id}/threads</c>: name 1–100 characters, archive after 60, 1440, 4320 or 10080 minutes.</summary>
public sealed record StartThreadRequest(string Name, int? AutoArchiveDuration = null, int? RateLimitPerUser = null);
