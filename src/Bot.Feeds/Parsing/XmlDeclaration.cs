using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Feeds.Parsing;

/// <summary>Reads the encoding an XML declaration names, from the raw bytes, before the text is decoded.</summary>
internal static partial class XmlDeclaration
{
    public static string? EncodingOf(ReadOnlySpan<byte> body)
    {
        // The declaration is ASCII in every ASCII-compatible encoding, and must come first.
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, 512)]);
        var match = DeclarationPattern().Match(head);
        var encoding = match.Groups["encoding"];
        return encoding.Success && encoding.Length > 0 ? encoding.Value.Trim().ToLowerInvariant() : null;
    }

    /// <summary>Removes a leading XML declaration from decoded text: its encoding no longer applies.</summary>
    public static string Strip(string text)
    {
        var match = DeclarationPattern().Match(text);
        return match.Success && match.Index == 0 ? text[match.Length..] : text;
    }

    [GeneratedRegex("""^\s*<\?xml(?:[^>]*?\sencoding\s*=\s*["'](?<encoding>[^"']*)["'])?[^>]*\?>""", RegexOptions.CultureInvariant)]
    private static partial Regex DeclarationPattern();
}
