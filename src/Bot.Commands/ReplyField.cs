namespace Bot.Commands;

/// <summary>One named value of a <see cref="ReplyEmbed"/>.</summary>
public sealed record ReplyField(string Name, string Value, bool Inline = false);
