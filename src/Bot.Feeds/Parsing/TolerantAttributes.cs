namespace Bot.Feeds.Parsing;

/// <summary>Reads the attributes of a start tag leniently: quoted, unquoted or bare names all count.</summary>
internal static class TolerantAttributes
{
    public static List<(string Name, string Value)> Parse(string text)
    {
        var attributes = new List<(string, string)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '/'))
            {
                i++;
            }

            var nameStart = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not '=' and not '/')
            {
                i++;
            }

            if (i == nameStart)
            {
                i++;
                continue;
            }

            var name = text[nameStart..i];
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var value = string.Empty;
            if (i < text.Length && text[i] == '=')
            {
                i++;
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                value = ReadValue(text, ref i);
            }

            attributes.Add((name, XmlEntities.DecodeLenient(value)));
        }

        return attributes;
    }

    private static string ReadValue(string text, ref int i)
    {
        if (i < text.Length && text[i] is '"' or '\'')
        {
            var quote = text[i];
            var end = text.IndexOf(quote, i + 1);
            var value = end < 0 ? text[(i + 1)..] : text[(i + 1)..end];
            i = end < 0 ? text.Length : end + 1;
            return value;
        }

        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return text[start..i];
    }
}
