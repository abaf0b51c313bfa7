namespace Bot.Commands.Watching;

/// <summary>What a rule name may be: 1–64 characters on one line, as shown in alerts.</summary>
internal static class RuleNames
{
    public const int MaxLength = 64;

    public static bool IsValid(string name) =>
        name.Length is > 0 and <= MaxLength && !name.Any(char.IsControl) && name.Trim().Length == name.Length;
}
