namespace Bot.Commands;

/// <summary>Settings of the chat-ops commands (section <c>Bot:Commands</c>).</summary>
public sealed class CommandsOptions
{
    public const string SectionName = "Bot:Commands";

    /// <summary>
    /// Roles (ids) whose members may use the managing commands without Manage Server. Role ids are unique across
    /// Discord, so one list serves every guild. Default: none.
    /// </summary>
    public IList<ulong> ModeratorRoleIds { get; } = [];

    /// <summary>How many days <c>/watch test</c> reads when no <c>days</c> is given. Default 7.</summary>
    public int DryRunDefaultDays { get; set; } = 7;

    /// <summary>The most days <c>/watch test</c> may read. Default 30 (1–365).</summary>
    public int DryRunMaxDays { get; set; } = 30;

    /// <summary>The most articles one dry run reads, newest first. Default 5000 (1–100000).</summary>
    public int DryRunMaxArticles { get; set; } = 5000;
}
