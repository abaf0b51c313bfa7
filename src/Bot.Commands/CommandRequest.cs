using Bot.Core.Watching;

namespace Bot.Commands;

/// <summary>
/// One command as any transport hands it over: the guild it runs in (the operator's scope, 0, from the command line),
/// who runs it, their permissions and roles there, their locale, and the options given.
/// </summary>
/// <param name="Guild">Where it runs; every read and change stays inside it.</param>
/// <param name="Actor">Who runs it, for the audit log.</param>
/// <param name="Permissions">The invoker's Discord permission bits in the channel (<see cref="CommandPermissions"/>).</param>
/// <param name="RoleIds">The invoker's role ids in the guild.</param>
/// <param name="Locale">The invoker's locale (<c>fr</c>, <c>ar</c>, <c>en-US</c> …); replies follow it.</param>
/// <param name="Arguments">The options given, by name.</param>
public sealed record CommandRequest(
    GuildId Guild,
    AuditActor Actor,
    ulong Permissions,
    IReadOnlyList<ulong> RoleIds,
    string? Locale,
    CommandArguments Arguments)
{
    /// <summary>Lets a handler acknowledge before slow work (Discord's 3-second rule); a no-op elsewhere.</summary>
    public IReplyDeferral Deferral { get; init; } = NoDeferral.Instance;

    /// <summary>The language replies are written in.</summary>
    public Localization.Language Language => Localization.Languages.FromLocale(Locale);
}
