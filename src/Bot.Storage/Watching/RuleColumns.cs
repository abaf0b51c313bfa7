using Bot.Core.Watching;
using Npgsql;

namespace Bot.Storage.Watching;

/// <summary>How <c>watch_rules</c> rows map to <see cref="StoredRule"/>.</summary>
internal static class RuleColumns
{
    public const string List = "id, guild_id, name, query, channel_id, mention_role_id, origin, paused_reason, paused_at, updated_at";

    public static StoredRule Read(NpgsqlDataReader reader) => new(
        Id: reader.GetInt64(0),
        Guild: GuildId.FromStored(reader.GetInt64(1)),
        Name: reader.GetString(2),
        Query: reader.GetString(3),
        ChannelId: reader.IsDBNull(4) ? null : StoredIds.FromStored(reader.GetInt64(4)),
        MentionRoleId: reader.IsDBNull(5) ? null : StoredIds.FromStored(reader.GetInt64(5)),
        Origin: reader.GetString(6) == "command" ? RuleOrigin.Command : RuleOrigin.Configuration,
        PausedReason: reader.IsDBNull(8) ? null : reader.IsDBNull(7) ? "paused" : reader.GetString(7),
        UpdatedAt: reader.GetFieldValue<DateTimeOffset>(9));
}
