using Bot.Core.Sources;
using Npgsql;

namespace Bot.Storage.Sources;

/// <summary>How source rows map to Core's records: the column list and its reader, and the text of enums.</summary>
internal static class SourceColumns
{
    public const string Listing = """
        id, name, url, poll_interval, origin, enabled, last_attempt_at, last_success_at, last_http_status, last_result,
        last_problem, items_seen, error_streak, failing_since, next_due_at, paused_at, paused_reason, language, full_text
        """;

    public static SourceListing ReadListing(NpgsqlDataReader reader)
    {
        var stored = new StoredSource(reader.GetInt64(0), new FeedSource(reader.GetString(1), new Uri(reader.GetString(2)), reader.GetFieldValue<TimeSpan>(3))
        {
            Language = reader.IsDBNull(17) ? null : reader.GetString(17),
            FullText = reader.GetBoolean(18),
        });
        var health = new SourceHealth(
            LastAttemptAt: NullableTime(reader, 6),
            LastSuccessAt: NullableTime(reader, 7),
            HttpStatus: reader.IsDBNull(8) ? null : reader.GetInt32(8),
            LastResult: reader.IsDBNull(9) ? null : Enum.Parse<PollResultKind>(reader.GetString(9)),
            Problem: reader.IsDBNull(10) ? null : reader.GetString(10),
            ItemsSeen: reader.IsDBNull(11) ? null : reader.GetInt32(11),
            ErrorStreak: reader.GetInt32(12),
            FailingSince: NullableTime(reader, 13),
            NextDueAt: reader.GetFieldValue<DateTimeOffset>(14),
            PausedAt: NullableTime(reader, 15),
            PausedReason: reader.IsDBNull(16) ? null : reader.GetString(16));
        return new SourceListing(stored, ParseOrigin(reader.GetString(4)), reader.GetBoolean(5), health);
    }

    public static DateTimeOffset? NullableTime(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static string Origin(SourceOrigin origin) => origin switch
    {
        SourceOrigin.Configuration => "configuration",
        SourceOrigin.Starter => "starter",
        SourceOrigin.Import => "import",
        SourceOrigin.Command => "command",
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, null),
    };

    private static SourceOrigin ParseOrigin(string text) => text switch
    {
        "starter" => SourceOrigin.Starter,
        "import" => SourceOrigin.Import,
        "command" => SourceOrigin.Command,
        _ => SourceOrigin.Configuration,
    };
}
