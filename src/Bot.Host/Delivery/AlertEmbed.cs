using System.Globalization;
using System.Text;
using Bot.Core.Alerts;
using Bot.Discord.Rest;

namespace Bot.Host.Delivery;

/// <summary>
/// An alert as a Discord message: one embed with the headline (linked), the evidence sentences, who (actors and
/// groups), the stance, the rules, the source, the language and the publication time as a Discord timestamp. Every
/// part is cut at a word boundary to Discord's limits. Only the rules' roles may be mentioned.
/// </summary>
public static class AlertEmbed
{
    // Discord's embed limits (title 256, description 4096, field value 1024, 6000 in all); we stay well inside.
    private const int TitleLimit = 256;
    private const int SentenceLimit = 600;
    private const int DescriptionLimit = 2000;
    private const int FieldLimit = 1024;
    private const int Color = 0xC0392B;

    public static CreateMessageRequest Message(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var mentions = string.Join(' ', alert.MentionRoleIds.Select(id => $"<@&{id.ToString(CultureInfo.InvariantCulture)}>"));
        var allowed = new AllowedMentions(Parse: [], Roles: [.. alert.MentionRoleIds.Select(id => new Snowflake(id))]);
        return CreateMessageRequest.Idempotent(Nonce(alert.Id), mentions.Length == 0 ? null : mentions, [Build(alert)], allowed);
    }

    /// <summary>The nonce of an alert's message: the same on every attempt, so Discord posts it once (25 characters at most).</summary>
    public static string Nonce(long alertId) => "alert-" + alertId.ToString(CultureInfo.InvariantCulture);

    public static Embed Build(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var fields = new List<EmbedField>();
        AddField(fields, "Who", Names(alert.Concepts, "actor:", "group:"));
        AddField(fields, "Stance", Names(alert.Concepts, "stance:"));
        AddField(fields, alert.RuleNames.Count == 1 ? "Rule" : "Rules", alert.RuleLabel);
        AddField(fields, "Source", alert.SourceName);
        AddField(fields, "Language", alert.Language);
        AddField(fields, "Published", $"<t:{alert.PublishedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}:f>");
        return new Embed(
            Title: TextCut.ToLimit(OneLine(alert.Title), TitleLimit),
            Description: Evidence(alert.Evidence),
            Url: alert.Link,
            Timestamp: alert.PublishedAt,
            Color: Color,
            Fields: fields);
    }

    private static string? Evidence(IReadOnlyList<string> sentences)
    {
        var text = new StringBuilder();
        foreach (var sentence in sentences)
        {
            var line = "> " + TextCut.ToLimit(OneLine(sentence), SentenceLimit) + "\n";
            if (text.Length + line.Length > DescriptionLimit)
            {
                break;
            }

            text.Append(line);
        }

        return text.Length == 0 ? null : text.ToString().TrimEnd();
    }

    private static void AddField(List<EmbedField> fields, string name, string value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            fields.Add(new EmbedField(name, TextCut.ToLimit(value, FieldLimit), Inline: true));
        }
    }

    // "actor:north-korea" → "North Korea"; "group:apt28" → "APT28".
    private static string Names(IEnumerable<string> concepts, params string[] kinds) =>
        string.Join(", ", concepts
            .Where(c => kinds.Any(k => c.StartsWith(k, StringComparison.OrdinalIgnoreCase)))
            .Select(c => Display(c[(c.IndexOf(':', StringComparison.Ordinal) + 1)..], c.StartsWith("group:", StringComparison.OrdinalIgnoreCase)))
            .Distinct(StringComparer.Ordinal));

    private static string Display(string name, bool isGroup) =>
        isGroup
            ? name.ToUpperInvariant()
            : string.Join(' ', name.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => w is "usa" or "uk" or "eu" or "nato" ? w.ToUpperInvariant() : char.ToUpperInvariant(w[0]) + w[1..]));

    // Markdown lines and control characters from a feed must not change the message's layout.
    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
