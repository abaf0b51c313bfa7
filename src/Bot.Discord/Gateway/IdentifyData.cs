using System.Text;

namespace Bot.Discord.Gateway;

/// <summary>The <c>d</c> of IDENTIFY. Holds the token: <see cref="ToString"/> leaves it out.</summary>
internal sealed record IdentifyData(string Token, int Intents, IdentifyProperties Properties, IReadOnlyList<int> Shard)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Intents = ").Append(Intents).Append(", Shard = [").Append(string.Join(", ", Shard)).Append(']');
        return true;
    }
}
