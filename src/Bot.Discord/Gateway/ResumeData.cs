using System.Text;

namespace Bot.Discord.Gateway;

/// <summary>The <c>d</c> of RESUME. Holds the token: <see cref="ToString"/> leaves it out.</summary>
internal sealed record ResumeData(string Token, string SessionId, long Seq)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("SessionId = ").Append(SessionId).Append(", Seq = ").Append(Seq);
        return true;
    }
}
