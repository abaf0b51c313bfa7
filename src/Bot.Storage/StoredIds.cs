namespace Bot.Storage;

/// <summary>How Discord ids (unsigned snowflakes) are kept in bigint columns; channel 0 stands for the console.</summary>
internal static class StoredIds
{
    public static long ToStored(ulong id) => unchecked((long)id);

    public static ulong FromStored(long id) => unchecked((ulong)id);

    public static long Channel(ulong? channelId) => channelId is { } id ? ToStored(id) : 0;

    public static ulong? ChannelFromStored(long id) => id == 0 ? null : FromStored(id);

    public static object Nullable(ulong? id) => id is { } value ? ToStored(value) : DBNull.Value;
}
