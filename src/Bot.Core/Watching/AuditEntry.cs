namespace Bot.Core.Watching;

/// <summary>One audited change: who, in which guild, did what to which subject, with the state before and after.</summary>
public sealed record AuditEntry(GuildId Guild, AuditActor Actor, string Action, string Subject, object? Before, object? After);
