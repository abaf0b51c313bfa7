using System.Globalization;
using Bot.Core.Notices;
using Bot.Discord.Rest;

namespace Bot.Host.Delivery;

/// <summary>
/// A guild notice as a Discord message: one embed, titled by its kind, with the text and the time of the pause.
/// It mentions no one (<c>allowed_mentions</c> empty): a notice informs moderators, it does not page them.
/// </summary>
public static class NoticeEmbed
{
    private const int DescriptionLimit = 3000;
    private const int Color = 0xE67E22;

    public static CreateMessageRequest Message(GuildNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return CreateMessageRequest.Idempotent(Nonce(notice.Id), embeds: [Build(notice)], allowedMentions: new AllowedMentions(Parse: []));
    }

    /// <summary>The nonce of a notice's message, the same on every attempt so Discord posts it once; never equal to an alert's.</summary>
    public static string Nonce(long noticeId) => "notice-" + noticeId.ToString(CultureInfo.InvariantCulture);

    public static Embed Build(GuildNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var title = notice.Kind switch
        {
            GuildNoticeKinds.SourcePaused => "Source paused",
            GuildNoticeKinds.RulesPaused => "Rules paused: channel refused",
            _ => "Notice",
        };
        return new Embed(Title: title, Description: TextCut.ToLimit(notice.Message, DescriptionLimit), Timestamp: notice.CreatedAt, Color: Color);
    }
}
