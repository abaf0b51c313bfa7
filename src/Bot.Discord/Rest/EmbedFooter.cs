namespace Bot.Discord.Rest;

public sealed record EmbedFooter(string Text);
