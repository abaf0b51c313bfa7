namespace Bot.Discord.Rest;

/// <summary>The value of a call Discord answers with 204 and no body.</summary>
public readonly record struct NoContent;
