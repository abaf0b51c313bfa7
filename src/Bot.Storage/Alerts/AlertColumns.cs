using Bot.Core.Watching;
using Npgsql;

namespace Bot.Storage.Alerts;

/// <summary>The parameters of an <c>alerts</c> insert, shared by polling and backfill.</summary>
internal static class AlertColumns
{
    public const string Insert = """
        INSERT INTO alerts (article_id, guild_id, channel_id, rule_names, concepts, language, evidence, mention_role_ids)
        VALUES (@article, @guild, @channel, @rules, @concepts, @language, @evidence, @roles)
        """;

    public static void Bind(NpgsqlParameterCollection parameters, long articleId, AlertDraft alert)
    {
        parameters.AddWithValue("article", articleId);
        parameters.AddWithValue("guild", alert.Guild.Stored);
        parameters.AddWithValue("channel", StoredIds.Channel(alert.ChannelId));
        parameters.AddWithValue("rules", alert.RuleNames.ToArray());
        parameters.AddWithValue("concepts", alert.Concepts.ToArray());
        parameters.AddWithValue("language", alert.Language);
        parameters.AddWithValue("evidence", alert.Evidence.ToArray());
        parameters.AddWithValue("roles", alert.MentionRoleIds.Select(StoredIds.ToStored).ToArray());
    }
}
