namespace Bot.Commands;

/// <summary>A titled block of a reply, with named fields (an embed on Discord, a paragraph on the command line).</summary>
public sealed record ReplyEmbed(string Title, string? Description = null, IReadOnlyList<ReplyField>? Fields = null, Uri? Url = null);
