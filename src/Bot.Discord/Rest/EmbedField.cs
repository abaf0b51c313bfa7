namespace Bot.Discord.Rest;

public sealed record EmbedField(string Name, string Value, bool? Inline = null);
