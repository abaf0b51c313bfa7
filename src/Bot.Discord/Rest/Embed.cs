namespace Bot.Discord.Rest;

/// <summary>A rich embed. Discord's limits: title 256, description 4096, 25 fields, 6000 characters per message.</summary>
public sealed record Embed(
    string? Title = null,
    string? Description = null,
    Uri? Url = null,
    DateTimeOffset? Timestamp = null,
    int? Color = null,
    EmbedFooter? Footer = null,
    EmbedAuthor? Author = null,
    IReadOnlyList<EmbedField>? Fields = null);
