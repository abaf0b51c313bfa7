namespace Bot.Host.Delivery;

/// <summary>Shortens text to a limit at a word boundary, marking the cut with an ellipsis.</summary>
internal static class TextCut
{
    public static string ToLimit(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= limit)
        {
            return text;
        }

        // Leave room for the ellipsis; cut at the last space when it is not too far back, else mid-word.
        var room = limit - 1;
        var space = text.LastIndexOf(' ', room - 1, Math.Min(room, 40));
        var end = space > 0 ? space : room;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end].TrimEnd() + "…";
    }
}
