using System.Text;

namespace Bot.Feeds.Parsing;

/// <summary>
/// Turns a feed body into text. The encoding comes from the byte-order mark, else the HTTP charset, else the XML
/// declaration (RFC 7303 precedence), else UTF-8. A declaration that does not fit the bytes is overruled, and
/// invalid bytes never lose the feed: they become U+FFFD or the body is read as windows-1252, with a warning.
/// </summary>
internal static class FeedDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static FeedDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedDocument Decode(ReadOnlySpan<byte> body, string? contentType)
    {
        var warnings = new List<string>();
        if (ByteOrderMark(body) is { } bom)
        {
            return Finish(body[bom.Length..], bom.Label, bom.Encoding, warnings);
        }

        if (WideAutodetect(body) is { } wide)
        {
            return Finish(body, wide, Lookup(wide)!, warnings);
        }

        var media = MediaType.Parse(contentType);
        var declared = XmlDeclaration.EncodingOf(body);
        var (label, source) = (media.Charset, declared) switch
        {
            // HTTP wins over the declaration, as RFC 7303 says.
            ({ } charset, _) => (charset, "HTTP charset"),
            // RFC 3023: text/xml without a charset is us-ascii; real servers mean the declaration when it is not.
            _ when media.IsTextXml && !body.ContainsAnyInRange((byte)0x80, (byte)0xFF) => ("us-ascii", "text/xml default"),
            (null, { } xml) => (xml, "XML declaration"),
            _ => ("utf-8", "default"),
        };

        if (Lookup(label) is not { } encoding)
        {
            warnings.Add($"Unknown encoding '{label}' ({source}); read as UTF-8.");
            return Finish(body, "utf-8", StrictUtf8, warnings);
        }

        return Finish(body, Canonical(label, encoding), encoding, warnings);
    }

    /// <summary>The encoding a charset label names, or <see langword="null"/> when there is none.</summary>
    public static Encoding? Lookup(string label)
    {
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        name = name switch
        {
            // WHATWG: these labels mean windows-1252 (browsers read them so, and feeds rely on it).
            "iso-8859-1" or "latin1" or "iso_8859-1" or "us-ascii" or "ascii" => "windows-1252",
            // GB18030 is a superset of both; decoding with it never loses a character they could carry.
            "gb2312" or "gbk" or "x-gbk" or "cp936" or "euc-cn" => "gb18030",
            "utf8" => "utf-8",
            _ => name,
        };
        if (name == "utf-8")
        {
            return StrictUtf8;
        }

        try
        {
            var found = Encoding.GetEncoding(name);
            return Encoding.GetEncoding(found.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static DecodedDocument Finish(ReadOnlySpan<byte> body, string label, Encoding encoding, List<string> warnings)
    {
        var isUtf8 = encoding.CodePage == Encoding.UTF8.CodePage;
        if (!isUtf8 && encoding.IsSingleByte && LooksLikeUtf8(body))
        {
            warnings.Add($"The document is declared as {label} but its bytes are UTF-8; read as UTF-8.");
            return new DecodedDocument(StrictUtf8.GetString(body), "utf-8", warnings);
        }

        if (label == "us-ascii" && !body.ContainsAnyInRange((byte)0x80, (byte)0xFF))
        {
            return new DecodedDocument(Encoding.ASCII.GetString(body), label, warnings);
        }

        try
        {
            return new DecodedDocument(encoding.GetString(body), label, warnings);
        }
        catch (DecoderFallbackException ex)
        {
            return Recover(body, label, ex.Index, warnings);
        }
    }

    // A body that is not valid in its encoding: when it is mostly UTF-8 keep it so, with U+FFFD for the bad
    // bytes; otherwise it is legacy text in some code page, and the likeliest one is used.
    private static DecodedDocument Recover(ReadOnlySpan<byte> body, string label, int badIndex, List<string> warnings)
    {
        if (label != "us-ascii")
        {
            warnings.Add($"The document is not valid {label} (first bad byte near offset {Math.Max(badIndex, 0)}).");
        }

        var lossy = Encoding.UTF8.GetString(body);
        if (MostlyValid(lossy))
        {
            warnings.Add("Invalid bytes were replaced with U+FFFD.");
            return new DecodedDocument(lossy, "utf-8", warnings);
        }

        var (guessed, text) = LegacyEncodingGuess.Guess(body);
        warnings.Add($"The document was read as {guessed}, the likeliest encoding of its bytes.");
        return new DecodedDocument(text, guessed, warnings);
    }

    private static bool LooksLikeUtf8(ReadOnlySpan<byte> body) =>
        body.ContainsAnyInRange((byte)0x80, (byte)0xFF) && System.Text.Unicode.Utf8.IsValid(body);

    // UTF-8 with a few bad bytes keeps its text; legacy text read as UTF-8 is mostly replacement characters.
    private static bool MostlyValid(string lossy)
    {
        int replaced = 0, decoded = 0;
        foreach (var c in lossy)
        {
            if (c == '\uFFFD')
            {
                replaced++;
            }
            else if (c >= '\u0080')
            {
                decoded++;
            }
        }

        return decoded > 0 && decoded >= replaced;
    }

    private static string Canonical(string label, Encoding encoding)
    {
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        return encoding.CodePage switch
        {
            54936 => "gb18030",
            65001 => "utf-8",
            1252 when name is "iso-8859-1" or "latin1" or "iso_8859-1" => "iso-8859-1",
            1252 when name is "us-ascii" or "ascii" => "us-ascii",
            _ => encoding.WebName,
        };
    }

    private static (int Length, string Label, Encoding Encoding)? ByteOrderMark(ReadOnlySpan<byte> body) => body switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (3, "utf-8", StrictUtf8),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (4, "utf-32be", Lookup("utf-32be")!),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (4, "utf-32le", Lookup("utf-32le")!),
        [0xFE, 0xFF, ..] => (2, "utf-16be", Lookup("utf-16be")!),
        [0xFF, 0xFE, ..] => (2, "utf-16le", Lookup("utf-16le")!),
        _ => null,
    };

    // XML without a byte-order mark still shows its width in how "<?" is spelt (XML 1.0 appendix F).
    private static string? WideAutodetect(ReadOnlySpan<byte> body) => body switch
    {
        [0x00, 0x00, 0x00, 0x3C, ..] => "utf-32be",
        [0x3C, 0x00, 0x00, 0x00, ..] => "utf-32le",
        [0x00, 0x3C, 0x00, 0x3F, ..] => "utf-16be",
        [0x3C, 0x00, 0x3F, 0x00, ..] => "utf-16le",
        _ => null,
    };
}
