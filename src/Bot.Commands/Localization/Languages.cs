namespace Bot.Commands.Localization;

/// <summary>Picks the reply language from a Discord locale (<c>fr</c>, <c>ar</c>, <c>en-US</c> …); English otherwise.</summary>
public static class Languages
{
    public static Language FromLocale(string? locale) => locale switch
    {
        null => Language.English,
        _ when locale.StartsWith("fr", StringComparison.OrdinalIgnoreCase) => Language.French,
        _ when locale.StartsWith("ar", StringComparison.OrdinalIgnoreCase) => Language.Arabic,
        _ => Language.English,
    };
}
