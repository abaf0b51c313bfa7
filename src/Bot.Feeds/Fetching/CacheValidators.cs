namespace Bot.Feeds.Fetching;

/// <summary>An ETag and a Last-Modified value from the last full response, for a conditional GET.</summary>
public sealed record CacheValidators(string? ETag, string? LastModified)
{
    public static CacheValidators None { get; } = new(null, null);

    public bool IsEmpty => ETag is null && LastModified is null;
}
