using Bot.Core.Watching;
using Npgsql;

namespace Bot.Storage;

/// <summary>
/// Autocomplete for names a guild owns: names containing what was typed, those starting with it first. The table
/// (one with <c>guild_id</c> and <c>name</c> columns) is ours, never user input.
/// </summary>
internal static class NameSuggestions
{
    public static async Task<IReadOnlyList<string>> ReadAsync(
        NpgsqlDataSource dataSource, string table, GuildId guild, string typed, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT name FROM {table}
            WHERE guild_id = @guild AND strpos(lower(name), lower(@typed)) > 0
            ORDER BY strpos(lower(name), lower(@typed)) > 1, lower(name)
            LIMIT @limit
            """);
        command.Parameters.AddWithValue("guild", guild.Stored);
        command.Parameters.AddWithValue("typed", typed);
        command.Parameters.AddWithValue("limit", limit);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
