using System.Globalization;
using System.Text;
using Bot.Discord.Rest;

namespace Bot.Discord.Interactions;

/// <summary>An INTERACTION_CREATE. <see cref="Token"/> is a secret for 15 minutes: <see cref="ToString"/> leaves it out.</summary>
public sealed record Interaction(
    Snowflake Id,
    Snowflake ApplicationId,
    InteractionType Type,
    string Token,
    int Version = 1,
    InteractionData? Data = null,
    Snowflake? GuildId = null,
    Snowflake? ChannelId = null,
    GuildMember? Member = null,
    User? User = null,
    string? Locale = null,
    string? GuildLocale = null,
    string? AppPermissions = null)
{
    /// <summary>Who invoked it: the member's user in a guild, the user elsewhere.</summary>
    public User? Invoker => Member?.User ?? User;

    /// <summary>The invoker's permissions in the channel, or 0 outside a guild.</summary>
    public ulong MemberPermissions =>
        ulong.TryParse(Member?.Permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits) ? bits : 0;

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Id = {Id}, Type = {Type}, Command = {Data?.Name}, GuildId = {GuildId}, ChannelId = {ChannelId}, Locale = {Locale}");
        return true;
    }
}
