namespace Bot.Commands;

/// <summary>
/// What a command answers: text and/or embeds, already in the invoker's language, and whether only the invoker
/// should see it. Transports cut it to their own limits.
/// </summary>
public sealed record CommandReply(CommandOutcome Outcome, string? Text, IReadOnlyList<ReplyEmbed> Embeds, bool Ephemeral)
{
    /// <summary>Set when the reply is one page of several (Discord adds previous/next buttons); null otherwise.</summary>
    public ReplyPaging? Paging { get; init; }

    public static CommandReply Done(string text, bool ephemeral = true) => new(CommandOutcome.Success, text, [], ephemeral);

    public static CommandReply Show(ReplyEmbed embed, string? text = null, bool ephemeral = false) => new(CommandOutcome.Success, text, [embed], ephemeral);

    /// <summary>A refusal: always ephemeral, so a mistake is not shown to the channel.</summary>
    public static CommandReply Fail(CommandOutcome outcome, string text) => new(outcome, text, [], Ephemeral: true);
}
