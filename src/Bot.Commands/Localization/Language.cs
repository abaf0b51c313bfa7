namespace Bot.Commands.Localization;

/// <summary>The languages replies are written in.</summary>
public enum Language
{
    English,
    French,
    Arabic,
}
