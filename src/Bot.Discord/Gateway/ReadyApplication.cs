using Bot.Discord.Rest;

namespace Bot.Discord.Gateway;

internal sealed record ReadyApplication(Snowflake Id);
