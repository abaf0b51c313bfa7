namespace Bot.Discord.Rest;

/// <summary>
/// A message component, the two kinds we send: an action row (<see cref="ComponentType.ActionRow"/>, up to five per
/// message) holding up to five buttons (<see cref="ComponentType.Button"/>). A button that is not a link carries a
/// <see cref="CustomId"/> (1–100 characters, unique in the message) that comes back in the MESSAGE_COMPONENT
/// interaction its click causes; users can forge it, so whoever reads it validates it.
/// </summary>
public sealed record MessageComponent(
    ComponentType Type,
    IReadOnlyList<MessageComponent>? Components = null,
    ButtonStyle? Style = null,
    string? Label = null,
    string? CustomId = null,
    bool? Disabled = null)
{
    /// <summary>The longest custom id Discord accepts.</summary>
    public const int MaxCustomIdLength = 100;

    public static MessageComponent Row(params MessageComponent[] components) => new(ComponentType.ActionRow, components);

    public static MessageComponent Button(string customId, string label, ButtonStyle style = ButtonStyle.Secondary, bool disabled = false) =>
        new(ComponentType.Button, Style: style, Label: label, CustomId: customId, Disabled: disabled ? true : null);
}
