namespace Bot.Discord.Commands;

/// <summary>Where a command may be used (<c>contexts</c>).</summary>
public enum InteractionContextType
{
    Guild = 0,
    BotDm = 1,
    PrivateChannel = 2,
}
