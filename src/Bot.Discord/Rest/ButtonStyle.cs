namespace Bot.Discord.Rest;

/// <summary>A button's look; every style but <see cref="Link"/> (which needs a url instead) sends an interaction with its custom id.</summary>
public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,
    Link = 5,
}
