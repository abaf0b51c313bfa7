namespace Bot.Discord.Rest;

/// <summary>The component types we use (Discord has more: selects, text inputs, Components V2 layouts).</summary>
public enum ComponentType
{
    ActionRow = 1,
    Button = 2,
}
