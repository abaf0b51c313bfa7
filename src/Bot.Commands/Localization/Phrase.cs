using System.Globalization;

namespace Bot.Commands.Localization;

/// <summary>One message in the three reply languages, with <c>{0}</c>-style placeholders.</summary>
public sealed record Phrase(string English, string French, string Arabic)
{
    public string Format(Language language, params object?[] arguments)
    {
        var template = language switch
        {
            Language.French => French,
            Language.Arabic => Arabic,
            _ => English,
        };
        return arguments.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, arguments);
    }
}
