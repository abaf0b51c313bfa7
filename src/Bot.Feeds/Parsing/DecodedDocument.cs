namespace Bot.Feeds.Parsing;

/// <summary>A feed body turned into text, with the encoding that was used and what had to be repaired.</summary>
/// <param name="Text">The document text, byte-order mark removed.</param>
/// <param name="EncodingName">Lower-case label of the encoding used, as a charset would name it.</param>
/// <param name="Warnings">What did not go as declared (invalid bytes, a wrong charset), in order.</param>
internal sealed record DecodedDocument(string Text, string EncodingName, IReadOnlyList<string> Warnings);
