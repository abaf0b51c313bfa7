using FsCheck;
using FsCheck.Fluent;

namespace Bot.Core.Tests.Support;

/// <summary>FsCheck generators for text in the seven languages and for rule text, odd characters included.</summary>
internal static class Generators
{
    // Letters and marks from every script the bot reads, plus the characters normalisation treats specially.
    private static readonly char[] TextChars =
    [
        .. "abcxyzABCXYZ0123456789 éèÉçßñü.,;:!?'\"-*()\n\r\t",
        .. "اأإآٱبتثجىيةهوفكلمنﻷﻹـًٌٍَُِّْیکپ؟؛،",
        .. "абвгдеёжзийклмнопрстуфхцчшщъыьэюяЁАБВ",
        .. "克里姆林宫否认中国黑客网络攻击。！？，",
        '\u00A0', '\u2019', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u200B', '\u200F', '\uFEFF', '\u0301', '\u2013',
    ];

    private static readonly string[] RuleParts =
    [
        "actor:russia", "stance:denial", "topic:cyber", "group:apt28", "actor:*", "lang:fr", "source:bbc", "foo:bar", "actor:",
        "AND", "OR", "NOT", "SENT", "NEAR/5", "NEAR/0", "NEAR/x", "NEAR", "(", ")", "\"", "\"no evidence\"", "\"\"",
        "Kremlin", "accus*", "*", "الكرملين", "否认", "Песков", "and", "or", ":", "-", "«absurde»", " ", "  ",
    ];

    public static Arbitrary<string> AnyText { get; } =
        Gen.ArrayOf(Gen.Elements(TextChars)).Select(chars => new string(chars)).ToArbitrary();

    public static Arbitrary<string> RuleText { get; } =
        Gen.ListOf(Gen.Elements(RuleParts)).Select(parts => string.Join(' ', parts)).ToArbitrary();

    /// <summary>Runs <paramref name="property"/> on generated values; throws with the counter-example on failure.</summary>
    public static void Check<T>(Arbitrary<T> arbitrary, Func<T, bool> property, int tests = 500) =>
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(tests), Prop.ForAll(arbitrary, property));
}
