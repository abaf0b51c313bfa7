namespace Bot.Feeds.Parsing;

/// <summary>The parts of an HTTP Content-Type that decoding needs; lenient about quoting and spacing.</summary>
internal readonly record struct MediaType(string? Type, string? Charset)
{
    /// <summary>text/xml and its kin, whose default charset is us-ascii (RFC 3023).</summary>
    public bool IsTextXml => Type is not null && Type.StartsWith("text/", StringComparison.Ordinal) &&
        (Type.EndsWith("/xml", StringComparison.Ordinal) || Type.EndsWith("+xml", StringComparison.Ordinal) || Type == "text/xml-external-parsed-entity");

    /// <summary>Types that promise XML or JSON; anything else (text/plain, text/html) is worth a warning.</summary>
    public bool IsFeedType => Type is null || Type.Contains("xml", StringComparison.Ordinal) || Type.Contains("json", StringComparison.Ordinal);

    public static MediaType Parse(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return default;
        }

        var parts = contentType.Split(';');
        string? charset = null;
        foreach (var parameter in parts.AsSpan(1))
        {
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && parameter[..equals].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                var value = parameter[(equals + 1)..].Trim().Trim('"', '\'').Trim();
                charset = value.Length > 0 ? value.ToLowerInvariant() : null;
            }
        }

        var type = parts[0].Trim().ToLowerInvariant();
        return new MediaType(type.Length > 0 ? type : null, charset);
    }
}
