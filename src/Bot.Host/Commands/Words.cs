namespace Bot.Host.Commands;

/// <summary>A command or option name or description in English (the default), French and Arabic.</summary>
internal readonly record struct Words(string English, string French, string Arabic)
{
    public IReadOnlyDictionary<string, string> Localizations => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Bot.Discord.Commands.CommandLocales.French] = French,
        [Bot.Discord.Commands.CommandLocales.Arabic] = Arabic,
    };
}
