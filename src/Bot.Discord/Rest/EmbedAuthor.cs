namespace Bot.Discord.Rest;

public sealed record EmbedAuthor(string Name, Uri? Url = null);
