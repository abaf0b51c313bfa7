using Bot.Commands;
using Bot.Discord.Rest;
using Bot.Host.Delivery;

namespace Bot.Host.Commands;

/// <summary>A command reply as a Discord message, cut to Discord's limits; it never pings anyone.</summary>
internal static class DiscordReply
{
    private const int ContentLimit = 2000;
    private const int TitleLimit = 256;
    private const int DescriptionLimit = 4096;
    private const int FieldNameLimit = 256;
    private const int FieldValueLimit = 1024;
    private const int MaxFields = 25;
    private const int MaxEmbeds = 10;
    private const int TotalLimit = 6000;
    private const int Color = 0x2E86C1;

    public static WebhookMessageRequest Message(CommandReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var budget = TotalLimit;
        var embeds = new List<Embed>();
        foreach (var embed in reply.Embeds.Take(MaxEmbeds))
        {
            var title = TextCut.ToLimit(embed.Title, Math.Min(TitleLimit, budget));
            budget -= title.Length;
            var description = embed.Description is { } text ? TextCut.ToLimit(text, Math.Max(1, Math.Min(DescriptionLimit, budget))) : null;
            budget -= description?.Length ?? 0;
            var fields = new List<EmbedField>();
            foreach (var field in (embed.Fields ?? []).Take(MaxFields))
            {
                var name = TextCut.ToLimit(field.Name, FieldNameLimit);
                var value = TextCut.ToLimit(field.Value, FieldValueLimit);
                if (name.Length + value.Length > budget)
                {
                    break;
                }

                budget -= name.Length + value.Length;
                fields.Add(new EmbedField(name, value, field.Inline ? true : null));
            }

            embeds.Add(new Embed(title, description, embed.Url, Color: Color, Fields: fields.Count == 0 ? null : fields));
        }

        var content = reply.Text is { } replyText ? TextCut.ToLimit(replyText, ContentLimit) : null;
        return new WebhookMessageRequest(content, embeds.Count == 0 ? null : embeds, AllowedMentions.None);
    }
}
