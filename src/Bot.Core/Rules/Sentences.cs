using Bot.Core.Text;

namespace Bot.Core.Rules;

/// <summary>Splits plain text into sentences for every script the bot reads (see <see cref="SentenceSplitter"/>).</summary>
public static class Sentences
{
    /// <summary>Yields the trimmed, non-empty sentences of <paramref name="text"/>, terminators kept.</summary>
    public static IEnumerable<string> Split(string text) =>
        SentenceSplitter.Split(text).Select(span => text[span.Start..span.End]);
}
